// What the workbench shows around the plans (issue 14, points 1, 5 and 6): the Alignment view at its default width, its
// filter and tooltips, the status bar item, the note that a period is over, a config mistake reported once while the
// view's badge follows, and the colour of field keys in the default themes.
import { lineIn } from '../workbench.mjs';

/** VS Code opens the side bar 300 px wide (in this window): the width the Alignment view is made to fit. */
const DEFAULT_SIDE_BAR_WIDTH = 300;

/**
 * The rows of the Alignment view that do not fit (an expression for the page): the description (progress bar, owner,
 * problems) not wholly inside the view, the label running into it, or the row's text cut by the editor's ellipsis.
 */
const ROWS_THAT_DO_NOT_FIT = `(() => {
  const list = document.querySelector('.part.sidebar .monaco-list');
  const view = list.getBoundingClientRect();
  return [...list.querySelectorAll('.monaco-list-row')].flatMap((row) => {
    const text = row.querySelector('.monaco-icon-label-container');
    const label = row.querySelector('.label-name');
    const description = row.querySelector('.label-description');
    const box = description?.getBoundingClientRect();
    const inside = !box || (box.width > 0 && box.left >= view.left && box.right <= view.right && label.getBoundingClientRect().right <= box.left);
    return inside && text.scrollWidth <= text.clientWidth ? [] : [\`\${label.textContent} | \${description?.textContent ?? ''}\`];
  });
})()`;

/** Clicks a button of the Alignment view's title bar (the pane's header and the side bar's title both hold one). */
async function viewButton(w, label) {
  await w.page.locator(`.part.sidebar .action-label[aria-label="${label}"]:visible`).first().click({ timeout: 15_000 });
}

/** The computed colour of a field key in the plan's editor and of a JSON key in the editor beside it (an expression for the page). */
const KEY_COLOURS = `(() => {
  const [plan, json] = [...document.querySelectorAll('.part.editor .editor-group-container')].map((g) => [...g.querySelectorAll('.view-line span span')]);
  const owner = plan?.find((s) => s.textContent === 'Owner');
  const key = json?.find((s) => s.textContent === '"throughline.today"');
  const workbench = document.querySelector('.monaco-workbench');
  return {
    theme: workbench.className.match(/vscode-theme-\\S+/)?.[0] ?? '',
    owner: owner && getComputedStyle(owner).color,
    json: key && getComputedStyle(key).color,
    error: getComputedStyle(workbench).getPropertyValue('--vscode-editorError-foreground').trim(),
  };
})()`;

/** `#e51400` → `rgb(229, 20, 0)`, as computed styles write colours. */
function rgb(hex) {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
  return `rgb(${r}, ${g}, ${b})`;
}

/** @type {{ name: string, run: (w: import('../workbench.mjs').Workbench) => Promise<void> }[]} */
export const checks = [
  {
    name: 'at the side bar’s default width each row of the Alignment view shows its progress bar and owner whole, problems are named in tooltips, and the “needs attention” filter keeps only items with a problem and the way to them',
    async run(w) {
      const { page } = w;
      await w.runCommand('Throughline: Focus on Alignment View');
      const width = (await page.locator('.part.sidebar').boundingBox())?.width ?? 0;
      if (width > DEFAULT_SIDE_BAR_WIDTH) throw new Error(`the side bar is ${width} px wide, wider than VS Code opens it`);
      const kr = w.alignmentRow('KR1.3: Cut reconciliation errors');
      await kr.waitFor({ timeout: 20_000 });
      // Under the company's KR1.3, the platform team's objectives: O1 with no problem, O2 with some; under O1's KR1.1 the
      // initiatives, five levels down, where the least room is left.
      const healthy = w.alignmentRow('O1: Owners never see a number they cannot trust', 'teams/platform.okr.md');
      const attention = w.alignmentRow('O2: Categorisation feels right to owners', 'teams/platform.okr.md');
      await w.expandUntil(kr, healthy, 'platform’s O1 under the company’s KR1.3');
      const deepest = w.alignmentRow('Nightly balance reconciliation against bank statements');
      await w.expandUntil(w.alignmentRow('KR1.1: Cut mismatched bank balances'), deepest, 'platform’s first initiative');
      await page
        .waitForFunction(`${ROWS_THAT_DO_NOT_FIT}.length === 0`, undefined, { timeout: 10_000 })
        .catch(async () => {
          throw new Error(`rows cut at ${width} px: ${(await page.evaluate(ROWS_THAT_DO_NOT_FIT)).join(' ⏎ ')}`);
        });
      const description = await healthy.locator('.label-description').textContent();
      if (!/^[▰▱]{5} @omar$/.test(description ?? '')) throw new Error(`platform's O1 is described as "${description}"`);
      if (!/⚠ \d/.test((await attention.locator('.label-description').textContent()) ?? '')) throw new Error('platform’s O2 shows no problem count');
      await w.screenshot('workbench-alignment-fit.png');
      // The problems, named in the tooltip.
      await w.hoverUntil(attention.locator('.monaco-icon-label'), page.locator('.monaco-hover', { hasText: '• info: `O2` has 1 key result' }), { x: 20, y: 5 }, 'platform’s O2 in the Alignment view');
      const tooltip = await page.locator('.monaco-hover', { hasText: '• info:' }).first().innerText();
      if (!tooltip.includes('(too-few-key-results)') || !tooltip.includes('Owner @ravi')) throw new Error(`the tooltip says: ${tooltip}`);
      await w.dismiss();
      // Only what needs attention: O2 stays, O1 goes.
      await viewButton(w, 'Show Only What Needs Attention');
      await page.locator('.part.sidebar', { hasText: 'Only what needs attention' }).waitFor({ timeout: 10_000 });
      await w.expandUntil(kr, attention, 'platform’s O2 under the company’s KR1.3');
      await healthy.waitFor({ state: 'detached', timeout: 20_000 });
      await w.screenshot('workbench-alignment-attention.png');
      await viewButton(w, 'Show Everything');
      await w.expandUntil(kr, healthy, 'platform’s O1 again');
    },
  },

  {
    name: 'the status bar item shows the active plan’s health (progress, days left, key results to look at), not problem counts',
    async run(w) {
      const { page } = w;
      await w.showTab('onboarding.okr.md');
      const item = w.planStatus;
      await item.filter({ hasText: /\d+%\s+57 days left/ }).waitFor({ timeout: 20_000 });
      const text = (await item.innerText()).trim();
      if (/problem|error|warning|info/i.test(text)) throw new Error(`the item counts problems: "${text}"`);
      await w.hoverUntil(item, page.locator('.monaco-hover', { hasText: 'Plan progress:' }), { x: 20, y: 8 }, 'the plan status item');
      const tooltip = await page.locator('.monaco-hover', { hasText: 'Plan progress:' }).first().innerText();
      for (const line of ['2026-Q1 ends on 2026-03-31: 57 days left.', 'Key results to look at', 'Problems are counted in the Problems panel.'])
        if (!tooltip.includes(line)) throw new Error(`the tooltip lacks "${line}": ${tooltip}`);
      await w.screenshot('workbench-status-bar.png');
      await w.dismiss();
      // It follows the active plan: the new plan has no check-ins yet.
      await w.showTab('payments.okr.md');
      await item.filter({ hasText: 'no progress yet' }).waitFor({ timeout: 20_000 });
    },
  },

  {
    name: 'a plan whose period is over says so in a code lens on its front matter and in the status bar, and the lens starts the next period’s plan',
    async run(w) {
      const { page } = w;
      await w.showTab('platform.okr.md');
      await w.gotoLine(lineIn(w.path('teams/platform.okr.md'), 'period: 2026-Q1'));
      await page.keyboard.press('End');
      for (let i = 0; i < '2026-Q1'.length; i++) await page.keyboard.press('Backspace');
      await w.type('2025-Q4');
      const lens = page.locator('.part.editor .codelens-decoration', { hasText: '2025-Q4 ended on 2025-12-31: date rules are quiet · Start 2026-Q1’s plan' }).first();
      await lens.waitFor({ timeout: 20_000 });
      await w.planStatus.filter({ hasText: '2025-Q4 ended' }).waitFor({ timeout: 20_000 });
      if (!(await w.planStatus.getAttribute('class'))?.includes('warning-kind')) throw new Error('the status bar item does not stand out');
      await w.screenshot('workbench-period-over.png');
      await lens.locator('a').first().click();
      await w.activeTab('platform-2026-Q1.okr.md');
      await w.showsLines(['---', 'period: 2026-Q1', 'team: Platform']);
      // Its period runs: the reminder to check in is among its findings (and the counts settle before the next check).
      await w.showProblems('platform-2026-Q1.okr.md');
      await w.problemRow('stale-check-in').waitFor({ timeout: 20_000 });
    },
  },

  {
    name: 'a config mistake typed key by key is reported once, with a did-you-mean fix, while the hidden view’s badge follows the count',
    async run(w) {
      const { page } = w;
      // The Explorer in the side bar: the Alignment view is hidden.
      await page.keyboard.press('Control+Shift+E');
      await page.locator('.part.sidebar .title-label', { hasText: 'Explorer' }).waitFor({ timeout: 10_000 });
      const before = await w.badgeMatchesProblems();
      await w.openFile('notes/.okrrc.json');
      const rules = '  "rules": { "kr-is-tsk": "off", "missing-owner": "warn" }';
      // After `"files": […]` (its `]` on line 4): a comma, a new line (indented by the editor), the rules.
      await w.gotoLine(4);
      await page.keyboard.press('End');
      await w.type(',');
      await page.keyboard.press('Enter');
      await w.type(rules.trimStart());
      await page.keyboard.press('Escape');
      await w.showsLines(['  ],', rules, '}']);
      await w.showProblems('.okrrc.json');
      await w.problemRow('kr-is-tsk').waitFor({ timeout: 20_000 });
      await w.problemRow('"warn"').waitFor({ timeout: 20_000 });
      // One row per mistake: the server's; the schema describes, it does not validate.
      const rows = (await page.locator('.markers-panel .monaco-list-row').allInnerTexts()).filter((r) => r.includes('[Ln '));
      if (rows.length !== 2) throw new Error(`${rows.length} problems listed for two mistakes: ${rows.join(' | ')}`);
      const after = await w.badgeMatchesProblems(before + 2);
      await w.screenshot('workbench-config.png');
      // The rule name's fix, preferred.
      await w.gotoLine(5);
      await page.keyboard.press('End');
      await w.lightBulb(true);
      const menu = await w.quickFixMenu();
      if (!menu.rows.includes('Change to kr-is-task') || menu.focused.startsWith('Disable')) throw new Error(`the quick fixes: ${menu.rows.join(' | ')} (focused: ${menu.focused})`);
      await w.applyAction('Change to kr-is-task');
      await w.showsLines(['  "rules": { "kr-is-task": "off", "missing-owner": "warn" }']);
      await w.badgeMatchesProblems(after - 1);
      if (!(await page.locator('.part.sidebar .title-label', { hasText: 'Explorer' }).isVisible())) throw new Error('the Alignment view was shown');
    },
  },

  {
    name: 'field keys are coloured as keys (as JSON keys are), not as errors, in the default light and dark themes',
    async run(w) {
      const { page } = w;
      await w.showTab('onboarding.okr.md');
      await w.gotoLine(lineIn(w.path('teams/onboarding.okr.md'), 'Owner: @maria'));
      // A JSON file beside the plan, to compare with.
      await w.quickInput('Control+P', '.vscode/settings.json');
      await page.locator('.quick-input-list .monaco-list-row.focused', { hasText: 'settings.json' }).waitFor({ timeout: 20_000 });
      await page.keyboard.press('Control+Enter');
      await w.activeTab('settings.json');
      let previous = '';
      // Light 2026 and Dark 2026 are VS Code's defaults; Light Modern and Dark Modern were before them.
      for (const [theme, id] of [['', '2026-light'], ['Dark 2026', '2026-dark'], ['Light Modern', 'light_modern'], ['Dark Modern', 'dark_modern'], ['Light 2026', '2026-light']]) {
        if (theme) {
          await page.keyboard.press('Control+K');
          await page.keyboard.press('Control+T');
          await page.locator('.quick-input-widget input').waitFor({ timeout: 10_000 });
          await page.keyboard.type(theme);
          await page.locator('.quick-input-list .monaco-list-row.focused', { hasText: theme }).waitFor({ timeout: 10_000 });
          await page.keyboard.press('Enter');
          await page.locator('.quick-input-widget').waitFor({ state: 'hidden', timeout: 10_000 });
        }
        const colours = await page
          .waitForFunction(`(() => { const c = ${KEY_COLOURS}; return c.theme.includes(${JSON.stringify(id)}) && c.owner && c.owner === c.json && c.owner !== ${JSON.stringify(previous)} && c; })()`, undefined, { timeout: 15_000 })
          .then((handle) => handle.jsonValue())
          .catch(async () => {
            throw new Error(`in ${theme || 'the default theme'} the key colours are ${JSON.stringify(await page.evaluate(KEY_COLOURS))}`);
          });
        if (colours.owner === rgb(colours.error)) throw new Error(`field keys take the error colour in ${colours.theme}`);
        if (id === '2026-dark') await w.screenshot('workbench-keys-dark.png');
        previous = colours.owner;
      }
      await page.keyboard.press('Control+W'); // the JSON file beside the plan
      await page.locator('.part.editor .editor-group-container').nth(1).waitFor({ state: 'detached', timeout: 10_000 });
    },
  },
];

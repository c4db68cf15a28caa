// Typing into teams/onboarding.okr.md key by key: quick fixes (did-you-mean, kr-is-task, a misspelt key whose field is
// already there) and completion (`Parent:` values, enum values). Each check saves what it typed, so the next reads its
// line numbers from the plan on disk, once the editor has written it (a save truncates the file before writing it).
import { expectPreferred, lineOnDisk } from '../workbench.mjs';

const PLAN = 'teams/onboarding.okr.md';

/** Brings the plan's tab to the front (it is open since the first checks). */
const showPlan = (w) => w.showTab('onboarding.okr.md');

/** @type {{ name: string, run: (w: import('../workbench.mjs').Workbench) => Promise<void> }[]} */
export const checks = [
  {
    name: 'Ctrl+. offers the did-you-mean fix first, and Enter applies it to a value typed key by key',
    async run(w) {
      const { page } = w;
      await showPlan(w);
      await w.typeNewLine(await lineOnDisk(w.path(PLAN), 'Tradeoff: referral experiments pause'), 'Type: comitted');
      await page.keyboard.press('Escape'); // the value list that opened after `Type: `
      // The light bulb with the auto-fix sparkle shows once the server's diagnostic with a preferred fix is in.
      await w.lightBulb(true);
      const menu = await w.quickFixMenu();
      expectPreferred(menu, 'Change to committed');
      await w.screenshot('workbench-quick-fix.png');
      await page.keyboard.press('Enter');
      await w.viewLine('Type: committed').waitFor({ timeout: 10_000 });
      if (await w.viewLine('comitted').count()) throw new Error('the typo is still there');
      await w.save();
    },
  },

  {
    name: 'completion after `Parent: ` lists only nodes that may be a key result’s parent',
    async run(w) {
      const { page } = w;
      await w.typeNewLine(await lineOnDisk(w.path(PLAN), 'Owner: @li'), 'Parent: '); // under KR2.1
      const labels = await w.completionLabels();
      await w.screenshot('workbench-parent-completion.png');
      await page.keyboard.press('Escape');
      await page.keyboard.press('Control+Shift+K'); // delete the line again
      await w.save();
      if (!labels.includes('O1') || !labels.includes('../company/2026-Q1.okr.md#O1')) throw new Error(`objectives missing: ${labels.join(' ')}`);
      if (new Set(labels).size !== labels.length) throw new Error(`the list repeats items: ${labels.join(' ')}`);
      const wrong = labels.filter((l) => !/(^|#)O\d+$/.test(l));
      if (wrong.length) throw new Error(`not objectives: ${wrong.join(' ')}`);
      // Best first: the plan's own objectives, then its parent plan's.
      if (labels.indexOf('O2') > labels.indexOf('../company/2026-Q1.okr.md#O1')) throw new Error(`the plan's own objectives do not come first: ${labels.join(' ')}`);
    },
  },

  {
    name: 'completion after `Parent: ` on an objective lists the parent plan’s nodes first, then its sibling plans’, never the objective itself',
    async run(w) {
      const { page } = w;
      const parent = 'Parent: ../company/2026-Q1.okr.md#KR1.2';
      await w.gotoLine(await lineOnDisk(w.path(PLAN), parent)); // O1's
      await page.keyboard.press('End');
      await page.keyboard.press('Shift+Home');
      await w.type('Parent: ');
      const labels = await w.completionLabels();
      await w.screenshot('workbench-objective-parent-completion.png');
      // The parent plan's mission, objectives and key results (a bare id where this plan has no node of that id).
      const company = (l) => l.startsWith('../company/2026-Q1.okr.md#') || /^(KR\d|mission$)/.test(l);
      const sibling = (l) => /^(bookkeepers|platform)\.okr\.md#|^\.\.\/notes\/support\.md#/.test(l);
      if (!company(labels[0])) throw new Error(`the first item is not the parent plan's: ${labels.join(' ')}`);
      const firstSibling = labels.findIndex(sibling);
      if (firstSibling < 0 || labels.slice(firstSibling).some(company)) throw new Error(`the parent plan's items do not all come before the sibling plans': ${labels.join(' ')}`);
      if (labels.some((l) => /^O\d$|^onboarding\.okr\.md#/.test(l))) throw new Error(`the list offers the plan's own objectives: ${labels.join(' ')}`);
      if (labels.some((l) => /#I|#(KR|O)\d+\.\d+\.\d/.test(l))) throw new Error(`the list offers initiatives: ${labels.join(' ')}`);
      // Back as it was, typed on: the list narrows as the value grows.
      await w.type(parent.slice('Parent: '.length));
      await page.keyboard.press('Escape');
      await w.showsLines(['Type: committed', parent]);
      await w.save();
    },
  },

  {
    name: 'the kr-is-task quick fix turns the task into an initiative under the key result and leaves a placeholder asking for the outcome',
    async run(w) {
      const { page } = w;
      await w.showProblems('onboarding.okr.md');
      const finding = w.problemRow('kr-is-task');
      await finding.waitFor({ timeout: 20_000 });
      await w.gotoLine(await lineOnDisk(w.path(PLAN), '### KR2.1:'));
      await page.keyboard.press('End');
      await w.lightBulb(true);
      const menu = await w.quickFixMenu();
      expectPreferred(menu, 'Make the task an initiative and ask for the outcome');
      await page.keyboard.press('Enter');
      await w.showsLines([
        '### KR2.1: Which number moves for whom when the initiative below ships? Write it from baseline to target',
        'Owner: @li',
        '',
        '#### Initiative: Launch a new onboarding email sequence',
      ]);
      // The finding is gone from the Problems panel.
      await finding.waitFor({ state: 'detached', timeout: 20_000 });
      await w.screenshot('workbench-kr-is-task.png');
      await w.save();
    },
  },

  {
    name: 'a misspelt key whose field the node already has offers to keep either value, never a second `Owner`',
    async run(w) {
      const { page } = w;
      const kr = '### KR1.2: Raise owners who finish the cash-picture tour from 35% to 60%';
      await w.typeNewLine((await lineOnDisk(w.path(PLAN), kr)) + 1, 'Onwer: @sam');
      await page.keyboard.press('Escape'); // the field keys listed while `Onwer` was typed
      await w.showsLines([kr, 'Owner: @maria', 'Onwer: @sam', 'Indicator: leading']);
      // A hint: no squiggle to click, but its actions are on the line.
      await w.lightBulb();
      const menu = await w.quickFixMenu();
      const keep = 'Keep Owner: @maria and remove this line';
      const use = 'Use @sam as the Owner and remove this line';
      for (const action of [keep, use]) if (!menu.rows.includes(action)) throw new Error(`"${action}" is not offered: ${menu.rows.join(' | ')}`);
      if (menu.rows.some((r) => r.startsWith('Rename'))) throw new Error(`a rename would make a second Owner: ${menu.rows.join(' | ')}`);
      if (menu.focused.startsWith('Disable')) throw new Error(`"${menu.focused}" is preselected`);
      await w.screenshot('workbench-merge-field.png');
      await w.applyAction(use);
      await w.showsLines([kr, 'Owner: @sam', 'Indicator: leading']);
      await w.save();
    },
  },

  {
    name: 'enum values are offered with a one-line description, and a space after a finished value opens no list that Enter would accept',
    async run(w) {
      const { page } = w;
      const status = await lineOnDisk(w.path(PLAN), 'Status: not started');
      await w.gotoLine(status);
      await page.keyboard.press('End');
      for (let i = 0; i < ' not started'.length; i++) await page.keyboard.press('Backspace');
      await page.keyboard.type(' ');
      const labels = await w.completionLabels();
      if (labels.join('|') !== 'not started|in progress|done|blocked|dropped') throw new Error(`the list after \`Status: \` is ${labels.join(' | ')}`);
      const description = async (value) => {
        const row = page.locator('.suggest-widget .monaco-list-row.focused', { hasText: value });
        await row.waitFor({ timeout: 10_000 });
        return row.locator('.details-label').innerText();
      };
      const first = await description('not started');
      if (first !== 'Planned; no work yet.') throw new Error(`\`not started\` is described as "${first}"`);
      await w.screenshot('workbench-enum-completion.png');
      await w.type('done');
      const done = await description('done');
      if (done !== 'Finished.') throw new Error(`\`done\` is described as "${done}"`);
      // The value is finished: a space closes the list, and Enter starts a new line instead of accepting an item.
      await page.keyboard.type(' ');
      await page.locator('.suggest-widget').waitFor({ state: 'hidden', timeout: 10_000 });
      await page.keyboard.press('Enter');
      await w.cursorAt('onboarding.okr', status + 1);
      await w.showsLines(['Status: done', '', 'Due: 2026-01-30']);
      await page.keyboard.press('Backspace');
      await w.showsLines(['Status: done', 'Due: 2026-01-30']);
      await w.save();
    },
  },
];

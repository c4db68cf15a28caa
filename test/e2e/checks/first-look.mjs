// A first look at the example plans, before any check edits them: the Alignment view and its badge, hovers, the
// Problems panel, Go to Parent.
import { lineIn } from '../workbench.mjs';

/** @type {{ name: string, run: (w: import('../workbench.mjs').Workbench) => Promise<void> }[]} */
export const checks = [
  {
    name: 'the Alignment view’s badge counts the Problems panel’s findings while hidden; the view lists the mission with what cascades into it',
    async run(w) {
      const { page } = w;
      // While the view is hidden, its badge follows the Problems panel: the status bar's errors + warnings + infos (no hints in either).
      await w.badgeMatchesProblems();
      // The item, not its icon: the problem count's badge lies over the icon.
      await w.activityItem.click({ timeout: 30_000 });
      const mission = w.alignmentRow('Mission: Help first-time business owners');
      await mission.waitFor({ timeout: 30_000 });
      // Missions start open (unless an expand landed mid-refresh); cascading across plans: under the company's KR1.2, the
      // onboarding team's objective.
      await w.expandUntil(mission, w.alignmentRow('O1: New owners trust what Ledgerly tells them'), 'the mission’s objective');
      await w.expandUntil(w.alignmentRow('KR1.2: Reduce time-to-first-value'), w.alignmentRow('O1: New owners reach a clear picture of their cash'), 'the team objective under the company’s KR1.2');
      await w.screenshot('workbench-alignment.png');
    },
  },

  {
    name: 'a hover widget explains the diagnostic under the mouse',
    async run(w) {
      const { page } = w;
      await w.openFile('onboarding.okr.md');
      await w.gotoLine(lineIn(w.path('teams/onboarding.okr.md'), 'Due: 2026-01-30'));
      const line = w.viewLine('Due: 2026-01-30');
      await line.waitFor({ timeout: 30_000 });
      // The editor's part (the message) and ours (the rule, its advice, the link to why it matters): code lenses that come in
      // late move the lines, so hover until both show.
      const hover = page.locator('.monaco-hover:not(.hidden)', { hasText: 'initiative-past-due' }).filter({ hasText: 'Why it matters' }).first();
      await w.hoverUntil(line, hover, { x: 40, y: 8 }, 'the `Due` line');
      // Ours starts with the rule and one line of advice, and leaves the message (and the rationale) to others.
      const ours = (await hover.locator('.hover-row', { hasText: 'Why it matters' }).first().innerText()).trim();
      if (!/^OKR502 initiative-past-due — \S[^\n]*\n/.test(ours)) throw new Error(`the hover does not start with the rule and its advice: ${ours}`);
      if (ours.includes('was due 2026-01-30')) throw new Error(`the hover repeats the message: ${ours}`);
      await w.screenshot('workbench-hover.png');
      await w.dismiss();
    },
  },

  {
    name: 'the hover on a node’s title gives the node’s own facts first, then its rules’ advice, and does not repeat the editor’s message',
    async run(w) {
      const { page } = w;
      await w.gotoLine(lineIn(w.path('teams/onboarding.okr.md'), 'Objective O2:'));
      const title = w.viewLine('## Objective O2: Launch the new onboarding flow');
      await title.waitFor({ timeout: 10_000 });
      // The editor's own part of the hover (the finding's message) and ours (the node card, then the rule's advice).
      const hover = page.locator('.monaco-hover:not(.hidden)', { hasText: 'objective-is-task' }).first();
      const card = hover.locator('.hover-row', { hasText: 'Chain:' }).first();
      await w.hoverUntil(title, card, { x: 200, y: 8 }, 'the title of O2');
      const text = (await card.innerText()).replace(/\s+/g, ' ');
      const facts = ['objective O2 — Launch the new onboarding flow', 'Chain:', 'Owner: @maria', 'Progress:', 'Children: 1 key result'];
      const positions = [...facts, 'OKR302 objective-is-task'].map((needle) => text.indexOf(needle));
      if (positions.some((p) => p < 0)) throw new Error(`the hover lacks ${[...facts, 'OKR302 objective-is-task'].filter((_, i) => positions[i] < 0).join(', ')}: ${text}`);
      if (positions.some((p, i) => i > 0 && p < positions[i - 1])) throw new Error(`the node's facts do not come first: ${text}`);
      // The message is the editor's to show: once in the whole hover.
      const whole = (await hover.innerText()).replace(/\s+/g, ' ');
      const message = 'The objective starts with the task verb “launch”';
      const times = whole.split(message).length - 1;
      if (times !== 1) throw new Error(`the finding's message shows ${times} times in the hover: ${whole}`);
      await w.screenshot('workbench-hover-title.png');
      await w.dismiss();
    },
  },

  {
    name: 'the Problems panel lists the plan’s findings',
    async run(w) {
      const { page } = w;
      await page.keyboard.press('Control+Shift+M');
      await w.problemRow('initiative-past-due').waitFor({ timeout: 60_000 });
      await w.problemRow('OKR302').waitFor({ timeout: 10_000 });
      await w.screenshot('workbench-problems.png');
      await page.keyboard.press('Control+Shift+M');
    },
  },

  {
    name: 'Ctrl+Alt+Up walks a team initiative up to the company mission',
    async run(w) {
      const team = w.path('teams/onboarding.okr.md');
      const company = w.path('company/2026-Q1.okr.md');
      await w.openFile('onboarding.okr.md');
      await w.gotoLine(lineIn(team, 'Initiative: Rebuild the onboarding checklist'));
      const steps = [
        ['onboarding.okr', lineIn(team, '### KR1.1:')],
        ['onboarding.okr', lineIn(team, 'Objective O1:')],
        ['2026-Q1.okr', lineIn(company, '### KR1.2:')],
        ['2026-Q1.okr', lineIn(company, 'Objective O1:')],
        ['2026-Q1.okr', lineIn(company, '# Mission:')],
      ];
      for (const [tab, line] of steps) {
        await w.page.keyboard.press('Control+Alt+ArrowUp');
        await w.cursorAt(tab, line);
      }
      await w.screenshot('workbench-mission.png');
    },
  },
];

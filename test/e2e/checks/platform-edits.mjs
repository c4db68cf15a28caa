// Typing into teams/platform.okr.md (a list-shaped plan): the front-matter `parent` completion, did-you-mean fixes for a
// plan path, a `Parent` id and a rule name in a suppression comment, and "Fix all" of one kind. Each check saves what it
// typed, so the next reads its line numbers from the plan on disk.
import { expectPreferred, lineIn, lineOnDisk } from '../workbench.mjs';

const PLAN = 'teams/platform.okr.md';
const PARENT_PLAN = 'parent: ../company/2026-Q1.okr.md';

/** @type {{ name: string, run: (w: import('../workbench.mjs').Workbench) => Promise<void> }[]} */
export const checks = [
  {
    name: 'front-matter `parent:` offers plan paths; a misspelt plan path and a misspelt `Parent` id each get a preferred did-you-mean fix, and “Fix all” fixes both',
    async run(w) {
      const { page } = w;
      await w.showTab('platform.okr.md');
      await w.showProblems('platform.okr.md');
      // Retype the front matter's parent: after `parent: ` the list holds plan paths, the plan most plans cascade from first.
      await w.gotoLine(lineIn(w.path(PLAN), PARENT_PLAN));
      await page.keyboard.press('End');
      await page.keyboard.press('Shift+Home');
      await w.type('parent: ');
      const paths = await w.completionLabels();
      if (paths[0] !== '../company/2026-Q1.okr.md') throw new Error(`the first plan offered is ${paths[0]}: ${paths.join(' | ')}`);
      const wrong = paths.filter((p) => !p.endsWith('.md') || p === 'platform.okr.md' || p.includes('#'));
      if (wrong.length || !paths.includes('onboarding.okr.md')) throw new Error(`not the other plans' paths: ${paths.join(' | ')}`);
      const detail = await page.locator('.suggest-widget .monaco-list-row.focused .details-label').innerText();
      if (!detail.startsWith('Company · 2026-Q1 · mission: ')) throw new Error(`the company plan is described as "${detail}"`);
      await w.screenshot('workbench-parent-path-completion.png');
      // Misspelt, key by key: the list narrows to nothing.
      await w.type('../compnay/2026-Q1.okr.md');
      await page.keyboard.press('Escape');
      // And a misspelt id in a `Parent` field of an initiative.
      await w.gotoLine(lineIn(w.path(PLAN), '    - Parent: KR1.1'));
      await page.keyboard.press('End');
      for (let i = 0; i < 'KR1.1'.length; i++) await page.keyboard.press('Backspace');
      await w.type('RK1.1');
      await page.keyboard.press('Escape');
      await w.problemRow('`RK1.1`').waitFor({ timeout: 20_000 });
      await w.problemRow('compnay').waitFor({ timeout: 20_000 });
      await w.lightBulb(true);
      const menu = await w.quickFixMenu();
      expectPreferred(menu, 'Change to KR1.1');
      const fixAll = 'Fix all 2 unresolved-parent problems in this file';
      if (!menu.rows.includes(fixAll)) throw new Error(`no "${fixAll}": ${menu.rows.join(' | ')}`);
      await w.screenshot('workbench-fix-all.png');
      await w.applyAction(fixAll);
      await w.showsLines(['  - Initiative: Retry bank sync with backoff', '    - Parent: KR1.1']);
      await w.problemRow('unresolved-parent').waitFor({ state: 'detached', timeout: 20_000 });
      await page.keyboard.press('Control+Home');
      await w.showsLines(['team: Platform', 'owner: "@omar"', PARENT_PLAN]);
      await w.save();
    },
  },

  {
    name: 'a misspelt rule name in a suppression comment gets a preferred did-you-mean fix, and the comment then silences its finding',
    async run(w) {
      const { page } = w;
      const tradeoff = 'Tradeoff: custom rules for accountants wait';
      const kr = '- KR2.1: Raise transactions categorised without a manual fix from 78% to 90%';
      const missingOwner = w.problemRow('missing-owner');
      await missingOwner.waitFor({ timeout: 10_000 });
      // `<!--` closes itself with ` -->`, as a person sees while typing.
      await w.typeNewLine(await lineOnDisk(w.path(PLAN), tradeoff), '<!-- okr-disable-next-line missing-ownr');
      await w.showsLines([tradeoff, '<!-- okr-disable-next-line missing-ownr -->', kr]);
      await w.lightBulb(true);
      const menu = await w.quickFixMenu();
      expectPreferred(menu, 'Change to missing-owner');
      await w.screenshot('workbench-suppression-fix.png');
      await page.keyboard.press('Enter');
      await w.showsLines([tradeoff, '<!-- okr-disable-next-line missing-owner -->', kr]);
      await missingOwner.waitFor({ state: 'detached', timeout: 20_000 });
      await w.save();
    },
  },
];

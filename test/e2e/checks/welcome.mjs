// Last, as they leave the examples: the very first plan. In an empty folder Throughline stays out of sight until New Plan
// is run from the command palette; in a workspace with no plan yet but a `.okrrc.json`, the Alignment view welcomes with
// New Plan.
import { emptyFolder, workspaceWithoutPlans } from '../code-server.mjs';

/** The quarter of today's local date, `2026-Q3`: what New Plan offers where no setting pins the date. */
function currentQuarter() {
  const now = new Date();
  return `${now.getFullYear()}-Q${Math.floor(now.getMonth() / 3) + 1}`;
}

/** @type {{ name: string, run: (w: import('../workbench.mjs').Workbench) => Promise<void> }[]} */
export const checks = [
  {
    name: 'in an empty folder Throughline stays out of sight (no view; in the palette only New Plan and Open Rule Documentation) until New Plan, typed into the palette, writes the first plan, which the Alignment view then lists',
    async run(w) {
      const { page } = w;
      await w.saveAll(); // nothing left to ask about when the window moves on
      await w.openFolder(emptyFolder());
      await page.locator('.part.sidebar .explorer-folders-view').waitFor({ timeout: 30_000 });
      // Of Throughline's commands the palette lists only those that need no plan; once it does, the workbench has read the
      // extension's manifest, and still the activity bar has no Throughline item: nothing here starts the extension.
      await w.findCommand('Throughline:', ['Throughline: New Plan', 'Throughline: Open Rule Documentation']);
      if (await w.activityItem.isVisible()) throw new Error('Throughline shows in a folder with nothing of it');
      await w.type(' New Plan');
      await w.pick('Throughline: New Plan');
      await w.answer('New Plan (1/3)', 'Design');
      await w.answer('New Plan (2/3)', ''); // the current quarter (nothing here pins the date)
      await w.answer('New Plan (3/3)', '', 'None'); // the folder has no plan to cascade from
      await w.activeTab('design.okr.md');
      await w.showsLines(['---', `period: ${currentQuarter()}`, 'team: Design', 'owner: "@you"', '---']);
      // The extension has started: its item in the activity bar opens the Alignment view with the new plan.
      await w.activityItem.click({ timeout: 30_000 });
      await w.alignmentRow('Mission: Help the people Design serves').waitFor({ timeout: 30_000 });
      await w.alignmentRow('O1: New customers see value in their first week').waitFor({ timeout: 10_000 });
      await w.screenshot('workbench-first-plan.png');
    },
  },

  {
    name: 'in a workspace with no plan, the Alignment view welcomes with New Plan, which writes a plan the view then lists',
    async run(w) {
      const { page } = w;
      await w.saveAll(); // nothing left to ask about when the window moves on
      await w.openFolder(workspaceWithoutPlans());
      await w.activityItem.waitFor({ timeout: 60_000 });
      const welcome = page.locator('.part.sidebar .welcome-view-content', { hasText: 'No plans yet' });
      if (!(await welcome.isVisible())) await w.activityItem.click();
      await welcome.waitFor({ timeout: 30_000 });
      await w.screenshot('workbench-welcome.png');
      await welcome.getByRole('button', { name: 'New Plan' }).click();
      await w.answer('New Plan (1/3)', 'Growth');
      await w.answer('New Plan (2/3)', ''); // the current quarter: 2026-Q1
      await w.answer('New Plan (3/3)', '', 'None'); // no plan to cascade from: the plan gets its own mission
      await w.activeTab('growth.okr.md');
      await w.showsLines(['---', 'period: 2026-Q1', 'team: Growth', 'owner: "@you"', '---']);
      await w.alignmentRow('Mission: Help the people Growth serves').waitFor({ timeout: 30_000 });
      await w.alignmentRow('O1: New customers see value in their first week').waitFor({ timeout: 10_000 });
      if (await welcome.isVisible()) throw new Error('the welcome stays beside the plan');
    },
  },
];

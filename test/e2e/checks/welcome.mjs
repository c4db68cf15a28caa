// Last, as it leaves the examples: a workspace with no plan yet (only a `.okrrc.json`), where the Alignment view welcomes
// with New Plan.
import { workspaceWithoutPlans } from '../code-server.mjs';

/** @type {{ name: string, run: (w: import('../workbench.mjs').Workbench) => Promise<void> }[]} */
export const checks = [
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

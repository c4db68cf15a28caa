import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { analyzePlans } from '../server/src/core/analyze';
import { defaultConfig } from '../server/src/core/config-model';
import type { Finding } from '../server/src/core/rules/types';
import { createPlanService } from '../server/src/core/service/plan-service';
import { memoryPlanFiles, type PlanSource } from '../server/src/core/service/memory-files';
import { propertyRuns } from './helpers/property-runs';
import { ROOT, TODAY, applyOperation, currentPlans, operation, startWorkspace } from './helpers/coupled-edits';

/*
 * The plan service keeps each plan's findings until an edit can change them, and re-checks only
 * the plans an edit concerns (an edit whose facts other plans read are unchanged touches none of
 * them). Random edit sequences over coupled plans — ids, `Parent:` lines, objective texts shared
 * between plans, periods, nesting, check-ins, plans created and deleted, documents opened in an
 * editor and closed — must leave every plan's findings equal to a fresh analysis of the whole
 * workspace. Removing a plan from what an edit re-checks makes this fail.
 */

const config = defaultConfig();

/** Findings as comparable text, whatever their order. */
function view(findings: Finding[]): string[] {
  return findings.map((f) => JSON.stringify([f.file, f.code, f.range, f.message, f.related ?? []])).sort();
}

describe('the plan service under coupled edits', () => {
  it('keeps every plan’s findings equal to a fresh analysis of the workspace', () => {
    fc.assert(
      fc.property(fc.array(operation, { minLength: 1, maxLength: 12 }), (operations) => {
        const workspace = startWorkspace();
        const service = createPlanService({ roots: [ROOT], today: TODAY, files: memoryPlanFiles(workspace.disk), log: () => {}, configFor: () => config });
        service.loadAll();
        for (const op of operations) {
          // Every plan's findings are asked for before each edit, so stale ones would be kept.
          for (const known of service.graph.files()) service.findingsFor(known);
          applyOperation(service, workspace, op);
          const fresh = analyzePlans(currentPlans(workspace), { roots: [ROOT], today: TODAY, configFor: () => config });
          const kept = [...service.graph.files()].sort().flatMap((known) => service.findingsFor(known));
          expect(view(kept)).toEqual(view(fresh.findings));
        }
      }),
      propertyRuns(150, 4242),
    );
  });

  it('re-checks every member of a cycle of parents across three plans when one member’s title changes', () => {
    const disk = new Map<string, PlanSource>([
      ['/ws/a.okr.md', '## Objective O1: Owners trust us\nParent: b.okr.md#KR1.1\n### KR1.1: Raise trust from 3 to 4\n'],
      ['/ws/b.okr.md', '## Objective O1: Owners stay\nParent: c.okr.md#KR1.1\n### KR1.1: Raise retention from 80% to 90%\n'],
      ['/ws/c.okr.md', '## Objective O1: Owners pay\nParent: a.okr.md#KR1.1\n### KR1.1: Raise revenue from $1M to $2M\n'],
    ]);
    const service = createPlanService({ roots: [ROOT], today: TODAY, files: memoryPlanFiles(disk), log: () => {}, configFor: () => config });
    service.loadAll();
    for (const file of service.graph.files()) service.findingsFor(file);
    const edited = (disk.get('/ws/a.okr.md') as string).replace('from 3 to 4', 'from 3 to 4.5');
    service.updateDocument('/ws/a.okr.md', edited, 1);
    const fresh = analyzePlans(new Map([...disk, ['/ws/a.okr.md', edited]]), { roots: [ROOT], today: TODAY, configFor: () => config });
    const kept = service.graph.files().flatMap((file) => service.findingsFor(file));
    expect(fresh.findings.some((f) => f.rule === 'parent-cycle' && f.file === '/ws/b.okr.md')).toBe(true);
    expect(view(kept)).toEqual(view(fresh.findings));
  });
});

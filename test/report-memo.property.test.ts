import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { defaultConfig } from '../server/src/core/config-model';
import { buildReport } from '../server/src/core/report/build';
import { ReportMemo } from '../server/src/core/report/memo';
import type { MapNode, ReportModel } from '../server/src/core/report/model';
import { createPlanService, type PlanService } from '../server/src/core/service/plan-service';
import { memoryPlanFiles } from '../server/src/core/service/memory-files';
import { generateWorkspace } from '../scripts/bench/generate-plans';
import { propertyRuns } from './helpers/property-runs';
import { ROOT, TODAY, applyOperation, operation, startWorkspace } from './helpers/coupled-edits';

/*
 * The language server builds the Alignment Map again after every change, taking from the last
 * build what cannot have changed (`ReportMemo`). Random edit sequences over coupled plans must
 * give, at every step, the very report a build from nothing gives: a part kept that an edit
 * changed (a parent's progress, a moved objective, a plan gone, a period inherited) makes this fail.
 */

const config = defaultConfig();

function report(service: PlanService, memo?: ReportMemo): ReportModel {
  const files = service.graph.files();
  return buildReport({ graph: service.graph, files, findings: files.flatMap((f) => service.findingsFor(f)), today: TODAY, relative: (f) => f.slice(ROOT.length + 1), ...(memo ? { memo } : {}) });
}

function nodesOf(map: MapNode[]): MapNode[] {
  const out: MapNode[] = [];
  const stack = [...map];
  while (stack.length) {
    const node = stack.pop()!;
    out.push(node);
    stack.push(...node.children);
  }
  return out;
}

describe('the report built again after edits', () => {
  it('is the report built from nothing, whatever the edits', () => {
    fc.assert(
      fc.property(fc.array(operation, { minLength: 1, maxLength: 12 }), (operations) => {
        const workspace = startWorkspace();
        const service = createPlanService({ roots: [ROOT], today: TODAY, files: memoryPlanFiles(workspace.disk), log: () => {}, configFor: () => config });
        service.loadAll();
        const memo = new ReportMemo();
        report(service, memo);
        for (const op of operations) {
          applyOperation(service, workspace, op);
          expect(JSON.stringify(report(service, memo))).toBe(JSON.stringify(report(service)));
        }
      }),
      propertyRuns(150, 1515),
    );
  });

  it('takes the unchanged part of a large workspace from the last build', () => {
    const disk = new Map([...generateWorkspace(40, 60, 2)].map(([path, text]) => [`${ROOT}/${path}`, text]));
    const service = createPlanService({ roots: [ROOT], today: TODAY, files: memoryPlanFiles(disk), log: () => {}, configFor: () => config });
    service.loadAll();
    const memo = new ReportMemo();
    const before = new Set(nodesOf(report(service, memo).map));
    const file = `${ROOT}/teams/group-0/team-7.okr.md`;
    const text = (disk.get(file) as string).replace(/(- 2026-01-26: )\d/, '$19');
    service.updateDocument(file, text, 1);
    const after = nodesOf(report(service, memo).map);
    const kept = after.filter((node) => before.has(node));
    expect(kept.length / after.length).toBeGreaterThan(0.9);
    expect(kept.some((node) => node.file.includes('team-7.okr.md'))).toBe(false);
    expect(JSON.stringify(report(service, memo))).toBe(JSON.stringify(report(service)));
  });
});

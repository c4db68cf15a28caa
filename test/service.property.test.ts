import { describe, expect, it, vi } from 'vitest';
import fc from 'fast-check';
import { analyzePlans } from '../server/src/core/analyze';
import { defaultConfig } from '../server/src/core/config-model';
import type { Finding } from '../server/src/core/rules/types';
import { createPlanService } from '../server/src/core/service/plan-service';
import { memoryPlanFiles, type PlanSource } from '../server/src/core/service/memory-files';
import { propertyRuns } from './helpers/property-runs';
import { findRule } from '../server/src/core/rules/registry';
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

describe('a plan checked again because a plan it links to changed', () => {
  const company = '## Objective O1: Owners trust us\n### KR1.1: Raise trust from 3 to 4\n';
  const team = '---\nparent: company.okr.md\n---\n## Objective O1: Support feels personal\nParent: company.okr.md#KR1.1\n### KR1.1: Publish 12 blog posts\n### KR1.2: Improve the help pages\n';

  it('runs again only the rules that read other plans, and its findings stay those of a fresh analysis', () => {
    const disk = new Map<string, PlanSource>([
      ['/ws/company.okr.md', company],
      ['/ws/team.okr.md', team],
    ]);
    const service = createPlanService({ roots: [ROOT], today: TODAY, files: memoryPlanFiles(disk), log: () => {}, configFor: () => config });
    service.loadAll();
    const before = service.findingsFor('/ws/team.okr.md');
    expect(before.map((f) => f.rule)).toEqual(expect.arrayContaining(['missing-owner', 'kr-measures-activity']));
    const ownOnly = findRule('missing-owner')!;
    const readsOthers = findRule('unresolved-parent')!;
    const ownCheck = vi.spyOn(ownOnly, 'check');
    const linkCheck = vi.spyOn(readsOthers, 'check');
    try {
      const renamed = company.replace('KR1.1', 'KR1.9');
      const affected = service.updateDocument('/ws/company.okr.md', renamed, 1);
      expect(affected.has('/ws/team.okr.md')).toBe(true);
      const after = service.findingsFor('/ws/team.okr.md');
      expect(ownCheck).not.toHaveBeenCalled();
      expect(linkCheck).toHaveBeenCalledTimes(1);
      const fresh = analyzePlans(new Map([...disk, ['/ws/company.okr.md', renamed]]), { roots: [ROOT], today: TODAY, configFor: () => config });
      expect(view(after)).toEqual(view(fresh.findings.filter((f) => f.file === '/ws/team.okr.md')));
      expect(after.some((f) => f.rule === 'unresolved-parent')).toBe(true);
    } finally {
      ownCheck.mockRestore();
      linkCheck.mockRestore();
    }
  });

  it('runs every rule again when the plan itself changed', () => {
    const disk = new Map<string, PlanSource>([['/ws/team.okr.md', team]]);
    const service = createPlanService({ roots: [ROOT], today: TODAY, files: memoryPlanFiles(disk), log: () => {}, configFor: () => config });
    service.loadAll();
    service.findingsFor('/ws/team.okr.md');
    disk.set('/ws/team.okr.md', team.replace('Publish 12 blog posts', 'Publish 14 blog posts'));
    const ownCheck = vi.spyOn(findRule('kr-measures-activity')!, 'check');
    try {
      service.fileChanged('/ws/team.okr.md');
      const after = service.findingsFor('/ws/team.okr.md');
      expect(ownCheck).toHaveBeenCalledTimes(1);
      expect(after.find((f) => f.rule === 'kr-measures-activity')?.message).toContain('Publish 14');
    } finally {
      ownCheck.mockRestore();
    }
  });
});

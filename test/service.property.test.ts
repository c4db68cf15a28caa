import { describe, expect, it, vi } from 'vitest';
import fc from 'fast-check';
import { analyzePlans } from '../server/src/core/analyze';
import { defaultConfig } from '../server/src/core/config-model';
import type { Finding } from '../server/src/core/rules/types';
import { createPlanService } from '../server/src/core/service/plan-service';
import { memoryPlanFiles, type PlanSource } from '../server/src/core/service/memory-files';
import { propertyRuns } from './helpers/property-runs';
import { findRule } from '../server/src/core/rules/registry';

/*
 * The plan service keeps each plan's findings until an edit can change them, and re-checks only
 * the plans an edit concerns (an edit whose facts other plans read are unchanged touches none of
 * them). Random edit sequences over coupled plans — ids, `Parent:` lines, objective texts shared
 * between plans, periods, nesting, check-ins, plans created and deleted, documents opened in an
 * editor and closed — must leave every plan's findings equal to a fresh analysis of the whole
 * workspace. Removing a plan from what an edit re-checks makes this fail.
 */

const ROOT = '/ws';
const TODAY = '2026-02-02';
const config = defaultConfig();

const COMPANY = `---
period: 2026-Q1
---
# Mission: Help first-time business owners understand their cash
## Objective O1: Owners trust what the app tells them
Owner: @dana
### KR1.1: Raise weekly active owners from 12k to 18k
Owner: @priya
### KR1.2: Cut reconciliation errors from 4% to 1%
Owner: @lee
## Objective O2: Bookkeepers choose us
Owner: @dana
### KR2.1: Sign 30 bookkeeping firms
Owner: @sam
## Objective O3: Owners pay for what they use
Owner: @dana
### KR3.1: Grow revenue from $1M to $2M
### KR3.2: Grow ARR from $2M to $3M
### KR3.3: Cut churn from 5% to 3%
### KR3.4: Raise NPS from 30 to 40
### KR3.5: Grow bookings from $1M to $1.5M
### KR3.6: Raise retention from 80% to 90%
`;

const team = (name: string, parent: string, objective: string): string => `---
period: 2026-Q1
parent: ../company.okr.md
---
## Objective O1: ${objective}
Owner: @${name}
Parent: ${parent}
### KR1.1: Reduce time-to-first-value from 10 days to 5 days
Owner: @${name}
Check-ins:
- 2026-01-12: 9 days
#### Initiative: Rebuild the checklist
Owner: @${name}
`;

const START: Record<string, string> = {
  '/ws/company.okr.md': COMPANY,
  '/ws/teams/onboarding.okr.md': team('maria', '../company.okr.md#KR1.1', 'New owners see their cash in their first week'),
  '/ws/teams/growth.okr.md': team('omar', '../company.okr.md#KR1.1', 'New owners see their cash in their first week'),
  '/ws/teams/sales.okr.md': team('ana', 'KR2.1', 'Bookkeepers recommend us to their clients'),
};

/** Lines an edit may put in place of another: ids, parents, shared objective texts, periods, nesting, check-ins, plain prose. */
const REPLACEMENTS = [
  '### KR1.1: Raise weekly active owners from 12k to 20k',
  '### KR1.3: Raise weekly active owners from 12k to 18k',
  '### KR2.1: Sign 30 bookkeeping firms',
  '## Objective O1: New owners see their cash in their first week',
  '## Objective O1: Bookkeepers choose us',
  '## Objective O3: Owners trust what the app tells them',
  '## Objective: Grow the community',
  'Parent: ../company.okr.md#KR1.2',
  'Parent: ../company.okr.md#KR9.9',
  'Parent: ../company.okr.md#O1',
  'Parent: KR1.1',
  'Parent: O1',
  'period: 2025-Q4',
  'period: 2026-Q1',
  'parent: ../company.okr.md',
  'parent: ../teams/sales.okr.md',
  'Type: learning',
  'Type: committed',
  '- 2026-01-26: 8 days',
  '- 2026-01-26: 12 days',
  '# Mission: Help owners sleep at night',
  '#### Initiative: Ship the checklist',
  'A note about the plan.',
  '',
];

type Operation =
  | { kind: 'replace'; plan: number; line: number; text: string }
  | { kind: 'insert'; plan: number; line: number; text: string }
  | { kind: 'delete-line'; plan: number; line: number }
  | { kind: 'open' | 'close' | 'delete-plan' | 'create-plan'; plan: number };

const operation: fc.Arbitrary<Operation> = fc.oneof(
  { weight: 6, arbitrary: fc.record({ kind: fc.constant('replace' as const), plan: fc.nat(5), line: fc.nat(20), text: fc.constantFrom(...REPLACEMENTS) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('insert' as const), plan: fc.nat(5), line: fc.nat(20), text: fc.constantFrom(...REPLACEMENTS) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('delete-line' as const), plan: fc.nat(5), line: fc.nat(20) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constantFrom('open' as const, 'close' as const, 'delete-plan' as const, 'create-plan' as const), plan: fc.nat(5) }) },
);

/** Findings as comparable text, whatever their order. */
function view(findings: Finding[]): string[] {
  return findings.map((f) => JSON.stringify([f.file, f.code, f.range, f.message, f.related ?? []])).sort();
}

function editLines(text: string, change: (lines: string[]) => void): string {
  const lines = text.split('\n');
  change(lines);
  return lines.join('\n');
}

describe('the plan service under coupled edits', () => {
  it('keeps every plan’s findings equal to a fresh analysis of the workspace', () => {
    fc.assert(
      fc.property(fc.array(operation, { minLength: 1, maxLength: 12 }), (operations) => {
        const disk = new Map<string, PlanSource>(Object.entries(START));
        const open = new Map<string, string>();
        const service = createPlanService({ roots: [ROOT], today: TODAY, files: memoryPlanFiles(disk), log: () => {}, configFor: () => config });
        service.loadAll();
        let version = 0;
        const names = [...Object.keys(START), '/ws/teams/new.okr.md', '/ws/teams/other.okr.md'];
        for (const op of operations) {
          const file = names[op.plan % names.length]!;
          // Every plan's findings are asked for before each edit, so stale ones would be kept.
          for (const known of service.graph.files()) service.findingsFor(known);
          const textNow = open.get(file) ?? (disk.get(file) as string | undefined);
          if (op.kind === 'open') {
            if (textNow !== undefined && !open.has(file)) {
              open.set(file, textNow);
              service.updateDocument(file, textNow, ++version);
            }
          } else if (op.kind === 'close') {
            if (open.delete(file)) service.closeDocument(file);
          } else if (op.kind === 'delete-plan') {
            if (!open.has(file) && disk.delete(file)) service.fileChanged(file);
          } else if (op.kind === 'create-plan') {
            if (textNow === undefined) {
              disk.set(file, team('new', '../company.okr.md#KR1.2', 'Owners trust what the app tells them'));
              service.fileChanged(file);
            }
          } else if (textNow !== undefined && 'line' in op) {
            const edit = op;
            const next = editLines(textNow, (lines) => {
              const at = edit.line % (lines.length + (edit.kind === 'insert' ? 1 : 0));
              if (edit.kind === 'replace') lines[at] = edit.text;
              else if (edit.kind === 'insert') lines.splice(at, 0, edit.text);
              else lines.splice(at, 1);
            });
            if (open.has(file)) {
              open.set(file, next);
              service.updateDocument(file, next, ++version);
            } else {
              disk.set(file, next);
              service.fileChanged(file);
            }
          }
          const current = new Map<string, PlanSource>([...disk, ...open]);
          const fresh = analyzePlans(current, { roots: [ROOT], today: TODAY, configFor: () => config });
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

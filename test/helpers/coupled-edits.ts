// Random edit sequences over a coupled workspace (a company plan and team plans cascading from
// it): ids, `Parent:` lines, objective texts shared between plans, periods, nesting, check-ins,
// plans created and deleted, documents opened in an editor and closed. Shared by the property
// tests that check what the plan service and the report keep between edits.
import fc from 'fast-check';
import type { PlanService } from '../../server/src/core/service/plan-service';
import type { PlanSource } from '../../server/src/core/service/memory-files';

export const ROOT = '/ws';
export const TODAY = '2026-02-02';
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

export const START: Record<string, string> = {
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

export type Operation =
  | { kind: 'replace'; plan: number; line: number; text: string }
  | { kind: 'insert'; plan: number; line: number; text: string }
  | { kind: 'delete-line'; plan: number; line: number }
  | { kind: 'open' | 'close' | 'delete-plan' | 'create-plan'; plan: number };

export const operation: fc.Arbitrary<Operation> = fc.oneof(
  { weight: 6, arbitrary: fc.record({ kind: fc.constant('replace' as const), plan: fc.nat(5), line: fc.nat(20), text: fc.constantFrom(...REPLACEMENTS) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('insert' as const), plan: fc.nat(5), line: fc.nat(20), text: fc.constantFrom(...REPLACEMENTS) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('delete-line' as const), plan: fc.nat(5), line: fc.nat(20) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constantFrom('open' as const, 'close' as const, 'delete-plan' as const, 'create-plan' as const), plan: fc.nat(5) }) },
);

function editLines(text: string, change: (lines: string[]) => void): string {
  const lines = text.split('\n');
  change(lines);
  return lines.join('\n');
}

/** A workspace on a memory disk, with the documents open in an editor, that operations change. */
export interface EditedWorkspace {
  disk: Map<string, PlanSource>;
  open: Map<string, string>;
  version: number;
}

export function startWorkspace(): EditedWorkspace {
  return { disk: new Map<string, PlanSource>(Object.entries(START)), open: new Map(), version: 0 };
}

/** The plans an operation names: the starting ones and two that do not exist yet. */
const NAMES = [...Object.keys(START), '/ws/teams/new.okr.md', '/ws/teams/other.okr.md'];

/** Applies an operation to the workspace and tells the service, as an editor and a file watcher would. */
export function applyOperation(service: PlanService, workspace: EditedWorkspace, op: Operation): void {
  const { disk, open } = workspace;
  const file = NAMES[op.plan % NAMES.length]!;
  const textNow = open.get(file) ?? (disk.get(file) as string | undefined);
  if (op.kind === 'open') {
    if (textNow !== undefined && !open.has(file)) {
      open.set(file, textNow);
      service.updateDocument(file, textNow, ++workspace.version);
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
      service.updateDocument(file, next, ++workspace.version);
    } else {
      disk.set(file, next);
      service.fileChanged(file);
    }
  }
}

/** The workspace's plans as they are now: on disk, and the open documents over them. */
export function currentPlans(workspace: EditedWorkspace): Map<string, PlanSource> {
  return new Map<string, PlanSource>([...workspace.disk, ...workspace.open]);
}

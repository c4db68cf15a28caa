import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Finding, Fix } from '../server/src/core/rules/types';
import { LineIndex } from '../server/src/core/parse/positions';
import { fixAllAction } from '../server/src/core/features/code-actions';
import { FIXTURE_ROOT, loadFixture, runFixture, type Fixture } from './helpers/fixtures';

/*
 * Fixes that fix: over every example plan and rule fixture, each fix a finding offers (the
 * preferred one and those to choose between; never a disable comment) is applied on its own,
 * and then the plans still parse and that finding is gone. "Fix all" is checked the same way.
 */

const ROOT = join(__dirname, '..');

/** Suppression comments naming rules that do not exist: near a rule (fixable), and far from any. */
const SUPPRESSION_TYPOS = `---
period: 2026-Q1
---
# Mission: Serve owners well
Serves: owners
Refuses: dark patterns
<!-- okr-disable missing-tradof -->
## Objective O1: Owners trust us
Owner: @maria
<!-- okr-disable-next-line kr-not-measurabel, OKR4O1 -->
### KR1.1: Make trust visible
Owner: @lee
<!-- okr-disable-next-line no-such-rule-at-all -->
### KR1.2: Raise trust from 1 to 2
Owner: @lee
`;

function listPlans(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? listPlans(full) : name.endsWith('.md') ? [full] : [];
  });
}

/** examples/ as one workspace, and every rule fixture (a file or a folder). */
function workspaces(): [string, Fixture][] {
  const examples = new Map(listPlans(join(ROOT, 'examples')).map((f) => [`${FIXTURE_ROOT}/${relative(join(ROOT, 'examples'), f)}`, readFileSync(f, 'utf8')]));
  const all: [string, Fixture][] = [['examples', { plans: examples, expected: [], today: '2026-02-02' }]];
  const rules = join(ROOT, 'test', 'fixtures', 'rules');
  for (const rule of readdirSync(rules)) for (const entry of readdirSync(join(rules, rule))) all.push([`rules/${rule}/${entry}`, loadFixture(join(rules, rule, entry))]);
  const folders = join(ROOT, 'test', 'fixtures', 'workspaces');
  for (const entry of readdirSync(folders)) all.push([`workspaces/${entry}`, loadFixture(join(folders, entry))]);
  all.push(['suppression comments', { plans: new Map([[`${FIXTURE_ROOT}/team.okr.md`, SUPPRESSION_TYPOS]]), expected: [], today: '2026-02-02' }]);
  return all;
}

/** The plans with the fixes' edits applied (edits of one file apply from the end, positions past a line's end clamp). */
function applyFixes(plans: Map<string, string>, fixes: Fix[]): Map<string, string> {
  const out = new Map(plans);
  const edits = fixes.flatMap((f) => f.edits);
  for (const file of new Set(edits.map((e) => e.file))) {
    const text = out.get(file)!;
    const lines = new LineIndex(text);
    const offset = (p: { line: number; character: number }): number => (p.line >= lines.lineCount ? text.length : Math.min(lines.offsetAt(p), lines.offsetAt({ line: p.line, character: lines.lineText(p.line).length })));
    const ordered = edits.filter((e) => e.file === file).map((e) => ({ start: offset(e.range.start), end: offset(e.range.end), newText: e.newText }));
    ordered.sort((a, b) => b.start - a.start || b.end - a.end);
    let result = text;
    for (const e of ordered) result = result.slice(0, e.start) + e.newText + result.slice(e.end);
    out.set(file, result);
  }
  return out;
}

const keyOf = (f: Finding): string => `${f.file} ${f.code} ${f.message}`;
const count = (findings: Finding[], key: string): number => findings.filter((f) => keyOf(f) === key).length;
const unreadable = (findings: Finding[]): number => findings.filter((f) => f.code === 'OKR901' || f.code === 'OKR903').length;

describe('every offered fix fixes its finding', () => {
  const cases = workspaces().flatMap(([name, fixture]) => {
    const findings = runFixture(fixture);
    return findings.flatMap((finding) => [finding.fix, ...(finding.otherFixes ?? [])].filter((fix): fix is Fix => fix !== undefined).map((fix) => ({ name, fixture, findings, finding, fix })));
  });

  it('covers each kind of fix', () => {
    const titles = new Set(cases.map((c) => `${c.finding.rule}: ${c.fix.title.replace(/`[^`]*`/g, '…')}`));
    expect([...titles].sort()).toEqual(
      expect.arrayContaining([
        'invalid-config: Change to …',
        'invalid-field-value: Change to …',
        'kr-is-task: Make the task an initiative and ask for the outcome',
        'node-not-read: Add the colon after the id',
        'unknown-field: Rename to …',
        'unknown-field: Remove this line (… is already there)',
        'unknown-field: Keep … and remove this line',
        'unknown-field: Use … as the … and remove this line',
        'unresolved-parent: Change to …',
      ]),
    );
  });

  it.each(cases.map((c) => [`${c.name} ${c.finding.file.replace(`${FIXTURE_ROOT}/`, '')}:${c.finding.range.start.line + 1} ${c.finding.rule}: ${c.fix.title}`, c] as const))('%s', (_, c) => {
    const plans = applyFixes(c.fixture.plans, [c.fix]);
    const after = runFixture({ ...c.fixture, plans });
    expect(unreadable(after)).toBe(unreadable(c.findings));
    const key = keyOf(c.finding);
    expect(count(after, key), `${key}\n--- after the fix:\n${plans.get(c.finding.file)}`).toBe(count(c.findings, key) - 1);
  });
});

describe('Fix all applies every repeatable fix of a file at once', () => {
  it.each(workspaces().map(([name, fixture]) => [name, fixture] as const))('%s', (_, fixture) => {
    const findings = runFixture(fixture);
    for (const file of fixture.plans.keys()) {
      const ctx = { graph: undefined as never, uriOf: (f: string) => f, findingsFor: (f: string) => findings.filter((x) => x.file === f) };
      const [action] = fixAllAction(ctx, file, () => ({}) as never);
      if (!action) continue;
      const fixes = Object.entries(action.edit!.changes!).map(([f, edits]) => ({ title: '', edits: edits.map((e) => ({ file: f, ...e })) }));
      const after = runFixture({ ...fixture, plans: applyFixes(fixture.plans, fixes) });
      expect(unreadable(after)).toBe(unreadable(findings));
      const fixed = findings.filter((f) => f.file === file && f.fix?.repeatable);
      for (const key of new Set(fixed.map(keyOf))) expect(count(after, key), key).toBeLessThan(count(findings, key));
    }
  });
});

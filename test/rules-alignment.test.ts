import { describe, expect, it } from 'vitest';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { analyzePlans } from '../server/src/core/analyze';
import { parseConfig } from '../server/src/core/config/parse-config';
import { defaultConfig, type ResolvedConfig } from '../server/src/core/config-model';
import { FIELD_SPECS } from '../server/src/core/fields';
import { WorkspaceGraph } from '../server/src/core/graph';
import type { PlanNode } from '../server/src/core/model';
import { parsePlan } from '../server/src/core/parse/parser';
import { rules as alignmentRules } from '../server/src/core/rules/alignment';
import { rules as focusRules } from '../server/src/core/rules/focus';
import { normalizeStatement } from '../server/src/core/rules/helpers/objective-texts';
import { intendedField } from '../server/src/core/rules/alignment/unknown-field';
import { nearestKnownField } from '../server/src/core/fields';
import { editDistance } from '../server/src/core/did-you-mean';
import fc from 'fast-check';
import { keyResultsOf } from '../server/src/core/rules/helpers/parent-status';
import type { Finding, Rule } from '../server/src/core/rules/types';
import { loadFixture } from './helpers/fixtures';

const OURS = [...alignmentRules, ...focusRules];
const OUR_CODES = new Set(OURS.map((r) => r.code));

/** Runs the whole engine on in-memory plans (`name` → text, rooted at `/ws`) and keeps this suite's rules' findings. */
function analyze(plans: Record<string, string>, config: ResolvedConfig = defaultConfig()): Finding[] {
  const errors: unknown[] = [];
  const { findings } = analyzePlans(new Map(Object.entries(plans).map(([name, text]) => [`/ws/${name}`, text])), {
    roots: ['/ws'],
    today: '2026-02-02',
    configFor: () => config,
    onRuleError: (_rule: Rule, error: unknown) => errors.push(error),
  });
  expect(errors).toEqual([]);
  return findings.filter((f) => OUR_CODES.has(f.code));
}

/** `file:line code` keys (1-based lines) of the findings, sorted. */
const keys = (findings: Finding[]): string[] => findings.map((f) => `${f.file.replace('/ws/', '')}:${f.range.start.line + 1} ${f.code}`).sort();

function graphOf(plans: Record<string, string>): WorkspaceGraph {
  const graph = new WorkspaceGraph(['/ws']);
  for (const [name, text] of Object.entries(plans)) graph.setPlan(parsePlan(`/ws/${name}`, text));
  return graph;
}

function node(graph: WorkspaceGraph, name: string, id: string): PlanNode {
  const found = graph.findById(graph.plan(`/ws/${name}`)!, id);
  expect(found, `${name}#${id}`).toBeDefined();
  return found!;
}

const MISSION = '# Mission: Help first-time business owners understand their cash flow\n';

const COMPANY = `---
period: 2026-Q1
---
${MISSION}
## Objective O1: Owners make decisions with confidence
Owner: @dana
Tradeoff: no new integrations this quarter

### KR1.1: Raise weekly active owners from 12k to 18k
Owner: @omar

### KR1.2: Raise accepted-suggestion rate from 18% to 35%
Owner: @lee
`;

const TEAM = `---
period: 2026-Q1
team: Onboarding
owner: "@maria"
parent: ../company/2026-Q1.okr.md
---

# Mission: Help first-time business owners understand their cash flow with confidence
Serves: first-time business owners
Refuses: dark patterns that trade trust for conversion

## Objective O1: New owners reach a clear picture of their cash in their first week
Owner: @maria
Type: committed
Parent: ../company/2026-Q1.okr.md#KR1.2
Advances: confidence, speed of decisions
Tradeoff: the partner API waits until Q2

### KR1.1: Reduce time-to-first-value from 10 days to 5 days
Owner: @lee
Indicator: leading
Confidence: 0.6
Check-ins:
- 2026-01-12: 9 days
- 2026-01-26: 8 days, confidence 0.5 — bank sync still slow

#### Initiative: Rebuild the onboarding checklist around the first bank sync
Owner: @sam
Status: in progress

### KR1.2: Cut reconciliation errors from 4% to 1%
Owner: @li
Baseline: 4%
Target: 1%
`;

describe('a well-written workspace', () => {
  it('gets no alignment or focus finding (the dialect’s whole example, cascading from a company plan)', () => {
    expect(keys(analyze({ 'teams/onboarding.okr.md': TEAM, 'company/2026-Q1.okr.md': COMPANY }))).toEqual([]);
  });
});

describe('one finding, one diagnostic', () => {
  it('a node in a parent cycle gets parent-cycle and no orphan or count diagnostic', () => {
    const a = `${MISSION}## Objective O1: Owners trust us\n### KR1.1: Raise trust from 1 to 2\nParent: b.okr.md#O1\n### KR1.2: Raise reach from 1 to 2\n`;
    const b = '## Objective O1: Partners trust us\nParent: a.okr.md#KR1.1\n### KR1.1: Raise partner trust from 1 to 2\n### KR1.2: Raise partner reach from 1 to 2\n#### Initiative: Call partners\n';
    expect(keys(analyze({ 'a.okr.md': a, 'b.okr.md': b }).filter((f) => f.code !== 'OKR008'))).toEqual(['a.okr.md:4 OKR002', 'b.okr.md:2 OKR002']);
  });

  it('an unresolved or wrong-kind Parent is reported once, and the orphan rules stay quiet', () => {
    const plan = `---\nperiod: 2026-Q1\n---\n${MISSION}## Objective O1: Owners trust us\n### KR1.1: Raise trust from 1 to 2\n### KR1.2: Raise reach from 1 to 2\n## Notes\n#### Initiative: Broken\nParent: KR9.9\n#### Initiative: Wrong kind\nParent: O1\n`;
    expect(keys(analyze({ 'plan.okr.md': plan }))).toEqual(['plan.okr.md:10 OKR001', 'plan.okr.md:12 OKR003']);
  });

  it('a node naming itself is a cycle, not also a wrong kind', () => {
    const plan = `---\nperiod: 2026-Q1\n---\n${MISSION}## Objective O1: Owners trust us\n### KR1.1: Raise trust from 1 to 2\nParent: KR1.1\n### KR1.2: Raise reach from 1 to 2\n`;
    const findings = analyze({ 'plan.okr.md': plan });
    expect(keys(findings)).toEqual(['plan.okr.md:7 OKR002']);
    expect(findings[0]!.message).toBe('`Parent` names this key result itself (`KR1.1`); name the node it serves.');
  });

  it('a key result with a broken Parent still counts under the objective it stands in', () => {
    const plan = `---\nperiod: 2026-Q1\n---\n${MISSION}## Objective O1: Owners trust us\n### KR1.1: Raise trust from 1 to 2\nParent: KR9.9\n### KR1.2: Raise reach from 1 to 2\nParent: O7\n`;
    expect(keys(analyze({ 'plan.okr.md': plan }))).toEqual(['plan.okr.md:7 OKR001', 'plan.okr.md:9 OKR001']);
  });

  it('a broken front-matter parent is reported on its key line, and the plan’s objectives are not orphans', () => {
    const plan = '---\nperiod: 2026-Q1\nparent: ../company/2026-Q2.okr.md\nteam: Onboarding\n---\n## Objective O1: Owners trust us\n- KR1.1: Raise trust from 1 to 2\n- KR1.2: Raise reach from 1 to 2\n';
    const findings = analyze({ 'teams/onboarding.okr.md': plan, 'company/2026-Q1.okr.md': COMPANY });
    expect(keys(findings)).toEqual(['teams/onboarding.okr.md:3 OKR001']);
    expect(findings[0]!.range).toEqual({ start: { line: 2, character: 0 }, end: { line: 2, character: 33 } });
    expect(findings[0]!.message).toBe('Front-matter `parent` does not resolve: no plan at `../company/2026-Q2.okr.md`; did you mean `../company/2026-Q1.okr.md`?');
  });

  it('an objective with one key result gets too-few-key-results, with none objective-without-key-results, never both', () => {
    const plan = `---\nperiod: 2026-Q1\n---\n${MISSION}## Objective O1: One\n- KR1.1: a from 1 to 2\n## Objective O2: None\n`;
    expect(keys(analyze({ 'plan.okr.md': plan }))).toEqual(['plan.okr.md:5 OKR103', 'plan.okr.md:7 OKR007']);
  });
});

describe('parent-cycle', () => {
  it('reports each explicit Parent line, names the path, and relates the other members', () => {
    const a = `${MISSION}## Objective O2: Owners come back\nParent: c.okr.md#KR1.1\n### KR2.1: Raise weekly return from 30% to 40%\n`;
    const c = '## Objective O1: Digest readers act on it\nParent: a.okr.md#KR2.1\n### KR1.1: Raise digest clicks from 5% to 9%\n';
    const findings = analyze({ 'a.okr.md': a, 'c.okr.md': c }).filter((f) => f.code === 'OKR002');
    expect(keys(findings)).toEqual(['a.okr.md:3 OKR002', 'c.okr.md:2 OKR002']);
    const onA = findings.find((f) => f.file === '/ws/a.okr.md')!;
    expect(onA.message).toBe('`Parent` makes a cycle: `O2` → `c.okr.md#KR1.1` → `c.okr.md#O1` → `KR2.1` → `O2`; a chain of parents must end at a mission.');
    expect(onA.related!.map((r) => `${r.file.replace('/ws/', '')}:${r.range.start.line + 1} ${r.message}`)).toEqual([
      'c.okr.md:3 `c.okr.md#KR1.1` is in the cycle by nesting',
      'c.okr.md:2 `c.okr.md#O1` continues the cycle here',
      'a.okr.md:4 `KR2.1` is in the cycle by nesting',
    ]);
  });
});

describe('unresolved-parent', () => {
  it('says what was not found', () => {
    const plan = `${MISSION}## Objective O1: Owners trust us\nParent: company.okr.md#KR9.9\n### KR1.1: Raise trust from 1 to 2\nParent: O7\n### KR1.2: Raise reach from 1 to 2\nParent: ../../outside.okr.md#O1\n`;
    const messages = analyze({ 'plan.okr.md': plan, 'company.okr.md': COMPANY }).filter((f) => f.code === 'OKR001').map((f) => f.message);
    expect(messages).toEqual([
      '`Parent` does not resolve: `company.okr.md` has no node `KR9.9`.',
      '`Parent` does not resolve: no node `O7` in this plan; did you mean `O1`?',
      '`Parent` does not resolve: `../../outside.okr.md` points outside the workspace folder.',
    ]);
  });

  it('a node may name its own plan by path', () => {
    const graph = graphOf({ 'team.okr.md': `${MISSION}## Objective O1: Owners trust us\n### KR1.1: Raise trust from 1 to 2\n#### Initiative: Tour\nParent: ./team.okr.md#kr1.1\n` });
    const initiative = graph.plan('/ws/team.okr.md')!.nodes.find((n) => n.kind === 'initiative')!;
    const link = graph.parentOf(initiative);
    expect(link.status === 'resolved' && link.node.id).toBe('KR1.1');
  });
});

describe('wrong-parent-kind', () => {
  it('names the kind expected and the kind found', () => {
    const plan = `${MISSION}## Objective O1: Owners trust us\nParent: KR2.1\n### KR1.1: Raise trust from 1 to 2\n#### Initiative: Tour\nParent: O1\n## Objective O2: Owners come back\n### KR2.1: Raise return from 1 to 2\nParent: mission\n`;
    const messages = analyze({ 'plan.okr.md': plan }).filter((f) => f.code === 'OKR003').map((f) => f.message);
    expect(messages).toEqual([
      'The parent of an objective must be a mission, or a key result or objective of another plan; `KR2.1` is a key result of this same plan.',
      'The parent of an initiative must be a key result; `O1` is an objective.',
      'The parent of a key result must be an objective; `mission` is a mission.',
    ]);
  });
});

describe('duplicate-id', () => {
  it('reports every occurrence after the first, relating it to the first', () => {
    const plan = `${MISSION}## Objective O1: a\n## Objective 1: b\n## o1: c\n`;
    const findings = analyze({ 'plan.okr.md': plan }).filter((f) => f.code === 'OKR004');
    expect(keys(findings)).toEqual(['plan.okr.md:3 OKR004', 'plan.okr.md:4 OKR004']);
    expect(findings.every((f) => f.related?.[0]?.range.start.line === 1)).toBe(true);
  });

  it('ids derived from order skip written ids, so they never collide', () => {
    const plan = `${MISSION}## Objective: first, derived\n## Objective O1: written\n### KR: derived from 1 to 2\n### KR1.1: written from 1 to 2\n`;
    const graph = graphOf({ 'plan.okr.md': plan });
    expect(graph.plan('/ws/plan.okr.md')!.nodes.map((n) => n.id)).toEqual(['mission', 'O2', 'O1', 'KR1.2', 'KR1.1']);
    expect(analyze({ 'plan.okr.md': plan }).filter((f) => f.code === 'OKR004')).toEqual([]);
  });
});

describe('orphans', () => {
  it('an initiative under an objective with no key result is an orphan; one under a key result is not', () => {
    const plan = `---\nperiod: 2026-Q1\n---\n${MISSION}## Objective O1: Owners trust us\n- Initiative: Floating\n### KR1.1: Raise trust from 1 to 2\n- Initiative: Anchored\n`;
    expect(keys(analyze({ 'plan.okr.md': plan }).filter((f) => f.code === 'OKR005'))).toEqual(['plan.okr.md:6 OKR005']);
  });

  it('an objective reaches a mission through its plan, a parent plan, or a cascade', () => {
    const plans = {
      'company.okr.md': COMPANY,
      'team.okr.md': '---\nparent: company.okr.md\n---\n## Objective O1: Through the parent plan\n',
      'squad.okr.md': '## Objective O1: Through a cascade\nParent: company.okr.md#KR1.1\n## Objective O2: Nowhere\n',
    };
    expect(keys(analyze(plans).filter((f) => f.code === 'OKR006'))).toEqual(['squad.okr.md:3 OKR006']);
  });
});

describe('invalid-field-value', () => {
  it('accepts every value the dialect documents', () => {
    const plan = `${MISSION}Owner: @dana\n## Objective O1: Owners trust us\nType: aspirational\n### KR1.1: Raise trust from 1 to 2\nIndicator: lagging\nConfidence: 1\nScore: 0\nBaseline: 0.35\nTarget: 1.2k\nCurrent: €1.5M\n#### Initiative: a\nStatus: blocked\nDue: 2026-12-31\n#### Initiative: b\nStatus: dropped\n#### Initiative: c\nStatus: done\n#### Initiative: d\nStatus: not started\n`;
    expect(analyze({ 'plan.okr.md': plan }).filter((f) => f.code === 'OKR009')).toEqual([]);
  });

  it('points at the field line and names the allowed values', () => {
    const plan = `${MISSION}## Objective O1: Owners trust us\n### KR1.1: Raise trust from 1 to 2\n- Indicator: sometimes\n`;
    const [finding] = analyze({ 'plan.okr.md': plan }).filter((f) => f.code === 'OKR009');
    expect(finding!.range).toEqual({ start: { line: 3, character: 2 }, end: { line: 3, character: 22 } });
    expect(finding!.message).toBe('`Indicator` must be one of `leading`, `lagging`; found `sometimes`.');
  });

  it('leaves an Owner naming several people to multiple-owners', () => {
    const plan = `${MISSION}## Objective O1: Owners trust us\nOwner: Tom & Ines\n`;
    const codes = analyze({ 'plan.okr.md': plan }).map((f) => f.code);
    expect(codes).not.toContain('OKR009');
  });
});

describe('unknown-field', () => {
  it('measures edits with adjacent transpositions', () => {
    expect(editDistance('onwer', 'owner')).toBe(1);
    expect(editDistance('tradeof', 'tradeoff')).toBe(1);
    expect(editDistance('scope', 'score')).toBe(1);
    expect(editDistance('', 'due')).toBe(3);
  });

  it('stops past a bound with a number over it, and gives the same distance within it (property)', () => {
    // A small alphabet makes near strings, transpositions among them, common.
    const word = fc.string({ unit: fc.constantFrom('a', 'b', 'c', '/', '.'), maxLength: 12 });
    fc.assert(
      fc.property(word, word, fc.integer({ min: 0, max: 6 }), (a, b, max) => {
        const full = editDistance(a, b);
        const bounded = editDistance(a, b, max);
        return full <= max ? bounded === full : bounded > max;
      }),
      { numRuns: 3000 },
    );
  });

  it('allows one edit for short keys and two for longer ones', () => {
    expect(nearestKnownField('Onwer')?.label).toBe('Owner');
    expect(nearestKnownField('Tartget')?.label).toBe('Target');
    expect(nearestKnownField('Date')).toBeUndefined();
    expect(nearestKnownField('Notes')).toBeUndefined();
  });

  it('suggests only a field this kind of node takes, with a value it accepts', () => {
    const graph = graphOf({ 'plan.okr.md': `${MISSION}## Objective O1: a\nScope: EU owners only\nStats: in progress\n### KR1.1: b from 1 to 2\nScope: 0.8\nCurrency: EUR\n#### Initiative: c\nStats: in progress\n` });
    const suggestions = graph.plan('/ws/plan.okr.md')!.nodes.flatMap((n) => n.fields.map((f) => `${n.id} ${f.key} → ${intendedField(n, f)?.label ?? '-'}`));
    expect(suggestions).toEqual(['O1 Scope → -', 'O1 Stats → -', 'KR1.1 Scope → Score', 'KR1.1 Currency → -', 'I1.1.1 Stats → Status']);
  });

  it('attaches a fix that renames the key, and applying it gives a known field', () => {
    const text = `${MISSION}## Objective O1: Owners trust us\n- Onwer: @maria\n`;
    const [finding] = analyze({ 'plan.okr.md': text }).filter((f) => f.code === 'OKR010');
    expect(finding!.message).toBe('`Onwer` is not a known field; the nearest is `Owner`.');
    const edit = finding!.fix!.edits[0]!;
    expect(edit.file).toBe('/ws/plan.okr.md');
    const lines = text.split('\n');
    const line = lines[edit.range.start.line]!;
    lines[edit.range.start.line] = line.slice(0, edit.range.start.character) + edit.newText + line.slice(edit.range.end.character);
    const fixed = parsePlan('/ws/plan.okr.md', lines.join('\n'));
    expect(fixed.nodes[1]!.fields.map((f) => [f.name, f.known, f.value])).toEqual([['owner', true, '@maria']]);
  });

  it('every known field is its own nearest key', () => {
    for (const spec of FIELD_SPECS) expect(nearestKnownField(spec.label)?.name).toBe(spec.name);
  });
});

describe('focus options', () => {
  const config = (json: string): ResolvedConfig => parseConfig('/ws/.okrrc.json', json);
  const objectives = (n: number, krs: number): string =>
    `${MISSION}${Array.from({ length: n }, (_, o) => `## Objective O${o + 1}: Objective ${o + 1}\n${Array.from({ length: krs }, (_, k) => `- KR${o + 1}.${k + 1}: Raise thing ${k + 1} from 1 to 2\n`).join('')}`).join('')}`;

  it('too-many-objectives reports once per plan, on the first objective beyond `max`, with the others related', () => {
    const plan = objectives(4, 2);
    expect(analyze({ 'plan.okr.md': plan }).filter((f) => f.code === 'OKR101')).toEqual([]);
    const findings = analyze({ 'plan.okr.md': plan }, config('{ "rules": { "too-many-objectives": ["warning", { "max": 2 }] } }')).filter((f) => f.code === 'OKR101');
    expect(findings.map((f) => f.message)).toEqual(['The plan has 4 objectives; at most 2 keep a team focused, and this is the 3rd.']);
    expect(keys(findings)).toEqual(['plan.okr.md:8 OKR101']);
    expect(findings[0]!.related?.map((r) => r.range.start.line + 1)).toEqual([11]);
  });

  it('too-many-key-results and too-few-key-results follow `max` and `min`', () => {
    const plan = objectives(1, 3);
    expect(analyze({ 'plan.okr.md': plan }).filter((f) => f.code === 'OKR102' || f.code === 'OKR103')).toEqual([]);
    const strict = config('{ "rules": { "too-many-key-results": ["warning", { "max": 2 }], "too-few-key-results": ["info", { "min": 4 }] } }');
    const findings = analyze({ 'plan.okr.md': plan }, strict);
    expect(keys(findings.filter((f) => f.code === 'OKR102' || f.code === 'OKR103'))).toEqual(['plan.okr.md:2 OKR103', 'plan.okr.md:5 OKR102']);
    expect(findings.find((f) => f.code === 'OKR102')!.message).toBe('`O1` has 3 key results; at most 2 keep it focused.');
  });

  it('too-many-key-results reports each objective once, on its first key result beyond `max`, listing the others', () => {
    const findings = analyze({ 'plan.okr.md': objectives(1, 8) }).filter((f) => f.code === 'OKR102');
    expect(keys(findings)).toEqual(['plan.okr.md:8 OKR102']);
    expect(findings[0]!.message).toBe('`O1` has 8 key results; at most 5 keep it focused.');
    expect(findings[0]!.related?.map((r) => r.message)).toEqual(['`KR1.7` is also beyond the limit of 5.', '`KR1.8` is also beyond the limit of 5.']);
  });

  it('keyResultsOf lists the objective’s own plan first, then other plans by path', () => {
    const graph = graphOf({
      'company.okr.md': `${MISSION}## Objective O1: Owners trust us\n- KR1.1: a from 1 to 2\n`,
      'z.okr.md': '## Objective O1: z\n- KR1.1: z from 1 to 2\n  Parent: company.okr.md#O1\n',
      'b.okr.md': '## Objective O1: b\n- KR1.1: b from 1 to 2\n  Parent: company.okr.md#O1\n',
    });
    expect(keyResultsOf(graph, node(graph, 'company.okr.md', 'O1')).map((kr) => `${kr.file.replace('/ws/', '')}#${kr.id}`)).toEqual([
      'company.okr.md#KR1.1',
      'b.okr.md#KR1.1',
      'z.okr.md#KR1.1',
    ]);
  });
});

describe('duplicate-objective', () => {
  it('normalises case, punctuation and spacing', () => {
    expect(normalizeStatement('  Grow   *Mid-Market* revenue!')).toBe(normalizeStatement('grow mid market revenue'));
    expect(normalizeStatement('Grow mid-market revenue')).not.toBe(normalizeStatement('Grow mid-market revenues'));
  });

  it('reports both ends, each naming the other in the message and in related', () => {
    const findings = analyze({
      'teams/growth.okr.md': `${MISSION}## Objective O1: Grow mid-market revenue\n`,
      'teams/sales/plan.okr.md': `${MISSION}## Objective O3: Grow mid-market revenue.\n`,
    }).filter((f) => f.code === 'OKR104');
    expect(findings.map((f) => [f.file, f.message, f.related!.map((r) => `${r.file}:${r.range.start.line}`)])).toEqual([
      ['/ws/teams/growth.okr.md', 'This objective repeats `sales/plan.okr.md#O3` word for word; say what this plan changes in service of it instead.', ['/ws/teams/sales/plan.okr.md:1']],
      ['/ws/teams/sales/plan.okr.md', 'This objective repeats `../growth.okr.md#O1` word for word; say what this plan changes in service of it instead.', ['/ws/teams/growth.okr.md:1']],
    ]);
  });

  it('does not compare plans whose periods do not overlap', () => {
    const plan = (period: string): string => `---\nperiod: ${period}\n---\n${MISSION}## Objective O1: Grow mid-market revenue\n`;
    const codes = (a: string, b: string): string[] => analyze({ 'a.okr.md': plan(a), 'b.okr.md': plan(b) }).filter((f) => f.code === 'OKR104').map((f) => f.file);
    expect(codes('2026-Q1', '2026-Q2')).toEqual([]);
    expect(codes('2026-Q1', '2026')).toEqual(['/ws/a.okr.md', '/ws/b.okr.md']);
    expect(codes('2026-01-01..2026-02-15', '2026-02-15..2026-05-01')).toEqual(['/ws/a.okr.md', '/ws/b.okr.md']);
  });
});

describe('every rule of this suite', () => {
  it.each(OURS.map((r) => [r.name, r] as const))('%s has full metadata', (_name, rule) => {
    for (const key of ['code', 'name', 'description', 'rationale', 'weak', 'strong', 'fix'] as const) expect(rule[key].trim(), key).not.toBe('');
    expect(rule.group).toBe(rule.code.startsWith('OKR0') ? 'Alignment chain' : 'Focus');
  });

  it('never throws on any fixture, and its messages stay as reviewed', () => {
    const root = join(__dirname, 'fixtures', 'rules');
    const messages: string[] = [];
    for (const rule of OURS) {
      const dir = join(root, rule.name);
      for (const entry of readdirSync(dir).sort()) {
        const path = join(dir, entry);
        if (!statSync(path).isDirectory() && !entry.endsWith('.md')) continue;
        const fixture = loadFixture(path);
        const errors: unknown[] = [];
        const { findings: all } = analyzePlans(fixture.plans, { roots: ['/ws'], today: fixture.today, configFor: () => defaultConfig(), onRuleError: (_r, e) => errors.push(e) });
        expect(errors).toEqual([]);
        const findings = all.filter((f) => f.code === rule.code);
        for (const f of findings) messages.push(`${rule.name}/${entry} ${f.file.replace('/ws/', '')}:${f.range.start.line + 1}:${f.range.start.character} ${f.message}`);
      }
    }
    expect(messages).toMatchSnapshot();
  });
});

describe('objectives cascading from an objective of another plan', () => {
  const company = `${MISSION}## Objective O1: Owners trust what the app tells them\n`;
  const team = `---\nparent: company.okr.md\n---\n## Objective O1: New owners see their cash in their first week\nParent: company.okr.md#O1\n### KR1.1: Reduce time-to-first-value from 10 days to 5 days\nCheck-ins:\n- 2026-01-20: 7.5 days\n`;

  it('is an allowed parent: the chain reaches the company mission, and the company objective counts as served', () => {
    const findings = analyze({ 'company.okr.md': company, 'team.okr.md': team });
    expect(findings.filter((f) => ['OKR003', 'OKR006', 'OKR007'].includes(f.code))).toEqual([]);
    const graph = graphOf({ 'company.okr.md': company, 'team.okr.md': team });
    const teamKr = graph.plan('/ws/team.okr.md')!.nodes.find((n) => n.kind === 'kr')!;
    expect(graph.chainOf(teamKr).nodes.map((n) => `${n.file.replace('/ws/', '')}#${n.id}`)).toEqual(['team.okr.md#KR1.1', 'team.okr.md#O1', 'company.okr.md#O1', 'company.okr.md#mission']);
  });

  it('rolls the team objective’s progress up into the company objective', () => {
    const graph = graphOf({ 'company.okr.md': company, 'team.okr.md': team });
    const companyObjective = graph.plan('/ws/company.okr.md')!.nodes.find((n) => n.kind === 'objective')!;
    expect(graph.progressOf(companyObjective)).toBeCloseTo(0.5);
  });

  it('an objective of the same plan is still the wrong kind of parent', () => {
    const plan = `${MISSION}## Objective O1: a\n## Objective O2: b\nParent: O1\n`;
    expect(keys(analyze({ 'plan.okr.md': plan }).filter((f) => f.code === 'OKR003'))).toEqual(['plan.okr.md:4 OKR003']);
  });
});

describe('too-many-objectives in a file of several sets', () => {
  it('counts each team’s or person’s set on its own', () => {
    const sets = ['## Summit', '### OKR: @maria', '### OKR: @lee'].map((heading, i) => `${heading}\n${Array.from({ length: 4 }, (_, k) => `- Objective: set ${i} goal ${k}`).join('\n')}\n`).join('');
    expect(analyze({ 'plan.okr.md': `${MISSION}${sets}` }).filter((f) => f.code === 'OKR101')).toEqual([]);
    const big = `${MISSION}## Finance WG\n${Array.from({ length: 6 }, (_, k) => `- Objective: goal ${k}`).join('\n')}\n## Ops WG\n- Objective: other\n`;
    expect(analyze({ 'plan.okr.md': big }).filter((f) => f.code === 'OKR101').map((f) => f.message)).toEqual(['“Finance WG” has 6 objectives; at most 5 keep a team focused, and this is the 6th.']);
  });
});

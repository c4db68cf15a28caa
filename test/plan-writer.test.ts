import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzePlans } from '../server/src/core/analyze';
import { defaultConfig } from '../server/src/core/config-model';
import { newPlanText, nextPeriod, nextPlanPath, nextPlanText, periodState } from '../server/src/core/features/plan-writer';
import type { WorkspaceGraph } from '../server/src/core/graph';
import { codeLenses } from '../server/src/core/features/code-lens';

const EXAMPLES = join(__dirname, '..', 'examples');
const TODAY = '2026-02-02';

function examples(): Map<string, string> {
  const plans = new Map<string, string>();
  for (const dir of readdirSync(EXAMPLES)) for (const name of readdirSync(join(EXAMPLES, dir))) plans.set(`/ws/${dir}/${name}`, readFileSync(join(EXAMPLES, dir, name), 'utf8'));
  return plans;
}

function analyze(plans: Map<string, string>, today = TODAY) {
  return analyzePlans(plans, { roots: ['/ws'], today, configFor: () => defaultConfig() });
}

/** Errors of one plan, as `code line: message`. */
function errorsOf(plans: Map<string, string>, file: string, today = TODAY): string[] {
  return analyze(plans, today)
    .findings.filter((f) => f.file === file && f.severity === 'error')
    .map((f) => `${f.code} ${f.range.start.line}: ${f.message}`);
}

/** Every `Parent` of the plan resolves (to a node of another or the same plan). */
function unresolvedParents(graph: WorkspaceGraph, file: string): string[] {
  const plan = graph.plan(file)!;
  return plan.nodes.filter((n) => n.fields.some((f) => f.name === 'parent') && graph.parentOf(n).status !== 'resolved').map((n) => n.id);
}

describe('New Plan', () => {
  it('writes a plan with no error findings, alone or cascading from a parent plan', () => {
    const alone = new Map([['/ws/payments.okr.md', newPlanText({ team: 'Payments', period: '2026-Q2' })]]);
    expect(errorsOf(alone, '/ws/payments.okr.md')).toEqual([]);
    // A plan for a period that has not started yet has nothing to find.
    expect(analyze(alone).findings.map((f) => f.rule)).toEqual([]);
    expect(analyze(alone).graph.plan('/ws/payments.okr.md')!.nodes.map((n) => `${n.kind} ${n.id}`)).toEqual(['mission mission', 'objective O1', 'kr KR1.1', 'initiative I1.1.1', 'kr KR1.2', 'initiative I1.2.1']);

    const plans = examples();
    const file = '/ws/teams/payments.okr.md';
    plans.set(file, newPlanText({ team: 'Payments', period: '2026-Q1', owner: 'maria', parentPath: '../company/2026-Q1.okr.md', parentId: 'KR1.3' }));
    expect(errorsOf(plans, file)).toEqual([]);
    const { graph } = analyze(plans);
    const objective = graph.plan(file)!.nodes.find((n) => n.kind === 'objective')!;
    const parent = graph.parentOf(objective);
    expect(parent.status === 'resolved' && `${parent.node.file}#${parent.node.id}`).toBe('/ws/company/2026-Q1.okr.md#KR1.3');
    expect(plans.get(file)).toContain('owner: "@maria"');
    expect(plans.get(file)).not.toContain('# Mission');
  });

  it('quotes what YAML would misread', () => {
    expect(newPlanText({ team: 'R&D: Platform', period: '2026' })).toContain('team: "R&D: Platform"');
  });
});

describe('the next period', () => {
  it('follows each form of period', () => {
    expect(['2026-Q1', '2026-Q4', '2026-H1', '2026-H2', '2026', '2026-01-05..2026-03-27', 'soon'].map(nextPeriod)).toEqual([
      '2026-Q2',
      '2027-Q1',
      '2026-H2',
      '2027-H1',
      '2027',
      '2026-03-28..2026-06-17',
      undefined,
    ]);
    // Whole months (a month or a run of quarters stated in a title) are followed by as many whole months.
    expect(['2026-03-01..2026-03-31', '2023-02-01..2023-02-28', '2026-01-01..2026-09-30', '2026-11-01..2027-01-31'].map(nextPeriod)).toEqual(['2026-04-01..2026-04-30', '2023-03-01..2023-03-31', '2026-10-01..2027-06-30', '2027-02-01..2027-04-30']);
  });

  it('names the next plan after the period when the name holds it', () => {
    expect(nextPlanPath('/ws/company/2026-Q1.okr.md', '2026-Q1', '2026-Q2')).toBe('/ws/company/2026-Q2.okr.md');
    expect(nextPlanPath('/ws/teams/onboarding.okr.md', '2026-Q1', '2026-Q2')).toBe('/ws/teams/onboarding-2026-Q2.okr.md');
  });

  it('says when a period is over', () => {
    const plan = analyze(examples()).graph.plan('/ws/company/2026-Q1.okr.md')!;
    expect(periodState(plan, '2026-03-31')?.over).toBe(false);
    expect(periodState(plan, '2026-04-01')).toMatchObject({ written: '2026-Q1', over: true, period: { end: '2026-03-31' } });
    const ctx = { graph: analyze(examples()).graph, uriOf: (f: string) => `file://${f}`, findingsFor: () => [] };
    const lens = (today: string) => codeLenses(ctx, ctx.graph.plan('/ws/company/2026-Q1.okr.md')!, today).filter((l) => l.command?.command === 'throughline.startNextPeriod');
    expect(lens('2026-03-31')).toEqual([]);
    expect(lens('2026-04-01').map((l) => [l.range.start.line, l.command!.title, l.command!.arguments])).toEqual([
      [1, '$(history) 2026-Q1 ended on 2026-03-31: date rules are quiet · Start 2026-Q2’s plan', ['file:///ws/company/2026-Q1.okr.md']],
    ]);
  });
});

describe('a period stated in the title rather than in front matter', () => {
  const plans = new Map([['/ws/sutra.okr.md', '# Sutra — Q4 2026 Big Rocks\n\n## Objective O1: Ship faster\n\n- KR1.1: Lead time from 9 days to 4 days\n']]);

  it('is the plan’s period: its end is shown on the title, and the next plan states the next one in the same words', () => {
    const { graph, findings } = analyze(plans, '2027-01-05');
    expect(findings.filter((f) => f.rule === 'missing-period')).toEqual([]);
    const plan = graph.plan('/ws/sutra.okr.md')!;
    expect(periodState(plan, '2027-01-05')).toMatchObject({ written: 'Q4 2026', over: true, period: { end: '2026-12-31' } });
    const ctx = { graph, uriOf: (f: string) => `file://${f}`, findingsFor: () => [] };
    const lenses = codeLenses(ctx, plan, '2027-01-05').filter((l) => l.command?.command === 'throughline.startNextPeriod');
    expect(lenses.map((l) => [l.range, l.command!.title])).toEqual([
      [{ start: { line: 0, character: 10 }, end: { line: 0, character: 17 } }, '$(history) Q4 2026 ended on 2026-12-31: date rules are quiet · Start 2027-Q1’s plan'],
    ]);
    const next = nextPlanText(graph, plan, '/ws/sutra-2027-Q1.okr.md')!;
    expect(next.period).toBe('2027-Q1');
    // The next plan states its period in front matter too: a heading naming the old one (`## Q4 2026 Objectives`) would make it an archive.
    expect(next.text.split('\n').slice(0, 5)).toEqual(['---', 'period: 2027-Q1', '---', '', '# Sutra — Q1 2027 Big Rocks']);
  });
});

describe('Start Next Quarter’s Plan', () => {
  it('carries what is not finished, baselines from the last check-ins, check-ins cleared, links valid', () => {
    const plans = examples();
    const { graph } = analyze(plans);
    for (const file of [...plans.keys()]) {
      const plan = graph.plan(file)!;
      const target = nextPlanPath(file, plan.frontMatter?.period ?? '', '2026-Q2');
      const next = nextPlanText(graph, plan, target)!;
      expect(next.period).toBe('2026-Q2');
      const withNext = new Map(plans).set(target, next.text);
      expect(errorsOf(withNext, target, '2026-04-02'), `${target}\n${next.text}`).toEqual([]);
      const after = analyze(withNext, '2026-04-02').graph;
      expect(unresolvedParents(after, target), next.text).toEqual([]);
      const copy = after.plan(target)!;
      expect(copy.nodes.flatMap((n) => n.checkIns)).toEqual([]);
      expect(copy.frontMatter?.period).toBe('2026-Q2');
      expect(copy.nodes.map((n) => n.id)).toEqual(next.carried);
    }
  });

  it('sets the baseline from the latest check-in, in the title or a field', () => {
    const plans = new Map([
      [
        '/ws/q1.okr.md',
        [
          '---',
          'period: 2026-Q1',
          '---',
          '# Mission: Help owners understand their cash',
          '## Objective O1: Owners trust their numbers',
          'Owner: @a',
          '### KR1.1: Reduce time-to-first-value from 10 days to 5 days',
          'Owner: @b',
          'Check-ins:',
          '- 2026-01-12: 9 days',
          '- 2026-02-26: 7 days — better',
          '### KR1.2: Raise weekly active owners to 18k',
          'Owner: @c',
          'Current: 13k',
          'Check-ins:',
          '- 2026-01-12: 12.4k',
          '### KR1.3: Reach 40 design partners',
          'Baseline: 5',
          'Score: 1',
          '#### Initiative: Visit partners',
          'Parent: KR1.3',
          '### KR1.4: Cut errors from 4% to 1%',
          'Baseline: 4%',
          'Check-ins:',
          '- 2026-01-19: 3.5%',
          '#### Initiative: Audit the sync',
          'Status: done',
          '#### Initiative: Rewrite the matcher',
          'Parent: KR1.3',
          '',
        ].join('\n'),
      ],
    ]);
    const { graph } = analyze(plans);
    const next = nextPlanText(graph, graph.plan('/ws/q1.okr.md')!, '/ws/next/q2.okr.md')!;
    expect(next.left).toEqual(['KR1.3', 'I1.3.1', 'I1.4.1']);
    expect(next.text).toContain('### KR1.1: Reduce time-to-first-value from 7 days to 5 days\n');
    expect(next.text).toContain('### KR1.2: Raise weekly active owners to 18k\nOwner: @c\nBaseline: 12.4k\nCheck-ins:\n');
    expect(next.text).toContain('Baseline: 3.5%');
    expect(next.text).not.toMatch(/2026-0\d-\d\d:|Current:|Score:/);
    // The initiative naming the finished KR1.3 still names it, in the old plan.
    expect(next.text).toContain('Parent: ../q1.okr.md#KR1.3');
    const withNext = new Map(plans).set('/ws/next/q2.okr.md', next.text);
    expect(unresolvedParents(analyze(withNext).graph, '/ws/next/q2.okr.md')).toEqual([]);
  });
});

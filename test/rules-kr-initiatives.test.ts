import { describe, expect, it } from 'vitest';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { analyzePlans } from '../server/src/core/analyze';
import { defaultConfig, type ResolvedConfig } from '../server/src/core/config-model';
import { DEFAULT_LEXICON, extendLexicon } from '../server/src/core/lexicon';
import type { Finding, Rule } from '../server/src/core/rules/types';
import { rules as keyResultRules } from '../server/src/core/rules/key-results';
import { rules as initiativeRules } from '../server/src/core/rules/initiatives';
import { loadFixture, runFixture } from './helpers/fixtures';

const OURS = [...keyResultRules, ...initiativeRules];
const OUR_CODES = new Set(OURS.map((r) => r.code));

interface Options {
  today?: string;
  config?: Partial<ResolvedConfig>;
}

/** Runs the whole engine on in-memory plans (`name` → text, rooted at `/ws`) and keeps this suite's rules' findings. */
function analyze(plans: Record<string, string>, options: Options = {}): Finding[] {
  const errors: unknown[] = [];
  const config = { ...defaultConfig(), ...options.config };
  const { findings } = analyzePlans(new Map(Object.entries(plans).map(([name, text]) => [`/ws/${name}`, text])), {
    roots: ['/ws'],
    today: options.today ?? '2026-02-02',
    configFor: () => config,
    onRuleError: (_rule: Rule, error: unknown) => errors.push(error),
  });
  expect(errors).toEqual([]);
  return findings.filter((f) => OUR_CODES.has(f.code));
}

/** `line code` keys (1-based lines) of the findings, sorted. */
const keys = (findings: Finding[]): string[] => findings.map((f) => `${f.range.start.line + 1} ${f.code}`).sort();
const codes = (findings: Finding[]): string[] => [...new Set(findings.map((f) => f.code))].sort();

const MISSION = '# Mission: Help first-time business owners understand their cash flow\n';

/** A plan with one objective and one KR, its initiative and a fresh check-in: only the KR title varies. */
function planWithKr(title: string, extra = ''): string {
  return `---\nperiod: 2026-Q1\n---\n${MISSION}## Objective O1: New owners see their cash clearly\n### KR1.1: ${title}\n${extra}Check-ins:\n- 2026-01-26: 7\n#### Initiative: Rebuild the checklist\n`;
}

describe('a well-written plan', () => {
  it('gets no key-result or initiative finding (the dialect’s whole example)', () => {
    const team = `---
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
`;
    const company = `---\nperiod: 2026-Q1\n---\n${MISSION}## Objective O1: Owners make decisions with confidence\n### KR1.2: Raise accepted-suggestion rate from 18% to 35%\nIndicator: leading\nCheck-ins:\n- 2026-01-30: 21%\n`;
    expect(keys(analyze({ 'teams/onboarding.okr.md': team, 'company/2026-Q1.okr.md': company }))).toEqual([]);
  });

  it.each([
    ['Reduce time-to-first-value from 10 days to 5 days', []],
    ['Raise accepted-suggestion rate from 18% to 35%', []],
    ['Cut "undo" within 10 s of accepting from 22% to 10%', []],
    ['Keep at least 50 active bookkeepers', []],
    ['Keep response time under two hours', []],
    ['Reduce response time to under two hours', ['OKR404']],
    ['Sign 3 design partners', []],
    ['Launch a new onboarding flow', ['OKR402']],
    ['Publish 12 blog posts', ['OKR403']],
    ['Improve the onboarding experience', ['OKR401']],
    ['Build trust with bookkeepers', ['OKR401']],
    ['Reduce time-to-first-value to 5 days', ['OKR404']],
    ['Raise weekly active owners by 20%', ['OKR404']],
    ['Keep response time from 4 hours to 4 hours', ['OKR407']],
    ['Grow referral revenue from $40k to $90k', ['OKR405']],
  ])('%j → %j', (title, expected) => {
    expect(codes(analyze({ 'plan.okr.md': planWithKr(title) }))).toEqual(expected);
  });
});

describe('kr-not-measurable and kr-is-task', () => {
  it('gives a task one diagnostic, kr-is-task, on the KR line', () => {
    const findings = analyze({ 'plan.okr.md': planWithKr('Launch a new onboarding flow') });
    expect(findings.map((f) => [f.code, f.range.start.line, f.message])).toEqual([
      ['OKR402', 5, 'This key result is a task (“Launch…”) with no number to reach; measure the outcome it should cause and make the task an initiative.'],
    ]);
  });

  it('says a count of one, or a deadline in figures, is no level to reach', () => {
    const single = analyze({ 'plan.okr.md': planWithKr('Deploy the DAO contracts to 1 production chain') });
    expect(single.map((f) => [f.code, f.message])).toEqual([
      ['OKR402', 'This key result is a task (“Deploy…”) of one thing to deliver, with no level to reach; measure the outcome it should cause and make the task an initiative.'],
    ]);
    expect(codes(analyze({ 'plan.okr.md': planWithKr('Launch first iteration MVP within 1 month') }))).toEqual(['OKR402']);
    expect(codes(analyze({ 'plan.okr.md': planWithKr('Fix all new P1 bugs within 2 releases') }))).toEqual([]);
  });

  it('leaves key results of a learning objective unmeasured, but still calls a deliverable a task', () => {
    const plan = `${MISSION}## Objective O1: Find out what bookkeepers need\nType: Learning\n### KR1.1: Find out how bookkeepers close the month\n### KR1.2: Interview 20 bookkeepers about month-end close\n### KR1.3: Launch a pricing page\n`;
    expect(keys(analyze({ 'plan.okr.md': plan })).filter((k) => !k.endsWith('OKR501'))).toEqual(['6 OKR402']);
  });

  it('counts a Target field as a number to reach', () => {
    expect(codes(analyze({ 'plan.okr.md': planWithKr('Owners rate the monthly report highly', 'Target: 4.5\nBaseline: 3.9\n') }))).toEqual([]);
  });

  it('reads the deliverable verbs from the lexicon, which config extends', () => {
    const lexicon = extendLexicon(DEFAULT_LEXICON, { deliverableVerbs: { add: ['spike'], remove: ['launch'] } });
    expect(codes(analyze({ 'plan.okr.md': planWithKr('Spike a bank-sync cache') }, { config: { lexicon } }))).toEqual(['OKR402']);
    expect(codes(analyze({ 'plan.okr.md': planWithKr('Launch a new onboarding flow') }, { config: { lexicon } }))).toEqual(['OKR401']);
  });
});

describe('one list of task verbs', () => {
  const objectivePlan = (title: string) => `${MISSION}## Objective O1: ${title}\n### KR1.1: Raise weekly active owners from 10 to 20\n`;
  const objectiveTask = (plans: Record<string, string>, config: Partial<ResolvedConfig>) => {
    const { findings } = analyzePlans(new Map(Object.entries(plans).map(([name, text]) => [`/ws/${name}`, text])), { roots: ['/ws'], today: '2026-02-02', configFor: () => ({ ...defaultConfig(), ...config }) });
    return findings.filter((f) => f.code === 'OKR302' || f.code === 'OKR402').map((f) => f.code);
  };

  it('is read by objective-is-task and kr-is-task alike, whichever name config extends it under', () => {
    expect(DEFAULT_LEXICON.deliverableVerbs).toBe(DEFAULT_LEXICON.taskVerbs);
    for (const name of ['taskVerbs', 'deliverableVerbs'] as const) {
      const lexicon = extendLexicon(DEFAULT_LEXICON, { [name]: { add: ['Spike'], remove: ['launch'] } });
      expect(lexicon.taskVerbs).toBe(lexicon.deliverableVerbs);
      expect(objectiveTask({ 'a.okr.md': objectivePlan('Spike the new ledger') }, { lexicon })).toEqual(['OKR302']);
      expect(objectiveTask({ 'a.okr.md': planWithKr('Spike the new ledger') }, { lexicon })).toEqual(['OKR402']);
      expect(objectiveTask({ 'a.okr.md': objectivePlan('Launch the new ledger') }, { lexicon })).toEqual([]);
    }
  });

  it('reads a verb of bettering the config lists as a task verb, whatever it betters', () => {
    const lexicon = extendLexicon(DEFAULT_LEXICON, { taskVerbs: { add: ['optimize'] } });
    expect(objectiveTask({ 'a.okr.md': objectivePlan('Optimize the checkout funnel') }, { lexicon })).toEqual(['OKR302']);
    expect(objectiveTask({ 'a.okr.md': objectivePlan('Optimize the checkout funnel') }, {})).toEqual([]);
    // A work product bettered is a task with the default list too.
    expect(objectiveTask({ 'a.okr.md': objectivePlan('Optimize the repository functionality') }, {})).toEqual(['OKR302']);
  });

  it('takes the verbs the issue names for both kinds of node', () => {
    for (const verb of ['execute', 'define', 'prepare', 'evaluate', 'open', 'start', 'hire']) expect(DEFAULT_LEXICON.taskVerbs).toContain(verb);
  });
});

describe('kr-measures-activity', () => {
  it('names the activity and its count', () => {
    const [finding] = analyze({ 'plan.okr.md': planWithKr('Make 200 sales calls') });
    expect(finding?.message).toBe('This key result counts activity (“Make 200 …”); measure what the activity should change and keep the activity as an initiative.');
  });

  it('reads the activity verbs from the lexicon', () => {
    const lexicon = extendLexicon(DEFAULT_LEXICON, { activityVerbs: { add: ['tweet'], remove: ['publish'] } });
    expect(codes(analyze({ 'plan.okr.md': planWithKr('Tweet 40 times a week') }, { config: { lexicon } }))).toEqual(['OKR403']);
    expect(codes(analyze({ 'plan.okr.md': planWithKr('Publish 12 recipes') }, { config: { lexicon } }))).toEqual([]);
  });
});

describe('kr-missing-baseline', () => {
  it.each([
    ['Reduce time-to-first-value to 5 days', '', 'the target `5 days` has no starting point'],
    ['Raise weekly active owners by 20%', '', 'the relative target `20%` cannot be computed without a starting point'],
    ['Hit 99.9% uptime', '', 'the level `99.9%` has no starting point'],
    ['Owners rate the monthly report highly', 'Target: 4.5\n', 'the target `4.5` has no starting point'],
  ])('%j says why', (title, extra, why) => {
    const findings = analyze({ 'plan.okr.md': planWithKr(title, extra) }).filter((f) => f.code === 'OKR404');
    expect(findings.map((f) => f.message)).toEqual([`This key result has no baseline: ${why}; write "from X to Y" or add \`Baseline:\`.`]);
  });
});

describe('all-key-results-lagging', () => {
  const objective = `${MISSION}## Objective O1: Bookkeepers recommend us\n### KR1.1: Grow referral revenue from $40k to $90k\n### KR1.2: Raise bookkeeper NPS from 21 to 40\nIndicator: lagging\n`;

  it('points at the objective and names each lagging key result', () => {
    const [finding, ...rest] = analyze({ 'plan.okr.md': objective }).filter((f) => f.code === 'OKR405');
    expect(rest).toEqual([]);
    expect(finding!.range.start.line).toBe(1);
    expect(finding!.message).toBe('All 2 key results of this objective are lagging; add a leading one the team can see move during the period.');
    expect(finding!.related?.map((r) => [r.file, r.range.start.line, r.message])).toEqual([
      ['/ws/plan.okr.md', 2, '`KR1.1` is lagging: measures revenue.'],
      ['/ws/plan.okr.md', 3, '`KR1.2` is lagging: `Indicator: lagging`.'],
    ]);
  });

  it('is cleared by a leading key result in another plan that names the objective as its parent', () => {
    const team = '## Objective O1: Bookkeepers invite peers\n### KR1.1: Raise bookkeepers who invite a peer from 5% to 15%\nParent: plan.okr.md#O1\nIndicator: leading\n';
    expect(analyze({ 'plan.okr.md': objective, 'team.okr.md': team }).filter((f) => f.code === 'OKR405')).toEqual([]);
  });

  it('reads the lagging metrics from the lexicon', () => {
    const lexicon = extendLexicon(DEFAULT_LEXICON, { laggingMetrics: { add: ['signups'] } });
    const plan = `${MISSION}## Objective O1: More owners try us\n### KR1.1: Raise signups from 300 to 600 a month\n`;
    expect(analyze({ 'plan.okr.md': plan }).filter((f) => f.code === 'OKR405')).toEqual([]);
    expect(analyze({ 'plan.okr.md': plan }, { config: { lexicon } }).filter((f) => f.code === 'OKR405')).toHaveLength(1);
  });
});

describe('stale-check-in', () => {
  const kr = (checkIns: string[]) => `### KR1.1: Cut reconciliation errors from 4% to 1%\n${checkIns.length ? `Check-ins:\n${checkIns.map((c) => `- ${c}: 3%\n`).join('')}` : ''}`;
  const plan = (period: string, checkIns: string[]) => `---\nperiod: ${period}\n---\n## Objective O1: Owners trust the numbers\n${kr(checkIns)}`;

  it('reports a check-in older than checkInMaxAgeDays, with its age', () => {
    const findings = analyze({ 'plan.okr.md': plan('2026-Q1', ['2026-01-05', '2026-01-20']) }, { today: '2026-02-10' });
    expect(findings.map((f) => [f.code, f.range.start.line, f.message])).toContainEqual([
      'OKR406',
      4,
      'The latest check-in is 21 days old (2026-01-20); check in at least every 14 days.',
    ]);
  });

  it('follows the configured cadence', () => {
    const text = plan('2026-Q1', ['2026-01-25']);
    expect(analyze({ 'plan.okr.md': text }, { today: '2026-02-02' }).filter((f) => f.code === 'OKR406')).toEqual([]);
    expect(analyze({ 'plan.okr.md': text }, { today: '2026-02-02', config: { checkInMaxAgeDays: 7 } }).filter((f) => f.code === 'OKR406')).toHaveLength(1);
  });

  it('gives a key result with no check-in the period’s first checkInMaxAgeDays days', () => {
    const text = plan('2026-01-05..2026-03-27', []);
    expect(analyze({ 'plan.okr.md': text }, { today: '2026-01-19' }).filter((f) => f.code === 'OKR406')).toEqual([]);
    const [late] = analyze({ 'plan.okr.md': text }, { today: '2026-01-20' }).filter((f) => f.code === 'OKR406');
    expect(late?.message).toBe('This key result has no check-in 15 days into the period (since 2026-01-05); add `Check-ins:` with a dated value at least every 14 days.');
  });

  it('stays quiet outside the period, and without a readable one', () => {
    for (const period of ['2025-Q4', '2026-Q2', 'someday']) {
      expect(analyze({ 'plan.okr.md': plan(period, []) }, { today: '2026-02-10' }).filter((f) => f.code === 'OKR406')).toEqual([]);
    }
  });

  it('takes the period of the nearest parent plan that names one', () => {
    const company = `---\nperiod: 2026-Q1\n---\n${MISSION}`;
    const area = '---\nparent: company.okr.md\n---\n## Objective O1: Area\n';
    const team = `---\nparent: area.okr.md\n---\n## Objective O1: Owners trust the numbers\n${kr([])}`;
    const findings = analyze({ 'company.okr.md': company, 'area.okr.md': area, 'team.okr.md': team }, { today: '2026-02-10' });
    expect(findings.filter((f) => f.code === 'OKR406').map((f) => f.file)).toEqual(['/ws/team.okr.md']);
  });
});

describe('kr-progress-regressing', () => {
  it('names both check-ins and the target', () => {
    const extra = 'Check-ins:\n- 2026-01-20: 24\n- 2026-01-31: 23\n';
    const text = `${MISSION}## Objective O1: Bookkeepers recommend us\n### KR1.1: Raise bookkeeper NPS from 21 to 40\n${extra}`;
    const [finding] = analyze({ 'plan.okr.md': text }).filter((f) => f.code === 'OKR408');
    expect(finding?.message).toBe('The latest check-in moves away from the target `40`: `24` on 2026-01-20, then `23` on 2026-01-31.');
  });

  it('reads the direction from the title when there is no target', () => {
    const text = `${MISSION}## Objective O1: Owners stay\n### KR1.1: Reduce monthly churn\nCheck-ins:\n- 2026-01-12: 3%\n- 2026-01-26: 3.4%\n`;
    const [finding] = analyze({ 'plan.okr.md': text }).filter((f) => f.code === 'OKR408');
    expect(finding?.message).toBe('The latest check-in goes up while the key result aims down: `3%` on 2026-01-12, then `3.4%` on 2026-01-26.');
  });
});

describe('kr-without-initiatives', () => {
  it('counts initiatives and cascaded objectives in any plan, not a KR that wrongly names it as parent', () => {
    const company = `${MISSION}## Objective O1: Owners stay\n### KR1.1: Cut errors from 4% to 1%\n### KR1.2: Raise activation from 20% to 30%\n### KR1.3: Raise NPS from 21 to 40\n`;
    const team = [
      '---\nparent: company.okr.md\n---',
      '## Objective O1: Activation',
      'Parent: company.okr.md#KR1.2',
      '### KR1.1: Raise checklist completion from 40% to 60%',
      '#### Initiative: Shorter tour',
      '### KR1.2: Raise bank connections from 30% to 50%',
      'Parent: company.okr.md#KR1.3',
      '#### Initiative: Nightly reconciliation',
      'Parent: company.okr.md#KR1.1',
    ].join('\n');
    const findings = analyze({ 'company.okr.md': company, 'team.okr.md': team }).filter((f) => f.code === 'OKR501');
    expect(findings.map((f) => `${f.file} ${f.range.start.line + 1}`)).toEqual(['/ws/company.okr.md 5', '/ws/team.okr.md 8']);
  });

  it('says so when every initiative is dropped', () => {
    const text = `${MISSION}## Objective O1: Owners stay\n### KR1.1: Cut errors from 4% to 1%\n#### Initiative: Retry syncs\nStatus: dropped\n`;
    expect(analyze({ 'plan.okr.md': text }).map((f) => [f.code, f.message])).toEqual([
      ['OKR501', 'Every initiative of this key result is dropped; name the work that will move it now.'],
    ]);
  });
});

describe('initiative-past-due', () => {
  const text = `${MISSION}## Objective O1: Owners stay\n### KR1.1: Cut errors from 4% to 1%\n#### Initiative: Nightly reconciliation\nStatus: in progress\n  Due: 2026-01-30\n`;

  it('points at the Due line', () => {
    const [finding] = analyze({ 'plan.okr.md': text });
    expect(finding?.code).toBe('OKR502');
    expect(finding?.range.start.line).toBe(5);
    expect(finding?.message).toBe('This initiative was due 2026-01-30 and is still `in progress`; update its `Status` or `Due`.');
  });

  it('uses the injected today', () => {
    expect(analyze({ 'plan.okr.md': text }, { today: '2026-01-30' })).toEqual([]);
    expect(analyze({ 'plan.okr.md': text }, { today: '2026-01-31' }).map((f) => f.code)).toEqual(['OKR502']);
  });
});

describe('robustness', () => {
  it('never throws on odd key results', () => {
    const text = [
      '---\nperiod: 2026-Q1\n---',
      '### KR: ',
      '### KR9.9: 🚀',
      'Target: lots',
      'Baseline: ???',
      'Check-ins:',
      '- soon: 5',
      '- 2026-01-10: ',
      '- 2026-01-11: -',
      '- KR: Raise from to',
      '  - Parent: nowhere.okr.md#KR1',
      '#### Initiative: Orphan',
      'Due: 2026-13-45',
      'Status:',
      '## Objective O1: Loops',
      'Parent: O1',
      '### KR1.1: Raise NPS from 21 to 40',
      'Indicator: sideways',
    ].join('\n');
    expect(() => analyze({ 'plan.okr.md': text }, { today: '2026-02-10' })).not.toThrow();
  });
});

describe('fixtures', () => {
  const root = join(__dirname, 'fixtures', 'rules');
  const entries = OURS.flatMap((rule) => readdirSync(join(root, rule.name)).map((entry) => [rule, entry] as const));

  it.each(entries.map(([rule, entry]) => [`${rule.name}/${entry}`, rule] as const))('%s: messages and ranges', (path, rule) => {
    const findings = runFixture(loadFixture(join(root, path))).filter((f) => f.code === rule.code);
    expect(
      findings.map((f) => `${f.file.replace('/ws/', '')}:${f.range.start.line + 1}:${f.range.start.character + 1}-${f.range.end.line + 1}:${f.range.end.character + 1} ${f.message}`),
    ).toMatchSnapshot();
  });
});

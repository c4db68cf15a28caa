// Makes realistic plans for benchmarks and soak tests: headings and compact forms,
// prose, tables, links, emoji and CJK, team plans cascading into company plans.
// Deterministic for a seed.

/** A small deterministic PRNG (mulberry32). */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const OUTCOMES = [
  'New owners trust the numbers they see', 'Teams plan their week without spreadsheets', 'Bookkeepers choose us for their clients',
  'Support answers feel personal and fast', 'Owners understand cash flow at a glance', '小企业主 trust their monthly report 📈',
];
const METRICS = [
  ['Reduce time-to-first-value', 'days', 10, 5], ['Raise weekly active owners', 'k', 12, 18], ['Cut reconciliation errors', '%', 4, 1],
  ['Raise checklist completion', '%', 40, 60], ['Reduce support tickets per client', '', 1.4, 0.5], ['Grow referred signups 🚀', '%', 8, 15],
] as const;
const WORK = ['Rebuild the onboarding checklist', 'Retry bank sync with backoff', 'Bulk import from a spreadsheet', '自动分类 transactions from corrections', 'Alert owners when a connection expires'];
const PROSE = [
  'This quarter we focus on the first week: owners who get a clear picture early stay, the others drift away.',
  'See the [research notes](https://example.com/research) and the 📊 dashboard for the numbers behind this bet.',
  '我们的目标是让每一位新用户在第一周内理解现金流。 Context matters more than volume here.',
];

function pick<T>(rnd: () => number, items: readonly T[]): T {
  return items[Math.floor(rnd() * items.length)]!;
}

function quantity(value: number, unit: string): string {
  return unit === '%' ? `${value}%` : unit === 'k' ? `${value}k` : unit ? `${value} ${unit}` : `${value}`;
}

export interface PlanOptions {
  seed: number;
  /** Approximate number of lines. */
  lines: number;
  /** Front-matter parent path and the company KR ids objectives may cascade from. */
  parent?: { path: string; krIds: string[] };
  period?: string;
}

/** One plan of about `lines` lines, alternating heading and compact objectives. */
export function generatePlan(options: PlanOptions): string {
  const rnd = random(options.seed);
  const out: string[] = ['---', `period: ${options.period ?? '2026-Q1'}`, `team: Team ${options.seed}`, `owner: "@lead${options.seed}"`];
  if (options.parent) out.push(`parent: ${options.parent.path}`);
  out.push('---', '');
  if (!options.parent) {
    out.push('# Mission: Help first-time business owners understand their cash flow with confidence', 'Serves: first-time business owners', 'Refuses: dark patterns that trade trust for conversion', '');
  }
  for (let o = 1; out.length < options.lines; o++) {
    const compact = o % 2 === 0;
    out.push(`## Objective O${o}: ${pick(rnd, OUTCOMES)} (team ${options.seed}, bet ${o})`, `Owner: @owner${o}`, 'Type: committed', `Tradeoff: item ${o} waits until next quarter`);
    if (options.parent?.krIds.length) out.push(`Parent: ${options.parent.path}#${pick(rnd, options.parent.krIds)}`);
    out.push('', pick(rnd, PROSE), '');
    if (o % 3 === 0) out.push('| week | note |', '|---|---|', '| 1 | kickoff 🎉 |', '| 2 | 进展顺利 |', '');
    for (let k = 1; k <= 3; k++) {
      const [verb, unit, from, to] = pick(rnd, METRICS);
      const title = `${verb} from ${quantity(from, unit)} to ${quantity(to, unit)}`;
      const check = (day: number, v: number): string => `2026-01-${String(day).padStart(2, '0')}: ${quantity(v, unit)}`;
      if (compact) {
        out.push(`- KR${o}.${k}: ${title}`, `  - Owner: @kr${o}${k}`, '  - Indicator: leading', '  - Check-ins:', `    - ${check(12, from)}`, `    - ${check(26, (from + to) / 2)}`);
        out.push(`  - Initiative: ${pick(rnd, WORK)}`, '    - Owner: @dev', '    - Status: in progress');
      } else {
        out.push(`### KR${o}.${k}: ${title}`, `Owner: @kr${o}${k}`, 'Indicator: leading', 'Check-ins:', `- ${check(12, from)}`, `- ${check(26, (from + to) / 2)}`, '');
        out.push(`#### Initiative: ${pick(rnd, WORK)}`, 'Owner: @dev', 'Status: in progress', '', pick(rnd, PROSE), '');
      }
    }
    out.push('');
  }
  return `${out.join('\n')}\n`;
}

/** A workspace: `companies` company plans and `teams` team plans of ~`lines` lines cascading into them. */
export function generateWorkspace(teams: number, lines = 200, companies = 4): Map<string, string> {
  const files = new Map<string, string>();
  const krIds = ['KR1.1', 'KR1.2', 'KR1.3', 'KR2.1', 'KR2.2'];
  for (let c = 0; c < companies; c++) files.set(`company/unit-${c}.okr.md`, generatePlan({ seed: 1000 + c, lines }));
  for (let t = 0; t < teams; t++) {
    const parent = { path: `../../company/unit-${t % companies}.okr.md`, krIds };
    files.set(`teams/group-${Math.floor(t / 100)}/team-${t}.okr.md`, generatePlan({ seed: t, lines, parent }));
  }
  return files;
}

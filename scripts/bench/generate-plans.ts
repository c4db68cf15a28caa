// Makes realistic plans for benchmarks and soak tests: headings and compact forms,
// prose, tables, links, emoji and CJK, team plans cascading into company plans.
// Deterministic for a seed.
import { posix } from 'node:path';

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

/** The ids a generated plan declares: its objectives (`O1`) and key results (`KR1.2`). */
export function planIds(text: string): { objectives: string[]; keyResults: string[] } {
  return {
    objectives: [...text.matchAll(/^## Objective (O\d+):/gm)].map((m) => m[1]!),
    keyResults: [...text.matchAll(/^(?:### |- )(KR\d+\.\d+):/gm)].map((m) => m[1]!),
  };
}

const FLAWED_KRS = ['Launch the new billing page', 'Improve the onboarding experience', 'Work on customer happiness', 'Run ten customer interviews'];

/** The objective text the plans of `CoupledOptions.shared` all carry (the `duplicate-objective` situation). */
export const SHARED_OBJECTIVE = 'Every owner closes the month in one afternoon';

export interface CoupledOptions {
  seed: number;
  /** Number of team plans. */
  teams: number;
  /** Folder every path goes under (one organisation of a bigger workspace), e.g. `org-3/`. */
  prefix?: string;
  /** Team plans name the company plan (front matter `parent`, `Parent:` on every objective); default true. */
  cascade?: boolean;
  /** Number of team plans whose first objective is worded `SHARED_OBJECTIVE`. */
  shared?: number;
}

export interface CoupledWorkspace {
  /** Workspace-relative path → text. */
  files: Map<string, string>;
  company: string;
  teams: string[];
  /** The team plans carrying the shared objective. */
  shared: string[];
}

/**
 * An organisation as the coupled benchmarks need it: one company plan (~600 lines) and
 * `teams` team plans of varied sizes (40–840 lines, most small) in folders nested one to
 * three deep. With `cascade`, every team plan names the company plan in its front matter and
 * each objective names a company key result, or (one plan in five) a company objective.
 * Deterministic for a seed.
 */
export function generateCoupledWorkspace(options: CoupledOptions): CoupledWorkspace {
  const rnd = random(options.seed);
  const prefix = options.prefix ?? '';
  const cascade = options.cascade ?? true;
  const company = `${prefix}company/2026-Q1.okr.md`;
  const companyText = generatePlan({ seed: 900_000 + options.seed, lines: 600 });
  const ids = planIds(companyText);
  const files = new Map<string, string>([[company, companyText]]);
  const teams: string[] = [];
  const shared: string[] = [];
  const sharedEvery = options.shared ? Math.max(1, Math.floor(options.teams / options.shared)) : 0;
  for (let t = 0; t < options.teams; t++) {
    let folder = `${prefix}teams/division-${t % 7}`;
    if (rnd() < 0.6) folder += `/group-${Math.floor(rnd() * 12)}`;
    if (rnd() < 0.25) folder += `/squad-${Math.floor(rnd() * 4)}`;
    const file = `${folder}/team-${t}.okr.md`;
    const lines = 40 + Math.floor(rnd() ** 2 * 800);
    let parent: PlanOptions['parent'];
    if (cascade) {
      const path = posix.relative(folder, company);
      // One plan in five cascades objective → objective; the others pick three to five company key results.
      const krIds = rnd() < 0.2 ? ids.objectives : ids.keyResults.filter(() => rnd() < 0.15).slice(0, 5);
      parent = { path, krIds: krIds.length ? krIds : [ids.keyResults[t % ids.keyResults.length]!] };
    }
    let text = generatePlan({ seed: options.seed * 100_000 + t + 1, lines, ...(parent ? { parent } : {}) });
    // Real plans carry findings (a few per plan): some key results are tasks or have no number, some lack an owner.
    text = text.replace(/^((?:### |- )KR\d+\.\d+: ).*$/gm, (line, head: string) => (rnd() < 0.25 ? `${head}${pick(rnd, FLAWED_KRS)}` : line));
    text = text.replace(/^(  - )?Owner: @kr\d+\n/gm, (line) => (rnd() < 0.1 ? '' : line));
    if (sharedEvery && t % sharedEvery === 0 && shared.length < options.shared!) {
      text = text.replace(/^## Objective O1: .*$/m, `## Objective O1: ${SHARED_OBJECTIVE}`);
      shared.push(file);
    }
    files.set(file, text);
    teams.push(file);
  }
  return { files, company, teams, shared };
}

/** The day `days` after 2026-01-05 (a Monday), as written in a check-in. */
function weekday(days: number): string {
  return new Date(Date.UTC(2026, 0, 5 + days)).toISOString().slice(0, 10);
}

/** One plan of the deep workspace: few objectives, long check-in histories, many initiatives. */
function deepPlan(rnd: () => number, name: string, parent: { path: string; krIds: string[] } | undefined): { text: string; krIds: string[] } {
  const out = ['---', 'period: 2026-Q1', `team: ${name}`, `owner: "@${name.toLowerCase().replace(/\W+/g, '-')}"`];
  if (parent) out.push(`parent: ${parent.path}`);
  out.push('---', '');
  if (!parent) out.push('# Mission: Help first-time business owners understand their cash flow with confidence', 'Serves: first-time business owners', 'Refuses: dark patterns', '');
  const krIds: string[] = [];
  for (let o = 1; o <= 3; o++) {
    out.push(`## Objective O${o}: ${pick(rnd, OUTCOMES)} (${name}, bet ${o})`, `Owner: @owner${o}`, `Type: ${o === 3 ? 'aspirational' : 'committed'}`, 'Tradeoff: the rest waits');
    if (parent) out.push(`Parent: ${parent.path}#${pick(rnd, parent.krIds)}`);
    out.push('');
    for (let k = 1; k <= 3; k++) {
      const [verb, unit, from, to] = pick(rnd, METRICS);
      krIds.push(`KR${o}.${k}`);
      out.push(`### KR${o}.${k}: ${verb} from ${quantity(from, unit)} to ${quantity(to, unit)}`);
      // One key result in ten has no owner; the rest of the findings come from the check-ins and the initiatives.
      if (rnd() >= 0.1) out.push(`Owner: @kr${o}${k}`);
      out.push('Indicator: leading', 'Check-ins:');
      // Weekly; one key result in eight stopped checking in a month ago, one in six moves away from its target at the end.
      const weeks = rnd() < 0.125 ? 8 : 12;
      const away = rnd() < 1 / 6;
      for (let w = 0; w < weeks; w++) {
        const share = away && w === weeks - 1 ? (w - 2) / 12 : w / 12;
        const value = Math.round((from + (to - from) * share) * 100) / 100;
        out.push(`- ${weekday(7 * w)}: ${quantity(value, unit)}, confidence ${(0.5 + rnd() * 0.4).toFixed(1)}`);
      }
      out.push('');
      for (let i = 1; i <= 5; i++) {
        const status = pick(rnd, ['in progress', 'in progress', 'done', 'done', 'blocked', 'not started']);
        // Due from mid-March to the summer: at the end of March one in twelve or so is past due.
        out.push(`#### Initiative: ${pick(rnd, WORK)} (${i})`, 'Owner: @dev', `Status: ${status}`, `Due: ${weekday(70 + Math.floor(rnd() * 100))}`, '');
      }
    }
  }
  return { text: `${out.join('\n')}\n`, krIds };
}

/**
 * A workspace shaped unlike `generateWorkspace`: a cascade four plans deep (company → 8
 * divisions → 64 groups → teams), each plan three objectives of three key results with twelve
 * weekly check-ins (with confidence) and five initiatives each (due dates from mid-March on,
 * statuses mixed), so the review lists fill up. About 350 lines and 57 nodes a plan; `plans`
 * counts every plan. For `--today 2026-03-30`. Deterministic.
 */
export function generateDeepWorkspace(plans: number, seed = 7): Map<string, string> {
  const rnd = random(seed);
  const files = new Map<string, string>();
  const levels: { folder: string; count: number }[] = [
    { folder: 'company', count: 1 },
    { folder: 'divisions', count: 8 },
    { folder: 'groups', count: 64 },
    { folder: 'teams', count: Math.max(0, plans - 73) },
  ];
  let above: { file: string; krIds: string[] }[] = [];
  for (const { folder, count } of levels) {
    const level: { file: string; krIds: string[] }[] = [];
    for (let i = 0; i < count; i++) {
      const parent = above.length ? above[i % above.length]! : undefined;
      const file = `${folder}/${folder === 'company' ? 'company' : `${folder.slice(0, -1)}-${i}`}.okr.md`;
      const plan = deepPlan(rnd, folder === 'company' ? 'Company' : `${folder.slice(0, -1)} ${i}`, parent && { path: posix.relative(folder, parent.file), krIds: parent.krIds });
      files.set(file, plan.text);
      level.push({ file, krIds: plan.krIds });
    }
    above = level;
  }
  return files;
}

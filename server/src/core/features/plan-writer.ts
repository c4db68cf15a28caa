import { posix } from 'node:path';
import type { WorkspaceGraph } from '../graph';
import { fieldOf, type Plan, type PlanNode } from '../model';
import { readStatus, type WorkStatus } from '../fields';
import { LineIndex } from '../parse/positions';
import { addDays, daysBetween, parsePeriod, writtenPeriodOf, type Period } from '../period';
import type { FeatureContext } from './context';

/**
 * Plans written for the writer: a new plan's skeleton ("Throughline: New Plan") and the next
 * period's plan from an open one ("Start Next Quarter's Plan"). Pure text in, text out; the
 * editor asks the questions and writes the file.
 */

/** What "New Plan" asks. */
export interface NewPlanOptions {
  /** The team (or company) the plan is for, e.g. `Payments`. */
  team: string;
  /** Its period, e.g. `2026-Q2` (see `parsePeriod`). */
  period: string;
  /** The plan's owner as a handle; `@you` when not given. */
  owner?: string;
  /** The plan this one cascades from, relative to the new plan's folder (`../company/2026-Q2.okr.md`). */
  parentPath?: string;
  /** A key result (or objective) of the parent plan that the first objective moves, e.g. `KR1.2`. */
  parentId?: string;
}

const handle = (owner: string | undefined): string => {
  const name = owner?.trim();
  if (!name) return '@you';
  return name.startsWith('@') ? name : /^\S+$/.test(name) ? `@${name}` : name;
};

/** Front matter values are written as YAML strings where they need quoting (`@` cannot start a plain scalar). */
const yamlValue = (value: string): string => (/^[\w./ -]+$/.test(value) && !/^\s|\s$/.test(value) && !/^\d+$/.test(value) ? value : JSON.stringify(value));

/**
 * A new plan that is valid as written (no error findings) and shows what a strong objective
 * (an outcome for people, with a tradeoff) and a strong key result (a number, from baseline to
 * target, with an owner) look like. Comments say what to replace; they do not render.
 */
export function newPlanText(options: NewPlanOptions): string {
  const owner = handle(options.owner);
  const team = options.team.trim() || 'My team';
  const front = ['---', `period: ${yamlValue(options.period.trim())}`, `team: ${yamlValue(team)}`, `owner: ${JSON.stringify(owner)}`];
  if (options.parentPath) front.push(`parent: ${yamlValue(options.parentPath)}`);
  front.push('---', '');
  const mission = options.parentPath
    ? []
    : [
        `# Mission: Help the people ${team} serves reach what they came for, with confidence`,
        `Owner: ${owner}`,
        'Serves: the people who use what this team builds',
        'Refuses: shortcuts that trade their trust for our numbers',
        '',
      ];
  const parent = options.parentPath && options.parentId ? [`Parent: ${options.parentPath}#${options.parentId}`] : [];
  return [
    ...front,
    ...mission,
    '<!-- A strong objective names a change for people, not a task: who is better off, and how. -->',
    '## Objective O1: New customers see value in their first week',
    `Owner: ${owner}`,
    'Type: committed',
    ...parent,
    'Tradeoff: what waits this quarter so this objective can win',
    '',
    '<!-- A strong key result is a number that moves, from baseline to target, with one owner. -->',
    '### KR1.1: Reduce time-to-first-value from 10 days to 5 days',
    `Owner: ${owner}`,
    'Indicator: leading',
    'Check-ins:',
    '',
    '<!-- Initiatives are the work you bet will move the number. -->',
    '#### Initiative: Rebuild the first-run checklist around the first success',
    `Owner: ${owner}`,
    'Status: not started',
    '',
    '<!-- Pair a leading key result (it moves this week) with a lagging one (it proves the change). -->',
    '### KR1.2: Raise customers who finish setup in their first week from 40% to 60%',
    `Owner: ${owner}`,
    'Indicator: lagging',
    'Check-ins:',
    '',
    '#### Initiative: Call every customer who stalls on day two',
    `Owner: ${owner}`,
    'Status: not started',
    '',
  ].join('\n');
}

/** The period after this one, in the same form: `2026-Q4` → `2027-Q1`, `2026-H1` → `2026-H2`, `2026` → `2027`; a range of days → the next range of the same length. */
export function nextPeriod(text: string): string | undefined {
  const t = text.trim();
  let m = /^(\d{4})-?Q([1-4])$/i.exec(t);
  if (m) return m[2] === '4' ? `${Number(m[1]) + 1}-Q1` : `${m[1]}-Q${Number(m[2]) + 1}`;
  m = /^(\d{4})-?H([12])$/i.exec(t);
  if (m) return m[2] === '2' ? `${Number(m[1]) + 1}-H1` : `${m[1]}-H2`;
  m = /^(\d{4})$/.exec(t);
  if (m) return String(Number(m[1]) + 1);
  const period = parsePeriod(t);
  if (!period) return undefined;
  const months = wholeMonths(period);
  if (months !== undefined) {
    // `2026-03-01..2026-03-31` (March), a run of quarters: the next as many whole months.
    const [year, month] = [Number(period.end.slice(0, 4)), Number(period.end.slice(5, 7))];
    const first = new Date(Date.UTC(year, month, 1));
    const last = new Date(Date.UTC(year, month + months, 0));
    return `${first.toISOString().slice(0, 10)}..${last.toISOString().slice(0, 10)}`;
  }
  const start = addDays(period.end, 1);
  return `${start}..${addDays(start, daysBetween(period.start, period.end))}`;
}

/** `Q2 2026` → `Q3 2026`, `2026 H1` → `2026 H2`, `2021` → `2022`: the next period in the words of the last; undefined for other forms. */
function restate(written: string, next: string): string | undefined {
  const m = /^(\d{4})(?:-([QH])([1-4]))?$/.exec(next);
  if (!m) return undefined;
  const [, year, part, number] = m;
  if ((written.match(/\d{4}/g) ?? []).length !== 1 || (written.match(/[QH][1-4]/gi) ?? []).length !== (part ? 1 : 0)) return undefined;
  return written.replace(/\d{4}/, year!).replace(/([QH])[1-4]/i, (_, letter: string) => `${letter}${number}`);
}

/** How many whole calendar months a period spans, from a month's first day to a month's last; undefined otherwise. */
function wholeMonths(period: Period): number | undefined {
  const [startYear, startMonth, startDay] = period.start.split('-').map(Number) as [number, number, number];
  const [endYear, endMonth] = period.end.split('-').map(Number) as [number, number];
  if (startDay !== 1 || addDays(period.end, 1).slice(8) !== '01') return undefined;
  return (endYear - startYear) * 12 + endMonth - startMonth + 1;
}

/** Where the next period's plan goes: the period in the file name replaced (`2026-Q1.okr.md` → `2026-Q2.okr.md`), else appended (`onboarding.okr.md` → `onboarding-2026-Q2.okr.md`). */
export function nextPlanPath(file: string, period: string, next: string): string {
  const dir = posix.dirname(file);
  const base = posix.basename(file);
  const written = period.trim();
  if (written && !written.includes('..') && base.toLowerCase().includes(written.toLowerCase())) {
    const at = base.toLowerCase().indexOf(written.toLowerCase());
    return posix.join(dir, base.slice(0, at) + next + base.slice(at + written.length));
  }
  const ext = /\.okr\.md$/i.test(base) ? base.slice(-'.okr.md'.length) : posix.extname(base);
  const stem = base.slice(0, base.length - ext.length);
  return posix.join(dir, `${stem}-${next.replace(/\.\./g, '_')}${ext}`);
}

/** What a period's end means for a plan on `today`: over (and since when), or still running. */
export interface PeriodState {
  period: Period;
  /** The period as written, e.g. `2026-Q1`. */
  written: string;
  over: boolean;
}

/** The plan's own period (front matter `period`, else the one its title states) against today; undefined when it has none that reads. */
export function periodState(plan: Plan, today: string): PeriodState | undefined {
  const written = plan.frontMatter?.period ?? plan.statedPeriod?.written;
  const period = parsePeriod(writtenPeriodOf(plan) ?? '');
  if (!period || written === undefined) return undefined;
  return { period, written: written.trim(), over: today > period.end };
}

/** A finished key result: its progress is 1 (score 1, or current at or past target). */
function finished(graph: WorkspaceGraph, node: PlanNode): boolean {
  const progress = graph.progressOf(node);
  return progress !== undefined && progress >= 1;
}

/** Statuses of work that is over: an initiative with one is not carried into the next plan. */
const FINISHED = new Set<WorkStatus>(['done', 'dropped']);

/** The result of `nextPlanText`: the text, and what was carried over and left behind. */
export interface NextPlan {
  text: string;
  period: string;
  /** Ids carried over, in order. */
  carried: string[];
  /** Ids left behind (finished, done or dropped, or under a node left behind). */
  left: string[];
}

/**
 * The next period's plan from `plan`: its objectives and key results that are not finished (with
 * the initiatives under them that are not done or dropped), ids kept; each key result's baseline
 * set from its latest check-in (in the title's "from X" when the title holds the baseline, else
 * a `Baseline` field) and its check-ins, `Current` and `Score` cleared. Paths in `parent` and
 * `Parent:` are rewritten for the new file's folder, and a `Parent:` naming a node left behind
 * names it in the old plan, so every link still resolves. Undefined when the plan has no period
 * to follow.
 */
export function nextPlanText(graph: WorkspaceGraph, plan: Plan, newFile: string): NextPlan | undefined {
  const parent = graph.parentPlan(plan);
  const written = writtenPeriodOf(plan) ?? (parent && writtenPeriodOf(parent));
  const next = written === undefined ? undefined : nextPeriod(written);
  if (!next) return undefined;
  const lines = new LineIndex(plan.text);
  const text = (line: number): string => lines.lineText(line);
  const oldDir = posix.dirname(plan.file);
  const newDir = posix.dirname(newFile);
  const rebase = (path: string): string => {
    const target = posix.normalize(posix.join(oldDir, path));
    const relative = posix.relative(newDir, target);
    return relative || posix.basename(target);
  };
  const oldPlanPath = rebase(posix.basename(plan.file));

  // Which nodes go: missions always; objectives and key results unless finished; initiatives unless done or dropped; never under a node left behind.
  const keep = new Set<PlanNode>();
  const left: string[] = [];
  for (const node of plan.nodes) {
    const under = node.enclosing;
    const dropped =
      (under && !keep.has(under)) ||
      (node.kind === 'kr' && finished(graph, node)) ||
      (node.kind === 'objective' && (finished(graph, node) || (node.nested.some((c) => c.kind === 'kr') && node.nested.filter((c) => c.kind === 'kr').every((kr) => finished(graph, kr))))) ||
      (node.kind === 'initiative' && FINISHED.has(readStatus(fieldOf(node, 'status')?.value ?? '') ?? 'not started'));
    if (dropped) left.push(node.id);
    else keep.add(node);
  }

  // Line edits: undefined drops a line, a string replaces it, `after` inserts lines after it.
  const replace = new Map<number, string | undefined>();
  const after = new Map<number, string[]>();
  const edit = (line: number, change: (current: string) => string): void => {
    const current = replace.get(line) ?? text(line);
    replace.set(line, change(current));
  };

  // Nodes left behind, with everything up to the next node that stays or starts another branch.
  const starts = plan.nodes.map((n) => n.range.start.line);
  const body = plan.frontMatter ? plan.frontMatter.range.end.line + 1 : 0;
  plan.nodes.forEach((node, index) => {
    if (keep.has(node)) return;
    const end = index + 1 < starts.length ? starts[index + 1]! : plan.lineCount;
    for (let line = node.range.start.line; line < end; line++) replace.set(line, undefined);
  });

  for (const node of keep) {
    // A `Parent:` keeps naming what it named: paths rebased, a node left behind named in the old plan.
    const parentField = fieldOf(node, 'parent');
    const ref = graph.parentReference(node);
    if (parentField && ref) {
      const link = graph.parentOf(node);
      const line = parentField.range.start.line;
      const { start, end } = parentField.valueRange;
      if (link.status === 'resolved' && link.node.file === plan.file && !keep.has(link.node)) {
        edit(line, (t) => `${t.slice(0, start.character)}${oldPlanPath}#${link.node.id}${t.slice(end.character)}`);
      } else if (ref.path) {
        const path = ref.path;
        edit(line, (t) => {
          const value = t.slice(start.character, end.character);
          const at = value.indexOf(path);
          return at < 0 ? t : `${t.slice(0, start.character + at)}${rebase(path)}${t.slice(start.character + at + path.length)}`;
        });
      }
    }
    if (node.kind !== 'kr') continue;
    for (const checkIn of node.checkIns) for (let line = checkIn.range.start.line; line <= checkIn.range.end.line; line++) replace.set(line, undefined);
    for (const field of node.fields) if (field.name === 'current' || field.name === 'score') replace.set(field.range.start.line, undefined);
    const latest = [...node.checkIns].filter((c) => c.validDate && c.value).sort((a, b) => a.date.localeCompare(b.date)).pop();
    if (!latest?.value) continue;
    const raw = latest.value.raw.trim();
    const baselineField = fieldOf(node, 'baseline');
    const titleBaseline = graph.krValues(node).baseline?.raw;
    const titleLine = node.titleRange.start.line;
    const titleText = text(titleLine).slice(node.titleRange.start.character, node.titleRange.end.character);
    const fromAt = titleBaseline ? titleText.search(new RegExp(`\\bfrom\\s+${titleBaseline.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`, 'i')) : -1;
    if (baselineField) {
      const { start, end } = baselineField.valueRange;
      edit(baselineField.range.start.line, (t) => `${t.slice(0, start.character)}${raw}${t.slice(end.character)}`);
    } else if (fromAt >= 0 && titleBaseline) {
      const at = node.titleRange.start.character + fromAt;
      edit(titleLine, (t) => {
        const from = t.slice(at).match(/^from\s+/i)![0];
        return `${t.slice(0, at)}${from}${raw}${t.slice(at + from.length + titleBaseline.length)}`;
      });
    } else {
      const first = node.fields[0];
      const prefix = first ? text(first.range.start.line).slice(0, first.keyRange.start.character) : node.form === 'list' ? `${' '.repeat(node.range.start.character + 2)}- ` : '';
      const anchor = first ? first.range.end.line : node.range.end.line;
      after.set(anchor, [...(after.get(anchor) ?? []), `${prefix}Baseline: ${raw}`]);
    }
  }

  // A period the title or a `Period:` line states is stated again for the next period, in the writer's words.
  const stated = plan.frontMatter?.period === undefined ? plan.statedPeriod : undefined;
  const restated = stated && restate(stated.written, next);
  if (stated && restated) edit(stated.range.start.line, (t) => `${t.slice(0, stated.range.start.character)}${restated}${t.slice(stated.range.end.character)}`);

  // The front matter: the next period, the parent rebased; the rest as written.
  const out: string[] = [];
  if (plan.frontMatter) {
    out.push('---');
    for (let line = plan.frontMatter.range.start.line + 1; line < plan.frontMatter.range.end.line; line++) {
      const t = text(line);
      if (/^period\s*:/i.test(t)) out.push(`period: ${yamlValue(next)}`);
      else if (/^parent\s*:/i.test(t) && plan.frontMatter.parent?.path) out.push(`parent: ${yamlValue(rebase(plan.frontMatter.parent.path))}`);
      else out.push(t);
    }
    if (plan.frontMatter.period === undefined) out.push(`period: ${yamlValue(next)}`);
    out.push('---');
  } else {
    out.push('---', `period: ${yamlValue(next)}`, '---', '');
  }
  for (let line = body; line < plan.lineCount; line++) {
    const value = replace.has(line) ? replace.get(line) : text(line);
    if (value !== undefined) out.push(value);
    out.push(...(after.get(line) ?? []));
  }
  // Blank lines left where sections went: at most one in a row, and the file ends with one newline.
  const squeezed = out.filter((l, i) => !(l.trim() === '' && i > 0 && out[i - 1]!.trim() === ''));
  while (squeezed.length && squeezed[squeezed.length - 1]!.trim() === '') squeezed.pop();
  return { text: `${squeezed.join('\n')}\n`, period: next, carried: plan.nodes.filter((n) => keep.has(n)).map((n) => n.id), left };
}

/** The next period's plan for the plan in `file`, where `nextPlanPath` puts it (the adapter's answer to `throughline/nextPeriodPlan`). */
export function nextPeriodPlan(ctx: FeatureContext, file: string): { uri: string; period: string; text: string; carried: string[]; left: string[] } | null {
  const plan = ctx.graph.plan(file);
  const parent = plan && ctx.graph.parentPlan(plan);
  const written = (plan && writtenPeriodOf(plan)) ?? (parent && writtenPeriodOf(parent));
  const next = written === undefined ? undefined : nextPeriod(written);
  if (!plan || written === undefined || !next) return null;
  const target = nextPlanPath(file, written, next);
  const result = nextPlanText(ctx.graph, plan, target);
  return result ? { uri: ctx.uriOf(target), period: result.period, text: result.text, carried: result.carried, left: result.left } : null;
}

import type { WorkspaceGraph } from '../graph';
import { fieldOf, lastOwnLine, type Plan, type PlanNode } from '../model';
import { parseUnitInterval } from '../parse/quantity';
import { readStatus } from '../fields';
import { daysBetween, effectivePeriod, periodsOverlap, type Period } from '../period';
import { SEVERITIES, type Finding } from '../rules/types';
import { alignmentForest } from '../features/alignment-tree';
import { sameScale } from '../rules/helpers/kr-shape';
import { buildClose, typeOf } from './close';
import type { MapFileState, ReportMemo, Reuse } from './memo';
import type { Health, KrChart, MapNode, ReportFinding, ReportModel, ReportPlan, Review, ReviewItem, SeverityCounts } from './model';

export interface ReportInput {
  graph: WorkspaceGraph;
  /** The plans in scope (absolute paths, as the graph keys them); plans read only as context are not reported. */
  files: string[];
  /** Findings of the plans in scope, plans that cannot be read included (as `OKR901` findings). */
  findings: Finding[];
  today: string;
  /** Only plans whose period (their own, else their parent plan's) overlaps this one count. */
  period?: { label: string } & Period;
  /** Add the quarter close: final scores by `Type`. */
  close?: boolean;
  /** The path to show for a file (e.g. relative to the working directory). */
  relative(file: string): string;
  /** What the last build left, to take what is unchanged from it (the language server keeps one per map). */
  memo?: ReportMemo;
}

const emptyCounts = (): SeverityCounts => ({ error: 0, warning: 0, info: 0, hint: 0 });

const HEALTH_RANK: Record<Health, number> = { unknown: 0, 'on-track': 1, 'at-risk': 2, 'off-track': 3 };
const worse = (a: Health, b: Health): Health => (HEALTH_RANK[b] > HEALTH_RANK[a] ? b : a);

/** The rules whose findings feed the review lists. */
const REVIEW_RULES: Record<string, keyof Omit<Review, 'byRule' | 'byTeam'>> = {
  'stale-check-in': 'stale',
  'kr-progress-regressing': 'regressing',
  'initiative-past-due': 'pastDue',
  'orphan-initiative': 'orphans',
  'orphan-key-result': 'orphans',
  'orphan-objective': 'orphans',
};

/** The team a plan belongs to: front matter `team`, else its file name without `.okr.md`. */
export function teamOf(plan: Plan | undefined, file: string): string {
  const team = plan?.frontMatter?.team;
  if (typeof team === 'string' && team.trim()) return team.trim();
  return (file.split('/').pop() ?? file).replace(/\.okr\.md$|\.md$/i, '');
}

/** A node's confidence: its latest dated check-in's, else its `Confidence` field. */
export function confidenceOf(node: PlanNode): number | undefined {
  let latest: PlanNode['checkIns'][number] | undefined;
  for (const c of node.checkIns) if (c.validDate && c.confidence !== undefined && (!latest || c.date >= latest.date)) latest = c;
  if (latest) return latest.confidence;
  const field = fieldOf(node, 'confidence');
  return field ? parseUnitInterval(field.value) : undefined;
}

/** A key result's check-ins against its baseline and target, over its plan's period; undefined with no dated check-in on the target's scale. */
export function krChart(graph: WorkspaceGraph, kr: PlanNode, period: Period | undefined): KrChart | undefined {
  if (!kr.checkIns.length) return undefined;
  const values = graph.krValues(kr);
  const reference = values.target ?? values.baseline;
  const unit = reference?.unit;
  const points: KrChart['points'] = [];
  let sorted = true;
  for (const c of kr.checkIns) {
    // `2 days` against a target of `1 day`: the scale counts, not the spelling of the unit.
    if (!c.validDate || !c.value || (reference && c.value.unit !== reference.unit && !sameScale(c.value, reference))) continue;
    // One shape for every point (an unset confidence stays undefined, which JSON leaves out): tens of thousands of them.
    const point: KrChart['points'][number] = { date: c.date, value: c.value.value, raw: c.value.raw, confidence: c.confidence };
    if (points.length && points[points.length - 1]!.date > c.date) sorted = false;
    points.push(point);
  }
  if (!points.length) return undefined;
  if (!sorted) points.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const first = points[0]!.date;
  const last = points[points.length - 1]!.date;
  const chart: KrChart = { points, from: period && period.start <= first ? period.start : first, to: period && period.end >= last ? period.end : last };
  if (unit) chart.unit = unit;
  if (values.baseline) {
    chart.baseline = values.baseline.value;
    chart.baselineText = values.baseline.raw;
  }
  if (values.target) {
    chart.target = values.target.value;
    chart.targetText = values.target.raw;
  }
  return chart;
}

/** How far into its period a plan is at `today`, 0–1; undefined before it starts or with no period. */
function elapsed(period: Period | undefined, today: string): number | undefined {
  if (!period || today < period.start) return undefined;
  const days = daysBetween(period.start, period.end) + 1;
  return Math.min(1, (daysBetween(period.start, today) + 1) / days);
}

/** How a node is doing (see `Health`), from what its card shows and the time gone in its period. */
function healthOf(item: MapNode, expected: number | undefined): Health {
  const { progress, confidence, findings } = item;
  const status = item.status === undefined ? undefined : readStatus(item.status);
  let health: Health = 'unknown';
  if (progress !== undefined || confidence !== undefined || status === 'done') health = 'on-track';
  if (findings.some((f) => f.severity === 'error')) health = worse(health, 'off-track');
  if (findings.some((f) => f.severity === 'warning' || f.rule === 'kr-progress-regressing') || status === 'blocked') health = worse(health, 'at-risk');
  if (confidence !== undefined) health = worse(health, confidence < 0.4 ? 'off-track' : confidence < 0.6 ? 'at-risk' : 'on-track');
  if (progress !== undefined && expected !== undefined) {
    const behind = expected - progress;
    health = worse(health, behind >= 0.4 ? 'off-track' : behind >= 0.2 ? 'at-risk' : 'on-track');
  }
  return health;
}

const mean = (values: (number | undefined)[]): number | undefined => {
  const known = values.filter((v): v is number => v !== undefined);
  return known.length ? known.reduce((a, b) => a + b, 0) / known.length : undefined;
};

/** What the report shows of a plan file on each of its nodes, worked out once per file rather than per node. */
interface PlanPlace {
  /** The path as the report shows it. */
  file: string;
  team: string;
  period: Period | undefined;
  /** How far into its period the plan is (1 at a close): progress behind it makes a node at risk. */
  expected: number | undefined;
}

/** The plans in scope: those that count for `--period`, those that cannot be read, and each file's place. */
interface Scope {
  counted: Plan[];
  countedFiles: Set<string>;
  /** Readable plans left out because their period does not overlap `--period`. */
  leftOut: number;
  unreadable: string[];
  periods: Map<string, Period | undefined>;
  place(file: string): PlanPlace;
}

function scopeOf(input: ReportInput): Scope {
  const { graph } = input;
  const plans = input.files.map((file) => graph.plan(file)).filter((p): p is Plan => Boolean(p)).sort((a, b) => a.file.localeCompare(b.file));
  const periods = new Map(plans.map((p) => [p.file, effectivePeriod(p, graph)]));
  const wanted = input.period;
  const counted = plans.filter((p) => {
    if (!wanted) return true;
    const period = periods.get(p.file);
    return Boolean(period && periodsOverlap(period, wanted));
  });
  const places = new Map<string, PlanPlace>();
  const place = (file: string): PlanPlace => {
    let found = places.get(file);
    if (!found) {
      const shown = input.relative(file);
      const period = periods.get(file);
      found = { file: shown, team: teamOf(graph.plan(file), shown), period, expected: input.close ? 1 : elapsed(period, input.today) };
      places.set(file, found);
    }
    return found;
  };
  return { counted, countedFiles: new Set(counted.map((p) => p.file)), leftOut: plans.length - counted.length, unreadable: input.files.filter((file) => !graph.plan(file)), periods, place };
}

/** The findings in scope, each placed on the node whose own lines hold it, else on its plan. */
interface PlacedFindings {
  byFile: Map<string, Finding[]>;
  byNode: Map<PlanNode, ReportFinding[]>;
  byPlan: Map<string, ReportFinding[]>;
  nodeOf: Map<Finding, PlanNode>;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function placeFindings(input: ReportInput, scope: Scope): PlacedFindings {
  const { graph } = input;
  const inScope = new Set(input.files);
  const placed: PlacedFindings = { byFile: new Map(), byNode: new Map(), byPlan: new Map(), nodeOf: new Map() };
  for (const f of input.findings) {
    if (inScope.has(f.file) && (!graph.plan(f.file) || scope.countedFiles.has(f.file))) push(placed.byFile, f.file, f);
  }
  for (const [file, findings] of placed.byFile) {
    const plan = graph.plan(file);
    // A plan's nodes are in document order.
    const nodes = plan?.nodes ?? [];
    const sorted = [...findings].sort((a, b) => a.range.start.line - b.range.start.line);
    let i = -1;
    for (const f of sorted) {
      const line = f.range.start.line;
      while (i + 1 < nodes.length && nodes[i + 1]!.line <= line) i++;
      const node = i >= 0 && line <= lastOwnLine(nodes[i]!) ? nodes[i]! : undefined;
      const item: ReportFinding = { code: f.code, rule: f.rule, severity: f.severity, message: f.message, line: line + 1 };
      if (node) {
        placed.nodeOf.set(f, node);
        push(placed.byNode, node, item);
      } else push(placed.byPlan, file, item);
    }
  }
  return placed;
}

/** One node of the map. Runs for every node of the workspace: plain assignments, no spreads. */
function mapNodeOf(graph: WorkspaceGraph, node: PlanNode, children: MapNode[], place: PlanPlace, findings: ReportFinding[]): MapNode {
  const line = node.line + 1;
  const item: MapNode = { key: `${place.file}:${line}`, kind: node.kind, id: node.id, title: node.title, file: place.file, line, team: place.team, health: 'unknown', findings, crossesPlan: false, children };

  for (const field of node.fields) {
    if (field.name !== 'owner' && field.name !== 'status' && field.name !== 'due') continue;
    const value = field.value.trim();
    if (!value) continue;
    if (field.name === 'owner') item.owner ??= value;
    else if (field.name === 'status') item.status ??= value;
    else item.due ??= value;
  }
  if (node.kind === 'kr' || node.kind === 'objective') {
    const type = typeOf(graph, node);
    if (type) item.type = type;
    const progress = graph.progressOf(node);
    if (progress !== undefined) {
      item.progress = progress;
      item.progressSource = graph.progressSource(node)!;
    }
  }
  if (node.kind === 'kr') {
    const confidence = confidenceOf(node);
    if (confidence !== undefined) item.confidence = confidence;
    const chart = krChart(graph, node, place.period);
    if (chart) item.chart = chart;
  }
  item.health = healthOf(item, place.expected);
  for (const child of children) child.crossesPlan = child.file !== place.file;
  return item;
}

/** Most nodes have no findings: they share one empty list (frozen, so a writer would fail loudly). */
const NO_FINDINGS = Object.freeze([]) as unknown as ReportFinding[];

/** What the memo compares a build with: each counted file's plan, findings and place, and the settings. */
function memoSources(input: ReportInput, scope: Scope, placed: PlacedFindings, counts: (node: PlanNode) => boolean) {
  const files = new Map<string, MapFileState>();
  for (const plan of scope.counted) {
    const { file, team, period, expected } = scope.place(plan.file);
    files.set(plan.file, { plan, findings: placed.byFile.get(plan.file) ?? [], place: `${file}|${team}|${period?.start}..${period?.end}|${expected}` });
  }
  const settings = `${input.today}|${input.period?.start}..${input.period?.end}|${input.close ?? false}`;
  return { graph: input.graph, files, settings, counts };
}

/** The alignment map of the plans that count: every node of theirs once (`alignmentForest`), unchanged parts taken from `reuse`. */
function buildMap(input: ReportInput, scope: Scope, placed: PlacedFindings, reuse: Reuse | undefined, counts: (node: PlanNode) => boolean): MapNode[] {
  const { graph, memo } = input;
  return alignmentForest<MapNode>(
    graph,
    scope.counted,
    (node, children) => {
      const item = mapNodeOf(graph, node, children, scope.place(node.file), placed.byNode.get(node) ?? NO_FINDINGS);
      memo?.record(node, item);
      return item;
    },
    counts,
    reuse && ((node) => reuse.item(node)),
  );
}

function countsOf(findings: Finding[] | undefined): SeverityCounts {
  const counts = emptyCounts();
  for (const f of findings ?? []) counts[f.severity]++;
  return counts;
}

function reportPlans(input: ReportInput, scope: Scope, placed: PlacedFindings, reuse: Reuse | undefined): ReportPlan[] {
  const counted = scope.counted.map((plan) => {
    const line = reuse?.plan(plan.file) ?? planLine(input.graph, plan, scope, placed);
    input.memo?.recordPlan(plan.file, line);
    return line;
  });
  const unreadable = scope.unreadable.map((file): ReportPlan => {
    const { file: shown, team } = scope.place(file);
    return { file: shown, team, nodes: 0, counts: countsOf(placed.byFile.get(file)), findings: placed.byPlan.get(file) ?? [] };
  });
  return [...counted, ...unreadable].sort((a, b) => a.file.localeCompare(b.file));
}

/** A plan's line in the report. */
function planLine(graph: WorkspaceGraph, plan: Plan, scope: Scope, placed: PlacedFindings): ReportPlan {
  const { file, team, period } = scope.place(plan.file);
  const written = plan.frontMatter?.period ?? plan.statedPeriod?.written ?? (period ? `${period.start}..${period.end}` : undefined);
  const progress = graph.planProgress(plan);
  const owner = plan.frontMatter?.owner;
  return {
    file,
    team,
    ...(written ? { period: String(written) } : {}),
    ...(typeof owner === 'string' && owner ? { owner } : {}),
    ...(progress !== undefined ? { progress } : {}),
    nodes: plan.nodes.length,
    counts: countsOf(placed.byFile.get(plan.file)),
    findings: placed.byPlan.get(plan.file) ?? [],
  };
}

/** The review lists and the findings by rule and by team; with the findings' totals by severity. */
function reviewOf(scope: Scope, placed: PlacedFindings, plans: ReportPlan[]): { review: Review; totals: SeverityCounts } {
  const review: Review = { stale: [], regressing: [], pastDue: [], orphans: [], byRule: [], byTeam: [] };
  const byRule = new Map<string, Review['byRule'][number]>();
  const byTeam = new Map<string, Review['byTeam'][number]>();
  const totals = emptyCounts();
  for (const plan of plans) {
    const row = byTeam.get(plan.team) ?? { team: plan.team, plans: 0, ...emptyCounts() };
    row.plans++;
    for (const s of SEVERITIES) row[s] += plan.counts[s];
    byTeam.set(plan.team, row);
  }
  for (const [file, findings] of placed.byFile) {
    for (const f of findings) {
      totals[f.severity]++;
      const rule = byRule.get(f.code) ?? { code: f.code, rule: f.rule, severity: f.severity, count: 0 };
      rule.count++;
      byRule.set(f.code, rule);
      const list = REVIEW_RULES[f.rule];
      if (list) review[list].push(reviewItem(scope, f, placed.nodeOf.get(f), file));
    }
  }
  const byPlace = (a: ReviewItem, b: ReviewItem): number => a.file.localeCompare(b.file) || a.line - b.line;
  for (const list of [review.stale, review.regressing, review.pastDue, review.orphans]) list.sort(byPlace);
  review.byRule = [...byRule.values()].sort((a, b) => b.count - a.count || a.code.localeCompare(b.code));
  review.byTeam = [...byTeam.values()].sort((a, b) => b.error - a.error || b.warning - a.warning || a.team.localeCompare(b.team));
  return { review, totals };
}

/** A review list's line. Runs for each of thousands of findings in a large workspace: assignments, no spreads. */
function reviewItem(scope: Scope, f: Finding, node: PlanNode | undefined, file: string): ReviewItem {
  const { file: shown, team } = scope.place(file);
  const item: ReviewItem = { file: shown, line: f.range.start.line + 1, team, rule: f.rule, detail: f.message };
  if (!node) return item;
  item.key = `${shown}:${node.line + 1}`;
  item.kind = node.kind;
  item.id = node.id;
  item.title = node.title;
  const owner = fieldOf(node, 'owner')?.value.trim();
  if (owner) item.owner = owner;
  return item;
}

/** Builds the report model from an analysed workspace. Pure: the same input gives the same model. */
export function buildReport(input: ReportInput): ReportModel {
  const { graph, today } = input;
  const scope = scopeOf(input);
  const placed = placeFindings(input, scope);
  // With no period asked for, every plan counts: no lookup per node.
  const counts = input.period ? (node: PlanNode): boolean => scope.countedFiles.has(node.file) : (): boolean => true;
  const sources = input.memo && memoSources(input, scope, placed, counts);
  const reuse = sources && input.memo!.reuse(sources);
  const map = buildMap(input, scope, placed, reuse, counts);
  const plans = reportPlans(input, scope, placed, reuse);
  if (sources) input.memo!.finish(sources, map, reuse !== undefined);
  const { review, totals } = reviewOf(scope, placed, plans);
  const kinds = { objective: 0, kr: 0, initiative: 0, mission: 0 };
  for (const plan of scope.counted) for (const node of plan.nodes) kinds[node.kind]++;
  const topObjectives = map.filter((n) => n.kind === 'mission').flatMap((m) => m.children.filter((c) => c.kind === 'objective'));
  const progress = mean((topObjectives.length ? topObjectives : map.filter((n) => n.kind === 'objective')).map((o) => o.progress));
  return {
    today,
    ...(input.period ? { period: { label: input.period.label, start: input.period.start, end: input.period.end } } : {}),
    summary: { plans: plans.length, leftOut: scope.leftOut, objectives: kinds.objective, keyResults: kinds.kr, initiatives: kinds.initiative, ...(progress !== undefined ? { progress } : {}), findings: totals },
    plans,
    map,
    review,
    ...(input.close ? { close: buildClose(graph, scope.counted, { today, periods: scope.periods, team: (file) => scope.place(file).team, keyOf: (node) => `${scope.place(node.file).file}:${node.line + 1}`, relative: input.relative }) } : {}),
  };
}

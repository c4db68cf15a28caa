import type { WorkspaceGraph } from '../graph';
import { fieldOf, lastOwnLine, type Plan, type PlanNode } from '../model';
import { parseUnitInterval } from '../parse/quantity';
import { daysBetween, effectivePeriod, periodsOverlap, type Period } from '../period';
import { SEVERITIES, type Finding } from '../rules/types';
import { alignmentForest } from '../features/alignment-tree';
import { sameScale } from '../rules/helpers/kr-shape';
import { buildClose, typeOf } from './close';
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

/** A node's confidence: its latest check-in's, else its `Confidence` field. */
export function confidenceOf(node: PlanNode): number | undefined {
  const latest = [...node.checkIns].filter((c) => c.validDate && c.confidence !== undefined).sort((a, b) => a.date.localeCompare(b.date)).pop();
  if (latest?.confidence !== undefined) return latest.confidence;
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
  for (const c of kr.checkIns) {
    // `2 days` against a target of `1 day`: the scale counts, not the spelling of the unit.
    if (!c.validDate || !c.value || (reference && !sameScale(c.value, reference))) continue;
    const point: KrChart['points'][number] = { date: c.date, value: c.value.value, raw: c.value.raw };
    if (c.confidence !== undefined) point.confidence = c.confidence;
    points.push(point);
  }
  if (!points.length) return undefined;
  points.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
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

function healthOf(node: PlanNode, progress: number | undefined, confidence: number | undefined, expected: number | undefined, findings: ReportFinding[]): Health {
  let health: Health = 'unknown';
  const status = fieldOf(node, 'status')?.value.trim().toLowerCase();
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

/** Builds the report model from an analysed workspace. Pure: the same input gives the same model. */
export function buildReport(input: ReportInput): ReportModel {
  const { graph, today } = input;
  const shown = new Map<string, string>();
  const relative = (file: string): string => {
    let path = shown.get(file);
    if (path === undefined) shown.set(file, (path = input.relative(file)));
    return path;
  };
  const inScope = new Set(input.files);
  const plans = input.files.map((file) => graph.plan(file)).filter((p): p is Plan => Boolean(p)).sort((a, b) => a.file.localeCompare(b.file));
  const periods = new Map(plans.map((p) => [p.file, effectivePeriod(p, graph)]));
  const wanted = input.period;
  const countedPlans = plans.filter((p) => {
    if (!wanted) return true;
    const period = periods.get(p.file);
    return Boolean(period && periodsOverlap(period, wanted));
  });
  const counted = new Set(countedPlans.map((p) => p.file));
  const unreadable = input.files.filter((file) => !graph.plan(file));

  // Findings by file, each given to the node whose own lines hold it (else to the plan).
  const findingsByFile = new Map<string, Finding[]>();
  for (const f of input.findings) {
    if (!inScope.has(f.file) || (graph.plan(f.file) && !counted.has(f.file))) continue;
    const list = findingsByFile.get(f.file);
    if (list) list.push(f);
    else findingsByFile.set(f.file, [f]);
  }
  const nodeFindings = new Map<PlanNode, ReportFinding[]>();
  const planFindings = new Map<string, ReportFinding[]>();
  const ownerOf = new Map<Finding, PlanNode>();
  for (const [file, findings] of findingsByFile) {
    const plan = graph.plan(file);
    const nodes = plan ? [...plan.nodes].sort((a, b) => a.range.start.line - b.range.start.line) : [];
    const sorted = [...findings].sort((a, b) => a.range.start.line - b.range.start.line);
    let i = -1;
    for (const f of sorted) {
      const line = f.range.start.line;
      while (i + 1 < nodes.length && nodes[i + 1]!.range.start.line <= line) i++;
      const node = i >= 0 && line <= lastOwnLine(nodes[i]!) ? nodes[i]! : undefined;
      const item: ReportFinding = { code: f.code, rule: f.rule, severity: f.severity, message: f.message, line: line + 1 };
      if (node) {
        ownerOf.set(f, node);
        const list = nodeFindings.get(node);
        if (list) list.push(item);
        else nodeFindings.set(node, [item]);
      } else {
        const list = planFindings.get(file);
        if (list) list.push(item);
        else planFindings.set(file, [item]);
      }
    }
  }

  const planOfFile = new Map(plans.map((p) => [p.file, p]));
  const teams = new Map<string, string>();
  const team = (file: string): string => {
    let name = teams.get(file);
    if (name === undefined) teams.set(file, (name = teamOf(planOfFile.get(file), relative(file))));
    return name;
  };
  const nodeCount = new Map<string, number>();
  const keyOf = (node: PlanNode): string => `${relative(node.file)}:${node.range.start.line + 1}`;
  const expectedOf = new Map<string, number | undefined>(countedPlans.map((p) => [p.file, input.close ? 1 : elapsed(periods.get(p.file), today)]));
  const map = alignmentForest<MapNode>(
    graph,
    countedPlans,
    (node, children) => {
      nodeCount.set(node.file, (nodeCount.get(node.file) ?? 0) + 1);
      const file = relative(node.file);
      const measured = node.kind === 'kr' || node.kind === 'objective';
      const progress = measured ? graph.progressOf(node) : undefined;
      const confidence = node.kind === 'kr' ? confidenceOf(node) : undefined;
      const findings = nodeFindings.get(node) ?? [];
      const line = node.range.start.line + 1;
      // Plain assignments, not spreads: this runs for every node of the workspace.
      const item: MapNode = { key: `${file}:${line}`, kind: node.kind, id: node.id, title: node.title, file, line, team: team(node.file), health: 'unknown', findings, crossesPlan: false, children };
      for (const field of node.fields) {
        const value = field.value.trim();
        if (!value) continue;
        if (field.name === 'owner' && item.owner === undefined) item.owner = value;
        else if (field.name === 'status' && item.status === undefined) item.status = value;
        else if (field.name === 'due' && item.due === undefined) item.due = value;
      }
      if (measured) {
        const type = typeOf(graph, node);
        if (type) item.type = type;
      }
      if (progress !== undefined) {
        item.progress = progress;
        item.progressSource = graph.progressSource(node)!;
      }
      if (confidence !== undefined) item.confidence = confidence;
      if (node.kind === 'kr') {
        const chart = krChart(graph, node, periods.get(node.file));
        if (chart) item.chart = chart;
      }
      item.health = healthOf(node, progress, confidence, expectedOf.get(node.file), findings);
      for (const child of children) child.crossesPlan = child.file !== file;
      return item;
    },
    (node) => counted.has(node.file),
  );

  const reportPlans: ReportPlan[] = [
    ...countedPlans.map((plan) => {
      const counts = emptyCounts();
      for (const f of findingsByFile.get(plan.file) ?? []) counts[f.severity]++;
      const period = plan.frontMatter?.period ?? (periods.get(plan.file) ? `${periods.get(plan.file)!.start}..${periods.get(plan.file)!.end}` : undefined);
      const progress = graph.planProgress(plan);
      const owner = plan.frontMatter?.owner;
      return {
        file: relative(plan.file),
        team: team(plan.file),
        ...(period ? { period: String(period) } : {}),
        ...(typeof owner === 'string' && owner ? { owner } : {}),
        ...(progress !== undefined ? { progress } : {}),
        nodes: nodeCount.get(plan.file) ?? 0,
        counts,
        findings: planFindings.get(plan.file) ?? [],
      };
    }),
    ...unreadable.map((file) => {
      const counts = emptyCounts();
      for (const f of findingsByFile.get(file) ?? []) counts[f.severity]++;
      return { file: relative(file), team: team(file), nodes: 0, counts, findings: planFindings.get(file) ?? [] };
    }),
  ].sort((a, b) => a.file.localeCompare(b.file));

  const review: Review = { stale: [], regressing: [], pastDue: [], orphans: [], byRule: [], byTeam: [] };
  const byRule = new Map<string, Review['byRule'][number]>();
  const byTeam = new Map<string, Review['byTeam'][number]>();
  const totals = emptyCounts();
  for (const plan of reportPlans) {
    const row = byTeam.get(plan.team) ?? { team: plan.team, plans: 0, ...emptyCounts() };
    row.plans++;
    for (const s of SEVERITIES) row[s] += plan.counts[s];
    byTeam.set(plan.team, row);
  }
  for (const [file, findings] of findingsByFile) {
    for (const f of findings) {
      totals[f.severity]++;
      const rule = byRule.get(f.code) ?? { code: f.code, rule: f.rule, severity: f.severity, count: 0 };
      rule.count++;
      byRule.set(f.code, rule);
      const list = REVIEW_RULES[f.rule];
      if (!list) continue;
      const node = ownerOf.get(f);
      const owner = node ? fieldOf(node, 'owner')?.value.trim() : undefined;
      const item: ReviewItem = {
        ...(node ? { key: keyOf(node), kind: node.kind, id: node.id, title: node.title } : {}),
        file: relative(file),
        line: f.range.start.line + 1,
        team: team(file),
        ...(owner ? { owner } : {}),
        rule: f.rule,
        detail: f.message,
      };
      review[list].push(item);
    }
  }
  const byPlace = (a: ReviewItem, b: ReviewItem): number => a.file.localeCompare(b.file) || a.line - b.line;
  for (const list of [review.stale, review.regressing, review.pastDue, review.orphans]) list.sort(byPlace);
  review.byRule = [...byRule.values()].sort((a, b) => b.count - a.count || a.code.localeCompare(b.code));
  review.byTeam = [...byTeam.values()].sort((a, b) => b.error - a.error || b.warning - a.warning || a.team.localeCompare(b.team));

  const kinds = countedPlans.flatMap((p) => p.nodes);
  const topObjectives = map.filter((n) => n.kind === 'mission').flatMap((m) => m.children.filter((c) => c.kind === 'objective'));
  const progress = mean((topObjectives.length ? topObjectives : map.filter((n) => n.kind === 'objective')).map((o) => o.progress));
  return {
    today,
    ...(wanted ? { period: { label: wanted.label, start: wanted.start, end: wanted.end } } : {}),
    summary: {
      plans: reportPlans.length,
      leftOut: plans.length - countedPlans.length,
      objectives: kinds.filter((n) => n.kind === 'objective').length,
      keyResults: kinds.filter((n) => n.kind === 'kr').length,
      initiatives: kinds.filter((n) => n.kind === 'initiative').length,
      ...(progress !== undefined ? { progress } : {}),
      findings: totals,
    },
    plans: reportPlans,
    map,
    review,
    ...(input.close ? { close: buildClose(graph, countedPlans, { today, periods, team, keyOf, relative: input.relative }) } : {}),
  };
}

import type { WorkspaceGraph } from '../graph';
import { krProgress, latestCheckIn } from '../graph';
import { currentFromField } from '../graph/kr-values';
import { fieldOf, nodesOfKind, type Plan, type PlanNode } from '../model';
import type { Period } from '../period';
import type { CloseGroup, CloseModel, CloseRow, CloseType } from './model';

/**
 * Aspirational key results are set so that full success is unlikely: landing around 0.6–0.7
 * means the bet was bold and mostly paid off. A score far below that (under `farBelow`) or
 * far above it (over `farAbove`) says the bet was out of reach or no stretch at all.
 */
export const STRETCH = { low: 0.6, high: 0.7, farBelow: 0.4, farAbove: 0.9 } as const;

const TYPES: CloseType[] = ['committed', 'aspirational', 'learning', 'untyped'];

/** The `Type` of an objective, or of the objective a key result serves, in lower case. */
export function typeOf(graph: WorkspaceGraph, node: PlanNode): string | undefined {
  let objective: PlanNode | undefined = node;
  if (node.kind === 'kr') {
    const link = graph.parentOf(node);
    objective = link.status === 'resolved' && link.node.kind === 'objective' ? link.node : undefined;
  }
  if (objective?.kind !== 'objective') return undefined;
  return fieldOf(objective, 'type')?.value.trim().toLowerCase() || undefined;
}

/** A key result's final score, 0–1, and where it comes from. */
export function finalScore(graph: WorkspaceGraph, kr: PlanNode): Pick<CloseRow, 'score' | 'source' | 'lastCheckIn'> {
  const values = graph.krValues(kr);
  if (values.score !== undefined) return { score: values.score, source: 'score' };
  const own = krProgress(values);
  if (own !== undefined) {
    // The current value is the last check-in's unless a `Current` field says one (a resting plan's check-ins are new objects at each read: not compared by identity).
    const last = latestCheckIn(kr);
    return last?.value && values.current && !currentFromField(kr) ? { score: own, source: 'check-in', lastCheckIn: last.date } : { score: own, source: 'current' };
  }
  const cascaded = graph.progressOf(kr);
  return cascaded !== undefined ? { score: cascaded, source: 'cascade' } : { source: 'none' };
}

const two = (n: number): string => n.toFixed(2);

/** Why a key result needs a word at the close, if it does. */
export function calloutFor(type: CloseType, score: number | undefined): string | undefined {
  const range = `${two(STRETCH.low)}–${two(STRETCH.high)}`;
  if (type === 'committed') {
    if (score === undefined) return 'Committed, with no final score: add a last check-in or a `Score`.';
    if (score < 1) return `Committed, closed at ${two(score)}: a commitment was missed; say what got in the way and what changes next period.`;
  }
  if (type === 'aspirational') {
    if (score === undefined) return 'Aspirational, with no final score: add a last check-in or a `Score`.';
    if (score < STRETCH.farBelow) return `Aspirational, closed at ${two(score)}: far below the usual stretch of ${range}; the bet was out of reach or left early.`;
    if (score > STRETCH.farAbove) return `Aspirational, closed at ${two(score)}: above the usual stretch of ${range}; the target was no stretch, so aim higher next time.`;
  }
  return undefined;
}

interface CloseContext {
  today: string;
  periods: Map<string, Period | undefined>;
  team(file: string): string;
  keyOf(node: PlanNode): string;
  relative(file: string): string;
}

/** The quarter close: each key result's final score, grouped by its objective's `Type`, with call-outs. */
export function buildClose(graph: WorkspaceGraph, plans: Plan[], ctx: CloseContext): CloseModel {
  const rows: CloseRow[] = [];
  for (const plan of plans) {
    for (const kr of nodesOfKind(plan, 'kr')) {
      const written = typeOf(graph, kr);
      const type: CloseType = written === 'committed' || written === 'aspirational' || written === 'learning' ? written : 'untyped';
      const score = finalScore(graph, kr);
      const owner = fieldOf(kr, 'owner')?.value.trim();
      const callout = calloutFor(type, score.score);
      rows.push({
        key: ctx.keyOf(kr),
        id: kr.id,
        title: kr.title,
        file: ctx.relative(kr.file),
        line: kr.line + 1,
        team: ctx.team(kr.file),
        ...(owner ? { owner } : {}),
        type,
        ...score,
        ...(callout ? { callout } : {}),
      });
    }
  }
  const groups: CloseGroup[] = TYPES.map((type) => {
    const of = rows.filter((r) => r.type === type);
    const scored = of.map((r) => r.score).filter((s): s is number => s !== undefined);
    return { type, rows: of, ...(scored.length ? { mean: scored.reduce((a, b) => a + b, 0) / scored.length } : {}) };
  }).filter((g) => g.rows.length);
  const openPlans = plans
    .filter((p) => {
      const period = ctx.periods.get(p.file);
      return !period || period.end >= ctx.today;
    })
    .map((p) => ctx.relative(p.file));
  return { ended: openPlans.length === 0 && plans.length > 0, openPlans, groups, callouts: rows.filter((r) => r.callout) };
}

/** Query helpers the key-result rules share, so each rule can tell where a more specific one fires. */
import type { KrNumbers, PlanNode, Quantity } from '../../model';
import { fieldOf } from '../../model';
import type { Lexicon } from '../../lexicon';
import type { WorkspaceGraph } from '../../graph';
import { findQuantities, krNumbersFromTitle } from '../../parse/quantity';
import { startsWithPhrase } from '../text-match';
import { taskVerbPhrase } from '../objectives/verb-phrase';

/** The numbers a KR's title states (baseline, target, threshold or relative target). */
export function titleNumbers(kr: PlanNode): KrNumbers {
  return krNumbersFromTitle(kr.title);
}

/** True when the KR states a number to reach: a target or baseline in its title, or a `Target` field. */
export function statesANumber(kr: PlanNode): boolean {
  const numbers = titleNumbers(kr);
  return numbers.target !== undefined || numbers.baseline !== undefined || fieldOf(kr, 'target') !== undefined;
}

/** The title after its leading emphasis or emoji, as `startsWithPhrase` reads it. */
function plainTitle(kr: PlanNode): string {
  return kr.title.replace(/^[^\p{L}\p{N}#]+/u, '');
}

/**
 * The task verb (as written) a KR starts with when it is a deliverable with no number ("Launch a new onboarding flow").
 * The verb phrase is judged whole, as for objectives: an outcome or a metric as its object ("Build trust with
 * bookkeepers", "Build enterprise pipeline") is no task.
 */
export function taskVerbOf(kr: PlanNode, lexicon: Lexicon): string | undefined {
  if (statesANumber(kr)) return undefined;
  return taskVerbPhrase(kr.title, lexicon);
}

/** Words that may stand between an activity verb and its count ("Hold at least 10 workshops"). */
const COUNT_PREFIX = /^\s+(?:at least |over |more than |another |an extra |a total of |up to )?/i;
/** Units that make a number a level, not a tally of actions. */
const LEVEL_UNITS = new Set(['%', 'pp', 'points', 'x', '$', '€', '£', '¥']);

/**
 * The activity verb and the count when a KR counts actions: the title starts with an activity verb
 * followed straight by a tally ("Publish 12 blog posts", "Make 200 sales calls"). A percentage, a money
 * amount or a multiplier after the verb ("Hold 99.9% uptime") is a level, not a tally.
 */
export function activityCountOf(kr: PlanNode, lexicon: Lexicon): { verb: string; count: Quantity } | undefined {
  const verb = startsWithPhrase(kr.title, lexicon.activityVerbs);
  if (!verb) return undefined;
  const title = plainTitle(kr);
  const prefix = COUNT_PREFIX.exec(title.slice(verb.length));
  const at = verb.length + (prefix ? prefix[0].length : 0);
  const count = findQuantities(title).find((q) => q.index === at);
  if (!count || count.quantity.value <= 0 || LEVEL_UNITS.has(count.quantity.unit ?? '')) return undefined;
  return { verb: title.slice(0, verb.length), count: count.quantity };
}

/** The objective a KR belongs to, if its parent resolves to one. */
export function objectiveOf(graph: WorkspaceGraph, kr: PlanNode): PlanNode | undefined {
  const link = graph.parentOf(kr);
  return link.status === 'resolved' && link.node.kind === 'objective' ? link.node : undefined;
}

/** True when the KR's objective is marked `Type: learning`. */
export function underLearningObjective(graph: WorkspaceGraph, kr: PlanNode): boolean {
  const objective = objectiveOf(graph, kr);
  return objective !== undefined && fieldOf(objective, 'type')?.value.trim().toLowerCase() === 'learning';
}

/** Lower-cased unit with a plural `s` dropped (`days` → `day`), so `10 day` and `10 days` agree. */
export function unitKey(quantity: Quantity): string {
  const unit = (quantity.unit ?? '').toLowerCase();
  return unit.length > 3 && unit.endsWith('s') ? unit.slice(0, -1) : unit;
}

/** True when two quantities can be compared: same unit, or one of them has none. */
export function sameScale(a: Quantity, b: Quantity): boolean {
  return !a.unit || !b.unit || unitKey(a) === unitKey(b);
}

/** True when two numbers are equal up to floating-point noise. */
export function sameValue(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
}

/** Backticked value for messages. */
export function code(text: string): string {
  return `\`${text.replace(/`/g, "'")}\``;
}

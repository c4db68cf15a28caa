import type { PlanNode } from '../../model';
import { fieldOf } from '../../model';
import type { Lexicon } from '../../lexicon';
import type { WorkspaceGraph } from '../../graph';
import { findQuantities } from '../../parse/quantity';
import { startsWithPhrase } from '../text-match';

/** True when the KR states a number in its title or a `Target` field. */
export function statesANumber(kr: PlanNode): boolean {
  return findQuantities(kr.title).length > 0 || fieldOf(kr, 'target') !== undefined;
}

/** The deliverable verb a KR starts with when it is a task with no number ("Launch a new onboarding flow"). */
export function taskVerbOf(kr: PlanNode, lexicon: Lexicon): string | undefined {
  return statesANumber(kr) ? undefined : startsWithPhrase(kr.title, lexicon.deliverableVerbs);
}

/** True when the KR's objective is marked `Type: learning`. */
export function underLearningObjective(graph: WorkspaceGraph, kr: PlanNode): boolean {
  const link = graph.parentOf(kr);
  return link.status === 'resolved' && link.node.kind === 'objective' && fieldOf(link.node, 'type')?.value.trim().toLowerCase() === 'learning';
}

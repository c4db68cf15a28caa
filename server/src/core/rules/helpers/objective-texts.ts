/** Objectives under their normalized text: how duplicates are found, and which plans an edit to an objective concerns. */
import type { WorkspaceGraph } from '../../graph';
import { nodesOfKind, type Plan, type PlanNode } from '../../model';

/** Case, punctuation and spacing do not make two objectives different. */
export function normalizeStatement(text: string): string {
  let normal = normalized.get(text);
  if (normal === undefined) {
    // Unicode property classes are slow and every keystroke compares all objectives: remember recent answers.
    if (normalized.size >= 50_000) normalized.clear();
    normal = text.toLowerCase().replace(/[\p{P}\p{S}]+/gu, ' ').replace(/\s+/g, ' ').trim();
    normalized.set(text, normal);
  }
  return normal;
}

const normalized = new Map<string, string>();

/** A plan's objectives under their normalized text: the workspace index duplicates are looked up in. */
export function objectivesByText(plan: Plan): [string, PlanNode][] {
  return nodesOfKind(plan, 'objective')
    .map((objective): [string, PlanNode] => [normalizeStatement(objective.title), objective])
    .filter(([key]) => key !== '');
}

/** Other plans with an objective worded like one of this plan's (whatever their periods). */
export function plansSharingObjectives(graph: WorkspaceGraph, plan: Plan): Set<string> {
  const index = graph.index(objectivesByText);
  const files = new Set<string>();
  const keys = new Set(nodesOfKind(plan, 'objective').map((objective) => normalizeStatement(objective.title)));
  for (const key of keys) for (const other of index.get(key)) if (other.file !== plan.file) files.add(other.file);
  return files;
}

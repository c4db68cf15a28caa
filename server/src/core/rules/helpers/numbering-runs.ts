import type { Plan, PlanNode } from '../../model';
import { idKey } from '../../parse/node-line';
import { atxHeadingDepth } from '../../parse/scan';

/** The number of an objective's written id (`O3` → 3), or undefined. */
function objectiveNumber(node: PlanNode): number | undefined {
  const number = node.explicitId ? /^O(\d+)$/i.exec(idKey(node.id))?.[1] : undefined;
  return number === undefined ? undefined : Number(number);
}

/**
 * True when a heading between two lines could head another set: shallower than the objective's own heading, or any
 * heading above an objective written as a list item or label (`# Search` between `## O3: …` and `## O1: …`).
 */
function setHeadingBetween(lines: readonly string[], from: number, to: number, objective: PlanNode, nodeLines: ReadonlySet<number>): boolean {
  for (let line = from + 1; line < to; line++) {
    const depth = atxHeadingDepth(lines[line] ?? '');
    if (depth === undefined || nodeLines.has(line)) continue;
    if (objective.form !== 'heading' || depth < objective.depth) return true;
  }
  return false;
}

/**
 * Each objective's numbering run: objectives numbered from one again after a higher number, under a heading of
 * their own (`# Payments` / `O1`…`O3`, then `# Search` / `O1`…), start the next run, another team's set written in the
 * same file. `O1`, `O2`, `O1` with no such heading between is one run, and its second `O1` a duplicate. Objectives
 * without a numbered id stay in the run before them.
 */
export function objectiveRuns(plan: Plan): Map<PlanNode, number> {
  const runOf = new Map<PlanNode, number>();
  let run = 0;
  let previous: PlanNode | undefined;
  let lines: string[] | undefined;
  let nodeLines: Set<number> | undefined;
  for (const node of plan.nodes) {
    if (node.kind !== 'objective') continue;
    const number = objectiveNumber(node);
    const before = previous && objectiveNumber(previous);
    if (number === 1 && previous && before !== undefined && before > 1) {
      // Read only where numbering starts again: most plans never get here.
      lines ??= plan.text.split(/\r\n|\r|\n/);
      nodeLines ??= new Set(plan.nodes.map((n) => n.range.start.line));
      if (setHeadingBetween(lines, previous.range.start.line, node.range.start.line, node, nodeLines)) run++;
    }
    if (number !== undefined) previous = node;
    runOf.set(node, run);
  }
  return runOf;
}

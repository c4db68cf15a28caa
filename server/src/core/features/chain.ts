import type { WorkspaceGraph, Chain } from '../graph';
import { KIND_LABEL, type Plan, type PlanNode, type Position } from '../model';
import { progressText } from './describe';

/** The node that owns a line: the node declared on it, or whose fields or check-ins cover it. */
export function nodeAtLine(plan: Plan, line: number): PlanNode | undefined {
  let owner: PlanNode | undefined;
  for (const node of plan.nodes) {
    if (node.range.start.line === line) return node;
    if (node.fields.some((f) => f.range.start.line === line) || node.checkIns.some((c) => c.range.start.line === line)) owner = node;
  }
  return owner;
}

/**
 * The node at a position: as `nodeAtLine`, but where several nodes start on the line (a table row's objective and its
 * key results), the last that starts at or before the position.
 */
export function nodeAtPosition(plan: Plan, position: Position): PlanNode | undefined {
  const first = nodeAtLine(plan, position.line);
  if (!first || first.range.start.line !== position.line) return first;
  let at = first;
  for (let i = plan.nodes.indexOf(first) + 1; i < plan.nodes.length; i++) {
    const node = plan.nodes[i]!;
    if (node.range.start.line !== position.line || node.range.start.character > position.character) break;
    at = node;
  }
  return at;
}

/** Why a chain stops before a mission, in one sentence; undefined when it reaches one. */
export function chainBreak(graph: WorkspaceGraph, chain: Chain): string | undefined {
  const last = chain.nodes[chain.nodes.length - 1]!;
  switch (chain.end) {
    case 'mission':
      return undefined;
    case 'cycle':
      return `The chain loops back at \`${last.id}\`: its parents form a cycle.`;
    case 'unresolved': {
      const link = graph.parentOf(last);
      return `\`${last.id}\` names a parent that does not resolve${link.status === 'unresolved' ? `: ${link.reason}` : ''}.`;
    }
    default:
      return last.kind === 'initiative'
        ? `\`${last.id}\` has no key result above it.`
        : last.kind === 'kr'
          ? `\`${last.id}\` has no objective above it.`
          : `\`${last.id}\` reaches no mission: the plan has none and no parent plan leads to one.`;
  }
}

/**
 * One line per level: `kind id  title  [progress]  (file:line)`, with the file as `relativePath`
 * returns it; objectives and key results whose progress is known show it, as hovers do.
 */
export function formatChain(graph: WorkspaceGraph, chain: Chain, relativePath: (file: string) => string): string[] {
  return chain.nodes.map((node) => {
    const measured = (node.kind === 'objective' || node.kind === 'kr') && graph.progressOf(node) !== undefined;
    return `${KIND_LABEL[node.kind].padEnd(10)} ${node.id.padEnd(8)} ${node.title}  ${measured ? `[${progressText(graph, node)}]  ` : ''}(${relativePath(node.file)}:${node.range.start.line + 1})`;
  });
}

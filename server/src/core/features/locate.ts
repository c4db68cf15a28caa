import type { WorkspaceGraph } from '../graph';
import type { Field, Plan, PlanNode, Position, Range, Reference } from '../model';
import { contains } from './context';
import { nodeAtPosition } from './chain';

/** What sits under the cursor in a plan. */
export type Target =
  | { kind: 'parent-value'; node: PlanNode; field: Field; ref: Reference | undefined }
  | { kind: 'front-matter-parent'; plan: Plan; ref: Reference }
  | { kind: 'field-key'; node: PlanNode; field: Field }
  | { kind: 'node'; node: PlanNode }
  | { kind: 'none' };

/** Finds what a position points at: a `Parent` value, a field key, a node line. */
export function targetAt(graph: WorkspaceGraph, plan: Plan, position: Position): Target {
  const fmParent = plan.frontMatter?.parent;
  if (fmParent && contains(fmParent.range, position)) return { kind: 'front-matter-parent', plan, ref: fmParent };
  const node = nodeAtPosition(plan, position);
  if (!node) return { kind: 'none' };
  const field = node.fields.find((f) => f.range.start.line === position.line);
  if (field && contains(field.keyRange, position)) return { kind: 'field-key', node, field };
  if (field?.name === 'parent' && position.character >= field.keyRange.end.character) {
    return { kind: 'parent-value', node, field, ref: graph.parentReference(node) };
  }
  return { kind: 'node', node };
}

/** An id inside a `Parent` value, for rename: `…#KR 1.2` → `KR 1.2` (a spelled-out kind before it, `objective O1`, stays out). */
export function idInField(field: Field, lineText: string, id: string): { range: Range; lettered: boolean } | undefined {
  const digits = /\d+(?:\.\d+)*$/.exec(id)?.[0];
  if (!digits) return undefined;
  const valueStart = field.valueRange.start.character;
  const value = lineText.slice(valueStart, field.valueRange.end.character);
  const prefix = id.slice(0, id.length - digits.length);
  const match = new RegExp(`(^|[#\\s(<\`])(?:key\\s*result|objective|initiative)?\\s*(${prefix}\\s?${digits.replace(/\./g, '\\.')})(?=$|[\\s)>\`\\]])`, 'i').exec(value);
  if (!match) return undefined;
  const start = valueStart + match.index + match[0].length - match[2]!.length;
  const line = field.range.start.line;
  return { range: { start: { line, character: start }, end: { line, character: start + match[2]!.length } }, lettered: prefix.length > 0 };
}

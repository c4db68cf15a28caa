import { posix } from 'node:path';
import { CompletionItemKind, type CompletionItem } from 'vscode-languageserver-types';
import type { Plan, PlanNode, Position } from '../model';
import { KIND_LABEL } from '../model';
import { FIELD_SPECS, canonicalFieldName, fieldSpec } from '../fields';
import { LineIndex } from '../parse/positions';
import { isAllowedParentKind } from '../graph';
import type { FeatureContext } from './context';

/** The node a line belongs to for completion: the last node declared above it. */
function ownerAbove(plan: Plan, line: number): PlanNode | undefined {
  let owner: PlanNode | undefined;
  for (const node of plan.nodes) if (node.range.start.line < line) owner = node;
  return owner;
}

function parentItems(ctx: FeatureContext, plan: Plan, owner: PlanNode | undefined, replace: { start: Position; end: Position }): CompletionItem[] {
  const items: CompletionItem[] = [];
  const parentPlan = ctx.graph.parentPlan(plan);
  const fits = (node: PlanNode): boolean => !owner || (node !== owner && isAllowedParentKind(owner, node));
  const push = (node: PlanNode, text: string, sort: string): void => {
    items.push({
      label: text,
      kind: CompletionItemKind.Reference,
      detail: `${KIND_LABEL[node.kind]} — ${node.title}`,
      sortText: `${sort}${fits(node) ? 0 : 1}${text}`,
      textEdit: { range: replace, newText: text },
    });
  };
  for (const node of plan.nodes) if (node.kind !== 'mission') push(node, node.id, 'a');
  // Other plans offer only the nodes this one may point at: a big workspace has too many for a list.
  for (const other of ctx.graph.plans()) {
    if (other === plan) continue;
    const path = posix.relative(posix.dirname(plan.file), other.file);
    for (const node of other.nodes) {
      if (!fits(node)) continue;
      if (other === parentPlan) push(node, node.id, 'b');
      push(node, `${path}#${node.id}`, 'c');
    }
  }
  return items;
}

/** Completions at a position: `Parent` references, field keys, enum values. */
export function completionAt(ctx: FeatureContext, file: string, position: Position): CompletionItem[] {
  const plan = ctx.graph.plan(file);
  if (!plan) return [];
  const lineText = new LineIndex(plan.text).lineText(position.line);
  const before = lineText.slice(0, position.character);
  const owner = ownerAbove(plan, position.line);
  const field = /^(\s*(?:[-*+]\s+)?)([A-Za-z][A-Za-z -]*?)\s*:\s*(\S*)$/.exec(before);
  if (field) {
    const name = canonicalFieldName(field[2]!);
    const start = { line: position.line, character: before.length - field[3]!.length };
    if (name === 'parent') return parentItems(ctx, plan, owner, { start, end: position });
    const spec = fieldSpec(name);
    return (spec?.values ?? []).map((value) => ({ label: value, kind: CompletionItemKind.EnumMember, textEdit: { range: { start, end: position }, newText: value } }));
  }
  const key = /^(\s*(?:[-*+]\s+)?)([A-Za-z-]*)$/.exec(before);
  if (key && owner) {
    const start = { line: position.line, character: key[1]!.length };
    return FIELD_SPECS.filter((spec) => spec.on.includes(owner.kind)).map((spec) => ({
      label: spec.label,
      kind: CompletionItemKind.Property,
      detail: spec.description,
      textEdit: { range: { start, end: position }, newText: `${spec.label}: ` },
    }));
  }
  return [];
}

import { posix } from 'node:path';
import { CompletionItemKind, type CompletionItem, type CompletionList } from 'vscode-languageserver-types';
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

/** How many nodes of other plans a `Parent` completion lists before asking the editor to ask again as the user types. */
export const MAX_OTHER_PLAN_ITEMS = 200;

/**
 * `Parent` values: this plan's ids, then its parent plan's, then `path#id` in other plans that
 * the node may point at, the parent plan chain first. Other plans are narrowed by what is typed
 * (the path before `#`, or any part of `path#id`) and capped, so a big workspace answers at once;
 * the list is then marked incomplete and the editor asks again on the next keystroke.
 */
function parentItems(ctx: FeatureContext, plan: Plan, owner: PlanNode | undefined, typed: string, replace: { start: Position; end: Position }): CompletionList {
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
  if (parentPlan) for (const node of parentPlan.nodes) if (fits(node)) push(node, node.id, 'b');
  const hash = typed.indexOf('#');
  const wanted = (path: string, id: string): boolean =>
    hash >= 0 ? path === typed.slice(0, hash) : `${path}#${id}`.toLowerCase().includes(typed.toLowerCase());
  let listed = 0;
  for (const other of otherPlansNearestFirst(ctx, plan)) {
    const path = posix.relative(posix.dirname(plan.file), other.file);
    for (const node of other.nodes) {
      if (!fits(node) || !wanted(path, node.id)) continue;
      if (listed === MAX_OTHER_PLAN_ITEMS) return { isIncomplete: true, items };
      push(node, `${path}#${node.id}`, 'c');
      listed++;
    }
  }
  return { isIncomplete: false, items };
}

/** Other plans, the parent plan chain first. */
function* otherPlansNearestFirst(ctx: FeatureContext, plan: Plan): Generator<Plan> {
  const chain = new Set<Plan>([plan]);
  for (let p = ctx.graph.parentPlan(plan); p && !chain.has(p); p = ctx.graph.parentPlan(p)) {
    chain.add(p);
    yield p;
  }
  for (const other of ctx.graph.plans()) if (!chain.has(other)) yield other;
}

/** Completions at a position: `Parent` references, field keys, enum values. */
export function completionAt(ctx: FeatureContext, file: string, position: Position): CompletionItem[] | CompletionList {
  const plan = ctx.graph.plan(file);
  if (!plan) return [];
  const lineText = new LineIndex(plan.text).lineText(position.line);
  const before = lineText.slice(0, position.character);
  const owner = ownerAbove(plan, position.line);
  const field = /^(\s*(?:[-*+]\s+)?)([A-Za-z][A-Za-z -]*?)\s*:\s*(\S*)$/.exec(before);
  if (field) {
    const name = canonicalFieldName(field[2]!);
    const start = { line: position.line, character: before.length - field[3]!.length };
    if (name === 'parent') return parentItems(ctx, plan, owner, field[3]!, { start, end: position });
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

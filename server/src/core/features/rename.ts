import type { TextEdit, WorkspaceEdit } from 'vscode-languageserver-types';
import type { PlanNode, Position, Range } from '../model';
import { fieldOf } from '../model';
import { LineIndex } from '../parse/positions';
import { idKey, normalizeId } from '../parse/node-line';
import type { FeatureContext } from './context';
import { contains } from './context';
import { targetAt, idRangeInField } from './locate';

/** Why a rename cannot happen; the adapter turns it into an error the editor shows. */
export class RenameError extends Error {}

function lineOf(ctx: FeatureContext, file: string, line: number): string {
  const plan = ctx.graph.plan(file);
  return plan ? new LineIndex(plan.text).lineText(line) : '';
}

/** Where the number of a written id sits on its node's line (`KR 1.2:` → the `1.2`). */
function declaredIdRange(ctx: FeatureContext, node: PlanNode): Range | undefined {
  if (!node.explicitId || node.kind === 'mission') return undefined;
  const line = node.range.start.line;
  const prefix = lineOf(ctx, node.file, line).slice(0, node.titleRange.start.character);
  const written = /(\d+(?:\.\d+)*)\s*:\s*$/.exec(prefix);
  if (!written) return undefined;
  return { start: { line, character: written.index }, end: { line, character: written.index + written[1]!.length } };
}

/** The node whose id is under the cursor, and the range of that id text. */
function idUnderCursor(ctx: FeatureContext, file: string, position: Position): { node: PlanNode; range: Range } | undefined {
  const plan = ctx.graph.plan(file);
  if (!plan) return undefined;
  const target = targetAt(ctx.graph, plan, position);
  if (target.kind === 'node') {
    const range = declaredIdRange(ctx, target.node);
    return range && contains(range, position) ? { node: target.node, range } : undefined;
  }
  if (target.kind === 'parent-value') {
    const link = ctx.graph.parentOf(target.node);
    if (link.status !== 'resolved') return undefined;
    const range = idRangeInField(target.field, lineOf(ctx, file, target.field.range.start.line), link.node.id);
    return range && contains(range, position) && declaredIdRange(ctx, link.node) ? { node: link.node, range } : undefined;
  }
  return undefined;
}

/** Rename is offered only on an id written in the text (ids derived from order have nothing to rename). */
export function prepareRenameAt(ctx: FeatureContext, file: string, position: Position): { range: Range; placeholder: string } | null {
  const hit = idUnderCursor(ctx, file, position);
  return hit ? { range: hit.range, placeholder: hit.node.id.replace(/^(KR|O|I)/, '') } : null;
}

/** Renames an id on its node line and in every `Parent` that resolves to it, in every plan. */
export function renameAt(ctx: FeatureContext, file: string, position: Position, newName: string): WorkspaceEdit | null {
  const hit = idUnderCursor(ctx, file, position);
  if (!hit) return null;
  const { node } = hit;
  const newId = normalizeId(newName, node.kind);
  const prefix = { objective: /^O\d/, kr: /^KR\d/, initiative: /^I\d/, mission: /^$/ }[node.kind];
  if (!prefix.test(newId) || !/^(O|KR|I)\d+(\.\d+)*$/.test(newId)) throw new RenameError(`\`${newName}\` is not an id for ${node.kind === 'kr' ? 'a key result' : `an ${node.kind}`} (e.g. ${node.kind === 'kr' ? 'KR1.2' : node.kind === 'objective' ? 'O2' : 'I1.2.1'}).`);
  const plan = ctx.graph.plan(node.file)!;
  if (plan.nodes.some((n) => n !== node && idKey(n.id) === idKey(newId))) throw new RenameError(`\`${newId}\` is already used in this plan.`);
  const digits = newId.replace(/^(KR|O|I)/, '');
  const changes: Record<string, TextEdit[]> = {};
  const add = (target: string, range: Range): void => {
    (changes[ctx.uriOf(target)] ??= []).push({ range, newText: digits });
  };
  add(node.file, declaredIdRange(ctx, node)!);
  for (const child of ctx.graph.childrenOf(node)) {
    const field = fieldOf(child, 'parent');
    if (!field) continue;
    const range = idRangeInField(field, lineOf(ctx, child.file, field.range.start.line), node.id);
    if (range) add(child.file, range);
  }
  return { changes };
}

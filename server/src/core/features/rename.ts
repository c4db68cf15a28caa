import type { TextEdit, WorkspaceEdit } from 'vscode-languageserver-types';
import type { PlanNode, Position, Range } from '../model';
import { fieldOf } from '../model';
import { LineIndex } from '../parse/positions';
import { idKey, normalizeId } from '../parse/node-line';
import type { FeatureContext } from './context';
import { contains } from './context';
import { targetAt, idInField } from './locate';

/** Why a rename cannot happen; the adapter turns it into an error the editor shows. */
export class RenameError extends Error {}

function lineOf(ctx: FeatureContext, file: string, line: number): string {
  const plan = ctx.graph.plan(file);
  return plan ? new LineIndex(plan.text).lineText(line) : '';
}

/** An id as written: its range, and whether the range holds the kind's letters too (`KR 1.2`) or only the number (`Key Result 1.2`). */
interface WrittenId {
  range: Range;
  lettered: boolean;
}

/** Where a written id sits on its node's line: `KR 1.2:` → `KR 1.2`, `Objective O1:` → `O1`, `Key Result 1.2:` → `1.2`. */
function declaredId(ctx: FeatureContext, node: PlanNode): WrittenId | undefined {
  if (!node.explicitId || node.kind === 'mission') return undefined;
  const line = node.range.start.line;
  const prefix = lineOf(ctx, node.file, line).slice(0, node.titleRange.start.character);
  const letters = { objective: 'O', kr: 'KR', initiative: 'I' }[node.kind];
  // After the id: a colon, a dash or a full stop (`KR1 – …`, `O-2. …`), or nothing (`1.1 Publish …`); the blanks before the title are trimmed first.
  const written = new RegExp(`(?:(?<![A-Za-z])(${letters})\\s?)?(\\d+(?:\\.\\d+)*)(?:[ \\t]*(?:[:：—–.)]|-))?$`, 'i').exec(prefix.trimEnd());
  if (!written) return undefined;
  const end = written.index + written[0].indexOf(written[2]!) + written[2]!.length;
  return { range: { start: { line, character: written.index }, end: { line, character: end } }, lettered: written[1] !== undefined };
}

function declaredIdRange(ctx: FeatureContext, node: PlanNode): Range | undefined {
  return declaredId(ctx, node)?.range;
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
    const range = idInField(target.field, lineOf(ctx, file, target.field.range.start.line), link.node.id)?.range;
    return range && contains(range, position) && declaredIdRange(ctx, link.node) ? { node: link.node, range } : undefined;
  }
  return undefined;
}

/**
 * Rename is offered only on an id written in the text (ids derived from order have nothing to
 * rename), with the cursor anywhere in it; the editor is shown the whole id (`KR1.2`).
 */
export function prepareRenameAt(ctx: FeatureContext, file: string, position: Position): { range: Range; placeholder: string } | null {
  const hit = idUnderCursor(ctx, file, position);
  return hit ? { range: hit.range, placeholder: hit.node.id } : null;
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
  // Key results listed under one label (`- O1 KRs`) all name their objective where the label writes it: one edit there.
  const written = new Set<string>();
  // Where the letters were written, the new id is written whole; else only its number.
  const add = (target: string, { range, lettered }: WrittenId): void => {
    const at = `${target}:${range.start.line}:${range.start.character}`;
    if (written.has(at)) return;
    written.add(at);
    (changes[ctx.uriOf(target)] ??= []).push({ range, newText: lettered ? newId : digits });
  };
  add(node.file, declaredId(ctx, node)!);
  for (const child of ctx.graph.childrenOf(node)) {
    const field = fieldOf(child, 'parent');
    if (!field) continue;
    const written = idInField(field, lineOf(ctx, child.file, field.range.start.line), node.id);
    if (written) add(child.file, written);
  }
  return { changes };
}

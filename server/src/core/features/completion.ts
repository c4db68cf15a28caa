import { posix } from 'node:path';
import { CompletionItemKind, type CompletionItem, type CompletionList } from 'vscode-languageserver-types';
import type { Plan, PlanNode, Position, Range } from '../model';
import { KIND_LABEL } from '../model';
import { FIELD_SPECS, canonicalFieldName, fieldSpec, type FieldSpec } from '../fields';
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

/** Where a candidate parent lives, best first: the order of a `Parent` completion. */
const GROUP = { ownPlan: 'a', parentPlan: 'b', parentChain: 'c', siblingPlan: 'd', otherPlan: 'e' } as const;

/**
 * The plans a `Parent` may name, best first, with the group each belongs to: the parent plan
 * (front-matter `parent`), the plans above it, the plans that cascade from the same parent
 * (siblings), then every other plan.
 */
function* otherPlansBestFirst(ctx: FeatureContext, plan: Plan): Generator<[Plan, string]> {
  const seen = new Set<Plan>([plan]);
  const parent = ctx.graph.parentPlan(plan);
  for (let p = parent; p && !seen.has(p); p = ctx.graph.parentPlan(p)) {
    seen.add(p);
    yield [p, p === parent ? GROUP.parentPlan : GROUP.parentChain];
  }
  const others = ctx.graph.plans().filter((p) => !seen.has(p));
  if (parent) {
    for (const p of others) {
      if (ctx.graph.parentPlan(p) !== parent) continue;
      seen.add(p);
      yield [p, GROUP.siblingPlan];
    }
  }
  for (const p of others) if (!seen.has(p)) yield [p, GROUP.otherPlan];
}

/**
 * `Parent` values: only nodes of a kind the node may name (never the node itself), best first:
 * for a key result or an initiative its own plan's nodes, for an objective the parent plan's
 * key results; then the parent plan, the plans above it, its sibling plans and the rest, as
 * `path#id` (and as a bare id where the parent plan's id is not also one of this plan's). Other
 * plans are narrowed by what is typed (the path before `#`, or any part of `path#id`) and
 * capped, so a big workspace answers at once; the list is then marked incomplete and the editor
 * asks again on the next keystroke.
 */
function parentItems(ctx: FeatureContext, plan: Plan, owner: PlanNode | undefined, typed: string, replace: Range): CompletionList {
  const items: CompletionItem[] = [];
  const fits = (node: PlanNode): boolean => (owner ? node !== owner && isAllowedParentKind(owner, node) : node.kind !== 'mission');
  // An objective's best parent is in the plan it cascades from; its own plan offers only the mission it already has.
  const ownGroup = owner?.kind === 'objective' ? GROUP.otherPlan : GROUP.ownPlan;
  const push = (node: PlanNode, text: string, group: string): void => {
    items.push({
      label: text,
      kind: CompletionItemKind.Reference,
      detail: `${KIND_LABEL[node.kind]} — ${node.title}`,
      sortText: `${group}${String(items.length).padStart(5, '0')}`,
      textEdit: { range: replace, newText: text },
    });
  };
  const ownIds = new Set(plan.nodes.map((n) => n.id));
  const parentPlan = ctx.graph.parentPlan(plan);
  const own = plan.nodes.filter(fits);
  if (ownGroup === GROUP.ownPlan) for (const node of own) push(node, node.id, ownGroup);
  const hash = typed.indexOf('#');
  const wanted = (path: string, id: string): boolean =>
    hash >= 0 ? path === typed.slice(0, hash) : `${path}#${id}`.toLowerCase().includes(typed.toLowerCase());
  let listed = 0;
  for (const [other, group] of otherPlansBestFirst(ctx, plan)) {
    const path = posix.relative(posix.dirname(plan.file), other.file);
    for (const node of other.nodes) {
      if (!fits(node)) continue;
      // A bare id resolves in this plan first, then in the parent plan.
      if (other === parentPlan && !ownIds.has(node.id) && hash < 0) push(node, node.id, group);
      if (!wanted(path, node.id)) continue;
      if (listed === MAX_OTHER_PLAN_ITEMS) return { isIncomplete: true, items };
      push(node, `${path}#${node.id}`, group);
      listed++;
    }
  }
  if (ownGroup !== GROUP.ownPlan) for (const node of own) push(node, node.id, ownGroup);
  return { isIncomplete: false, items };
}

/**
 * Front-matter `parent` values: the paths of the other plans, the plans other plans already
 * cascade from first, never this plan or a plan that cascades from it (that would be a cycle).
 */
function parentPlanItems(ctx: FeatureContext, plan: Plan, replace: Range): CompletionItem[] {
  const below = (p: Plan): boolean => {
    const seen = new Set<Plan>();
    for (let q: Plan | undefined = p; q && !seen.has(q); q = ctx.graph.parentPlan(q)) {
      if (q === plan) return true;
      seen.add(q);
    }
    return false;
  };
  const plans = ctx.graph.plans();
  const children = new Map<Plan, number>();
  for (const p of plans) {
    const parent = ctx.graph.parentPlan(p);
    if (parent) children.set(parent, (children.get(parent) ?? 0) + 1);
  }
  return plans
    .filter((p) => !below(p))
    .map((p) => ({ plan: p, path: posix.relative(posix.dirname(plan.file), p.file), children: children.get(p) ?? 0 }))
    .sort((a, b) => b.children - a.children || a.path.localeCompare(b.path))
    .map(({ plan: p, path, children: count }, index) => {
      const mission = p.nodes.find((n) => n.kind === 'mission');
      const facts = [p.frontMatter?.team, p.frontMatter?.period ?? p.statedPeriod?.written, mission ? `mission: ${mission.title}` : undefined, count ? `${count} plan${count === 1 ? ' cascades' : 's cascade'} from it` : undefined];
      return {
        label: path,
        kind: CompletionItemKind.File,
        detail: facts.filter(Boolean).join(' · ') || 'plan',
        sortText: String(index).padStart(5, '0'),
        textEdit: { range: replace, newText: path },
      };
    });
}

/** An enum's values, each with its one-line note. */
function enumItems(spec: FieldSpec, replace: Range): CompletionItem[] {
  return spec.values!.map((value, index) => ({
    label: value,
    kind: CompletionItemKind.EnumMember,
    ...(spec.valueNotes?.[value] ? { detail: spec.valueNotes[value] } : {}),
    sortText: String(index),
    textEdit: { range: replace, newText: value },
  }));
}

/** A value is being typed at the end of `before`: the text after `Key:` (leading spaces not included). */
interface TypedValue {
  key: string;
  value: string;
  start: Position;
}

function typedValue(before: string, line: number, frontMatter: boolean): TypedValue | undefined {
  const field = frontMatter ? /^(\s*)([A-Za-z][A-Za-z_-]*)(\s*:\s*)(.*)$/.exec(before) : /^(\s*(?:[-*+]\s+)?(?:\*\*)?)([A-Za-z][A-Za-z -]*?)(\s*(?::\*\*|\*\*:|:)\s*)(.*)$/.exec(before);
  if (!field) return undefined;
  return { key: field[2]!, value: field[4]!, start: { line, character: before.length - field[4]!.length } };
}

/** What was typed is a value already complete and followed by a space: a list now would only catch the next Enter. */
function finishedValue(value: string, spec: FieldSpec | undefined): boolean {
  if (!/\s$/.test(value) || !value.trim()) return false;
  if (spec?.values) return !spec.values.some((v) => v.startsWith(value.toLowerCase()) && v !== value.trim().toLowerCase());
  return true;
}

/**
 * Completions at a position: `Parent` references, front-matter `parent` plan paths, field keys,
 * enum values. `trigger` is the character that opened the request, if any: a space opens a list
 * only right after a key's colon or inside a value of several words (`in p…`), never after a
 * finished value or on indentation, so Enter keeps making new lines.
 */
export function completionAt(ctx: FeatureContext, file: string, position: Position, trigger?: string): CompletionItem[] | CompletionList {
  const plan = ctx.graph.plan(file);
  if (!plan) return [];
  const lineText = new LineIndex(plan.text).lineText(position.line);
  const before = lineText.slice(0, position.character);
  const fm = plan.frontMatter;
  const inFrontMatter = !!fm && position.line > fm.range.start.line && position.line < fm.range.end.line;
  const typed = typedValue(before, position.line, inFrontMatter);
  if (inFrontMatter) {
    if (!typed || typed.key.toLowerCase() !== 'parent' || /\s/.test(typed.value.trim()) || /\s$/.test(typed.value)) return [];
    return parentPlanItems(ctx, plan, { start: typed.start, end: position });
  }
  const owner = ownerAbove(plan, position.line);
  if (typed) {
    const name = canonicalFieldName(typed.key);
    const spec = fieldSpec(name);
    if (finishedValue(typed.value, spec)) return [];
    const replace = { start: typed.start, end: position };
    if (name === 'parent') return /\s/.test(typed.value) ? [] : parentItems(ctx, plan, owner, typed.value, replace);
    if (!spec?.values) return [];
    if (trigger === ' ' && typed.value !== '' && !/\s$/.test(typed.value)) return [];
    return enumItems(spec, replace);
  }
  if (trigger === ' ') return [];
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

import type { CheckIn, FrontMatter, Plan, PlanNode, Quantity, Reference } from '../model';
import { LineNode, type LineField } from './compact-model';
import { packCheckIns } from './check-ins';
import { LineIndex } from './positions';
import { intern } from './intern';

/*
 * A plan that rests on disk is kept without its text (the service reads it again when a rule
 * or a feature asks). But V8 makes a substring of 13 characters or more a view into its
 * parent string, so every title and field value the parser cut from the text would keep the
 * whole text alive. Detaching copies each such string on its own, once, when the plan is
 * read; the copy is also one byte per character where the text needed two only elsewhere
 * (an em dash or CJK in one line makes the whole text two-byte).
 */

/** Strings this short are copied by V8 already, never kept as a view into their parent. */
const SHORTEST_VIEW = 13;

/**
 * `text` as a string of its own, holding no other string alive. Equal strings get one copy
 * while the pool of copies keeps it: across a workspace the same title, message, unit or
 * check-in value is written in many plans (2,000 generated plans held 16 MB of 23 MB of
 * strings as repeats of another).
 */
export function ownCopy(text: string): string;
export function ownCopy(text: string | undefined): string | undefined;
export function ownCopy(text: string | undefined): string | undefined {
  if (text === undefined) return text;
  // Shorter strings are copies already; the pool of short strings keeps one of each.
  if (text.length < SHORTEST_VIEW) return intern(text);
  const kept = copies.get(text);
  if (kept !== undefined) return kept;
  if (copies.size >= MAX_COPIES) copies.clear();
  const copy = freshCopy(text);
  copies.set(copy, copy);
  return copy;
}

/** `text` as a fresh flat string of its own, outside the pool of copies. */
export function freshCopy(text: string): string {
  // JSON's parser builds a fresh flat string (one-byte when it can be): the cheapest copy measured.
  return JSON.parse(JSON.stringify(text)) as string;
}

/** Past this many different strings the pool starts again rather than grow: it keeps the strings of plans long gone until then. */
const MAX_COPIES = 50_000;
const copies = new Map<string, string>();

type Writable<T> = { -readonly [K in keyof T]: T[K] };

/** Every string of the plan's model (not `plan.text`) replaced by its own copy: the model then keeps no part of the text. */
export function detachStrings(plan: Plan): void {
  let lines: LineIndex | undefined;
  for (const node of plan.nodes) {
    detachNode(node as Writable<PlanNode>);
    // Check-ins are kept as their sources, read again when asked (`packCheckIns`).
    if (node.checkIns.length && node instanceof LineNode) {
      const packed = packCheckIns(node.checkIns, (lines ??= new LineIndex(plan.text)), ownCopy);
      if (packed) node.restCheckIns(packed);
      else detachCheckIns(node);
    } else detachCheckIns(node);
  }
  if (plan.frontMatter) detachFrontMatter(plan.frontMatter);
  if (plan.statedPeriod) plan.statedPeriod = { ...plan.statedPeriod, period: ownCopy(plan.statedPeriod.period), written: ownCopy(plan.statedPeriod.written) };
  for (const problem of plan.textProblems) problem.message = ownCopy(problem.message);
  for (const unread of plan.unread) {
    unread.message = ownCopy(unread.message);
    if (unread.fix) unread.fix = { title: ownCopy(unread.fix.title), range: unread.fix.range, newText: ownCopy(unread.fix.newText) };
  }
  for (const suppression of plan.suppressions) suppression.rules = suppression.rules.map((rule) => ownCopy(rule));
}

function detachNode(node: Writable<PlanNode>): void {
  node.title = ownCopy(node.title);
  node.id = ownCopy(node.id);
  // Keys are shared by every field written with them, and copied once when first met (`fieldKeyOf`).
  if (node.fields.some((field) => field.value.length >= SHORTEST_VIEW)) node.fields = node.fields.map((field) => (field.value.length < SHORTEST_VIEW ? field : (field as LineField).withValue(ownCopy(field.value))));
}

/** A node's check-ins kept as objects, their strings copied. */
function detachCheckIns(node: PlanNode): void {
  for (const checkIn of node.checkIns) {
    const writable = checkIn as Writable<CheckIn>;
    writable.date = ownCopy(checkIn.date);
    if (checkIn.note !== undefined) writable.note = ownCopy(checkIn.note);
    if (checkIn.value) writable.value = detachQuantity(checkIn.value);
  }
}

function detachQuantity(quantity: Quantity): Quantity {
  quantity.raw = ownCopy(quantity.raw);
  if (quantity.unit !== undefined) quantity.unit = ownCopy(quantity.unit);
  return quantity;
}

function detachReference(reference: Reference): void {
  reference.raw = ownCopy(reference.raw);
  if (reference.path !== undefined) reference.path = ownCopy(reference.path);
  if (reference.id !== undefined) reference.id = ownCopy(reference.id);
}

function detachFrontMatter(frontMatter: FrontMatter): void {
  frontMatter.data = detachValue(frontMatter.data) as Record<string, unknown>;
  if (frontMatter.period !== undefined) frontMatter.period = ownCopy(frontMatter.period);
  if (frontMatter.team !== undefined) frontMatter.team = ownCopy(frontMatter.team);
  if (frontMatter.owner !== undefined) frontMatter.owner = ownCopy(frontMatter.owner);
  if (frontMatter.parent) detachReference(frontMatter.parent);
  if (frontMatter.error) frontMatter.error.message = ownCopy(frontMatter.error.message);
}

/** A YAML value with its strings (keys too) copied; the front matter's values are slices of the text. */
function detachValue(value: unknown): unknown {
  if (typeof value === 'string') return ownCopy(value);
  if (Array.isArray(value)) return value.map(detachValue);
  if (value instanceof Map) return new Map([...value].map(([k, v]) => [detachValue(k), detachValue(v)]));
  if (value instanceof Set) return new Set([...value].map(detachValue));
  if (value && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    const copy: Record<string, unknown> = {};
    // defineProperty: a `__proto__` key in the YAML is data, not the copy's prototype.
    for (const [key, entry] of Object.entries(value)) Object.defineProperty(copy, ownCopy(key), { value: detachValue(entry), enumerable: true, writable: true, configurable: true });
    return copy;
  }
  return value;
}

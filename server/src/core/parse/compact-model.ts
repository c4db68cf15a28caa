import type { CheckIn, Field, NodeKind, PlanNode, Range } from '../model';
import { lineRange } from '../model';
import { isPacked, LineCheckIn, unpackCheckIns, type PackedCheckIns } from './check-ins';

export { LineCheckIn } from './check-ins';

/*
 * The model's objects as the parser builds them. A big workspace holds hundreds of thousands
 * of fields, nodes and check-ins; each keeps its place as a few numbers and builds the LSP
 * ranges it is asked for, rather than holding three range objects and their positions
 * (which were most of the server's memory on 2,000 plans).
 *
 * Section-relative objects are placed in a plan with `placed(lines, chars)`: `lines` is added
 * to every line, and `chars` (a byte-order mark) to the characters of the section's first line.
 */

/** The one empty list of every node without fields, check-ins or nested nodes (frozen: a late push fails loudly). */
const NONE = Object.freeze([]) as unknown as never[];

/**
 * A list without spare room. An array that grew by `push` keeps room for 17 or more items,
 * and even an empty one is an object of its own; a workspace holds 300k short lists of
 * fields, check-ins and nested nodes, most of them empty.
 */
export function exactCopy<T>(items: T[]): T[] {
  return items.length ? items.slice() : NONE;
}

/** `items` (already without spare room, as `map` makes them), or the shared empty list. */
function orNone<T>(items: T[]): T[] {
  return items.length ? items : NONE;
}

/** A field key as written, its canonical name, and whether it is a known field: one per distinct key, shared by its fields. */
export interface FieldKey {
  readonly key: string;
  readonly name: string;
  readonly known: boolean;
}

/**
 * A `Key: value` line or list item. The key's parts come from its shared `FieldKey`, and the
 * key's and value's ends from their lengths: a workspace holds hundreds of thousands of
 * fields, and each slot less is megabytes less.
 */
export class LineField implements Field {
  /** Where the field starts, where its value starts and where it ends, in one number (`packColumns`), or -1 (then in `wideColumns`). */
  private readonly columns: number;

  constructor(
    readonly spec: FieldKey,
    readonly value: string,
    readonly line: number,
    start: number,
    valueStart: number,
    end: number,
  ) {
    const packed = packColumns(start, valueStart, end);
    this.columns = packed ?? -1;
    if (packed === undefined) wideColumns.set(this, [start, valueStart, end]);
  }

  get start(): number {
    const columns = this.columns;
    return columns >= 0 ? columns & START_MASK : wideColumns.get(this)![0];
  }

  get valueStart(): number {
    const columns = this.columns;
    return columns >= 0 ? (columns & START_MASK) + ((columns >> START_BITS) & KEY_MASK) : wideColumns.get(this)![1];
  }

  get end(): number {
    const columns = this.columns;
    return columns >= 0 ? (columns & START_MASK) + ((columns >> START_BITS) & KEY_MASK) + (columns >> (START_BITS + KEY_BITS)) : wideColumns.get(this)![2];
  }

  get key(): string {
    return this.spec.key;
  }

  get name(): string {
    return this.spec.name;
  }

  get known(): boolean {
    return this.spec.known;
  }

  get range(): Range {
    return lineRange(this.line, this.start, this.end);
  }

  get keyRange(): Range {
    return lineRange(this.line, this.start, this.start + this.spec.key.length);
  }

  get valueRange(): Range {
    return lineRange(this.line, this.valueStart, this.valueStart + this.value.length);
  }

  placed(lines: number, chars: number): LineField {
    const c = this.line === 0 ? chars : 0;
    return new LineField(this.spec, this.value, this.line + lines, this.start + c, this.valueStart + c, this.end + c);
  }

  /** The same field with its value replaced by an equal string (a copy detached from the plan's text). */
  withValue(value: string): LineField {
    return new LineField(this.spec, value, this.line, this.start, this.valueStart, this.end);
  }
}

/*
 * A field's three columns packed in one small integer (V8 keeps it in the object, unboxed):
 * 10 bits for where it starts, 8 for how far its value starts from there, 12 for how long the
 * value runs. The rare field that does not fit (deep indentation, a long key or value) keeps
 * them in `wideColumns`; every field keeps one number, so every field keeps one shape.
 */
const START_BITS = 10;
const KEY_BITS = 8;
const VALUE_BITS = 12;
const START_MASK = (1 << START_BITS) - 1;
const KEY_MASK = (1 << KEY_BITS) - 1;
const wideColumns = new WeakMap<LineField, [number, number, number]>();

function packColumns(start: number, valueStart: number, end: number): number | undefined {
  const key = valueStart - start;
  const value = end - valueStart;
  if (!(start >= 0 && start <= START_MASK && key >= 0 && key <= KEY_MASK && value >= 0 && value < 1 << VALUE_BITS)) return undefined;
  if (!Number.isInteger(start) || !Number.isInteger(key) || !Number.isInteger(value)) return undefined;
  return start | (key << START_BITS) | (value << (START_BITS + KEY_BITS));
}

/** A field read from a table cell under its column's header: the key is not written on the line, so its range is empty. */
export class CellField extends LineField {
  constructor(spec: FieldKey, value: string, line: number, start: number) {
    super(spec, value, line, start, start, start + value.length);
  }

  override get keyRange(): Range {
    return lineRange(this.line, this.start, this.start);
  }

  override placed(lines: number, chars: number): CellField {
    return new CellField(this.spec, this.value, this.line + lines, this.start + (this.line === 0 ? chars : 0));
  }

  override withValue(value: string): CellField {
    return new CellField(this.spec, value, this.line, this.start);
  }
}

/** A field read from a cell of an OKR table, under a column named for it. */
export class TableCellField extends CellField {
  get inTableCell(): boolean {
    return true;
  }

  override placed(lines: number, chars: number): TableCellField {
    return new TableCellField(this.spec, this.value, this.line + lines, this.start + (this.line === 0 ? chars : 0));
  }

  override withValue(value: string): TableCellField {
    return new TableCellField(this.spec, value, this.line, this.start);
  }
}

/** A mission, objective, key result or initiative: its line, title and span as numbers. */
export class LineNode implements PlanNode {
  file = '';
  fields: Field[] = [];
  /** The check-ins as objects, or packed (a plan resting on disk: `restCheckIns`). */
  private heldCheckIns: CheckIn[] | PackedCheckIns = [];
  enclosing: PlanNode | undefined = undefined;
  nested: PlanNode[] = [];
  /** Where the node's span starts on its line, and where it ends (`spanTo`). */
  private spanStart: number;
  private spanEndLine: number;
  private spanEndChar: number;
  /** Kind, form, whether the id is written, and depth, in one number (`traitsOf`): three slots fewer on each of a workspace's nodes. */
  private readonly traits: number;

  constructor(
    kind: NodeKind,
    public id: string,
    explicitId: boolean,
    readonly title: string,
    form: PlanNode['form'],
    depth: number,
    readonly line: number,
    readonly start: number,
    readonly end: number,
    readonly titleStart: number,
  ) {
    this.traits = traitsOf(kind, form, explicitId, depth);
    this.spanStart = start;
    this.spanEndLine = line;
    this.spanEndChar = end;
  }

  get kind(): NodeKind {
    return KINDS[this.traits & 3]!;
  }

  get form(): PlanNode['form'] {
    return this.traits & 4 ? 'list' : 'heading';
  }

  get explicitId(): boolean {
    return (this.traits & 8) !== 0;
  }

  get depth(): number {
    return this.traits >> 4;
  }

  /** The node's check-ins; a resting node's are read again from their sources when asked (`unpackCheckIns`), not kept on the node. */
  get checkIns(): CheckIn[] {
    const held = this.heldCheckIns;
    return isPacked(held) ? unpackCheckIns(held) : held;
  }

  set checkIns(checkIns: CheckIn[]) {
    this.heldCheckIns = checkIns;
  }

  /** Keeps the check-ins packed (`packCheckIns`), for a plan resting on disk. */
  restCheckIns(packed: PackedCheckIns): void {
    this.heldCheckIns = packed;
  }

  get range(): Range {
    return lineRange(this.line, this.start, this.end);
  }

  get titleRange(): Range {
    return lineRange(this.line, this.titleStart, this.end);
  }

  get fullRange(): Range {
    return { start: { line: this.line, character: this.spanStart }, end: { line: this.spanEndLine, character: this.spanEndChar } };
  }

  /** Sets where the node's span ends; `fromLineStart` starts it at column 0 rather than at the node's text. */
  spanTo(endLine: number, endChar: number, fromLineStart = false): void {
    if (fromLineStart) this.spanStart = 0;
    this.spanEndLine = endLine;
    this.spanEndChar = endChar;
  }

  /** Drops the spare room that pushing left in the node's lists, once they are complete. */
  trimLists(): void {
    this.fields = exactCopy(this.fields);
    this.checkIns = exactCopy(this.checkIns);
  }

  /** A copy in `file`, shifted into place, with its fields and check-ins; nesting is left to the caller. */
  placed(file: string, lines: number, chars: number): LineNode {
    const copy = this.shiftedCopy(file, lines, chars);
    copy.fields = orNone(this.fields.map((f) => (f as LineField).placed(lines, chars)));
    copy.checkIns = orNone(this.checkIns.map((k) => (k as LineCheckIn).placed(lines, chars)));
    return copy;
  }

  /** The same node, sharing its fields and check-ins, without nesting (for another version of the plan). */
  unnested(): LineNode {
    const copy = this.shiftedCopy(this.file, 0, 0);
    copy.fields = this.fields;
    copy.heldCheckIns = this.heldCheckIns;
    return copy;
  }

  private shiftedCopy(file: string, lines: number, chars: number): LineNode {
    const c = this.line === 0 ? chars : 0;
    const copy = new LineNode(this.kind, this.id, this.explicitId, this.title, this.form, this.depth, this.line + lines, this.start + c, this.end + c, this.titleStart + c);
    copy.file = file;
    copy.spanStart = this.spanStart + c;
    copy.spanEndLine = this.spanEndLine + lines;
    copy.spanEndChar = this.spanEndChar + (this.spanEndLine === 0 ? chars : 0);
    return copy;
  }
}

const KINDS: readonly NodeKind[] = ['mission', 'objective', 'kr', 'initiative'];

function traitsOf(kind: NodeKind, form: PlanNode['form'], explicitId: boolean, depth: number): number {
  const index = KINDS.indexOf(kind);
  if (index < 0 || !Number.isInteger(depth) || depth < 0 || depth >= 1 << 26) throw new Error(`not a node: ${kind}, depth ${depth}`);
  return index | (form === 'list' ? 4 : 0) | (explicitId ? 8 : 0) | (depth << 4);
}

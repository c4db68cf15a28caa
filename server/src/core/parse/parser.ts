import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import type { Heading, List, ListItem, Paragraph, Root, RootContent } from 'mdast';
import type { CheckIn, Field, Plan, PlanNode, Position, Range } from '../model';
import { canonicalFieldName, fieldSpec } from '../fields';
import { LineIndex } from './positions';
import { scanLines } from './scan';
import { readNodeDeclaration, readFieldLine } from './node-line';
import { isIsoDate, parseQuantity } from './quantity';
import { parseFrontMatter } from './front-matter';
import { assignDerivedIds } from './ids';
import { RecentlyUsed } from '../recently-used';
import { readBlocksFast } from './fast-blocks';

const markdown = unified().use(remarkParse).use(remarkGfm);

/** Where fields met while walking a block go. */
interface Owner {
  node?: PlanNode;
  /** The last field read for the owner, so a following list can be its check-ins. */
  lastField?: Field;
}

/** A heading met in a section; `node` when it declares one. Lines are section-relative. */
interface SectionHeading {
  line: number;
  depth: number;
  node?: PlanNode;
}

/**
 * A heading-delimited section parsed on its own. Its nodes carry section-relative ranges
 * and only the nesting visible inside the section; `assemble` places them in the plan.
 * Parsed sections are immutable, so they can be reused across versions of a document.
 */
export interface ParsedSection {
  nodes: PlanNode[];
  headings: SectionHeading[];
  /** What could not be read in this section, with section-relative ranges. */
  problems: Plan['textProblems'];
  /** Set when the nodes were read with their place in the plan (a one-off parse): their ranges are absolute and they are used as they are. */
  placed?: Placement;
}

/** Where a section starts in its plan: lines before it, and characters before its text on its first line (a byte-order mark). */
interface Placement {
  lines: number;
  chars: number;
}

const AT_TOP: Placement = { lines: 0, chars: 0 };

/**
 * Lines indented further than this (about 100 list levels) are not read as Markdown: no plan
 * nests that deep, and Markdown parsers take quadratic time and deep recursion on them.
 */
export const MAX_INDENT = 200;

/** Blanks out over-indented lines (keeping line count and offsets) and says where. */
function withoutDeepLines(text: string): { text: string; problems: Plan['textProblems'] } {
  if (!/\n {201}/.test(`\n${text}`)) return { text, problems: [] };
  const lines = text.split('\n');
  let first = -1;
  const kept = lines.map((line, index) => {
    if (line.length - line.trimStart().length <= MAX_INDENT) return line;
    if (first < 0) first = index;
    return ' '.repeat(line.length);
  });
  const range = { start: { line: first, character: 0 }, end: { line: first, character: 0 } };
  return { text: kept.join('\n'), problems: [{ message: `Lines nested deeper than ${MAX_INDENT} columns are not read (from this line on).`, range }] };
}

/**
 * Parsed sections by their exact text. Keep one per document and pass it to every
 * `parsePlan` of that document: an edit then re-parses only the sections it touched.
 */
export class SectionCache {
  private readonly sections = new RecentlyUsed<ParsedSection>();
  /** Sections parsed (not reused) by the last `parsePlan`. */
  parsedLastTime = 0;

  get(text: string): ParsedSection {
    return this.sections.get(text, () => {
      this.parsedLastTime++;
      return parseSection(text);
    });
  }

  /** Forgets sections the last parse did not use. */
  endParse(): void {
    this.sections.endPass();
  }

  beginParse(): void {
    this.parsedLastTime = 0;
  }
}

/**
 * Parses one plan. Never throws on any text. `textProblems` come from reading the file (e.g.
 * invalid UTF-8). With a `cache` (one per open document), unchanged sections are reused;
 * without one, each section is read straight into its place in the plan.
 */
export function parsePlan(file: string, text: string, textProblems: Plan['textProblems'] = [], cache?: SectionCache): Plan {
  const lines = new LineIndex(text);
  const scan = scanLines(lines);
  const plan: Plan = {
    file,
    text,
    lineCount: lines.lineCount,
    nodes: [],
    suppressions: scan.suppressions,
    textProblems: [...textProblems],
    sections: [],
  };
  if (scan.frontMatter) plan.frontMatter = parseFrontMatter(lines, scan.frontMatter);
  cache?.beginParse();
  const assembler = new Assembler(plan, lines);
  for (const section of scan.sections) {
    let start = lines.lineStarts[section.startLine]!;
    const bom = start === 0 && text.charCodeAt(0) === 0xfeff ? 1 : 0;
    start += bom;
    const end = section.endLine < lines.lineCount ? lines.lineStarts[section.endLine]! : text.length;
    const sectionText = text.slice(start, end);
    const parsed = cache ? cache.get(sectionText) : parseSection(sectionText, false, { lines: section.startLine, chars: bom });
    plan.sections.push({ text: sectionText, startLine: section.startLine, firstLineChars: bom, firstNode: plan.nodes.length, nodeCount: parsed.nodes.length });
    assembler.add(parsed, section.startLine, bom);
  }
  cache?.endParse();
  assembler.finish();
  assignDerivedIds(plan.nodes);
  return plan;
}

/**
 * Parses one section: the line-oriented reader where it suffices, remark otherwise.
 * `useRemark` forces remark (tests compare both).
 */
export function parseSection(text: string, useRemark = false, placement?: Placement): ParsedSection {
  const readable = withoutDeepLines(text);
  try {
    const tree = (useRemark ? undefined : readBlocksFast(readable.text)) ?? (markdown.parse(readable.text) as Root);
    const walker = new SectionWalker(new LineIndex(readable.text), placement);
    walker.walkBlocks(tree.children);
    return { nodes: walker.nodes, headings: walker.headings, problems: readable.problems, ...(placement ? { placed: placement } : {}) };
  } catch (error) {
    // A parser failure must cost one section, never the plan or the editor session.
    const message = `This section could not be read (${error instanceof Error ? error.message : String(error)}).`;
    return { nodes: [], headings: [], problems: [...readable.problems, { message, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } } }] };
  }
}

const shiftPosition = (p: Position, lines: number, firstLineChars: number): Position => ({
  line: p.line + lines,
  character: p.character + (p.line === 0 ? firstLineChars : 0),
});
const shiftRange = (r: Range, lines: number, chars: number): Range => ({
  start: shiftPosition(r.start, lines, chars),
  end: shiftPosition(r.end, lines, chars),
});

/** Places parsed sections in the plan: absolute ranges, nesting across sections, node spans. */
class Assembler {
  /** Open headings across sections, innermost last. */
  private readonly open: { depth: number; node?: PlanNode }[] = [];

  constructor(
    private readonly plan: Plan,
    private readonly lines: LineIndex,
  ) {}

  add(section: ParsedSection, lineOffset: number, firstLineChars: number): void {
    for (const problem of section.problems) this.plan.textProblems.push({ ...problem, range: shiftRange(problem.range, lineOffset, 0) });
    const copies = new Map<PlanNode, PlanNode>();
    let h = 0;
    for (const local of section.nodes) {
      while (h < section.headings.length && section.headings[h]!.line <= local.range.start.line) {
        const heading = section.headings[h++]!;
        if (heading.node !== local) this.openHeading(heading.depth, lineOffset + heading.line);
      }
      const node = this.copyNode(local, lineOffset, firstLineChars, section);
      copies.set(local, node);
      const localParent = local.enclosing && copies.get(local.enclosing);
      node.enclosing = localParent ?? (node.form === 'heading' ? this.innermostNode(node.depth) : this.innermostNode(7));
      node.enclosing?.nested.push(node);
      if (node.form === 'heading') this.openHeading(node.depth, node.range.start.line, node);
      this.plan.nodes.push(node);
    }
    for (; h < section.headings.length; h++) this.openHeading(section.headings[h]!.depth, lineOffset + section.headings[h]!.line);
  }

  /** A heading closes every open heading at its depth or deeper; node headings end their span there. */
  private openHeading(depth: number, line: number, node?: PlanNode): void {
    while (this.open.length && this.open[this.open.length - 1]!.depth >= depth) {
      const closed = this.open.pop()!;
      if (closed.node) this.endSpan(closed.node, line - 1);
    }
    this.open.push(node ? { depth, node } : { depth });
  }

  private innermostNode(belowDepth: number): PlanNode | undefined {
    for (let i = this.open.length - 1; i >= 0; i--) {
      const entry = this.open[i]!;
      if (entry.depth < belowDepth && entry.node) return entry.node;
    }
    return undefined;
  }

  private endSpan(node: PlanNode, endLine: number): void {
    const line = Math.max(endLine, node.range.start.line);
    node.fullRange = { start: { line: node.range.start.line, character: 0 }, end: { line, character: this.lines.lineText(line).length } };
  }

  finish(): void {
    for (const entry of this.open) if (entry.node) this.endSpan(entry.node, this.lines.lineCount - 1);
    this.open.length = 0;
  }

  /** A section's node placed in the plan. Its shifted ranges are kept and shared while the section stays where it is. */
  private copyNode(local: PlanNode, lines: number, chars: number, section: ParsedSection): PlanNode {
    if (section.placed) {
      // Read in place for this plan only: the node is already where it belongs.
      local.file = this.plan.file;
      local.nested = [];
      return local;
    }
    let placed = placedNodes.get(local);
    if (!placed || placed.lines !== lines || placed.chars !== chars || placed.node.file !== this.plan.file) {
      placed = { lines, chars, node: placeNode(local, this.plan.file, lines, chars) };
      placedNodes.set(local, placed);
    }
    return { ...placed.node, nested: [] };
  }
}

/**
 * The last placement of each parsed node: a keystroke leaves most sections where they were,
 * so their nodes' absolute ranges are reused rather than rebuilt for every version.
 */
const placedNodes = new WeakMap<PlanNode, { lines: number; chars: number; node: PlanNode }>();

function placeNode(local: PlanNode, file: string, lines: number, chars: number): PlanNode {
  const shift = (r: Range): Range => shiftRange(r, lines, chars);
  return {
    ...local,
    file,
    range: shift(local.range),
    titleRange: shift(local.titleRange),
    fullRange: shift(local.fullRange),
    fields: local.fields.map((f) => ({ ...f, range: shift(f.range), keyRange: shift(f.keyRange), valueRange: shift(f.valueRange) })),
    checkIns: local.checkIns.map((c) => ({ ...c, range: shift(c.range) })),
    enclosing: undefined,
    nested: [],
  };
}

/** Walks one section's Markdown tree; ranges are relative to the section. */
class SectionWalker {
  readonly nodes: PlanNode[] = [];
  readonly headings: SectionHeading[] = [];
  /** Open headings inside this section, innermost last. */
  private readonly stack: SectionHeading[] = [];

  constructor(
    private readonly lines: LineIndex,
    private readonly placement: Placement = AT_TOP,
  ) {}

  /** A range on one line of the section, placed in the plan. */
  private range(line: number, start: number, end: number): Range {
    const chars = line === 0 ? this.placement.chars : 0;
    return this.lines.lineRange(line + this.placement.lines, start + chars, end + chars);
  }

  /** A position on a line of the section, placed in the plan. */
  private at(line: number, character: number): Position {
    return { line: line + this.placement.lines, character: character + (line === 0 ? this.placement.chars : 0) };
  }

  private position(offset: number): Position {
    const { line, character } = this.lines.positionAt(offset);
    return { line: line + this.placement.lines, character: character + (line === 0 ? this.placement.chars : 0) };
  }

  walkBlocks(blocks: RootContent[]): void {
    let owner: Owner = this.headingOwner();
    for (const block of blocks) {
      if (block.type === 'heading') owner = this.addHeading(block);
      else if (block.type === 'paragraph') this.addFieldLines(block, owner, 0);
      else if (block.type === 'list') this.addList(block, owner, 0);
    }
  }

  private headingOwner(): Owner {
    const top = this.stack[this.stack.length - 1];
    return top?.node ? { node: top.node } : {};
  }

  private addHeading(heading: Heading): Owner {
    const line = this.lineOf(heading);
    while (this.stack.length && this.stack[this.stack.length - 1]!.depth >= heading.depth) this.stack.pop();
    const text = this.lines.lineText(line);
    const content = /^\s{0,3}#{1,6}[ \t]*/.exec(text);
    const contentStart = content ? content[0].length : 0;
    const body = text.slice(contentStart).replace(/[ \t]+#+[ \t]*$/, '').replace(/^#+[ \t]*$/, '').trimEnd();
    const declaration = readNodeDeclaration(body);
    if (!declaration) {
      const plain = { line, depth: heading.depth };
      this.stack.push(plain);
      this.headings.push(plain);
      return {};
    }
    const node = this.newNode(declaration, line, contentStart, body.length, 'heading', heading.depth);
    node.enclosing = this.enclosingHeadingNode();
    node.enclosing?.nested.push(node);
    const entry = { line, depth: heading.depth, node };
    this.stack.push(entry);
    this.headings.push(entry);
    return { node };
  }

  private enclosingHeadingNode(): PlanNode | undefined {
    for (let i = this.stack.length - 1; i >= 0; i--) {
      const node = this.stack[i]!.node;
      if (node) return node;
    }
    return undefined;
  }

  private newNode(
    declaration: ReturnType<typeof readNodeDeclaration> & object,
    line: number,
    start: number,
    length: number,
    form: PlanNode['form'],
    depth: number,
  ): PlanNode {
    const titleStart = start + declaration.titleStart;
    const end = start + length;
    const range = this.range(line, start, end);
    const node: PlanNode = {
      kind: declaration.kind,
      id: declaration.id ?? '',
      explicitId: declaration.id !== undefined,
      title: declaration.title,
      file: '',
      range,
      // Ranges share their positions: a big workspace holds hundreds of thousands of them.
      titleRange: { start: this.at(line, Math.min(titleStart, end)), end: range.end },
      fullRange: { start: range.start, end: range.end },
      form,
      depth,
      fields: [],
      checkIns: [],
      nested: [],
    };
    this.nodes.push(node);
    return node;
  }

  /** Each line of a paragraph may be a field of the owner; `skipFirst` skips a list item's own line. */
  private addFieldLines(paragraph: Paragraph, owner: Owner, skipFirst: number): void {
    const first = this.lineOf(paragraph);
    const last = this.endLineOf(paragraph);
    for (let line = first + skipFirst; line <= last; line++) {
      const text = this.lines.lineText(line);
      const indent = text.length - text.trimStart().length;
      const field = this.readField(line, indent, text.trim());
      if (field && owner.node) {
        owner.node.fields.push(field);
        owner.lastField = field;
      }
    }
  }

  private readField(line: number, start: number, text: string): Field | undefined {
    const parsed = readFieldLine(text);
    if (!parsed) return undefined;
    const name = canonicalFieldName(parsed.key);
    const range = this.range(line, start, start + text.length);
    const valueEnd = start + parsed.valueStart + parsed.value.length;
    return {
      key: internedKey(parsed.key),
      name,
      known: fieldSpec(name) !== undefined,
      value: parsed.value,
      range,
      keyRange: { start: range.start, end: this.at(line, start + parsed.key.length) },
      valueRange: { start: this.at(line, start + parsed.valueStart), end: valueEnd === start + text.length ? range.end : this.at(line, valueEnd) },
    };
  }

  private addList(list: List, owner: Owner, level: number): void {
    let items = list.children;
    if (owner.node && owner.lastField?.name === 'check-ins' && owner.lastField.value === '') {
      items = this.addCheckIns(items, owner.node);
      owner.lastField = undefined;
    }
    for (const item of items) this.addListItem(item, owner, level + 1);
  }

  private addListItem(item: ListItem, owner: Owner, level: number): void {
    const line = this.lineOf(item);
    const text = this.lines.lineText(line);
    const marker = /^\s*(?:[-*+]|\d{1,9}[.)])[ \t]+(?:\[[ xX]\][ \t]+)?/.exec(text);
    const contentStart = marker ? marker[0].length : text.length - text.trimStart().length;
    const content = text.slice(contentStart).trimEnd();
    const firstParagraph = item.children[0]?.type === 'paragraph' ? item.children[0] : undefined;
    const declaration = firstParagraph ? readNodeDeclaration(content) : undefined;
    let childOwner: Owner = owner;
    if (declaration) {
      const headingDepth = this.stack[this.stack.length - 1]?.depth ?? 0;
      const node = this.newNode(declaration, line, contentStart, content.length, 'list', headingDepth + level);
      node.fullRange = { start: node.range.start, end: this.position(item.position?.end.offset ?? 0) };
      node.enclosing = owner.node ?? this.enclosingHeadingNode();
      node.enclosing?.nested.push(node);
      childOwner = { node };
    } else if (firstParagraph) {
      const field = this.readField(line, contentStart, content);
      if (field && owner.node) {
        owner.node.fields.push(field);
        owner.lastField = field;
        const nested = item.children.find((c): c is List => c.type === 'list');
        if (field.name === 'check-ins' && nested) {
          for (const rest of this.addCheckIns(nested.children, owner.node)) this.addListItem(rest, { node: owner.node }, level + 1);
          return;
        }
        childOwner = { node: owner.node };
      } else {
        childOwner = { node: undefined };
      }
    }
    for (const [index, child] of item.children.entries()) {
      if (child.type === 'paragraph') this.addFieldLines(child, childOwner, index === 0 ? 1 : 0);
      // Lists under prose items hold no fields, but can still hold nodes.
      else if (child.type === 'list') this.addList(child, childOwner, level);
    }
  }

  /** Reads check-in items up to the first item that declares a node; returns the items left. */
  private addCheckIns(items: ListItem[], kr: PlanNode): ListItem[] {
    for (const [index, item] of items.entries()) {
      const line = this.lineOf(item);
      const text = this.lines.lineText(line);
      const marker = /^\s*(?:[-*+]|\d{1,9}[.)])(?:[ \t]+|$)/.exec(text);
      const start = marker ? marker[0].length : 0;
      const content = text.slice(start).trimEnd();
      if (readNodeDeclaration(content)) return items.slice(index);
      // An empty item is pointed at by its marker.
      const range = content ? this.range(line, start, start + content.length) : this.range(line, text.length - text.trimStart().length, text.trimEnd().length);
      kr.checkIns.push(readCheckIn(content, range));
    }
    return [];
  }

  private lineOf(node: { position?: { start: { offset?: number } } }): number {
    return this.lines.positionAt((node.position?.start.offset ?? 0)).line;
  }

  private endLineOf(node: { position?: { end: { offset?: number } } }): number {
    return this.lines.positionAt((node.position?.end.offset ?? 0)).line;
  }
}

/** One string per distinct field key (`Owner`, `Status`, …) however many plans write it. */
const fieldKeys = new Map<string, string>();

function internedKey(key: string): string {
  const known = fieldKeys.get(key);
  if (known !== undefined) return known;
  if (fieldKeys.size >= 10_000) fieldKeys.clear();
  fieldKeys.set(key, key);
  return key;
}

/** `2026-01-26: 8 days, confidence 0.5 — bank sync still slow` */
export function readCheckIn(text: string, range: Range): CheckIn {
  const m = /^([^:]+?)\s*:\s*(.*)$/.exec(text);
  const date = (m ? m[1]! : text).trim();
  const checkIn: CheckIn = { date, validDate: isIsoDate(date), range };
  if (!m) return checkIn;
  let rest = m[2]!;
  const noteAt = rest.search(/\s[—–]\s|\s--\s|\s-\s/);
  if (noteAt >= 0) {
    checkIn.note = rest.slice(noteAt).replace(/^\s*(?:[—–]|--|-)\s*/, '').trim();
    rest = rest.slice(0, noteAt);
  }
  const confidence = /,?\s*confidence\s*:?\s*([0-9.]+%?)\s*$/i.exec(rest);
  if (confidence) {
    const value = Number(confidence[1]!.replace('%', '')) / (confidence[1]!.endsWith('%') ? 100 : 1);
    if (Number.isFinite(value)) checkIn.confidence = value;
    rest = rest.slice(0, confidence.index);
  }
  const value = parseQuantity(rest.replace(/,\s*$/, ''));
  if (value) checkIn.value = value;
  return checkIn;
}

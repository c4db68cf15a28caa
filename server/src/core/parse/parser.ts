import { unified, type Processor } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import type { Heading, List, ListItem, Paragraph, Root, RootContent } from 'mdast';
import type { Field, Plan, PlanNode, Position } from '../model';
import { shiftLines } from '../model';
import { canonicalFieldName, fieldSpec } from '../fields';
import { LineIndex } from './positions';
import { scanLines } from './scan';
import { readNodeDeclaration, readFieldLine } from './node-line';
import { isIsoDate, parseQuantity } from './quantity';
import { parseFrontMatter } from './front-matter';
import { assignDerivedIds } from './ids';
import { RecentlyUsed } from '../recently-used';
import { readBlocksFast } from './fast-blocks';
import { exactCopy, LineCheckIn, LineField, LineNode } from './compact-model';

/**
 * Inline constructs micromark need not parse: plans are read from the blocks (headings,
 * paragraphs, lists) and their lines, never from emphasis, links or inline code, and inline
 * parsing never changes the blocks. Some of it is quadratic on hostile text: 20 KB of `<!--`
 * in a quote took 9.5 s, of `*a` 5.8 s.
 */
const UNREAD_INLINE_CONSTRUCTS = [
  'attention',
  'autolink',
  'codeText',
  'hardBreakEscape',
  'htmlText',
  'labelStartImage',
  'labelStartLink',
  'labelEnd',
  'strikethrough',
  'wwwAutolink',
  'protocolAutolink',
  'emailAutolink',
  'gfmFootnoteCall',
  'gfmPotentialFootnoteCall',
];

function withoutInlineConstructs(this: Processor): void {
  const data = this.data();
  (data.micromarkExtensions ??= []).push({ disable: { null: UNREAD_INLINE_CONSTRUCTS } });
}

const markdown = unified().use(remarkParse).use(remarkGfm).use(withoutInlineConstructs);

/** Where fields met while walking a block go. */
interface Owner {
  node?: LineNode;
  /** The last field read for the owner, so a following list can be its check-ins. */
  lastField?: Field;
}

/** A heading met in a section; `node` when it declares one. Lines are section-relative. */
interface SectionHeading {
  line: number;
  depth: number;
  node?: LineNode;
}

/**
 * A heading-delimited section parsed on its own. Its nodes carry section-relative ranges
 * and only the nesting visible inside the section; `assemble` places them in the plan.
 * Parsed sections are immutable, so they can be reused across versions of a document.
 */
export interface ParsedSection {
  nodes: LineNode[];
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

/** The same for quote and list markers before a line's text (`> > > …`, `- > - > …`), which nest without indenting. */
export const MAX_CONTAINER_MARKERS = 100;

/** Container markers at the start of a line: quotes, and list markers followed by a space. */
const CONTAINER_MARKER = /[ \t]*(?:>|(?:[-*+]|\d{1,9}[.)])(?=[ \t]))/y;

function tooDeep(line: string): boolean {
  if (line.length - line.trimStart().length > MAX_INDENT) return true;
  CONTAINER_MARKER.lastIndex = 0;
  let markers = 0;
  while (CONTAINER_MARKER.test(line)) if (++markers > MAX_CONTAINER_MARKERS) return true;
  return false;
}

/** Whether any line may be too deep: a cheap test over the whole text before looking line by line. */
const MAY_BE_TOO_DEEP = new RegExp(`\\n(?: {${MAX_INDENT + 1}}|(?:[ \\t]*(?:[->*+]|\\d{1,9}[.)])){${MAX_CONTAINER_MARKERS + 1}})`);

/** Blanks out over-nested lines (keeping line count and offsets) and says where. */
function withoutDeepLines(text: string): { text: string; problems: Plan['textProblems'] } {
  if (!MAY_BE_TOO_DEEP.test(`\n${text}`)) return { text, problems: [] };
  const lines = text.split('\n');
  let first = -1;
  const kept = lines.map((line, index) => {
    if (!tooDeep(line)) return line;
    if (first < 0) first = index;
    return ' '.repeat(line.length);
  });
  if (first < 0) return { text, problems: [] };
  const range = { start: { line: first, character: 0 }, end: { line: first, character: 0 } };
  const message = `Lines nested deeper than ${MAX_INDENT} columns or ${MAX_CONTAINER_MARKERS} quotes and lists are not read (from this line on).`;
  return { text: kept.join('\n'), problems: [{ message, range }] };
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
  for (const { text: sectionText, startLine, firstLineChars } of sectionsOf(lines, scan.sections)) {
    const parsed = cache ? cache.get(sectionText) : parseSection(sectionText, false, { lines: startLine, chars: firstLineChars });
    plan.sections.push({ text: sectionText, startLine, firstLineChars, firstNode: plan.nodes.length, nodeCount: parsed.nodes.length });
    assembler.add(parsed, startLine, firstLineChars);
  }
  cache?.endParse();
  assembler.finish();
  assignDerivedIds(plan.nodes);
  return plan;
}

/** Each section's text (without a leading byte-order mark) and where it starts. */
function* sectionsOf(lines: LineIndex, sections: ReturnType<typeof scanLines>['sections']): Generator<{ text: string; startLine: number; firstLineChars: number }> {
  const { text } = lines;
  for (const section of sections) {
    const start = lines.lineStarts[section.startLine]!;
    const firstLineChars = start === 0 && text.charCodeAt(0) === 0xfeff ? 1 : 0;
    const end = section.endLine < lines.lineCount ? lines.lineStarts[section.endLine]! : text.length;
    yield { text: text.slice(start + firstLineChars, end), startLine: section.startLine, firstLineChars };
  }
}

/**
 * The nodes of the sections whose text passes `wanted`, read exactly as `parsePlan` reads
 * them and at their place in the plan, without parsing the rest. They are not nested across
 * sections and have no derived ids or spans: enough to say where a node is and what its own
 * lines (its fields) say.
 */
export function parseSectionsWhere(file: string, text: string, wanted: (sectionText: string) => boolean): PlanNode[] {
  const lines = new LineIndex(text);
  const nodes: PlanNode[] = [];
  for (const { text: sectionText, startLine, firstLineChars } of sectionsOf(lines, scanLines(lines).sections)) {
    if (!wanted(sectionText)) continue;
    for (const node of parseSection(sectionText, false, { lines: startLine, chars: firstLineChars }).nodes) {
      node.file = file;
      nodes.push(node);
    }
  }
  return nodes;
}

/**
 * Parses one section: the line-oriented reader where it suffices, remark otherwise.
 * `useRemark` forces remark (tests compare both).
 */
export function parseSection(text: string, useRemark = false, placement?: Placement): ParsedSection {
  // Lines and columns stay the same with every line ending written `\n` (columns never count a `\r`),
  // and the line reader, which leaves `\r` to remark, then reads CRLF plans too.
  const readable = withoutDeepLines(text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text);
  try {
    const fast = useRemark ? undefined : readBlocksFast(readable.text);
    if (!fast && hasMoreLinesThan(readable.text, MAX_REMARK_LINES)) return headingOnly(readable.text, placement, readable.problems);
    const tree = fast ?? (markdown.parse(readable.text) as Root);
    const walker = new SectionWalker(new LineIndex(readable.text), placement);
    walker.walkBlocks(tree.children);
    for (const node of walker.nodes) node.trimLists();
    return { nodes: walker.nodes, headings: walker.headings, problems: readable.problems, ...(placement ? { placed: placement } : {}) };
  } catch (error) {
    // A parser failure must cost one section, never the plan or the editor session.
    const message = `This section could not be read (${error instanceof Error ? error.message : String(error)}).`;
    return { nodes: [], headings: [], problems: [...readable.problems, { message, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } } }] };
  }
}

/**
 * Sections longer than this that only remark can read (quotes, code, ordered lists…) are read as
 * far as their first line: remark takes some 40 µs and 9 KB a line of quotes, so one
 * 200,000-line section took 18 s and 1.8 GB. No plan writes a section this long by hand.
 */
export const MAX_REMARK_LINES = 5_000;

function hasMoreLinesThan(text: string, count: number): boolean {
  let lines = 0;
  for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) if (++lines > count) return true;
  return false;
}

/** A section too long for remark: its first line (the heading, which keeps the nesting of what follows) and one problem. */
function headingOnly(text: string, placement: Placement | undefined, problems: Plan['textProblems']): ParsedSection {
  const first = parseSection(text.slice(0, text.indexOf('\n') + 1), false, placement);
  const message = `This section is longer than ${MAX_REMARK_LINES.toLocaleString('en-US')} lines of Markdown that only a full parser reads (quotes, code, ordered lists…), so only its first line is read; split it under more headings.`;
  return { ...first, problems: [...problems, ...first.problems, { message, range: { start: { line: 1, character: 0 }, end: { line: 1, character: 0 } } }] };
}

/** Places parsed sections in the plan: absolute ranges, nesting across sections, node spans. */
class Assembler {
  /** Open headings across sections, innermost last. */
  private readonly open: { depth: number; node?: LineNode }[] = [];

  constructor(
    private readonly plan: Plan,
    private readonly lines: LineIndex,
  ) {}

  add(section: ParsedSection, lineOffset: number, firstLineChars: number): void {
    for (const problem of section.problems) this.plan.textProblems.push({ ...problem, range: shiftLines(problem.range, lineOffset) });
    const copies = new Map<PlanNode, LineNode>();
    let h = 0;
    for (const local of section.nodes) {
      // Heading lines are the section's own; a section read in place has its nodes' lines placed already.
      const localLine = section.placed ? local.line - lineOffset : local.line;
      while (h < section.headings.length && section.headings[h]!.line <= localLine) {
        const heading = section.headings[h++]!;
        if (heading.node !== local) this.openHeading(heading.depth, lineOffset + heading.line);
      }
      const node = this.copyNode(local, lineOffset, firstLineChars, section);
      copies.set(local, node);
      const localParent = local.enclosing && copies.get(local.enclosing);
      node.enclosing = localParent ?? (node.form === 'heading' ? this.innermostNode(node.depth) : this.innermostNode(7));
      node.enclosing?.nested.push(node);
      if (node.form === 'heading') this.openHeading(node.depth, node.line, node);
      this.plan.nodes.push(node);
    }
    for (; h < section.headings.length; h++) this.openHeading(section.headings[h]!.depth, lineOffset + section.headings[h]!.line);
  }

  /** A heading closes every open heading at its depth or deeper; node headings end their span there. */
  private openHeading(depth: number, line: number, node?: LineNode): void {
    while (this.open.length && this.open[this.open.length - 1]!.depth >= depth) {
      const closed = this.open.pop()!;
      if (closed.node) this.endSpan(closed.node, line - 1);
    }
    this.open.push(node ? { depth, node } : { depth });
  }

  private innermostNode(belowDepth: number): LineNode | undefined {
    for (let i = this.open.length - 1; i >= 0; i--) {
      const entry = this.open[i]!;
      if (entry.depth < belowDepth && entry.node) return entry.node;
    }
    return undefined;
  }

  private endSpan(node: LineNode, endLine: number): void {
    const line = Math.max(endLine, node.line);
    node.spanTo(line, this.lines.lineText(line).length, true);
  }

  finish(): void {
    for (const entry of this.open) if (entry.node) this.endSpan(entry.node, this.lines.lineCount - 1);
    this.open.length = 0;
    for (const node of this.plan.nodes) if (node.nested.length) node.nested = exactCopy(node.nested);
  }

  /** A section's node placed in the plan. Its shifted copy is kept and shared while the section stays where it is. */
  private copyNode(local: LineNode, lines: number, chars: number, section: ParsedSection): LineNode {
    if (section.placed) {
      // Read in place for this plan only: the node is already where it belongs.
      local.file = this.plan.file;
      local.nested = [];
      return local;
    }
    let placed = placedNodes.get(local);
    if (!placed || placed.lines !== lines || placed.chars !== chars || placed.node.file !== this.plan.file) {
      placed = { lines, chars, node: local.placed(this.plan.file, lines, chars) };
      placedNodes.set(local, placed);
    }
    return placed.node.unnested();
  }
}

/**
 * The last placement of each parsed node: a keystroke leaves most sections where they were,
 * so their nodes' placed fields and check-ins are reused rather than rebuilt for every version.
 */
const placedNodes = new WeakMap<LineNode, { lines: number; chars: number; node: LineNode }>();

/** Walks one section's Markdown tree; ranges are relative to the section. */
class SectionWalker {
  readonly nodes: LineNode[] = [];
  readonly headings: SectionHeading[] = [];
  /** Open headings inside this section, innermost last. */
  private readonly stack: SectionHeading[] = [];

  constructor(
    private readonly lines: LineIndex,
    private readonly placement: Placement = AT_TOP,
  ) {}

  /** Characters before the section's text on a line of it (a byte-order mark on its first line). */
  private charsBefore(line: number): number {
    return line === 0 ? this.placement.chars : 0;
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
    const body = withoutClosingHashes(text.slice(contentStart));
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

  private enclosingHeadingNode(): LineNode | undefined {
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
  ): LineNode {
    const c = this.charsBefore(line);
    const end = start + length;
    const titleStart = Math.min(start + declaration.titleStart, end);
    const id = declaration.id ?? '';
    const node = new LineNode(declaration.kind, id, declaration.id !== undefined, declaration.title, form, depth, line + this.placement.lines, start + c, end + c, titleStart + c);
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
    const { key, name, known } = fieldKeyOf(parsed.key);
    const at = start + this.charsBefore(line);
    const valueStart = at + parsed.valueStart;
    return new LineField(
      key,
      name,
      known,
      parsed.value,
      line + this.placement.lines,
      at,
      at + parsed.key.length,
      valueStart,
      valueStart + parsed.value.length,
      at + text.length,
    );
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
      const end = this.position(item.position?.end.offset ?? 0);
      node.spanTo(end.line, end.character);
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
  private addCheckIns(items: ListItem[], kr: LineNode): ListItem[] {
    for (const [index, item] of items.entries()) {
      const line = this.lineOf(item);
      const text = this.lines.lineText(line);
      const marker = /^\s*(?:[-*+]|\d{1,9}[.)])(?:[ \t]+|$)/.exec(text);
      const start = marker ? marker[0].length : 0;
      const content = text.slice(start).trimEnd();
      if (readNodeDeclaration(content)) return items.slice(index);
      // An empty item is pointed at by its marker.
      const [from, to] = content ? [start, start + content.length] : [text.length - text.trimStart().length, text.trimEnd().length];
      const c = this.charsBefore(line);
      kr.checkIns.push(readCheckIn(content, line + this.placement.lines, from + c, to + c));
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

/**
 * A heading's text without its closing `#` sequence (`## Title ##`) and trailing blanks. Not a
 * regex: `/[ \t]+#+[ \t]*$/` backtracks through every run of blanks, quadratic in a long one.
 */
function withoutClosingHashes(text: string): string {
  const trimmed = text.trimEnd();
  let hashes = trimmed.length;
  while (hashes > 0 && trimmed[hashes - 1] === '#') hashes--;
  if (hashes === trimmed.length) return trimmed;
  if (hashes === 0) return '';
  const before = trimmed[hashes - 1];
  return before === ' ' || before === '\t' ? trimmed.slice(0, hashes).trimEnd() : trimmed;
}

/** A field key as written, its canonical name, and whether it is a known field. */
interface FieldKey {
  key: string;
  name: string;
  known: boolean;
}

/**
 * One entry per distinct key as written (`Owner`, `Status`, …) however many plans write it:
 * the fields share its strings, and the canonical name is worked out once, not per field.
 */
const fieldKeys = new Map<string, FieldKey>();

function fieldKeyOf(written: string): FieldKey {
  let entry = fieldKeys.get(written);
  if (entry) return entry;
  if (fieldKeys.size >= 10_000) fieldKeys.clear();
  const name = canonicalFieldName(written);
  entry = { key: written, name, known: fieldSpec(name) !== undefined };
  fieldKeys.set(written, entry);
  return entry;
}

const CONFIDENCE_WORD = /confidence/gi;

/**
 * `, confidence 0.5` at the end of a check-in value: the number, and where the `,` or blanks before
 * the word start. Only the last `confidence` can end the value, so only it is tried: one regex
 * tried at every position was quadratic in a long run of blanks.
 */
function trailingConfidence(text: string): { value: string; index: number } | undefined {
  let at = -1;
  CONFIDENCE_WORD.lastIndex = 0;
  while (CONFIDENCE_WORD.exec(text)) at = CONFIDENCE_WORD.lastIndex - 'confidence'.length;
  if (at < 0) return undefined;
  const m = /^confidence\s*(?::\s*)?([0-9.]+%?)\s*$/i.exec(text.slice(at));
  if (!m) return undefined;
  let index = at;
  while (index > 0 && /\s/.test(text[index - 1]!)) index--;
  if (index > 0 && text[index - 1] === ',') index--;
  return { value: m[1]!, index };
}

/** `2026-01-26: 8 days, confidence 0.5 — bank sync still slow` */
function readCheckIn(text: string, line: number, start: number, end: number): LineCheckIn {
  // The date is what comes before the first colon (indexOf, not a lazy regex: that was quadratic in a long line without one).
  const colon = text.indexOf(':');
  const date = (colon > 0 ? text.slice(0, colon) : text).trim();
  if (colon <= 0) return new LineCheckIn(date, isIsoDate(date), undefined, undefined, undefined, line, start, end);
  let rest = text.slice(colon + 1).trimStart();
  let note: string | undefined;
  const noteAt = rest.search(/\s[—–]\s|\s--\s|\s-\s/);
  if (noteAt >= 0) {
    note = rest.slice(noteAt).replace(/^\s*(?:[—–]|--|-)\s*/, '').trim();
    rest = rest.slice(0, noteAt);
  }
  let confidence: number | undefined;
  const written = trailingConfidence(rest);
  if (written) {
    const value = Number(written.value.replace('%', '')) / (written.value.endsWith('%') ? 100 : 1);
    if (Number.isFinite(value)) confidence = value;
    rest = rest.slice(0, written.index);
  }
  const value = parseQuantity(rest.replace(/,\s*$/, ''));
  return new LineCheckIn(date, isIsoDate(date), value, confidence, note, line, start, end);
}

import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import type { Heading, List, ListItem, Paragraph, Root, RootContent } from 'mdast';
import type { CheckIn, Field, Plan, PlanNode, Range } from '../model';
import { canonicalFieldName, fieldSpec } from '../fields';
import { LineIndex } from './positions';
import { scanLines, type Section } from './scan';
import { readNodeDeclaration, readFieldLine } from './node-line';
import { isIsoDate, parseQuantity } from './quantity';
import { parseFrontMatter } from './front-matter';
import { assignDerivedIds } from './ids';

const markdown = unified().use(remarkParse).use(remarkGfm);

/** Where fields met while walking a block go. */
interface Owner {
  node?: PlanNode;
  /** The last field read for the owner, so a following list can be its check-ins. */
  lastField?: Field;
}

/** A heading seen while walking: a node, or a plain heading that ends the scope of deeper ones. */
interface OpenHeading {
  depth: number;
  node?: PlanNode;
}

/** Parses one plan. Never throws on any text. `textProblems` come from reading the file (e.g. invalid UTF-8). */
export function parsePlan(file: string, text: string, textProblems: Plan['textProblems'] = []): Plan {
  const lines = new LineIndex(text);
  const scan = scanLines(lines);
  const plan: Plan = {
    file,
    text,
    lineCount: lines.lineCount,
    nodes: [],
    suppressions: scan.suppressions,
    textProblems,
  };
  if (scan.frontMatter) plan.frontMatter = parseFrontMatter(lines, scan.frontMatter);
  const builder = new PlanBuilder(plan, lines);
  for (const section of scan.sections) builder.addSection(section);
  builder.finish();
  assignDerivedIds(plan.nodes);
  return plan;
}

class PlanBuilder {
  private readonly headings: OpenHeading[] = [];
  private readonly headingLines: { line: number; depth: number }[] = [];

  constructor(
    private readonly plan: Plan,
    private readonly lines: LineIndex,
  ) {}

  addSection(section: Section): void {
    let start = this.lines.lineStarts[section.startLine]!;
    if (start === 0 && this.lines.text.charCodeAt(0) === 0xfeff) start = 1;
    const end = section.endLine < this.lines.lineCount ? this.lines.lineStarts[section.endLine]! : this.lines.text.length;
    const tree = markdown.parse(this.lines.text.slice(start, end)) as Root;
    this.walkBlocks(tree.children, start);
  }

  finish(): void {
    const lastLine = this.lines.lineCount - 1;
    for (const node of this.plan.nodes) {
      if (node.form !== 'heading') continue;
      const next = this.headingLines.find((h) => h.line > node.range.start.line && h.depth <= node.depth);
      const endLine = next ? next.line - 1 : lastLine;
      node.fullRange = { start: { line: node.range.start.line, character: 0 }, end: { line: endLine, character: this.lines.lineText(endLine).length } };
    }
  }

  private walkBlocks(blocks: RootContent[], base: number): void {
    let owner: Owner = this.headingOwner();
    for (const block of blocks) {
      if (block.type === 'heading') owner = this.addHeading(block, base);
      else if (block.type === 'paragraph') this.addFieldLines(block, base, owner, 0);
      else if (block.type === 'list') this.addList(block, base, owner, 0);
    }
  }

  private headingOwner(): Owner {
    const top = this.headings[this.headings.length - 1];
    return top?.node ? { node: top.node } : {};
  }

  private addHeading(heading: Heading, base: number): Owner {
    const line = this.lineOf(heading, base);
    while (this.headings.length && this.headings[this.headings.length - 1]!.depth >= heading.depth) this.headings.pop();
    this.headingLines.push({ line, depth: heading.depth });
    const text = this.lines.lineText(line);
    const content = /^\s{0,3}#{1,6}[ \t]*/.exec(text);
    const contentStart = content ? content[0].length : 0;
    const body = text.slice(contentStart).replace(/[ \t]+#+[ \t]*$/, '').replace(/^#+[ \t]*$/, '').trimEnd();
    const declaration = readNodeDeclaration(body);
    if (!declaration) {
      this.headings.push({ depth: heading.depth });
      return {};
    }
    const node = this.newNode(declaration, line, contentStart, body.length, 'heading', heading.depth);
    node.enclosing = this.enclosingHeadingNode();
    node.enclosing?.nested.push(node);
    this.headings.push({ depth: heading.depth, node });
    return { node };
  }

  private enclosingHeadingNode(): PlanNode | undefined {
    for (let i = this.headings.length - 1; i >= 0; i--) {
      const node = this.headings[i]!.node;
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
    const node: PlanNode = {
      kind: declaration.kind,
      id: declaration.id ?? '',
      explicitId: declaration.id !== undefined,
      title: declaration.title,
      file: this.plan.file,
      range: this.lines.lineRange(line, start, end),
      titleRange: this.lines.lineRange(line, Math.min(titleStart, end), end),
      fullRange: this.lines.lineRange(line, start, end),
      form,
      depth,
      fields: [],
      checkIns: [],
      nested: [],
    };
    this.plan.nodes.push(node);
    return node;
  }

  /** Each line of a paragraph may be a field of the owner; `skipFirst` skips a list item's own line. */
  private addFieldLines(paragraph: Paragraph, base: number, owner: Owner, skipFirst: number): void {
    const first = this.lineOf(paragraph, base);
    const last = this.endLineOf(paragraph, base);
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
    return {
      key: parsed.key,
      name,
      known: fieldSpec(name) !== undefined,
      value: parsed.value,
      range: this.lines.lineRange(line, start, start + text.length),
      keyRange: this.lines.lineRange(line, start, start + parsed.key.length),
      valueRange: this.lines.lineRange(line, start + parsed.valueStart, start + parsed.valueStart + parsed.value.length),
    };
  }

  private addList(list: List, base: number, owner: Owner, level: number): void {
    if (owner.node && owner.lastField?.name === 'check-ins' && owner.lastField.value === '') {
      this.addCheckIns(list, base, owner.node);
      owner.lastField = undefined;
      return;
    }
    for (const item of list.children) this.addListItem(item, base, owner, level + 1);
  }

  private addListItem(item: ListItem, base: number, owner: Owner, level: number): void {
    const line = this.lineOf(item, base);
    const text = this.lines.lineText(line);
    const marker = /^\s*(?:[-*+]|\d{1,9}[.)])[ \t]+(?:\[[ xX]\][ \t]+)?/.exec(text);
    const contentStart = marker ? marker[0].length : text.length - text.trimStart().length;
    const content = text.slice(contentStart).trimEnd();
    const firstParagraph = item.children[0]?.type === 'paragraph' ? item.children[0] : undefined;
    const declaration = firstParagraph ? readNodeDeclaration(content) : undefined;
    let childOwner: Owner = owner;
    if (declaration) {
      const headingDepth = this.enclosingHeadingNode()?.depth ?? 0;
      const node = this.newNode(declaration, line, contentStart, content.length, 'list', headingDepth + level);
      node.fullRange = { start: node.range.start, end: this.lines.positionAt(base + (item.position?.end.offset ?? 0)) };
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
          this.addCheckIns(nested, base, owner.node);
          return;
        }
        childOwner = { node: owner.node };
      } else {
        childOwner = { node: undefined };
      }
    }
    for (const [index, child] of item.children.entries()) {
      if (child.type === 'paragraph') this.addFieldLines(child, base, childOwner, index === 0 ? 1 : 0);
      // Lists under prose items hold no fields, but can still hold nodes.
      else if (child.type === 'list') this.addList(child, base, childOwner, level);
    }
  }

  private addCheckIns(list: List, base: number, kr: PlanNode): void {
    for (const item of list.children) {
      const line = this.lineOf(item, base);
      const text = this.lines.lineText(line);
      const marker = /^\s*(?:[-*+]|\d{1,9}[.)])[ \t]+/.exec(text);
      const start = marker ? marker[0].length : 0;
      kr.checkIns.push(readCheckIn(text.slice(start).trimEnd(), this.lines.lineRange(line, start, text.trimEnd().length)));
    }
  }

  private lineOf(node: { position?: { start: { offset?: number } } }, base: number): number {
    return this.lines.positionAt(base + (node.position?.start.offset ?? 0)).line;
  }

  private endLineOf(node: { position?: { end: { offset?: number } } }, base: number): number {
    return this.lines.positionAt(base + (node.position?.end.offset ?? 0)).line;
  }
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

import type { Heading, List, ListItem, Paragraph, Root, RootContent } from 'mdast';

/**
 * A line-oriented reader for the block structure plans use most: ATX headings, bullet
 * lists (nested, with lazy continuation lines), paragraphs and one-line HTML comments.
 * It builds the few mdast nodes the plan builder reads (heading, paragraph, list,
 * listItem, with offsets) about two orders of magnitude faster than remark.
 * Any construct it does not model (tables, quotes, code, setext headings, ordered lists,
 * tabs, link definitions…) makes it return `undefined`, and the caller uses remark.
 * The property test `test/fast-blocks.test.ts` checks it agrees with remark.
 */

interface Segment {
  /** Offset in the section text of `text[0]`. */
  offset: number;
  /** The line's text from the container's content column. */
  text: string;
}

class Unsupported extends Error {}

const BULLET = /^([-*+])( {1,4})(?=\S)/;
const ATX = /^#{1,6}(?:[ ]+|$)/;
const COMMENT_LINE = /^<!--.*-->\s*$/;

/** Lines that need real Markdown semantics. */
function needsRemark(trimmed: string): boolean {
  return (
    /^(>|```|~~~|\||\[[^\]]*\]:|\d{1,9}[.)](\s|$)|[-*+]\s*$|[-*+] {5})/.test(trimmed) ||
    (trimmed.startsWith('<') && !COMMENT_LINE.test(trimmed)) ||
    /^(?:(?:=+|-+)|(?:[-*_] *){3,})$/.test(trimmed.trimEnd()) ||
    /^\s*:?-+:?\s*\|/.test(trimmed)
  );
}

function indentOf(text: string): number {
  return text.length - text.trimStart().length;
}

const isBlank = (text: string): boolean => text.trim() === '';

const LEADING_ODD_SPACE = /^[ \t]*[^\S \t\n]/;

/** Reads the blocks of a section, or undefined when the section needs remark. */
export function readBlocksFast(text: string): Root | undefined {
  if (text.includes('\t') || text.includes('\r') || text.includes('\0')) return undefined;
  const segments: Segment[] = [];
  let offset = 0;
  for (const line of text.split('\n')) {
    segments.push({ offset, text: line });
    offset += line.length + 1;
  }
  if (segments.length && segments[segments.length - 1]!.text === '') segments.pop();
  if (segments.some((s) => needsRemark(s.text.trimStart()) && !isTableLine(s.text))) return undefined;
  // CommonMark indents with spaces and tabs only; this reader's trims take any Unicode space
  // (NBSP, U+3000, form feed, U+2028…), so a line starting with one goes to remark, which reads a paragraph.
  if (segments.some((s) => LEADING_ODD_SPACE.test(s.text))) return undefined;
  try {
    return { type: 'root', children: readContainer(segments, true) };
  } catch (error) {
    if (error instanceof Unsupported) return undefined;
    throw error;
  }
}

function position(start: number, end: number): { start: { line: number; column: number; offset: number }; end: { line: number; column: number; offset: number } } {
  // Lines and columns are not read by the builder; offsets are.
  return { start: { line: 1, column: 1, offset: start }, end: { line: 1, column: 1, offset: end } };
}

/** Where a block ends on its last line: remark counts trailing spaces in. */
function segmentEnd(segment: Segment): number {
  return segment.offset + segment.text.length;
}

/** Blocks of one container (the section root or a list item's content). */
function readContainer(lines: Segment[], atRoot: boolean): RootContent[] {
  const blocks: RootContent[] = [];
  let i = 0;
  while (i < lines.length) {
    const line = lines[i]!;
    if (isBlank(line.text)) {
      i++;
      continue;
    }
    const indent = indentOf(line.text);
    const trimmed = line.text.slice(indent);
    if (indent < 4 && (i === 0 || isBlank(lines[i - 1]!.text)) && isTableStart(lines, i)) {
      // A table of objectives or key results is read cell by cell, from remark's tree.
      if (OKR_TABLE_HEADER.test(line.text)) throw new Unsupported();
      i = skipTable(lines, i);
      continue;
    }
    if (indent >= 4 || needsRemark(trimmed)) throw new Unsupported();
    if (ATX.test(trimmed)) {
      if (indent > 0 && !atRoot) throw new Unsupported();
      const depth = /^#+/.exec(trimmed)![0].length as Heading['depth'];
      blocks.push({ type: 'heading', depth, children: [], position: position(line.offset + indent, segmentEnd(line)) });
      i++;
    } else if (COMMENT_LINE.test(trimmed)) {
      i++;
    } else if (BULLET.test(trimmed)) {
      i = readList(lines, i, blocks);
    } else {
      i = readParagraph(lines, i, blocks);
    }
  }
  return blocks;
}

/** Table rows are the one construct `needsRemark` flags that the reader handles itself. */
function isTableLine(text: string): boolean {
  return /^\s*\|/.test(text) || /^\s*:?-+:?\s*\|/.test(text);
}

/** A header row that may name objective or key-result columns (see `okr-table.ts`). */
const OKR_TABLE_HEADER = /objective|goal|key\s*result|\bkrs?\b/i;

const DELIMITER_ROW = /^ {0,3}\|?\s*:?-+:?\s*(?:\|\s*:?-+:?\s*)*\|?\s*$/;

function cellCount(row: string): number {
  const inner = row.trim().replace(/^\|/, '').replace(/\|$/, '');
  return inner.split(/(?<!\\)\|/).length;
}

/** A GFM table: a header row with a pipe, then a delimiter row with as many cells. */
function isTableStart(lines: Segment[], i: number): boolean {
  const header = lines[i]!.text;
  const delimiter = lines[i + 1]?.text;
  return header.includes('|') && delimiter !== undefined && delimiter.includes('|') && DELIMITER_ROW.test(delimiter) && cellCount(header) === cellCount(delimiter);
}

/** A table runs to the next blank line; another block right after it needs remark. */
function skipTable(lines: Segment[], start: number): number {
  let end = start + 2;
  while (end < lines.length && !isBlank(lines[end]!.text)) {
    const row = lines[end]!.text;
    if (indentOf(row) >= 4 || /^(>|```|~~~|<|#)/.test(row.trimStart()) || BULLET.test(row.trimStart())) throw new Unsupported();
    end++;
  }
  return end;
}

/** True when a line would end a paragraph (it starts another block). */
function interruptsParagraph(text: string): boolean {
  const trimmed = text.trimStart();
  if (needsRemark(trimmed) && !/^[-*+]\s*$/.test(trimmed)) return indentOf(text) < 4;
  return indentOf(text) < 4 && (ATX.test(trimmed) || BULLET.test(trimmed) || COMMENT_LINE.test(trimmed));
}

function readParagraph(lines: Segment[], start: number, blocks: RootContent[]): number {
  let end = start + 1;
  while (end < lines.length && !isBlank(lines[end]!.text) && !interruptsParagraph(lines[end]!.text)) end++;
  if (end < lines.length && needsRemark(lines[end]!.text.trimStart()) && !isBlank(lines[end]!.text)) throw new Unsupported();
  const first = lines[start]!;
  const paragraph: Paragraph = {
    type: 'paragraph',
    children: [],
    position: position(first.offset + indentOf(first.text), segmentEnd(lines[end - 1]!)),
  };
  blocks.push(paragraph);
  return end;
}

function readList(lines: Segment[], start: number, blocks: RootContent[]): number {
  const list: List = { type: 'list', ordered: false, spread: false, children: [] };
  const marker = BULLET.exec(lines[start]!.text.trimStart())![1];
  let i = start;
  while (i < lines.length) {
    const line = lines[i]!;
    const indent = indentOf(line.text);
    const bullet = BULLET.exec(line.text.slice(indent));
    if (!bullet || indent >= 4) break;
    if (bullet[1] !== marker) throw new Unsupported();
    i = readItem(lines, i, indent + bullet[0].length, list);
    // Blank lines between items keep the list going; anything else at this level ends it.
    let next = i;
    while (next < lines.length && isBlank(lines[next]!.text)) next++;
    if (next < lines.length && BULLET.test(lines[next]!.text.trimStart()) && indentOf(lines[next]!.text) < 4) {
      if (next > i) throw new Unsupported(); // a loose list: remark's item ends differ subtly
      i = next;
    } else break;
  }
  blocks.push(list);
  return i;
}

/** One item: its marker line, lines indented to its content column, and lazy continuation lines. */
function readItem(lines: Segment[], start: number, contentColumn: number, list: List): number {
  const first = lines[start]!;
  const content: Segment[] = [{ offset: first.offset + contentColumn, text: first.text.slice(contentColumn) }];
  let paragraphOpen = true;
  let end = start + 1;
  let lastContent = start;
  while (end < lines.length) {
    const line = lines[end]!;
    if (isBlank(line.text)) {
      content.push({ offset: line.offset, text: '' });
      paragraphOpen = false;
      end++;
      continue;
    }
    const indent = indentOf(line.text);
    if (indent >= contentColumn) {
      const inner = line.text.slice(contentColumn);
      content.push({ offset: line.offset + contentColumn, text: inner });
      paragraphOpen = !COMMENT_LINE.test(inner.trim()) && !ATX.test(inner.trimStart());
    } else if (paragraphOpen && !interruptsParagraph(line.text)) {
      // A lazy continuation line: keep its indentation so it can only continue the paragraph.
      content.push({ offset: line.offset, text: line.text });
    } else break;
    lastContent = end;
    end++;
  }
  while (content.length && isBlank(content[content.length - 1]!.text)) content.pop();
  if (content.some((s) => isBlank(s.text))) throw new Unsupported(); // blank lines inside an item: a loose item
  const item: ListItem = {
    type: 'listItem',
    spread: false,
    children: readContainer(content, false) as ListItem['children'],
    position: position(first.offset + indentOf(first.text), segmentEnd(lines[lastContent]!)),
  };
  list.children.push(item);
  return lastContent + 1;
}

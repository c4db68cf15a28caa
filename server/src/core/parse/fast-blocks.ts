import type { Blockquote, Code, Heading, Html, List, ListItem, Paragraph, Root, RootContent, Table, TableCell, TableRow, ThematicBreak } from 'mdast';
import { htmlBlockNames, htmlRawNames } from 'micromark-util-html-tag-name';

/**
 * A line-oriented reader for the block structure plans use: ATX headings, setext headings at the
 * top level, bullet and ordered lists (nested, loose, with lazy continuation lines), paragraphs,
 * thematic breaks, HTML blocks, fenced and indented code at the top level, block quotes, and
 * tables. It builds the few mdast nodes the plan builder reads (with offsets) about two orders of
 * magnitude faster than remark. Any construct it does not model (setext headings or code inside
 * list items, link definitions, tabs, a lazy line after a quote, lines micromark reads its own
 * way…) makes it return `undefined`, and the caller uses remark. The tests in
 * `test/fast-blocks.test.ts` check it agrees with remark, on random sections and on every section
 * of the published plans in `test/corpus`.
 */

interface Segment {
  /** Offset in the section text of `text[0]`. */
  offset: number;
  /** The line's text from the container's content column. */
  text: string;
  /** A lazy line of a list item that micromark reads as an HTML block, not as more of the paragraph above it. */
  startsHtml?: true;
}

class Unsupported extends Error {}

const BULLET = /^([-*+])( {1,4})(?=\S)/;
const ORDERED = /^(\d{1,9})([.)])( {1,4})(?=\S)/;
const ATX = /^#{1,6}(?:[ ]+|$)/;
const THEMATIC_BREAK = /^(?:(?:\* *){3,}|(?:- *){3,}|(?:_ *){3,})$/;
/** A line that turns the paragraph above it into a heading. */
const SETEXT_UNDERLINE = /^(?:=+|-+) *$/;
const FENCE = /^(`{3,}|~{3,})(.*)$/;
const HTML_BLOCK_NAMES = new Set(htmlBlockNames);
const HTML_RAW_NAMES = new Set(htmlRawNames);
const ATTRIBUTE = String.raw`\s+[A-Za-z_:][\w.:-]*(?:\s*=\s*(?:[^\s"'=<>\x60]+|'[^']*'|"[^"]*"))?`;
/** A whole open or closing tag alone on its line: an HTML block of the seventh kind, which cannot interrupt a paragraph. */
const COMPLETE_TAG_LINE = new RegExp(String.raw`^(?:<([A-Za-z][A-Za-z0-9-]*)(?:${ATTRIBUTE})*\s*\/?>|<\/([A-Za-z][A-Za-z0-9-]*)\s*>)\s*$`);

/** Lines whose Markdown this reader does not model, wherever they are. */
function needsRemark(trimmed: string): boolean {
  return /^(\[[^\]]*\]:|[-*+]\s*$|\d{1,9}[.)]\s*$|[-*+] {5}|\d{1,9}[.)] {5})/.test(trimmed);
}

function indentOf(text: string): number {
  return text.length - text.trimStart().length;
}

const isBlank = (text: string): boolean => text.trim() === '';

const LEADING_ODD_SPACE = /^[ \t]*[^\S \t\n]/;

/** `- \u00a0% new members …`: a no-break space opening an item's text (copied from a web page), left to remark. */
const ODD_SPACE_AFTER_MARKER = /^[ \t]*(?:[-*+]|\d{1,9}[.)])[ \t]+[^\S \t\n]/;

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
  if (segments.some((s) => needsRemark(s.text.trimStart()))) return undefined;
  // CommonMark indents with spaces and tabs only; this reader's trims take any Unicode space
  // (NBSP, U+3000, form feed, U+2028…), so a line starting with one goes to remark, which reads a paragraph.
  if (segments.some((s) => LEADING_ODD_SPACE.test(s.text) || ODD_SPACE_AFTER_MARKER.test(s.text))) return undefined;
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

/** A block over lines `[start, end)` (the last one holding text), from its first line's text. */
function spanning(lines: Segment[], start: number, end: number): ReturnType<typeof position> {
  let last = end - 1;
  while (last > start && isBlank(lines[last]!.text)) last--;
  return position(lines[start]!.offset + indentOf(lines[start]!.text), segmentEnd(lines[last]!));
}

/** The kinds of HTML block (CommonMark's seven) this reader models. */
type HtmlStart = 'comment' | 'block' | 'tag';

/** The kind of HTML block a line (without its indentation) opens, if any; the kinds it does not model are unsupported. */
function htmlStart(trimmed: string): HtmlStart | undefined {
  if (!trimmed.startsWith('<')) return undefined;
  if (trimmed.startsWith('<!--')) return 'comment';
  if (/^<[?!]/.test(trimmed)) throw new Unsupported();
  const name = /^<\/?([A-Za-z][A-Za-z0-9-]*)(?=[\s/>]|$)/.exec(trimmed)?.[1]?.toLowerCase();
  if (name === undefined) return undefined;
  if (HTML_RAW_NAMES.has(name) && !trimmed.startsWith('</')) throw new Unsupported();
  if (HTML_BLOCK_NAMES.has(name)) return /^<\/?[A-Za-z][A-Za-z0-9-]*(?:[\s>]|\/>|$)/.test(trimmed) ? 'block' : undefined;
  const tag = COMPLETE_TAG_LINE.exec(trimmed);
  return tag && !HTML_RAW_NAMES.has((tag[1] ?? tag[2])!.toLowerCase()) ? 'tag' : undefined;
}

/** The list marker a line (without its indentation) starts with, if any. */
function listMarker(trimmed: string): { kind: string; width: number; number?: number } | undefined {
  if (THEMATIC_BREAK.test(trimmed.trimEnd())) return undefined;
  const bullet = BULLET.exec(trimmed);
  if (bullet) return { kind: bullet[1]!, width: bullet[0].length };
  const ordered = ORDERED.exec(trimmed);
  return ordered ? { kind: ordered[2]!, width: ordered[0].length, number: Number(ordered[1]) } : undefined;
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
    if (indent < 4 && (i === 0 || isBlank(lines[i - 1]!.text) || ATX.test(lines[i - 1]!.text.trimStart())) && isTableStart(lines, i)) i = readTable(lines, i, blocks);
    else if (indent >= 4) i = readIndentedCode(lines, i, blocks, atRoot);
    else if (trimmed.startsWith('|')) throw new Unsupported();
    else if (ATX.test(trimmed)) {
      if (indent > 0 && !atRoot) throw new Unsupported();
      const depth = /^#+/.exec(trimmed)![0].length as Heading['depth'];
      blocks.push({ type: 'heading', depth, children: [], position: position(line.offset + indent, segmentEnd(line)) });
      i++;
    } else if (THEMATIC_BREAK.test(trimmed.trimEnd())) {
      blocks.push({ type: 'thematicBreak', position: position(line.offset + indent, segmentEnd(line)) } satisfies ThematicBreak);
      i++;
    } else if (FENCE.test(trimmed)) i = readFence(lines, i, blocks, atRoot);
    else if (trimmed.startsWith('>')) i = readQuote(lines, i, blocks);
    else if (htmlStart(trimmed)) i = readHtml(lines, i, blocks);
    else if (listMarker(trimmed)) i = readList(lines, i, blocks);
    else i = readParagraph(lines, i, blocks, atRoot);
  }
  return blocks;
}

/** Code indented four spaces: up to the next line indented less. Only at the top level, where no list item's lazy lines can follow it. */
function readIndentedCode(lines: Segment[], start: number, blocks: RootContent[], atRoot: boolean): number {
  if (!atRoot) throw new Unsupported();
  let end = start + 1;
  while (end < lines.length && (isBlank(lines[end]!.text) || indentOf(lines[end]!.text) >= 4)) end++;
  // micromark reads the next line after indented code as if it interrupted a paragraph: right under it, or a list that starts past 1 (`10.`).
  const next = end < lines.length ? listMarker(lines[end]!.text.trimStart()) : undefined;
  if (end < lines.length && (!isBlank(lines[end - 1]!.text) || (next?.number !== undefined && next.number !== 1))) throw new Unsupported();
  blocks.push({ type: 'code', value: '', position: spanning(lines, start, end) } satisfies Code);
  return end;
}

/** A fenced code block, up to its closing fence or the section's end. Only at the top level, as above. */
function readFence(lines: Segment[], start: number, blocks: RootContent[], atRoot: boolean): number {
  const [, fence, info] = FENCE.exec(lines[start]!.text.trimStart())!;
  if (!atRoot || (fence!.startsWith('`') && info!.includes('`'))) throw new Unsupported();
  const closing = new RegExp(`^ {0,3}${fence![0] === '`' ? '`' : '~'}{${fence!.length},} *$`);
  let end = start + 1;
  while (end < lines.length && !closing.test(lines[end]!.text)) end++;
  end = Math.min(end + 1, lines.length);
  blocks.push({ type: 'code', value: '', position: position(lines[start]!.offset + indentOf(lines[start]!.text), segmentEnd(lines[end - 1]!)) } satisfies Code);
  return end;
}

/** A block quote (at the top level or in a list item) whose every line starts with `>`, up to a blank line; a lazy line after it is unsupported. */
function readQuote(lines: Segment[], start: number, blocks: RootContent[]): number {
  let end = start + 1;
  while (end < lines.length && /^ {0,3}>/.test(lines[end]!.text)) end++;
  if (end < lines.length && !isBlank(lines[end]!.text) && !interruptsParagraph(lines[end]!.text)) throw new Unsupported();
  blocks.push({ type: 'blockquote', children: [], position: spanning(lines, start, end) } satisfies Blockquote);
  return end;
}

/** An HTML block: a comment up to the line that closes it, other kinds up to a blank line (or the end of the list item holding it). */
function readHtml(lines: Segment[], start: number, blocks: RootContent[]): number {
  const first = lines[start]!.text.trimStart();
  const kind = htmlStart(first);
  let end = start + 1;
  if (kind === 'comment') {
    if (!first.slice(4).includes('-->')) while (end < lines.length && !lines[end++]!.text.includes('-->'));
  } else while (end < lines.length && !isBlank(lines[end]!.text)) end++;
  blocks.push({ type: 'html', value: '', position: spanning(lines, start, end) } satisfies Html);
  return end;
}

/** Table rows are read by the table reader, not as paragraphs. */
function isTableLine(text: string): boolean {
  return /^\s*\|/.test(text) || /^\s*:?-+:?\s*\|/.test(text);
}

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

/**
 * A table runs to the next blank line (a line without a pipe is a row of one cell), or to a line that
 * starts another block: indented code, a quote, a fence, HTML, a heading, a list item (any number),
 * a rule. Its cells span from their pipe to the next, as remark's do.
 */
function readTable(lines: Segment[], start: number, blocks: RootContent[]): number {
  let end = start + 2;
  while (end < lines.length && !isBlank(lines[end]!.text) && !endsTable(lines[end]!.text)) end++;
  const rows = [lines[start]!, ...lines.slice(start + 2, end)].map(tableRow);
  blocks.push({ type: 'table', align: [], children: rows, position: position(rows[0]!.position!.start.offset!, rows[rows.length - 1]!.position!.end.offset!) } satisfies Table);
  return end;
}

/** A line that starts a block of its own under a table row, ending the table. */
function endsTable(row: string): boolean {
  const trimmed = row.trimStart();
  return (
    indentOf(row) >= 4 || trimmed.startsWith('>') || FENCE.test(trimmed) || ATX.test(trimmed) || htmlStart(trimmed) !== undefined || listMarker(trimmed) !== undefined || THEMATIC_BREAK.test(row.trim())
  );
}

function tableRow(line: Segment): TableRow {
  const first = indentOf(line.text);
  const cells: TableCell[] = [];
  let cellStart = first;
  for (let at = line.text.indexOf('|', first + 1); at >= 0; at = line.text.indexOf('|', at + 1)) {
    if (isEscaped(line.text, at) || at === line.text.trimEnd().length - 1) continue;
    cells.push({ type: 'tableCell', children: [], position: position(line.offset + cellStart, line.offset + at) });
    cellStart = at;
  }
  cells.push({ type: 'tableCell', children: [], position: position(line.offset + cellStart, segmentEnd(line)) });
  return { type: 'tableRow', children: cells, position: position(line.offset + first, segmentEnd(line)) };
}

/** A character after an odd number of backslashes. */
function isEscaped(text: string, at: number): boolean {
  let backslashes = 0;
  while (at - backslashes - 1 >= 0 && text[at - backslashes - 1] === '\\') backslashes++;
  return backslashes % 2 === 1;
}

/** True when a line would end a paragraph (it starts another block). */
function interruptsParagraph(text: string): boolean {
  const indent = indentOf(text);
  if (indent >= 4) return false;
  const trimmed = text.slice(indent);
  if (ATX.test(trimmed) || THEMATIC_BREAK.test(trimmed.trimEnd()) || FENCE.test(trimmed) || trimmed.startsWith('>') || (isTableLine(text) && trimmed.startsWith('|'))) return true;
  const html = htmlStart(trimmed);
  if (html) return html !== 'tag';
  const marker = listMarker(trimmed);
  // An ordered list interrupts a paragraph only when it starts at 1.
  return marker !== undefined && (marker.number === undefined || marker.number === 1);
}

function readParagraph(lines: Segment[], start: number, blocks: RootContent[], atRoot: boolean): number {
  let end = start + 1;
  while (end < lines.length && !isBlank(lines[end]!.text) && !interruptsParagraph(lines[end]!.text) && !lines[end]!.startsHtml) {
    const text = lines[end]!.text;
    if (isUnderline(text)) return readSetextHeading(lines, start, end, blocks, atRoot);
    // A delimiter row makes the line above a table's header.
    if (text.includes('|') && DELIMITER_ROW.test(text)) throw new Unsupported();
    end++;
  }
  // `---` right under a paragraph underlines a heading (it would otherwise be a rule); a table's rows under it are for remark.
  if (end < lines.length && isUnderline(lines[end]!.text)) return readSetextHeading(lines, start, end, blocks, atRoot);
  if (end < lines.length && !isBlank(lines[end]!.text) && isTableLine(lines[end]!.text)) throw new Unsupported();
  const paragraph: Paragraph = { type: 'paragraph', children: [], position: spanning(lines, start, end) };
  blocks.push(paragraph);
  return end;
}

/** A setext underline (`===`, `---`) as CommonMark writes it: at most three spaces in, no space inside. */
function isUnderline(text: string): boolean {
  return indentOf(text) < 4 && SETEXT_UNDERLINE.test(text.trim());
}

/**
 * The paragraph over lines `[start, underline)` made a heading by the underline: `=` a first-level one, `-` a second.
 * Only at the top level: in a list item the underline may be a lazy line, which micromark reads as paragraph text.
 */
function readSetextHeading(lines: Segment[], start: number, underline: number, blocks: RootContent[], atRoot: boolean): number {
  if (!atRoot) throw new Unsupported();
  const depth = lines[underline]!.text.trim().startsWith('=') ? 1 : 2;
  blocks.push({ type: 'heading', depth, children: [], position: spanning(lines, start, underline + 1) });
  return underline + 1;
}

function readList(lines: Segment[], start: number, blocks: RootContent[]): number {
  const first = listMarker(lines[start]!.text.trimStart())!;
  const list: List = { type: 'list', ordered: first.number !== undefined, start: first.number ?? null, spread: false, children: [] };
  let i = start;
  while (i < lines.length) {
    const line = lines[i]!;
    const indent = indentOf(line.text);
    const marker = listMarker(line.text.slice(indent));
    if (!marker || indent >= 4) break;
    i = readItem(lines, i, indent + marker.width, list);
    // Blank lines between items keep the list going (a loose list); anything else at this level ends it.
    let next = i;
    while (next < lines.length && isBlank(lines[next]!.text)) next++;
    const following = next < lines.length && indentOf(lines[next]!.text) < 4 ? listMarker(lines[next]!.text.trimStart()) : undefined;
    if (!following) break;
    // Another marker starts another list, even one that could not interrupt a paragraph (`2.` right under a bullet item).
    if (following.kind !== first.kind) break;
    if (next > i) list.spread = true;
    i = next;
  }
  blocks.push(list);
  return i;
}

/** What a line of a list item leaves open: a paragraph (lazy lines continue it), an HTML block (to a blank line, or a comment to its end), or nothing. */
type Open = 'paragraph' | 'html' | 'comment' | 'none';

/** What is open after a line of an item's content (from its content column), given what was open before it. */
function openAfter(text: string, before: Open): Open {
  if (isBlank(text)) return before === 'comment' ? 'comment' : 'none';
  if (before === 'html') return 'html';
  if (before === 'comment') return text.includes('-->') ? 'none' : 'comment';
  const indent = indentOf(text);
  const trimmed = text.slice(indent);
  if (indent >= 4) return before === 'paragraph' ? 'paragraph' : 'none';
  const html = htmlStart(trimmed);
  if (html === 'comment') return trimmed.slice(4).includes('-->') ? 'none' : 'comment';
  // A whole tag cannot interrupt a paragraph: under one it is more of it.
  if (html === 'block' || (html === 'tag' && before !== 'paragraph')) return 'html';
  return ATX.test(trimmed) || THEMATIC_BREAK.test(trimmed.trimEnd()) ? 'none' : 'paragraph';
}

/** True when a line of an item's content starts a list item of its own. */
const startsList = (text: string): boolean => indentOf(text) < 4 && listMarker(text.trimStart()) !== undefined;

/** One item: its marker line, lines indented to its content column, and lazy continuation lines. */
function readItem(lines: Segment[], start: number, contentColumn: number, list: List): number {
  const first = lines[start]!;
  const content: Segment[] = [{ offset: first.offset + contentColumn, text: first.text.slice(contentColumn) }];
  let open = openAfter(content[0]!.text, 'none');
  // A list nests in this item: the innermost item's paragraph is the one a lazy line continues.
  let nestsList = startsList(content[0]!.text);
  let end = start + 1;
  let lastContent = start;
  while (end < lines.length) {
    const line = lines[end]!;
    if (isBlank(line.text)) {
      content.push({ offset: line.offset, text: '' });
      open = openAfter('', open);
      end++;
      continue;
    }
    const indent = indentOf(line.text);
    if (indent >= contentColumn) {
      const inner = line.text.slice(contentColumn);
      content.push({ offset: line.offset + contentColumn, text: inner });
      open = openAfter(inner, open);
      nestsList ||= startsList(inner);
    } else if (open === 'paragraph' && !interruptsParagraph(line.text) && !(indent < 4 && listMarker(line.text.trimStart()))) {
      // A lazy continuation line: keep its indentation so it can only continue the paragraph. micromark ends the
      // paragraph at one that is a whole HTML tag (`<br/>`), an HTML block of the item's, which takes the item's lines after it.
      const startsHtml = indent < 4 && htmlStart(line.text.trimStart()) !== undefined;
      // When lists nest in this one, the block is the innermost item's. Which lines after it are the block's is for
      // remark to say, unless none can be: the next line is blank or ends this item.
      const following = lines[end + 1];
      const endsHere = !following || isBlank(following.text) || indentOf(following.text) < contentColumn;
      if (startsHtml && !endsHere && nestsList) throw new Unsupported();
      content.push({ offset: line.offset, text: line.text, ...(startsHtml ? { startsHtml } : {}) });
      open = startsHtml ? 'html' : 'paragraph';
    } else break;
    lastContent = end;
    end++;
  }
  while (content.length && isBlank(content[content.length - 1]!.text)) content.pop();
  const item: ListItem = {
    type: 'listItem',
    spread: false,
    children: readContainer(content, false) as ListItem['children'],
    position: position(first.offset + indentOf(first.text), segmentEnd(lines[lastContent]!)),
  };
  list.children.push(item);
  return lastContent + 1;
}

import type { LineIndex } from './positions';

/** Text of a cell as written: where it starts (section-relative line and character) and the part on that line. */
export interface HtmlText {
  /** The whole text, its tags dropped and its blanks joined. */
  text: string;
  /** The part of `text` on its first line, where its range ends. */
  firstLine: string;
  line: number;
  start: number;
}

/** One cell of an HTML table: its lead (the bold text, else the text before its first block) and its list items. */
export interface HtmlCell {
  lead?: HtmlText;
  items: HtmlText[];
}

export interface HtmlTable {
  /** The section-relative line of the table's closing tag (or its last line read). */
  endLine: number;
  /** The header's cells as text. */
  header: string[];
  /** The body's rows, each cell under the index of its column (a cell a `rowspan` carries on is left out). */
  rows: Map<number, HtmlCell>[];
}

/** The most lines an HTML table is read over: a table left open reads no further. */
const MAX_TABLE_LINES = 2_000;

/** The tags a table's structure and its cells' text are read by (`<Td>` as MDX writes it too). */
const TAG = /<(\/?)(table|thead|tbody|tr|th|td|li|ul|ol|p|br|strong|b)\b[^<>]{0,300}?(\/?)>/gi;
const ROWSPAN = /\browspan\s*=\s*\{?["']?(\d{1,3})/i;

/**
 * `<table>` (or MDX `<Table>`) over several lines from `from`, to its closing tag: its header's cells and its body's cells,
 * read for their lead text and list items. Undefined when no closing tag follows within `MAX_TABLE_LINES` lines.
 */
export function readHtmlTable(lines: LineIndex, from: number): HtmlTable | undefined {
  const starts: number[] = [];
  let text = '';
  let endLine = -1;
  for (let line = from; line < Math.min(lines.lineCount, from + MAX_TABLE_LINES); line++) {
    starts.push(text.length);
    const lineText = lines.lineText(line);
    text += `${lineText}\n`;
    if (/<\/table\s*>/i.test(lineText)) {
      endLine = line;
      break;
    }
  }
  if (endLine < 0) return undefined;
  const at = (offset: number): { line: number; start: number } => {
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (starts[mid]! <= offset) low = mid;
      else high = mid - 1;
    }
    return { line: from + low, start: offset - starts[low]! };
  };
  const header: string[] = [];
  const rows: Map<number, HtmlCell>[] = [];
  const spans: number[] = [];
  let row: Map<number, HtmlCell> | undefined;
  let column = 0;
  let cell: { from: number; header: boolean; span: number } | undefined;
  for (const tag of text.matchAll(TAG)) {
    const [written, closing, name] = [tag[0], tag[1] === '/', tag[2]!.toLowerCase()];
    if (name === 'tr' && !closing) {
      row = new Map();
      column = 0;
    } else if ((name === 'td' || name === 'th') && !closing && row) {
      cell = { from: tag.index! + written.length, header: name === 'th', span: Number(ROWSPAN.exec(written)?.[1] ?? 1) };
    } else if ((name === 'td' || name === 'th') && closing && row && cell) {
      const content = text.slice(cell.from, tag.index);
      if (cell.header && rows.length === 0) header.push(plainText(content));
      else {
        while ((spans[column] ?? 0) > 0) spans[column++]!--;
        row.set(column, readCell(content, cell.from, at));
        if (cell.span > 1) spans[column] = cell.span - 1;
        column++;
      }
      cell = undefined;
    } else if (name === 'tr' && closing && row) {
      if (row.size > 0) rows.push(row);
      // A column a rowspan still holds at the row's end is held for this row too.
      for (let index = column; index < spans.length; index++) if ((spans[index] ?? 0) > 0) spans[index]!--;
      row = undefined;
    }
  }
  return { endLine, header, rows };
}

/** Any tag, as the cells' text is read without them. */
const ANY_TAG = /<[^<>]{0,300}>/g;

/** A cell's (or any markup's) text without its tags, its blanks joined. */
export function plainText(html: string): string {
  return joinBlanks(html.replace(ANY_TAG, ' '));
}

function joinBlanks(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** The lead of a cell (its first bold text, else its text before the first list or paragraph break) and its list items. */
function readCell(content: string, offset: number, at: (offset: number) => { line: number; start: number }): HtmlCell {
  const items: HtmlText[] = [];
  // Each item runs to its closing tag, or to the next item's opening where it has none (scanned once: no search restarts).
  const marks = [...content.matchAll(/<(\/?)li\b[^<>]{0,300}>/gi)];
  marks.forEach((mark, index) => {
    if (mark[1]) return;
    const from = mark.index! + mark[0].length;
    const found = textAt(content.slice(from, marks[index + 1]?.index ?? content.length), offset + from, at);
    if (found) items.push(found);
  });
  const bold = /<(?:strong|b)\b[^<>]{0,300}>/i.exec(content);
  const boldFrom = bold ? bold.index + bold[0].length : -1;
  const boldEnd = bold ? content.slice(boldFrom).search(/<\/(?:strong|b)\s*>/i) : -1;
  const lead = bold && boldEnd >= 0
    ? textAt(content.slice(boldFrom, boldFrom + boldEnd), offset + boldFrom, at)
    : textAt(content.split(/<(?:ul|ol|li|p|br)\b/i, 1)[0]!, offset, at);
  return { ...(lead ? { lead } : {}), items };
}

/** The text of `html` (found at `offset`) without tags, and where its first character stands. */
function textAt(html: string, offset: number, at: (offset: number) => { line: number; start: number }): HtmlText | undefined {
  // Tags blanked out, so that offsets in the text stay those of the source.
  const blanked = html.replace(ANY_TAG, (tag) => ' '.repeat(tag.length));
  const first = /\S/.exec(blanked)?.index;
  if (first === undefined) return undefined;
  return { text: joinBlanks(blanked), firstLine: joinBlanks(blanked.slice(first).split('\n', 1)[0]!), ...at(offset + first) };
}

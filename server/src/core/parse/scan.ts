import type { SuppressionComment } from '../model';
import type { LineIndex } from './positions';

/** A heading-delimited slice of the body: from a heading line (or the body start) to the next heading. */
export interface Section {
  startLine: number;
  /** Exclusive. */
  endLine: number;
}

export interface LineScan {
  /** The front matter block, lines [0, endLine] inclusive, when the plan starts with `---`. */
  frontMatter?: { startLine: number; endLine: number; contentStart: number; contentEnd: number };
  sections: Section[];
  suppressions: SuppressionComment[];
}

const FENCE_OPEN = /^(`{3,}|~{3,})/;
const ATX_HEADING = /^ {0,3}#{1,6}(?:[ \t]|$)/;

/** The depth of an ATX heading line (`### …` → 3), or undefined for any other line. */
export function atxHeadingDepth(line: string): number | undefined {
  return /^ {0,3}(#{1,6})(?:[ \t]|$)/.exec(line)?.[1]!.length;
}
/** An ATX heading's text without its closing sequence of `#`s (`## Goals ##`), which Markdown drops when a blank precedes it. */
export function withoutClosingHashes(text: string): string {
  const trimmed = text.trimEnd();
  let hashes = trimmed.length;
  while (hashes > 0 && trimmed[hashes - 1] === '#') hashes--;
  if (hashes === trimmed.length) return trimmed;
  if (hashes === 0) return '';
  const before = trimmed[hashes - 1];
  return before === ' ' || before === '\t' ? trimmed.slice(0, hashes).trimEnd() : trimmed;
}

const SUPPRESSION = /<!--\s*okr-(disable-next-line|disable|enable)\b([^>]*?)-->/g;

/** Where the front matter ends, if the text opens with `---`. */
function scanFrontMatter(lines: LineIndex, first: number): LineScan['frontMatter'] {
  if (lines.lineText(first).replace(/^\uFEFF/, '').trimEnd() !== '---') return undefined;
  for (let line = first + 1; line < lines.lineCount; line++) {
    const text = lines.lineText(line).trimEnd();
    if (text === '---' || text === '...') {
      return {
        startLine: first,
        endLine: line,
        contentStart: lines.lineStarts[first + 1]!,
        contentEnd: lines.lineStarts[line]!,
      };
    }
  }
  return undefined;
}

/**
 * A fence-aware pass over the lines: front matter, heading-delimited sections and
 * suppression comments. Code fences hide headings and comments, as Markdown does.
 */
export function scanLines(lines: LineIndex): LineScan {
  const frontMatter = scanFrontMatter(lines, 0);
  const bodyStart = frontMatter ? frontMatter.endLine + 1 : 0;
  const sections: Section[] = [];
  const suppressions: SuppressionComment[] = [];
  let sectionStart = bodyStart;
  let fence: string | undefined;
  let inComment = false;
  const commentLines = linesWithComments(lines);
  for (let line = bodyStart; line < lines.lineCount; line++) {
    // Most lines start with a letter or a list marker and hold no comment: nothing to look at.
    const first = firstCharCode(lines, line);
    if (!fence && !inComment && !mayMatter(first) && !commentLines.has(line)) continue;
    const text = lines.lineText(line);
    const trimmed = text.trimStart();
    if (fence) {
      if (trimmed.startsWith(fence) && trimmed.slice(fence.length).replace(new RegExp(`^\\${fence[0]}*`), '').trim() === '') {
        fence = undefined;
      }
      continue;
    }
    if (inComment) {
      inComment = !text.includes('-->');
      continue;
    }
    const open = FENCE_OPEN.exec(trimmed);
    if (open && !(open[1]!.startsWith('`') && trimmed.slice(open[1]!.length).includes('`'))) {
      fence = open[1]!;
      continue;
    }
    if (ATX_HEADING.test(text) && line > sectionStart) {
      sections.push({ startLine: sectionStart, endLine: line });
      sectionStart = line;
    }
    // A multi-line HTML comment hides headings until it closes, as in Markdown.
    if (/^ {0,3}<!--/.test(text) && !text.slice(text.indexOf('<!--') + 4).includes('-->')) inComment = true;
    if (text.includes('okr-')) {
      for (const m of text.matchAll(SUPPRESSION)) {
        const rules = (m[2] ?? '').split(/[\s,]+/).filter(Boolean);
        suppressions.push({ kind: m[1] as SuppressionComment['kind'], rules, line });
      }
    }
  }
  if (sectionStart < lines.lineCount) sections.push({ startLine: sectionStart, endLine: lines.lineCount });
  return { ...(frontMatter ? { frontMatter } : {}), sections, suppressions };
}

/** The first character after spaces and tabs on a line (NaN for an empty line). */
function firstCharCode(lines: LineIndex, line: number): number {
  const { text } = lines;
  let i = lines.lineStarts[line]!;
  let c = text.charCodeAt(i);
  while (c === 32 || c === 9) c = text.charCodeAt(++i);
  return c;
}

/** Whether a line starting with this character may open or close a fence, be a heading, or hide odd whitespace. */
function mayMatter(c: number): boolean {
  if (c === 96 /* ` */ || c === 126 /* ~ */ || c === 35 /* # */) return true;
  // An empty line opens nothing.
  if (c === 10 || c === 13) return false;
  return c < 33 || (c > 127 && /\s/.test(String.fromCharCode(c)));
}

/** Lines holding `<!--` (comments can hide headings and carry suppressions). */
function linesWithComments(lines: LineIndex): Set<number> {
  const found = new Set<number>();
  const { text, lineStarts } = lines;
  let line = 0;
  for (let at = text.indexOf('<!--'); at >= 0; at = text.indexOf('<!--', at + 4)) {
    while (line + 1 < lineStarts.length && lineStarts[line + 1]! <= at) line++;
    found.add(line);
  }
  return found;
}

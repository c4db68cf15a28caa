import type { Position, Range } from '../model';
import { lineRange } from '../model';

/**
 * The one conversion from string offsets (UTF-16 code units, as JS strings
 * index them) to LSP positions. Lines end at `\n`, `\r\n` or `\r`.
 */
export class LineIndex {
  /** Offset of the first character of each line. */
  readonly lineStarts: number[];

  constructor(readonly text: string) {
    this.lineStarts = text.includes('\r') ? lineStartsAnyEnding(text) : lineStartsLf(text);
  }

  get lineCount(): number {
    return this.lineStarts.length;
  }

  /** The text of a line, without its line ending. */
  lineText(line: number): string {
    const start = this.lineStarts[line] ?? this.text.length;
    const next = this.lineStarts[line + 1];
    let end = next ?? this.text.length;
    if (next !== undefined) {
      end--;
      if (this.text.charCodeAt(end) === 10 && this.text.charCodeAt(end - 1) === 13) end--;
    }
    return this.text.slice(start, end);
  }

  positionAt(offset: number): Position {
    const clamped = Math.max(0, Math.min(offset, this.text.length));
    let lo = 0;
    let hi = this.lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.lineStarts[mid]! <= clamped) lo = mid;
      else hi = mid - 1;
    }
    const lineLength = this.lineText(lo).length;
    return { line: lo, character: Math.min(clamped - this.lineStarts[lo]!, lineLength) };
  }

  offsetAt(position: Position): number {
    if (position.line >= this.lineStarts.length) return this.text.length;
    const line = Math.max(0, position.line);
    const lineLength = this.lineText(line).length;
    return this.lineStarts[line]! + Math.max(0, Math.min(position.character, lineLength));
  }

  /** The range of a line's non-blank content. */
  trimmedLineRange(line: number): Range {
    const text = this.lineText(line);
    const start = text.length - text.trimStart().length;
    return lineRange(line, start, text.trimEnd().length);
  }
}

/** Line starts of a text whose lines all end in `\n` (the common case, found by the native search). */
function lineStartsLf(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

function lineStartsAnyEnding(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 13 /* \r */) {
      if (text.charCodeAt(i + 1) === 10) i++;
      starts.push(i + 1);
    } else if (c === 10 /* \n */) {
      starts.push(i + 1);
    }
  }
  return starts;
}

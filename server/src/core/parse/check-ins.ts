import type { CheckIn, Quantity, Range } from '../model';
import { lineRange } from '../model';
import { isIsoDate, parseQuantity } from './quantity';
import { intern } from './intern';
import type { LineIndex } from './positions';
import { LastRead } from '../last-read';

/** One item of a key result's `Check-ins:` list. */
export class LineCheckIn implements CheckIn {
  constructor(
    readonly date: string,
    readonly validDate: boolean,
    readonly value: Quantity | undefined,
    readonly confidence: number | undefined,
    readonly note: string | undefined,
    readonly line: number,
    readonly start: number,
    readonly end: number,
  ) {}

  get range(): Range {
    return lineRange(this.line, this.start, this.end);
  }

  placed(lines: number, chars: number): LineCheckIn {
    const c = this.line === 0 ? chars : 0;
    return new LineCheckIn(this.date, this.validDate, this.value, this.confidence, this.note, this.line + lines, this.start + c, this.end + c);
  }
}

/**
 * What a check-in item's line says, without its list marker, and where that is on the line
 * (an empty item is pointed at by its marker).
 */
export function checkInSource(lineText: string): { content: string; from: number; to: number } {
  const marker = /^\s*(?:[-*+]|\d{1,9}[.)])(?:[ \t]+|$)/.exec(lineText);
  const start = marker ? marker[0].length : 0;
  const content = lineText.slice(start).trimEnd();
  if (content) return { content, from: start, to: start + content.length };
  return { content, from: lineText.length - lineText.trimStart().length, to: lineText.trimEnd().length };
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

/** What a check-in says before its first colon (all of it without one). */
function dateOf(text: string, colon = text.indexOf(':')): string {
  return intern((colon > 0 ? text.slice(0, colon) : text).trim());
}

/** `2026-01-26: 8 days, confidence 0.5 — bank sync still slow` */
export function readCheckIn(text: string, line: number, start: number, end: number): LineCheckIn {
  // The date is what comes before the first colon (indexOf, not a lazy regex: that was quadratic in a long line without one).
  const colon = text.indexOf(':');
  const date = dateOf(text, colon);
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

/*
 * A plan resting on disk keeps its key results' check-ins as what they say, not as objects: per
 * node, one string, the places of its check-ins (`line * PLACE + column`, in base 36) on its first
 * line, then each check-in's source on a line of its own (a check-in is one line).
 * `LineNode.checkIns` reads them again when asked (the last few read are kept, not every node's).
 * A check-in, its quantity and its list slot were some 170 bytes, most of it object headers and
 * numbers boxed on their own; a list of the sources and places was still an array and its store
 * (200 bytes a key result on 2,000 plans: 8 MB); one string is its characters.
 */

/** A node's check-ins packed: `"<place> <place> …\n<source>\n<source>…"`. */
export type PackedCheckIns = string & { readonly packed: true };

const PLACE = 1024;
const MAX_LINE = 1_000_000;

/** True when `held` is packed check-ins rather than a list of check-in objects. */
export function isPacked(held: readonly CheckIn[] | PackedCheckIns): held is PackedCheckIns {
  return typeof held === 'string';
}

/**
 * `checkIns` packed, their sources read again from `lines` (the plan's text) and copied by
 * `copy`; undefined when a check-in cannot be packed exactly (its place or date do not read
 * back the same, it is empty, or it sits where a place does not fit one number), and then the
 * node keeps its objects.
 */
export function packCheckIns(checkIns: readonly CheckIn[], lines: LineIndex, copy: (text: string) => string): PackedCheckIns | undefined {
  const sources: string[] = [];
  const places: string[] = [];
  for (const checkIn of checkIns) {
    if (!(checkIn instanceof LineCheckIn) || checkIn.line <= 0 || checkIn.line >= MAX_LINE) return undefined;
    const { content, from, to } = checkInSource(lines.lineText(checkIn.line));
    if (!content || from >= PLACE || from !== checkIn.start || to !== checkIn.end || dateOf(content) !== checkIn.date) return undefined;
    sources.push(content);
    places.push((checkIn.line * PLACE + from).toString(36));
  }
  if (!sources.length) return undefined;
  return copy(`${places.join(' ')}\n${sources.join('\n')}`) as PackedCheckIns;
}

/**
 * The check-ins of the nodes read last: the rules of a check read a key result's check-ins four
 * or five times in a row (values, latest, last two, each item's value), and reading each time
 * cost a tenth of a check. The memory stays that of one plan's check-ins, not kept per node.
 */
const recentlyRead = new LastRead<PackedCheckIns, CheckIn[]>(256);

/** The check-ins `packed` holds, read again unless among the last read (callers share the list, as they share an open document's: none changes it). */
export function unpackCheckIns(packed: PackedCheckIns): CheckIn[] {
  return recentlyRead.get(packed, readPacked);
}

function readPacked(packed: PackedCheckIns): CheckIn[] {
  const lines = packed.split('\n');
  const places = lines[0]!.split(' ');
  const checkIns: CheckIn[] = new Array(places.length);
  for (let i = 0; i < places.length; i++) {
    const place = parseInt(places[i]!, 36);
    const content = lines[i + 1]!;
    const from = place % PLACE;
    checkIns[i] = readCheckIn(content, (place - from) / PLACE, from, from + content.length);
  }
  return checkIns;
}

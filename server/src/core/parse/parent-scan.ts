import { posix } from 'node:path';
import { targetPath } from './plan-path';
import { ownCopy } from './detach';
import { idKey, readReference } from './node-line';

const NOWHERE = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };

/**
 * A line that may name a parent: `parent` then, later on the line, a colon and the value.
 * Found in two steps, the word then the first colon or line end after it, so that a line of
 * `parent` repeated without a colon is read once, not once per repetition (a single regex
 * retried at each one took seconds on 100 KB).
 */
const PARENT_WORD = /parent/gi;
const COLON_OR_LINE_END = /[:\r\n]/g;
const LINE_END = /[\r\n]|$/g;

/** The values of the lines that may name a parent, in order. */
function* parentValues(text: string): Generator<string> {
  PARENT_WORD.lastIndex = 0;
  while (PARENT_WORD.exec(text)) {
    COLON_OR_LINE_END.lastIndex = PARENT_WORD.lastIndex;
    const stop = COLON_OR_LINE_END.exec(text);
    if (!stop) return;
    if (stop[0] !== ':') {
      // No colon after the first `parent` of this line: none after a later one either.
      PARENT_WORD.lastIndex = stop.index + 1;
      continue;
    }
    LINE_END.lastIndex = stop.index + 1;
    const end = LINE_END.exec(text)!.index;
    yield text.slice(stop.index + 1, end);
    PARENT_WORD.lastIndex = end;
  }
}

/** What an unparsed plan's `parent` lines may point at (supersets of what the parser will read). */
export interface ParentScan {
  /** Files its links may read besides itself. */
  mayRead: string[];
  /** Nodes it may name: `file#idkey` for `path#id`, `#idkey` for a bare id (looked up in its own plan and parent plans). */
  nodeRefs: string[];
}

/**
 * Scans a plan without parsing it: every value on a line that names `parent` (a `Parent:`
 * field in any form, or the front matter's `parent`), its path resolved against the plan's
 * folder. Lines the parser would reject still count; a cold start uses this to parse only
 * the plans that may point at the node a request is about.
 */
export function scanParents(file: string, text: string): ParentScan {
  const paths = new Set<string>();
  const nodeRefs = new Set<string>();
  const folder = posix.dirname(file);
  // A plan names the same few parents on many lines: each distinct value is read once.
  const seen = new Set<string>();
  for (const written of parentValues(text)) {
    const value = written.trim();
    if (seen.has(value)) continue;
    seen.add(value);
    const named = namedBy(folder, file, value);
    for (const path of named.paths) paths.add(path);
    for (const ref of named.nodeRefs) nodeRefs.add(ref);
  }
  return { mayRead: [...paths], nodeRefs: [...nodeRefs] };
}

/** What a `parent` value written in a folder may name; the plans of one folder name the same few parents. */
const namedByValue = new Map<string, { paths: string[]; nodeRefs: string[] }>();

function namedBy(folder: string, file: string, value: string): { paths: string[]; nodeRefs: string[] } {
  const key = `${folder}\n${value}`;
  let named = namedByValue.get(key);
  if (named) return named;
  named = { paths: [], nodeRefs: [] };
  for (const candidate of readingsOf(value)) {
    const ref = readReference(candidate, NOWHERE);
    // Paths resolve against the folder alone, so the answer holds for every plan in it.
    const path = ref?.path && targetPath(file, ref.path);
    // Own copies: kept for as long as the plans are, they must not keep the text they were cut from alive.
    if (path) named.paths.push(ownCopy(path));
    if (ref?.id) named.nodeRefs.push(ownCopy(`${path ?? ''}#${idKey(ref.id)}`));
  }
  if (namedByValue.size >= 50_000) namedByValue.clear();
  namedByValue.set(ownCopy(key), named);
  return named;
}

/** The value, and the value without the YAML quotes or Markdown emphasis around it, when it has some. */
function readingsOf(value: string): string[] {
  const readings = [value];
  for (const stripped of [value.replace(/^['"]|['"]$/g, ''), withoutEmphasis(value)]) if (stripped !== value) readings.push(stripped);
  return readings;
}

/** The value without `*` and `_` at either end; a loop, as `/[*_]+$/` is quadratic in a run of them inside the value. */
function withoutEmphasis(value: string): string {
  let start = 0;
  let end = value.length;
  while (start < end && (value[start] === '*' || value[start] === '_')) start++;
  while (end > start && (value[end - 1] === '*' || value[end - 1] === '_')) end--;
  return value.slice(start, end);
}

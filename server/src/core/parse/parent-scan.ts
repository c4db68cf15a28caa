import { posix } from 'node:path';
import { targetPath } from './plan-path';
import { idKey, readReference } from './node-line';

const NOWHERE = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };

/** A line that may name a parent: `parent` then, later on the line, a colon and the value. */
const PARENT_LINE = /parent[^:\r\n]*:([^\r\n]*)/gi;

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
  for (const match of text.matchAll(PARENT_LINE)) {
    const value = match[1]!.trim();
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
    if (path) named.paths.push(path);
    if (ref?.id) named.nodeRefs.push(`${path ?? ''}#${idKey(ref.id)}`);
  }
  if (namedByValue.size >= 50_000) namedByValue.clear();
  namedByValue.set(key, named);
  return named;
}

/** The value, and the value without the YAML quotes or Markdown emphasis around it, when it has some. */
function readingsOf(value: string): string[] {
  const readings = [value];
  for (const stripped of [value.replace(/^['"]|['"]$/g, ''), value.replace(/^[*_]+|[*_]+$/g, '')]) if (stripped !== value) readings.push(stripped);
  return readings;
}

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
  // A plan names the same few parents on many lines: each distinct value is read once.
  const seen = new Set<string>();
  for (const match of text.matchAll(PARENT_LINE)) {
    const value = match[1]!.trim();
    if (seen.has(value)) continue;
    seen.add(value);
    for (const candidate of readingsOf(value)) {
      const ref = readReference(candidate, NOWHERE);
      const path = ref?.path && targetPath(file, ref.path);
      if (path) paths.add(path);
      if (ref?.id) nodeRefs.add(`${path ?? ''}#${idKey(ref.id)}`);
    }
  }
  return { mayRead: [...paths], nodeRefs: [...nodeRefs] };
}

/** The value, and the value without the YAML quotes or Markdown emphasis around it, when it has some. */
function readingsOf(value: string): string[] {
  const readings = [value];
  for (const stripped of [value.replace(/^['"]|['"]$/g, ''), value.replace(/^[*_]+|[*_]+$/g, '')]) if (stripped !== value) readings.push(stripped);
  return readings;
}

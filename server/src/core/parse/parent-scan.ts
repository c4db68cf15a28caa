import { posix } from 'node:path';
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
    // YAML quotes and Markdown emphasis around the value are not part of the reference.
    for (const candidate of new Set([value, value.replace(/^['"]|['"]$/g, ''), value.replace(/^[*_]+|[*_]+$/g, '')])) {
      const ref = readReference(candidate, NOWHERE);
      const path = ref?.path && (posix.isAbsolute(ref.path) ? posix.normalize(ref.path) : posix.join(folder, ref.path));
      if (path) paths.add(path);
      if (ref?.id) nodeRefs.add(`${path ?? ''}#${idKey(ref.id)}`);
    }
  }
  return { mayRead: [...paths], nodeRefs: [...nodeRefs] };
}

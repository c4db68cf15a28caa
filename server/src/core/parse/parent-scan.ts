import { posix } from 'node:path';
import { readReference } from './node-line';

const NOWHERE = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };

/** A line that may name a parent: `parent` then, later on the line, a colon and the value. */
const PARENT_LINE = /parent[^:\r\n]*:([^\r\n]*)/gi;

/**
 * The files a plan's links may read, found without parsing it: the path in every value on a
 * line that names `parent` (a `Parent:` field in any form, or the front matter's `parent`),
 * resolved against the plan's folder. A superset of what the parser will read (lines the
 * parser rejects still count); a cold start uses it to parse only the plans that may link
 * into the file a request is about.
 */
export function scanParentPaths(file: string, text: string): string[] {
  const paths = new Set<string>();
  for (const match of text.matchAll(PARENT_LINE)) {
    const value = match[1]!.trim();
    // YAML quotes and Markdown emphasis around the value are not part of the reference.
    for (const candidate of [value, value.replace(/^['"]|['"]$/g, ''), value.replace(/^[*_]+|[*_]+$/g, '')]) {
      const path = readReference(candidate, NOWHERE)?.path;
      if (path) paths.add(posix.isAbsolute(path) ? posix.normalize(path) : posix.join(posix.dirname(file), path));
    }
  }
  return [...paths];
}

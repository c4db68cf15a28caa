import { parseDocument } from 'yaml';
import type { FrontMatter } from '../model';
import type { LineIndex } from './positions';
import type { LineScan } from './scan';
import { readReference } from './node-line';

type Block = NonNullable<LineScan['frontMatter']>;

/** Aliases a front matter may expand: plans need none, and each one copies its anchor's value. */
const MAX_ALIAS_COUNT = 100;

/** Reads the YAML front matter with a real YAML parser; errors are located, never thrown. */
export function parseFrontMatter(lines: LineIndex, block: Block): FrontMatter {
  const range = { start: { line: block.startLine, character: 0 }, end: { line: block.endLine, character: lines.lineText(block.endLine).length } };
  const frontMatter: FrontMatter = { range, data: {}, keyRanges: {} };
  const source = lines.text.slice(block.contentStart, block.contentEnd);
  for (let line = block.startLine + 1; line < block.endLine; line++) {
    const m = /^([A-Za-z_][\w-]*)\s*:/.exec(lines.lineText(line));
    if (m) frontMatter.keyRanges[m[1]!.toLowerCase()] = lines.trimmedLineRange(line);
  }
  const doc = parseDocument(source, { prettyErrors: false, uniqueKeys: false });
  const error = doc.errors[0];
  if (error) {
    const at = lines.positionAt(block.contentStart + (error.pos?.[0] ?? 0));
    frontMatter.error = { message: firstLine(error.message), range: lines.trimmedLineRange(at.line) };
    return frontMatter;
  }
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (error) {
    // The yaml library refuses alias bombs (and may refuse other shapes) by throwing.
    frontMatter.error = { message: firstLine(error instanceof Error ? error.message : String(error)), range: lines.trimmedLineRange(block.startLine) };
    return frontMatter;
  }
  if (!data || typeof data !== 'object' || Array.isArray(data)) return frontMatter;
  frontMatter.data = data as Record<string, unknown>;
  const text = (key: string): string | undefined => {
    const value = frontMatter.data[key];
    return typeof value === 'string' || typeof value === 'number' ? String(value) : undefined;
  };
  const period = text('period');
  if (period !== undefined) frontMatter.period = period;
  const team = text('team');
  if (team !== undefined) frontMatter.team = team;
  const owner = text('owner');
  if (owner !== undefined) frontMatter.owner = owner;
  const parent = text('parent');
  const parentRange = frontMatter.keyRanges.parent;
  if (parent !== undefined && parentRange) {
    const ref = readReference(parent, parentRange);
    if (ref) frontMatter.parent = ref;
  }
  return frontMatter;
}

function firstLine(message: string): string {
  return message.split('\n')[0]!.trim();
}

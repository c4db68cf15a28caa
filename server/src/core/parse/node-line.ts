import type { NodeKind, Reference, Range } from '../model';

/** What a heading or list-item text declares, with columns relative to the text. */
export interface NodeDeclaration {
  kind: NodeKind;
  id?: string;
  title: string;
  titleStart: number;
}

const DECLARATIONS: { kind: NodeKind; re: RegExp }[] = [
  { kind: 'mission', re: /^(mission)\s*:\s*/i },
  { kind: 'objective', re: /^objective(?:\s+(o?\s*\d+))?\s*:\s*/i },
  { kind: 'objective', re: /^(o\d+)\s*:\s*/i },
  { kind: 'kr', re: /^(?:kr|key\s+result)(?:\s*(\d+(?:\.\d+)*))?\s*:\s*/i },
  { kind: 'initiative', re: /^initiative(?:\s+(i?\s*\d+(?:\.\d+)*))?\s*:\s*/i },
];

/** Reads a node keyword at the start of a heading or list-item text. */
export function readNodeDeclaration(text: string): NodeDeclaration | undefined {
  for (const { kind, re } of DECLARATIONS) {
    const m = re.exec(text);
    if (!m) continue;
    const title = text.slice(m[0].length).trimEnd();
    const declaration: NodeDeclaration = { kind, title, titleStart: m[0].length };
    if (kind === 'mission') declaration.id = 'mission';
    else if (m[1]) declaration.id = normalizeId(kind === 'kr' ? `KR${m[1]}` : m[1], kind);
    return declaration;
  }
  return undefined;
}

const PREFIX: Record<NodeKind, string> = { mission: '', objective: 'O', kr: 'KR', initiative: 'I' };

/**
 * The canonical form of an id as written: `kr 1.2` → `KR1.2`, `Objective o1` → `O1`,
 * `key result 1.2` → `KR1.2`. Unknown shapes are kept, upper-cased and without spaces.
 */
export function normalizeId(text: string, kindHint?: NodeKind): string {
  const t = text.trim().replace(/\s+/g, ' ');
  if (/^mission$/i.test(t)) return 'mission';
  let m = /^(?:objective ?)?o ?(\d+)$/i.exec(t);
  if (m) return `O${m[1]}`;
  m = /^(?:kr|key ?results?) ?(\d+(?:\.\d+)*)$/i.exec(t);
  if (m) return `KR${m[1]}`;
  m = /^(?:initiative ?)?i ?(\d+(?:\.\d+)*)$/i.exec(t);
  if (m) return `I${m[1]}`;
  m = /^(\d+(?:\.\d+)*)$/.exec(t);
  if (m && kindHint) return `${PREFIX[kindHint]}${m[1]}`;
  return t.replace(/ /g, '').toUpperCase();
}

/** Ids compare case-insensitively. */
export function idKey(id: string): string {
  return id.toLowerCase();
}

const FIELD_LINE = /^([A-Za-z][A-Za-z0-9_-]*(?: [A-Za-z0-9_-]+){0,2})[ \t]*:(?!\/\/)[ \t]*(.*)$/;

export interface FieldLine {
  key: string;
  value: string;
  keyStart: number;
  valueStart: number;
}

/** Reads `Key: value` from a line's text (already without list marker). */
export function readFieldLine(text: string): FieldLine | undefined {
  const m = FIELD_LINE.exec(text);
  if (!m) return undefined;
  const value = m[2]!.trimEnd();
  return { key: m[1]!, value, keyStart: 0, valueStart: text.length - m[2]!.length };
}

const MARKDOWN_LINK = /^\[(?:[^\]\\]|\\.)*\]\(\s*<?([^)>\s]*)>?(?:\s+"[^"]*")?\s*\)$/;

/** Reads a `Parent:` value or a front-matter `parent`: bare id, `path#id`, or a Markdown link to either. */
export function readReference(raw: string, range: Range): Reference | undefined {
  let target = raw.trim();
  if (!target) return undefined;
  const link = MARKDOWN_LINK.exec(target);
  if (link) target = link[1]!;
  else if (target.startsWith('<') && target.endsWith('>')) target = target.slice(1, -1);
  target = target.replace(/^`|`$/g, '');
  const hash = target.indexOf('#');
  let path: string | undefined;
  let id: string | undefined;
  if (hash >= 0) {
    path = target.slice(0, hash) || undefined;
    id = safeDecode(target.slice(hash + 1)) || undefined;
  } else if (/[/\\]|\.md$/i.test(target)) {
    path = target;
  } else {
    id = target;
  }
  const ref: Reference = { raw: raw.trim(), range };
  if (path) ref.path = safeDecode(path);
  if (id) ref.id = normalizeId(id);
  return ref;
}

function safeDecode(text: string): string {
  if (!text.includes('%')) return text;
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

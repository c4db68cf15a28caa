/**
 * The plan model: what the parser produces and everything else reads.
 * Positions are LSP coordinates: 0-based line, UTF-16 code unit character.
 */

export interface Position {
  line: number;
  character: number;
}

export interface Range {
  start: Position;
  end: Position;
}

export type NodeKind = 'mission' | 'objective' | 'kr' | 'initiative';

/** The kinds in chain order, from the top. */
export const NODE_KINDS: readonly NodeKind[] = ['mission', 'objective', 'kr', 'initiative'];

export const KIND_LABEL: Record<NodeKind, string> = {
  mission: 'mission',
  objective: 'objective',
  kr: 'key result',
  initiative: 'initiative',
};

/** A number read from text: `10 days`, `45%`, `$2M`, `1.2k`, `0.35`. */
export interface Quantity {
  value: number;
  /** `%`, `$`, `€`, `£`, or a unit word such as `days`; absent for a bare number. */
  unit?: string;
  /** The text it was read from. */
  raw: string;
}

/** The numbers a key result states, in its title or its fields. */
export interface KrNumbers {
  baseline?: Quantity;
  target?: Quantity;
  /** For "by 20%" and similar relative targets. */
  relative?: 'increase' | 'decrease';
  /** "at least Y" / "under Y": a threshold rather than a from→to move. */
  threshold?: 'at-least' | 'at-most';
}

/** A reference written in a `Parent:` field or front-matter `parent`. */
export interface Reference {
  /** The text as written (without surrounding Markdown link syntax). */
  raw: string;
  /** The path part (`../company/2026-Q1.okr.md`), if any. */
  path?: string;
  /** The id part (`KR2.1`), normalised, if any. */
  id?: string;
  range: Range;
}

export interface Field {
  /** The key as written. */
  key: string;
  /** Lower-case canonical key (`owner`, `check-ins`, …) for known keys, else the lower-cased key. */
  name: string;
  known: boolean;
  value: string;
  /** 0-based line of the field (a field is one line): `range.start.line` without building a range. */
  readonly line: number;
  /** The whole line or list item. */
  readonly range: Range;
  readonly keyRange: Range;
  readonly valueRange: Range;
  /** Read from a cell of an OKR table, under a column named for the field: free text written for people as often as a value. */
  readonly inTableCell?: boolean;
}

export interface CheckIn {
  /** ISO date as written (`2026-01-12`), or the raw text when it is not a date. */
  date: string;
  validDate: boolean;
  value?: Quantity;
  confidence?: number;
  note?: string;
  /** 0-based line of the check-in: `range.start.line` without building a range. */
  readonly line: number;
  readonly range: Range;
}

export interface PlanNode {
  kind: NodeKind;
  /** Normalised id: `mission`, `O1`, `KR1.2`, `I1.2.1`. */
  id: string;
  /** True when the id was written in the text, false when derived from order. */
  explicitId: boolean;
  /** The statement after the keyword and id. */
  title: string;
  /** The file (workspace path key) this node lives in. */
  file: string;
  /** 0-based line of the heading or list item: `range.start.line` without building a range (views that visit every node read it). */
  readonly line: number;
  /** The heading or list-item line (keyword, id and title). */
  readonly range: Range;
  readonly titleRange: Range;
  /** The whole node, from its line to the line before the next node at the same or an outer level. */
  readonly fullRange: Range;
  form: 'heading' | 'list';
  /** Heading depth (1–6) or, for list items, the enclosing heading depth + list depth. */
  depth: number;
  fields: Field[];
  checkIns: CheckIn[];
  /** The node it nests under in the document (the implicit parent), if any. */
  enclosing?: PlanNode;
  /** Nodes nested under this one in the document. */
  nested: PlanNode[];
}

export interface FrontMatter {
  range: Range;
  data: Record<string, unknown>;
  period?: string;
  team?: string;
  owner?: string;
  parent?: Reference;
  /** Ranges of each top-level key's line, for pointing diagnostics at one key. */
  keyRanges: Record<string, Range>;
  /** A YAML error, located. */
  error?: { message: string; range: Range };
}

export interface UnreadText {
  message: string;
  range: Range;
  /** A mechanical rewrite into the dialect, where there is one. */
  fix?: { title: string; range: Range; newText: string };
}

export interface SuppressionComment {
  kind: 'disable-next-line' | 'disable' | 'enable';
  /** Codes or names as written; empty means all rules. */
  rules: string[];
  line: number;
}

export interface Plan {
  /** Workspace path key (absolute, `/`-separated). */
  file: string;
  text: string;
  lineCount: number;
  /** `text.length`, kept: a plan resting on disk is kept without its text, and its size is asked at every check. */
  textLength: number;
  frontMatter?: FrontMatter;
  /** The period the plan states for people when its front matter names none (a title `# OKRs — Q2 2026`, a `Period:` line). */
  statedPeriod?: StatedPeriod;
  /** Every node in document order. */
  nodes: PlanNode[];
  suppressions: SuppressionComment[];
  /** Problems of the text itself (e.g. invalid UTF-8), located. */
  textProblems: TextProblem[];
  /** Text that looks like a node (a keyword in a heading, label, list item or table header) but was not read as one. */
  unread: UnreadText[];
  /** The heading-delimited sections the plan was assembled from, in order. */
  sections: PlanSection[];
}

export interface StatedPeriod {
  /** As `parsePeriod` reads it: `2026-Q2`, `2026-H1`, `2026` or a range of days. */
  period: string;
  /** The words that state it (`Q2 2026`). */
  written: string;
  range: Range;
}

export interface TextProblem {
  message: string;
  range: Range;
  /** Set when the text could not be read as a plan at all (binary content, a parser failure): no rule runs on it, so this stays its one finding. */
  unreadable?: true;
}

/** One heading-delimited section of a plan: work that depends only on its text can be cached by it. */
export interface PlanSection {
  /**
   * The section's text and context: what its parse and its findings are cached by. Kept only
   * when the plan was parsed with a `SectionCache` (an open document); the many plans that
   * rest on disk do without it.
   */
  text?: string;
  startLine: number;
  /** Characters before the section's text on its first line (a byte-order mark). */
  firstLineChars: number;
  /** The section's nodes: `plan.nodes.slice(firstNode, firstNode + nodeCount)`. */
  firstNode: number;
  nodeCount: number;
}

/** A range on one line, from column `start` to column `end`. */
export function lineRange(line: number, start: number, end: number): Range {
  return { start: { line, character: start }, end: { line, character: end } };
}

/** The whole of a line whose text is `text`. */
export function rangeOfLine(line: number, text: string): Range {
  return lineRange(line, 0, text.length);
}

/** The same range, `lines` lines further down. */
export function shiftLines(range: Range, lines: number): Range {
  return { start: { line: range.start.line + lines, character: range.start.character }, end: { line: range.end.line + lines, character: range.end.character } };
}

/** The last line a node itself writes: its own line, its fields and its check-ins (not the nodes nested in it). */
export function lastOwnLine(node: PlanNode): number {
  let last = node.line;
  for (const f of node.fields) last = Math.max(last, f.line);
  for (const c of node.checkIns) last = Math.max(last, c.line);
  return last;
}

/** The nearest node of `kind` that encloses `node`, if any. */
export function enclosingOfKind(node: PlanNode, kind: NodeKind): PlanNode | undefined {
  for (let n = node.enclosing; n; n = n.enclosing) if (n.kind === kind) return n;
  return undefined;
}

export function nodesOfKind(plan: Plan, kind: NodeKind): PlanNode[] {
  return plan.nodes.filter((n) => n.kind === kind);
}

/** The first field with the given canonical name (a plain loop: rules and views ask this of every node). */
export function fieldOf(node: PlanNode, name: string): Field | undefined {
  const { fields } = node;
  for (let i = 0; i < fields.length; i++) if (fields[i]!.name === name) return fields[i];
  return undefined;
}

export function fieldsOf(node: PlanNode, name: string): Field[] {
  return node.fields.filter((f) => f.name === name);
}

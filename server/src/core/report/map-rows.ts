import { captionParts, chartGeometry } from './chart';
import { CHART_SIZE, FLAG, FOLD, type Fold, type MapRows, type MoreRow } from './map-render';
import type { MapNode } from './model';

/** How the map is written: the report writes it whole; the editor's map view, a window of it. */
export interface MapRowsOptions {
  /** Whether a node with children is written unfolded. */
  open(node: MapNode, depth: number): boolean;
  /** Folded nodes' children are left out (`FOLD.unwritten`). */
  lazy?: boolean;
  /** At most this many children of a node (`''`: of the roots), then a "show more" row. */
  limit?(parentKey: string): number;
  /** Nodes shown only as the way to what a filter matched: written muted. */
  context?(node: MapNode): boolean;
}

/**
 * Whether `jsonString` must hand the text to `JSON.stringify`: a quote, a backslash, a control
 * character, a surrogate (a lone one must be escaped), or `<`. A loop over the characters: the
 * report asks this of every title, and a regular expression cost several times as much.
 */
function needsEscape(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x20 || c === 0x22 || c === 0x3c || c === 0x5c || (c >= 0xd800 && c <= 0xdfff)) return true;
  }
  return false;
}

/**
 * A JSON value with no `<` in it (as `\u003c`), so the text can sit inside an HTML element and
 * nothing in a plan can end it. Plain text, the usual case, is only quoted.
 */
function jsonString(text: string): string {
  return needsEscape(text) ? jsonValue(text) : `"${text}"`;
}

function jsonValue(value: unknown): string {
  const json = JSON.stringify(value);
  return json.includes('<') ? json.replace(/</g, '\\u003c') : json;
}

/** A number as JSON writes it (`null` when not finite). */
const jsonNumber = (value: number | undefined): string => (value !== undefined && Number.isFinite(value) ? String(value) : 'null');

/** Each repeated label once, by index; 0 is the empty string (no label). */
class Labels {
  private readonly list: string[] = [''];
  private readonly index = new Map<string, number>([['', 0]]);

  of(text: string | undefined): number {
    if (!text) return 0;
    let found = this.index.get(text);
    if (found === undefined) {
      found = this.list.length;
      this.list.push(text);
      this.index.set(text, found);
    }
    return found;
  }

  json(): string {
    return `[${this.list.map(jsonString).join(',')}]`;
  }
}

type Item = { node: MapNode; depth: number } | MoreRow;

/**
 * Writes the map as `MapRows` JSON, each node before its children, row by row: the report writes
 * a whole large workspace this way, as text straight from the nodes (building rows as arrays
 * for `JSON.stringify` cost more, and left them all to the garbage collector). An explicit
 * stack: a chain of parents can be thousands deep.
 */
export function writeMapRows(nodes: MapNode[], options: MapRowsOptions, write: (json: string) => void): void {
  const labels = new Labels();
  write(`{"lazy":${options.lazy ?? false},"rows":[`);
  const stack: Item[] = windowOf('', nodes, 0, options);
  // Rows after the first start with their comma: one write each.
  let comma = '';
  while (stack.length) {
    const item = stack.pop()!;
    if ('more' in item) write(`${comma}${jsonValue(item)}`);
    else {
      const { node, depth } = item;
      const fold: Fold = !node.children.length ? FOLD.leaf : options.open(node, depth) ? FOLD.open : options.lazy ? FOLD.unwritten : FOLD.folded;
      const children = fold === FOLD.open || fold === FOLD.folded ? windowOf(node.key, node.children, depth + 1, options) : [];
      write(nodeRowJson(comma, node, fold, children.length, labels, options.context?.(node) ?? false));
      for (let i = 0; i < children.length; i++) stack.push(children[i]!);
    }
    comma = ',';
  }
  write(`],"strings":${labels.json()}}`);
}

/** The map's rows as data (the editor's map view draws a window of the map here). */
export function mapRows(nodes: MapNode[], options: MapRowsOptions): MapRows {
  const pieces: string[] = [];
  writeMapRows(nodes, options, (json) => pieces.push(json));
  return JSON.parse(pieces.join('')) as MapRows;
}

/** The children to write, last first (for the stack), with a "show more" row past the limit. */
function windowOf(key: string, nodes: MapNode[], depth: number, options: MapRowsOptions): Item[] {
  const limit = options.limit ? options.limit(key) : nodes.length;
  const shown = nodes.length > limit ? nodes.slice(0, limit) : nodes;
  const items: Item[] = [];
  if (shown.length < nodes.length) items.push({ more: key, show: Math.min(nodes.length - shown.length, limit), left: nodes.length - shown.length });
  for (let i = shown.length - 1; i >= 0; i--) items.push({ node: shown[i]!, depth });
  return items;
}

/** A `NodeRow` as JSON, in its order, after `comma`. */
function nodeRowJson(comma: string, node: MapNode, fold: Fold, kids: number, labels: Labels, context: boolean): string {
  const flags = (node.crossesPlan ? FLAG.cascade : 0) | (context ? FLAG.context : 0);
  const row = [
    labels.of(node.kind), jsonString(node.id), jsonString(node.title), labels.of(node.file), node.line, labels.of(node.team), labels.of(node.health),
    fold, kids, flags, labels.of(node.owner), jsonNumber(node.progress), labels.of(node.progressSource), jsonNumber(node.confidence),
    labels.of(node.type), labels.of(node.status), labels.of(node.due), node.chart ? chartJson(node.chart) : 0,
    node.findings.length ? jsonValue(node.findings) : 0,
  ];
  return `${comma}[${row.join(',')}]`;
}

function chartJson(chart: NonNullable<MapNode['chart']>): string {
  const { baseline, target, last, date } = captionParts(chart);
  return `[${[JSON.stringify(chartGeometry(chart, CHART_SIZE.width, CHART_SIZE.height)), baseline ? jsonString(baseline) : 0, target ? jsonString(target) : 0, jsonString(last), jsonString(date)].join(',')}]`;
}

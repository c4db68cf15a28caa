import { captionParts, chartGeometry } from './chart';
import { CHART_SIZE, FLAG, FOLD, type ChartCell, type Fold, type MapRows, type MoreRow } from './map-render';
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

/** JSON with every `<` written as `\u003c` (still JSON). */
function jsonValue(value: unknown): string {
  const json = JSON.stringify(value);
  return json.includes('<') ? json.replace(/</g, '\\u003c') : json;
}

/** Each repeated label once, by index; 0 is the empty string (no label). */
class Labels {
  readonly list: string[] = [''];
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
}

type Item = { node: MapNode; depth: number } | MoreRow;

/** Empty columns, in the order they are written. */
function emptyRows(lazy: boolean): MapRows {
  return { lazy, strings: [], kind: [], id: [], title: [], file: [], line: [], team: [], health: [], fold: [], kids: [], flags: [], owner: [], progress: [], source: [], confidence: [], type: [], status: [], due: [], chart: [], findings: [], more: {} };
}

/**
 * The map's rows (`MapRows`), each node before its children, as far as the options write it.
 * An explicit stack: a chain of parents can be thousands deep.
 */
export function mapRows(nodes: MapNode[], options: MapRowsOptions): MapRows {
  const labels = new Labels();
  const rows = emptyRows(options.lazy ?? false);
  const stack: Item[] = windowOf('', nodes, 0, options);
  while (stack.length) {
    const item = stack.pop()!;
    if ('more' in item) {
      rows.more[rows.kind.length] = item;
      addRow(rows, labels, undefined, FOLD.leaf, 0, 0);
      continue;
    }
    const { node, depth } = item;
    const fold: Fold = !node.children.length ? FOLD.leaf : options.open(node, depth) ? FOLD.open : options.lazy ? FOLD.unwritten : FOLD.folded;
    const children = fold === FOLD.open || fold === FOLD.folded ? windowOf(node.key, node.children, depth + 1, options) : [];
    const flags = (node.crossesPlan ? FLAG.cascade : 0) | (options.context?.(node) ? FLAG.context : 0);
    addRow(rows, labels, node, fold, children.length, flags);
    for (let i = 0; i < children.length; i++) stack.push(children[i]!);
  }
  rows.strings = labels.list;
  return rows;
}

/** Row `rows.kind.length`: a node, or (none) a "show more" row, whose cells stay empty. */
function addRow(rows: MapRows, labels: Labels, node: MapNode | undefined, fold: Fold, kids: number, flags: number): void {
  rows.kind.push(node ? labels.of(node.kind) : -1);
  rows.id.push(node?.id ?? '');
  rows.title.push(node?.title ?? '');
  rows.file.push(labels.of(node?.file));
  rows.line.push(node?.line ?? 0);
  rows.team.push(labels.of(node?.team));
  rows.health.push(labels.of(node?.health));
  rows.fold.push(fold);
  rows.kids.push(kids);
  rows.flags.push(flags);
  rows.owner.push(labels.of(node?.owner));
  rows.progress.push(node?.progress ?? null);
  rows.source.push(labels.of(node?.progressSource));
  rows.confidence.push(node?.confidence ?? null);
  rows.type.push(labels.of(node?.type));
  rows.status.push(labels.of(node?.status));
  rows.due.push(labels.of(node?.due));
  rows.chart.push(node?.chart ? chartCell(node.chart) : 0);
  rows.findings.push(node?.findings.length ? node.findings : 0);
}

/**
 * Writes the map's rows as JSON, a column at a time (one `JSON.stringify` each), with every `<`
 * written as `\u003c`, so the text can sit inside an HTML element and nothing in a plan can end it.
 */
export function writeMapRows(nodes: MapNode[], options: MapRowsOptions, write: (json: string) => void): void {
  const rows = mapRows(nodes, options);
  let comma = '{';
  for (const [column, value] of Object.entries(rows)) {
    write(`${comma}"${column}":${jsonValue(value)}`);
    comma = ',';
  }
  write('}');
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

function chartCell(chart: NonNullable<MapNode['chart']>): ChartCell {
  const { baseline, target, last, date } = captionParts(chart);
  return [chartGeometry(chart, CHART_SIZE.width, CHART_SIZE.height), baseline ?? 0, target ?? 0, last, date];
}

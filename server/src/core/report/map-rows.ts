import { chartGeometry, trendCaption } from './chart';
import { CHART_SIZE, FLAG, FOLD, type Fold, type MapRows, type MoreRow, type NodeRow } from './map-render';
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

/**
 * The map as rows for `mapHtml`, each node before its children; `anchors` names the nodes that
 * other sections link to. An explicit stack: a chain of parents can be thousands deep.
 */
export function mapRows(nodes: MapNode[], options: MapRowsOptions, anchors: Map<string, string> = new Map()): MapRows {
  const labels = new Labels();
  const rows: MapRows['rows'] = [];
  const stack: Item[] = windowOf('', nodes, 0, options);
  while (stack.length) {
    const item = stack.pop()!;
    if ('more' in item) {
      rows.push(item);
      continue;
    }
    const { node, depth } = item;
    const fold: Fold = !node.children.length ? FOLD.leaf : options.open(node, depth) ? FOLD.open : options.lazy ? FOLD.unwritten : FOLD.folded;
    const children = fold === FOLD.open || fold === FOLD.folded ? windowOf(node.key, node.children, depth + 1, options) : [];
    rows.push(nodeRow(node, fold, children.length, labels, options.context?.(node) ?? false, anchors.get(node.key)));
    for (const child of children) stack.push(child);
  }
  return { strings: labels.list, rows, lazy: options.lazy ?? false };
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

function nodeRow(node: MapNode, fold: Fold, kids: number, labels: Labels, context: boolean, anchor: string | undefined): NodeRow {
  const flags = (node.crossesPlan ? FLAG.cascade : 0) | (context ? FLAG.context : 0);
  const chart: NodeRow[17] = node.chart ? [chartGeometry(node.chart, CHART_SIZE.width, CHART_SIZE.height), trendCaption(node.chart)] : 0;
  return [
    labels.of(node.kind),
    node.id,
    node.title,
    labels.of(node.file),
    node.line,
    labels.of(node.team),
    labels.of(node.health),
    fold,
    kids,
    flags,
    labels.of(node.owner),
    node.progress ?? null,
    labels.of(node.progressSource),
    node.confidence ?? null,
    labels.of(node.type),
    labels.of(node.status),
    labels.of(node.due),
    chart,
    node.findings.length ? node.findings : 0,
    anchor ?? 0,
  ];
}

import type { WorkspaceGraph } from '../graph';
import { KIND_LABEL, fieldOf, type PlanNode } from '../model';
import { effectivePeriod } from '../period';
import { krChart } from '../report/build';
import { chartSummary, checkInChartDataUri, trendCaption } from '../report/chart';

/** A progress from 0 to 1 as a whole percentage: `62%`. */
export function percent(progress: number): string {
  return `${Math.round(progress * 100)}%`;
}

/** `62%`, `45% (cascaded)` for a key result measured by the team objectives under it, or `no progress yet`. */
export function progressText(graph: WorkspaceGraph, node: PlanNode): string {
  const progress = graph.progressOf(node);
  if (progress === undefined) return 'no progress yet';
  return node.kind === 'kr' && graph.progressSource(node) === 'cascade' ? `${percent(progress)} (cascaded)` : percent(progress);
}

/** `plans/team.okr.md` style: the last two path segments. */
export function shortFile(file: string): string {
  return file.split('/').slice(-2).join('/');
}

/** The chain as one line: mission › objective › KR › initiative. */
export function chainLine(graph: WorkspaceGraph, node: PlanNode): string {
  const chain = graph.chainOf(node);
  const parts = [...chain.nodes].reverse().map((n) => `\`${n.id}\` ${n.title}${n.file === node.file ? '' : ` _(${shortFile(n.file)})_`}`);
  const tail = chain.end === 'mission' ? '' : chain.end === 'cycle' ? ' ⟲ (cycle)' : ' (reaches no mission)';
  return `${chain.end === 'mission' ? '' : '… › '}${parts.join(' › ')}${tail}`;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** "3 initiatives", "2 key results · 1 cascaded objective". */
export function childrenSummary(graph: WorkspaceGraph, node: PlanNode): string {
  const children = graph.childrenOf(node);
  const counts = new Map<string, number>();
  for (const child of children) counts.set(child.kind, (counts.get(child.kind) ?? 0) + 1);
  const words: Record<string, string> = { objective: 'objective', kr: 'key result', initiative: 'initiative' };
  const parts = [...counts].map(([kind, n]) => plural(n, kind === 'objective' && node.kind !== 'mission' ? 'cascaded objective' : words[kind]!));
  return parts.length ? parts.join(' · ') : 'no children';
}

/** A short Markdown card about a node: chain, owner, type, progress, children; `under` (a chart, say) goes right under its title. */
export function nodeCard(graph: WorkspaceGraph, node: PlanNode, options: { under?: string } = {}): string {
  const facts = [
    `- **Chain:** ${chainLine(graph, node)}`,
    fieldOf(node, 'owner') ? `- **Owner:** ${fieldOf(node, 'owner')!.value}` : '- **Owner:** none',
    fieldOf(node, 'type') ? `- **Type:** ${fieldOf(node, 'type')!.value}` : undefined,
    node.kind === 'kr' || node.kind === 'objective' ? `- **Progress:** ${progressText(graph, node)}` : undefined,
    fieldOf(node, 'status') ? `- **Status:** ${fieldOf(node, 'status')!.value}` : undefined,
    node.kind === 'initiative' ? undefined : `- **Children:** ${childrenSummary(graph, node)}`,
  ].filter((line): line is string => line !== undefined);
  const title = `**${KIND_LABEL[node.kind]} \`${node.id}\`** — ${node.title}`;
  return [title, '', ...(options.under ? [options.under, ''] : []), ...facts, '', `_${shortFile(node.file)}:${node.range.start.line + 1}_`].join('\n');
}

/** Text that Markdown shows as written (`<2 hours`, `$40k`, `*`): punctuation it reads escaped, on one line. */
function literal(text: string): string {
  return text.replace(/[\\`*_[\]<>#|]/g, (c) => `\\${c}`).replace(/\s+/g, ' ');
}

/**
 * A key result's check-ins as a small chart against its baseline and target, for its hover: a
 * Markdown image whose source is a `data:image/svg+xml;base64,…` URI (the editor renders it with
 * no network), its alt text the values in words, and a caption. Undefined for other nodes and
 * for key results with fewer than two dated check-ins in the target's unit.
 */
export function checkInTrend(graph: WorkspaceGraph, node: PlanNode): string | undefined {
  if (node.kind !== 'kr' || node.checkIns.length < 2) return undefined;
  const plan = graph.plan(node.file);
  const chart = krChart(graph, node, plan ? effectivePeriod(plan, graph) : undefined);
  if (!chart || chart.points.length < 2) return undefined;
  return `**Check-ins** — ${literal(trendCaption(chart))}\n\n![Check-ins: ${literal(chartSummary(chart))}](${checkInChartDataUri(chart, { width: 240, height: 64 })})`;
}

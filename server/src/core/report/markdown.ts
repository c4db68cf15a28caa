import { SEVERITIES, type Severity } from '../rules/types';
import { sparkline } from './chart';
import { STRETCH } from './close';
import type { CloseModel, Health, MapNode, ReportModel, ReviewItem } from './model';

/**
 * The report as GitHub-flavoured Markdown for a CI job summary: headings, GFM tables and text
 * only, no raw HTML (GitHub strips most of it). Long lists are cut, saying how many rows were
 * left out, so the summary stays well under GitHub's 1 MiB limit on a large workspace.
 */
export const MARKDOWN_LIMITS = { mapRows: 400, listRows: 100, planRows: 300 } as const;

const HEALTH: Record<Health, string> = { 'on-track': '🟢 on track', 'at-risk': '🟡 at risk', 'off-track': '🔴 off track', unknown: '⚪ no signal' };
const SEVERITY_ICON: Record<Severity, string> = { error: '⛔', warning: '⚠️', info: 'ℹ️', hint: '💡' };

/** Text safe inside a GFM table cell: no pipe, no line break, no HTML. */
export function cell(text: string): string {
  return text
    .replace(/[\u0000-\u001f\u007f\u2028\u2029]+/g, ' ')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\\/g, '\\\\')
    .replace(/\|/g, '\\|')
    .trim();
}

/** An owner as inline code, so `@handles` neither mention nor link (entities are not read inside code). */
const code = (text: string): string => `\`${text.replace(/[\u0000-\u001f\u007f\u2028\u2029]+/g, ' ').replace(/`/g, "'").replace(/\|/g, '\\|').trim()}\``;

const pct = (p: number): string => `${Math.round(p * 100)}%`;

/** `▰▰▰▱▱▱▱▱▱▱ 30%`. */
export function textBar(progress: number | undefined, width = 10): string {
  if (progress === undefined) return '—';
  const full = Math.round(Math.max(0, Math.min(1, progress)) * width);
  return `${'▰'.repeat(full)}${'▱'.repeat(width - full)} ${pct(progress)}`;
}

const table = (head: string[], rows: string[][]): string[] => [`| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`, ...rows.map((r) => `| ${r.join(' | ')} |`)];

const more = (left: number, what: string): string[] => (left > 0 ? ['', `_… and ${left} more ${what}: see the HTML report (\`throughline report --out report.html\`)._`] : []);

function mapRows(nodes: MapNode[]): { rows: string[][]; total: number } {
  const rows: string[][] = [];
  let total = 0;
  const stack = nodes.map((node) => ({ node, depth: 0 })).reverse();
  while (stack.length) {
    const { node, depth } = stack.pop()!;
    total++;
    for (let i = node.children.length - 1; i >= 0; i--) stack.push({ node: node.children[i]!, depth: depth + 1 });
    if (rows.length >= MARKDOWN_LIMITS.mapRows) continue;
    const indent = depth ? `${'· '.repeat(depth - 1)}↳ ` : '';
    const team = depth === 0 || node.crossesPlan ? ` _(${cell(node.team)})_` : '';
    const label = node.kind === 'mission' ? 'Mission' : node.id;
    const trend = node.chart ? `${sparkline(node.chart)}${node.chart.baselineText && node.chart.targetText ? ` ${cell(node.chart.baselineText)}→${cell(node.chart.targetText)}` : ''}` : '';
    const measured = node.kind === 'objective' || node.kind === 'kr';
    rows.push([
      `${indent}**${cell(label)}** ${cell(node.title)}${team}`,
      node.owner ? code(node.owner) : '',
      measured ? `${textBar(node.progress)}${node.progressSource === 'cascade' ? ' (cascaded)' : ''}` : '',
      node.confidence !== undefined ? String(node.confidence) : '',
      HEALTH[node.health],
      trend,
      node.findings.map((f) => `${SEVERITY_ICON[f.severity]} ${cell(f.rule)}`).join(', '),
    ]);
  }
  return { rows, total };
}

function reviewList(title: string, items: ReviewItem[]): string[] {
  const out = ['', `### ${title} (${items.length})`, ''];
  if (!items.length) return [...out, '_None._'];
  const shown = items.slice(0, MARKDOWN_LIMITS.listRows).map((i) => [i.id ? `**${cell(i.id)}** ${cell(i.title ?? '')}` : cell(i.file), cell(i.team), i.owner ? code(i.owner) : '', cell(i.detail), `${cell(i.file)}:${i.line}`]);
  return [...out, ...table(['node', 'team', 'owner', 'why', 'where'], shown), ...more(items.length - shown.length, 'rows')];
}

function closeLines(close: CloseModel): string[] {
  const out = ['', '## Quarter close', ''];
  out.push(`Final score per key result (0–1) from its last check-in, grouped by its objective's \`Type\`. Committed key results are expected at 1.00; aspirational ones usually land around ${STRETCH.low.toFixed(1)}–${STRETCH.high.toFixed(1)}.`);
  if (!close.ended) out.push('', `> **Note:** ${close.openPlans.length} plan${close.openPlans.length === 1 ? '' : 's'} still run or name no period; their scores are provisional.`);
  out.push('', `### Called out (${close.callouts.length})`, '');
  if (close.callouts.length) {
    const shown = close.callouts.slice(0, MARKDOWN_LIMITS.listRows);
    out.push(...table(['key result', 'team', 'owner', 'score', 'call-out'], shown.map((r) => [`**${cell(r.id)}** ${cell(r.title)}`, cell(r.team), r.owner ? code(r.owner) : '', r.score !== undefined ? r.score.toFixed(2) : '—', cell(r.callout ?? '')])));
    out.push(...more(close.callouts.length - shown.length, 'call-outs'));
  } else out.push('_Nothing to call out._');
  for (const group of close.groups) {
    out.push('', `### ${group.type} (${group.rows.length}${group.mean !== undefined ? `, mean ${group.mean.toFixed(2)}` : ''})`, '');
    const shown = group.rows.slice(0, MARKDOWN_LIMITS.listRows);
    out.push(...table(['key result', 'team', 'owner', 'score', 'from'], shown.map((r) => [`**${cell(r.id)}** ${cell(r.title)}`, cell(r.team), r.owner ? code(r.owner) : '', r.score !== undefined ? `${textBar(r.score)} (${r.score.toFixed(2)})` : '—', `${r.source}${r.lastCheckIn ? ` ${r.lastCheckIn}` : ''}`])));
    out.push(...more(group.rows.length - shown.length, 'key results'));
  }
  return out;
}

/** The report as GitHub-flavoured Markdown (see `MARKDOWN_LIMITS`). */
export function renderMarkdown(model: ReportModel, write?: (chunk: string) => void): string {
  const { summary, review } = model;
  const totalFindings = SEVERITIES.reduce((n, s) => n + summary.findings[s], 0);
  const out: string[] = [`# OKR report${model.period ? ` · ${cell(model.period.label)}` : ''}`, ''];
  out.push(
    `As of ${model.today} · ${summary.plans} plan${summary.plans === 1 ? '' : 's'}${summary.leftOut ? ` (${summary.leftOut} outside the period left out)` : ''} · ${summary.objectives} objectives · ${summary.keyResults} key results · ${summary.initiatives} initiatives · progress **${summary.progress !== undefined ? pct(summary.progress) : '—'}** · ${totalFindings} findings (${SEVERITIES.map((s) => `${summary.findings[s]} ${s}${summary.findings[s] === 1 ? '' : 's'}`).join(', ')})`,
  );
  if (model.close) out.push(...closeLines(model.close));
  const map = mapRows(model.map);
  out.push('', '## Alignment map', '', `Mission → objectives → key results → team objectives (from another plan, with their team) → key results → initiatives. Trend: check-ins, then baseline→target.`, '');
  out.push(...table(['node', 'owner', 'progress', 'confidence', 'health', 'trend', 'findings'], map.rows), ...more(map.total - map.rows.length, 'nodes'));
  out.push('', '## Review');
  out.push(...reviewList('Stale or missing check-ins', review.stale));
  out.push(...reviewList('Key results moving away from target', review.regressing));
  out.push(...reviewList('Past-due initiatives', review.pastDue));
  out.push(...reviewList('Orphans', review.orphans));
  out.push('', '### Findings by rule', '');
  out.push(...(review.byRule.length ? table(['code', 'rule', 'severity', 'findings'], review.byRule.map((r) => [r.code, cell(r.rule), `${SEVERITY_ICON[r.severity]} ${r.severity}`, String(r.count)])) : ['_No findings._']));
  out.push('', '### Findings by team', '');
  const teams = review.byTeam.slice(0, MARKDOWN_LIMITS.planRows);
  out.push(...table(['team', 'plans', ...SEVERITIES.map((s) => `${s}s`)], teams.map((t) => [cell(t.team), String(t.plans), ...SEVERITIES.map((s) => String(t[s]))])), ...more(review.byTeam.length - teams.length, 'teams'));
  out.push('', '## Plans', '');
  const plans = model.plans.slice(0, MARKDOWN_LIMITS.planRows);
  out.push(
    ...table(['plan', 'team', 'period', 'progress', 'nodes', 'findings'], plans.map((p) => [cell(p.file), cell(p.team), cell(p.period ?? ''), textBar(p.progress), String(p.nodes), SEVERITIES.filter((s) => p.counts[s]).map((s) => `${SEVERITY_ICON[s]} ${p.counts[s]}`).join(' ') || '—'])),
    ...more(model.plans.length - plans.length, 'plans'),
  );
  const text = `${out.join('\n')}\n`;
  write?.(text);
  return text;
}

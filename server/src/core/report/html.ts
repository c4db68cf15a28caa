import { SEVERITIES } from '../rules/types';
import { checkInChartSvg, escapeXml as esc, trendCaption } from './chart';
import { STRETCH } from './close';
import type { CloseModel, Health, MapNode, ReportModel, ReviewItem, SeverityCounts } from './model';

/** Above this many nodes, only the top three levels of the map start unfolded. */
const OPEN_ALL_UP_TO = 600;

export const HEALTH_LABEL: Record<Health, string> = { 'on-track': 'on track', 'at-risk': 'at risk', 'off-track': 'off track', unknown: 'no signal' };

const pct = (p: number): string => `${Math.round(p * 100)}%`;

/** The report's CSS: colours as custom properties (`--bg`, `--fg`, `--accent`, …) that a host may set again. */
export const REPORT_STYLE = `
:root{color-scheme:light dark;--bg:#fff;--fg:#1d2433;--muted:#5b6474;--line:#d9dee7;--card:#f7f8fb;--accent:#3056d3;--bar:#e3e7ef;
--good:#1f8a4c;--warn:#b7791f;--bad:#c53030;--none:#8a94a6;--error:#c53030;--warning:#b7791f;--info:#2b6cb0;--hint:#6b7280}
@media (prefers-color-scheme:dark){:root{--bg:#14171f;--fg:#e6e9ef;--muted:#9aa4b5;--line:#2c3240;--card:#1b1f2a;--accent:#7aa2ff;--bar:#2c3240;
--good:#48bb78;--warn:#ecc94b;--bad:#fc8181;--none:#7b8496;--error:#fc8181;--warning:#ecc94b;--info:#63b3ed;--hint:#a0aec0}}
*{box-sizing:border-box}body{margin:0;background:var(--bg);color:var(--fg);font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif}
header,main,footer{max-width:1200px;margin:0 auto;padding:16px 24px}h1{margin:0 0 4px;font-size:24px}h2{margin:28px 0 8px;font-size:19px;border-bottom:1px solid var(--line);padding-bottom:4px}
h3{margin:18px 0 6px;font-size:15px}.muted,.meta{color:var(--muted)}nav a{margin-right:14px;color:var(--accent)}a{color:var(--accent)}
.stats{display:flex;flex-wrap:wrap;gap:10px;margin:12px 0}.stat{background:var(--card);border:1px solid var(--line);border-radius:8px;padding:8px 12px;min-width:110px}
.stat b{display:block;font-size:20px}.legend .hl{margin:0 6px}.trend{display:flex;align-items:center;gap:10px;font-size:12px}
ul.tree,ul.kids{list-style:none;margin:0;padding-left:22px}ul.tree{padding-left:0}ul.kids{border-left:1px dashed var(--line);margin-left:10px}
li{margin:6px 0}details>summary{list-style:none;cursor:pointer}details>summary::-webkit-details-marker{display:none}
details>summary .badge::before{content:"▸ ";color:var(--muted)}details[open]>summary .badge::before{content:"▾ "}
.node{background:var(--card);border:1px solid var(--line);border-left:5px solid var(--none);border-radius:8px;padding:6px 10px;display:inline-block;min-width:420px;max-width:100%}
.h-on-track{border-left-color:var(--good)}.h-at-risk{border-left-color:var(--warn)}.h-off-track{border-left-color:var(--bad)}
.k-mission{font-size:15px}.cascade{box-shadow:inset 0 0 0 1px var(--accent)}
.badge{font-weight:600;margin-right:6px}.kind{font-size:11px;text-transform:uppercase;letter-spacing:.04em;color:var(--muted);margin-right:6px}
.meta{font-size:12px}.nums{display:flex;align-items:center;gap:10px;font-size:12px;margin-top:3px;flex-wrap:wrap}
.pct{font-weight:600;min-width:38px}.hl{font-weight:600}.hl.h-on-track{color:var(--good)}.hl.h-at-risk{color:var(--warn)}.hl.h-off-track{color:var(--bad)}.hl.h-unknown{color:var(--none)}
progress{appearance:none;-webkit-appearance:none;width:90px;height:8px;border:0;border-radius:4px;background:var(--bar);vertical-align:middle}
progress::-webkit-progress-bar{background:var(--bar);border-radius:4px}progress::-webkit-progress-value{background:var(--accent);border-radius:4px}progress::-moz-progress-bar{background:var(--accent);border-radius:4px}
.meta>span+span::before{content:" · "}.k-mission .head::before{content:"mission "}.k-objective .head::before{content:"objective "}.k-kr .head::before{content:"key result "}.k-initiative .head::before{content:"initiative "}
.head::before{font-size:11px;text-transform:uppercase;letter-spacing:.04em;color:var(--muted)}
svg.chart{display:block;margin-top:4px;flex:none;background:var(--bg);border:1px solid var(--line);border-radius:4px}
svg.chart .cb{stroke:var(--muted);stroke-dasharray:3 3;stroke-width:1}svg.chart .ct{stroke:var(--good);stroke-width:1}
svg.chart .cl{fill:none;stroke:var(--accent);stroke-width:1.5}svg.chart circle{fill:var(--accent)}
ul.findings{margin:4px 0 0;padding-left:16px;font-size:12px}ul.findings li{margin:1px 0}
.sev-error{color:var(--error)}.sev-warning{color:var(--warning)}.sev-info{color:var(--info)}.sev-hint{color:var(--hint)}
table{border-collapse:collapse;width:100%;margin:6px 0 12px;font-size:13px}th,td{border-bottom:1px solid var(--line);padding:4px 8px;text-align:left;vertical-align:top}
th{color:var(--muted);font-weight:600}td.n{text-align:right;font-variant-numeric:tabular-nums}.callout{color:var(--bad)}.note{background:var(--card);border:1px solid var(--line);border-radius:8px;padding:8px 12px}
footer{color:var(--muted);font-size:12px}
`;

/** What the map's shapes and colours mean. */
export const MAP_LEGEND = `<p class="legend muted">Mission → objectives → key results → team objectives (⤷, cascading from another plan) → key results → initiatives. Health: <span class="hl h-on-track">on track</span><span class="hl h-at-risk">at risk</span><span class="hl h-off-track">off track</span><span class="hl h-unknown">no signal</span> — from findings, confidence, and progress against the time gone in the period. Charts: check-ins (line) against baseline (dashed) and target.</p>`;

/** A progress bar: the native element, so it needs no markup of its own and reads out as progress. */
function bar(progress: number | undefined): string {
  return progress === undefined ? '' : `<progress max="100" value="${Math.round(Math.max(0, Math.min(1, progress)) * 100)}"></progress>`;
}

function findingsList(findings: MapNode['findings']): string {
  if (!findings.length) return '';
  const items = findings.map((f) => `<li class="sev-${f.severity}" data-code="${esc(f.code)}"><b>${esc(f.code)}</b> ${esc(f.rule)}: ${esc(f.message)} <span class="muted">(line ${f.line})</span></li>`);
  return `<ul class="findings">${items.join('')}</ul>`;
}

function countsText(counts: SeverityCounts): string {
  return SEVERITIES.map((s) => `<span class="sev-${s}">${counts[s]} ${s}${counts[s] === 1 ? '' : 's'}</span>`).join(' · ');
}

/** Collects output and hands it on in pieces of about a megabyte, so a large report never sits in memory whole. */
class Sink {
  private buffer = '';
  private readonly whole: string[] = [];
  constructor(private readonly write?: (chunk: string) => void) {}

  push(text: string): void {
    this.buffer += text;
    if (this.buffer.length >= 1 << 20) this.flush();
  }

  flush(): void {
    if (this.write) this.write(this.buffer);
    else this.whole.push(this.buffer);
    this.buffer = '';
  }

  text(): string {
    this.flush();
    return this.whole.join('');
  }
}

/** How the map is written: the report writes it whole; the editor's webview, a window of it. */
export interface MapWriterOptions {
  /** Whether a node with children is written unfolded. */
  open(node: MapNode, depth: number): boolean;
  /** Folded nodes' children are left out (an empty `ul[data-lazy]` stands for them), and each `details` says in `data-open` how it was written. */
  lazy?: boolean;
  /** At most this many children of a node (`''`: of the roots), then a "show more" button. */
  limit?(parentKey: string): number;
  /** Nodes shown only as the way to what a filter matched: written muted. */
  context?(node: MapNode): boolean;
}

/** Writes the map as nested lists; only nodes that other sections link to get an `id`. */
export class MapWriter {
  constructor(
    private readonly sink: { push(text: string): void },
    private readonly options: MapWriterOptions,
    private readonly anchors: Map<string, string> = new Map(),
  ) {}

  write(nodes: MapNode[]): void {
    this.sink.push('<ul class="tree">');
    // An explicit stack: a chain of parents can be thousands deep.
    type Item = { node: MapNode; depth: number; parentFile?: string; close?: true } | { more: string; left: number };
    const stack: Item[] = this.window('', nodes, (node) => ({ node, depth: 0 }));
    const { lazy } = this.options;
    while (stack.length) {
      const item = stack.pop()!;
      if ('more' in item) {
        this.sink.push(`<li class="more"><button data-more="${esc(item.more)}">Show ${Math.min(item.left, this.options.limit!(item.more))} more (${item.left} not shown)</button></li>`);
        continue;
      }
      const { node, depth, parentFile, close } = item;
      if (close) {
        this.sink.push('</ul></details></li>');
        continue;
      }
      const card = this.card(node, parentFile);
      if (!node.children.length) {
        this.sink.push(`<li>${card}</li>`);
        continue;
      }
      const open = this.options.open(node, depth);
      this.sink.push(`<li><details${open ? ' open' : ''}${lazy ? ` data-open="${open ? 1 : 0}"` : ''}><summary>${card}</summary>`);
      if (lazy && !open) {
        this.sink.push('<ul class="kids" data-lazy></ul></details></li>');
        continue;
      }
      this.sink.push('<ul class="kids">');
      stack.push({ node, depth, close: true });
      stack.push(...this.window(node.key, node.children, (child) => ({ node: child, depth: depth + 1, parentFile: node.file })));
    }
    this.sink.push('</ul>');
  }

  /** The children to write, last first (for the stack), with a "show more" item past the limit. */
  private window<T>(key: string, nodes: MapNode[], item: (node: MapNode) => T): (T | { more: string; left: number })[] {
    const limit = this.options.limit ? this.options.limit(key) : nodes.length;
    const shown = nodes.length > limit ? nodes.slice(0, limit) : nodes;
    const items: (T | { more: string; left: number })[] = shown.map(item).reverse();
    if (shown.length < nodes.length) items.unshift({ more: key, left: nodes.length - shown.length });
    return items;
  }

  private card(node: MapNode, parentFile: string | undefined): string {
    const anchor = this.anchors.get(node.key);
    // The plan is named where it changes: at the top and where a team objective cascades in.
    const newPlan = node.file !== parentFile;
    const measured = node.kind === 'objective' || node.kind === 'kr';
    let meta = node.owner ? `<span class="owner">${esc(node.owner)}</span>` : measured ? '<span class="owner muted">no owner</span>' : '';
    if (newPlan) meta += `<span class="team">${node.crossesPlan ? '⤷ ' : ''}${esc(node.team)}</span>`;
    if (node.type) meta += `<span>${esc(node.type)}</span>`;
    if (node.status) meta += `<span>${esc(node.status)}</span>`;
    if (node.due) meta += `<span>due ${esc(node.due)}</span>`;
    meta += newPlan ? `<span>${esc(node.file)}:${node.line}</span>` : `<span>line ${node.line}</span>`;
    let nums = '';
    if (measured) nums = node.progress === undefined ? '<span class="pct muted">no progress yet</span>' : `${bar(node.progress)}<span class="pct">${pct(node.progress)}</span>${node.progressSource === 'cascade' ? '<span class="muted">cascaded</span>' : ''}`;
    if (node.confidence !== undefined) nums += `<span>confidence ${node.confidence}</span>`;
    nums += `<span class="hl h-${node.health}">${HEALTH_LABEL[node.health]}</span>`;
    return (
      `<div class="node k-${node.kind} h-${node.health}${node.crossesPlan ? ' cascade' : ''}${this.options.context?.(node) ? ' context' : ''}"${anchor ? ` id="${anchor}"` : ''} data-key="${esc(node.key)}"${node.progress !== undefined ? ` data-progress="${node.progress}"` : ''}>` +
      `<div class="head">${node.kind === 'mission' ? '' : `<b class="badge">${esc(node.id)}</b>`}${esc(node.title)}</div>` +
      `<div class="meta">${meta}</div><div class="nums">${nums}</div>` +
      (node.chart ? `<div class="trend">${checkInChartSvg(node.chart)}<span class="muted">${esc(trendCaption(node.chart))}</span></div>` : '') +
      findingsList(node.findings) +
      '</div>'
    );
  }
}

function reviewTable(title: string, id: string, items: ReviewItem[], anchors: Map<string, string>, empty: string): string {
  const head = `<h3 id="${id}">${esc(title)} <span class="muted">(${items.length})</span></h3>`;
  if (!items.length) return `${head}<p class="muted">${esc(empty)}</p>`;
  const rows = items.map((item) => {
    const anchor = item.key ? anchors.get(item.key) : undefined;
    const what = item.id ? `${esc(item.id)} ${esc(item.title ?? '')}` : esc(item.file);
    return `<tr data-rule="${esc(item.rule)}"><td>${anchor ? `<a href="#${anchor}">${what}</a>` : what}</td><td>${esc(item.team)}</td><td>${esc(item.owner ?? '')}</td><td>${esc(item.detail)}</td><td>${esc(item.file)}:${item.line}</td></tr>`;
  });
  return `${head}<table><thead><tr><th>node</th><th>team</th><th>owner</th><th>why</th><th>where</th></tr></thead><tbody>${rows.join('')}</tbody></table>`;
}

function closeSection(close: CloseModel, anchors: Map<string, string>): string {
  const out = ['<section id="close"><h2>Quarter close</h2>'];
  out.push(
    `<p class="muted">Each key result's final score (0–1) from its last check-in (or its <code>Score</code>, its <code>Current</code> value, or the team objectives cascading into it), grouped by its objective's <code>Type</code>. Committed key results are expected at 1.00; aspirational ones usually land around ${STRETCH.low.toFixed(1)}–${STRETCH.high.toFixed(1)}.</p>`,
  );
  if (!close.ended) out.push(`<p class="note">Not every plan's period has ended: ${close.openPlans.length} plan${close.openPlans.length === 1 ? '' : 's'} (${close.openPlans.slice(0, 5).map(esc).join(', ')}${close.openPlans.length > 5 ? ', …' : ''}) still run or name no period, so their scores are provisional.</p>`);
  const link = (row: CloseModel['callouts'][number]): string => {
    const anchor = anchors.get(row.key);
    const text = `${esc(row.id)} ${esc(row.title)}`;
    return anchor ? `<a href="#${anchor}">${text}</a>` : text;
  };
  out.push(`<h3>Called out <span class="muted">(${close.callouts.length})</span></h3>`);
  out.push(close.callouts.length ? `<ul>${close.callouts.map((r) => `<li class="callout" data-key="${esc(r.key)}">${link(r)} <span class="muted">(${esc(r.team)})</span>: ${esc(r.callout!)}</li>`).join('')}</ul>` : '<p class="muted">Nothing to call out.</p>');
  for (const group of close.groups) {
    out.push(`<h3>${esc(group.type)} <span class="muted">(${group.rows.length} key result${group.rows.length === 1 ? '' : 's'}${group.mean !== undefined ? `, mean ${group.mean.toFixed(2)}` : ''})</span></h3>`);
    const rows = group.rows.map(
      (r) =>
        `<tr data-key="${esc(r.key)}" data-type="${r.type}"${r.score !== undefined ? ` data-score="${r.score}"` : ''}><td>${link(r)}</td><td>${esc(r.team)}</td><td>${esc(r.owner ?? '')}</td><td class="n">${r.score !== undefined ? `${bar(r.score)} ${r.score.toFixed(2)}` : '—'}</td><td>${esc(r.source)}${r.lastCheckIn ? ` ${esc(r.lastCheckIn)}` : ''}</td><td class="callout">${esc(r.callout ?? '')}</td></tr>`,
    );
    out.push(`<table><thead><tr><th>key result</th><th>team</th><th>owner</th><th>score</th><th>from</th><th>call-out</th></tr></thead><tbody>${rows.join('')}</tbody></table>`);
  }
  out.push('</section>');
  return out.join('');
}

/** The whole report as one self-contained HTML page: inline CSS and SVG, no script, nothing fetched. */
export function renderHtml(model: ReportModel, write?: (chunk: string) => void): string {
  const total = model.summary.objectives + model.summary.keyResults + model.summary.initiatives;
  const { summary, review } = model;
  // Anchors for the nodes the review lists and the close link to.
  const anchors = new Map<string, string>();
  for (const item of [...review.stale, ...review.regressing, ...review.pastDue, ...review.orphans, ...(model.close?.groups.flatMap((g) => g.rows) ?? [])]) {
    if (item.key && !anchors.has(item.key)) anchors.set(item.key, `n${anchors.size}`);
  }
  const sink = new Sink(write);
  const title = `OKR report${model.period ? ` · ${model.period.label}` : ''}`;
  const findingsTotal = SEVERITIES.reduce((n, s) => n + summary.findings[s], 0);
  for (const part of [
    '<!doctype html><html lang="en"><head><meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1"><meta name="color-scheme" content="light dark">',
    `<title>${esc(title)}</title><style>${REPORT_STYLE}</style></head><body>`,
    `<header><h1>${esc(title)}</h1><p class="meta">As of ${esc(model.today)}${model.period ? ` · period ${esc(model.period.start)} to ${esc(model.period.end)}` : ''} · ${summary.plans} plan${summary.plans === 1 ? '' : 's'}${summary.leftOut ? ` (${summary.leftOut} outside the period left out)` : ''}</p>`,
    '<div class="stats">',
    `<div class="stat" id="stat-progress"><span class="muted">progress</span><b>${summary.progress !== undefined ? pct(summary.progress) : '—'}</b>${bar(summary.progress)}</div>`,
    `<div class="stat"><span class="muted">objectives</span><b>${summary.objectives}</b></div><div class="stat"><span class="muted">key results</span><b>${summary.keyResults}</b></div><div class="stat"><span class="muted">initiatives</span><b>${summary.initiatives}</b></div>`,
    `<div class="stat"><span class="muted">findings</span><b>${findingsTotal}</b>${countsText(summary.findings)}</div></div>`,
    `<nav>${model.close ? '<a href="#close">Quarter close</a>' : ''}<a href="#map">Alignment map</a><a href="#review">Review</a><a href="#plans">Plans</a></nav></header><main>`,
  ])
    sink.push(part);
  if (model.close) sink.push(closeSection(model.close, anchors));
  sink.push('<section id="map"><h2>Alignment map</h2>');
  sink.push(MAP_LEGEND);
  const openAll = total <= OPEN_ALL_UP_TO;
  new MapWriter(sink, { open: (_node, depth) => openAll || depth < 3 }, anchors).write(model.map);
  const out: string[] = [
    '</section>',
    '<section id="review"><h2>Review</h2>',
    reviewTable('Stale or missing check-ins', 'stale', review.stale, anchors, 'Every key result has a recent check-in (or the period is not running).'),
    reviewTable('Key results moving away from target', 'regressing', review.regressing, anchors, 'No key result moves away from its target.'),
    reviewTable('Past-due initiatives', 'past-due', review.pastDue, anchors, 'No initiative is past its due date.'),
    reviewTable('Orphans', 'orphans', review.orphans, anchors, 'Every node hangs under something.'),
  ];
  out.push(`<h3 id="by-rule">Findings by rule</h3>`);
  out.push(
    review.byRule.length
      ? `<table><thead><tr><th>code</th><th>rule</th><th>severity</th><th>findings</th></tr></thead><tbody>${review.byRule.map((r) => `<tr data-code="${esc(r.code)}"><td>${esc(r.code)}</td><td>${esc(r.rule)}</td><td class="sev-${r.severity}">${r.severity}</td><td class="n">${r.count}</td></tr>`).join('')}</tbody></table>`
      : '<p class="muted">No findings.</p>',
  );
  out.push(`<h3 id="by-team">Findings by team</h3>`);
  out.push(
    `<table><thead><tr><th>team</th><th>plans</th>${SEVERITIES.map((s) => `<th>${s}s</th>`).join('')}</tr></thead><tbody>${review.byTeam.map((t) => `<tr data-team="${esc(t.team)}"><td>${esc(t.team)}</td><td class="n">${t.plans}</td>${SEVERITIES.map((s) => `<td class="n">${t[s]}</td>`).join('')}</tr>`).join('')}</tbody></table>`,
  );
  out.push('</section><section id="plans"><h2>Plans</h2>');
  out.push(
    `<table><thead><tr><th>plan</th><th>team</th><th>period</th><th>progress</th><th>nodes</th><th>findings</th></tr></thead><tbody>${model.plans
      .map(
        (p) =>
          `<tr data-plan="${esc(p.file)}"${p.progress !== undefined ? ` data-progress="${p.progress}"` : ''}><td>${esc(p.file)}${findingsList(p.findings)}</td><td>${esc(p.team)}</td><td>${esc(p.period ?? '')}</td><td>${p.progress !== undefined ? `${bar(p.progress)} ${pct(p.progress)}` : '—'}</td><td class="n">${p.nodes}</td><td>${countsText(p.counts)}</td></tr>`,
      )
      .join('')}</tbody></table>`,
  );
  out.push('</section></main><footer>Made by Throughline from the plans as written. Progress: a key result\'s own numbers, else the mean of the team objectives cascading from it; an objective\'s, the mean of its key results and cascaded objectives.</footer></body></html>\n');
  for (const part of out) sink.push(part);
  return sink.text();
}

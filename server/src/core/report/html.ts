import { SEVERITIES } from '../rules/types';
import { STRETCH } from './close';
import { mapRenderer, markup } from './map-render';
import { writeMapRows } from './map-rows';
import type { CloseModel, ReportModel, ReviewItem, SeverityCounts } from './model';
import { sha256Base64 } from './sha256';

/** Above this many nodes, only the top three levels of the map start unfolded. */
const OPEN_ALL_UP_TO = 600;

const esc = markup.escape;

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

/** A progress bar, nothing when there is no progress. */
const bar = (progress: number | undefined): string => (progress === undefined ? '' : markup.progressBar(progress));

function countsText(counts: SeverityCounts): string {
  return SEVERITIES.map((s) => `<span class="sev-${s}">${counts[s]} ${s}${counts[s] === 1 ? '' : 's'}</span>`).join(' · ');
}

/** Collects output and hands it on in pieces of about a megabyte, so a large report never sits in memory whole. */
class Sink {
  /** Pieces since the last flush, joined then: one copy, where `+=` would build a rope to flatten. */
  private parts: string[] = [];
  private length = 0;
  private readonly whole: string[] = [];
  constructor(private readonly write?: (chunk: string) => void) {}

  push(text: string): void {
    this.parts.push(text);
    this.length += text.length;
    if (this.length >= 1 << 20) this.flush();
  }

  flush(): void {
    const chunk = this.parts.join('');
    if (this.write) this.write(chunk);
    else this.whole.push(chunk);
    this.parts = [];
    this.length = 0;
  }

  text(): string {
    this.flush();
    return this.whole.join('');
  }
}

/** A link to a node's card on the map (its key is its id). */
const linkTo = (key: string, text: string): string => `<a href="#${esc(encodeURIComponent(key))}">${text}</a>`;

function reviewTable(title: string, id: string, items: ReviewItem[], empty: string): string {
  const head = `<h3 id="${id}">${esc(title)} <span class="muted">(${items.length})</span></h3>`;
  if (!items.length) return `${head}<p class="muted">${esc(empty)}</p>`;
  const rows = items.map((item) => {
    const what = item.id ? `${esc(item.id)} ${esc(item.title ?? '')}` : esc(item.file);
    return `<tr data-rule="${esc(item.rule)}"><td>${item.key ? linkTo(item.key, what) : what}</td><td>${esc(item.team)}</td><td>${esc(item.owner ?? '')}</td><td>${esc(item.detail)}</td><td>${esc(item.file)}:${item.line}</td></tr>`;
  });
  return `${head}<table><thead><tr><th>node</th><th>team</th><th>owner</th><th>why</th><th>where</th></tr></thead><tbody>${rows.join('')}</tbody></table>`;
}

function closeSection(close: CloseModel): string {
  const out = ['<section id="close"><h2>Quarter close</h2>'];
  out.push(
    `<p class="muted">Each key result's final score (0–1) from its last check-in (or its <code>Score</code>, its <code>Current</code> value, or the team objectives cascading into it), grouped by its objective's <code>Type</code>. Committed key results are expected at 1.00; aspirational ones usually land around ${STRETCH.low.toFixed(1)}–${STRETCH.high.toFixed(1)}.</p>`,
  );
  if (!close.ended) out.push(`<p class="note">Not every plan's period has ended: ${close.openPlans.length} plan${close.openPlans.length === 1 ? '' : 's'} (${close.openPlans.slice(0, 5).map(esc).join(', ')}${close.openPlans.length > 5 ? ', …' : ''}) still run or name no period, so their scores are provisional.</p>`);
  const link = (row: CloseModel['callouts'][number]): string => linkTo(row.key, `${esc(row.id)} ${esc(row.title)}`);
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

/**
 * The page's one script: it draws the map from the rows the page carries as JSON, with the
 * same writer the editor's map view runs (`mapRenderer`, whose source it holds).
 */
const PAGE_SCRIPT = `document.getElementById('map-tree').innerHTML = (${mapRenderer.toString()})().mapHtml(JSON.parse(document.getElementById('map-data').textContent));`;

let pageScriptHash: string | undefined;

/** Nothing is fetched; the page's own styles and, by its hash, its one script run. */
function contentSecurityPolicy(): string {
  pageScriptHash ??= sha256Base64(PAGE_SCRIPT);
  return `default-src 'none'; style-src 'unsafe-inline'; img-src data:; script-src 'sha256-${pageScriptHash}'`;
}

function head(model: ReportModel): string {
  const { summary } = model;
  const title = `OKR report${model.period ? ` · ${model.period.label}` : ''}`;
  const findingsTotal = SEVERITIES.reduce((n, s) => n + summary.findings[s], 0);
  return [
    '<!doctype html><html lang="en"><head><meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy()}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1"><meta name="color-scheme" content="light dark">',
    `<title>${esc(title)}</title><style>${REPORT_STYLE}</style></head><body>`,
    `<header><h1>${esc(title)}</h1><p class="meta">As of ${esc(model.today)}${model.period ? ` · period ${esc(model.period.start)} to ${esc(model.period.end)}` : ''} · ${summary.plans} plan${summary.plans === 1 ? '' : 's'}${summary.leftOut ? ` (${summary.leftOut} outside the period left out)` : ''}</p>`,
    '<div class="stats">',
    `<div class="stat" id="stat-progress"><span class="muted">progress</span><b>${summary.progress !== undefined ? pct(summary.progress) : '—'}</b>${bar(summary.progress)}</div>`,
    `<div class="stat"><span class="muted">objectives</span><b>${summary.objectives}</b></div><div class="stat"><span class="muted">key results</span><b>${summary.keyResults}</b></div><div class="stat"><span class="muted">initiatives</span><b>${summary.initiatives}</b></div>`,
    `<div class="stat"><span class="muted">findings</span><b>${findingsTotal}</b>${countsText(summary.findings)}</div></div>`,
    `<nav>${model.close ? '<a href="#close">Quarter close</a>' : ''}<a href="#map">Alignment map</a><a href="#review">Review</a><a href="#plans">Plans</a></nav></header><main>`,
  ].join('');
}

function reviewSection(review: ReportModel['review']): string {
  const byRule = review.byRule.length
    ? `<table><thead><tr><th>code</th><th>rule</th><th>severity</th><th>findings</th></tr></thead><tbody>${review.byRule.map((r) => `<tr data-code="${esc(r.code)}"><td>${esc(r.code)}</td><td>${esc(r.rule)}</td><td class="sev-${r.severity}">${r.severity}</td><td class="n">${r.count}</td></tr>`).join('')}</tbody></table>`
    : '<p class="muted">No findings.</p>';
  const byTeam = `<table><thead><tr><th>team</th><th>plans</th>${SEVERITIES.map((s) => `<th>${s}s</th>`).join('')}</tr></thead><tbody>${review.byTeam.map((t) => `<tr data-team="${esc(t.team)}"><td>${esc(t.team)}</td><td class="n">${t.plans}</td>${SEVERITIES.map((s) => `<td class="n">${t[s]}</td>`).join('')}</tr>`).join('')}</tbody></table>`;
  return [
    '<section id="review"><h2>Review</h2>',
    reviewTable('Stale or missing check-ins', 'stale', review.stale, 'Every key result has a recent check-in (or the period is not running).'),
    reviewTable('Key results moving away from target', 'regressing', review.regressing, 'No key result moves away from its target.'),
    reviewTable('Past-due initiatives', 'past-due', review.pastDue, 'No initiative is past its due date.'),
    reviewTable('Orphans', 'orphans', review.orphans, 'Every node hangs under something.'),
    `<h3 id="by-rule">Findings by rule</h3>${byRule}<h3 id="by-team">Findings by team</h3>${byTeam}</section>`,
  ].join('');
}

function plansSection(plans: ReportModel['plans']): string {
  const rows = plans.map(
    (p) =>
      `<tr data-plan="${esc(p.file)}"${p.progress !== undefined ? ` data-progress="${p.progress}"` : ''}><td>${esc(p.file)}${markup.findingsHtml(p.findings)}</td><td>${esc(p.team)}</td><td>${esc(p.period ?? '')}</td><td>${p.progress !== undefined ? `${bar(p.progress)} ${pct(p.progress)}` : '—'}</td><td class="n">${p.nodes}</td><td>${countsText(p.counts)}</td></tr>`,
  );
  return `<section id="plans"><h2>Plans</h2><table><thead><tr><th>plan</th><th>team</th><th>period</th><th>progress</th><th>nodes</th><th>findings</th></tr></thead><tbody>${rows.join('')}</tbody></table></section>`;
}

/**
 * The whole report as one self-contained HTML page: inline CSS, the map's rows as JSON and the
 * script that draws them, nothing fetched. The lists and tables are plain HTML.
 */
export function renderHtml(model: ReportModel, write?: (chunk: string) => void): string {
  const { summary, review } = model;
  const sink = new Sink(write);
  sink.push(head(model));
  if (model.close) sink.push(closeSection(model.close));
  sink.push(`<section id="map"><h2>Alignment map</h2>${MAP_LEGEND}<div id="map-tree"></div><noscript><p class="note">The map is drawn by the page's own script, which is blocked here; the lists below need none.</p></noscript></section>`);
  sink.push(reviewSection(review));
  sink.push(plansSection(model.plans));
  sink.push('</main><footer>Made by Throughline from the plans as written. Progress: a key result\'s own numbers, else the mean of the team objectives cascading from it; an objective\'s, the mean of its key results and cascaded objectives.</footer>');
  const openAll = summary.objectives + summary.keyResults + summary.initiatives <= OPEN_ALL_UP_TO;
  // The map's rows as JSON: data, never run, with no `<` in it, so nothing in a plan's text can end the element.
  sink.push('<script type="application/json" id="map-data">');
  writeMapRows(model.map, { open: (_node, depth) => openAll || depth < 3 }, (json) => sink.push(json));
  sink.push('</script>');
  sink.push(`<script>${PAGE_SCRIPT}</script></body></html>\n`);
  return sink.text();
}

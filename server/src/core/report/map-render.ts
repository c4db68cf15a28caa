/**
 * The map's markup. One writer for every place a map or a chart is drawn: the report page runs
 * it in the reader's browser over the rows it carries as JSON (so a 2,000-plan report is a few
 * megabytes of data rather than tens of megabytes of markup, and writing it costs little), and
 * the editor's map view and the hover run it here.
 *
 * `mapRenderer` must stay self-contained: the report page carries its source
 * (`mapRenderer.toString()`), so it may name nothing outside itself — no imports, no module
 * constants, only its parameters, its own locals and the language's globals.
 */
import type { ReportFinding } from './model';

/**
 * A node of the map as a row: labels that repeat (files, teams, owners, kinds, health…) are
 * indexes into `MapRows.strings`, 0 when absent; free text (id, title, caption) is inline.
 */
export type NodeRow = [
  kind: number,
  id: string,
  title: string,
  file: number,
  /** 1-based. */
  line: number,
  team: number,
  health: number,
  fold: Fold,
  /** How many rows right after this one are its children (a "show more" row included); their own children follow each. */
  kids: number,
  /** `FLAG` bits. */
  flags: number,
  owner: number,
  progress: number | null,
  /** `cascade` when a key result shows the mean of the team objectives under it. */
  source: number,
  confidence: number | null,
  type: number,
  status: number,
  due: number,
  /** `[baselineY | null, targetY | null, x1, y1, x2, y2, …]` on a `CHART_SIZE` chart (see `chartGeometry`), and its caption's parts (0 for an end not written). */
  chart: [geometry: (number | null)[], baseline: string | 0, target: string | 0, last: string, date: string] | 0,
  findings: ReportFinding[] | 0,
];

/** A "show more" button in place of the children past a window: the parent's key ('' for the roots), how many a press shows, how many are left. */
export interface MoreRow {
  more: string;
  show: number;
  left: number;
}

export interface MapRows {
  /** Each repeated label once; index 0 is the empty string. */
  strings: string[];
  rows: (NodeRow | MoreRow)[];
  /** Folded nodes may have their children left out (`FOLD.unwritten`); each `details` then says in `data-open` how it was written. */
  lazy: boolean;
}

/** How a node's children are written: none, unfolded, folded, or folded and left out (an empty `ul[data-lazy]` stands for them). */
export const FOLD = { leaf: 0, open: 1, folded: 2, unwritten: 3 } as const;
export type Fold = (typeof FOLD)[keyof typeof FOLD];

/** Bits of `NodeRow`'s flags: the node lies in another plan than its parent; it is shown only as the way to a filter's match. */
export const FLAG = { cascade: 1, context: 2 } as const;

/** The size of a chart on a card. */
export const CHART_SIZE = { width: 168, height: 44 } as const;

/** What a chart's caption says: baseline and target as written, the last check-in's value and date. */
export interface CaptionParts {
  baseline?: string | undefined;
  target?: string | undefined;
  last: string;
  date: string;
}

export interface MapRenderer {
  /** Escapes text for HTML and XML (element text and quoted attribute values). */
  escape(text: string): string;
  /** The whole map: nested lists of cards. */
  mapHtml(data: MapRows): string;
  /** A node's or a plan's findings as a list. */
  findingsHtml(findings: ReportFinding[]): string;
  /** A progress bar: the native element, so it needs no markup of its own and reads out as progress. */
  progressBar(progress: number): string;
  /** `baseline 12k → target 18k · last 13.1k on 2026-01-26` (text, not escaped). */
  caption(parts: CaptionParts): string;
  /** A chart from its geometry: classed for the page's CSS, or `standalone` (an image: its own namespace and colours). */
  chartSvg(geometry: (number | null)[], width: number, height: number, standalone: boolean): string;
}

export function mapRenderer(): MapRenderer {
  const SPECIAL = /[&<>"']/;
  const SPECIALS = /[&<>"']/g;
  const escape = (text: string): string => (SPECIAL.test(text) ? text.replace(SPECIALS, (c) => `&#${c.charCodeAt(0)};`) : text);
  const HEALTH_LABEL: Record<string, string> = { 'on-track': 'on track', 'at-risk': 'at risk', 'off-track': 'off track', unknown: 'no signal' };
  // No page CSS reaches an image: mid-tones that read on light and dark backgrounds.
  const STANDALONE_STYLE = '<style>.cb{stroke:#8b949e;stroke-dasharray:3 3;stroke-width:1}.ct{stroke:#3fb950;stroke-width:1.5}.cl{fill:none;stroke:#4493f8;stroke-width:2}circle{fill:#4493f8}</style>';

  const chartSvg = (geometry: (number | null)[], width: number, height: number, standalone: boolean): string => {
    const [baseline, target] = geometry;
    const pad = 4;
    // The caption beside the chart says the numbers in words; the picture itself is decoration.
    let svg = standalone
      ? `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">${STANDALONE_STYLE}`
      : `<svg class="chart" width="${width}" height="${height}" aria-hidden="true">`;
    if (baseline !== null && baseline !== undefined) svg += `<line class="cb" x1="${pad}" x2="${width - pad}" y1="${baseline}" y2="${baseline}"/>`;
    if (target !== null && target !== undefined) svg += `<line class="ct" x1="${pad}" x2="${width - pad}" y1="${target}" y2="${target}"/>`;
    const points: string[] = [];
    for (let i = 2; i + 1 < geometry.length; i += 2) points.push(`${geometry[i]},${geometry[i + 1]}`);
    if (points.length > 1) svg += `<polyline class="cl" points="${points.join(' ')}"/>`;
    for (let i = 2; i + 1 < geometry.length; i += 2) svg += `<circle cx="${geometry[i]}" cy="${geometry[i + 1]}" r="2.5"/>`;
    return `${svg}</svg>`;
  };

  const caption = ({ baseline, target, last, date }: CaptionParts): string => {
    const ends = baseline && target ? `baseline ${baseline} → target ${target} · ` : target ? `target ${target} · ` : '';
    return `${ends}last ${last} on ${date}`;
  };

  const findingsHtml = (findings: ReportFinding[]): string => {
    if (!findings.length) return '';
    let items = '';
    for (const f of findings) items += `<li class="sev-${f.severity}" data-code="${escape(f.code)}"><b>${escape(f.code)}</b> ${escape(f.rule)}: ${escape(f.message)} <span class="muted">(line ${f.line})</span></li>`;
    return `<ul class="findings">${items}</ul>`;
  };

  const progressBar = (progress: number): string => `<progress max="100" value="${Math.round(Math.max(0, Math.min(1, progress)) * 100)}"></progress>`;

  /**
   * A node's card; the plan is named where it changes (at the top and where a team objective
   * cascades in). Its key is its id, which the report's lists link to (a key holds a colon, so
   * it is no other element's id). Flags: 1 cascade, 2 context (`FLAG`); the chart is `CHART_SIZE`.
   */
  const card = (row: NodeRow, s: string[], parentFile: number | undefined): string => {
    const [kind, id, title, file, line, team, health, , , flags, owner, progress, source, confidence, type, status, due, chart, findings] = row;
    const newPlan = file !== parentFile;
    const measured = s[kind] === 'objective' || s[kind] === 'kr';
    const key = `${s[file]}:${line}`;
    let meta = owner ? `<span class="owner">${escape(s[owner]!)}</span>` : measured ? '<span class="owner muted">no owner</span>' : '';
    if (newPlan) meta += `<span class="team">${flags & 1 ? '⤷ ' : ''}${escape(s[team]!)}</span>`;
    if (type) meta += `<span>${escape(s[type]!)}</span>`;
    if (status) meta += `<span>${escape(s[status]!)}</span>`;
    if (due) meta += `<span>due ${escape(s[due]!)}</span>`;
    meta += newPlan ? `<span>${escape(key)}</span>` : `<span>line ${line}</span>`;
    let nums = '';
    if (measured) nums = progress === null ? '<span class="pct muted">no progress yet</span>' : `${progressBar(progress)}<span class="pct">${Math.round(progress * 100)}%</span>${s[source] === 'cascade' ? '<span class="muted">cascaded</span>' : ''}`;
    if (confidence !== null) nums += `<span>confidence ${confidence}</span>`;
    nums += `<span class="hl h-${s[health]}">${HEALTH_LABEL[s[health]!]}</span>`;
    return (
      `<div id="${escape(key)}" class="node k-${s[kind]} h-${s[health]}${flags & 1 ? ' cascade' : ''}${flags & 2 ? ' context' : ''}" data-key="${escape(key)}"${progress !== null ? ` data-progress="${progress}"` : ''}>` +
      `<div class="head">${s[kind] === 'mission' ? '' : `<b class="badge">${escape(id)}</b>`}${escape(title)}</div>` +
      `<div class="meta">${meta}</div><div class="nums">${nums}</div>` +
      (chart ? `<div class="trend">${chartSvg(chart[0], 168, 44, false)}<span class="muted">${escape(caption({ baseline: chart[1] || undefined, target: chart[2] || undefined, last: chart[3], date: chart[4] }))}</span></div>` : '') +
      (findings ? findingsHtml(findings) : '') +
      '</div>'
    );
  };

  // Folds: 0 leaf, 1 open, 2 folded, 3 folded and not written (`FOLD`).
  const mapHtml = (data: MapRows): string => {
    const { strings, rows, lazy } = data;
    const out: string[] = ['<ul class="tree">'];
    // The nodes whose children are being written, each with how many of its rows are still to come.
    const parents: { left: number; file: number }[] = [];
    for (const row of rows) {
      const parent = parents[parents.length - 1];
      if (!Array.isArray(row)) out.push(`<li class="more"><button data-more="${escape(row.more)}">Show ${row.show} more (${row.left} not shown)</button></li>`);
      else {
        const [, , , file, , , , fold, kids] = row;
        const html = card(row, strings, parent?.file);
        if (fold === 0) out.push(`<li>${html}</li>`);
        else {
          const open = fold === 1;
          out.push(`<li><details${open ? ' open' : ''}${lazy ? ` data-open="${open ? 1 : 0}"` : ''}><summary>${html}</summary>`);
          if (fold === 3) out.push('<ul class="kids" data-lazy></ul></details></li>');
          else if (kids === 0) out.push('<ul class="kids"></ul></details></li>');
          else {
            out.push('<ul class="kids">');
            parents.push({ left: kids, file });
            continue;
          }
        }
      }
      // This row is done: so is each parent it was the last child of.
      while (parents.length && --parents[parents.length - 1]!.left === 0) {
        parents.pop();
        out.push('</ul></details></li>');
      }
    }
    out.push('</ul>');
    return out.join('');
  };

  return { escape, mapHtml, findingsHtml, progressBar, caption, chartSvg };
}

/** The one instance this side runs (the report page makes its own from the source). */
export const markup: MapRenderer = mapRenderer();

import { daysBetween } from '../period';
import type { KrChart } from './model';

/** Escapes text for HTML and XML (element text and quoted attribute values). */
export function escapeXml(text: string): string {
  return SPECIAL.test(text) ? text.replace(SPECIALS, (c) => `&#${c.charCodeAt(0)};`) : text;
}

const SPECIAL = /[&<>"']/;
const SPECIALS = /[&<>"']/g;

const round = (n: number): string => String(Math.round(n));

function yRange(chart: KrChart): { low: number; high: number } {
  const values = [...chart.points.map((p) => p.value), ...(chart.baseline !== undefined ? [chart.baseline] : []), ...(chart.target !== undefined ? [chart.target] : [])];
  let low = Math.min(...values);
  let high = Math.max(...values);
  if (high === low) {
    low -= 1;
    high += 1;
  }
  return { low, high };
}

/** One line describing the chart, for a tooltip or a screen reader. */
export function chartSummary(chart: KrChart): string {
  const ends = [chart.baselineText ? `baseline ${chart.baselineText}` : undefined, chart.targetText ? `target ${chart.targetText}` : undefined].filter(Boolean);
  return `${chart.points.map((p) => `${p.date}: ${p.raw}`).join(', ')}${ends.length ? `; ${ends.join(', ')}` : ''}`;
}

export interface ChartOptions {
  width?: number;
  height?: number;
  /**
   * A standalone image (an `<img>`, a data URI in a hover): the SVG namespace and colours of
   * its own, mid-tones that read on light and dark backgrounds, since no page CSS reaches it.
   */
  standalone?: boolean;
}

/** Colours of a standalone chart: no page CSS reaches an image. */
const STANDALONE_STYLE =
  '<style>.cb{stroke:#8b949e;stroke-dasharray:3 3;stroke-width:1}.ct{stroke:#3fb950;stroke-width:1.5}.cl{fill:none;stroke:#4493f8;stroke-width:2}circle{fill:#4493f8}</style>';

/**
 * A small SVG chart of a key result's check-ins (line and dots) against its baseline (dashed)
 * and target (solid) over its period. In a page, colours come from CSS classes, so the page's
 * light and dark themes apply; standalone, it carries its own. No script, no external resource.
 */
export function checkInChartSvg(chart: KrChart, options: ChartOptions = {}): string {
  const { width = 168, height = 44, standalone = false } = options;
  const pad = 4;
  const { low, high } = yRange(chart);
  const span = Math.max(1, daysBetween(chart.from, chart.to));
  const x = (date: string): number => pad + ((width - 2 * pad) * Math.max(0, Math.min(span, daysBetween(chart.from, date)))) / span;
  const y = (value: number): number => height - pad - ((height - 2 * pad) * (value - low)) / (high - low);
  // The caption beside the chart (see `chartSummary`) says the numbers in words; the picture itself is decoration.
  const parts = [
    standalone
      ? `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">${STANDALONE_STYLE}`
      : `<svg class="chart" width="${width}" height="${height}" aria-hidden="true">`,
  ];
  if (chart.baseline !== undefined) parts.push(`<line class="cb" x1="${pad}" x2="${width - pad}" y1="${round(y(chart.baseline))}" y2="${round(y(chart.baseline))}"/>`);
  if (chart.target !== undefined) parts.push(`<line class="ct" x1="${pad}" x2="${width - pad}" y1="${round(y(chart.target))}" y2="${round(y(chart.target))}"/>`);
  const points = chart.points.map((p) => `${round(x(p.date))},${round(y(p.value))}`);
  if (points.length > 1) parts.push(`<polyline class="cl" points="${points.join(' ')}"/>`);
  for (const point of points) {
    const [cx, cy] = point.split(',');
    parts.push(`<circle cx="${cx}" cy="${cy}" r="2.5"/>`);
  }
  parts.push('</svg>');
  return parts.join('');
}

/**
 * The chart as a `data:image/svg+xml;base64,…` URI: an image an editor renders with no network
 * (a Markdown image in a hover). The SVG holds only ASCII (numbers and fixed markup), so
 * `btoa` encodes it as is.
 */
export function checkInChartDataUri(chart: KrChart, options: Omit<ChartOptions, 'standalone'> = {}): string {
  return `data:image/svg+xml;base64,${btoa(checkInChartSvg(chart, { ...options, standalone: true }))}`;
}

/** `baseline 12k → target 18k · last 13.1k on 2026-01-26`. */
export function trendCaption(chart: KrChart): string {
  const last = chart.points[chart.points.length - 1]!;
  const ends = chart.baselineText && chart.targetText ? `baseline ${chart.baselineText} → target ${chart.targetText} · ` : chart.targetText ? `target ${chart.targetText} · ` : '';
  return `${ends}last ${last.raw} on ${last.date}`;
}

const SPARKS = '▁▂▃▄▅▆▇█';

/** The check-ins as a text sparkline (`▂▄▆`), scaled between the lowest and highest of values, baseline and target. */
export function sparkline(chart: KrChart): string {
  const { low, high } = yRange(chart);
  return chart.points.map((p) => SPARKS[Math.round(((p.value - low) / (high - low)) * (SPARKS.length - 1))]).join('');
}

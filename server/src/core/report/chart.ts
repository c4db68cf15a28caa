import { dayNumber } from '../period';
import type { KrChart } from './model';
import { CHART_SIZE, markup, type CaptionParts } from './map-render';

/** The values' span: the lowest and highest of check-ins, baseline and target (one apart when they are all equal). */
/** The values' span: the lowest and highest of check-ins, baseline and target (one apart when they are all equal). */
function yRange(chart: KrChart): { low: number; high: number } {
  let low = Infinity;
  let high = -Infinity;
  for (const p of chart.points) {
    low = Math.min(low, p.value);
    high = Math.max(high, p.value);
  }
  if (chart.baseline !== undefined) {
    low = Math.min(low, chart.baseline);
    high = Math.max(high, chart.baseline);
  }
  if (chart.target !== undefined) {
    low = Math.min(low, chart.target);
    high = Math.max(high, chart.target);
  }
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

/**
 * Where a chart's marks go on a `width` × `height` picture: `[baselineY | null, targetY | null,
 * x1, y1, x2, y2, …]`, whole pixels, the check-ins over the chart's time axis and the values
 * between the lowest and highest of check-ins, baseline and target.
 */
export function chartGeometry(chart: KrChart, width: number, height: number): (number | null)[] {
  const pad = 4;
  const { low, high } = yRange(chart);
  const from = dayNumber(chart.from);
  const span = Math.max(1, dayNumber(chart.to) - from);
  const y = (value: number): number => Math.round(height - pad - ((height - 2 * pad) * (value - low)) / (high - low));
  const geometry: (number | null)[] = [chart.baseline !== undefined ? y(chart.baseline) : null, chart.target !== undefined ? y(chart.target) : null];
  for (const p of chart.points) geometry.push(Math.round(pad + ((width - 2 * pad) * Math.max(0, Math.min(span, dayNumber(p.date) - from))) / span), y(p.value));
  return geometry;
}

/**
 * A small SVG chart of a key result's check-ins (line and dots) against its baseline (dashed)
 * and target (solid) over its period. In a page, colours come from CSS classes, so the page's
 * light and dark themes apply; standalone, it carries its own. No script, no external resource.
 */
export function checkInChartSvg(chart: KrChart, options: ChartOptions = {}): string {
  const { width = CHART_SIZE.width, height = CHART_SIZE.height, standalone = false } = options;
  return markup.chartSvg(chartGeometry(chart, width, height), width, height, standalone);
}

/**
 * The chart as a `data:image/svg+xml;base64,…` URI: an image an editor renders with no network
 * (a Markdown image in a hover). The SVG holds only ASCII (numbers and fixed markup), so
 * `btoa` encodes it as is.
 */
export function checkInChartDataUri(chart: KrChart, options: Omit<ChartOptions, 'standalone'> = {}): string {
  return `data:image/svg+xml;base64,${btoa(checkInChartSvg(chart, { ...options, standalone: true }))}`;
}

/** What a chart's caption says: its ends as written and its last check-in. */
export function captionParts(chart: KrChart): CaptionParts {
  const last = chart.points[chart.points.length - 1]!;
  return { baseline: chart.baselineText, target: chart.targetText, last: last.raw, date: last.date };
}

/** `baseline 12k → target 18k · last 13.1k on 2026-01-26`. */
export function trendCaption(chart: KrChart): string {
  return markup.caption(captionParts(chart));
}

const SPARKS = '▁▂▃▄▅▆▇█';

/** The check-ins as a text sparkline (`▂▄▆`), scaled between the lowest and highest of values, baseline and target. */
export function sparkline(chart: KrChart): string {
  const { low, high } = yRange(chart);
  return chart.points.map((p) => SPARKS[Math.round(((p.value - low) / (high - low)) * (SPARKS.length - 1))]).join('');
}

import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Hover } from 'vscode-languageserver-types';
import { analyzePlans } from '../server/src/core/analyze';
import { defaultConfig } from '../server/src/core/config-model';
import { hoverAt } from '../server/src/core/features/hover';
import { checkInTrend } from '../server/src/core/features/describe';
import { checkInChartDataUri, checkInChartSvg } from '../server/src/core/report/chart';
import type { FeatureContext } from '../server/src/core/features/context';

const CASCADE = join(__dirname, 'fixtures', 'workspaces', 'cascade');
const ONBOARDING = '/ws/teams/onboarding.okr.md';

/** The cascade workspace with `edit` applied to the onboarding plan's lines. */
function workspace(edit: (lines: string[]) => void = () => undefined): { ctx: FeatureContext; lines: string[] } {
  const walk = (dir: string): string[] => readdirSync(dir).flatMap((n) => (statSync(join(dir, n)).isDirectory() ? walk(join(dir, n)) : [join(dir, n)]));
  const plans = new Map(walk(CASCADE).map((f) => [`/ws/${relative(CASCADE, f)}`, readFileSync(f, 'utf8')]));
  const lines = plans.get(ONBOARDING)!.split('\n');
  edit(lines);
  plans.set(ONBOARDING, lines.join('\n'));
  const { graph, findings } = analyzePlans(plans, { roots: ['/ws'], today: '2026-02-02', configFor: () => defaultConfig() });
  return { ctx: { graph, uriOf: (f) => `file://${f}`, findingsFor: (f) => findings.filter((x) => x.file === f) }, lines };
}

const text = (hover: Hover | null): string => (hover ? (hover.contents as { value: string }).value : '');
const IMAGE = /!\[([^\]]*)\]\((data:image\/svg\+xml;base64,([A-Za-z0-9+/=]+))\)/;

function hoverOn(ctx: FeatureContext, lines: string[], heading: string): string {
  const line = lines.findIndex((l) => l.startsWith(heading));
  return text(hoverAt(ctx, ONBOARDING, { line, character: heading.length + 2 }));
}

describe('check-in trends in the hover', () => {
  it('shows a key result’s check-ins as an inline SVG image against its baseline and target', () => {
    const { ctx, lines } = workspace();
    const hover = hoverOn(ctx, lines, '### KR1.1:');
    expect(hover).toContain('**Check-ins** — baseline 3 days → target 1 day · last 2 days on 2026-01-26');
    const [, alt, uri, base64] = IMAGE.exec(hover)!;
    // The alt text says the values in words, for screen readers and editors that show no images.
    expect(alt).toBe('Check-ins: 2026-01-12: 2.5 days, 2026-01-26: 2 days; baseline 3 days, target 1 day');
    const svg = Buffer.from(base64!, 'base64').toString('utf8');
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" width="240" height="64"/);
    // Its own colours (no page CSS reaches an image), nothing fetched, no script.
    expect(svg).toContain('<style>');
    expect(svg).not.toMatch(/href|url\(|<script|@import/);
    expect(svg.match(/<circle /g)).toHaveLength(2);
    expect(svg).toContain('class="cb"');
    expect(svg).toContain('class="ct"');
    expect(uri).toBe(checkInChartDataUri({ points: [{ date: '2026-01-12', value: 2.5, raw: '2.5 days' }, { date: '2026-01-26', value: 2, raw: '2 days' }], from: '2026-01-01', to: '2026-03-31', unit: 'day', baseline: 3, baselineText: '3 days', target: 1, targetText: '1 day' }, { width: 240, height: 64 }));
    // The chart comes right under the node's title, before its facts (a hover is short: what is below may need a scroll).
    expect(hover.indexOf('Reduce time from signup')).toBeLessThan(hover.indexOf('**Check-ins**'));
    expect(hover.indexOf('**Check-ins**')).toBeLessThan(hover.indexOf('**Chain:**'));
  });

  it('shows no chart with fewer than two check-ins, nor on other nodes or lines', () => {
    const { ctx, lines } = workspace((l) => l.splice(l.indexOf('- 2026-01-12: 2.5 days'), 1));
    expect(hoverOn(ctx, lines, '### KR1.1:')).not.toContain('Check-ins');
    expect(hoverOn(ctx, lines, '### KR1.2:')).toMatch(IMAGE);
    expect(hoverOn(ctx, lines, '## Objective O1:')).not.toMatch(IMAGE);
    const checkIn = lines.indexOf('- 2026-01-28: 41%');
    expect(text(hoverAt(ctx, ONBOARDING, { line: checkIn, character: 4 }))).not.toMatch(IMAGE);
  });

  it('counts only check-ins on the target’s scale (`2 days` against `1 day`, a bare `2`)', () => {
    const { ctx, lines } = workspace((l) => l.splice(l.indexOf('- 2026-01-26: 2 days'), 1, '- 2026-01-26: 40%'));
    expect(hoverOn(ctx, lines, '### KR1.1:')).not.toMatch(IMAGE);
    // A check-in with no unit is read on the target's scale.
    const bare = workspace((l) => l.splice(l.indexOf('- 2026-01-26: 2 days'), 1, '- 2026-01-26: 2'));
    const node = bare.ctx.graph.plan(ONBOARDING)!.nodes.find((n) => n.id === 'KR1.1')!;
    expect(checkInTrend(bare.ctx.graph, node)).toContain('last 2 on 2026-01-26');
  });

  it('draws the same chart for the report page, styled by the page', () => {
    const chart = { points: [{ date: '2026-01-12', value: 1, raw: '1' }, { date: '2026-01-26', value: 2, raw: '2' }], from: '2026-01-12', to: '2026-01-26', target: 3, targetText: '3' };
    const page = checkInChartSvg(chart);
    expect(page).toMatch(/^<svg class="chart" width="168" height="44" aria-hidden="true">/);
    expect(page).not.toContain('<style>');
    expect(page.replace(/^<svg[^>]*>/, '')).toBe(checkInChartSvg(chart, { standalone: true }).replace(/^<svg[^>]*><style>[^<]*<\/style>/, ''));
  });
});

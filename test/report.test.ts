import { describe, expect, it, beforeAll } from 'vitest';
import { run, workspace } from './helpers/cli';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createHash } from 'node:crypto';
import { analyzePlans } from '../server/src/core/analyze';
import { defaultConfig } from '../server/src/core/config-model';
import { buildReport } from '../server/src/core/report/build';
import { calloutFor, STRETCH } from '../server/src/core/report/close';
import { renderMarkdown, MARKDOWN_LIMITS } from '../server/src/core/report/markdown';
import { renderHtml } from '../server/src/core/report/html';
import { markup, type MapRows } from '../server/src/core/report/map-render';
import { sha256Base64 } from '../server/src/core/report/sha256';
import type { MapNode, ReportModel } from '../server/src/core/report/model';
import { generateWorkspace } from '../scripts/bench/generate-plans';

const ROOT = join(__dirname, '..');

function flatten(nodes: MapNode[]): MapNode[] {
  const out: MapNode[] = [];
  const stack = [...nodes].reverse();
  while (stack.length) {
    const node = stack.pop()!;
    out.push(node);
    stack.push(...[...node.children].reverse());
  }
  return out;
}

function reportOf(files: Map<string, string>, options: { today: string; close?: boolean; period?: { label: string; start: string; end: string } }): ReportModel {
  const plans = new Map([...files].map(([path, text]) => [`/ws/${path}`, text]));
  const { graph, findings } = analyzePlans(plans, { roots: ['/ws'], today: options.today, configFor: () => defaultConfig() });
  return buildReport({ graph, files: [...plans.keys()], findings, today: options.today, relative: (f) => f.replace('/ws/', ''), ...(options.close ? { close: true } : {}), ...(options.period ? { period: options.period } : {}) });
}

const COMPANY = `---
period: 2025-Q4
team: Company
---
# Mission: Help owners understand their cash
Serves: first-time owners
Refuses: dark patterns

## Objective O1: Owners trust our numbers
Owner: @dana
Type: committed
Tradeoff: no new integrations

### KR1.1: Cut reconciliation errors from 4% to 1%
Owner: @omar
Indicator: leading

### KR1.2: Raise weekly active owners from 10k to 12k
Owner: @priya
Indicator: leading
Check-ins:
- 2025-10-15: 10.5k
- 2025-12-20: 12k

## Objective O2: Bookkeepers recommend us
Owner: @ines
Type: aspirational
Tradeoff: enterprise waits

### KR2.1: Grow referring bookkeepers from 100 to 200
Owner: @ines
Indicator: leading
Check-ins:
- 2025-11-01: 120
- 2025-12-28: 130
`;

const TEAM = `---
period: 2025-Q4
team: Platform
parent: ../company.okr.md
---
## Objective O1: Balances always match the bank
Owner: @maria
Type: committed
Parent: ../company.okr.md#KR1.1
Tradeoff: partner API waits
### KR1.1: Reduce mismatched balances from 2% to 0.5%
Owner: @lee
Indicator: leading
Check-ins:
- 2025-11-01: 1.5%
- 2025-12-15: 1.1%
#### Initiative: Nightly reconciliation
Owner: @sam
Status: in progress
Due: 2025-11-20
### KR1.2: Raise auto-matched transactions from 70% to 90%
Owner: @li
Indicator: leading
Score: 0.5
`;

describe('report model', () => {
  beforeAll(() => expect(existsSync(join(ROOT, 'out', 'cli.js')), 'run `npm run build` first (npm test does)').toBe(true));

  it('lays out every node once, across plans, with the progress `throughline chain` prints', () => {
    const dir = workspace({ 'company.okr.md': COMPANY, 'teams/platform.okr.md': TEAM });
    const json = run(['report', '--today', '2025-11-25', '--format', 'markdown'], dir);
    expect(json.status).toBe(0);
    const model = reportOf(new Map([['company.okr.md', COMPANY], ['teams/platform.okr.md', TEAM]]), { today: '2025-11-25' });
    const nodes = flatten(model.map);
    expect(nodes.map((n) => `${n.file}#${n.id}`)).toEqual([
      'company.okr.md#mission',
      'company.okr.md#O1',
      'company.okr.md#KR1.1',
      'teams/platform.okr.md#O1',
      'teams/platform.okr.md#KR1.1',
      'teams/platform.okr.md#I1.1.1',
      'teams/platform.okr.md#KR1.2',
      'company.okr.md#KR1.2',
      'company.okr.md#O2',
      'company.okr.md#KR2.1',
    ]);
    expect(new Set(nodes.map((n) => n.key)).size).toBe(nodes.length);
    // The company KR with no numbers of its own shows the team objective cascading from it.
    const companyKr = nodes.find((n) => n.key === 'company.okr.md:14')!;
    expect(companyKr.progressSource).toBe('cascade');
    expect(companyKr.progress).toBeCloseTo(((1.1 - 2) / (0.5 - 2) + 0.5) / 2);
    expect(nodes.find((n) => n.key === 'teams/platform.okr.md:6')!.crossesPlan).toBe(true);
    // Every measured node's percentage is the one `throughline chain` prints for it.
    for (const node of nodes.filter((n) => n.kind === 'objective' || n.kind === 'kr')) {
      const chain = run(['chain', `${node.file}:${node.line}`, '--today', '2025-11-25'], dir);
      const printed = /\[(\d+)%/.exec(chain.stdout.split('\n')[0]!)?.[1];
      expect(printed, node.key).toBe(node.progress === undefined ? undefined : String(Math.round(node.progress * 100)));
    }
  });

  it('reads an initiative\'s status as a person writes it for its health', () => {
    const plan = (status: string) => `---\nperiod: 2025-Q4\n---\n# Mission: Serve owners\n## Objective O1: Owners trust us\nOwner: @ann\n### KR1.1: Cut errors from 4% to 1%\nOwner: @lee\n#### Initiative: Rebuild sync\nOwner: @sam\nStatus: ${status}\n`;
    const health = (status: string) => flatten(reportOf(new Map([['p.okr.md', plan(status)]]), { today: '2025-11-25' }).map).find((n) => n.kind === 'initiative')!.health;
    expect(health('Blocked on legal review')).toBe(health('blocked'));
    expect(health('⛔')).toBe(health('blocked'));
    expect(health('✅ Complete')).toBe(health('done'));
    expect(health('blocked')).not.toBe(health('done'));
  });

  it('carries owner, confidence, health, charts and findings, and fills the review lists', () => {
    const model = reportOf(new Map([['company.okr.md', COMPANY], ['teams/platform.okr.md', TEAM.replace('- 2025-12-15: 1.1%', '- 2025-11-15: 1.7%, confidence 0.3')]]), { today: '2025-11-25' });
    const nodes = flatten(model.map);
    const teamKr = nodes.find((n) => n.key === 'teams/platform.okr.md:11')!;
    expect(teamKr).toMatchObject({ owner: '@lee', type: 'committed', confidence: 0.3, health: 'off-track' });
    expect(teamKr.chart).toMatchObject({ unit: '%', baseline: 2, target: 0.5, baselineText: '2%', targetText: '0.5%', from: '2025-10-01', to: '2025-12-31' });
    expect(teamKr.chart!.points.map((p) => p.value)).toEqual([1.5, 1.7]);
    expect(teamKr.findings.map((f) => f.rule)).toEqual(['kr-progress-regressing']);
    expect(model.review.regressing.map((i) => i.key)).toEqual(['teams/platform.okr.md:11']);
    expect(model.review.pastDue.map((i) => `${i.key} ${i.owner}`)).toEqual(['teams/platform.okr.md:17 @sam']);
    expect(model.review.stale.map((i) => i.key)).toEqual(['company.okr.md:14', 'teams/platform.okr.md:21']);
    expect(model.review.byTeam.map((t) => t.team).sort()).toEqual(['Company', 'Platform']);
    expect(model.review.byRule.reduce((n, r) => n + r.count, 0)).toBe(model.summary.findings.error + model.summary.findings.warning + model.summary.findings.info + model.summary.findings.hint);
    expect(model.plans.map((p) => `${p.file} ${p.team} ${p.nodes}`)).toEqual(['company.okr.md Company 6', 'teams/platform.okr.md Platform 4']);
  });

  it('keeps only the plans whose period overlaps --period, and keeps broken plans', () => {
    const next = TEAM.replace('period: 2025-Q4', 'period: 2026-Q1').replace(/Parent: .*\n/, '');
    const model = reportOf(new Map([['company.okr.md', COMPANY], ['teams/platform.okr.md', TEAM], ['teams/next.okr.md', next], ['teams/broken.okr.md', '## Objective O1: Alone\nParent: nowhere.okr.md#KR1\n### KR1.1: x from 1 to 2\n']]), {
      today: '2025-11-25',
      period: { label: '2025-Q4', start: '2025-10-01', end: '2025-12-31' },
    });
    expect(model.plans.map((p) => p.file)).toEqual(['company.okr.md', 'teams/platform.okr.md']);
    expect(model.summary.leftOut).toBe(2);
    const all = reportOf(new Map([['company.okr.md', COMPANY], ['teams/broken.okr.md', '## Objective O1: Alone\nParent: nowhere.okr.md#KR1\n### KR1.1: x from 1 to 2\n']]), { today: '2025-11-25' });
    const broken = flatten(all.map).filter((n) => n.file === 'teams/broken.okr.md');
    expect(broken.map((n) => n.id)).toEqual(['O1', 'KR1.1']);
    expect(broken[0]!.findings.map((f) => f.rule)).toContain('unresolved-parent');
    expect(broken[0]!.health).toBe('off-track');
  });
});

describe('quarter close', () => {
  it('scores each key result from its last check-in and calls out missed commitments and odd stretches', () => {
    const model = reportOf(new Map([['company.okr.md', COMPANY], ['teams/platform.okr.md', TEAM]]), { today: '2026-01-05', close: true });
    const close = model.close!;
    expect(close.ended).toBe(true);
    const rows = Object.fromEntries(close.groups.flatMap((g) => g.rows).map((r) => [r.key, r]));
    expect(rows['company.okr.md:18']).toMatchObject({ type: 'committed', score: 1, source: 'check-in', lastCheckIn: '2025-12-20' });
    expect(rows['company.okr.md:14']).toMatchObject({ type: 'committed', source: 'cascade' });
    expect(rows['teams/platform.okr.md:11']).toMatchObject({ type: 'committed', score: 0.6, source: 'check-in' });
    expect(rows['teams/platform.okr.md:21']).toMatchObject({ type: 'committed', score: 0.5, source: 'score' });
    expect(rows['company.okr.md:30']).toMatchObject({ type: 'aspirational', score: 0.3, source: 'check-in' });
    expect(close.groups.map((g) => g.type)).toEqual(['committed', 'aspirational']);
    expect(close.groups[1]!.mean).toBeCloseTo(0.3);
    expect(close.callouts.map((r) => r.key).sort()).toEqual(['company.okr.md:14', 'company.okr.md:30', 'teams/platform.okr.md:11', 'teams/platform.okr.md:21']);
    expect(rows['company.okr.md:18']!.callout).toBeUndefined();
    const open = reportOf(new Map([['company.okr.md', COMPANY]]), { today: '2025-12-01', close: true }).close!;
    expect(open.ended).toBe(false);
    expect(open.openPlans).toEqual(['company.okr.md']);
  });

  it('uses the usual stretch range for aspirational key results', () => {
    expect(calloutFor('committed', 1)).toBeUndefined();
    expect(calloutFor('committed', 0.99)).toMatch(/commitment was missed/);
    expect(calloutFor('aspirational', STRETCH.low)).toBeUndefined();
    expect(calloutFor('aspirational', 0.85)).toBeUndefined();
    expect(calloutFor('aspirational', 0.2)).toMatch(/far below/);
    expect(calloutFor('aspirational', 1)).toMatch(/no stretch/);
    expect(calloutFor('learning', 0)).toBeUndefined();
  });
});

describe('report renderers', () => {
  const model = reportOf(new Map([['company.okr.md', COMPANY], ['teams/platform.okr.md', TEAM.replace('Owner: @lee', 'Owner: <script>alert(1)</script> | @x')]]), { today: '2026-01-05', close: true });

  it('writes GitHub-flavoured Markdown: tables with a column count per row, no raw HTML', () => {
    const md = renderMarkdown(model);
    // Plan text outside code spans has its `<` written as an entity; inside a code span GitHub shows it as text.
    expect(md.replace(/`[^`\n]*`/g, '')).not.toMatch(/<\/?[a-z][^>]*>/i);
    expect(md).toContain('`<script>alert(1)</script> \\| @x`');
    const lines = md.split('\n');
    const tables: string[][] = [];
    for (let i = 0; i < lines.length; i++) {
      if (!lines[i]!.startsWith('|') || lines[i - 1]?.startsWith('|')) continue;
      const table: string[] = [];
      for (let j = i; lines[j]?.startsWith('|'); j++) table.push(lines[j]!);
      tables.push(table);
    }
    expect(tables.length).toBeGreaterThanOrEqual(6);
    const cells = (row: string): number => row.replace(/\\\|/g, '').split('|').length - 2;
    for (const table of tables) {
      expect(table[1]).toMatch(/^\|(---\|)+$/);
      for (const row of table) expect(cells(row), row).toBe(cells(table[0]!));
    }
    expect(md).toContain('## Quarter close');
    expect(md).toContain('## Alignment map');
    expect(md).toContain('### Past-due initiatives (1)');
    expect(md).toContain('▰▰▰▰▰▰▰▰▰▰ 100%');
  });

  it('cuts long Markdown lists and says so', () => {
    const big = reportOf(generateWorkspace(30, 120, 1), { today: '2026-02-02' });
    const md = renderMarkdown(big);
    const mapRows = md.split('## Alignment map')[1]!.split('## Review')[0]!.split('\n').filter((l) => l.startsWith('| ') && !l.startsWith('| node'));
    expect(mapRows).toHaveLength(MARKDOWN_LIMITS.mapRows);
    expect(md).toMatch(/_… and \d+ more nodes: see the HTML report/);
  });

  it('writes one self-contained HTML page that escapes plan text', () => {
    const html = renderHtml(model);
    expect(html).toMatch(/^<!doctype html>/);
    expect(html).not.toMatch(/<link|<img|src=|@import|url\(/i);
    expect(html).toContain('&#60;script&#62;alert(1)&#60;/script&#62;');
    expect(html).toContain('prefers-color-scheme:dark');
    // Two script elements: the map's rows as JSON (data, never run) and the one script, which the policy allows by its hash.
    const scripts = [...html.matchAll(/<script([^>]*)>([\s\S]*?)<\/script>/g)];
    expect(scripts.map((m) => m[1])).toEqual([' type="application/json" id="map-data"', '']);
    const hash = createHash('sha256').update(scripts[1]![2]!, 'utf8').digest('base64');
    expect(html).toContain(`content="default-src 'none'; style-src 'unsafe-inline'; img-src data:; script-src 'sha256-${hash}'"`);
    expect(sha256Base64(scripts[1]![2]!)).toBe(hash);
    // Plan text in the rows cannot end their element; drawn, it is escaped like the rest of the page.
    const data = scripts[0]![2]!;
    expect(data).not.toContain('<');
    expect(data).toContain('\\u003cscript>alert(1)\\u003c/script> | @x');
    const map = markup.mapHtml(JSON.parse(data) as MapRows);
    expect(map).toContain('<span class="owner">&#60;script&#62;alert(1)&#60;/script&#62; | @x</span>');
    expect(map.match(/class="node /g)).toHaveLength(flatten(model.map).length);
    const chunks: string[] = [];
    expect(renderHtml(model, (c) => chunks.push(c))).toBe("");
    expect(chunks.join('')).toBe(html);
  });

  it('hashes as SHA-256 does, whatever the text', () => {
    for (const text of ['', 'abc', 'a'.repeat(55), 'a'.repeat(56), 'a'.repeat(64), '⤷ 新用户 🚀 é'.repeat(300)]) {
      expect(sha256Base64(text)).toBe(createHash('sha256').update(text, 'utf8').digest('base64'));
    }
  });

  it('writes to --out, rejects a bad --period, and never fails on broken plans', () => {
    const dir = workspace({ 'company.okr.md': COMPANY, 'teams/platform.okr.md': TEAM });
    writeFileSync(join(dir, 'teams', 'binary.okr.md'), Buffer.from([0x00, 0x01, 0x02]));
    const out = run(['report', '--today', '2026-01-05', '--close', '--out', 'report.html'], dir);
    expect(out.status).toBe(0);
    expect(out.stdout).toBe('');
    const html = readFileSync(join(dir, 'report.html'), 'utf8');
    expect(html).toContain('data-plan="teams/binary.okr.md"');
    expect(html).toContain('OKR901');
    expect(html).toContain('id="close"');
    const bad = run(['report', '--period', '2025-Q5'], dir);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/--period must be/);
    const md = run(['report', '--format', 'markdown', '--period', '2025-Q4', '--today', '2025-11-25'], dir);
    expect(md.status).toBe(0);
    expect(md.stdout).toMatch(/^# OKR report · 2025-Q4/);
  });
});

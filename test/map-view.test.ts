import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { analyzePlans } from '../server/src/core/analyze';
import { defaultConfig } from '../server/src/core/config-model';
import type { FeatureContext } from '../server/src/core/features/context';
import { AlignmentMapSession, MAP_PAGE, MapViewState, alignmentMap, filterMap, mapViewPage, needsAttention, type AlignmentMap } from '../server/src/core/report/map-view';
import type { MapNode } from '../server/src/core/report/model';
import { generateWorkspace } from '../scripts/bench/generate-plans';

const CASCADE = join(__dirname, 'fixtures', 'workspaces', 'cascade');
const TODAY = '2026-02-02';

function contextOf(plans: Map<string, string>): FeatureContext {
  const { graph, findings } = analyzePlans(plans, { roots: ['/ws'], today: TODAY, configFor: () => defaultConfig() });
  return { graph, uriOf: (f) => `file://${f}`, findingsFor: (f) => findings.filter((x) => x.file === f) };
}

function cascadeContext(edit?: (path: string, text: string) => string): FeatureContext {
  const walk = (dir: string): string[] => readdirSync(dir).flatMap((n) => (statSync(join(dir, n)).isDirectory() ? walk(join(dir, n)) : [join(dir, n)]));
  const plans = new Map(walk(CASCADE).map((f) => [`/ws/${relative(CASCADE, f)}`, readFileSync(f, 'utf8')] as [string, string]));
  if (edit) for (const [path, text] of plans) plans.set(path, edit(path, text));
  return contextOf(plans);
}

function cascade(edit?: (path: string, text: string) => string): AlignmentMap {
  return alignmentMap(cascadeContext(edit), { today: TODAY, folders: ['/ws'] });
}

function keys(nodes: MapNode[]): string[] {
  const out: string[] = [];
  const stack = [...nodes].reverse();
  while (stack.length) {
    const node = stack.pop()!;
    out.push(`${node.id}@${node.team}`);
    stack.push(...[...node.children].reverse());
  }
  return out;
}

/** `data-key` of every card a render wrote, in order. */
const cards = (html: string): string[] => [...html.matchAll(/class="node [^"]*" data-key="([^"]+)"/g)].map((m) => m[1]!);

describe('the Alignment Map model', () => {
  it('is the report’s model of every plan, paths relative to the folder, with each plan’s URI', () => {
    const { model, uris } = cascade();
    expect(uris).toEqual({
      'company/2026-Q1.okr.md': 'file:///ws/company/2026-Q1.okr.md',
      'teams/bookkeepers.okr.md': 'file:///ws/teams/bookkeepers.okr.md',
      'teams/onboarding.okr.md': 'file:///ws/teams/onboarding.okr.md',
    });
    expect(model.today).toBe(TODAY);
    expect(model.map.map((n) => n.kind)).toEqual(['mission']);
    // The onboarding team's objective cascades under the company's KR1.1, its KR with its own numbers.
    const kr = model.map[0]!.children[0]!.children[0]!.children[0]!.children[0]!;
    expect(kr).toMatchObject({ id: 'KR1.1', file: 'teams/onboarding.okr.md', line: 12, progress: 0.5, progressSource: 'own' });
    expect(kr.chart?.points.map((p) => p.raw)).toEqual(['2.5 days', '2 days']);
    // JSON-able: it crosses the wire as is.
    expect(JSON.parse(JSON.stringify(model))).toEqual(model);
  });

  it('names the workspace folder in front of paths when there are several', () => {
    const plans = new Map([['/a/x.okr.md', '# Mission: Be useful\n'], ['/b/y.okr.md', '# Mission: Be kind\n']]);
    const { graph, findings } = analyzePlans(plans, { roots: ['/a', '/b'], today: TODAY, configFor: () => defaultConfig() });
    const { uris } = alignmentMap({ graph, uriOf: (f) => `file://${f}`, findingsFor: (f) => findings.filter((x) => x.file === f) }, { today: TODAY, folders: ['/a', '/b'] });
    expect(Object.keys(uris).sort()).toEqual(['a/x.okr.md', 'b/y.okr.md']);
  });
});

describe('filtering the map', () => {
  const { model } = cascade();

  it('by team: that team’s nodes, with the chain above them as the way there', () => {
    const { nodes, matched } = filterMap(model.map, { team: 'onboarding' });
    expect(keys(nodes)).toEqual(['mission@2026-Q1', 'O1@2026-Q1', 'KR1.1@2026-Q1', 'O1@onboarding', 'KR1.1@onboarding', 'I1.1.1@onboarding', 'KR1.2@onboarding', 'I1.2.1@onboarding']);
    expect(keys(nodes).filter((k) => !k.endsWith('@onboarding'))).toEqual(['mission@2026-Q1', 'O1@2026-Q1', 'KR1.1@2026-Q1']);
    expect([...matched].every((key) => key.startsWith('teams/onboarding.okr.md:'))).toBe(true);
    // The input is left as it was.
    expect(keys(model.map)).toContain('KR2.1@2026-Q1');
  });

  it('by objective: its whole tree, across plans', () => {
    const o2 = model.map[0]!.children[1]!;
    const { nodes } = filterMap(model.map, { objective: o2.key });
    expect(keys(nodes)[0]).toBe('mission@2026-Q1');
    expect(keys(nodes).slice(1)).toEqual(keys([o2]));
    expect(keys(nodes).some((k) => k.endsWith('@bookkeepers'))).toBe(true);
  });

  it('by attention and by search, which combine', () => {
    // A key result with no owner: a warning.
    const { model } = cascade((path, text) => (path.endsWith('onboarding.okr.md') ? text.replace('Owner: @maria\nIndicator', 'Indicator') : text));
    const attention = filterMap(model.map, { attention: true });
    expect(attention.matched.size).toBeGreaterThan(0);
    const all: MapNode[] = [];
    const walk = (n: MapNode[]): void => n.forEach((x) => (all.push(x), walk(x.children)));
    walk(model.map);
    expect([...attention.matched].sort()).toEqual(all.filter(needsAttention).map((n) => n.key).sort());
    const search = filterMap(model.map, { search: '  @LEE ' });
    expect([...search.matched].map((k) => k.split(':')[0])).toEqual(['teams/onboarding.okr.md']);
    expect(filterMap(model.map, { search: '@lee', team: 'bookkeepers' }).nodes).toEqual([]);
  });
});

describe('the map view', () => {
  it('renders the report’s cards, follows a new model, and finds a node by its key', () => {
    const state = new MapViewState();
    expect(state.render().map).toContain('Reading the plans');
    state.setModel(cascade().model);
    const first = state.render();
    expect(first.teams).toEqual(['2026-Q1', 'bookkeepers', 'onboarding']);
    expect(first.objectives.map((o) => o.label)).toEqual(['O1 New owners trust what we tell them about their money (2026-Q1)', expect.stringMatching(/^O2 Bookkeepers choose us/)]);
    expect(first.status).toMatch(/^3 plans · \d+ objectives · \d+ key results · \d+ initiatives · progress \d+% · as of 2026-02-02$/);
    const kr = 'teams/onboarding.okr.md:12';
    expect(cards(first.map)).toContain(kr);
    expect(first.map).toMatch(new RegExp(`data-key="${kr}" data-progress="0.5">.*?<span class="pct">50%</span>`));
    // An edit of a check-in: the next model, the same view.
    state.setModel(cascade((path, text) => (path.endsWith('onboarding.okr.md') ? text.replace('- 2026-01-26: 2 days', '- 2026-01-26: 1.5 days') : text)).model);
    expect(state.render().map).toMatch(new RegExp(`data-key="${kr}" data-progress="0.75">.*?<span class="pct">75%</span>`));
    expect(state.node(kr)).toMatchObject({ id: 'KR1.1', line: 12 });
    // Nothing in the page's markup needs an inline style (the policy forbids them).
    expect(first.map).not.toMatch(/\sstyle=|<script|javascript:/);
  });

  it('filters, and offers the chosen team’s objectives', () => {
    const state = new MapViewState();
    state.setModel(cascade().model);
    state.setFilter({ team: 'onboarding', search: 'time from signup' });
    const view = state.render();
    expect(view.filter).toEqual({ team: 'onboarding', search: 'time from signup' });
    expect(view.objectives.map((o) => o.label)).toEqual(['O1 🚀 新用户 reach a clear picture of their cash in their first week']);
    expect(view.status).toContain('· 1 matching');
    // The way to the match is shown muted.
    expect(view.map).toMatch(/class="node k-mission [^"]* context"/);
    expect(view.map).not.toMatch(/class="node k-kr [^"]*context" data-key="teams\/onboarding.okr.md:12"/);
    state.setFilter({ search: 'no such thing' });
    expect(state.render().map).toContain('Nothing matches the filter.');
    state.setFilter({ team: 42 as unknown as string, attention: 'yes' as unknown as boolean });
    expect(state.render().filter).toEqual({});
  });

  it('stays small on a large workspace: plans folded, children windowed, unfolded and shown on demand', () => {
    const ctx = contextOf(new Map([...generateWorkspace(300, 40, 1)].map(([path, text]) => [`/ws/${path}`, text])));
    const { model } = alignmentMap(ctx, { today: TODAY, folders: ['/ws'] });
    const state = new MapViewState();
    state.setModel(model);
    const view = state.render();
    const total = model.summary.objectives + model.summary.keyResults + model.summary.initiatives;
    expect(total).toBeGreaterThan(1000);
    const written = cards(view.map);
    expect(written.length).toBeLessThan(total / 4);
    // Team objectives (a plan each) start folded, their children not written.
    const folded = view.map.match(/<details data-open="0"><summary><div id="[^"]+" class="node k-objective[^"]* cascade" data-key="([^"]+)"/);
    expect(folded).not.toBeNull();
    const team = state.node(folded![1]!)!;
    expect(written).not.toContain(team.children[0]!.key);
    expect(state.toggle(team.key, true, false)).toBe(true);
    expect(cards(state.render().map)).toContain(team.children[0]!.key);
    // Folding back needs no render; a fold survives a new model.
    expect(state.toggle(team.key, false, true)).toBe(false);
    state.setModel(model);
    expect(cards(state.render().map)).not.toContain(team.children[0]!.key);
    // A KR with more cascaded objectives than a window: a "show more" button, then more.
    const crowded = [...state.render().map.matchAll(/<button data-more="([^"]+)">Show (\d+) more \((\d+) not shown\)/g)];
    expect(crowded.length).toBeGreaterThan(0);
    const [, key, more, left] = crowded[0]!;
    const children = state.node(key!)!.children;
    expect([Number(more), Number(left)]).toEqual([Math.min(MAP_PAGE, children.length - MAP_PAGE), children.length - MAP_PAGE]);
    const shownChildren = (): number => cards(state.render().map).filter((k) => children.some((c) => c.key === k)).length;
    expect(shownChildren()).toBe(MAP_PAGE);
    state.more(key!);
    expect(shownChildren()).toBe(Math.min(children.length, 2 * MAP_PAGE));
    // A filter that matches much of a large workspace folds plans as the whole map does.
    state.setFilter({ search: 'teams/group-' });
    const found = state.render();
    expect(Number(/· (\d+) matching/.exec(found.status)![1])).toBeGreaterThan(600);
    expect(cards(found.map).length).toBeLessThan(total / 4);
  });
});

describe('the map session the language server keeps', () => {
  it('answers the page with renders, a node’s place or nothing, builds only when asked to, and lets the model go', () => {
    const ctx = cascadeContext();
    let builds = 0;
    const session = new AlignmentMapSession((memo) => {
      builds++;
      return alignmentMap(ctx, { today: TODAY, folders: ['/ws'], memo });
    });
    const kr = 'teams/onboarding.okr.md:12';
    const first = session.handle({ type: 'ready' });
    expect(first.type === 'render' && cards(first.map)).toContain(kr);
    expect(session.handle({ type: 'open', key: kr })).toEqual({ type: 'reveal', uri: 'file:///ws/teams/onboarding.okr.md', line: 12 });
    // Filters and folds render the model kept; `ready` and `refresh` build it again.
    expect(session.handle({ type: 'filter', filter: { team: 'onboarding' } })).toMatchObject({ type: 'render', filter: { team: 'onboarding' }, status: expect.stringContaining('matching') });
    expect(session.handle({ type: 'toggle', key: kr, open: false, written: true })).toEqual({ type: 'none' });
    expect(builds).toBe(1);
    expect(session.handle({ type: 'refresh' })).toMatchObject({ type: 'render' });
    expect(builds).toBe(2);
    expect(session.handle({ type: 'close' })).toEqual({ type: 'none' });
    expect(session.handle({ type: 'open', key: kr })).toEqual({ type: 'none' });
    expect(session.handle({ type: 'unknown' } as never)).toEqual({ type: 'none' });
  });
});

describe('the webview page', () => {
  it('runs only what carries its nonce, fetches nothing and takes the editor’s theme colours', () => {
    const page = mapViewPage({ nonce: 'abc123', cspSource: 'https://x.vscode-cdn.net' });
    const csp = page.match(/<meta http-equiv="Content-Security-Policy" content="([^"]+)">/)![1]!;
    expect(csp).toBe("default-src 'none'; style-src https://x.vscode-cdn.net 'nonce-abc123'; script-src 'nonce-abc123'; img-src https://x.vscode-cdn.net data:; font-src https://x.vscode-cdn.net");
    expect(page.match(/<script[^>]*>/g)).toEqual(['<script nonce="abc123">']);
    expect(page.match(/<style[^>]*>/g)).toEqual(['<style nonce="abc123">']);
    expect(page).not.toMatch(/\ssrc=|\shref=|@import|url\(|\sstyle=|\son\w+=/);
    expect(page).toContain('--bg:var(--vscode-editor-background)');
    expect(page).toContain('acquireVsCodeApi()');
    for (const id of ['team', 'objective', 'attention', 'search', 'map', 'status']) expect(page).toContain(`id="${id}"`);
  });
});

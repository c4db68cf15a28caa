/**
 * The Alignment Map as the editor shows it: the report's map (the same model from
 * `buildReport`, the same cards from `mapHtml`), filtered, folded and windowed so that a
 * large workspace stays quick, on a webview page with a strict content security policy and
 * the editor's theme colours. The language server keeps the model and the view
 * (`AlignmentMapSession`) and sends only what is visible; the editor relays the page's messages.
 */
import type { FeatureContext } from '../features/context';
import { buildReport } from './build';
import { MAP_LEGEND, REPORT_STYLE } from './html';
import { markup } from './map-render';
import { mapRows } from './map-rows';
import { ReportMemo } from './memo';
import type { MapNode, ReportModel } from './model';

/** The map's model and where each plan is. */
export interface AlignmentMap {
  model: ReportModel;
  /** The URI of each plan, by the path the model shows for it. */
  uris: Record<string, string>;
}

/** The report's model of every plan in the workspace, paths relative to their workspace folder; `memo` keeps what the next build can take again. */
export function alignmentMap(ctx: FeatureContext, options: { today: string; folders: string[]; memo?: ReportMemo }): AlignmentMap {
  const files = ctx.graph.files();
  const uris: Record<string, string> = {};
  const many = options.folders.length > 1;
  const relative = (file: string): string => {
    const root = options.folders.find((r) => file.startsWith(r.endsWith('/') ? r : `${r}/`));
    const inside = root === undefined ? file : file.slice(root.length).replace(/^\//, '');
    const shown = root !== undefined && many ? `${root.split('/').filter(Boolean).pop() ?? root}/${inside}` : inside;
    uris[shown] = ctx.uriOf(file);
    return shown;
  };
  const model = buildReport({ graph: ctx.graph, files, findings: files.flatMap((f) => ctx.findingsFor(f)), today: options.today, relative, ...(options.memo ? { memo: options.memo } : {}) });
  return { model, uris };
}

/** What the map shows: one team's nodes, one objective's tree, what needs attention, what a search finds (all that are set). */
export interface MapFilter {
  team?: string;
  /** A map node's key. */
  objective?: string;
  attention?: boolean;
  search?: string;
}

/** A node that needs attention: at risk or off track, or with an error or a warning. */
export function needsAttention(node: MapNode): boolean {
  return node.health === 'at-risk' || node.health === 'off-track' || node.findings.some((f) => f.severity === 'error' || f.severity === 'warning');
}

const isActive = (filter: MapFilter): boolean => Boolean(filter.team || filter.objective || filter.attention || filter.search?.trim());

/**
 * Keeps the nodes `keep` says yes to and the chain above each (the way to them); returns the
 * pruned tree, sharing untouched subtrees with the input. Iterative: chains can be deep.
 */
function prune(nodes: MapNode[], keep: (node: MapNode) => boolean): MapNode[] {
  interface Frame {
    node: MapNode;
    next: number;
    kept: MapNode[];
  }
  const out: MapNode[] = [];
  for (const root of nodes) {
    const stack: Frame[] = [{ node: root, next: 0, kept: [] }];
    while (stack.length) {
      const top = stack[stack.length - 1]!;
      if (top.next < top.node.children.length) {
        stack.push({ node: top.node.children[top.next++]!, next: 0, kept: [] });
        continue;
      }
      stack.pop();
      const { node, kept } = top;
      if (!kept.length && !keep(node)) continue;
      const same = kept.length === node.children.length && kept.every((k, i) => k === node.children[i]);
      const result = same ? node : { ...node, children: kept };
      (stack.length ? stack[stack.length - 1]!.kept : out).push(result);
    }
  }
  return out;
}

/** Every node of the tree with its parent and depth, parents first. */
function walk(nodes: MapNode[], visit: (node: MapNode, parent: MapNode | undefined, depth: number) => void): void {
  const stack = nodes.map((node) => ({ node, parent: undefined as MapNode | undefined, depth: 0 })).reverse();
  while (stack.length) {
    const { node, parent, depth } = stack.pop()!;
    visit(node, parent, depth);
    for (let i = node.children.length - 1; i >= 0; i--) stack.push({ node: node.children[i]!, parent: node, depth: depth + 1 });
  }
}

/**
 * The map under a filter: the nodes it matches with the chain above each (`matched` says which
 * are matches, not just the way to one). An objective filter keeps that objective's whole tree.
 */
export function filterMap(nodes: MapNode[], filter: MapFilter): { nodes: MapNode[]; matched: Set<string> } {
  const matched = new Set<string>();
  if (!isActive(filter)) return { nodes, matched };
  let scope = nodes;
  let inObjective: Set<string> | undefined;
  if (filter.objective) {
    const target = filter.objective;
    // The objective with all under it; the chain above it only as the way there.
    let found: MapNode | undefined;
    walk(nodes, (node) => (found ??= node.key === target ? node : undefined));
    inObjective = new Set();
    if (found) walk([found], (node) => inObjective!.add(node.key));
    scope = prune(nodes, (node) => inObjective!.has(node.key));
  }
  const search = filter.search?.trim().toLowerCase();
  const matches = (node: MapNode): boolean =>
    (!inObjective || inObjective.has(node.key)) &&
    (!filter.team || node.team === filter.team) &&
    (!filter.attention || needsAttention(node)) &&
    (!search || [node.id, node.title, node.owner ?? '', node.team, node.file].some((text) => text.toLowerCase().includes(search)));
  const result = prune(scope, (node) => {
    const yes = matches(node);
    if (yes) matched.add(node.key);
    return yes;
  });
  return { nodes: result, matched };
}

/** Messages from the webview page, which the editor hands on to the language server. */
export type MapViewMessage =
  | { type: 'ready' }
  | { type: 'open'; key: string }
  | { type: 'toggle'; key: string; open: boolean; written: boolean }
  | { type: 'more'; key: string }
  | { type: 'filter'; filter: MapFilter };

/** What the editor posts to the page: the map's HTML and the filter's choices. */
export interface MapViewRender {
  type: 'render';
  map: string;
  status: string;
  teams: string[];
  objectives: { key: string; label: string }[];
  filter: MapFilter;
}

/** Children written per node before a "show more" button, and how many more each press shows. */
export const MAP_PAGE = 50;
/** Up to this many nodes (or filter matches) the whole map starts unfolded; above it, the top three levels do, and team objectives (a plan each) start folded. */
export const UNFOLD_ALL_UP_TO = 600;
const MAX_OBJECTIVE_CHOICES = 500;

/**
 * The map view's state between renders: the model, the filter, what the reader folded or
 * unfolded (by plan and id, so it survives edits that move lines) and how many children each
 * node shows. `render()` writes only what is visible: folded nodes' children and children past
 * the window are not written at all.
 */
export class MapViewState {
  private model: ReportModel | undefined;
  private filter: MapFilter = {};
  private readonly folds = new Map<string, boolean>();
  private readonly windows = new Map<string, number>();
  /** The nodes by key, indexed when first asked for (a click), not at every edit. */
  private byKey: Map<string, MapNode> | undefined;

  /** Takes a new model (after an edit); folds, windows and the filter stay. */
  setModel(model: ReportModel): void {
    this.model = model;
    this.byKey = undefined;
  }

  /** Lets the model go (the panel closed); folds, windows and the filter stay. */
  clear(): void {
    this.model = undefined;
    this.byKey = undefined;
  }

  /** The node with this key in the current model. */
  node(key: string): MapNode | undefined {
    if (!this.byKey && this.model) {
      const byKey = new Map<string, MapNode>();
      walk(this.model.map, (node) => byKey.set(node.key, node));
      this.byKey = byKey;
    }
    return this.byKey?.get(key);
  }

  /** Records a fold or unfold; true when the page needs a new render (children not written yet). */
  toggle(key: string, open: boolean, written: boolean): boolean {
    const node = this.node(key);
    if (!node) return false;
    this.folds.set(foldKey(node), open);
    return open && !written;
  }

  more(parentKey: string): void {
    this.windows.set(parentKey, (this.windows.get(parentKey) ?? MAP_PAGE) + MAP_PAGE);
  }

  setFilter(filter: MapFilter | undefined): void {
    const clean: MapFilter = {};
    filter ??= {};
    if (typeof filter.team === 'string' && filter.team) clean.team = filter.team;
    if (typeof filter.objective === 'string' && filter.objective) clean.objective = filter.objective;
    if (filter.attention === true) clean.attention = true;
    if (typeof filter.search === 'string' && filter.search.trim()) clean.search = filter.search.slice(0, 200);
    this.filter = clean;
    this.windows.clear();
  }

  render(): MapViewRender {
    const model = this.model;
    if (!model) return { type: 'render', map: '<p class="muted">Reading the plans…</p>', status: '', teams: [], objectives: [], filter: this.filter };
    const active = isActive(this.filter);
    const { nodes, matched } = filterMap(model.map, this.filter);
    const { summary } = model;
    const small = summary.objectives + summary.keyResults + summary.initiatives <= UNFOLD_ALL_UP_TO;
    const map = nodes.length
      ? markup.mapHtml(
          mapRows(nodes, {
            // A filter unfolds what it found, unless it found a large part of a large workspace.
            open: (node, depth) => this.folds.get(foldKey(node)) ?? (small || (active && matched.size <= UNFOLD_ALL_UP_TO) || (depth < 3 && !node.crossesPlan)),
            lazy: true,
            limit: (key) => this.windows.get(key) ?? MAP_PAGE,
            context: (node) => active && !matched.has(node.key),
          }),
        )
      : `<p class="muted" id="empty">${active ? 'Nothing matches the filter.' : 'No plans yet: create a file named *.okr.md with a # Mission: heading.'}</p>`;
    const counts = `${summary.plans} plan${summary.plans === 1 ? '' : 's'} · ${summary.objectives} objectives · ${summary.keyResults} key results · ${summary.initiatives} initiatives`;
    const progress = summary.progress === undefined ? '' : ` · progress ${Math.round(summary.progress * 100)}%`;
    const shown = active ? ` · ${matched.size} matching` : '';
    return { type: 'render', map, status: `${counts}${progress}${shown} · as of ${model.today}`, teams: [...new Set(model.plans.map((p) => p.team))].sort(), objectives: this.objectiveChoices(model), filter: this.filter };
  }

  /** The objectives to pick from: the chosen team's, else those right under a mission (and those under nothing). */
  private objectiveChoices(model: ReportModel): { key: string; label: string }[] {
    const team = this.filter.team;
    const label = (node: MapNode): { key: string; label: string } => {
      const text = `${node.id} ${node.title}`;
      return { key: node.key, label: `${text.length > 70 ? `${text.slice(0, 69)}…` : text}${team ? '' : ` (${node.team})`}` };
    };
    const choices: { key: string; label: string }[] = [];
    if (team) {
      walk(model.map, (node) => {
        if (node.kind === 'objective' && node.team === team && choices.length < MAX_OBJECTIVE_CHOICES) choices.push(label(node));
      });
      return choices;
    }
    // The top of the map only: no need to walk a large workspace's every node at each render.
    for (const root of model.map) {
      for (const node of root.kind === 'mission' ? root.children : [root]) if (node.kind === 'objective' && choices.length < MAX_OBJECTIVE_CHOICES) choices.push(label(node));
    }
    return choices;
  }
}

/** What the editor asks of the map: the page's messages, `refresh` when plans changed, `close` when the panel is gone. */
export type MapViewParams = MapViewMessage | { type: 'refresh' } | { type: 'close' };

/** What the editor does with an answer: post a render to the page, open a node's plan at its line (1-based), or nothing. */
export type MapViewAnswer = MapViewRender | { type: 'reveal'; uri: string; line: number } | { type: 'none' };

const NOTHING: MapViewAnswer = { type: 'none' };

/**
 * The Alignment Map as the language server keeps it for the editor's panel: the model, built
 * again when the page opens or plans change and kept in between (folds, filters and windows
 * only render it again), and the view. Each answer carries only the visible part of the map,
 * a few kilobytes of HTML whatever the workspace's size, never the model.
 */
export class AlignmentMapSession {
  private map: AlignmentMap | undefined;
  private readonly view = new MapViewState();
  /** What each build leaves for the next: an edit rebuilds only what it can have changed. */
  private memo = new ReportMemo();

  constructor(private readonly build: (memo: ReportMemo) => AlignmentMap) {}

  handle(request: MapViewParams): MapViewAnswer {
    switch (request.type) {
      case 'ready':
      case 'refresh':
        this.map = this.build(this.memo);
        this.view.setModel(this.map.model);
        return this.view.render();
      case 'close':
        this.map = undefined;
        this.memo = new ReportMemo();
        this.view.clear();
        return NOTHING;
      case 'open':
        return this.reveal(request.key);
      case 'toggle':
        return this.view.toggle(request.key, request.open, request.written) ? this.view.render() : NOTHING;
      case 'more':
        this.view.more(request.key);
        return this.view.render();
      case 'filter':
        this.view.setFilter(request.filter);
        return this.view.render();
      default:
        return NOTHING;
    }
  }

  private reveal(key: string): MapViewAnswer {
    const node = this.view.node(key);
    const uri = node && this.map?.uris[node.file];
    return node && uri ? { type: 'reveal', uri, line: node.line } : NOTHING;
  }
}

/** A node's identity for folding: its plan, kind and id, which an edit above it does not move. */
const foldKey = (node: MapNode): string => `${node.file}#${node.kind}:${node.id}`;

/** The page's colours from the editor's theme, over the report's own. */
const THEME_STYLE = `
:root{--bg:var(--vscode-editor-background);--fg:var(--vscode-editor-foreground);--muted:var(--vscode-descriptionForeground);
--line:var(--vscode-widget-border,var(--vscode-editorGroup-border));--card:var(--vscode-editorWidget-background);--accent:var(--vscode-textLink-foreground);
--bar:var(--vscode-input-background);--good:var(--vscode-testing-iconPassed);--warn:var(--vscode-editorWarning-foreground);--bad:var(--vscode-editorError-foreground);
--none:var(--vscode-disabledForeground);--error:var(--vscode-editorError-foreground);--warning:var(--vscode-editorWarning-foreground);--info:var(--vscode-editorInfo-foreground);--hint:var(--vscode-descriptionForeground)}
body.vscode-light{color-scheme:light}body.vscode-dark,body.vscode-high-contrast{color-scheme:dark}
body{font-family:var(--vscode-font-family);font-size:var(--vscode-font-size);padding:0}header,main{max-width:none;padding:8px 16px}
.toolbar{display:flex;flex-wrap:wrap;gap:8px;align-items:center;position:sticky;top:0;background:var(--bg);padding:8px 16px;z-index:1;border-bottom:1px solid var(--line)}
select,input[type=search]{background:var(--vscode-input-background);color:var(--vscode-input-foreground);border:1px solid var(--vscode-input-border,var(--line));padding:3px 6px;font:inherit}
select{max-width:320px}input[type=search]{min-width:220px}
button{background:var(--vscode-button-secondaryBackground);color:var(--vscode-button-secondaryForeground);border:0;padding:3px 10px;cursor:pointer;font:inherit}
button:hover{background:var(--vscode-button-secondaryHoverBackground)}:focus-visible{outline:1px solid var(--vscode-focusBorder)}
.node{min-width:min(420px,100%)}.head{cursor:pointer}.head:hover{text-decoration:underline}.node.context{opacity:.65}
#status{font-size:12px}
`;

/** The page's script: relays the reader's clicks, folds and filter to the editor, and lays in each render. */
const SCRIPT = `(() => {
  const vscode = acquireVsCodeApi();
  const byId = (id) => document.getElementById(id);
  const map = byId('map'), team = byId('team'), objective = byId('objective'), attention = byId('attention'), search = byId('search'), status = byId('status');
  const send = (message) => vscode.postMessage(message);
  let typing;
  const sendFilter = () => send({ type: 'filter', filter: { team: team.value, objective: objective.value, attention: attention.checked, search: search.value } });
  team.addEventListener('change', () => { objective.value = ''; sendFilter(); });
  objective.addEventListener('change', sendFilter);
  attention.addEventListener('change', sendFilter);
  search.addEventListener('input', () => { clearTimeout(typing); typing = setTimeout(sendFilter, 150); });
  byId('clear').addEventListener('click', () => { team.value = ''; objective.value = ''; attention.checked = false; search.value = ''; sendFilter(); });
  map.addEventListener('click', (event) => {
    const more = event.target.closest('button[data-more]');
    if (more) return send({ type: 'more', key: more.dataset.more });
    const head = event.target.closest('.head');
    if (!head) return;
    event.preventDefault();
    send({ type: 'open', key: head.closest('.node').dataset.key });
  });
  // Folds and unfolds by the reader (a render's own open details also fire toggle: data-open tells them apart).
  map.addEventListener('toggle', (event) => {
    const details = event.target;
    if (details.tagName !== 'DETAILS' || details.open === (details.dataset.open === '1')) return;
    details.dataset.open = details.open ? '1' : '0';
    const node = details.querySelector(':scope > summary > .node');
    const lazy = details.querySelector(':scope > ul[data-lazy]');
    send({ type: 'toggle', key: node.dataset.key, open: details.open, written: !lazy });
  }, true);
  const fill = (select, options, value) => {
    const first = select.options[0];
    select.replaceChildren(first, ...options.map(([v, label]) => { const o = document.createElement('option'); o.value = v; o.textContent = label; return o; }));
    select.value = options.some(([v]) => v === value) ? value : '';
  };
  let renders = 0;
  window.addEventListener('message', (event) => {
    const m = event.data;
    if (!m || m.type !== 'render') return;
    fill(team, m.teams.map((t) => [t, t]), m.filter.team || '');
    fill(objective, m.objectives.map((o) => [o.key, o.label]), m.filter.objective || '');
    attention.checked = Boolean(m.filter.attention);
    if (document.activeElement !== search) search.value = m.filter.search || '';
    status.textContent = m.status;
    map.innerHTML = m.map;
    document.body.dataset.renders = String(++renders);
  });
  send({ type: 'ready' });
})();`;

/**
 * The webview page: the report's CSS under the editor's theme colours, the filter bar, the map
 * (filled in by each render) and the script. Only styles and a script carrying `nonce` run;
 * images only from the extension or `data:`; nothing is fetched.
 */
export function mapViewPage(options: { nonce: string; cspSource: string }): string {
  const { nonce, cspSource } = options;
  const csp = `default-src 'none'; style-src ${cspSource} 'nonce-${nonce}'; script-src 'nonce-${nonce}'; img-src ${cspSource} data:; font-src ${cspSource}`;
  return [
    '<!doctype html><html lang="en"><head><meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${csp.replace(/"/g, '')}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>Alignment Map</title><style nonce="${markup.escape(nonce)}">${REPORT_STYLE}${THEME_STYLE}</style></head><body>`,
    '<div class="toolbar" role="search">',
    '<select id="team" aria-label="Team"><option value="">All teams</option></select>',
    '<select id="objective" aria-label="Objective"><option value="">All objectives</option></select>',
    '<label><input type="checkbox" id="attention"> Needs attention</label>',
    '<input type="search" id="search" placeholder="Search id, title, owner, team" aria-label="Search">',
    '<button id="clear" type="button">Clear</button></div>',
    `<header><div id="status" class="muted"></div>${MAP_LEGEND}</header>`,
    '<main><div id="map" aria-live="polite"><p class="muted">Reading the plans…</p></div></main>',
    `<script nonce="${markup.escape(nonce)}">${SCRIPT}</script></body></html>`,
  ].join('');
}

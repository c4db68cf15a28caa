// The report's side of `npm run bench` (issue 15): `throughline report` (HTML and Markdown)
// against `throughline check` on the same workspace, run in turn in the same step as whole
// processes, on the bench's 2,000-plan workspace and on a deep one of another shape; and the
// Alignment Map in the language server over stdio: from an edit of a check-in to the map's
// new render in the answer to `throughline/mapView`.
import { mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { generateDeepWorkspace } from './generate-plans';
import { peakRssMb, startServer } from './lsp-bench';
import { timeProcess } from './process';
import { median, ms, percentile, type Row } from './stats';

/** A workspace the report is measured on, and the day it is read at. */
export interface ReportWorkspace {
  label: string;
  folder: string;
  today: string;
  /** The plan whose check-in the map benchmark edits (workspace-relative). */
  edited: string;
}

/** The deep workspace (`generateDeepWorkspace`), written under `work`. */
export function writeDeepWorkspace(work: string, plans: number): ReportWorkspace {
  const folder = join(work, 'deep');
  rmSync(folder, { recursive: true, force: true });
  for (const [path, text] of generateDeepWorkspace(plans)) {
    mkdirSync(dirname(join(folder, path)), { recursive: true });
    writeFileSync(join(folder, path), text);
  }
  return { label: `deep workspace of ${plans} plans (a cascade 4 plans deep, 12 check-ins and 5 initiatives a key result)`, folder, today: '2026-03-30', edited: 'teams/team-100.okr.md' };
}

const plus = (value: number): string => `${value >= 0 ? '+' : '−'}${ms(Math.abs(value))}`;

/**
 * `check`, the HTML report and the Markdown report, one after the other, `runs` times: each
 * figure is the median of its runs, and the three shared the machine's state as evenly as can be.
 */
function reportRows(root: string, work: string, space: ReportWorkspace, runs: number): Row[] {
  const cli = join(root, 'bin', 'throughline.js');
  const html = join(work, `report-${space.today}.html`);
  const markdown = join(work, `report-${space.today}.md`);
  const commands = {
    check: [cli, 'check', '--format', 'json', '--today', space.today, '.'],
    html: [cli, 'report', '--today', space.today, '--out', html, '.'],
    markdown: [cli, 'report', '--format', 'markdown', '--today', space.today, '--out', markdown, '.'],
  };
  const samples = { check: [] as { ms: number; rssMb: number }[], html: [] as { ms: number; rssMb: number }[], markdown: [] as { ms: number; rssMb: number }[] };
  for (let i = 0; i < runs; i++) for (const name of ['check', 'html', 'markdown'] as const) samples[name].push(timeProcess(commands[name], space.folder));
  const figure = (name: keyof typeof samples) => ({ ms: median(samples[name].map((s) => s.ms)), rssMb: Math.max(...samples[name].map((s) => s.rssMb)) });
  const check = figure('check');
  const row = (name: 'html' | 'markdown', what: string, out: string): Row => {
    const f = figure(name);
    return {
      what: `${what} · ${space.label} (peak RSS; output size)`,
      throughline: `${ms(f.ms)} (${f.rssMb.toFixed(0)} MB; ${(statSync(out).size / 1e6).toFixed(1)} MB)`,
      ratio: `${plus(f.ms - check.ms)} vs check (${ms(check.ms)}, ${check.rssMb.toFixed(0)} MB), median of ${runs}`,
      target: '≤ check + 0.5 s',
    };
  };
  return [row('html', '`throughline report` (HTML)', html), row('markdown', '`throughline report --format markdown`', markdown)];
}

/** A check-in line's value: its first digit, which the benchmark turns into another one and back. */
const CHECK_IN_VALUE = /^(\s*- \d{4}-\d{2}-\d{2}: )\d/;

interface MapAnswer {
  type: string;
  map?: string;
}

/**
 * The Alignment Map on a workspace, as VS Code drives it (pull diagnostics): the first render,
 * then, filtered to one team, `edits` edits of the latest check-in of that team's first key
 * result, each timed from `didChange` to the answer to the `refresh` that
 * `throughline/plansChanged` brings on (the editor asks as soon as it hears).
 */
async function mapRows(root: string, space: ReportWorkspace, edits: number): Promise<Row[]> {
  const server = await startServer(root);
  const folderUri = pathToFileURL(space.folder).href;
  await server.connection.sendRequest('initialize', {
    processId: process.pid,
    rootUri: folderUri,
    workspaceFolders: [{ uri: folderUri, name: 'bench' }],
    initializationOptions: { today: space.today },
    capabilities: { textDocument: { diagnostic: { dynamicRegistration: false } }, workspace: { diagnostics: { refreshSupport: true } } },
  });
  server.connection.onRequest('workspace/diagnostic/refresh', () => null);
  await server.connection.sendNotification('initialized', {});
  const ask = (params: unknown) => server.connection.sendRequest('throughline/mapView', params) as Promise<MapAnswer>;

  const opening = performance.now();
  const first = await ask({ type: 'ready' });
  const opened = performance.now() - opening;

  const file = join(space.folder, space.edited);
  const uri = pathToFileURL(file).href;
  const lines = readFileSync(file, 'utf8').split('\n');
  const team = /^team: (.+)$/m.exec(lines.join('\n'))![1]!;
  let line = lines.findIndex((l) => CHECK_IN_VALUE.test(l));
  while (CHECK_IN_VALUE.test(lines[line + 1] ?? '')) line++;
  const character = CHECK_IN_VALUE.exec(lines[line]!)![1]!.length;
  await ask({ type: 'filter', filter: { team } });
  await server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'okr', version: 1, text: lines.join('\n') } });

  let onChange: (() => void) | undefined;
  server.connection.onNotification('throughline/plansChanged', () => onChange?.());
  const settled = (): Promise<void> => new Promise((resolve) => (onChange = resolve));
  const total: number[] = [];
  const refresh: number[] = [];
  const sizes: number[] = [];
  let previous = first.map;
  let unchanged = 0;
  for (let version = 2; version < edits + 2; version++) {
    const done = settled();
    const start = performance.now();
    await server.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri, version },
      contentChanges: [{ range: { start: { line, character }, end: { line, character: character + 1 } }, text: version % 2 ? '1' : '2' }],
    });
    await done;
    const asked = performance.now();
    const answer = await ask({ type: 'refresh' });
    const end = performance.now();
    total.push(end - start);
    refresh.push(end - asked);
    sizes.push(JSON.stringify(answer).length);
    if (answer.map === previous) unchanged++;
    previous = answer.map;
  }
  const rss = peakRssMb(server.child.pid);
  await server.close();
  if (unchanged) throw new Error(`the map did not change after ${unchanged} of ${edits} edits`);
  return [
    { what: `Alignment Map · first render · ${space.label}`, throughline: ms(opened) },
    {
      what: `Alignment Map · edit of a check-in → new render received (p50 / p95 of ${edits}; answer size)`,
      throughline: `${ms(median(total))} / ${ms(percentile(total, 95))} (${(median(sizes) / 1024).toFixed(0)} KB)`,
      target: '≤ 300 ms',
    },
    { what: '· of which the `refresh` request after `plansChanged` (p50 / p95)', throughline: `${ms(median(refresh))} / ${ms(percentile(refresh, 95))}` },
    { what: '· language server peak RSS', throughline: `${rss.toFixed(0)} MB` },
  ];
}

export async function measureReport(options: { root: string; work: string; spaces: ReportWorkspace[]; quick: boolean }): Promise<Row[]> {
  const rows: Row[] = [];
  for (const space of options.spaces) rows.push(...reportRows(options.root, options.work, space, options.quick ? 1 : 5));
  for (const space of options.spaces) rows.push(...(await mapRows(options.root, space, options.quick ? 5 : 20)));
  return rows;
}

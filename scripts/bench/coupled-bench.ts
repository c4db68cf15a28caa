// The coupled cases of `npm run bench` (issue 13, point 6): a company plan with 2,000 team
// plans cascading from it, a plan whose objective text 200+ plans share, 2,000 unrelated
// plans, and 20,000 plans (ten organisations side by side). The server is driven over stdio
// as lsp-bench.ts does; `throughline check` and markdownlint run as whole processes.
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { generateCoupledWorkspace, generateDeepWorkspace, SHARED_OBJECTIVE, type CoupledWorkspace } from './generate-plans';
import { initialize, peakRssMb, startServer, type Server } from './lsp-bench';
import { repeat, timeProcess } from './process';
import { median, ms, percentile, type Row } from './stats';

const TODAY = '2026-02-02';
/** A typist's pace: a key every 150 ms (about 80 words a minute), or later when the server is slower. */
const CADENCE_MS = 150;
/** What is typed, then erased key by key, on a key result's line. */
const WORD = ' within the quarter';
/** Give up waiting for a notification after this long (the row then says so). */
const TIMEOUT_MS = 180_000;

const began = performance.now();
/** Progress on stderr (the table goes to stdout): these cases take minutes. */
const step = (what: string) => console.error(`[coupled ${((performance.now() - began) / 1000).toFixed(1)} s] ${what}`);

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, Math.max(0, ms)));

interface Options {
  root: string;
  work: string;
  quick: boolean;
  /** Which cases to run (`company`, `shared`, `none`, `deep`, `many`, `corpus`); every case when empty. */
  cases: string[];
}

function writeWorkspace(dir: string, files: Map<string, string>): string[] {
  rmSync(dir, { recursive: true, force: true });
  const paths: string[] = [];
  for (const [path, text] of files) {
    const file = join(dir, path);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, text);
    paths.push(file);
  }
  writeFileSync(`${dir}-files.txt`, paths.join('\n'));
  return paths;
}

/**
 * Publications and queue-empty notices of a server, numbered in arrival order.
 * `throughline/plansChanged` follows every flush that empties the server's queue: the edited
 * plan and every dependent are then checked and published. Both are recorded as they arrive,
 * so a notice that came before anyone waited for it is not missed.
 */
interface Watch {
  /** Resolves with the arrival (time and number) of the diagnostics of `uri` at `version` or later. */
  diagnosticsAt(uri: string, version: number): Promise<{ at: number; seq: number }>;
  /** Resolves with the time of the first queue-empty notice numbered after `seq`. */
  settledAfter(seq: number): Promise<number>;
}

function watch(server: Server): Watch {
  let seq = 0;
  const settles: { at: number; seq: number }[] = [];
  const waiters: { after: number; resolve: (at: number) => void }[] = [];
  server.connection.onNotification('throughline/plansChanged', () => {
    const notice = { at: performance.now(), seq: ++seq };
    settles.push(notice);
    for (const waiter of waiters.filter((w) => w.after < notice.seq)) {
      waiters.splice(waiters.indexOf(waiter), 1);
      waiter.resolve(notice.at);
    }
  });
  server.onDiagnostics(() => void ++seq);
  return {
    diagnosticsAt: (uri, version) =>
      new Promise((resolve) => {
        const stop = server.onDiagnostics((params) => {
          // Listeners run in order: the counter above has already numbered this publication.
          if (params.uri === uri && (params.version === undefined || params.version >= version)) {
            stop();
            resolve({ at: performance.now(), seq });
          }
        });
      }),
    settledAfter: (after) =>
      new Promise((resolve) => {
        const done = settles.find((s) => s.seq > after);
        if (done) resolve(done.at);
        else waiters.push({ after, resolve });
      }),
  };
}

/** A server on `dir` once `initialize` is answered, and the time from then until every plan's diagnostics arrived. */
async function coldServer(root: string, dir: string, plans: number): Promise<{ server: Server; watcher: Watch; up: number; allDiagnosed: Promise<number> }> {
  const server = await startServer(root);
  const watcher = watch(server);
  const seen = new Set<string>();
  let up = 0;
  let resolveAll: (ms: number) => void;
  const allDiagnosed = new Promise<number>((resolve) => (resolveAll = resolve));
  const stop = server.onDiagnostics((params) => {
    seen.add(params.uri);
    if (seen.size < plans) return;
    stop();
    resolveAll(performance.now() - up);
  });
  await initialize(server, dir);
  up = performance.now();
  return { server, watcher, up, allDiagnosed };
}

/** NaN after `ms` (the row then shows NaN); the timer does not keep the bench alive. */
const timeout = (ms: number) => new Promise<number>((resolve) => setTimeout(() => resolve(NaN), ms).unref());

/** An open document the bench edits. */
interface Doc {
  uri: string;
  lines: string[];
  version: number;
}

/** Opens `file`; resolves with it once its diagnostics and every plan its opening queued are published. */
async function open(server: Server, watcher: Watch, file: string): Promise<Doc> {
  const text = readFileSync(file, 'utf8');
  const doc = { uri: pathToFileURL(file).href, lines: text.split('\n'), version: 1 };
  const opened = watcher.diagnosticsAt(doc.uri, 1);
  await server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: doc.uri, languageId: 'okr', version: 1, text } });
  await Promise.race([watcher.settledAfter((await opened).seq), timeout(TIMEOUT_MS)]);
  return doc;
}

/** Replaces `from` on `line` with `to`; resolves with the edit's own diagnostics time and the time the server's queue emptied after them. */
async function replaceOnLine(server: Server, watcher: Watch, doc: Doc, line: number, from: string, to: string): Promise<{ self: number; settled: number }> {
  const character = doc.lines[line]!.indexOf(from);
  if (character < 0) throw new Error(`"${from}" is not on line ${line} of ${doc.uri}`);
  doc.version++;
  doc.lines[line] = doc.lines[line]!.slice(0, character) + to + doc.lines[line]!.slice(character + from.length);
  const own = watcher.diagnosticsAt(doc.uri, doc.version);
  const start = performance.now();
  await server.connection.sendNotification('textDocument/didChange', {
    textDocument: { uri: doc.uri, version: doc.version },
    contentChanges: [{ range: { start: { line, character }, end: { line, character: character + from.length } }, text: to }],
  });
  const self = await own;
  // Notifications arrive in order: the first queue-empty after the edit's own diagnostics closes this burst.
  const settled = await Promise.race([watcher.settledAfter(self.seq), timeout(TIMEOUT_MS)]);
  return { self: self.at - start, settled: settled - start };
}

/**
 * Types `keys` keys on `line` (WORD, then backspaces), one every CADENCE_MS or once the
 * previous key's diagnostics and request are answered if later; after each key a
 * `textDocument/documentSymbol` is sent at once. Returns both latencies per key.
 */
async function typeOn(server: Server, watcher: Watch, doc: Doc, line: number, keys: number): Promise<{ diagnostics: number[]; request: number[] }> {
  const diagnostics: number[] = [];
  const request: number[] = [];
  let last = 0;
  for (let key = 0; key < keys; key++) {
    const end = doc.lines[line]!.length;
    const phase = key % (2 * WORD.length);
    const insert = phase < WORD.length;
    const range = insert ? { start: { line, character: end }, end: { line, character: end } } : { start: { line, character: end - 1 }, end: { line, character: end } };
    const text = insert ? WORD[phase]! : '';
    doc.lines[line] = insert ? doc.lines[line]! + text : doc.lines[line]!.slice(0, -1);
    doc.version++;
    const own = watcher.diagnosticsAt(doc.uri, doc.version).then((d) => ((last = d.seq), d.at));
    const start = performance.now();
    await server.connection.sendNotification('textDocument/didChange', { textDocument: { uri: doc.uri, version: doc.version }, contentChanges: [{ range, text }] });
    const answered = server.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri: doc.uri } }).then(() => performance.now());
    const [diagnosed, symbols] = await Promise.all([own, answered]);
    diagnostics.push(diagnosed - start);
    request.push(symbols - start);
    await sleep(CADENCE_MS - (performance.now() - start));
  }
  // The dependents of the last keys are still being re-checked: wait for them, so the next measurement starts idle.
  await Promise.race([watcher.settledAfter(last), timeout(TIMEOUT_MS)]);
  return { diagnostics, request };
}

/** A line in the middle of the plan holding a key result. */
function krLine(lines: string[]): number {
  const middle = Math.floor(lines.length / 2);
  const line = lines.findIndex((l, i) => i >= middle && /^(### |- )KR\d/.test(l));
  return line >= 0 ? line : lines.findIndex((l) => /^(### |- )KR\d/.test(l));
}

const p50p95 = (values: number[]) => `${ms(median(values))} / ${ms(percentile(values, 95))}`;
const fraction = (part: number, whole: number) => (part > 0 ? `1/${(whole / part).toFixed(whole / part < 10 ? 1 : 0)}` : '—');

/** Typing rows shared by the cases: edit → diagnostics against markdownlint on the same plan, and the request sent after each key. */
function typingRows(label: string, typing: { diagnostics: number[]; request: number[] }, lint: { ms: number }): Row[] {
  const p50 = median(typing.diagnostics);
  const p95 = percentile(typing.diagnostics, 95);
  return [
    {
      what: `${label} · typing on a KR line: edit → that plan's diagnostics (p50 / p95, ${typing.diagnostics.length} keys)`,
      throughline: p50p95(typing.diagnostics),
      markdownlint: `${ms(lint.ms)} (that plan)`,
      ratio: `p50 ${fraction(p50, lint.ms)}, p95 ${fraction(p95, lint.ms)} of markdownlint`,
      target: 'p50 ≤ 1/25, p95 ≤ 1/10 of markdownlint',
    },
    { what: `${label} · \`documentSymbol\` sent right after each key (p50 / p95)`, throughline: p50p95(typing.request), target: 'p95 ≤ 50 ms' },
  ];
}

function dependentsRow(label: string, samples: { self: number; settled: number }[]): Row {
  const self = samples.map((s) => s.self);
  const settled = samples.map((s) => s.settled);
  return {
    what: `${label}: that plan's diagnostics / every dependent re-checked and re-published (median, max of ${samples.length})`,
    throughline: `${ms(median(self))} / ${ms(median(settled))} (max ${ms(Math.max(...settled))})`,
    target: 'dependents ≤ 2 s',
  };
}

interface CaseResult {
  rows: Row[];
}

/** Case 1 and 2: cold start, typing on `target`, then `edits` (each applied and reverted) that dependents read. */
async function editCase(
  options: Options,
  label: string,
  dir: string,
  plans: number,
  target: string,
  change: { line: (lines: string[]) => number; from: string; to: string; what: string } | undefined,
): Promise<CaseResult> {
  const { root, quick } = options;
  step(`${label}: cold start`);
  const cold = await coldServer(root, dir, plans);
  const { server, watcher } = cold;
  const allDiagnosed = await cold.allDiagnosed;
  await sleep(300);
  step(`${label}: typing`);
  const file = join(dir, target);
  const doc = await open(server, watcher, file);
  const typing = await typeOn(server, watcher, doc, krLine(doc.lines), quick ? 30 : 100);
  const rows: Row[] = [{ what: `${label} · cold start: diagnostics for all ${plans} plans, from \`initialize\` answered`, throughline: ms(allDiagnosed) }];
  step(`${label}: markdownlint on ${target}`);
  const lint = repeat(quick ? 1 : 3, [join(root, 'scripts', 'bench', 'markdownlint-lint.mjs'), file], root);
  rows.push(...typingRows(label, typing, lint));
  if (change) {
    step(`${label}: ${change.what}`);
    const samples: { self: number; settled: number }[] = [];
    const line = change.line(doc.lines);
    for (let i = 0; i < (quick ? 1 : 3); i++) {
      samples.push(await replaceOnLine(server, watcher, doc, line, change.from, change.to));
      await sleep(300);
      samples.push(await replaceOnLine(server, watcher, doc, line, change.to, change.from));
      await sleep(300);
    }
    rows.push(dependentsRow(`${label} · ${change.what}`, samples));
  }
  rows.push({ what: `${label} · server peak RSS`, throughline: `${peakRssMb(server.child.pid).toFixed(0)} MB`, target: '≤ 300 MB' });
  await server.close();
  return { rows };
}

/** Case 4: ten organisations side by side. */
async function manyPlans(options: Options, orgs: number, teams: number): Promise<Row[]> {
  const { root, work, quick } = options;
  const dir = join(work, 'coupled-many');
  const files = new Map<string, string>();
  let firstOrg: CoupledWorkspace | undefined;
  for (let org = 0; org < orgs; org++) {
    const ws = generateCoupledWorkspace({ seed: 40 + org, teams, prefix: `org-${org}/` });
    firstOrg ??= ws;
    for (const [path, text] of ws.files) files.set(path, text);
  }
  writeWorkspace(dir, files);
  const megabytes = [...files.values()].reduce((sum, text) => sum + Buffer.byteLength(text), 0) / 1e6;
  const label = `${files.size} plans (${orgs} organisations of ${teams + 1}, ${megabytes.toFixed(0)} MB)`;

  step(`${label}: cold start`);
  const { server, watcher, up, allDiagnosed: all } = await coldServer(root, dir, files.size);
  // Definition on a team plan's `Parent:` (a company KR in another folder), asked until the server answers it.
  const team = join(dir, firstOrg!.teams.find((t) => (files.get(t)!.match(/\n/g)?.length ?? 0) > 200)!);
  const teamLines = readFileSync(team, 'utf8').split('\n');
  const parentLine = teamLines.findIndex((l) => l.startsWith('Parent:'));
  const teamUri = pathToFileURL(team).href;
  for (;;) {
    const answer = (await server.connection.sendRequest('textDocument/definition', { textDocument: { uri: teamUri }, position: { line: parentLine, character: teamLines[parentLine]!.length - 2 } })) as unknown[] | null;
    if (answer?.length) break;
    await new Promise((resolve) => setImmediate(resolve));
  }
  const navigation = performance.now() - up;
  const allDiagnosed = await all;
  const coldRss = peakRssMb(server.child.pid);
  await sleep(300);
  step(`${label}: typing on a company plan`);
  const doc = await open(server, watcher, join(dir, firstOrg!.company));
  const typing = await typeOn(server, watcher, doc, krLine(doc.lines), quick ? 10 : 30);
  const rss = peakRssMb(server.child.pid);
  await server.close();

  const cli = join(root, 'bin', 'throughline.js');
  step(`${label}: throughline check`);
  const check = timeProcess([cli, 'check', '--format', 'json', '--today', TODAY, '.'], dir);
  step(`${label}: markdownlint`);
  const lint = timeProcess([join(root, 'scripts', 'bench', 'markdownlint-lint.mjs'), `@${dir}-files.txt`], root);
  return [
    { what: `${label} · \`initialize\` answered → \`definition\` on a team plan's \`Parent:\` answered`, throughline: ms(navigation), target: '≤ 3 s' },
    {
      what: `${label} · diagnostics for all plans, from \`initialize\` answered`,
      throughline: ms(allDiagnosed),
      markdownlint: `${ms(lint.ms)} (${lint.rssMb.toFixed(0)} MB)`,
      ratio: `${(allDiagnosed / lint.ms).toFixed(2)}× markdownlint`,
      target: '≤ ¼ markdownlint',
    },
    { what: `${label} · server peak RSS: after all diagnostics / after typing on a company plan`, throughline: `${coldRss.toFixed(0)} MB / ${rss.toFixed(0)} MB`, target: '≤ 1.2 GB' },
    { what: `${label} · typing on a company KR line: edit → diagnostics / \`documentSymbol\` after each key (p50 / p95, ${typing.diagnostics.length} keys)`, throughline: `${p50p95(typing.diagnostics)} · ${p50p95(typing.request)}` },
    {
      what: `${label} · \`throughline check\` (peak RSS)`,
      throughline: `${ms(check.ms)} (${check.rssMb.toFixed(0)} MB)`,
      markdownlint: `${ms(lint.ms)} (${lint.rssMb.toFixed(0)} MB)`,
      ratio: `${(check.ms / lint.ms).toFixed(2)}× markdownlint`,
    },
  ];
}

export async function measureCoupled(options: Options): Promise<Row[]> {
  const { quick, cases } = options;
  const runs = (name: string) => cases.length === 0 || cases.includes(name);
  const teams = quick ? 500 : 2000;
  const sharedBy = quick ? 60 : 230;
  const rows: Row[] = [];
  if (runs('company')) rows.push(...(await companyCase(options, teams)));
  if (runs('shared')) rows.push(...(await sharedCase(options, teams, sharedBy)));
  if (runs('none')) rows.push(...(await aloneCase(options, teams)));
  if (runs('deep')) rows.push(...(await deepCase(options, teams)));
  if (runs('many')) rows.push(...(await manyPlans(options, 10, quick ? 200 : 2000)));
  if (runs('corpus')) rows.push(...(await corpusPlans(options, quick ? 200 : 2000)));
  return rows;
}

/** Case 1: a company plan with `teams` children. */
async function companyCase(options: Options, teams: number): Promise<Row[]> {
  const { work } = options;
  const rows: Row[] = [];
  const cascadeDir = join(work, 'coupled-company');
  const cascade = generateCoupledWorkspace({ seed: 1, teams });
  writeWorkspace(cascadeDir, cascade.files);
  const renamed = 'KR1.1';
  const naming = cascade.teams.filter((t) => new RegExp(`#${renamed.replace('.', '\\.')}$`, 'm').test(cascade.files.get(t)!)).length;
  const companyLabel = `company plan, ${teams} team plans cascading from it`;
  rows.push(
    ...(
      await editCase(options, companyLabel, cascadeDir, cascade.files.size, cascade.company, {
        line: (lines) => lines.findIndex((l) => l.startsWith(`### ${renamed}:`) || l.startsWith(`- ${renamed}:`)),
        from: renamed,
        to: 'KR1.9',
        what: `renaming a company KR id (${naming} plans name it) and back`,
      })
    ).rows,
  );
  rows.push(checkRow(options, companyLabel, cascadeDir));
  return rows;
}

/** `throughline check` on a 2,000-plan workspace, median of 3, with its peak RSS. */
function checkRow({ root, quick }: Options, label: string, dir: string): Row {
  step(`${label}: throughline check`);
  const check = repeat(quick ? 1 : 3, [join(root, 'bin', 'throughline.js'), 'check', '--format', 'json', '--today', TODAY, '.'], dir);
  return { what: `${label} · \`throughline check\` (peak RSS)`, throughline: `${ms(check.ms)} (${check.rssMb.toFixed(0)} MB)`, target: '≤ 250 MB' };
}

/** Case 2: a plan whose first objective is worded like `sharedBy - 1` others. */
async function sharedCase(options: Options, teams: number, sharedBy: number): Promise<Row[]> {
  const sharedDir = join(options.work, 'coupled-shared');
  const shared = generateCoupledWorkspace({ seed: 2, teams, shared: sharedBy });
  writeWorkspace(sharedDir, shared.files);
  const sharedTarget = shared.shared.find((t) => (shared.files.get(t)!.match(/\n/g)?.length ?? 0) >= 300) ?? shared.shared[0]!;
  const label = `plan whose objective ${sharedBy - 1} other plans share (of ${teams + 1})`;
  const rewording = { line: (lines: string[]) => lines.findIndex((l) => l.includes(SHARED_OBJECTIVE)), from: SHARED_OBJECTIVE, to: `${SHARED_OBJECTIVE} by March`, what: 'rewording the shared objective and back' };
  return (await editCase(options, label, sharedDir, shared.files.size, sharedTarget, rewording)).rows;
}

/** Case 3: unique objectives, no cascade: the baseline. */
async function aloneCase(options: Options, teams: number): Promise<Row[]> {
  const aloneDir = join(options.work, 'coupled-none');
  const alone = generateCoupledWorkspace({ seed: 3, teams, cascade: false });
  writeWorkspace(aloneDir, alone.files);
  const aloneTarget = alone.teams.find((t) => (alone.files.get(t)!.match(/\n/g)?.length ?? 0) >= 300) ?? alone.teams[0]!;
  return (await editCase(options, `${teams + 1} plans, unique objectives, no cascade`, aloneDir, alone.files.size, aloneTarget, undefined)).rows;
}

/**
 * Case 3b: a cascade four plans deep (company → 8 divisions → 64 groups → teams), as
 * `generateDeepWorkspace` writes it for the review bench: a company key result's readers are
 * divisions, whose own readers are groups and so on, so an edit's dependents are a tree, not a fan.
 */
async function deepCase(options: Options, plans: number): Promise<Row[]> {
  const dir = join(options.work, 'coupled-deep');
  const files = generateDeepWorkspace(plans);
  writeWorkspace(dir, files);
  const company = [...files.keys()].find((path) => path.startsWith('company/'))!;
  const renamed = 'KR1.1';
  const naming = [...files.values()].filter((text) => text.includes(`company.okr.md#${renamed}\n`)).length;
  const label = `company plan atop a cascade 4 plans deep (${files.size} plans)`;
  const rows = (
    await editCase(options, label, dir, files.size, company, {
      line: (lines) => lines.findIndex((l) => l.startsWith(`### ${renamed}:`)),
      from: renamed,
      to: 'KR1.9',
      what: `renaming a company KR id (${naming} division plans name it) and back`,
    })
  ).rows;
  rows.push(checkRow(options, label, dir));
  return rows;
}

/**
 * Case 5: plans written as organisations write them, not as the generator does: each plan is
 * four published plans of `test/corpus` (and `examples/`) one after the other, their lines
 * marked with a word of its own so that no two plans share a title: tables, bold labels,
 * ordered lists, rules and HTML, and lines every one of which is its own string; their `Parent:`
 * paths name plans that are not there (the same few in every plan).
 */
async function corpusPlans(options: Options, count: number): Promise<Row[]> {
  const { root, work } = options;
  const dir = join(work, 'coupled-corpus');
  const files = corpusShapedWorkspace(root, count);
  writeWorkspace(dir, files);
  const megabytes = [...files.values()].reduce((sum, text) => sum + Buffer.byteLength(text), 0) / 1e6;
  const label = `${files.size} plans made of published ones (${megabytes.toFixed(0)} MB)`;
  step(`${label}: cold start`);
  const { server, allDiagnosed: all } = await coldServer(root, dir, files.size);
  const allDiagnosed = await all;
  const serverRss = peakRssMb(server.child.pid);
  await server.close();
  step(`${label}: throughline check`);
  const check = timeProcess([join(root, 'bin', 'throughline.js'), 'check', '--format', 'json', '--today', TODAY, '.'], dir);
  step(`${label}: markdownlint`);
  const lint = timeProcess([join(root, 'scripts', 'bench', 'markdownlint-lint.mjs'), `@${dir}-files.txt`], root);
  const versus = (ours: number) => ({ markdownlint: `${ms(lint.ms)} (${lint.rssMb.toFixed(0)} MB)`, ratio: `${(ours / lint.ms).toFixed(2)}× markdownlint` });
  return [
    { what: `${label} · diagnostics for all plans, from \`initialize\` answered`, throughline: ms(allDiagnosed), ...versus(allDiagnosed) },
    { what: `${label} · server peak RSS`, throughline: `${serverRss.toFixed(0)} MB` },
    { what: `${label} · \`throughline check\` (peak RSS)`, throughline: `${ms(check.ms)} (${check.rssMb.toFixed(0)} MB)`, ...versus(check.ms) },
  ];
}

const PARENT_LINE = /^\s*(?:[-*+]\s+)?(?:\*\*)?parent\b/i;

/** `count` plans, each four published plans in a row (front matter kept on the first only), every longer line marked with the plan's own word. */
function corpusShapedWorkspace(root: string, count: number): Map<string, string> {
  const sources = [join(root, 'test', 'corpus'), join(root, 'examples')]
    .flatMap((folder) => readdirSync(folder, { recursive: true, encoding: 'utf8' }).map((path) => join(folder, path)))
    .filter((path) => path.endsWith('.okr.md'))
    .sort()
    .map((path) => readFileSync(path, 'utf8'));
  const body = (text: string) => text.replace(/^\uFEFF?---\r?\n[\s\S]*?\r?\n---\r?\n/, '');
  const files = new Map<string, string>();
  for (let i = 0; i < count; i++) {
    const word = planWord(i);
    const parts = [0, 7, 13, 29].map((step, k) => sources[(i * step + k * 3) % sources.length]!);
    const frontMatter = parts[0]!.slice(0, parts[0]!.length - body(parts[0]!).length);
    const text = parts.map(body).join('\n\n');
    // Lines that are table rows, rules or fences stay as they are, and so do the front matter and `Parent:` lines: a word after a path names no plan.
    const marked = text.split('\n').map((line) => (line.length > 20 && !/^\s*(?:\||---|```|\.\.\.)/.test(line) && !PARENT_LINE.test(line) ? `${line} ${word}` : line));
    files.set(`org-${i % 10}/unit-${Math.floor(i / 100) % 20}/plan-${i}.okr.md`, frontMatter + marked.join('\n'));
  }
  return files;
}

/** A word of letters only, one per plan (digits would read as quantities). */
function planWord(i: number): string {
  let word = '';
  for (let n = i; ; n = Math.floor(n / 26) - 1) {
    word = String.fromCharCode(97 + (n % 26)) + word;
    if (n < 26) break;
  }
  return `zq${word}`;
}

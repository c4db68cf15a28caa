// Runs inside VS Code's extension host (code-server), through the `vscode` API, over a copy
// of examples/ (plus `notes/`, a plain Markdown plan that a `.okrrc.json` `files` glob names) with
// `throughline.today` pinned to 2026-02-02. Exported `run()` is what
// `extensionTestsPath` loads; a rejected promise makes the test run fail.
import * as vscode from 'vscode';
import * as assert from 'node:assert/strict';
import type { ThroughlineApi } from '../../../client/src/extension';

const tests: [string, () => Promise<void>][] = [];
const test = (name: string, body: () => Promise<void>): void => void tests.push([name, body]);

const root = (): vscode.Uri => vscode.workspace.workspaceFolders![0]!.uri;
const file = (path: string): vscode.Uri => vscode.Uri.joinPath(root(), path);
const ONBOARDING = 'teams/onboarding.okr.md';
const COMPANY = 'company/2026-Q1.okr.md';
const NOTES_PLAN = 'notes/support.md';

const api = (): ThroughlineApi => vscode.extensions.getExtension<ThroughlineApi>('throughline.throughline')!.exports;

/** Rejects after `ms` with `message`, so a missing event fails the test instead of hanging it. */
function within<T>(promise: Thenable<T>, ms: number, message: string): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(message)), ms);
    promise.then(
      (value) => (clearTimeout(timer), resolve(value)),
      (error: unknown) => (clearTimeout(timer), reject(error)),
    );
  });
}

/** The open document for `uri` once its language is `languageId` (it may change after opening). */
function documentInLanguage(uri: vscode.Uri, languageId: string): Promise<vscode.TextDocument> {
  const current = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString() && d.languageId === languageId);
  if (current) return Promise.resolve(current);
  return within(
    new Promise<vscode.TextDocument>((resolve) => {
      const subscription = vscode.workspace.onDidOpenTextDocument((d) => {
        if (d.uri.toString() !== uri.toString() || d.languageId !== languageId) return;
        subscription.dispose();
        resolve(d);
      });
    }),
    20_000,
    `${uri.path} never became ${languageId}`,
  );
}

async function open(path: string): Promise<vscode.TextEditor> {
  return vscode.window.showTextDocument(await vscode.workspace.openTextDocument(file(path)));
}

function lineOf(document: vscode.TextDocument, needle: string): number {
  for (let i = 0; i < document.lineCount; i++) if (document.lineAt(i).text.includes(needle)) return i;
  throw new Error(`"${needle}" not in ${document.uri.path}`);
}

/** Resolves once `check` holds, re-checking on every diagnostics change (no sleeping). */
function waitForDiagnostics(uri: vscode.Uri, check: (d: readonly vscode.Diagnostic[]) => boolean, timeoutMs = 30_000): Promise<readonly vscode.Diagnostic[]> {
  return new Promise((resolve, reject) => {
    const done = (): boolean => {
      const diagnostics = vscode.languages.getDiagnostics(uri);
      if (!check(diagnostics)) return false;
      subscription.dispose();
      clearTimeout(timer);
      resolve(diagnostics);
      return true;
    };
    const subscription = vscode.languages.onDidChangeDiagnostics(() => void done());
    const timer = setTimeout(() => {
      subscription.dispose();
      reject(new Error(`diagnostics for ${uri.path} never matched: ${JSON.stringify(vscode.languages.getDiagnostics(uri).map((d) => d.code))}`));
    }, timeoutMs);
    done();
  });
}

const codeOf = (d: vscode.Diagnostic): string => String(typeof d.code === 'object' ? d.code.value : d.code);

async function hoverText(uri: vscode.Uri, position: vscode.Position): Promise<string> {
  const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, position);
  return hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');
}

test('publishes the plan’s diagnostics with codes and ranges', async () => {
  const editor = await open(ONBOARDING);
  const doc = editor.document;
  const diagnostics = await waitForDiagnostics(doc.uri, (d) => d.some((x) => codeOf(x) === 'OKR502'));
  const found = diagnostics.map((d) => `${codeOf(d)}@${d.range.start.line}:${d.range.start.character}`).sort();
  const due = lineOf(doc, 'Due: 2026-01-30');
  const objective = lineOf(doc, 'Objective O2:');
  assert.ok(found.includes(`OKR502@${due}:0`), found.join(' '));
  assert.ok(found.includes(`OKR302@${objective}:3`), found.join(' '));
  const task = diagnostics.find((d) => codeOf(d) === 'OKR402')!;
  assert.equal(task.range.start.line, lineOf(doc, 'KR2.1: Launch'));
  assert.equal(task.source, 'throughline');
});

test('hovers a KR with its chain and a diagnostic with the rule’s explanation', async () => {
  const doc = (await open(ONBOARDING)).document;
  const kr = await hoverText(doc.uri, new vscode.Position(lineOf(doc, '### KR1.1:'), 6));
  assert.match(kr, /Help first-time business owners understand their cash flow/);
  assert.match(kr, /Reduce time-to-first-value from 10 days to 5 days/);
  const onDiagnostic = await hoverText(doc.uri, new vscode.Position(lineOf(doc, 'Objective O2:'), 10));
  assert.match(onDiagnostic, /OKR302 objective-is-task/);
  assert.match(onDiagnostic, /Why it matters/);
});

test('goes to the definition of a Parent on the company KR', async () => {
  const doc = (await open(ONBOARDING)).document;
  const line = lineOf(doc, 'Parent: ../company/2026-Q1.okr.md#KR1.2');
  const targets = await vscode.commands.executeCommand<(vscode.Location | vscode.LocationLink)[]>('vscode.executeDefinitionProvider', doc.uri, new vscode.Position(line, doc.lineAt(line).text.length - 2));
  assert.equal(targets.length, 1);
  const target = targets[0]!;
  const uri = 'targetUri' in target ? target.targetUri : target.uri;
  const range = 'targetSelectionRange' in target ? target.targetSelectionRange! : (target as vscode.Location).range;
  const company = await vscode.workspace.openTextDocument(file(COMPANY));
  assert.equal(uri.toString(), company.uri.toString());
  assert.equal(range.start.line, lineOf(company, '### KR1.2:'));
});

test('Go to Parent walks initiative → KR → objective → company KR → objective → mission', async () => {
  const editor = await open(ONBOARDING);
  const start = lineOf(editor.document, 'Initiative: Rebuild the onboarding checklist');
  editor.selection = new vscode.Selection(start, 0, start, 0);
  const company = await vscode.workspace.openTextDocument(file(COMPANY));
  const expected = [
    [ONBOARDING, lineOf(editor.document, '### KR1.1:')],
    [ONBOARDING, lineOf(editor.document, 'Objective O1:')],
    [COMPANY, lineOf(company, '### KR1.2:')],
    [COMPANY, lineOf(company, 'Objective O1:')],
    [COMPANY, lineOf(company, '# Mission:')],
  ] as const;
  for (const [path, line] of expected) {
    await vscode.commands.executeCommand('throughline.goToParent');
    const active = vscode.window.activeTextEditor!;
    assert.ok(active.document.uri.path.endsWith(path), `${active.document.uri.path} should be ${path}`);
    assert.equal(active.selection.active.line, line);
  }
});

test('shows one code lens per objective and key result', async () => {
  const doc = (await open(ONBOARDING)).document;
  const lenses = await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', doc.uri);
  const lines = lenses.map((l) => l.range.start.line);
  assert.deepEqual(lines, [lineOf(doc, 'Objective O1:'), lineOf(doc, '### KR1.1:'), lineOf(doc, '### KR1.2:'), lineOf(doc, 'Objective O2:'), lineOf(doc, '### KR2.1:')]);
  assert.match(lenses[1]!.command!.title, /^\d+% · 2 initiatives$/);
});

test('completes ids and paths in a Parent value', async () => {
  const doc = (await open(ONBOARDING)).document;
  const line = lineOf(doc, 'Parent: ../company/2026-Q1.okr.md#KR1.2');
  const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', doc.uri, new vscode.Position(line, doc.lineAt(line).text.length));
  const labels = list.items.map((i) => (typeof i.label === 'string' ? i.label : i.label.label));
  assert.ok(labels.includes('../company/2026-Q1.okr.md#KR1.1'), labels.slice(0, 20).join(' '));
  // Only what an objective may name: never a key result of its own plan, nor a bare id that would resolve to one.
  assert.ok(!labels.includes('KR1.1'), labels.slice(0, 20).join(' '));
  assert.ok(list.items.every((i) => /^(mission|objective|key result) — /.test(i.detail ?? '')), list.items.map((i) => i.detail).join(' | '));
});

test('treats a plain Markdown file named by the config’s `files` glob as a plan', async () => {
  await open(NOTES_PLAN);
  const doc = await documentInLanguage(file(NOTES_PLAN), 'okr');
  const diagnostics = await waitForDiagnostics(doc.uri, (d) => d.some((x) => codeOf(x) === 'OKR303'));
  assert.deepEqual(
    diagnostics.filter((d) => codeOf(d) === 'OKR303').map((d) => d.range.start.line),
    [lineOf(doc, '### KR1.2:')],
  );
  const editor = await vscode.window.showTextDocument(doc);
  const objective = lineOf(doc, 'Objective O1:');
  editor.selection = new vscode.Selection(objective, 0, objective, 0);
  await vscode.commands.executeCommand('throughline.goToParent');
  const active = vscode.window.activeTextEditor!;
  assert.ok(active.document.uri.path.endsWith(COMPANY), active.document.uri.path);
  assert.equal(active.selection.active.line, lineOf(active.document, '### KR1.2:'));
});

test('shows every mission at the top of the alignment view, its title cut to fit and whole in the tooltip', async () => {
  const roots = await api().alignmentRoots();
  assert.deepEqual(roots.map((r) => r.label), ['Mission: Help first-time…']);
  assert.equal(roots[0]!.description, '@dana');
  assert.match(roots[0]!.tooltip, /^Mission: Help first-time business owners understand their cash flow with confidence\n[^]*company\/2026-Q1\.okr\.md$/);
});

test('restarts the server after it crashes, and features answer again', async () => {
  const before = api().serverPid();
  assert.ok(before, 'the server runs');
  const restarted = new Promise<void>((resolve) => {
    const subscription = api().onDidStartServer(() => {
      subscription.dispose();
      resolve();
    });
  });
  process.kill(before, 'SIGKILL');
  await within(restarted, 30_000, 'the server was not restarted');
  assert.notEqual(api().serverPid(), before);
  const doc = (await open(ONBOARDING)).document;
  const kr = await hoverText(doc.uri, new vscode.Position(lineOf(doc, '### KR1.1:'), 6));
  assert.match(kr, /Reduce time-to-first-value from 10 days to 5 days/);
});

// Last: it adds a plan (and a mission) to the workspace.
test('Start Next Quarter’s Plan writes the next period’s plan beside the open one, with no errors', async () => {
  await open(COMPANY);
  await vscode.commands.executeCommand('throughline.startNextPeriod');
  const doc = vscode.window.activeTextEditor!.document;
  assert.equal(doc.uri.path, file('company/2026-Q2.okr.md').path);
  const text = doc.getText();
  assert.match(text, /^period: 2026-Q2$/m);
  assert.match(text, /### KR1\.2: Reduce time-to-first-value from 8 days to 5 days/);
  assert.doesNotMatch(text, /^- 2026-\d\d-\d\d:/m);
  // Its key results have no team work under them yet (hints); none of its findings is an error.
  const diagnostics = await waitForDiagnostics(doc.uri, (d) => d.some((x) => codeOf(x) === 'OKR501'));
  assert.deepEqual(diagnostics.filter((d) => d.severity === vscode.DiagnosticSeverity.Error).map((d) => d.message), []);
});

export async function run(): Promise<void> {
  const extension = vscode.extensions.getExtension<ThroughlineApi>('throughline.throughline');
  assert.ok(extension, 'the Throughline extension is loaded');
  await extension.activate();
  const failures: string[] = [];
  for (const [name, body] of tests) {
    try {
      await body();
      console.log(`  ✔ ${name}`);
    } catch (error) {
      failures.push(name);
      console.log(`  ✘ ${name}\n    ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    }
  }
  console.log(`${tests.length - failures.length} passed, ${failures.length} failed`);
  if (failures.length) throw new Error(`${failures.length} of ${tests.length} tests failed`);
}

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CodeAction, CodeLens, CompletionItem, CompletionList, DocumentSymbol, FoldingRange, Hover, Location, LocationLink, SymbolInformation, WorkspaceEdit } from 'vscode-languageserver-protocol';
import { CLI, TestClient, copyWorkspace, lineOf, positionOf, uriOf } from './client';

const TODAY = '2026-02-02';

describe('language server over stdio', () => {
  let client: TestClient;
  let company: string;
  let onboarding: string;
  let bookkeepers: string;

  beforeAll(async () => {
    expect(existsSync(CLI), 'run `npm run build` first (npm test does)').toBe(true);
    client = await TestClient.start(copyWorkspace('cascade'));
    company = join(client.folder, 'company', '2026-Q1.okr.md');
    onboarding = join(client.folder, 'teams', 'onboarding.okr.md');
    bookkeepers = join(client.folder, 'teams', 'bookkeepers.okr.md');
    const init = (await client.initialize({ today: TODAY })) as { capabilities: Record<string, unknown> };
    expect(init.capabilities).toMatchObject({ hoverProvider: true, definitionProvider: true, renameProvider: { prepareProvider: true } });
  });
  afterAll(() => client.close());

  const at = (file: string, needle: string, offset = 0) => ({ textDocument: { uri: uriOf(file) }, position: positionOf(file, needle, offset) });

  it('publishes diagnostics for every plan of the workspace, not only open ones', async () => {
    const diagnostics = await client.waitForDiagnostics(uriOf(company));
    expect(diagnostics.diagnostics.map((d) => [d.code, d.range.start.line])).toEqual([['OKR501', lineOf(company, 'KR1.2:')]]);
    const [hint] = diagnostics.diagnostics;
    expect(hint).toMatchObject({ source: 'throughline', severity: 4, codeDescription: { href: expect.stringContaining('okr501-kr-without-initiatives') } });
    // Clean plans are announced once, with no diagnostics.
    expect((await client.waitForDiagnostics(uriOf(onboarding))).diagnostics).toEqual([]);
    expect((await client.waitForDiagnostics(uriOf(bookkeepers))).diagnostics).toEqual([]);
  });

  it('explains a diagnostic on hover, and shows a node’s chain', async () => {
    const onHint = await client.request<Hover>('textDocument/hover', at(company, 'Cut reconciliation'));
    const text = (onHint.contents as { value: string }).value;
    expect(text).toContain('OKR501 kr-without-initiatives');
    expect(text).toContain('Why it matters');
    expect(text).not.toContain('No initiative or cascaded objective works toward this key result');
    const onKr = await client.request<Hover>('textDocument/hover', at(onboarding, 'Reduce time from signup'));
    const card = (onKr.contents as { value: string }).value;
    expect(card).toContain('Help first-time business owners');
    expect(card).toContain('`KR1.1` Reduce time-to-first-value');
    expect(card).toContain('**Owner:** @lee');
    expect(card).toContain('**Progress:** 50%');
    expect(card).toContain('1 initiative');
  });

  it('hovers a Parent value with its target and a field key with its meaning', async () => {
    const parent = await client.request<Hover>('textDocument/hover', at(onboarding, '#KR1.1', 2));
    expect((parent.contents as { value: string }).value).toContain('Reduce time-to-first-value from 10 days to 5 days');
    const key = await client.request<Hover>('textDocument/hover', at(onboarding, 'Status: in progress', 2));
    expect((key.contents as { value: string }).value).toContain('`not started` · `in progress` · `done`');
  });

  it('goes to the definition of a Parent across plans, also through a Markdown link', async () => {
    const links = await client.request<LocationLink[]>('textDocument/definition', at(onboarding, '#KR1.1', 2));
    expect(links).toHaveLength(1);
    expect(links[0]).toMatchObject({ targetUri: uriOf(company), targetSelectionRange: { start: { line: lineOf(company, 'KR1.1:') } } });
    const viaLink = await client.request<LocationLink[]>('textDocument/definition', at(bookkeepers, 'Grow bookkeepers]', 2));
    expect(viaLink[0]).toMatchObject({ targetUri: uriOf(company), targetSelectionRange: { start: { line: lineOf(company, 'KR2.1:') } } });
  });

  it('walks throughline/parent from an initiative up to the company mission, then null', async () => {
    let position: { textDocument: { uri: string }; position: { line: number; character: number } } | null = at(onboarding, 'Rebuild the onboarding');
    const visited: string[] = [];
    while (position) {
      const parent: Location | null = await client.request<Location | null>('throughline/parent', position);
      if (!parent) break;
      visited.push(`${parent.uri.endsWith('company/2026-Q1.okr.md') ? 'company' : 'onboarding'}:${parent.range.start.line}`);
      position = { textDocument: { uri: parent.uri }, position: parent.range.start };
    }
    expect(visited).toEqual([
      `onboarding:${lineOf(onboarding, 'KR1.1:')}`,
      `onboarding:${lineOf(onboarding, 'Objective O1')}`,
      `company:${lineOf(company, 'KR1.1:')}`,
      `company:${lineOf(company, 'Objective O1')}`,
      `company:${lineOf(company, 'Mission:')}`,
    ]);
    const chain = await client.request<Location[]>('throughline/chain', at(onboarding, 'Status: in progress'));
    expect(chain.map((l) => l.range.start.line)).toEqual([
      lineOf(onboarding, 'Rebuild the onboarding'),
      lineOf(onboarding, 'KR1.1:'),
      lineOf(onboarding, 'Objective O1'),
      lineOf(company, 'KR1.1:'),
      lineOf(company, 'Objective O1'),
      lineOf(company, 'Mission:'),
    ]);
  });

  it('finds references: a company KR’s children in other plans', async () => {
    const refs = await client.request<Location[]>('textDocument/references', { ...at(company, 'KR2.1:'), context: { includeDeclaration: false } });
    expect(refs.map((r) => [r.uri, r.range.start.line])).toEqual([[uriOf(bookkeepers), lineOf(bookkeepers, 'Objective O1')]]);
  });

  it('completes Parent values with ids and paths, and enum values', async () => {
    const list = await client.request<CompletionList>('textDocument/completion', at(bookkeepers, 'Parent: ../company/2026-Q1.okr.md#KR2.2', 'Parent: ../company/2026-Q1.okr.md#KR2.2'.length));
    expect(list.isIncomplete).toBe(false);
    const labels = list.items.map((i) => i.label);
    expect(labels).toContain('../company/2026-Q1.okr.md#KR2.1');
    // Only what an objective may name: no key result of its own plan, and no bare `KR2.1`, which would resolve to its own plan's.
    expect(labels).not.toContain('KR2.1');
    expect(labels.every((l) => !/^(?:bookkeepers\.okr\.md#)?(?:KR|I)\d/.test(l))).toBe(true);
    expect(list.items.every((i) => /^(?:mission|objective|key result) — /.test(i.detail!))).toBe(true);
    const status = await client.request<CompletionItem[]>('textDocument/completion', at(bookkeepers, 'Status: not started', 'Status: '.length));
    expect(status.map((i) => i.label)).toEqual(['not started', 'in progress', 'done', 'blocked', 'dropped']);
    expect(status[0]!.detail).toBe('Planned; no work yet.');
    // A space typed after a finished value opens no list that Enter would accept.
    const afterValue = await client.request<CompletionItem[]>('textDocument/completion', {
      ...at(bookkeepers, 'Status: not started', 'Status: not started'.length),
      context: { triggerKind: 2, triggerCharacter: ' ' },
    });
    expect(afterValue).toEqual([]);
  });

  it('lists document symbols, folding ranges and code lenses', async () => {
    const symbols = await client.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri: uriOf(company) } });
    expect(symbols.map((s) => s.name)).toEqual(['mission: Help first-time business owners understand their cash flow with confidence']);
    expect(symbols[0]!.children!.map((s) => s.name)).toEqual(['O1: New owners trust what we tell them about their money', 'O2: Bookkeepers choose us for their clients']);
    expect(symbols[0]!.children![0]!.children!.map((s) => s.name.split(':')[0])).toEqual(['KR1.1', 'KR1.2']);
    const folds = await client.request<FoldingRange[]>('textDocument/foldingRange', { textDocument: { uri: uriOf(company) } });
    expect(folds).toContainEqual(expect.objectContaining({ startLine: lineOf(company, 'Objective O1'), endLine: lineOf(company, '2026-01-30: 2.5%') }));
    const lenses = await client.request<CodeLens[]>('textDocument/codeLens', { textDocument: { uri: uriOf(company) } });
    const kr11 = lenses.find((l) => l.range.start.line === lineOf(company, 'KR1.1:'));
    expect(kr11?.command?.title).toBe('40% · 1 cascaded objective');
  });

  it('offers code actions: disable for the line, in the file, and the rule docs', async () => {
    const line = lineOf(company, 'KR1.2:');
    const actions = await client.request<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri: uriOf(company) },
      range: { start: { line, character: 0 }, end: { line, character: 0 } },
      context: { diagnostics: [] },
    });
    expect(actions.map((a) => a.title)).toEqual([
      'Disable kr-without-initiatives for this line',
      'Disable kr-without-initiatives in this file',
      'Show documentation for kr-without-initiatives',
    ]);
    expect(actions[0]!.edit!.changes![uriOf(company)]).toEqual([{ range: { start: { line, character: 0 }, end: { line, character: 0 } }, newText: '<!-- okr-disable-next-line kr-without-initiatives -->\n' }]);
    expect(actions[1]!.edit!.changes![uriOf(company)]![0]!.range.start.line).toBe(4);
    expect(actions[2]!.command).toMatchObject({ command: 'throughline.openRuleDocs', arguments: ['OKR501'] });
  });

  it('renames an id across every plan that references it', async () => {
    const prepare = await client.request<{ range: unknown; placeholder: string }>('textDocument/prepareRename', at(company, 'KR2.1:', 2));
    expect(prepare).toEqual({ range: { start: positionOf(company, 'KR2.1:'), end: positionOf(company, 'KR2.1:', 5) }, placeholder: 'KR2.1' });
    // Anywhere in the id, the letters too.
    expect(await client.request('textDocument/prepareRename', at(company, 'KR2.1:', 1))).toEqual(prepare);
    expect(await client.request('textDocument/prepareRename', at(company, 'Grow bookkeepers'))).toBeNull();
    const edit = await client.request<WorkspaceEdit>('textDocument/rename', { ...at(company, 'KR2.1:', 2), newName: 'KR2.5' });
    expect(Object.keys(edit.changes!).sort()).toEqual([uriOf(company), uriOf(bookkeepers)].sort());
    expect(edit.changes![uriOf(bookkeepers)]).toEqual([
      { range: { start: positionOf(bookkeepers, '#KR2.1', 1), end: positionOf(bookkeepers, '#KR2.1', 6) }, newText: 'KR2.5' },
    ]);
    await expect(client.request('textDocument/rename', { ...at(company, 'KR2.1:', 2), newName: 'KR2.2' })).rejects.toThrow(/already used/);
  });

  it('re-checks dependent plans at once when a company KR id changes, and clears when it is fixed', async () => {
    const uri = uriOf(company);
    await client.open(company);
    const original = (await import('node:fs')).readFileSync(company, 'utf8');
    const line = lineOf(company, 'KR1.1:');
    const edit = (version: number, text: string) =>
      client.connection.sendNotification('textDocument/didChange', {
        textDocument: { uri, version },
        contentChanges: [{ range: { start: { line, character: 4 }, end: { line, character: 9 } }, text }],
      });
    const broken = client.nextDiagnostics(uriOf(onboarding), (p) => p.diagnostics.some((d) => d.code === 'OKR001'));
    await edit(2, 'KR1.7');
    const report = await broken;
    expect(report.diagnostics.find((d) => d.code === 'OKR001')!.range.start.line).toBe(lineOf(onboarding, 'Parent:'));
    const fixed = client.nextDiagnostics(uriOf(onboarding), (p) => !p.diagnostics.some((d) => d.code === 'OKR001'));
    await edit(3, 'KR1.1');
    expect((await fixed).diagnostics).toEqual([]);
    expect(original.length).toBeGreaterThan(0);
    await client.closeDocument(company);
  });

  it('re-checks the team plan whose Parent link names a renamed company KR', async () => {
    const uri = uriOf(company);
    await client.open(company, 10);
    const line = lineOf(company, 'KR2.1:');
    const kr = { start: { line, character: 4 }, end: { line, character: 9 } };
    const broken = client.nextDiagnostics(uriOf(bookkeepers), (p) => p.diagnostics.some((d) => d.code === 'OKR001'));
    await client.change(company, 11, [{ range: kr, text: 'KR2.9' }]);
    const report = await broken;
    expect(report.diagnostics.map((d) => [d.code, d.range.start.line])).toEqual([['OKR001', lineOf(bookkeepers, 'Parent: [Grow bookkeepers]')]]);
    expect(report.diagnostics[0]!.message).toContain('KR2.1');
    const fixed = client.nextDiagnostics(uriOf(bookkeepers), (p) => p.diagnostics.length === 0);
    await client.change(company, 12, [{ range: kr, text: 'KR2.1' }]);
    expect((await fixed).diagnostics).toEqual([]);
    expect(client.diagnostics.get(uri)!.version).toBe(12);
    await client.closeDocument(company);
  });

  it('offers the rule’s fix as the preferred quick fix, completes field keys, and returns to the file on close', async () => {
    await client.open(onboarding, 1);
    const typo = client.nextDiagnostics(uriOf(onboarding), (p) => p.diagnostics.some((d) => d.code === 'OKR010'));
    const krOwnerLine = lineOf(onboarding, 'Raise owners who finish') + 1;
    await client.change(onboarding, 2, [{ range: { start: { line: krOwnerLine, character: 0 }, end: { line: krOwnerLine, character: 5 } }, text: 'Onwer' }]);
    const report = await typo;
    const hint = report.diagnostics.find((d) => d.code === 'OKR010')!;
    const key = { start: { line: krOwnerLine, character: 0 }, end: { line: krOwnerLine, character: 5 } };
    expect(hint.range.start).toEqual(key.start);
    expect(hint.data).toMatchObject({ fix: { title: expect.stringContaining('Owner') } });
    const actions = await client.request<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri: uriOf(onboarding) },
      range: hint.range,
      context: { diagnostics: [hint], only: ['quickfix'] },
    });
    const fix = actions.find((a) => a.isPreferred)!;
    expect(fix.title).toBe('Rename to Owner');
    expect(fix.edit!.changes![uriOf(onboarding)]).toEqual([{ range: key, newText: 'Owner' }]);
    const none = await client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri: uriOf(onboarding) }, range: hint.range, context: { diagnostics: [], only: ['source.organizeImports'] } });
    expect(none).toEqual([]);

    const last = lineOf(onboarding, 'Status: done');
    await client.change(onboarding, 3, [{ range: { start: { line: last, character: 12 }, end: { line: last, character: 12 } }, text: '\nDu' }]);
    const keys = await client.request<CompletionItem[]>('textDocument/completion', { textDocument: { uri: uriOf(onboarding) }, position: { line: last + 1, character: 2 } });
    expect(keys.map((k) => k.label)).toEqual(expect.arrayContaining(['Due', 'Status', 'Owner']));
    expect(keys.map((k) => k.label)).not.toContain('Indicator');
    expect(keys.find((k) => k.label === 'Due')!.textEdit).toEqual({ range: { start: { line: last + 1, character: 0 }, end: { line: last + 1, character: 2 } }, newText: 'Due: ' });

    const restored = client.nextDiagnostics(uriOf(onboarding), (p) => p.diagnostics.length === 0);
    await client.closeDocument(onboarding);
    expect((await restored).diagnostics).toEqual([]);
    const symbols = await client.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri: uriOf(onboarding) } });
    expect(symbols.map((s) => s.name)).toEqual(['O1: 🚀 新用户 reach a clear picture of their cash in their first week']);
  });

  it('finds workspace symbols by id and by title across plans', async () => {
    const byTitle = await client.request<SymbolInformation[]>('workspace/symbol', { query: 'bookkeepers' });
    const names = byTitle.map((s) => `${s.location.uri === uriOf(company) ? 'company' : 'team'} ${s.name}`);
    expect(names).toContain('company O2: Bookkeepers choose us for their clients');
    expect(names).toContain('team O2: Bookkeepers recommend us to their peers');
    const byId = await client.request<SymbolInformation[]>('workspace/symbol', { query: 'KR2.1' });
    expect(byId.slice(0, 2).map((s) => s.name.split(':')[0])).toEqual(['KR2.1', 'KR2.1']);
    expect(byId[0]!.location.range.start.line).toBe(lineOf(byId[0]!.location.uri === uriOf(company) ? company : bookkeepers, 'KR2.1:'));
  });

  it('includes the declaration in references when asked', async () => {
    const refs = await client.request<Location[]>('textDocument/references', { ...at(onboarding, 'KR1.1:'), context: { includeDeclaration: true } });
    expect(refs.map((r) => r.range.start.line)).toEqual([lineOf(onboarding, 'KR1.1:'), lineOf(onboarding, 'Rebuild the onboarding')]);
  });

  it('answers requests about unknown documents and positions without failing', async () => {
    const unknown = { textDocument: { uri: 'file:///nowhere/x.okr.md' }, position: { line: 0, character: 0 } };
    expect(await client.request('textDocument/hover', unknown)).toBeNull();
    expect(await client.request('textDocument/definition', unknown)).toEqual([]);
    expect(await client.request('throughline/parent', unknown)).toBeNull();
    expect(await client.request('textDocument/hover', { textDocument: { uri: uriOf(company) }, position: { line: 9999, character: 9999 } })).toBeNull();
    const far = { textDocument: { uri: uriOf(company) }, position: { line: 9999, character: 9999 } };
    const empty: Record<string, unknown> = {
      'textDocument/definition': [],
      'textDocument/completion': [],
      'textDocument/prepareRename': null,
      'throughline/parent': null,
      'throughline/chain': [],
    };
    for (const [method, expected] of Object.entries(empty)) expect(await client.request(method, far), method).toEqual(expected);
    expect(await client.request('textDocument/references', { ...far, context: { includeDeclaration: true } })).toEqual([]);
    expect(await client.request('textDocument/rename', { ...far, newName: 'KR9' })).toBeNull();
    for (const method of ['textDocument/documentSymbol', 'textDocument/foldingRange', 'textDocument/codeLens']) {
      expect(await client.request(method, { textDocument: unknown.textDocument }), method).toEqual([]);
    }
    expect(await client.request('textDocument/codeAction', { textDocument: unknown.textDocument, range: { start: far.position, end: far.position }, context: { diagnostics: [] } })).toEqual([]);
    expect(await client.request('textDocument/hover', { textDocument: { uri: 'untitled:Untitled-1' }, position: { line: 0, character: 0 } })).toBeNull();
    // Malformed parameters get an answer (null or an error), and the server keeps serving.
    expect(await client.request('textDocument/hover', { textDocument: { uri: uriOf(company) }, position: null })).toBeNull();
    expect(await client.request('throughline/chain', { textDocument: { uri: uriOf(company) }, position: { line: -1, character: 'x' } })).toEqual([]);
    await client.request('textDocument/definition', {}).catch(() => 'rejected');
    await client.connection.sendNotification('textDocument/didChange', { textDocument: { uri: 'file:///nowhere/y.okr.md', version: 2 }, contentChanges: [{ text: 'x' }] });
    await expect(client.request('throughline/unknownMethod', {})).rejects.toThrow();
    expect(await client.request('textDocument/hover', at(company, 'Mission:'))).not.toBeNull();
  });

  it('follows watched plan files being created and deleted', async () => {
    const extra = join(client.folder, 'teams', 'extra.okr.md');
    writeFileSync(extra, '---\nperiod: 2026-Q1\nparent: ../company/2026-Q1.okr.md\n---\n## Objective O1: Partners see us in their tools\nParent: ../company/2026-Q1.okr.md#KR9.9\n');
    const created = client.nextDiagnostics(uriOf(extra), (p) => p.diagnostics.some((d) => d.code === 'OKR001'));
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: uriOf(extra), type: 1 }] });
    expect((await created).diagnostics.map((d) => d.code)).toContain('OKR001');
    rmSync(extra);
    const deleted = client.nextDiagnostics(uriOf(extra), (p) => p.diagnostics.length === 0);
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: uriOf(extra), type: 3 }] });
    expect((await deleted).diagnostics).toEqual([]);
  });
});

describe('language server over Node IPC (how the VS Code client starts it)', () => {
  it('answers initialize when forked with --node-ipc and --clientProcessId', async () => {
    const { fork } = await import('node:child_process');
    const child = fork(CLI, ['lsp', '--node-ipc', `--clientProcessId=${process.pid}`], { stdio: ['pipe', 'pipe', 'pipe', 'ipc'] });
    const reply = new Promise<{ id: number; result: { capabilities: Record<string, unknown> } }>((resolve) => child.on('message', resolve as (m: unknown) => void));
    child.send({ jsonrpc: '2.0', id: 1, method: 'initialize', params: { processId: process.pid, rootUri: null, capabilities: {} } });
    const message = await reply;
    child.kill();
    expect(message.id).toBe(1);
    expect(message.result.capabilities).toMatchObject({ hoverProvider: true, textDocumentSync: { change: 2 } });
  });
});

describe('language server: today and pull diagnostics', () => {
  it('pins today from initializationOptions for the date rules', async () => {
    const client = await TestClient.start(copyWorkspace('cascade'));
    const company = join(client.folder, 'company', '2026-Q1.okr.md');
    await client.initialize({ today: '2026-03-20' });
    const report = await client.waitForDiagnostics(uriOf(company));
    expect(report.diagnostics.filter((d) => d.code === 'OKR406').map((d) => d.range.start.line)).toEqual([
      lineOf(company, 'KR1.1:'),
      lineOf(company, 'KR1.2:'),
      lineOf(company, 'KR2.1:'),
      lineOf(company, 'KR2.2:'),
    ]);
    await client.close();
  });

  it('answers textDocument/diagnostic and workspace/diagnostic when the client pulls', async () => {
    const client = await TestClient.start(copyWorkspace('cascade'));
    const company = join(client.folder, 'company', '2026-Q1.okr.md');
    await client.initialize({ today: TODAY, capabilities: { textDocument: { diagnostic: { dynamicRegistration: false } }, workspace: { diagnostics: { refreshSupport: true } } } });
    const report = await client.request<{ kind: string; items: { code: string }[] }>('textDocument/diagnostic', { textDocument: { uri: uriOf(company) } });
    expect(report).toMatchObject({ kind: 'full', items: [{ code: 'OKR501' }] });
    const all = await client.request<{ items: { uri: string }[] }>('workspace/diagnostic', { previousResultIds: [] });
    expect(all.items.map((i) => i.uri).sort()).toEqual([company, join(client.folder, 'teams', 'bookkeepers.okr.md'), join(client.folder, 'teams', 'onboarding.okr.md')].map(uriOf).sort());
    expect(client.diagnostics.size).toBe(0);
    await client.close();
  });
});

describe('language server: fixes that fix', () => {
  it('offers a config file’s did-you-mean fix, and source.fixAll applies every repeatable fix of a plan', async () => {
    const folder = copyWorkspace('cascade');
    const config = join(folder, '.okrrc.json');
    writeFileSync(config, '{\n  "rules": {\n    "kr-not-measurabel": "off"\n  }\n}\n');
    const client = await TestClient.start(folder);
    await client.initialize({ today: TODAY });
    const problems = await client.waitForDiagnostics(uriOf(config));
    const typo = problems.diagnostics.find((d) => d.code === 'OKR900')!;
    expect(typo.message).toContain('did you mean `kr-not-measurable`?');
    const actions = await client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri: uriOf(config) }, range: typo.range, context: { diagnostics: [typo] } });
    expect(actions[0]).toMatchObject({ title: 'Change to kr-not-measurable', isPreferred: true, edit: { changes: { [uriOf(config)]: [{ range: typo.range, newText: '"kr-not-measurable"' }] } } });
    expect(actions.map((a) => a.title)).not.toContain('Disable invalid-config for this line');

    const onboarding = join(folder, 'teams', 'onboarding.okr.md');
    await client.open(onboarding, 1);
    const done = lineOf(onboarding, 'Status: done');
    const inProgress = lineOf(onboarding, 'Status: in progress');
    const typos = client.nextDiagnostics(uriOf(onboarding), (p) => p.diagnostics.filter((d) => d.code === 'OKR009').length === 2);
    await client.change(onboarding, 2, [
      { range: { start: { line: done, character: 8 }, end: { line: done, character: 12 } }, text: 'dnoe' },
      { range: { start: { line: inProgress, character: 8 }, end: { line: inProgress, character: 19 } }, text: 'in-progress' },
    ]);
    await typos;
    const everything = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
    expect(await client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri: uriOf(onboarding) }, range: everything, context: { diagnostics: [], only: ['quickfix'] } })).toEqual([]);
    const [fixAll, ...rest] = await client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri: uriOf(onboarding) }, range: everything, context: { diagnostics: [], only: ['source.fixAll'] } });
    expect(rest).toEqual([]);
    expect(fixAll).toMatchObject({ kind: 'source.fixAll.throughline' });
    expect(fixAll!.edit!.changes![uriOf(onboarding)]!.map((e) => [e.range.start.line, e.newText]).sort()).toEqual([[done, 'done'], [inProgress, 'in progress']].sort());
    await client.close();
  });
});

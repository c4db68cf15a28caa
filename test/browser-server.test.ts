// The language server's browser bundle (out/browser-server.js, built by `npm run build`) in a
// web worker of headless Chromium, fed an in-memory workspace on a virtual file system
// (`vscode-vfs://…`, as on github.dev) through the LSP protocol: the page plays the editor's
// client and answers the server's requests for the workspace's files. No network: every
// request the page makes is refused and recorded.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { analyzePlans } from '../server/src/core/analyze';
import { defaultConfig } from '../server/src/core/config-model';

const CHROMIUM = '/usr/bin/chromium';
const BUNDLE = join(__dirname, '..', 'out', 'browser-server.js');
const ROOT = 'vscode-vfs://github/acme/plans';
const TODAY = '2026-02-02';

const COMPANY = `---
period: 2026-Q1
---
# Mission: Help first-time business owners understand their cash
## Objective O1: Owners trust what the app tells them
Owner: @dana
### KR1.1: Raise weekly active owners from 12k to 18k
Owner: @priya
`;

const TEAM = `---
period: 2026-Q1
parent: ../company.okr.md
---
## Objective O1: New owners see their cash in their first week
Owner: @maria
Parent: ../company.okr.md#KR1.1
### KR1.1: Improve the onboarding experience
Owner: @lee
`;

const FILES = [
  { uri: `${ROOT}/company.okr.md`, text: COMPANY },
  { uri: `${ROOT}/teams/onboarding.okr.md`, text: TEAM },
];

/** The page's side of the protocol: a worker running the bundle, requests and notifications, and answers to the server's requests. */
const CLIENT = `
window.lsp = (() => {
  const worker = new Worker(URL.createObjectURL(new Blob([window.BUNDLE], { type: 'text/javascript' })));
  let next = 0;
  const pending = new Map();
  const notes = [];
  const asked = [];
  worker.onerror = (event) => notes.push({ method: 'worker/error', params: String(event.message) });
  worker.onmessage = ({ data }) => {
    if (data.method === undefined) {
      pending.get(data.id)?.(data);
      pending.delete(data.id);
    } else if (data.id !== undefined) {
      asked.push(data.method);
      let result = null;
      if (data.method === 'workspace/configuration') result = data.params.items.map(() => null);
      if (data.method === 'throughline/workspaceFiles') result = window.FILES;
      worker.postMessage({ jsonrpc: '2.0', id: data.id, result });
    } else notes.push(data);
  };
  return {
    notes,
    asked,
    request: (method, params) => new Promise((resolve) => {
      const id = ++next;
      pending.set(id, resolve);
      worker.postMessage({ jsonrpc: '2.0', id, method, params });
    }),
    notify: (method, params) => worker.postMessage({ jsonrpc: '2.0', method, params }),
    diagnostics: (uri) => notes.filter((n) => n.method === 'textDocument/publishDiagnostics' && n.params.uri === uri).map((n) => n.params.diagnostics),
  };
})();`;

interface Diagnostic {
  code: string;
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
  message: string;
}

describe('the language server in a web worker', () => {
  let browser: Browser;
  let page: Page;
  const remote: string[] = [];
  const errors: string[] = [];

  /** Runs an expression in the page (a string: the tests are type-checked without the DOM library). */
  const inPage = <T>(expression: string): Promise<T> => page.evaluate(expression) as Promise<T>;

  /** The diagnostics published last for a URI, once `count` publications have arrived. */
  async function lastDiagnostics(uri: string, count = 1): Promise<Diagnostic[]> {
    await page.waitForFunction(`lsp.diagnostics(${JSON.stringify(uri)}).length >= ${count}`, undefined, { timeout: 20_000 });
    const all = await inPage<Diagnostic[][]>(`lsp.diagnostics(${JSON.stringify(uri)})`);
    return all[all.length - 1]!;
  }

  beforeAll(async () => {
    browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox', '--disable-background-networking'] });
    page = await browser.newPage();
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    page.on('pageerror', (error) => errors.push(error.message));
    await page.route('**/*', (route) => {
      remote.push(route.request().url());
      return route.abort();
    });
    await page.setContent('<!doctype html><title>worker</title>');
    await page.evaluate(([bundle, files]) => Object.assign(globalThis, { BUNDLE: bundle, FILES: files }), [readFileSync(BUNDLE, 'utf8'), FILES] as const);
    await inPage(CLIENT);
    const init = await inPage<{ result: { capabilities: Record<string, unknown> } }>(
      `lsp.request('initialize', { processId: null, rootUri: ${JSON.stringify(ROOT)}, workspaceFolders: [{ uri: ${JSON.stringify(ROOT)}, name: 'plans' }], capabilities: { workspace: { configuration: true } }, initializationOptions: { today: ${JSON.stringify(TODAY)} } })`,
    );
    expect(init.result.capabilities.hoverProvider).toBe(true);
    await inPage(`lsp.notify('initialized', {})`);
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
  });

  it('reads the workspace through its client and publishes the same findings as the core', async () => {
    const team = await lastDiagnostics(`${ROOT}/teams/onboarding.okr.md`);
    const company = await lastDiagnostics(`${ROOT}/company.okr.md`);
    expect(await inPage<string[]>('lsp.asked')).toContain('throughline/workspaceFiles');
    // The same plans analysed in-process, on the core paths the server maps the URIs to.
    const core = analyzePlans(new Map(FILES.map((f) => [f.uri.replace('vscode-vfs://github', '/vscode-vfs/github'), f.text])), {
      roots: ['/vscode-vfs/github/acme/plans'],
      today: TODAY,
      configFor: () => defaultConfig(),
    });
    const expected = (file: string) => core.findings.filter((f) => f.file.endsWith(file)).map((f) => `${f.code} ${f.range.start.line}:${f.range.start.character}`).sort();
    expect(team.map((d) => `${d.code} ${d.range.start.line}:${d.range.start.character}`).sort()).toEqual(expected('teams/onboarding.okr.md'));
    expect(company.map((d) => `${d.code} ${d.range.start.line}:${d.range.start.character}`).sort()).toEqual(expected('/company.okr.md'));
    expect(team.some((d) => d.code === 'OKR401')).toBe(true);
  });

  it('answers hovers and goes to a parent in another plan of the virtual workspace', async () => {
    const uri = `${ROOT}/teams/onboarding.okr.md`;
    await inPage(`lsp.notify('textDocument/didOpen', { textDocument: { uri: ${JSON.stringify(uri)}, languageId: 'okr', version: 1, text: ${JSON.stringify(TEAM)} } })`);
    const hover = await inPage<{ result: { contents: { value: string } } }>(`lsp.request('textDocument/hover', { textDocument: { uri: ${JSON.stringify(uri)} }, position: { line: 4, character: 20 } })`);
    expect(hover.result.contents.value).toContain('New owners see their cash');
    const definition = await inPage<{ result: { targetUri: string; targetSelectionRange: { start: { line: number } } }[] }>(
      `lsp.request('textDocument/definition', { textDocument: { uri: ${JSON.stringify(uri)} }, position: { line: 6, character: 30 } })`,
    );
    expect(definition.result[0]!.targetUri).toBe(`${ROOT}/company.okr.md`);
    expect(definition.result[0]!.targetSelectionRange.start.line).toBe(6);
  });

  it('follows a file changed on the virtual file system, as the client reports it', async () => {
    const uri = `${ROOT}/teams/onboarding.okr.md`;
    const before = await inPage<number>(`lsp.diagnostics(${JSON.stringify(uri)}).length`);
    await inPage(`lsp.notify('throughline/fileContent', { uri: ${JSON.stringify(`${ROOT}/company.okr.md`)}, text: ${JSON.stringify(COMPANY.replace('KR1.1', 'KR1.2'))} })`);
    const after = await lastDiagnostics(uri, before + 1);
    expect(after.some((d) => d.code === 'OKR001' && d.message.includes('KR1.1'))).toBe(true);
  });

  it('made no network request and logged no error', () => {
    expect(remote).toEqual([]);
    expect(errors).toEqual([]);
  });
});

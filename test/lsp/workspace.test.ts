import { describe, expect, it } from 'vitest';
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DocumentSymbol, Hover, Location } from 'vscode-languageserver-protocol';
import { TestClient, copyWorkspace, lineOf, positionOf, uriOf } from './client';

const TODAY = '2026-02-02';
const codesAndLines = (diagnostics: { code?: string | number; range: { start: { line: number } } }[]) => diagnostics.map((d) => [d.code, d.range.start.line]);

describe('language server: multi-root workspaces and their configs', () => {
  it('checks each folder with its own .okrrc.json and links findings across folders', async () => {
    const root = copyWorkspace('multi-root');
    const client = await TestClient.start(root);
    const product = join(root, 'product', 'product.okr.md');
    const sales = join(root, 'sales', 'sales.okr.md');
    const roadmap = join(root, 'product', 'notes', 'roadmap.md');
    try {
      await client.initialize({ today: TODAY, folders: [join(root, 'product'), join(root, 'sales')] });
      // `missing-tradeoff` is off in the product folder's config only.
      const salesReport = await client.waitForDiagnostics(uriOf(sales));
      expect(codesAndLines(salesReport.diagnostics)).toEqual([
        ['OKR104', lineOf(sales, 'Objective O1')],
        ['OKR305', lineOf(sales, 'Objective O1')],
      ]);
      const productReport = await client.waitForDiagnostics(uriOf(product));
      expect(codesAndLines(productReport.diagnostics)).toEqual([['OKR104', lineOf(product, 'Objective O1')]]);
      // duplicate-objective names the other end, in the other folder.
      expect(productReport.diagnostics[0]!.relatedInformation).toEqual([
        { location: { uri: uriOf(sales), range: expect.objectContaining({ start: expect.objectContaining({ line: lineOf(sales, 'Objective O1') }) }) }, message: expect.stringContaining('sales/sales.okr.md') },
      ]);
      expect(productReport.diagnostics[0]!.codeDescription!.href).toContain('okr104-duplicate-objective');

      // Markdown named by the product config's `files` is a plan; other Markdown is not.
      const refs = await client.request<Location[]>('textDocument/references', {
        textDocument: { uri: uriOf(product) },
        position: positionOf(product, 'KR1.1:'),
        context: { includeDeclaration: false },
      });
      expect(refs.map((r) => [r.uri, r.range.start.line]).sort()).toEqual([
        [uriOf(roadmap), lineOf(roadmap, 'Objective O1')],
        [uriOf(product), lineOf(product, 'Send the weekly report')],
      ]);
      const readme = await client.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri: uriOf(join(root, 'product', 'README.md')) } });
      expect(readme).toEqual([]);
      // Every plan is announced once at startup, clean ones with no diagnostics; other Markdown is not.
      expect([...client.diagnostics.keys()].sort()).toEqual([uriOf(roadmap), uriOf(product), uriOf(sales), uriOf(join(root, 'product', '.okrrc.json'))].sort());
      expect([...client.diagnostics.values()].filter((p) => p.diagnostics.length).map((p) => p.uri).sort()).toEqual([uriOf(product), uriOf(sales)].sort());
    } finally {
      await client.close();
    }
  });

  it('follows a config being changed, broken and deleted', async () => {
    const root = copyWorkspace('multi-root');
    const client = await TestClient.start(root);
    const config = join(root, 'product', '.okrrc.json');
    const product = join(root, 'product', 'product.okr.md');
    const roadmap = join(root, 'product', 'notes', 'roadmap.md');
    try {
      await client.initialize({ today: TODAY, folders: [join(root, 'product'), join(root, 'sales')] });
      await client.waitForDiagnostics(uriOf(product));
      expect(client.registrations.map((r) => r.method)).toContain('workspace/didChangeWatchedFiles');

      // Tradeoffs are asked for again: the plan and the Markdown note get missing-tradeoff.
      const productTradeoff = client.nextDiagnostics(uriOf(product), (p) => p.diagnostics.some((d) => d.code === 'OKR305'));
      const roadmapTradeoff = client.nextDiagnostics(uriOf(roadmap), (p) => p.diagnostics.some((d) => d.code === 'OKR305'));
      writeFileSync(config, '{ "files": ["notes/*.md"] }\n');
      await client.filesChanged([{ file: config, type: 2 }]);
      expect(codesAndLines((await productTradeoff).diagnostics)).toEqual([
        ['OKR104', lineOf(product, 'Objective O1')],
        ['OKR305', lineOf(product, 'Objective O1')],
      ]);
      expect(codesAndLines((await roadmapTradeoff).diagnostics)).toEqual([['OKR305', lineOf(roadmap, 'Objective O1')]]);

      // The note is no longer named by `files`: it stops being a plan and its diagnostics go.
      const dropped = client.nextDiagnostics(uriOf(roadmap), (p) => p.diagnostics.length === 0);
      writeFileSync(config, '{ "files": [] }\n');
      await client.filesChanged([{ file: config, type: 2 }]);
      await dropped;
      expect(await client.request('textDocument/hover', { textDocument: { uri: uriOf(roadmap) }, position: { line: lineOf(roadmap, 'Objective O1'), character: 4 } })).toBeNull();

      // A broken config is reported in the config file, and the defaults apply.
      const broken = client.nextDiagnostics(uriOf(config), (p) => p.diagnostics.length > 0);
      writeFileSync(config, '{ "rules": { "missing-tradeoff": "of" } }\n');
      await client.filesChanged([{ file: config, type: 2 }]);
      const configReport = await broken;
      expect(configReport.diagnostics.map((d) => [d.code, d.range.start.line, d.severity])).toEqual([['OKR900', 0, 2]]);

      // Deleted: its diagnostics are cleared.
      const cleared = client.nextDiagnostics(uriOf(config), (p) => p.diagnostics.length === 0);
      rmSync(config);
      await client.filesChanged([{ file: config, type: 3 }]);
      await cleared;
    } finally {
      await client.close();
    }
  });

  it('follows workspace folders being added and removed, open documents included', async () => {
    const root = copyWorkspace('multi-root');
    const client = await TestClient.start(root);
    const product = join(root, 'product', 'product.okr.md');
    const sales = join(root, 'sales', 'sales.okr.md');
    const folder = (name: string) => ({ uri: uriOf(join(root, name)), name });
    try {
      await client.initialize({ today: TODAY, folders: [join(root, 'product')], capabilities: { workspace: { workspaceFolders: true } } });
      await client.open(product);
      expect((await client.waitForDiagnostics(uriOf(product))).diagnostics).toEqual([]);
      // With the sales folder in the workspace, the two objectives are duplicates.
      const duplicate = client.nextDiagnostics(uriOf(product), (p) => p.diagnostics.some((d) => d.code === 'OKR104'));
      const salesReport = client.nextDiagnostics(uriOf(sales));
      await client.connection.sendNotification('workspace/didChangeWorkspaceFolders', { event: { added: [folder('sales')], removed: [] } });
      expect(codesAndLines((await duplicate).diagnostics)).toEqual([['OKR104', lineOf(product, 'Objective O1')]]);
      expect((await salesReport).diagnostics.map((d) => d.code)).toEqual(['OKR104', 'OKR305']);
      const parent = await client.request<Hover>('textDocument/hover', { textDocument: { uri: uriOf(product) }, position: positionOf(product, 'KR1.1:', 1) });
      expect((parent.contents as { value: string }).value).toContain('Raise teams who open the weekly report');
      // Removed again: the sales plan's diagnostics are cleared and the duplicate goes.
      const salesCleared = client.nextDiagnostics(uriOf(sales), (p) => p.diagnostics.length === 0);
      const productClean = client.nextDiagnostics(uriOf(product), (p) => p.diagnostics.length === 0);
      await client.connection.sendNotification('workspace/didChangeWorkspaceFolders', { event: { added: [], removed: [folder('sales')] } });
      await salesCleared;
      await productClean;
      expect(await client.request('textDocument/hover', { textDocument: { uri: uriOf(sales) }, position: positionOf(sales, 'KR1.1:', 1) })).toBeNull();
    } finally {
      await client.close();
    }
  });

  it('drops the plans of a deleted folder', async () => {
    const root = copyWorkspace('cascade');
    const client = await TestClient.start(root);
    const company = join(root, 'company', '2026-Q1.okr.md');
    try {
      await client.initialize({ today: TODAY });
      await client.waitForDiagnostics(uriOf(company));
      const refsBefore = await client.request<Location[]>('textDocument/references', { textDocument: { uri: uriOf(company) }, position: positionOf(company, 'KR2.1:'), context: { includeDeclaration: false } });
      expect(refsBefore).toHaveLength(1);
      // Every company KR is now served by nothing: kr-without-initiatives on all four.
      const lonely = client.nextDiagnostics(uriOf(company), (p) => p.diagnostics.filter((d) => d.code === 'OKR501').length === 4);
      rmSync(join(root, 'teams'), { recursive: true });
      await client.filesChanged([{ file: join(root, 'teams'), type: 3 }]);
      expect(codesAndLines((await lonely).diagnostics)).toEqual(['KR1.1:', 'KR1.2:', 'KR2.1:', 'KR2.2:'].map((kr) => ['OKR501', lineOf(company, kr)]));
      const refsAfter = await client.request<Location[]>('textDocument/references', { textDocument: { uri: uriOf(company) }, position: positionOf(company, 'KR2.1:'), context: { includeDeclaration: false } });
      expect(refsAfter).toEqual([]);
    } finally {
      await client.close();
    }
  });
});

describe('language server: settings, startup and transports', () => {
  it('answers the first diagnostics of a document opened right after start with the whole workspace read', async () => {
    const root = copyWorkspace('cascade');
    const client = await TestClient.start(root);
    const onboarding = join(root, 'teams', 'onboarding.okr.md');
    try {
      const first = client.nextDiagnostics(uriOf(onboarding));
      await client.initialize({ today: TODAY, capabilities: { workspace: { configuration: true, didChangeWatchedFiles: { dynamicRegistration: true } }, window: { workDoneProgress: true } } });
      await client.open(onboarding);
      expect((await first).diagnostics).toEqual([]);
      expect((await first).version).toBe(1);
      const hover = await client.request<Hover>('textDocument/hover', { textDocument: { uri: uriOf(onboarding) }, position: positionOf(onboarding, '#KR1.1', 2) });
      expect((hover.contents as { value: string }).value).toContain('Reduce time-to-first-value');
      // Work-done progress ran from begin to end while the plans were checked (in the same turn as their diagnostics).
      const kinds = client.progress.map((p) => (p as { value: { kind: string } }).value.kind);
      expect(kinds[0]).toBe('begin');
      expect(kinds.at(-1)).toBe('end');
    } finally {
      await client.close();
    }
  });

  it('reads throughline.today through workspace/configuration and again after didChangeConfiguration', async () => {
    const root = copyWorkspace('cascade');
    const client = await TestClient.start(root);
    const company = join(root, 'company', '2026-Q1.okr.md');
    const stale = (p: { diagnostics: { code?: string | number }[] }) => p.diagnostics.filter((d) => d.code === 'OKR406').length;
    try {
      client.settings = { today: '2026-03-20' };
      await client.initialize({ capabilities: { workspace: { configuration: true } } });
      const first = await client.waitForDiagnostics(uriOf(company));
      expect(client.configurationRequests).toContain('throughline');
      expect(stale(first)).toBe(4);
      // A date inside the check-in window: no stale check-ins.
      client.settings = { today: TODAY };
      const fresh = client.nextDiagnostics(uriOf(company), (p) => stale(p) === 0);
      await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
      expect(codesAndLines((await fresh).diagnostics)).toEqual([['OKR501', lineOf(company, 'KR1.2:')]]);
      // Settings switch rules too.
      client.settings = { today: TODAY, rules: { 'kr-without-initiatives': 'off' } };
      const off = client.nextDiagnostics(uriOf(company), (p) => p.diagnostics.length === 0);
      await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
      await off;
    } finally {
      await client.close();
    }
  });

  it('takes settings pushed with didChangeConfiguration from clients without workspace/configuration', async () => {
    const root = copyWorkspace('cascade');
    const client = await TestClient.start(root);
    const company = join(root, 'company', '2026-Q1.okr.md');
    try {
      await client.initialize({ rootUriOnly: true, capabilities: {} });
      const stale = client.nextDiagnostics(uriOf(company), (p) => p.diagnostics.filter((d) => d.code === 'OKR406').length === 4);
      await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: { throughline: { today: '2026-03-20' } } });
      await stale;
      expect(client.configurationRequests).toEqual([]);
    } finally {
      await client.close();
    }
  });

  it('pins today from initializationOptions over the editor settings', async () => {
    const root = copyWorkspace('cascade');
    const client = await TestClient.start(root);
    const company = join(root, 'company', '2026-Q1.okr.md');
    try {
      client.settings = { today: TODAY };
      await client.initialize({ today: '2026-03-20', capabilities: { workspace: { configuration: true } } });
      const report = await client.waitForDiagnostics(uriOf(company));
      expect(report.diagnostics.filter((d) => d.code === 'OKR406')).toHaveLength(4);
    } finally {
      await client.close();
    }
  });

  for (const transport of ['node-ipc', 'socket'] as const) {
    it(`serves the same protocol over ${transport === 'socket' ? '--socket=N' : '--node-ipc'}`, async () => {
      const root = copyWorkspace('cascade');
      const client = await TestClient.start(root, transport);
      const onboarding = join(root, 'teams', 'onboarding.okr.md');
      const company = join(root, 'company', '2026-Q1.okr.md');
      try {
        await client.initialize({ today: TODAY });
        const report = await client.waitForDiagnostics(uriOf(company));
        expect(codesAndLines(report.diagnostics)).toEqual([['OKR501', lineOf(company, 'KR1.2:')]]);
        const parent = await client.request<Location | null>('throughline/parent', { textDocument: { uri: uriOf(onboarding) }, position: positionOf(onboarding, 'Objective O1') });
        expect(parent).toMatchObject({ uri: uriOf(company), range: { start: { line: lineOf(company, 'KR1.1:') } } });
      } finally {
        await client.close();
      }
    });
  }
});

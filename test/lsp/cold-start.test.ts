import { describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { Location } from 'vscode-languageserver-protocol';
import { generateWorkspace } from '../../scripts/bench/generate-plans';
import { TestClient, positionOf, uriOf } from './client';

describe('language server: a cold start on a big workspace', () => {
  it('answers references on a company KR before the team plans are parsed, exactly as after', async () => {
    const root = mkdtempSync(join(tmpdir(), 'throughline-cold-'));
    const files = [...generateWorkspace(300, 120)].map(([path, text]) => {
      const file = join(root, path);
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, text);
      return file;
    });
    const company = join(root, 'company', 'unit-0.okr.md');
    const references = () =>
      client.request<Location[]>('textDocument/references', { textDocument: { uri: uriOf(company) }, position: positionOf(company, 'KR1.1:'), context: { includeDeclaration: false } });
    const client = await TestClient.start(root);
    try {
      await client.initialize({ today: '2026-02-02' });
      // Asked at once: the server has read the plans but parses them in the pass that follows.
      const cold = await references();
      await Promise.all(files.map((file) => client.waitForDiagnostics(uriOf(file))));
      const warm = await references();
      expect(cold.length).toBeGreaterThan(20);
      expect(new Set(cold.map((l) => l.uri)).size).toBeGreaterThan(10);
      expect(cold).toEqual(warm);
    } finally {
      await client.close();
    }
  });
});

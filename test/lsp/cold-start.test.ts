import { describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { Location } from 'vscode-languageserver-protocol';
import { generateDeepWorkspace, generateWorkspace } from '../../scripts/bench/generate-plans';
import { createPlanService } from '../../server/src/core/service/plan-service';
import { memoryPlanFiles } from '../../server/src/core/service/memory-files';
import { chainAt, definitionAt } from '../../server/src/core/features/navigation';
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

describe('plan service: reading ahead for navigation while the workspace is read', () => {
  it('reads a plan and the plans up its chain first, and go to parent answers as after the whole read', () => {
    const disk = new Map<string, string>([...generateDeepWorkspace(120)].map(([path, text]) => [`/ws/${path}`, text]));
    const team = '/ws/teams/team-0.okr.md';
    const parentLine = disk.get(team)!.split('\n').findIndex((line) => line.startsWith('Parent:'));
    const at = { line: parentLine, character: disk.get(team)!.split('\n')[parentLine]!.length - 1 };
    const serviceOf = () => createPlanService({ roots: ['/ws'], today: '2026-03-30', files: memoryPlanFiles(disk), log: () => {} });
    const contextOf = (service: ReturnType<typeof serviceOf>) => ({ graph: service.graph, uriOf: (file: string) => `file://${file}`, findingsFor: () => [] });

    const cold = serviceOf();
    expect(cold.startLoading()).toBe(disk.size);
    cold.readAhead(team);
    // The team plan, its group, division and company: four plans of 120 read.
    expect(cold.graph.files().sort()).toEqual([team, '/ws/groups/group-0.okr.md', '/ws/divisions/division-0.okr.md', '/ws/company/company.okr.md'].sort());
    const coldAnswer = definitionAt(contextOf(cold), team, at);
    const chain = chainAt(contextOf(cold), team, at);

    const warm = serviceOf();
    warm.loadAll();
    expect(coldAnswer.length).toBe(1);
    expect(coldAnswer).toEqual(definitionAt(contextOf(warm), team, at));
    expect(chain.length).toBeGreaterThanOrEqual(4);
    expect(chain).toEqual(chainAt(contextOf(warm), team, at));
    // The rest is read after, and nothing read ahead is read twice.
    expect(cold.loadSome(() => true)).toBe(true);
    expect(cold.graph.files().length).toBe(disk.size);
  });
});

describe('language server: go to parent right after initialize', () => {
  it('answers a definition sent right after `initialized` exactly as once every plan is checked', async () => {
    const root = mkdtempSync(join(tmpdir(), 'throughline-ahead-'));
    const files = [...generateDeepWorkspace(400)].map(([path, text]) => {
      const file = join(root, path);
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, text);
      return file;
    });
    const team = join(root, 'teams', 'team-7.okr.md');
    const definition = () => client.request<unknown[]>('textDocument/definition', { textDocument: { uri: uriOf(team) }, position: positionOf(team, '.okr.md#KR') });
    const client = await TestClient.start(root);
    try {
      await client.initialize({ today: '2026-03-30' });
      // Sent right behind `initialized`: answered between the turns that read the workspace.
      const cold = await definition();
      await Promise.all(files.map((file) => client.waitForDiagnostics(uriOf(file))));
      expect(cold).toHaveLength(1);
      expect(cold).toEqual(await definition());
    } finally {
      await client.close();
    }
  });
});

import { describe, expect, it } from 'vitest';
import { symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { TestClient } from '../lsp/client';
import { CASE_TIMEOUT_MS, expectBounded, runCli, workspace } from './harness';

const SECRET = '---\nperiod: 2026-Q1\n---\n# Mission: SECRET mission\nServes: a\nRefuses: b\n## Objective O1: SECRET objective\nOwner: @x\n';

/** A workspace whose links lead out of it: to a folder with a plan, to a plan, to `/`, and in a loop. */
function linkedWorkspace(): { dir: string; outside: string } {
  const outside = workspace({ 'secret.okr.md': SECRET, '.okrrc.json': '{ "rules": { "missing-owner": "off" } }' });
  const dir = workspace({
    'team.okr.md': '---\nperiod: 2026-Q1\nparent: out/secret.okr.md\n---\n## Objective O1: Owners trust the numbers\nParent: secret.okr.md#O1\n### KR1.1: Cut errors from 4% to 1%\nParent: out/secret.okr.md#O1\n',
  });
  symlinkSync(outside, join(dir, 'out'));
  symlinkSync(join(outside, 'secret.okr.md'), join(dir, 'secret.okr.md'));
  symlinkSync('/', join(dir, 'root'));
  symlinkSync(dir, join(dir, 'loop'));
  symlinkSync(join(outside, '.okrrc.json'), join(dir, '.okrrc.json'));
  return { dir, outside };
}

describe('inside means inside, after links are followed', () => {
  it('check walks no folder link, follows no file link out, and resolves no parent through one', () => {
    const { dir } = linkedWorkspace();
    const run = runCli(['check', '--format', 'json'], dir);
    expectBounded(run);
    expect(run.stdout).not.toContain('SECRET');
    const { diagnostics, summary } = JSON.parse(run.stdout) as { diagnostics: { file: string; code: string }[]; summary: { plans: number } };
    expect(summary.plans).toBe(1);
    expect(diagnostics.filter((d) => d.code === 'OKR001').length).toBeGreaterThanOrEqual(2);
    // The linked-in .okrrc.json (turning missing-owner off) is not read either.
    expect(diagnostics.some((d) => d.code === 'OKR303')).toBe(true);
  });

  it('check of a subfolder and of a named file read nothing through links either', () => {
    const { dir } = linkedWorkspace();
    for (const args of [['check', 'team.okr.md'], ['check', '.'], ['chain', 'team.okr.md:8']]) {
      const run = runCli(args, dir);
      expectBounded(run);
      expect(run.stdout + run.stderr).not.toContain('SECRET');
    }
  });

  it('the server reads no plan through a link and answers at once despite a link to / and a loop', { timeout: 4 * CASE_TIMEOUT_MS }, async () => {
    const { dir } = linkedWorkspace();
    const client = await TestClient.start(dir);
    try {
      await client.initialize();
      await client.filesChanged([{ file: join(dir, 'out', 'secret.okr.md'), type: 1 }, { file: join(dir, 'secret.okr.md'), type: 2 }]);
      const symbols = await client.request<{ name: string }[]>('workspace/symbol', { query: '' });
      expect(JSON.stringify(symbols)).not.toContain('SECRET');
      expect(symbols.length).toBeGreaterThan(0);
    } finally {
      await client.close();
    }
  });
});

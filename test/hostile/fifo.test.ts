import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { TestClient } from '../lsp/client';
import { CASE_TIMEOUT_MS, expectBounded, fifo, runCli, workspace } from './harness';

const PLAN = '---\nperiod: 2026-Q1\n---\n# Mission: m\nServes: a\nRefuses: b\n';

describe('only regular files are read', () => {
  it('a FIFO named as a plan on the command line is a located OKR901, not a hang', () => {
    const dir = workspace({ 'ok.okr.md': PLAN });
    fifo(join(dir, 'pipe.okr.md'));
    const run = runCli(['check', 'pipe.okr.md', 'ok.okr.md', '--format', 'json'], dir);
    expectBounded(run);
    const { diagnostics } = JSON.parse(run.stdout) as { diagnostics: { file: string; code: string; message: string }[] };
    expect(diagnostics.filter((d) => d.file === 'pipe.okr.md')).toEqual([expect.objectContaining({ code: 'OKR901', message: expect.stringContaining('is not a regular file') })]);
  });

  it('FIFOs met while walking (a plan, .okrrc.json, .gitignore, in the folder and below) are skipped or reported', () => {
    const dir = workspace({ 'ok.okr.md': PLAN, 'team/t.okr.md': PLAN });
    for (const name of ['pipe.okr.md', '.gitignore', 'team/.okrrc.json', 'team/.gitignore', 'team/pipe.okr.md']) fifo(join(dir, name));
    const run = runCli(['check', '--format', 'json'], dir);
    expectBounded(run);
    const { diagnostics, summary } = JSON.parse(run.stdout) as { diagnostics: { file: string; code: string; message: string }[]; summary: { plans: number } };
    expect(summary.plans).toBe(2);
    expect(diagnostics.filter((d) => d.file === 'team/.okrrc.json')).toEqual([expect.objectContaining({ code: 'OKR900', message: expect.stringContaining('is not a regular file') })]);
  });

  it('a FIFO given as --config is a usage error', () => {
    const dir = workspace({ 'ok.okr.md': PLAN });
    fifo(join(dir, 'conf.json'));
    const run = runCli(['check', '--config', 'conf.json'], dir);
    expectBounded(run);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('cannot read the config file conf.json: it is not a regular file');
  });

  it('the server skips FIFOs at startup and when a watched-file event announces one, and keeps answering', { timeout: 4 * CASE_TIMEOUT_MS }, async () => {
    const dir = workspace({ 'ok.okr.md': PLAN });
    fifo(join(dir, 'pipe.okr.md'));
    fifo(join(dir, '.gitignore'));
    const client = await TestClient.start(dir);
    try {
      await client.initialize();
      fifo(join(dir, 'late.okr.md'));
      fifo(join(dir, 'sub', '.okrrc.json'));
      await client.filesChanged([
        { file: join(dir, 'late.okr.md'), type: 1 },
        { file: join(dir, 'sub', '.okrrc.json'), type: 1 },
      ]);
      const symbols = await client.request<{ name: string }[]>('workspace/symbol', { query: '' });
      expect(symbols.map((s) => s.name)).toEqual([expect.stringContaining('m')]);
    } finally {
      await client.close();
    }
  });
});

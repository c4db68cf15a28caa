import { describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { TestClient, uriOf } from '../lsp/client';
import { ALIAS_BOMB, CASE_MAX_RSS_MB, CASE_TIMEOUT_MS, expectBounded, runCli, scaled, workspace } from './harness';

const UNSAFE_OUTPUT = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;

/** One workspace of hostile plans next to a good one; each must cost its own plan at most. */
function hostileWorkspace(): { dir: string; plans: string[] } {
  const files: Record<string, string> = {
    'good.okr.md': '---\nperiod: 2026-Q1\n---\n# Mission: m\nServes: a\nRefuses: b\n## Objective O1: Owners trust the numbers\n',
    'alias-bomb.okr.md': ALIAS_BOMB,
    'deep-quotes.okr.md': `## Objective O1: x\n${Array.from({ length: 20 }, () => `${'>'.repeat(scaled(5_000))} KR: deep`).join('\n')}\n`,
    'deep-lists.okr.md': `## Objective O1: x\n${Array.from({ length: scaled(400) }, (_, i) => `${'  '.repeat(i)}- KR: level ${i}`).join('\n')}\n`,
    'mixed-nesting.okr.md': `${'- > '.repeat(scaled(3_000))}KR: x\n`,
    'long-line.okr.md': `## Objective O1: ${'word '.repeat(scaled(50_000))}\nParent: ${'y'.repeat(scaled(300_000))}#KR1\n`,
    'control.okr.md': '---\nparent: "a\\n::error file=x::pwned\\u001b[2J"\n---\n## Objective O1: \u001b]0;title\u0007 \u202eevil\n',
    'many.okr.md': Array.from({ length: scaled(2_000) }, (_, i) => `<!-- okr-disable-next-line missing-owner -->\n## Objective O${i + 1}: Same outcome\nParent: O${i}`).join('\n'),
    'copy.okr.md': Array.from({ length: scaled(1_000) }, (_, i) => `## Objective O${i + 1}: Same outcome`).join('\n'),
    'fences.okr.md': '```\n'.repeat(scaled(5_000)),
    'tables.okr.md': `| a |\n|---|\n${'| x |\n'.repeat(scaled(5_000))}`,
  };
  const dir = workspace(files);
  writeFileSync(join(dir, 'binary.okr.md'), Buffer.from([0x23, 0x20, 0x00, 0xff, 0xfe]));
  writeFileSync(join(dir, 'latin1.okr.md'), Buffer.from('## Objective O1: caf\xe9\n', 'latin1'));
  return { dir, plans: [...Object.keys(files), 'binary.okr.md', 'latin1.okr.md'].map((f) => join(dir, f)) };
}

describe('bombs, huge and deep files, control characters: bounded from outside', () => {
  it('the CLI checks every plan in time and memory, and prints no control character', () => {
    const { dir, plans } = hostileWorkspace();
    for (const format of ['stylish', 'github', 'json']) {
      const run = runCli(['check', '--format', format], dir);
      expectBounded(run);
      expect(run.status).toBe(1);
      if (format !== 'json') expect(run.stdout.replace(/\n/g, '')).not.toMatch(UNSAFE_OUTPUT);
      else expect(JSON.parse(run.stdout).summary.plans).toBe(plans.length);
    }
  });

  it('a plan over 4 MB is not read: one OKR901, at once', () => {
    const dir = workspace({ 'huge.okr.md': '## Objective O1: Outcome\n'.repeat(Math.ceil((4 * 1024 * 1024) / 24) + 1) });
    const run = runCli(['check', '--format', 'json'], dir);
    expectBounded(run);
    const { diagnostics } = JSON.parse(run.stdout) as { diagnostics: { code: string; message: string }[] };
    expect(diagnostics).toEqual([expect.objectContaining({ code: 'OKR901', message: expect.stringContaining('larger than the 4 MB a plan may be') })]);
  });

  it('the server publishes diagnostics for every plan and keeps answering, in time and memory', { timeout: 6 * CASE_TIMEOUT_MS }, async () => {
    const { dir, plans } = hostileWorkspace();
    const client = await TestClient.start(dir);
    try {
      const started = performance.now();
      await client.initialize({ today: '2026-02-02' });
      await Promise.all(plans.map((file) => client.waitForDiagnostics(uriOf(file))));
      expect(performance.now() - started).toBeLessThan(CASE_TIMEOUT_MS);
      const bomb = client.diagnostics.get(uriOf(join(dir, 'alias-bomb.okr.md')))!.diagnostics;
      expect(bomb.some((d) => d.code === 'OKR901')).toBe(true);
      const symbols = await client.request<unknown[]>('workspace/symbol', { query: 'Owners' });
      expect(symbols.length).toBeGreaterThan(0);
      const peak = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${client.child.pid}/status`, 'utf8'));
      if (peak) expect(Number(peak[1]) / 1024).toBeLessThan(CASE_MAX_RSS_MB);
    } finally {
      await client.close();
    }
  });
});

describe('the server holds an open document to the size limit of a file', () => {
  it('a document over 4 MB opened in the editor is one OKR901, at once, and the server keeps answering', { timeout: 4 * CASE_TIMEOUT_MS }, async () => {
    const dir = workspace({ 'good.okr.md': '# Mission: m\n' });
    const client = await TestClient.start(dir);
    try {
      await client.initialize({ today: '2026-02-02' });
      const uri = uriOf(join(dir, 'huge.okr.md'));
      const started = performance.now();
      await client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'okr', version: 1, text: '## Objective O1: Outcome\n'.repeat(200_000) } });
      const published = await client.waitForDiagnostics(uri);
      expect(published.diagnostics.map((d) => d.code)).toEqual(['OKR901']);
      expect(await client.request<unknown[]>('workspace/symbol', { query: 'Outcome' })).toEqual([]);
      expect(performance.now() - started).toBeLessThan(CASE_TIMEOUT_MS);
    } finally {
      await client.close();
    }
  });
});

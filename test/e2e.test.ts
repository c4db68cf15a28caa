import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

describe('inside a real VS Code (code-server + Chromium)', () => {
  it('passes the extension-host suite and the workbench check', () => {
    // scripts/setup-e2e.sh (run by the harness) installs code-server, Node 24 and Chromium on a fresh machine.
    const result = spawnSync(process.execPath, [join(__dirname, 'e2e', 'run.mjs')], { encoding: 'utf8', input: '', timeout: 900_000 });
    const output = `${result.stdout}\n${result.stderr}`;
    const summary = output.split('\n').filter((l) => /^ {2}[✔✘]|exit code/.test(l));
    expect(summary.filter((l) => l.includes('✘')), summary.join('\n')).toEqual([]);
    expect(summary.filter((l) => l.startsWith('  ✔'))).toHaveLength(8);
    expect(output).toContain('extension tests exit code: 0; workbench check: 0');
    expect(result.status).toBe(0);
  }, 900_000);
});

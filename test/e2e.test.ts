import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

// Inside a real VS Code: test/e2e/run.mjs runs scripts/setup-e2e.sh (code-server, Node 24 and
// Chromium, cached outside the repository), the extension-host suite and the workbench checks on
// the packaged throughline.vsix (`npm test` packages it first). Missing tools fail this test.
describe('inside a real VS Code (code-server + Chromium)', () => {
  it('passes the extension-host suite and the workbench checks', () => {
    const result = spawnSync(process.execPath, [join(__dirname, 'e2e', 'run.mjs')], { encoding: 'utf8', input: '', timeout: 900_000 });
    const output = `${result.stdout}\n${result.stderr}`;
    const lines = output.split('\n');
    const failed = lines.filter((l) => /^ {2}✘/.test(l));
    expect(failed, output).toEqual([]);
    expect(lines.filter((l) => /^ {2}✔ workbench:/.test(l)), output).toHaveLength(28);
    expect(lines.filter((l) => /^ {2}✔ (?!workbench:)/.test(l)), output).toHaveLength(10);
    expect(output).toContain('extension tests exit code: 0; workbench checks failed: 0');
    expect(result.status, output).toBe(0);
  }, 900_000);
});

import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CLI, copyWorkspace } from './lsp/client';

describe('Neovim as an independent LSP client', () => {
  it('gets diagnostics, hover and definition from `throughline lsp --stdio`', () => {
    const nvim = spawnSync('nvim', ['--version'], { encoding: 'utf8' });
    expect(nvim.status, 'Neovim is missing: run scripts/setup-nvim.sh (npm test does)').toBe(0);
    const home = mkdtempSync(join(tmpdir(), 'throughline-nvim-'));
    const workspace = copyWorkspace('cascade');
    const result = spawnSync('nvim', ['--headless', '--clean', '-c', `luafile ${join(__dirname, 'nvim', 'lsp-check.lua')}`], {
      encoding: 'utf8',
      input: '',
      timeout: 60_000,
      env: { ...process.env, THROUGHLINE_NODE: process.execPath, THROUGHLINE_CLI: CLI, WORKSPACE: workspace, XDG_CONFIG_HOME: home, XDG_DATA_HOME: home, XDG_STATE_HOME: home, XDG_CACHE_HOME: home },
    });
    rmSync(home, { recursive: true, force: true });
    rmSync(workspace, { recursive: true, force: true });
    const output = `${result.stdout}${result.stderr}`;
    expect(output).toContain('DIAGNOSTIC OKR001 line 9');
    expect(output).toContain('DIAGNOSTICS cleared');
    expect(output).toContain('HOVER ok');
    expect(output).toContain('DEFINITION ### KR1.1: Reduce time-to-first-value');
    expect(output).toContain('PARENT line 12');
    expect(output.trim().split('\n').pop()).toBe('OK');
    expect(result.status).toBe(0);
  });
});

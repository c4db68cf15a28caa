import { existsSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { redirectTemporaryFolders } from './global-setup';

// Tests make workspaces with mkdtemp in the system's temporary folder; a developer runs them many times, so
// whatever they make must go when the run ends rather than fill the disk.
describe('temporary folders of a test run', () => {
  it('are made inside the run’s own folder', () => {
    expect(tmpdir()).toMatch(/throughline-test-run-[^/\\]+$/);
  });

  it('go, with everything in them, when the run ends, and the environment is as before', () => {
    const env: NodeJS.ProcessEnv = { TMPDIR: tmpdir() };
    const restore = redirectTemporaryFolders(env);
    const runFolder = env.TMPDIR!;
    writeFileSync(join(runFolder, 'left-behind.txt'), 'x');
    expect(runFolder).not.toBe(tmpdir());
    restore();
    expect(existsSync(runFolder)).toBe(false);
    expect(env).toEqual({ TMPDIR: tmpdir() });
  });
});

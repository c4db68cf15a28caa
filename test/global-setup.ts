import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const TEMPORARY_FOLDER_VARIABLES = ['TMPDIR', 'TMP', 'TEMP'] as const;

/**
 * Points the temporary-folder variables of `env` at a fresh folder of this run, so that everything tests and the
 * processes they start make with mkdtemp lands in it; the returned function removes it and restores `env`.
 */
export function redirectTemporaryFolders(env: NodeJS.ProcessEnv = process.env): () => void {
  const runFolder = mkdtempSync(join(tmpdir(), 'throughline-test-run-'));
  const before = TEMPORARY_FOLDER_VARIABLES.map((name) => [name, env[name]] as const);
  for (const name of TEMPORARY_FOLDER_VARIABLES) env[name] = runFolder;
  return () => {
    for (const [name, value] of before) {
      if (value === undefined) delete env[name];
      else env[name] = value;
    }
    rmSync(runFolder, { recursive: true, force: true, maxRetries: 3 });
  };
}

export default function setup(): () => void {
  return redirectTemporaryFolders();
}

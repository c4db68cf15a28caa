import { describe, expect, it } from 'vitest';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { TestClient, uriOf } from '../lsp/client';
import { CASE_TIMEOUT_MS, workspace } from './harness';

const PLAN = '# Mission: m\nServes: a\nRefuses: b\n';

/** After `exit` the connection is closed: only the process and the folder are left to clean up. */
function cleanUp(client: TestClient): void {
  client.connection.dispose();
  client.child.kill();
  rmSync(client.folder, { recursive: true, force: true });
}

function exitCodeOf(client: TestClient): Promise<number | null> {
  return new Promise((resolve) => (client.child.exitCode !== null ? resolve(client.child.exitCode) : client.child.once('exit', (code) => resolve(code))));
}

describe('the server keeps the protocol', { timeout: 4 * CASE_TIMEOUT_MS }, () => {
  it('answers -32002 to a request before initialize, an error after shutdown, and exits 0 after shutdown', async () => {
    const dir = workspace({ 'a.okr.md': PLAN });
    const client = await TestClient.start(dir);
    try {
      const hover = { textDocument: { uri: uriOf(join(dir, 'a.okr.md')) }, position: { line: 0, character: 0 } };
      await expect(client.request('textDocument/hover', hover)).rejects.toMatchObject({ code: -32002 });
      await client.initialize();
      expect(await client.request('workspace/symbol', { query: '' })).not.toHaveLength(0);
      await client.request('shutdown', null);
      await expect(client.request('workspace/symbol', { query: '' })).rejects.toMatchObject({ code: -32600 });
      await expect(client.request('textDocument/hover', hover)).rejects.toMatchObject({ code: -32600 });
      const exited = exitCodeOf(client);
      await client.connection.sendNotification('exit');
      expect(await exited).toBe(0);
    } finally {
      cleanUp(client);
    }
  });

  it('exits 1 on exit without shutdown', async () => {
    const client = await TestClient.start(workspace({ 'a.okr.md': PLAN }));
    try {
      await client.initialize();
      const exited = exitCodeOf(client);
      await client.connection.sendNotification('exit');
      expect(await exited).toBe(1);
    } finally {
      cleanUp(client);
    }
  });
});

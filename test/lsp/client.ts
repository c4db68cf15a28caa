import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  createProtocolConnection,
  StreamMessageReader,
  StreamMessageWriter,
  type ClientCapabilities,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
} from 'vscode-languageserver-protocol/node';

export const ROOT = join(__dirname, '..', '..');
export const CLI = join(ROOT, 'bin', 'throughline.js');

/** A copy of a fixture workspace in a temp folder, so tests may edit files. */
export function copyWorkspace(name: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'throughline-lsp-'));
  cpSync(join(ROOT, 'test', 'fixtures', 'workspaces', name), dir, { recursive: true });
  return dir;
}

export const uriOf = (file: string): string => pathToFileURL(file).href;

/** A real JSON-RPC client talking to the built server over stdio. */
export class TestClient {
  readonly connection: ProtocolConnection;
  private readonly child: ChildProcess;
  /** The latest diagnostics per URI. */
  readonly diagnostics = new Map<string, PublishDiagnosticsParams>();
  private waiters: { test: (p: PublishDiagnosticsParams) => boolean; resolve: (p: PublishDiagnosticsParams) => void }[] = [];
  readonly stderr: string[] = [];
  readonly logs: string[] = [];

  constructor(readonly folder: string) {
    this.child = spawn(process.execPath, [CLI, 'lsp', '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
    this.child.stderr!.on('data', (d: Buffer) => this.stderr.push(d.toString()));
    this.connection = createProtocolConnection(new StreamMessageReader(this.child.stdout!), new StreamMessageWriter(this.child.stdin!));
    this.connection.onNotification('textDocument/publishDiagnostics', (params: PublishDiagnosticsParams) => {
      this.diagnostics.set(params.uri, params);
      this.waiters = this.waiters.filter((w) => {
        if (!w.test(params)) return true;
        w.resolve(params);
        return false;
      });
    });
    this.connection.onNotification('window/logMessage', (p: { message: string }) => {
      this.logs.push(p.message);
    });
    this.connection.onRequest('client/registerCapability', () => null);
    this.connection.onRequest('window/workDoneProgress/create', () => null);
    this.connection.onRequest('workspace/configuration', (p: { items: unknown[] }) => p.items.map(() => ({})));
    this.connection.listen();
  }

  async initialize(options: { today?: string; capabilities?: ClientCapabilities; folders?: string[] } = {}): Promise<unknown> {
    const folders = options.folders ?? [this.folder];
    const result = await this.connection.sendRequest('initialize', {
      processId: process.pid,
      rootUri: uriOf(folders[0]!),
      workspaceFolders: folders.map((f, i) => ({ uri: uriOf(f), name: `ws${i}` })),
      initializationOptions: options.today ? { today: options.today } : {},
      capabilities: options.capabilities ?? { workspace: { didChangeWatchedFiles: { dynamicRegistration: true } }, window: { workDoneProgress: true } },
    });
    await this.connection.sendNotification('initialized', {});
    return result;
  }

  /** Resolves with the first diagnostics notification that passes `test` (already received ones count). */
  waitForDiagnostics(uri: string, test: (p: PublishDiagnosticsParams) => boolean = () => true): Promise<PublishDiagnosticsParams> {
    const current = this.diagnostics.get(uri);
    if (current && test(current)) return Promise.resolve(current);
    return new Promise((resolve) => this.waiters.push({ test: (p) => p.uri === uri && test(p), resolve }));
  }

  /** Waits for diagnostics of a newer notification than the current one. */
  nextDiagnostics(uri: string, test: (p: PublishDiagnosticsParams) => boolean = () => true): Promise<PublishDiagnosticsParams> {
    return new Promise((resolve) => this.waiters.push({ test: (p) => p.uri === uri && test(p), resolve }));
  }

  open(file: string, version = 1): Promise<void> {
    return this.connection.sendNotification('textDocument/didOpen', {
      textDocument: { uri: uriOf(file), languageId: 'okr', version, text: readFileSync(file, 'utf8') },
    });
  }

  request<T>(method: string, params: unknown): Promise<T> {
    return this.connection.sendRequest(method, params) as Promise<T>;
  }

  async close(): Promise<void> {
    await this.connection.sendRequest('shutdown').catch(() => undefined);
    await this.connection.sendNotification('exit').catch(() => undefined);
    this.connection.dispose();
    this.child.kill();
    rmSync(this.folder, { recursive: true, force: true });
  }
}

/** The 0-based line of the first line containing `needle`. */
export function lineOf(file: string, needle: string): number {
  const line = readFileSync(file, 'utf8').split(/\r?\n/).findIndex((l) => l.includes(needle));
  if (line < 0) throw new Error(`"${needle}" not in ${file}`);
  return line;
}

/** The position of `needle` (plus an offset) in a file, in UTF-16 columns. */
export function positionOf(file: string, needle: string, offset = 0): { line: number; character: number } {
  const line = lineOf(file, needle);
  return { line, character: readFileSync(file, 'utf8').split(/\r?\n/)[line]!.indexOf(needle) + offset };
}

import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type AddressInfo, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  createProtocolConnection,
  IPCMessageReader,
  IPCMessageWriter,
  SocketMessageReader,
  SocketMessageWriter,
  StreamMessageReader,
  StreamMessageWriter,
  type ClientCapabilities,
  type FileEvent,
  type MessageReader,
  type MessageWriter,
  type TextDocumentContentChangeEvent,
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

export type Transport = 'stdio' | 'node-ipc' | 'socket';

/** Spawns `throughline lsp` on a transport and returns its process and message streams. */
async function spawnServer(transport: Transport): Promise<{ child: ChildProcess; reader: MessageReader; writer: MessageWriter }> {
  if (transport === 'stdio') {
    const child = spawn(process.execPath, [CLI, 'lsp', '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
    return { child, reader: new StreamMessageReader(child.stdout!), writer: new StreamMessageWriter(child.stdin!) };
  }
  if (transport === 'node-ipc') {
    const child = spawn(process.execPath, [CLI, 'lsp', '--node-ipc'], { stdio: ['ignore', 'ignore', 'pipe', 'ipc'] });
    return { child, reader: new IPCMessageReader(child), writer: new IPCMessageWriter(child) };
  }
  // `--socket=N`: the server connects to a port the client listens on.
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const socketReady = new Promise<Socket>((resolve) => server.once('connection', resolve));
  const child = spawn(process.execPath, [CLI, 'lsp', `--socket=${(server.address() as AddressInfo).port}`], { stdio: ['ignore', 'ignore', 'pipe'] });
  const socket = await socketReady;
  server.close();
  return { child, reader: new SocketMessageReader(socket), writer: new SocketMessageWriter(socket) };
}

/** A real JSON-RPC client talking to the built server (over stdio unless told otherwise). */
export class TestClient {
  connection!: ProtocolConnection;
  /** The server process (tests that watch it exit or kill it use this). */
  child!: ChildProcess;
  /** The latest diagnostics per URI. */
  readonly diagnostics = new Map<string, PublishDiagnosticsParams>();
  /** Every diagnostics notification, in order. */
  readonly published: PublishDiagnosticsParams[] = [];
  private waiters: { test: (p: PublishDiagnosticsParams) => boolean; resolve: (p: PublishDiagnosticsParams) => void }[] = [];
  readonly stderr: string[] = [];
  readonly logs: string[] = [];
  /** What the client answers to `workspace/configuration` for the `throughline` section. */
  settings: Record<string, unknown> = {};
  /** Sections asked for through `workspace/configuration`. */
  readonly configurationRequests: string[] = [];
  readonly registrations: { method: string; registerOptions?: unknown }[] = [];
  readonly progress: unknown[] = [];

  private constructor(readonly folder: string) {}

  /** Starts the built server for a workspace folder (tests pass a `copyWorkspace(...)`). */
  static async start(folder: string, transport: Transport = 'stdio'): Promise<TestClient> {
    const client = new TestClient(folder);
    const { child, reader, writer } = await spawnServer(transport);
    client.child = child;
    child.stderr!.on('data', (d: Buffer) => client.stderr.push(d.toString()));
    client.connection = createProtocolConnection(reader, writer);
    client.listen();
    return client;
  }

  private listen(): void {
    this.connection.onNotification('textDocument/publishDiagnostics', (params: PublishDiagnosticsParams) => {
      this.diagnostics.set(params.uri, params);
      this.published.push(params);
      this.waiters = this.waiters.filter((w) => {
        if (!w.test(params)) return true;
        w.resolve(params);
        return false;
      });
    });
    this.connection.onNotification('window/logMessage', (p: { message: string }) => {
      this.logs.push(p.message);
    });
    this.connection.onNotification('$/progress', (p: unknown) => {
      this.progress.push(p);
    });
    this.connection.onRequest('client/registerCapability', (p: { registrations: { method: string; registerOptions?: unknown }[] }) => {
      this.registrations.push(...p.registrations);
      return null;
    });
    this.connection.onRequest('window/workDoneProgress/create', () => null);
    this.connection.onRequest('workspace/diagnostic/refresh', () => null);
    this.connection.onRequest('workspace/configuration', (p: { items: { section?: string }[] }) =>
      p.items.map((item) => {
        this.configurationRequests.push(item.section ?? '');
        return item.section === 'throughline' ? this.settings : {};
      }),
    );
    this.connection.listen();
  }

  async initialize(options: { today?: string; capabilities?: ClientCapabilities; folders?: string[]; rootUriOnly?: boolean } = {}): Promise<unknown> {
    const folders = options.folders ?? [this.folder];
    const result = await this.connection.sendRequest('initialize', {
      processId: process.pid,
      rootUri: uriOf(folders[0]!),
      workspaceFolders: options.rootUriOnly ? null : folders.map((f, i) => ({ uri: uriOf(f), name: `ws${i}` })),
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

  /** Sends a didChange with the given edits (incremental sync). */
  change(file: string, version: number, contentChanges: TextDocumentContentChangeEvent[]): Promise<void> {
    return this.connection.sendNotification('textDocument/didChange', { textDocument: { uri: uriOf(file), version }, contentChanges });
  }

  closeDocument(file: string): Promise<void> {
    return this.connection.sendNotification('textDocument/didClose', { textDocument: { uri: uriOf(file) } });
  }

  /** Tells the server files changed on disk (1 created, 2 changed, 3 deleted). */
  filesChanged(changes: { file: string; type: FileEvent['type'] }[]): Promise<void> {
    return this.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: changes.map((c) => ({ uri: uriOf(c.file), type: c.type })) });
  }

  request<T>(method: string, params: unknown): Promise<T> {
    return this.connection.sendRequest(method, params) as Promise<T>;
  }

  async close(): Promise<void> {
    await this.connection.sendRequest('shutdown').catch(() => undefined);
    await this.connection.sendNotification('exit').catch(() => undefined);
    this.connection.dispose();
    this.child.kill();
    await new Promise<void>((resolve) => (this.child.exitCode !== null || this.child.signalCode !== null ? resolve() : this.child.once('exit', () => resolve())));
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

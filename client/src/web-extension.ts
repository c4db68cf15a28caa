import * as vscode from 'vscode';
import { LanguageClient, RevealOutputChannelOn, type LanguageClientOptions } from 'vscode-languageclient/browser';
import { FileContentNotification, WorkspaceFilesRequest, type WorkspaceFile } from '../../server/src/protocol';
import { activateWith, type ThroughlineApi } from './activate';

export { deactivate, type ThroughlineApi } from './activate';

/** The browser's `Worker` (the project's types are Node's). */
declare const Worker: new (scriptURL: string) => ConstructorParameters<typeof LanguageClient>[3];

/** Folders never searched for plans. */
const EXCLUDE = '{**/node_modules/**,**/.git/**}';

/** Past this many files a request for the workspace's files stops: a repository of plans, not of everything. */
const MAX_FILES = 20_000;

/** The text of a file in the editor's file system (a virtual one on vscode.dev and github.dev). */
async function textOf(uri: vscode.Uri): Promise<string | undefined> {
  try {
    return new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
  } catch {
    return undefined;
  }
}

/** The workspace's files matching the globs, with their text: what the server in the worker reads instead of a disk. */
async function workspaceFiles(globs: string[]): Promise<WorkspaceFile[]> {
  const uris = new Map<string, vscode.Uri>();
  for (const glob of globs) for (const uri of await vscode.workspace.findFiles(glob, EXCLUDE, MAX_FILES)) uris.set(uri.toString(), uri);
  const files = await Promise.all([...uris.values()].map(async (uri) => ({ uri: uri.toString(), text: await textOf(uri) })));
  return files.filter((f): f is WorkspaceFile => f.text !== undefined);
}

/**
 * The web extension (vscode.dev, github.dev): the same language server, run in a web worker. It
 * reads no file system, so the client answers its requests for the workspace's plans and tells it
 * when a watched file changes.
 */
export function activate(context: vscode.ExtensionContext): Promise<ThroughlineApi> {
  const serverMain = vscode.Uri.joinPath(context.extensionUri, 'out', 'browser-server.js');
  return activateWith(context, {
    where: 'a web worker',
    create(output, crashes) {
      const clientOptions: LanguageClientOptions = {
        documentSelector: [{ language: 'okr' }, { language: 'markdown' }, { pattern: '**/.okrrc.json' }],
        synchronize: { configurationSection: 'throughline' },
        outputChannel: output,
        traceOutputChannel: output,
        errorHandler: crashes,
        revealOutputChannelOn: RevealOutputChannelOn.Never,
      };
      const client = new LanguageClient('throughline', 'Throughline', clientOptions, new Worker(serverMain.toString(true)));
      context.subscriptions.push(client.onRequest(WorkspaceFilesRequest, ({ globs }) => workspaceFiles(globs)));
      const watcher = vscode.workspace.createFileSystemWatcher('**/{*.md,.okrrc.json}');
      const send = async (uri: vscode.Uri, deleted = false): Promise<void> => {
        const text = deleted ? undefined : await textOf(uri);
        await client.sendNotification(FileContentNotification, { uri: uri.toString(), text: text ?? null });
      };
      context.subscriptions.push(
        watcher,
        watcher.onDidCreate((uri) => void send(uri)),
        watcher.onDidChange((uri) => void send(uri)),
        watcher.onDidDelete((uri) => void send(uri, true)),
      );
      return client;
    },
  });
}

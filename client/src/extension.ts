import * as vscode from 'vscode';
import { LanguageClient, TransportKind, State, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { PlansChangedNotification } from '../../server/src/protocol';
import { registerCommands } from './commands';
import { AlignmentView } from './alignment-view';
import { PlanStatusBar } from './status-bar';
import { RuleDocsProvider, RULE_DOCS_SCHEME } from './rule-docs';

let client: LanguageClient | undefined;

/** Starts the language server over IPC and wires the commands, the alignment view and the status bar. */
export interface ThroughlineApi {
  /** The alignment view's top-level items (used by the tests that run inside VS Code). */
  alignmentRoots(): Promise<{ label: string; description: string }[]>;
}

export async function activate(context: vscode.ExtensionContext): Promise<ThroughlineApi> {
  const output = vscode.window.createOutputChannel('Throughline', { log: true });
  const serverModule = context.asAbsolutePath('out/cli.js');
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc, args: ['lsp'] },
    debug: { module: serverModule, transport: TransportKind.ipc, args: ['lsp'], options: { execArgv: ['--nolazy', '--inspect=6011'] } },
  };
  const clientOptions: LanguageClientOptions = {
    // Plain Markdown goes to the server too: it decides which files the config's `files` globs make plans.
    documentSelector: [{ scheme: 'file', language: 'okr' }, { scheme: 'file', language: 'markdown' }],
    // The server reads `throughline.today` and `throughline.rules.*` through workspace/configuration
    // and again on every change, so settings apply without a restart.
    synchronize: { configurationSection: 'throughline' },
    outputChannel: output,
    traceOutputChannel: output,
  };
  client = new LanguageClient('throughline', 'Throughline', serverOptions, clientOptions);
  client.onDidChangeState((event) => {
    if (event.newState === State.Stopped && event.oldState === State.Running) {
      void vscode.window.showWarningMessage('The Throughline server stopped; it restarts on its own. Details are in the Throughline output.', 'Show Output').then((choice) => {
        if (choice) output.show();
      });
    }
  });
  const view = new AlignmentView(() => client);
  const statusBar = new PlanStatusBar(() => client);
  const rules = new RuleDocsProvider(() => client);
  context.subscriptions.push(
    output,
    vscode.window.registerTreeDataProvider('throughline.alignment', view),
    vscode.workspace.registerTextDocumentContentProvider(RULE_DOCS_SCHEME, rules),
    statusBar,
    ...registerCommands(() => client, rules),
  );
  await client.start();
  await vscode.commands.executeCommand('setContext', 'throughline.active', true);
  context.subscriptions.push(
    client.onNotification(PlansChangedNotification, () => {
      view.refresh();
      statusBar.refresh();
    }),
  );
  view.refresh();
  statusBar.refresh();
  return {
    alignmentRoots: async () =>
      (await view.getChildren()).map((item) => {
        const tree = view.getTreeItem(item);
        return { label: String(tree.label), description: String(tree.description ?? '') };
      }),
  };
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}

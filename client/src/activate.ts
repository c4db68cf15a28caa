import * as vscode from 'vscode';
import { State, type BaseLanguageClient as LanguageClient } from 'vscode-languageclient';
import { PlansChangedNotification } from '../../server/src/protocol';
import type { ItemText } from '../../server/src/core/features/alignment-labels';
import { registerCommands } from './commands';
import { registerPlanCommands } from './plan-commands';
import { CursorLines } from './cursor-line';
import { okrPreviewPlugin, type MarkdownItLike } from './preview-plugin';
import { AlignmentView, itemText } from './alignment-view';
import { PlanStatusBar } from './status-bar';
import { RuleDocsProvider, RULE_DOCS_SCHEME } from './rule-docs';
import { CrashHandler } from './crash-handler';
import { PlanDocuments } from './plan-documents';
import { ThroughlineOutput } from './output';
import { AlignmentMapPanel } from './alignment-map';

let client: LanguageClient | undefined;

/** What `activate` returns; the tests that run inside VS Code use it. */
export interface ThroughlineApi {
  /** The alignment view's top-level items as the view shows them. */
  alignmentRoots(): Promise<ItemText[]>;
  /** The language server's process id while it runs (none for a server in a web worker). */
  serverPid(): number | undefined;
  /** Fires each time the language server is up and answering (after a start or a restart). */
  readonly onDidStartServer: vscode.Event<void>;
  /** Called by VS Code's Markdown preview (`contributes.markdown.markdownItPlugins`): fields on their own lines, `Parent` as links. */
  extendMarkdownIt<T extends MarkdownItLike>(md: T): T;
}

/** How a face of the extension (desktop or web) starts its language server. */
export interface ServerLauncher {
  /** Where the server runs, for the output channel. */
  where: string;
  create(output: vscode.LogOutputChannel, crashes: CrashHandler): LanguageClient;
  /** The server's process id, where it is a process. */
  pid?(client: LanguageClient): number | undefined;
}

/** Starts the language server and wires the commands, the alignment view and the status bar: the same on the desktop and the web. */
export async function activateWith(context: vscode.ExtensionContext, launcher: ServerLauncher): Promise<ThroughlineApi> {
  const output = new ThroughlineOutput();
  output.info(`Throughline ${String(context.extension.packageJSON.version)}: starting the language server (${launcher.where})`);
  const crashes = new CrashHandler(output);
  const started = new vscode.EventEmitter<void>();
  const current = (): LanguageClient | undefined => client;
  client = launcher.create(output, crashes);

  const view = new AlignmentView(current);
  const statusBar = new PlanStatusBar(current);
  const rules = new RuleDocsProvider(current);
  const plans = new PlanDocuments(current);
  const map = new AlignmentMapPanel(current);
  const refresh = (): void => {
    view.refresh();
    map.refresh();
    void statusBar.refresh();
    plans.refresh();
  };
  const restart = async (): Promise<void> => {
    crashes.reset();
    // stop then start: what the Node client's restart() does, and all the browser client offers.
    await client?.stop();
    await client?.start();
    void vscode.window.setStatusBarMessage('$(check) Throughline server restarted', 3000);
  };

  context.subscriptions.push(
    output,
    started,
    view,
    statusBar,
    plans,
    map,
    vscode.workspace.registerTextDocumentContentProvider(RULE_DOCS_SCHEME, rules),
    ...registerCommands(current, rules, restart),
    ...registerPlanCommands(current),
    new CursorLines(current),
    // Registered once: the client keeps notification handlers across restarts.
    client.onNotification(PlansChangedNotification, refresh),
    client.onDidChangeState(({ newState }) => {
      if (newState !== State.Running) return;
      refresh();
      started.fire();
    }),
  );
  await client.start();
  await vscode.commands.executeCommand('setContext', 'throughline.active', true);

  return {
    alignmentRoots: async () => (await view.getChildren()).map((item) => itemText(item, 0)),
    serverPid: () => (client && launcher.pid ? launcher.pid(client) : undefined),
    onDidStartServer: started.event,
    extendMarkdownIt: (md) => {
      okrPreviewPlugin(md);
      return md;
    },
  };
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}


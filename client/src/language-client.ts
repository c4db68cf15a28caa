import * as vscode from 'vscode';
import {
  CloseAction,
  ErrorAction,
  LanguageClient,
  RevealOutputChannelOn,
  TransportKind,
  type CloseHandlerResult,
  type ErrorHandler,
  type LanguageClientOptions,
  type ServerOptions,
} from 'vscode-languageclient/node';

/** Crashes tolerated within `CRASH_WINDOW_MS` before the server is left stopped. */
const MAX_CRASHES = 5;
const CRASH_WINDOW_MS = 3 * 60_000;

/**
 * Restarts a server that died on its own, telling the user so; after `MAX_CRASHES` crashes in
 * `CRASH_WINDOW_MS` it stops trying and says how to start it again. A stop the user asked for
 * (Restart Server, closing the window) never reaches this handler.
 */
export class CrashHandler implements ErrorHandler {
  private crashes: number[] = [];

  constructor(private readonly output: vscode.OutputChannel) {}

  error(_error: Error, _message: unknown, count: number | undefined): { action: ErrorAction; handled: boolean } {
    // A broken message now and then is survivable; a stream of them means the pipe is gone.
    return { action: count !== undefined && count <= 3 ? ErrorAction.Continue : ErrorAction.Shutdown, handled: true };
  }

  closed(): CloseHandlerResult {
    const now = Date.now();
    this.crashes = [...this.crashes.filter((t) => now - t < CRASH_WINDOW_MS), now];
    if (this.crashes.length >= MAX_CRASHES) {
      void this.notify(
        vscode.window.showErrorMessage(
          `The Throughline server stopped ${MAX_CRASHES} times in 3 minutes, so it is left stopped: plans get no diagnostics or navigation until it runs again.`,
          'Restart Server',
          'Show Output',
        ),
      );
      return { action: CloseAction.DoNotRestart, handled: true };
    }
    void this.notify(vscode.window.showWarningMessage('The Throughline server stopped unexpectedly and was restarted. Details are in the Throughline output.', 'Show Output'));
    return { action: CloseAction.Restart, handled: true };
  }

  /** Forgets earlier crashes (after the user restarts the server by hand). */
  reset(): void {
    this.crashes = [];
  }

  private async notify(choice: Thenable<string | undefined>): Promise<void> {
    const picked = await choice;
    if (picked === 'Show Output') this.output.show(true);
    if (picked === 'Restart Server') await vscode.commands.executeCommand('throughline.restartServer');
  }
}

/**
 * The language client: the bundled CLI (`out/cli.js lsp --node-ipc`) over Node IPC. Plain
 * Markdown goes to the server too; it decides which files the config's `files` globs make plans.
 */
export function createLanguageClient(context: vscode.ExtensionContext, output: vscode.LogOutputChannel, crashes: CrashHandler): LanguageClient {
  const module = context.asAbsolutePath('out/cli.js');
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc, args: ['lsp'] },
    debug: { module, transport: TransportKind.ipc, args: ['lsp'], options: { execArgv: ['--nolazy', '--inspect=6011'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      { scheme: 'file', language: 'okr' },
      { scheme: 'file', language: 'markdown' },
    ],
    // The server reads `throughline.today` and `throughline.rules.*` through workspace/configuration,
    // again on every change, so settings apply without a restart.
    synchronize: { configurationSection: 'throughline' },
    // VS Code's JSON language checks `.okrrc.json` syntax as you type: the server leaves syntax to it (one voice per mistake).
    initializationOptions: { configSyntaxChecked: true },
    outputChannel: output,
    traceOutputChannel: output,
    errorHandler: crashes,
    // The crash handler tells the user; the output channel is for details, not for popping up.
    revealOutputChannelOn: RevealOutputChannelOn.Never,
  };
  return new LanguageClient('throughline', 'Throughline', serverOptions, clientOptions);
}

import * as vscode from 'vscode';
import { LanguageClient, RevealOutputChannelOn, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import type { CrashHandler } from './crash-handler';

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
      // The config too: its findings come with fixes (did-you-mean for rule names), which VS Code asks only of a document's servers.
      { scheme: 'file', pattern: '**/.okrrc.json' },
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

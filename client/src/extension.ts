import type * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { activateWith, type ThroughlineApi } from './activate';
import { createLanguageClient } from './language-client';

export { deactivate, type ThroughlineApi } from './activate';

/** The desktop extension: the bundled CLI's language server over Node IPC. */
export function activate(context: vscode.ExtensionContext): Promise<ThroughlineApi> {
  return activateWith(context, {
    where: `${context.asAbsolutePath('out/cli.js')} lsp --node-ipc`,
    create: (output, crashes) => createLanguageClient(context, output, crashes),
    pid: (client) => (client as LanguageClient).serverProcess?.pid,
  });
}

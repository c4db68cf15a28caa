import { createConnection, ProposedFeatures, type Connection } from 'vscode-languageserver/node';
import type { ServerHost } from '../lsp/server';
import { nodePlanFiles } from './plan-files';
import { fitHeapToWorkspace } from './heap';

/** The server on Node: the connection vscode-languageserver picks from argv (--stdio, --node-ipc, --socket), files read from disk. */
export function nodeServer(): { connection: Connection; host: ServerHost } {
  return {
    connection: createConnection(ProposedFeatures.all),
    host: {
      files: nodePlanFiles(),
      plansRead: fitHeapToWorkspace,
      catchUncaught(report) {
        process.on('uncaughtException', (error) => report('unexpected error', error));
        process.on('unhandledRejection', (reason) => report('unhandled rejection', reason));
      },
    },
  };
}

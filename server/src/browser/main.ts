import { BrowserMessageReader, BrowserMessageWriter, createConnection } from 'vscode-languageserver/browser';
import { startServer } from '../lsp/server';
import { browserHost } from './host';

/*
 * The language server in a web worker (vscode.dev, github.dev): the same server and plan
 * service as on Node, reading the workspace through its client instead of a file system.
 */
declare const self: ConstructorParameters<typeof BrowserMessageReader>[0];

const connection = createConnection(new BrowserMessageReader(self), new BrowserMessageWriter(self));
startServer(connection, browserHost(connection));

/**
 * Throughline's custom LSP requests, declared once for the server and the VS Code client.
 */
import { RequestType, type Location, type TextDocumentPositionParams } from 'vscode-languageserver-protocol';

/** The parent of the node at a position (initiative → KR → objective → mission, or the KR it cascades from); null at the top. */
export const ParentRequest = new RequestType<TextDocumentPositionParams, Location | null, void>('throughline/parent');

/** The node at a position and each parent up to the mission. */
export const ChainRequest = new RequestType<TextDocumentPositionParams, Location[], void>('throughline/chain');

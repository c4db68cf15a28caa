import { URI } from 'vscode-uri';
import { toCorePath } from '../node/paths';

/**
 * The one place that maps between LSP URIs and core paths. URIs the client sent for its
 * documents are remembered, so diagnostics and locations for them use the client's own
 * spelling (clients differ in which characters they percent-encode).
 */
const clientSpelling = new Map<string, string>();

export function fileOf(uri: string): string | undefined {
  try {
    const parsed = URI.parse(uri);
    return parsed.scheme === 'file' && parsed.path ? toCorePath(parsed.fsPath) : undefined;
  } catch {
    return undefined;
  }
}

export function uriOf(file: string): string {
  return clientSpelling.get(file) ?? URI.file(file).toString();
}

/** Uses the client's spelling of a document's URI from now on. */
export function rememberUri(uri: string): void {
  const file = fileOf(uri);
  if (file) clientSpelling.set(file, uri);
}

export function forgetUri(uri: string): void {
  const file = fileOf(uri);
  if (file && clientSpelling.get(file) === uri) clientSpelling.delete(file);
}

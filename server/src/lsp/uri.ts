import { URI } from 'vscode-uri';
import { toCorePath } from '../node/paths';

/** The one place that maps between LSP URIs and core paths. */
export function fileOf(uri: string): string | undefined {
  try {
    const parsed = URI.parse(uri);
    return parsed.scheme === 'file' ? toCorePath(parsed.fsPath) : undefined;
  } catch {
    return undefined;
  }
}

export function uriOf(file: string): string {
  return URI.file(file).toString();
}

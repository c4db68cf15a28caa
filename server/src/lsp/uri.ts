import { posix } from 'node:path';
import { URI } from 'vscode-uri';
import { LastRead } from '../core/last-read';

/**
 * The one place that maps between LSP URIs and core paths (absolute, `/`-separated). `file:`
 * URIs map to their path. A server in a browser also takes the editor's virtual file systems
 * (`vscode-vfs://github/owner/repo/plan.okr.md`): each becomes `/<scheme>/<authority><path>`,
 * and back. URIs the client sent for its documents are remembered, so diagnostics and
 * locations for them use the client's own spelling (clients differ in which characters they
 * percent-encode).
 */
const clientSpelling = new Map<string, string>();
let anyScheme = false;

/** Lets URIs of every scheme map to paths (a server in a browser); by default only `file:` does. */
export function acceptAnyScheme(): void {
  anyScheme = true;
  uriSpelled = new LastRead(URIS_KEPT);
}

/** A path without `.` and `..` segments or a trailing slash. */
function corePath(path: string): string {
  const normal = posix.normalize(path);
  return normal.length > 1 && normal.endsWith('/') ? normal.slice(0, -1) : normal;
}

export function fileOf(uri: string): string | undefined {
  try {
    const parsed = URI.parse(uri);
    if (!parsed.path) return undefined;
    if (parsed.scheme === 'file') return corePath(parsed.fsPath.replace(/\\/g, '/'));
    if (!anyScheme || !/^[a-z][a-z0-9+.-]*$/i.test(parsed.scheme)) return undefined;
    return corePath(`/${parsed.scheme}/${parsed.authority}${parsed.path.startsWith('/') ? '' : '/'}${parsed.path}`);
  } catch {
    return undefined;
  }
}

export function uriOf(file: string): string {
  const spelled = clientSpelling.get(file);
  if (spelled) return spelled;
  return uriSpelled.get(file, spellUri);
}

/** The URIs of the last plans asked about: the related places of a plan's findings name the same few plans again and again. */
const URIS_KEPT = 1024;
let uriSpelled = new LastRead<string, string>(URIS_KEPT);

function spellUri(file: string): string {
  if (anyScheme) {
    const [, scheme, authority, path] = /^\/([^/]+)\/([^/]*)(\/.*)?$/.exec(file) ?? [];
    if (scheme && scheme !== 'file') return URI.from({ scheme, authority: authority ?? '', path: path ?? '/' }).toString();
  }
  return URI.file(file).toString();
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

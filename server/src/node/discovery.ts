import { readdirSync, statSync, type Dirent } from 'node:fs';
import { posix } from 'node:path';
import ignore, { type Ignore } from 'ignore';
import type { ConfigResolver } from '../core/config/resolver';
import { isPlanFileName, matchesConfigGlobs } from '../core/service/plan-files';
import { isReallyInside, toCorePath } from './paths';
import { readRegularTextFile } from './regular-file';

export interface Discovery {
  plans: string[];
  errors: { path: string; message: string }[];
}

const SKIPPED_FOLDERS = new Set(['node_modules', '.git']);

interface GitIgnoreLayer {
  base: string;
  rules: Ignore;
}

function readGitIgnore(folder: string): GitIgnoreLayer | undefined {
  const text = readRegularTextFile(posix.join(folder, '.gitignore'));
  return typeof text === 'string' ? { base: folder, rules: ignore().add(text) } : undefined;
}

function ignored(path: string, isDir: boolean, layers: GitIgnoreLayer[]): boolean {
  return layers.some((layer) => {
    const relative = posix.relative(layer.base, path);
    return relative !== '' && !relative.startsWith('..') && layer.rules.ignores(isDir ? `${relative}/` : relative);
  });
}

/**
 * Plans under the given files and folders: `*.okr.md` plus Markdown matched by the config's
 * `files` globs. Honours `.gitignore` files, skips `node_modules` and `.git`. Links to folders
 * are never followed (no loops, no walk of the disk through a link to `/`); a link to a file
 * is followed only when its real path lies inside the folder being searched. Explicit files
 * are always included. Paths come back absolute, `/`-separated, sorted.
 */
export function findPlans(paths: string[], options: { cwd: string; resolver: ConfigResolver }): Discovery {
  const plans = new Set<string>();
  const errors: Discovery['errors'] = [];
  const walk = (folder: string, top: string, layers: GitIgnoreLayer[]): void => {
    const own = readGitIgnore(folder);
    const active = own ? [...layers, own] : layers;
    let entries: Dirent[];
    try {
      entries = readdirSync(folder, { withFileTypes: true });
    } catch (error) {
      errors.push({ path: folder, message: `cannot be read (${(error as NodeJS.ErrnoException).code ?? String(error)})` });
      return;
    }
    for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
      const path = posix.join(folder, entry.name);
      const isDir = entry.isDirectory();
      const isFile = entry.isFile() || (entry.isSymbolicLink() && isLinkToFileInside(path, top));
      if (ignored(path, isDir, active)) continue;
      if (isDir && !SKIPPED_FOLDERS.has(entry.name)) walk(path, top, active);
      else if (isFile && (isPlanFileName(entry.name) || matchesConfigGlobs(path, options.resolver))) plans.add(path);
    }
  };
  for (const given of paths) {
    const path = toCorePath(posix.isAbsolute(given) ? given : posix.join(options.cwd, given));
    let stat;
    try {
      stat = statSync(path);
    } catch {
      errors.push({ path: given, message: 'does not exist' });
      continue;
    }
    if (stat.isDirectory()) walk(path, path, ancestorsIgnores(path, options.cwd));
    else plans.add(path);
  }
  return { plans: [...plans].sort(), errors };
}

/** A link whose target is a regular file inside `folder` (real paths); links to folders, devices and outside files are not. */
function isLinkToFileInside(link: string, folder: string): boolean {
  try {
    return statSync(link).isFile() && isReallyInside(link, [folder]);
  } catch {
    return false; // a dangling link, or a loop
  }
}

/** `.gitignore` files between the working directory and a folder it was asked to search. */
function ancestorsIgnores(folder: string, cwd: string): GitIgnoreLayer[] {
  const base = toCorePath(cwd);
  if (folder === base || !folder.startsWith(`${base}/`)) return [];
  const layers: GitIgnoreLayer[] = [];
  for (let dir = posix.dirname(folder); dir.length >= base.length; dir = posix.dirname(dir)) {
    const layer = readGitIgnore(dir);
    if (layer) layers.unshift(layer);
    if (dir === base) break;
  }
  return layers;
}

import { realpathSync } from 'node:fs';
import { resolve, sep } from 'node:path';
import { isUnder } from '../core/service/plan-files';

/** Core paths are absolute and `/`-separated on every platform. */
export function toCorePath(path: string): string {
  const absolute = resolve(path);
  return sep === '\\' ? absolute.replace(/\\/g, '/') : absolute;
}

/** A path with every link in it followed, `/`-separated; undefined when it does not exist (or is a dangling link). */
export function realPath(path: string): string | undefined {
  try {
    return toCorePath(realpathSync(path));
  } catch {
    return undefined;
  }
}

/**
 * Whether a file lies inside one of the folders once links are followed, in the file's path
 * and in the folders' own: what "inside the workspace" means wherever a file is read.
 */
export function isReallyInside(file: string, folders: string[]): boolean {
  const real = realPath(file);
  return real !== undefined && folders.some((folder) => isUnder(real, realPath(folder) ?? folder));
}

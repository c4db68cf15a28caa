import { resolve, sep } from 'node:path';

/** Core paths are absolute and `/`-separated on every platform. */
export function toCorePath(path: string): string {
  const absolute = resolve(path);
  return sep === '\\' ? absolute.replace(/\\/g, '/') : absolute;
}

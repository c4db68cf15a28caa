import { posix } from 'node:path';

/**
 * `posix.relative(from, to)` for the normalised absolute paths the service gives plans, without
 * resolving both against the working folder first: a did-you-mean for a plan path writes every
 * plan's path as seen from the folder asking (2,000 plans in 200 folders: 400,000 paths, 0.7 s
 * of a check with `posix.relative`). Other paths go to `posix.relative`.
 */
export function relativePath(from: string, to: string): string {
  if (!isNormalAbsolute(from) || !isNormalAbsolute(to)) return posix.relative(from, to);
  const fromParts = from === '/' ? [] : from.slice(1).split('/');
  const toParts = to === '/' ? [] : to.slice(1).split('/');
  let common = 0;
  while (common < fromParts.length && common < toParts.length && fromParts[common] === toParts[common]) common++;
  const up = fromParts.length - common;
  return [...Array.from({ length: up }, () => '..'), ...toParts.slice(common)].join('/');
}

/** Absolute, and nothing `posix.normalize` would change: no empty, `.` or `..` segment, no trailing slash. */
function isNormalAbsolute(path: string): boolean {
  return path.startsWith('/') && (path === '/' || (!path.endsWith('/') && !/\/\/|\/\.\.?(?:\/|$)/.test(path)));
}

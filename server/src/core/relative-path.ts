import { posix } from 'node:path';

/**
 * `posix.relative(from, to)` for the normalised absolute paths the service gives plans, without
 * resolving both against the working folder first: a did-you-mean for a plan path writes every
 * plan's path as seen from the folder asking (2,000 plans in 200 folders: 400,000 paths, 0.7 s
 * of a check with `posix.relative`). Other paths go to `posix.relative`.
 */
export function relativePath(from: string, to: string): string {
  if (!isNormalAbsolute(from) || !isNormalAbsolute(to)) return posix.relative(from, to);
  if (from === to) return '';
  if (from === '/') return to.slice(1);
  // Read in place, with no list of segments: this runs once per plan and folder asking.
  let same = 0;
  while (same < from.length && same < to.length && from.charCodeAt(same) === to.charCodeAt(same)) same++;
  // The shared folders end where both paths end or reach a `/`; else at the `/` before the segment they differ in.
  const shared = endsSegment(from, same) && endsSegment(to, same) ? same : from.lastIndexOf('/', same - 1);
  let up = 0;
  for (let i = shared; i < from.length; i++) if (from.charCodeAt(i) === SLASH) up++;
  const down = to.slice(shared + 1);
  return down ? '../'.repeat(up) + down : '../'.repeat(up).slice(0, -1);
}

const SLASH = 47;

/** True when a segment of `path` ends at `at`: the path ends there or has a `/` there. */
function endsSegment(path: string, at: number): boolean {
  return at === path.length || path.charCodeAt(at) === SLASH;
}

/** An empty, `.` or `..` segment. */
const ODD_SEGMENT = /\/\/|\/\.\.?(?:\/|$)/;

/** Absolute, and nothing `posix.normalize` would change: no empty, `.` or `..` segment, no trailing slash. */
function isNormalAbsolute(path: string): boolean {
  return path.startsWith('/') && (path === '/' || (!path.endsWith('/') && !ODD_SEGMENT.test(path)));
}

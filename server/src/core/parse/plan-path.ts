import { posix } from 'node:path';

/** Resolved paths by plan and path as written: a plan names the same few parent plans on many lines. */
const resolved = new Map<string, string>();

/** The file a path written in the plan `fromFile` names: relative to the plan's folder, or absolute. */
export function targetPath(fromFile: string, path: string): string {
  const key = `${fromFile}\n${path}`;
  let target = resolved.get(key);
  if (target === undefined) {
    if (resolved.size >= 50_000) resolved.clear();
    target = posix.isAbsolute(path) ? posix.normalize(path) : posix.join(posix.dirname(fromFile), path);
    resolved.set(key, target);
  }
  return target;
}

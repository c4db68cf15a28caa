import { posix } from 'node:path';
import type { ConfigResolver } from '../config/resolver';
import type { TextProblem } from '../model';
import { isPlanPath, isUnder, type PlanFiles } from './plan-files';

/** A plan's text, with any problems met while reading it. */
export type PlanSource = string | { text: string; problems: TextProblem[] };

/** Plans (and `.okrrc.json` texts) held in memory, keyed by absolute `/`-separated path: the tests' and the corpus's file system. */
export function memoryPlanFiles(files: Map<string, PlanSource>): PlanFiles {
  const textOf = (path: string): string | undefined => {
    const source = files.get(path);
    return typeof source === 'string' ? source : source?.text;
  };
  return {
    findPlans(paths: string[], resolver: ConfigResolver, cwd: string) {
      const wanted = paths.map((p) => (posix.isAbsolute(p) ? p : posix.join(cwd, p)));
      const plans = [...files.keys()].filter((file) => wanted.some((path) => isUnder(file, path)) && isPlanPath(file, resolver)).sort();
      return { plans, errors: wanted.filter((path) => ![...files.keys()].some((file) => isUnder(file, path))).map((path) => ({ path, message: 'does not exist' })) };
    },
    readPlan(path: string) {
      const source = files.get(path);
      if (source === undefined) return { error: `${path} does not exist` };
      return typeof source === 'string' ? { text: source, problems: [] } : source;
    },
    readConfig: textOf,
    isReallyInside: (path: string, folders: string[]) => folders.some((folder) => isUnder(path, folder)),
  };
}

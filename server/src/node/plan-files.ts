import type { PlanFiles } from '../core/service/plan-files';
import { findPlans } from './discovery';
import { readTextFile } from './read-file';
import { readRegularTextFile } from './regular-file';
import { isReallyInside } from './paths';

/** The disk, as the plan service reads it: only regular files, decoded as an editor decodes them, and "inside" decided on real paths. */
export function nodePlanFiles(): PlanFiles {
  return {
    findPlans: (paths, resolver, cwd) => findPlans(paths, { cwd, resolver }),
    readPlan: readTextFile,
    readConfig: readRegularTextFile,
    isReallyInside,
  };
}

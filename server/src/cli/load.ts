import { existsSync, statSync } from 'node:fs';
import { posix, resolve } from 'node:path';
import { analyzePlans, type PlanSource } from '../core/analyze';
import { ConfigResolver } from '../core/config/resolver';
import type { WorkspaceGraph } from '../core/graph';
import type { Finding } from '../core/rules/types';
import { findPlans, isPlanPath } from '../node/discovery';
import { readTextFile } from '../node/read-file';
import { readRegularTextFile } from '../node/regular-file';
import { isReallyInside, toCorePath } from '../node/paths';
import { UsageError } from './usage-error';
import { addParentPlans } from './parents';

export interface LoadOptions {
  paths: string[];
  cwd: string;
  today: string;
  configPath?: string;
}

export interface LoadedWorkspace {
  graph: WorkspaceGraph;
  /** Findings for the plans in scope and for the config files that apply to them. */
  findings: Finding[];
  /** Plans in scope (found under the given paths) that could be read. */
  planCount: number;
  /** Those plans' files, as the graph keys them. */
  files: string[];
  /** Paths in scope that could not be found or read. */
  errors: { path: string; message: string }[];
}

/** A path given on the command line, absolute and `/`-separated. */
export const absolutePath = (path: string, cwd: string): string => toCorePath(resolve(cwd, path));

const isUnder = (path: string, folder: string): boolean => path === folder || path.startsWith(`${folder}/`);

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

/** The workspace folder of a path: the working directory for a path under it, else that folder itself or the file's folder. */
function rootOf(path: string, base: string): string {
  if (isUnder(path, base)) return base;
  return isDirectory(path) ? path : posix.dirname(path);
}

/** Drops folders that lie inside another one of the list. */
function outermost(folders: string[]): string[] {
  const unique = [...new Set(folders)];
  return unique.filter((folder) => !unique.some((other) => other !== folder && isUnder(folder, other)));
}

/**
 * Reads and checks the plans under `paths` with their context, and keeps their findings.
 * The context of a file named one by one is its whole workspace folder, so that parents and
 * children in other plans resolve; a folder is its own context. Either way, the plans named
 * as parents (transitively) are read too.
 */
export function loadWorkspace(options: LoadOptions): LoadedWorkspace {
  const base = toCorePath(options.cwd);
  const given = options.paths.map((p) => absolutePath(p, options.cwd));
  const roots = outermost(given.map((p) => rootOf(p, base)));
  let explicitConfig: string | undefined;
  if (options.configPath) {
    explicitConfig = absolutePath(options.configPath, options.cwd);
    const read = readRegularTextFile(explicitConfig);
    if (typeof read !== 'string') throw new UsageError(`cannot read the config file ${options.configPath}${read ? `: it ${read.error}` : ''}`);
  }
  // Config files are read only inside the workspace once links are followed; `--config` is the user's own choice.
  const readConfig = (path: string) => (path === explicitConfig || isReallyInside(path, roots) ? readRegularTextFile(path) : undefined);
  const resolver = new ConfigResolver({ roots, readFile: readConfig, ...(explicitConfig ? { explicitConfig } : {}) });
  const discovery = { cwd: options.cwd, resolver };
  const scope = findPlans(options.paths, discovery);
  const folders = given.filter(isDirectory);
  const contexts = outermost(given.filter((p) => existsSync(p) && !isDirectory(p)).map((p) => rootOf(p, base))).filter((c) => !folders.some((f) => isUnder(c, f)));
  const rest = contexts.length ? findPlans(contexts, discovery).plans : [];
  const inScope = new Set(scope.plans);
  const sources = new Map<string, PlanSource>();
  const errors = [...scope.errors];
  for (const file of [...new Set([...scope.plans, ...rest])].sort()) {
    const read = readTextFile(file);
    if (!('error' in read)) sources.set(file, read);
    else if (inScope.has(file)) errors.push({ path: file, message: read.error });
  }
  const loaded = [...folders, ...contexts];
  if (!roots.every((root) => loaded.some((folder) => isUnder(root, folder)))) {
    // The same rule for what a plan is as when a folder is searched: a `.md` the config does not name is not one.
    addParentPlans(sources, roots, (file) => {
      if (!isPlanPath(file, resolver)) return undefined;
      const read = readTextFile(file);
      return 'error' in read ? undefined : read;
    });
  }
  const analysis = analyzePlans(sources, { roots, today: options.today, configFor: (file) => resolver.configFor(file) });
  const checked = [...inScope].filter((file) => sources.has(file));
  const configs = new Set(checked.map((file) => resolver.configFor(file).file).filter((file): file is string => Boolean(file)));
  const findings = analysis.findings.filter((f) => inScope.has(f.file) || configs.has(f.file));
  return { graph: analysis.graph, findings, planCount: checked.length, files: checked, errors };
}

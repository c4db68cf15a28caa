import { existsSync, statSync } from 'node:fs';
import { posix, resolve } from 'node:path';
import type { WorkspaceGraph } from '../core/graph';
import type { Finding } from '../core/rules/types';
import { SYSTEM_CODES, sortFindings } from '../core/engine';
import { createPlanService } from '../core/service/plan-service';
import { nodePlanFiles } from '../node/plan-files';
import { fitHeapToWorkspace } from '../node/heap';
import { readRegularTextFile } from '../node/regular-file';
import { toCorePath } from '../node/paths';
import { UsageError } from './usage-error';
import { isUnder } from '../core/service/plan-files';

export interface LoadOptions {
  paths: string[];
  cwd: string;
  today: string;
  configPath?: string;
}

export interface LoadedWorkspace {
  graph: WorkspaceGraph;
  /**
   * The findings of the plans in scope, of the config files that apply to them and of the paths
   * that could not be read (`OKR901`), file by file in the order `sortFindings` puts them, each
   * file's sorted. Each file's are computed when reached and not kept: `check` writes them out
   * as they come.
   */
  findingsByFile(): Generator<Finding[]>;
  /** Plans in scope (found under the given paths) that could be read. */
  planCount: number;
  /** Plans in scope left unchecked as history (`isUncheckedHistory`). */
  pastPlanCount: number;
  /** Those plans' files, as the graph keys them. */
  files: string[];
  /** Paths in scope that could not be found or read. */
  errors: { path: string; message: string }[];
}

/** A path given on the command line, absolute and `/`-separated. */
export const absolutePath = (path: string, cwd: string): string => toCorePath(resolve(cwd, path));

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
 * as parents (transitively) are read too. Everything goes through the plan service, as in
 * the language server.
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
  const service = createPlanService({ roots, today: options.today, files: nodePlanFiles(), log: () => {}, ...(explicitConfig ? { explicitConfig } : {}) });
  const scope = service.findPlans(options.paths, options.cwd);
  const folders = given.filter(isDirectory);
  const contexts = outermost(given.filter((p) => existsSync(p) && !isDirectory(p)).map((p) => rootOf(p, base))).filter((c) => !folders.some((f) => isUnder(c, f)));
  const rest = contexts.length ? service.findPlans(contexts, options.cwd).plans : [];
  const inScope = new Set(scope.plans);
  const unread = service.readPlans([...new Set([...scope.plans, ...rest])].sort());
  // A plan named on its own is checked even when it is history: the user asked for it.
  service.checkEvenIfPast(given.filter((p) => existsSync(p) && !isDirectory(p)).map(toCorePath));
  const errors = [...scope.errors, ...unread.filter((e) => inScope.has(e.path))];
  const loaded = [...folders, ...contexts];
  if (!roots.every((root) => loaded.some((folder) => isUnder(root, folder)))) service.readParentPlans();
  fitHeapToWorkspace(service.graph.files().length);
  // Cross-plan rules read every plan: parse them all before checking any.
  service.parsePending(Infinity);
  const known = [...inScope].filter((file) => service.graph.has(file));
  const checked = known.filter((file) => !service.isUncheckedHistory(file));
  const configs = new Set<string>();
  for (const file of checked) {
    const config = service.configFor(file).file;
    if (config) configs.add(config);
  }
  function* findingsByFile(): Generator<Finding[]> {
    const unreadable = new Map<string, Finding[]>();
    for (const { path, message } of errors) unreadable.set(toCorePath(path), [...(unreadable.get(toCorePath(path)) ?? []), unreadableFinding(toCorePath(path), message)]);
    // The file order of `sortFindings`, so that the files' findings one after another are all the findings sorted.
    for (const file of [...new Set([...checked, ...configs, ...unreadable.keys()])].sort((a, b) => a.localeCompare(b))) {
      const findings = unreadable.get(file) ?? service.takeFindings(file);
      if (findings.length) yield sortFindings(findings);
    }
  }
  return { graph: service.graph, findingsByFile, planCount: checked.length, pastPlanCount: known.length - checked.length, files: known, errors };
}

/** A path in scope that could not be found or read. */
function unreadableFinding(file: string, message: string): Finding {
  const { code, name, severity } = SYSTEM_CODES.unreadablePlan;
  const start = { line: 0, character: 0 };
  return { file, code, rule: name, severity, message: `The plan cannot be read: ${message}.`, range: { start, end: start } };
}

import { existsSync, readFileSync, statSync } from 'node:fs';
import { posix } from 'node:path';
import { analyzePlans, type PlanSource } from '../core/analyze';
import { ConfigResolver } from '../core/config/resolver';
import type { WorkspaceGraph } from '../core/graph';
import type { Finding } from '../core/rules/types';
import { findPlans } from '../node/discovery';
import { readTextFile } from '../node/read-file';
import { toCorePath } from '../node/paths';
import { UsageError } from './usage-error';

export interface LoadOptions {
  paths: string[];
  cwd: string;
  today: string;
  configPath?: string;
}

export interface LoadedWorkspace {
  graph: WorkspaceGraph;
  findings: Finding[];
  planCount: number;
  /** Files that could not be read or found, as findings-to-be. */
  errors: { path: string; message: string }[];
}

/** The workspace folders: the working directory when every path lies under it, else each path's folder. */
function rootsFor(paths: string[], cwd: string): string[] {
  const base = toCorePath(cwd);
  const absolute = paths.map((p) => toCorePath(posix.isAbsolute(p) ? p : posix.join(cwd, p)));
  if (absolute.every((p) => p === base || p.startsWith(`${base}/`))) return [base];
  return [...new Set(absolute.map((p) => (existsSync(p) && statSync(p).isDirectory() ? p : posix.dirname(p))))];
}

function readIfExists(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
}

/** Finds, reads, parses and checks the plans under `paths`. */
export function loadWorkspace(options: LoadOptions): LoadedWorkspace {
  const roots = rootsFor(options.paths, options.cwd);
  let explicitConfig: string | undefined;
  if (options.configPath) {
    explicitConfig = toCorePath(posix.isAbsolute(options.configPath) ? options.configPath : posix.join(options.cwd, options.configPath));
    if (readIfExists(explicitConfig) === undefined) throw new UsageError(`cannot read the config file ${options.configPath}`);
  }
  const resolver = new ConfigResolver({ roots, readFile: readIfExists, ...(explicitConfig ? { explicitConfig } : {}) });
  const discovery = findPlans(options.paths, { cwd: options.cwd, resolver });
  const sources = new Map<string, PlanSource>();
  const errors = [...discovery.errors];
  for (const file of discovery.plans) {
    const read = readTextFile(file);
    if ('error' in read) errors.push({ path: file, message: read.error });
    else sources.set(file, read);
  }
  const analysis = analyzePlans(sources, { roots, today: options.today, configFor: (file) => resolver.configFor(file) });
  return { graph: analysis.graph, findings: analysis.findings, planCount: sources.size, errors };
}

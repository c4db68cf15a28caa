import { posix } from 'node:path';
import type { Finding } from '../core/rules/types';
import { toCorePath } from '../node/paths';
import { relativePath } from '../core/relative-path';
import { loadWorkspace, type LoadedWorkspace } from './load';
import { UsageError } from './usage-error';
import { countInto, noFindings, type Formatter } from './formatters/types';
import { formatStylish } from './formatters/stylish';
import { formatJson } from './formatters/json';
import { formatSarif } from './formatters/sarif';
import { formatGithub } from './formatters/github';

export const FORMATTERS: Record<string, Formatter> = { stylish: formatStylish, json: formatJson, sarif: formatSarif, github: formatGithub };

export interface CheckOptions {
  format: string;
  today: string;
  config?: string;
}

/** The workspace's findings, sorted, with a `OKR901 unreadable-plan` error for each plan that could not be read. */
export function findingsWithUnreadable(workspace: LoadedWorkspace): Finding[] {
  return [...workspace.findingsByFile()].flat();
}

/** Paths as the CLI prints them: relative to the working directory when under it, `/`-separated. */
export function relativeTo(cwd: string): (file: string) => string {
  const base = toCorePath(cwd);
  const prefix = base.endsWith('/') ? base : `${base}/`;
  return (file) => {
    // Core paths are normalised: a file under the working directory (the usual case) needs no relative path worked out.
    if (file.startsWith(prefix)) return file.slice(prefix.length);
    const rel = relativePath(base, file);
    return rel === '..' || rel.startsWith('../') || posix.isAbsolute(rel) ? file : rel;
  };
}

/** Runs `throughline check`; returns the exit code. */
export function runCheck(paths: string[], options: CheckOptions, io: { cwd: string; write(text: string): void; color: boolean }): number {
  const formatter = FORMATTERS[options.format];
  if (!formatter) throw new UsageError(`unknown format "${options.format}"; use ${Object.keys(FORMATTERS).join(', ')}`);
  const workspace = loadWorkspace({ paths: paths.length ? paths : ['.'], cwd: io.cwd, today: options.today, ...(options.config ? { configPath: options.config } : {}) });
  const missing = workspace.errors.find((e) => e.message === 'does not exist');
  if (missing) throw new UsageError(`${missing.path} does not exist`);
  const writer = formatter({ planCount: workspace.planCount, pastPlanCount: workspace.pastPlanCount, relative: relativeTo(io.cwd), color: io.color });
  io.write(writer.start());
  const counts = noFindings();
  for (const findings of workspace.findingsByFile()) {
    countInto(counts, findings);
    io.write(writer.file(findings));
  }
  io.write(writer.end(counts));
  return counts.error ? 1 : 0;
}

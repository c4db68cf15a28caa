import { posix } from 'node:path';
import type { Finding } from '../core/rules/types';
import { SYSTEM_CODES, sortFindings } from '../core/engine';
import { toCorePath } from '../node/paths';
import { loadWorkspace, type LoadedWorkspace } from './load';
import { UsageError } from './usage-error';
import type { Formatter } from './formatters/types';
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
  const unreadable: Finding[] = workspace.errors.map((e) => ({
    file: toCorePath(e.path),
    code: SYSTEM_CODES.unreadablePlan.code,
    rule: SYSTEM_CODES.unreadablePlan.name,
    severity: SYSTEM_CODES.unreadablePlan.severity,
    message: `The plan cannot be read: ${e.message}.`,
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
  }));
  return sortFindings([...workspace.findings, ...unreadable]);
}

/** Paths as the CLI prints them: relative to the working directory when under it, `/`-separated. */
export function relativeTo(cwd: string): (file: string) => string {
  const base = toCorePath(cwd);
  const prefix = base.endsWith('/') ? base : `${base}/`;
  return (file) => {
    // Core paths are normalised: a file under the working directory (the usual case) needs no `posix.relative`.
    if (file.startsWith(prefix)) return file.slice(prefix.length);
    const rel = posix.relative(base, file);
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
  const findings = findingsWithUnreadable(workspace);
  const relative = relativeTo(io.cwd);
  io.write(formatter({ findings, planCount: workspace.planCount, relative, color: io.color }));
  return findings.some((f) => f.severity === 'error') ? 1 : 0;
}

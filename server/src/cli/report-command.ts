import { closeSync, openSync, writeSync } from 'node:fs';
import { buildReport } from '../core/report/build';
import { renderHtml } from '../core/report/html';
import { renderMarkdown } from '../core/report/markdown';
import { parsePeriod } from '../core/period';
import { toCorePath } from '../node/paths';
import { absolutePath, loadWorkspace } from './load';
import { findingsWithUnreadable, relativeTo } from './check';
import { UsageError } from './usage-error';

export const REPORT_FORMATS = ['html', 'markdown'] as const;

export interface ReportOptions {
  format: string;
  today: string;
  period?: string;
  close?: boolean;
  out?: string;
  config?: string;
}

/** Runs `throughline report`: reads the plans like `check`, writes one HTML page or Markdown; returns the exit code (0). */
export function runReport(paths: string[], options: ReportOptions, io: { cwd: string; write(text: string): void }): number {
  if (!(REPORT_FORMATS as readonly string[]).includes(options.format)) throw new UsageError(`unknown format "${options.format}"; use ${REPORT_FORMATS.join(', ')}`);
  const period = options.period === undefined ? undefined : parsePeriod(options.period);
  if (options.period !== undefined && !period) throw new UsageError(`--period must be a quarter (2026-Q1), a half (2026-H2), a year (2026) or a range (2026-01-05..2026-03-27), got "${options.period}"`);
  const workspace = loadWorkspace({ paths: paths.length ? paths : ['.'], cwd: io.cwd, today: options.today, ...(options.config ? { configPath: options.config } : {}) });
  const missing = workspace.errors.find((e) => e.message === 'does not exist');
  if (missing) throw new UsageError(`${missing.path} does not exist`);
  const model = buildReport({
    graph: workspace.graph,
    files: [...workspace.files, ...workspace.errors.map((e) => toCorePath(e.path))],
    findings: findingsWithUnreadable(workspace),
    today: options.today,
    ...(period ? { period: { label: options.period!.trim(), ...period } } : {}),
    ...(options.close ? { close: true } : {}),
    relative: relativeTo(io.cwd),
  });
  const render = options.format === 'markdown' ? renderMarkdown : renderHtml;
  if (options.out === undefined || options.out === '-') {
    render(model, io.write);
    return 0;
  }
  let fd: number;
  try {
    fd = openSync(absolutePath(options.out, io.cwd), 'w');
  } catch (error) {
    throw new UsageError(`cannot write ${options.out}: ${error instanceof Error ? error.message.replace(/^[A-Z]+: /, '') : String(error)}`);
  }
  try {
    // Written piece by piece: the page of a large workspace is never held whole.
    render(model, (chunk) => writeSync(fd, chunk));
  } finally {
    closeSync(fd);
  }
  return 0;
}

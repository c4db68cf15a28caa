import type { Finding } from '../../core/rules/types';

export interface OutputContext {
  planCount: number;
  /** Plans of past periods that a later plan of their team follows, left unchecked (`checkPastPlans`). */
  pastPlanCount: number;
  /** A path relative to the working directory, `/`-separated. */
  relative(file: string): string;
  color: boolean;
}

export type SeverityCounts = Record<Finding['severity'], number>;

/**
 * Writes findings as they come, file by file: `check` never holds a large workspace's findings
 * or its output whole. The text of `start`, each `file` and `end`, written in that order, is the
 * whole output.
 */
export interface FindingsWriter {
  start(): string;
  /** One file's findings, sorted (never empty); files come in path order. */
  file(findings: Finding[]): string;
  /** After the last file: every finding counted by severity. */
  end(counts: SeverityCounts): string;
}

export type Formatter = (context: OutputContext) => FindingsWriter;

export function noFindings(): SeverityCounts {
  return { error: 0, warning: 0, info: 0, hint: 0 };
}

export function countInto(counts: SeverityCounts, findings: Finding[]): SeverityCounts {
  for (const f of findings) counts[f.severity]++;
  return counts;
}

export function totalOf(counts: SeverityCounts): number {
  return counts.error + counts.warning + counts.info + counts.hint;
}

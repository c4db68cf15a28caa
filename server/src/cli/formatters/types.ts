import type { Finding } from '../../core/rules/types';

export interface Report {
  findings: Finding[];
  planCount: number;
  /** A path relative to the working directory, `/`-separated. */
  relative(file: string): string;
  color: boolean;
}

export type Formatter = (report: Report) => string;

export function countBySeverity(findings: Finding[]): Record<'error' | 'warning' | 'info' | 'hint', number> {
  const counts = { error: 0, warning: 0, info: 0, hint: 0 };
  for (const f of findings) counts[f.severity]++;
  return counts;
}

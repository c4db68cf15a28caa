import type { Formatter } from './types';
import { safeJson } from '../terminal-text';
import { countBySeverity } from './types';

/** Exactly one JSON object: 1-based lines and columns (UTF-16), paths relative to the working directory. */
export const formatJson: Formatter = ({ findings, planCount, relative }) => {
  const diagnostics = findings.map((f) => ({
    file: relative(f.file),
    line: f.range.start.line + 1,
    column: f.range.start.character + 1,
    endLine: f.range.end.line + 1,
    endColumn: f.range.end.character + 1,
    severity: f.severity,
    code: f.code,
    rule: f.rule,
    message: f.message,
  }));
  const counts = countBySeverity(findings);
  return `${safeJson({ diagnostics, summary: { plans: planCount, ...counts, total: findings.length } })}\n`;
};

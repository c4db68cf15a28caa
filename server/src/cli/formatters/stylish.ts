import type { Formatter } from './types';
import { countBySeverity } from './types';
import { terminalSafe } from '../terminal-text';

const COLORS = { error: 31, warning: 33, info: 36, hint: 90, dim: 2, bold: 1, underline: 4 } as const;

/** Readable output grouped by file, like eslint's stylish formatter. */
export const formatStylish: Formatter = ({ findings, planCount, relative, color }) => {
  const paint = (code: keyof typeof COLORS, text: string): string => (color ? `\u001b[${COLORS[code]}m${text}\u001b[0m` : text);
  const lines: string[] = [];
  const byFile = new Map<string, typeof findings>();
  for (const f of findings) {
    const list = byFile.get(f.file);
    if (list) list.push(f);
    else byFile.set(f.file, [f]);
  }
  for (const [file, list] of byFile) {
    lines.push('', paint('underline', terminalSafe(relative(file))));
    for (const f of list) {
      const where = `${f.range.start.line + 1}:${f.range.start.character + 1}`.padEnd(8);
      lines.push(`  ${paint('dim', where)} ${paint(f.severity, f.severity.padEnd(7))}  ${terminalSafe(f.message)}  ${paint('dim', f.rule)}`);
    }
  }
  const counts = countBySeverity(findings);
  const parts = (['error', 'warning', 'info', 'hint'] as const).filter((s) => counts[s]).map((s) => `${counts[s]} ${s}${counts[s] === 1 ? '' : 's'}`);
  const summary = findings.length
    ? `${findings.length} problem${findings.length === 1 ? '' : 's'} (${parts.join(', ')}) in ${planCount} plan${planCount === 1 ? '' : 's'}`
    : `No problems in ${planCount} plan${planCount === 1 ? '' : 's'}`;
  lines.push('', paint(counts.error ? 'error' : findings.length ? 'warning' : 'bold', summary), '');
  return lines.join('\n');
};

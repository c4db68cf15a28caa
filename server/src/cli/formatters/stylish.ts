import type { Formatter } from './types';
import { totalOf } from './types';
import { terminalSafe } from '../terminal-text';

const COLORS = { error: 31, warning: 33, info: 36, hint: 90, dim: 2, bold: 1, underline: 4 } as const;

/** Readable output grouped by file, like eslint's stylish formatter. */
export const formatStylish: Formatter = ({ planCount, pastPlanCount, relative, color }) => {
  const paint = (code: keyof typeof COLORS, text: string): string => (color ? `\u001b[${COLORS[code]}m${text}\u001b[0m` : text);
  const plans = `${planCount} plan${planCount === 1 ? '' : 's'}`;
  // Every block starts with an empty line; the output's first line is that of the first block.
  let first = true;
  const block = (lines: string[]): string => {
    const text = lines.join('\n');
    if (!first) return `\n${text}`;
    first = false;
    return text;
  };
  return {
    start: () => '',
    file(findings) {
      const lines = ['', paint('underline', terminalSafe(relative(findings[0]!.file)))];
      for (const f of findings) {
        const where = `${f.range.start.line + 1}:${f.range.start.character + 1}`.padEnd(8);
        lines.push(`  ${paint('dim', where)} ${paint(f.severity, f.severity.padEnd(7))}  ${terminalSafe(f.message)}  ${paint('dim', f.rule)}`);
      }
      return block(lines);
    },
    end(counts) {
      const total = totalOf(counts);
      const parts = (['error', 'warning', 'info', 'hint'] as const).filter((s) => counts[s]).map((s) => `${counts[s]} ${s}${counts[s] === 1 ? '' : 's'}`);
      const summary = total ? `${total} problem${total === 1 ? '' : 's'} (${parts.join(', ')}) in ${plans}` : `No problems in ${plans}`;
      const past = pastPlanCount
        ? [paint('dim', `${pastPlanCount} plan${pastPlanCount === 1 ? '' : 's'} of past periods, followed by a later plan of the same team, not checked: name them, or set \`checkPastPlans\` in .okrrc.json.`)]
        : [];
      return block(['', paint(counts.error ? 'error' : total ? 'warning' : 'bold', summary), ...past, '']);
    },
  };
};

import type { Formatter } from './types';
import { terminalSafe } from '../terminal-text';

const LEVEL = { error: 'error', warning: 'warning', info: 'notice', hint: 'notice' } as const;

/** Workflow-command escaping for a message and for a property value; plan text never carries a control character into the log. */
const escapeData = (text: string): string => terminalSafe(text.replace(/%/g, '%25'));
const escapeProperty = (text: string): string => escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');

/** GitHub Actions annotations, one workflow command per finding. */
export const formatGithub: Formatter = ({ relative }) => ({
  start: () => '',
  file: (findings) =>
    findings
      .map((f) => {
        const props = [
          `file=${escapeProperty(relative(f.file))}`,
          `line=${f.range.start.line + 1}`,
          `col=${f.range.start.character + 1}`,
          `endLine=${f.range.end.line + 1}`,
          `endColumn=${f.range.end.character + 1}`,
          `title=${escapeProperty(`${f.code} ${f.rule}`)}`,
        ];
        return `::${LEVEL[f.severity]} ${props.join(',')}::${escapeData(f.message)}\n`;
      })
      .join(''),
  end: () => '',
});

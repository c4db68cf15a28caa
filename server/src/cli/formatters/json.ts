import type { Finding } from '../../core/rules/types';
import type { Formatter } from './types';
import { indentedJson } from '../terminal-text';
import { totalOf } from './types';

/** Exactly one JSON object: 1-based lines and columns (UTF-16), paths relative to the working directory. */
export const formatJson: Formatter = ({ planCount, pastPlanCount, relative }) => {
  let written = 0;
  const diagnostic = (f: Finding) => ({
    file: relative(f.file),
    line: f.range.start.line + 1,
    column: f.range.start.character + 1,
    endLine: f.range.end.line + 1,
    endColumn: f.range.end.character + 1,
    severity: f.severity,
    code: f.code,
    rule: f.rule,
    message: f.message,
  });
  return {
    start: () => '',
    file(findings) {
      const opening = written ? ',\n    ' : '{\n  "diagnostics": [\n    ';
      written += findings.length;
      return opening + findings.map((f) => indentedJson(diagnostic(f), 4)).join(',\n    ');
    },
    end(counts) {
      const summary = indentedJson({ plans: planCount, ...counts, total: totalOf(counts), ...(pastPlanCount ? { pastPlansNotChecked: pastPlanCount } : {}) }, 2);
      return `${written ? '\n  ]' : '{\n  "diagnostics": []'},\n  "summary": ${summary}\n}\n`;
    },
  };
};

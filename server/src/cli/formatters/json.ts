import type { Finding } from '../../core/rules/types';
import type { Formatter } from './types';
import { indentedJson, safeJson } from '../terminal-text';
import { totalOf } from './types';
import { LastRead } from '../../core/last-read';

/** Exactly one JSON object: 1-based lines and columns (UTF-16), paths relative to the working directory. */
export const formatJson: Formatter = ({ planCount, pastPlanCount, relative }) => {
  let written = 0;
  // The findings of one plan share its path: written once.
  let lastFile: string | undefined;
  let lastFileJson = '';
  const fileJson = (file: string): string => {
    if (file !== lastFile) {
      lastFile = file;
      lastFileJson = safeJson(relative(file));
    }
    return lastFileJson;
  };
  return {
    start: () => '',
    file(findings) {
      const opening = written ? ',\n    ' : '{\n  "diagnostics": [\n    ';
      written += findings.length;
      return opening + findings.map((f) => diagnosticJson(fileJson(f.file), f)).join(',\n    ');
    },
    end(counts) {
      const summary = indentedJson({ plans: planCount, ...counts, total: totalOf(counts), ...(pastPlanCount ? { pastPlansNotChecked: pastPlanCount } : {}) }, 2);
      return `${written ? '\n  ]' : '{\n  "diagnostics": []'},\n  "summary": ${summary}\n}\n`;
    },
  };
};

/**
 * One diagnostic as `indentedJson` writes it four spaces in (`file`, `line`, `column`, `endLine`, `endColumn`,
 * `severity`, `code`, `rule`, `message`), written out directly: a check may print hundreds of thousands of them, and an
 * object stringified and re-indented per finding was most of the time spent printing.
 */
export function diagnosticJson(fileJson: string, f: Finding): string {
  const { start, end } = f.range;
  return `{\n      "file": ${fileJson},\n      "line": ${start.line + 1},\n      "column": ${start.character + 1},\n      "endLine": ${end.line + 1},\n      "endColumn": ${end.character + 1},\n      "severity": ${wordJson(f.severity)},\n      "code": ${wordJson(f.code)},\n      "rule": ${wordJson(f.rule)},\n      "message": ${wordJson(f.message)}\n    }`;
}

/**
 * Severities, codes, rule names and messages written as JSON, kept: most findings repeat a rule's message word for
 * word. Past 20,000 different strings the list starts again.
 */
const wordsAsJson = new LastRead<string, string>(20_000);
/** A message quoting a long title is written each time: kept, thousands of them would hold as much text. */
const LONGEST_KEPT = 500;

function wordJson(word: string): string {
  return word.length > LONGEST_KEPT ? safeJson(word) : wordsAsJson.get(word, safeJson);
}

import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { propertyRuns } from './helpers/property-runs';
import { diagnosticJson } from '../server/src/cli/formatters/json';
import { indentedJson, safeJson } from '../server/src/cli/terminal-text';
import type { Finding } from '../server/src/core/rules/types';

/** Text with what JSON and terminals care about: quotes, backslashes, controls, separators, bidi, emoji, CJK. */
const text = fc.array(fc.constantFrom('a', 'Ö', '"', '\\', '\n', '\u0007', '\u001b', '\u0085', '\u2028', '\u202e', '🎯', '中', ' '), { maxLength: 12 }).map((parts) => parts.join(''));
const position = fc.record({ line: fc.nat(100000), character: fc.nat(1000) });

describe('JSON output', () => {
  it('writes each diagnostic exactly as the object stringified and indented would be (property)', () => {
    fc.assert(
      fc.property(text, text, text, position, position, fc.constantFrom('error', 'warning', 'info', 'hint'), (file, message, rule, start, end, severity) => {
        const finding = { file, message, rule, code: `OKR${start.character}`, severity, range: { start, end } } as Finding;
        const object = { file, line: start.line + 1, column: start.character + 1, endLine: end.line + 1, endColumn: end.character + 1, severity, code: finding.code, rule, message };
        expect(diagnosticJson(safeJson(file), finding)).toBe(indentedJson(object, 4));
      }),
      propertyRuns(2000, 20261205),
    );
  });
});

import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { propertyRuns } from './helpers/property-runs';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { parsePlan, SectionCache } from '../server/src/core/parse/parser';
import { generatePlan } from '../scripts/bench/generate-plans';
import { planSnapshot } from './helpers/plan-snapshot';
import { LineIndex } from '../server/src/core/parse/positions';

const INSERTS = ['x', '\n', '\r\n', '## Objective: new\n', '- KR: k from 1 to 2\n', '  - Owner: @a\n', '🎉', '中', '```\n', '#', '- ', ':', ''];

/** A random edit expressed as the LSP incremental change the server receives. */
const edit = fc.record({ at: fc.nat(), length: fc.nat({ max: 30 }), text: fc.constantFrom(...INSERTS) });

describe('random edit sequences through the document-sync path', () => {
  it('parsing each version with the section cache equals a full parse, and ranges stay inside (property)', () => {
    const base = generatePlan({ seed: 5, lines: 120 });
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 25 }), (edits) => {
        let document = TextDocument.create('file:///ws/a.okr.md', 'okr', 1, base);
        const cache = new SectionCache();
        parsePlan('/ws/a.okr.md', document.getText(), [], cache);
        for (const [index, e] of edits.entries()) {
          const text = document.getText();
          const start = document.positionAt(e.at % (text.length + 1));
          const end = document.positionAt(Math.min(text.length, document.offsetAt(start) + e.length));
          document = TextDocument.update(document, [{ range: { start, end }, text: e.text }], index + 2);
          const incremental = parsePlan('/ws/a.okr.md', document.getText(), [], cache);
          expect(planSnapshot(incremental)).toEqual(planSnapshot(parsePlan('/ws/a.okr.md', document.getText())));
          const lines = new LineIndex(document.getText());
          for (const node of incremental.nodes) {
            for (const r of [node.range, node.fullRange, ...node.fields.map((f) => f.range)]) {
              expect(r.end.line).toBeLessThan(lines.lineCount);
              expect(r.end.character).toBeLessThanOrEqual(lines.lineText(r.end.line).length);
            }
          }
        }
      }),
      propertyRuns(60, 20261124),
    );
  });
});

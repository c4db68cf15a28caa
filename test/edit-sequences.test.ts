import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { propertyRuns } from './helpers/property-runs';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { parsePlan, SectionCache } from '../server/src/core/parse/parser';
import { generatePlan } from '../scripts/bench/generate-plans';
import { planSnapshot } from './helpers/plan-snapshot';
import { LineIndex } from '../server/src/core/parse/positions';
import { WorkspaceGraph } from '../server/src/core/graph';
import { checkPlan, SectionFindingsCache } from '../server/src/core/engine';
import { defaultConfig } from '../server/src/core/config-model';
import type { Plan } from '../server/src/core/model';

const config = defaultConfig();

/** Findings for a plan alone in a workspace; with `sectionFindings`, node-scoped rules reuse earlier sections' findings. */
function findingsOf(plan: Plan, sectionFindings?: SectionFindingsCache) {
  const graph = new WorkspaceGraph(['/ws']);
  graph.setPlan(plan);
  return checkPlan({ graph, plan, config, today: '2026-02-02', ...(sectionFindings ? { sectionFindings } : {}) });
}

const INSERTS = ['x', '\n', '\r\n', '## Objective: new\n', '- KR: k from 1 to 2\n', '  - Owner: @a\n', '🎉', '中', '```\n', '#', '- ', ':', ''];

/** A random edit expressed as the LSP incremental change the server receives. */
const edit = fc.record({ at: fc.nat(), length: fc.nat({ max: 30 }), text: fc.constantFrom(...INSERTS) });

describe('findings kept for a section that moves', () => {
  it('say nothing that depends on where the section stands: a line added above leaves every message as a fresh check writes it', () => {
    // A misspelt key beside the field it meant names that field by what it says, not by its line, which moves.
    const text = '## Objective O1: Owners trust their numbers\nOwner: @ana\n\n### KR1.1: Cut errors from 4% to 1%\nOwner: @li\nOnwer: @lee\n';
    const cache = new SectionCache();
    const sectionFindings = new SectionFindingsCache();
    findingsOf(parsePlan('/ws/a.okr.md', text, [], cache), sectionFindings);
    const moved = `# Plan\n\n${text}`;
    const incremental = findingsOf(parsePlan('/ws/a.okr.md', moved, [], cache), sectionFindings);
    expect(incremental).toEqual(findingsOf(parsePlan('/ws/a.okr.md', moved)));
    expect(incremental.find((f) => f.rule === 'unknown-field')?.message).toContain('`Owner: @li`');
  });
});

describe('random edit sequences through the document-sync path', () => {
  it('parsing and checking each version incrementally equals a full parse and check, and ranges stay inside (property)', () => {
    const base = generatePlan({ seed: 5, lines: 120 });
    fc.assert(
      fc.property(fc.boolean(), fc.array(edit, { minLength: 1, maxLength: 25 }), (byteOrderMark, edits) => {
        let document = TextDocument.create('file:///ws/a.okr.md', 'okr', 1, byteOrderMark ? `\ufeff${base}` : base);
        const cache = new SectionCache();
        const sectionFindings = new SectionFindingsCache();
        findingsOf(parsePlan('/ws/a.okr.md', document.getText(), [], cache), sectionFindings);
        for (const [index, e] of edits.entries()) {
          const text = document.getText();
          const start = document.positionAt(e.at % (text.length + 1));
          const end = document.positionAt(Math.min(text.length, document.offsetAt(start) + e.length));
          document = TextDocument.update(document, [{ range: { start, end }, text: e.text }], index + 2);
          const incremental = parsePlan('/ws/a.okr.md', document.getText(), [], cache);
          const full = parsePlan('/ws/a.okr.md', document.getText());
          expect(planSnapshot(incremental)).toEqual(planSnapshot(full));
          expect(findingsOf(incremental, sectionFindings)).toEqual(findingsOf(full));
          const lines = new LineIndex(document.getText());
          for (const node of incremental.nodes) {
            const fieldRanges = node.fields.flatMap((f) => [f.range, f.keyRange, f.valueRange]);
            for (const r of [node.range, node.titleRange, node.fullRange, ...fieldRanges, ...node.checkIns.map((c) => c.range)]) {
              expect(r.start.line <= r.end.line && (r.start.line < r.end.line || r.start.character <= r.end.character)).toBe(true);
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

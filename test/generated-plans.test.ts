import { describe, expect, it } from 'vitest';
import { generatePlan, generateWorkspace } from '../scripts/bench/generate-plans';
import { analyzePlans } from '../server/src/core/analyze';
import { defaultConfig } from '../server/src/core/config-model';
import { LineIndex } from '../server/src/core/parse/positions';

describe('generated realistic plans', () => {
  it('parse and check cleanly: a well-written plan gets no warnings or errors', () => {
    const files = generateWorkspace(6, 150, 2);
    const plans = new Map([...files].map(([path, text]) => [`/ws/${path}`, text]));
    const { findings, graph } = analyzePlans(plans, { roots: ['/ws'], today: '2026-02-02', configFor: () => defaultConfig() });
    const loud = findings.filter((f) => f.severity === 'error' || f.severity === 'warning');
    expect(loud.map((f) => `${f.file}:${f.range.start.line + 1} ${f.rule} ${f.message}`)).toEqual([]);
    expect(graph.plans()).toHaveLength(8);
  });

  it('keeps every range inside its document', () => {
    const text = generatePlan({ seed: 7, lines: 400 });
    const plans = new Map([['/ws/a.okr.md', text]]);
    const { findings, graph } = analyzePlans(plans, { roots: ['/ws'], today: '2026-02-02', configFor: () => defaultConfig() });
    const lines = new LineIndex(text);
    const ranges = [...findings.map((f) => f.range), ...graph.plans()[0]!.nodes.flatMap((n) => [n.range, n.fullRange, ...n.fields.map((f) => f.range)])];
    for (const r of ranges) {
      expect(r.start.line).toBeLessThan(lines.lineCount);
      expect(r.end.line).toBeLessThan(lines.lineCount);
      expect(r.end.character).toBeLessThanOrEqual(lines.lineText(r.end.line).length);
    }
    expect(ranges.length).toBeGreaterThan(100);
  });
});

import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { propertyRuns } from './helpers/property-runs';
import { analyzePlans } from '../server/src/core/analyze';
import { defaultConfig } from '../server/src/core/config-model';
import { LineIndex } from '../server/src/core/parse/positions';
import type { Range } from '../server/src/core/model';

function check(text: string) {
  const plans = new Map([['/ws/a.okr.md', text]]);
  return analyzePlans(plans, { roots: ['/ws'], today: '2026-02-02', configFor: () => defaultConfig() });
}

function expectInside(text: string, ranges: Range[]): void {
  const lines = new LineIndex(text);
  for (const r of ranges) {
    for (const p of [r.start, r.end]) {
      expect(p.line).toBeGreaterThanOrEqual(0);
      expect(p.line).toBeLessThan(lines.lineCount);
      expect(p.character).toBeLessThanOrEqual(lines.lineText(p.line).length);
    }
  }
}

const LINE = fc.oneof(
  fc.constantFrom('# Mission: m', '## Objective: o 🎯', '- KR: 把 x from 1 to 2', '  - Initiative: i', 'Owner: @a', 'Parent: KR1.1', 'Check-ins:', '- 2026-01-01: 5%', '```', '> q', '| a |', '|---|', '<!-- okr-disable -->', '---', '\t- KR: tab', '    code', ''),
  fc.string({ unit: 'grapheme', maxLength: 20 }),
  fc.string({ unit: 'binary', maxLength: 10 }),
);

describe('bad input never breaks the engine', () => {
  it('random plans: no throw, every range inside the document (property)', () => {
    fc.assert(
      fc.property(fc.array(LINE, { maxLength: 40 }), fc.constantFrom('\n', '\r\n', '\r'), (lines, eol) => {
        const text = lines.join(eol);
        const { findings, graph } = check(text);
        const plan = graph.plans()[0]!;
        expectInside(text, [...findings.map((f) => f.range), ...plan.nodes.flatMap((n) => [n.range, n.titleRange, n.fullRange, ...n.fields.map((f) => f.range)])]);
      }),
      propertyRuns(400, 424242),
    );
  });

  it('10,000 headings', () => {
    const text = Array.from({ length: 10_000 }, (_, i) => `## Objective O${i + 1}: Outcome ${i}`).join('\n');
    const { findings, graph } = check(text);
    expect(graph.plans()[0]!.nodes).toHaveLength(10_000);
    const tooMany = findings.filter((f) => f.code === 'OKR101');
    expect(tooMany).toHaveLength(1);
    expect(tooMany[0]!.message).toContain('10000 objectives');
    expect(tooMany[0]!.related).toHaveLength(20);
  });

  it('deeply nested lists', () => {
    const text = `# Mission: m\n${Array.from({ length: 2_000 }, (_, i) => `${'  '.repeat(i)}- KR: level ${i} from 1 to 2`).join('\n')}\n`;
    const { graph, findings } = check(text);
    expect(graph.plans()[0]!.nodes.length).toBe(102);
    expect(findings.filter((f) => f.code === 'OKR901').map((f) => f.range.start.line)).toEqual([102]);
  });

  it('a parent cycle across 100 plans', () => {
    const plans = new Map<string, string>();
    for (let i = 0; i < 100; i++) plans.set(`/ws/p${i}.okr.md`, `## Objective O1: Step ${i}\nParent: p${(i + 1) % 100}.okr.md#KR1.1\n### KR1.1: Move ${i} from 1 to 2\n`);
    const { findings } = analyzePlans(plans, { roots: ['/ws'], today: '2026-02-02', configFor: () => defaultConfig() });
    expect(findings.filter((f) => f.code === 'OKR002')).toHaveLength(100);
    expect(findings.filter((f) => f.code === 'OKR006')).toHaveLength(0);
  });
});

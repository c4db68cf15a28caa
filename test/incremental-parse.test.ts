import { describe, expect, it } from 'vitest';
import { parsePlan, SectionCache } from '../server/src/core/parse/parser';
import { generatePlan } from '../scripts/bench/generate-plans';
import { planSnapshot } from './helpers/plan-snapshot';

describe('section-incremental parsing', () => {
  const text = generatePlan({ seed: 3, lines: 600 });
  const lines = text.split('\n');

  it('re-parses only the edited section and equals a full parse', () => {
    const cache = new SectionCache();
    parsePlan('/ws/a.okr.md', text, [], cache);
    const sections = cache.parsedLastTime;
    expect(sections).toBeGreaterThan(20);
    const target = lines.findIndex((l, i) => i > 300 && l.startsWith('### KR'));
    const edited = [...lines.slice(0, target), `${lines[target]}!`, ...lines.slice(target + 1)].join('\n');
    const incremental = parsePlan('/ws/a.okr.md', edited, [], cache);
    expect(cache.parsedLastTime).toBe(1);
    expect(planSnapshot(incremental)).toEqual(planSnapshot(parsePlan('/ws/a.okr.md', edited)));
  });

  it('shifts later sections when lines are inserted or removed', () => {
    const cache = new SectionCache();
    parsePlan('/ws/a.okr.md', text, [], cache);
    const inserted = [...lines.slice(0, 40), 'A new line of prose 🎉', '', ...lines.slice(40)].join('\n');
    const afterInsert = parsePlan('/ws/a.okr.md', inserted, [], cache);
    expect(cache.parsedLastTime).toBe(1);
    expect(planSnapshot(afterInsert)).toEqual(planSnapshot(parsePlan('/ws/a.okr.md', inserted)));
    const removed = [...lines.slice(0, 40), ...lines.slice(45)].join('\n');
    expect(planSnapshot(parsePlan('/ws/a.okr.md', removed, [], cache))).toEqual(planSnapshot(parsePlan('/ws/a.okr.md', removed)));
  });

  it('reuses nothing stale when a heading changes depth', () => {
    const cache = new SectionCache();
    const before = '# Mission: m\n## Objective: a\n- KR: x from 1 to 2\n## Objective: b\n- KR: y from 1 to 2\n';
    parsePlan('/ws/a.okr.md', before, [], cache);
    const after = before.replace('## Objective: b', '### Objective: b');
    const plan = parsePlan('/ws/a.okr.md', after, [], cache);
    expect(planSnapshot(plan)).toEqual(planSnapshot(parsePlan('/ws/a.okr.md', after)));
    expect(plan.nodes.find((n) => n.title === 'b')?.enclosing?.title).toBe('a');
  });

  it('ends a node at a heading inside its own section, whether or not the section is cached (regression)', () => {
    // Lines 3–6 are a setext heading (a paragraph underlined by `---`): it closes the objective.
    const plan = 'x---\nperiod:\n## Objective: new\n026-Q1\nteam: Team 5\nowner: "@lead5"\n---\n\n# Mission: m\n';
    const full = parsePlan('/ws/a.okr.md', plan);
    expect(full.nodes[0]!.fullRange).toEqual({ start: { line: 2, character: 0 }, end: { line: 2, character: 17 } });
    expect(planSnapshot(parsePlan('/ws/a.okr.md', plan, [], new SectionCache()))).toEqual(planSnapshot(full));
  });
});

import { describe, expect, it } from 'vitest';
import { parsePlan, SectionCache } from '../server/src/core/parse/parser';
import { LineIndex } from '../server/src/core/parse/positions';
import type { Plan, Range } from '../server/src/core/model';

const parse = (text: string): Plan => parsePlan('/ws/plan.okr.md', text);

/** The text a range covers, read back through the same line index. */
function textOf(text: string, range: Range): string {
  const lines = new LineIndex(text);
  return text.slice(lines.offsetAt(range.start), lines.offsetAt(range.end));
}

const HEADINGS = `---
period: 2026-Q1
team: Onboarding
owner: "@maria"
parent: ../company/2026-Q1.okr.md
---

# Mission: Help first-time business owners understand their cash flow
Serves: first-time business owners
Refuses: dark patterns

## Objective O1: New owners reach a clear picture of their cash
Owner: @maria
Type: committed
Parent: ../company/2026-Q1.okr.md#KR1.2

### KR1.1: Reduce time-to-first-value from 10 days to 5 days
Owner: @lee
Confidence: 0.6
Check-ins:
- 2026-01-12: 9 days
- 2026-01-26: 8 days, confidence 0.5 — bank sync still slow

#### Initiative: Rebuild the onboarding checklist
Owner: @sam
Status: in progress
`;

const COMPACT = `# Mission: Make drafting calm
## Objective O2: Increase confidence in AI-assisted drafting
Owner: @ana
- KR2.1: Raise accepted-suggestion rate from 18% to 35%
  - Owner: @li
  - Initiative: Show sources beside every suggestion
  - Check-ins:
    - 2026-01-12: 20%
- KR: Cut undo within 10 s of accepting from 22% to 10%
  Owner: @bo
`;

describe('parsePlan: heading form', () => {
  const plan = parse(HEADINGS);
  it('reads the front matter with a YAML parser', () => {
    expect(plan.frontMatter?.period).toBe('2026-Q1');
    expect(plan.frontMatter?.owner).toBe('@maria');
    expect(plan.frontMatter?.parent?.path).toBe('../company/2026-Q1.okr.md');
    expect(plan.frontMatter?.range.start.line).toBe(0);
    expect(plan.frontMatter?.range.end.line).toBe(5);
  });
  it('finds the four node kinds with ids and nesting', () => {
    expect(plan.nodes.map((n) => `${n.kind}:${n.id}:${n.enclosing?.id ?? '-'}`)).toEqual([
      'mission:mission:-',
      'objective:O1:mission',
      'kr:KR1.1:O1',
      'initiative:I1.1.1:KR1.1',
    ]);
    expect(plan.nodes.map((n) => n.explicitId)).toEqual([true, true, true, false]);
  });
  it('gives node, title and field ranges that cover their text', () => {
    const kr = plan.nodes[2]!;
    expect(textOf(HEADINGS, kr.range)).toBe('KR1.1: Reduce time-to-first-value from 10 days to 5 days');
    expect(textOf(HEADINGS, kr.titleRange)).toBe('Reduce time-to-first-value from 10 days to 5 days');
    const owner = kr.fields.find((f) => f.name === 'owner')!;
    expect(textOf(HEADINGS, owner.range)).toBe('Owner: @lee');
    expect(textOf(HEADINGS, owner.keyRange)).toBe('Owner');
    expect(textOf(HEADINGS, owner.valueRange)).toBe('@lee');
  });
  it('reads check-ins with value, confidence and note', () => {
    const [first, second] = plan.nodes[2]!.checkIns;
    expect(first).toMatchObject({ date: '2026-01-12', validDate: true, value: { value: 9, unit: 'days' } });
    expect(second).toMatchObject({ date: '2026-01-26', confidence: 0.5, note: 'bank sync still slow', value: { value: 8 } });
  });
  it('spans a heading node to the next heading at its level or above', () => {
    const objective = plan.nodes[1]!;
    expect(objective.fullRange.end.line).toBe(HEADINGS.split('\n').length - 1);
  });
});

describe('parsePlan: compact form', () => {
  const plan = parse(COMPACT);
  it('reads list-item nodes, their fields and check-ins', () => {
    expect(plan.nodes.map((n) => `${n.kind}:${n.id}:${n.enclosing?.id ?? '-'}:${n.form}`)).toEqual([
      'mission:mission:-:heading',
      'objective:O2:mission:heading',
      'kr:KR2.1:O2:list',
      'initiative:I2.1.1:KR2.1:list',
      'kr:KR2.2:O2:list',
    ]);
    const [, objective, kr21, , kr22] = plan.nodes;
    expect(objective!.fields.map((f) => f.value)).toEqual(['@ana']);
    expect(kr21!.fields.map((f) => f.name)).toEqual(['owner', 'check-ins']);
    expect(kr21!.checkIns.map((c) => c.value?.raw)).toEqual(['20%']);
    expect(kr22!.fields.map((f) => `${f.name}=${f.value}`)).toEqual(['owner=@bo']);
  });
  it('accepts every keyword spelling, case-insensitively', () => {
    const ids = parse(
      ['# mission: m', '## OBJECTIVE o3: a', '- kr 3.4: x', '- Key Result 3.5: y', '- key result: z', '- initiative i3.5.9: w', '## O7: b', '## Objective: c'].join('\n'),
    ).nodes.map((n) => n.id);
    expect(ids).toEqual(['mission', 'O3', 'KR3.4', 'KR3.5', 'KR3.3', 'I3.5.9', 'O7', 'O4']);
  });
});

describe('parsePlan: text edge cases', () => {
  it('handles an empty file and a file without front matter', () => {
    expect(parse('')).toMatchObject({ nodes: [], lineCount: 1 });
    const plan = parse('# Mission: Serve people well\n');
    expect(plan.frontMatter).toBeUndefined();
    expect(plan.nodes[0]!.title).toBe('Serve people well');
  });
  it('counts columns in UTF-16 code units with emoji and CJK', () => {
    const text = '# Mission: 🎯 帮助小企业 get paid\n- KR: Grow 🚀 from 1 to 2 👩‍👩‍👧\n';
    const plan = parse(text);
    expect(textOf(text, plan.nodes[0]!.titleRange)).toBe('🎯 帮助小企业 get paid');
    expect(plan.nodes[0]!.range.end.character).toBe('# Mission: 🎯 帮助小企业 get paid'.length);
    expect(plan.nodes[1]!.range.end.character).toBe('- KR: Grow 🚀 from 1 to 2 👩‍👩‍👧'.length);
  });
  it('reads CRLF plans with the same lines and columns as LF', () => {
    const crlf = parse(HEADINGS.replace(/\n/g, '\r\n'));
    const lf = parse(HEADINGS);
    expect(crlf.nodes.map((n) => n.range)).toEqual(lf.nodes.map((n) => n.range));
    expect(crlf.nodes[2]!.fields.map((f) => f.valueRange)).toEqual(lf.nodes[2]!.fields.map((f) => f.valueRange));
    expect(crlf.frontMatter?.period).toBe('2026-Q1');
  });
  it('keeps a byte-order mark on line 0 and still reads front matter and nodes', () => {
    const text = `\uFEFF${HEADINGS}`;
    const plan = parse(text);
    expect(plan.frontMatter?.period).toBe('2026-Q1');
    expect(plan.nodes.map((n) => n.id)).toEqual(['mission', 'O1', 'KR1.1', 'I1.1.1']);
    const bomFirst = parse('\uFEFF# Mission: Serve well');
    expect(textOf('\uFEFF# Mission: Serve well', bomFirst.nodes[0]!.range)).toBe('Mission: Serve well');
  });
  it('ignores nodes inside code fences and quotes', () => {
    const plan = parse('# Mission: m\n```md\n## Objective: hidden\n- KR: hidden\n```\n> ## Objective: quoted\n## Objective: shown\n');
    expect(plan.nodes.map((n) => n.title)).toEqual(['m', 'shown']);
  });
  it('locates a front-matter YAML error instead of throwing', () => {
    const plan = parse('---\nperiod: [2026\nteam: x\n---\n# Mission: m\n');
    expect(plan.frontMatter?.error?.message).toBeTruthy();
    expect(plan.frontMatter?.error?.range.start.line).toBeGreaterThanOrEqual(1);
    expect(plan.nodes).toHaveLength(1);
  });
  it('reads suppression comments outside code fences', () => {
    const plan = parse('<!-- okr-disable-next-line kr-not-measurable OKR303 -->\n```\n<!-- okr-disable -->\n```\n<!-- okr-enable -->\n');
    expect(plan.suppressions).toEqual([
      { kind: 'disable-next-line', rules: ['kr-not-measurable', 'OKR303'], line: 0 },
      { kind: 'enable', rules: [], line: 4 },
    ]);
  });
  it('keeps non-node headings from taking fields', () => {
    const plan = parse('## Objective: a\nOwner: @a\n## Notes\nOwner: @b\n');
    expect(plan.nodes[0]!.fields.map((f) => f.value)).toEqual(['@a']);
  });
  it('does not read URLs as fields', () => {
    const plan = parse('## Objective: a\nhttps://example.com/x\n');
    expect(plan.nodes[0]!.fields).toEqual([]);
  });
});

describe('parsePlan: section boundaries', () => {
  it('does not split sections inside a multi-line HTML comment', () => {
    const plan = parse('# Mission: m\n<!--\n## Objective: hidden\n-->\n## Objective: shown\n');
    expect(plan.nodes.map((n) => n.title)).toEqual(['m', 'shown']);
  });
});

describe('parsePlan: where a field is, however long or deep', () => {
  it('gives each field its key, value and line ranges, columns packed or not', () => {
    const longValue = `Ana ${'and the finance team '.repeat(250)}`.trim();
    const longKey = `Owner ${'x'.repeat(300)}`;
    const fields = [['Owner', 'Ana'], ['Owner', longValue], [longKey, 'Ana'], ['Target', '']];
    const indents = ['', ' '.repeat(2), ' '.repeat(1500)];
    let found = 0;
    for (const indent of indents) {
      for (const [key, value] of fields) {
        const line = `${indent}- ${key}: ${value}`.trimEnd();
        const text = `## Objective O1: Owners trust the numbers\n\n- KR 1.1: Reach 40 NPS\n${line}\n`;
        const field = parsePlan('/ws/p.okr.md', text).nodes.flatMap((node) => node.fields).find((f) => f.key === key);
        if (!field) continue;
        found++;
        const keyAt = line.indexOf(key!);
        const valueAt = value ? line.lastIndexOf(value) : line.length;
        expect(field.keyRange, `${indent.length} ${key!.length} ${value!.length}`).toEqual({ start: { line: 3, character: keyAt }, end: { line: 3, character: keyAt + key!.length } });
        if (value) expect(field.valueRange).toEqual({ start: { line: 3, character: valueAt }, end: { line: 3, character: valueAt + value.length } });
        expect(field.range.start).toEqual({ line: 3, character: keyAt });
        expect(field.range.end).toEqual({ line: 3, character: line.length });
      }
    }
    expect(found).toBeGreaterThanOrEqual(7);
  });
});

describe('the front matter of an open document', () => {
  it('is read again when its text changes, and kept as read when only the body changes', () => {
    const cache = new SectionCache();
    const first = parsePlan('/ws/p.okr.md', '---\nperiod: 2026-Q1\n---\n## Objective O1: Owners trust the app\n', [], cache);
    const bodyEdited = parsePlan('/ws/p.okr.md', '---\nperiod: 2026-Q1\n---\n## Objective O1: Owners trust the app more\n', [], cache);
    expect(bodyEdited.frontMatter).toBe(first.frontMatter);
    const periodEdited = parsePlan('/ws/p.okr.md', '---\nperiod: 2026-Q2\n---\n## Objective O1: Owners trust the app more\n', [], cache);
    expect(periodEdited.frontMatter?.period).toBe('2026-Q2');
    expect(periodEdited.frontMatter).toEqual(parsePlan('/ws/p.okr.md', '---\nperiod: 2026-Q2\n---\n## Objective O1: Owners trust the app more\n').frontMatter);
  });
});

import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { propertyRuns } from './helpers/property-runs';
import { parseSection, type ParsedSection } from '../server/src/core/parse/parser';
import { readBlocksFast } from '../server/src/core/parse/fast-blocks';
import { generatePlan } from '../scripts/bench/generate-plans';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { LineIndex } from '../server/src/core/parse/positions';
import { scanLines } from '../server/src/core/parse/scan';

/** What the plan builder keeps from a section, without cycles. */
function view(section: ParsedSection): unknown {
  return {
    headings: section.headings.map((h) => ({ line: h.line, depth: h.depth, node: h.node?.id })),
    nodes: section.nodes.map((n) => ({ ...n, enclosing: n.enclosing?.title, nested: n.nested.map((c) => c.title) })),
    unread: section.unread,
    problems: section.problems,
  };
}

/** Every Markdown plan under a folder. */
function plansUnder(folder: string): string[] {
  return readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .filter((path) => path.endsWith('.md'))
    .map((path) => join(folder, path));
}

/** A plan's sections as the parser cuts them: from a heading (or the start) to the next heading. */
function sectionTexts(text: string): string[] {
  const lines = new LineIndex(text.replace(/\r\n?/g, '\n'));
  const bodyStart = (frontMatterEnd: number | undefined): number => (frontMatterEnd === undefined ? 0 : frontMatterEnd + 1);
  const scan = scanLines(lines);
  return scan.sections
    .filter((section) => section.startLine >= bodyStart(scan.frontMatter?.endLine))
    .map(({ startLine, endLine }) => lines.text.slice(lines.lineStarts[startLine], endLine < lines.lineCount ? lines.lineStarts[endLine] : undefined).replace(/^\uFEFF/, ''));
}

const LINES = [
  '# Mission: Help owners 🎯', '## Objective O1: Owners trust the numbers', '### KR1.1: Cut errors from 4% to 1%', '#### Initiative: Rebuild sync',
  '## Notes', '## Objective: 中文 objective', 'Owner: @maria', 'Type: committed', 'Parent: ../company.okr.md#KR1.2', 'Check-ins:',
  'Some prose with *emphasis* and a [link](x.md).', '- KR: Raise activation from 18% to 35%', '- Owner: @li', '- Initiative: Ship sources',
  '  - Owner: @li', '  - Initiative: nested work', '  - Check-ins:', '    - 2026-01-12: 20%', '    - 2026-01-26: 25%, confidence 0.5 — note',
  '  Status: done', '    Owner: @deep', '* KR: starred item', '+ plus item', '- 2026-01-12: 9 days', '', '', '<!-- okr-disable-next-line -->',
  '| a | b |', '|---|---|', '| 1 | 2 |', '```', 'code', '> quoted', '1. ordered KR: x', '---', 'text', '    indented code', '-', '  ', '   - KR: three-space item',
  '[ref]: https://example.com', 'KR1.2: not a node in a paragraph', '- [ ] Initiative: task item', '<div>', '  Parent: KR1.1',
  '- KR: trailing spaces from 1 to 2  ', '## Objective: trailing space ', 'Prose with a trailing space ',
  '2. second ordered', '1) paren ordered', '   1. KR: nested ordered from 3 to 4', '10. KR: ten', '***', '- - -', '___', '* * *',
  '<details>', '<summary>Objective: Grow the base</summary>', '</details>', '<br/>', '<!-- a comment', 'that ends -->', '~~~',
  '> - quoted item', '<img src="x.png">', '<pre>', '  1. item under a bullet', '    - KR: four-space item', '<https://example.com>',
  '---|---', 'Objective | KR', '| Objective | Key result |', '| Grow | Reach 5 from 2 |', '===', '  ==  ', '--', '   ---', '    ===', '= =',
  'Objective: underlined', '#hashtag', '<3 love', '  > quoted in an item', '    > quoted deeper', '   > three-space quote',
];

const section = fc.array(fc.constantFrom(...LINES), { minLength: 1, maxLength: 30 }).map((lines) => `${lines.join('\n')}\n`);

describe('line-oriented block reader', () => {
  it('agrees with remark on every section it accepts (property)', () => {
    fc.assert(
      fc.property(section, (text) => {
        expect(view(parseSection(text))).toEqual(view(parseSection(text, true)));
      }),
      propertyRuns(3000, 20261124),
    );
  });

  it('agrees with remark on realistic generated plans', () => {
    const text = generatePlan({ seed: 11, lines: 1500 });
    for (const part of text.split(/\n(?=## )/)) {
      expect(view(parseSection(part))).toEqual(view(parseSection(part, true)));
    }
  });

  it('agrees with remark on every section of the published, example and fixture plans, and reads most of them itself', () => {
    const sections = ['test/corpus', 'examples', 'test/fixtures'].flatMap(plansUnder).flatMap((file) => sectionTexts(readFileSync(file, 'utf8')).map((text) => ({ file, text })));
    let readFast = 0;
    for (const { file, text } of sections) {
      if (readBlocksFast(text)) readFast++;
      expect(view(parseSection(text)), `${file}:\n${text}`).toEqual(view(parseSection(text, true)));
    }
    expect(sections.length).toBeGreaterThan(1000);
    expect(readFast / sections.length).toBeGreaterThan(0.75);
  });

  it('reads a table of objectives cell by cell as remark does', () => {
    const tables = [
      '## Q3\n| Objective | Key result | Owner |\n|---|---|---|\n| Grow | Reach 50 teams from 20 | @ana |\n| | Cut churn from 5% to 3% |\nrow without a pipe\n| extra | cells | here | and more |\n',
      '  | Objective | KR |  \n  |:--|--:|\n  |  Grow 🎯  |   |\n| a \\| b | c \\\\| d |\n| `x|y` | z |\n\nAfter.\n',
      'Objective | Key result\n--- | ---\nGrow | Reach 5 from 2\n',
    ];
    for (const text of tables) {
      expect(readBlocksFast(text), text).toBeDefined();
      expect(view(parseSection(text)), text).toEqual(view(parseSection(text, true)));
    }
  });

  it('ends a table where remark does: at a line starting another block, not at one that only looks like it', () => {
    const table = '| Objective | KR |\n|---|---|\n| Grow | Reach 5 from 2 |\n';
    const after = ['# Objective: heading', '#hashtag KR: a row', '<div>', '<br/>', '<3 a row', '> quote', '```\ncode\n```', '~~~\ncode\n~~~', '    indented code', '- KR: item', '2. KR: item', '  - KR: item', '---', '* * *', 'KR: a row', '<!-- note -->'];
    for (const line of after) {
      const text = `${table}${line}\n`;
      expect(readBlocksFast(text), text).toBeDefined();
      expect(view(parseSection(text)), text).toEqual(view(parseSection(text, true)));
    }
  });

  it('agrees with remark where micromark reads a line its own way', () => {
    const sections = [
      '    - indented code\n\n10. KR: ten\n',
      '    indented code\n2. KR: two\n',
      '- **Key results**:\n1. KR: one from 1 to 2\n2. KR: two\n',
      '- KR: a bullet\n2. KR: not a list here\n',
      '- KR: a bullet\n<br/>\n<br/>\n',
      '- KR: a bullet\n\n2. KR: a list of its own\n',
      '1. KR: one\n1) KR: another list\n',
      '- KR: a bullet\n<br/>\n  - Owner: @li\nlazy\n',
      '- KR: a bullet\n  - Owner: @li\n<br/>\n  - KR: next\nlazy\n',
      '- KR: a bullet\n  <details>\nnot lazy\n',
      '- KR: a bullet\n  - KR: nested\n<img src="x.png">\n    - inside the nested item\nlazy\n',
      '- **Key results**:\n  1. KR: one from 1 to 2\n  2. KR: two\n<br />\n- **Score**\n',
      '- **Key results**:\n  1. KR: one from 1 to 2\n<br />\n\n    more of the first\n',
      '- KR: a bullet\n  <!-- a comment\nthat ends -->\n',
    ];
    for (const text of sections) expect(view(parseSection(text)), text).toEqual(view(parseSection(text, true)));
  });

  it('reads the common plan shapes itself and leaves the rest to remark', () => {
    const read = ['## Objective: a\nOwner: @a\n- KR: x from 1 to 2\n  - Owner: @b\n\n| a | b |\n|---|---|\n| 1 | 2 |\n', '> quote\n', '```\ncode\n```\n', '1. item\n2. item\n', 'a\n\n---\n', '<details>\n<summary>Grow</summary>\n\n- KR: x\n\n</details>\n', '- a\n\n- b\n', '| Objective | KR |\n|---|---|\n| a | b |\n', '1. KR: a\n   > a note on it\n2. KR: b\n', 'a\n===\n', 'Objective: a\nwrapped\n---\n'];
    for (const text of read) expect(readBlocksFast(text), text).toBeDefined();
    for (const text of ['- a\n  ===\n', '- a\n===\n', '\tOwner: tab\n', '[x]: y\n', '- a\n  > quoted in an item\n  lazy after the quote\n']) {
      expect(readBlocksFast(text), text).toBeUndefined();
    }
  });
});

import { describe, expect, it } from 'vitest';
import { parsePlan, parseSection } from '../../server/src/core/parse/parser';

const UNICODE_SPACES = { nbsp: '\u00a0', ideographic: '\u3000', 'form feed': '\f', 'line separator': '\u2028', 'em space': '\u2003', 'vertical tab': '\v' };

describe('Markdown as CommonMark renders it', () => {
  for (const [name, space] of Object.entries(UNICODE_SPACES)) {
    it(`a line starting with ${name} before a heading or a list marker is a paragraph, not a node`, () => {
      for (const text of [`${space}## Objective O1: x\n`, `# Mission: m\n${space}## Objective O1: x\n`, `## Objective O1: y\n\n${space}- KR: x from 1 to 2\n`]) {
        const kinds = parsePlan('/ws/a.okr.md', text).nodes.map((n) => n.kind);
        expect(kinds).not.toContain(text.includes('KR') ? 'kr' : 'objective');
        // The fast reader and remark agree.
        expect(parseSection(text).nodes.map((n) => n.kind)).toEqual(parseSection(text, true).nodes.map((n) => n.kind));
      }
    });
  }
});

import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import MarkdownIt from 'markdown-it';
import { analyzePlans } from '../server/src/core/analyze';
import { defaultConfig } from '../server/src/core/config-model';
import { prepareRenameAt, renameAt } from '../server/src/core/features/rename';
import type { FeatureContext } from '../server/src/core/features/context';
import { headingId, okrPreviewPlugin, parentHref, type MarkdownItLike } from '../client/src/preview-plugin';

describe('the grammar colours field keys as keys', () => {
  const grammar = JSON.parse(readFileSync(join(__dirname, '..', 'syntaxes', 'okr.tmLanguage.json'), 'utf8')) as { repository: Record<string, { match: string; captures: Record<string, { name: string }> }> };
  it('uses the JSON key scope, which every default theme colours as a key', () => {
    // Bare `support.type.property-name` is CSS's: Light+, Light Modern and Light 2026 paint it red (#e50000), like an error.
    // `support.type.property-name.json` is blue in the light themes and light blue (or green, 2026) in the dark ones.
    for (const name of ['field', 'parent-field']) {
      const rule = grammar.repository[name]!;
      expect(rule.captures['2']!.name).toMatch(/^support\.type\.property-name\.json\./);
      expect(new RegExp(rule.match.replace(/^\(\?i\)/, ''), 'i').test(name === 'field' ? 'Type: committed' : '- Parent: KR1.2')).toBe(true);
    }
  });
});

describe('rename with the cursor anywhere in an id', () => {
  const plan = ['# Mission: Help owners understand their cash', '## Objective O1: Owners trust their numbers', '### KR 1.2: Cut errors from 4% to 1%', '#### Initiative: Audit', 'Parent: KR 1.2', '### Key Result 1.3: Raise trust from 40% to 60%', ''].join('\n');
  const { graph, findings } = analyzePlans(new Map([['/ws/p.okr.md', plan]]), { roots: ['/ws'], today: '2026-02-02', configFor: () => defaultConfig() });
  const ctx: FeatureContext = { graph, uriOf: (f) => f, findingsFor: () => findings };
  const lines = plan.split('\n');
  const at = (needle: string, offset: number) => ({ line: lines.findIndex((l) => l.includes(needle)), character: lines.find((l) => l.includes(needle))!.indexOf(needle) + offset });

  it('offers the whole id, from its first letter to its last digit', () => {
    for (const offset of [0, 1, 2, 3, 5, 6]) expect(prepareRenameAt(ctx, '/ws/p.okr.md', at('KR 1.2:', offset))?.placeholder, `offset ${offset}`).toBe('KR1.2');
    expect(prepareRenameAt(ctx, '/ws/p.okr.md', at('KR 1.2:', 0))!.range).toEqual({ start: at('KR 1.2:', 0), end: at('KR 1.2:', 6) });
    expect(prepareRenameAt(ctx, '/ws/p.okr.md', at('O1:', 0))?.placeholder).toBe('O1');
    expect(prepareRenameAt(ctx, '/ws/p.okr.md', at('Cut errors', 0))).toBeNull();
    // From a Parent value too.
    expect(prepareRenameAt(ctx, '/ws/p.okr.md', at('Parent: KR 1.2', 9))?.placeholder).toBe('KR1.2');
  });

  it('writes the new id where letters were written, the number where the kind is spelled out', () => {
    const edit = renameAt(ctx, '/ws/p.okr.md', at('KR 1.2:', 1), 'KR1.4')!;
    expect(edit.changes!['/ws/p.okr.md']!.map((e) => e.newText)).toEqual(['KR1.4', 'KR1.4']);
    expect(renameAt(ctx, '/ws/p.okr.md', at('1.3:', 0), '1.5')!.changes!['/ws/p.okr.md']!.map((e) => e.newText)).toEqual(['1.5']);
  });
});

describe('the Markdown preview of a plan', () => {
  const render = (text: string, env: object = {}): string => {
    const md = new MarkdownIt();
    okrPreviewPlugin(md as unknown as MarkdownItLike);
    return md.render(text, env);
  };

  it('keeps fields on their own lines', () => {
    expect(render('### KR1.1: Cut errors from 4% to 1%\nOwner: @lee\nIndicator: leading\nConfidence: 0.6\n')).toContain('<p>Owner: @lee<br>\nIndicator: leading<br>\nConfidence: 0.6</p>');
    // Prose stays prose.
    expect(render('We aim high\nand keep going.\n')).toContain('<p>We aim high\nand keep going.</p>');
  });

  it('turns Parent references into links, and gives node headings their id as an anchor', () => {
    const html = render('## Objective O1: Owners trust us\nOwner: @a\nParent: ../company/2026-Q1.okr.md#KR1.2\n\n#### Initiative: Audit\n- Parent: KR 1.1\n');
    expect(html).toContain('Parent: <a href="../company/2026-Q1.okr.md#KR1.2" class="okr-parent-link">../company/2026-Q1.okr.md#KR1.2</a>');
    expect(html).toContain('<li>Parent: <a href="#KR1.1" class="okr-parent-link">KR 1.1</a></li>');
    expect(html).toContain('<h2><a id="O1" class="okr-node-anchor"></a>Objective O1: Owners trust us</h2>');
    expect(render('Parent: [Grow](../c.okr.md#KR2.1)\n')).toContain('Parent: <a href="../c.okr.md#KR2.1">Grow</a>');
  });

  it('leaves Markdown files that are not plans alone', () => {
    expect(render('Owner: @a\nType: committed\n', { currentDocument: { path: '/ws/README.md' } })).toContain('<p>Owner: @a\nType: committed</p>');
  });

  it('reads ids and references as the dialect writes them', () => {
    expect(['Objective O2: x', 'O3: y', 'KR 1.2: z', 'Key Result 2.1: w', 'Initiative I1.2.1: v', 'Mission: m', 'Notes: n'].map(headingId)).toEqual(['O2', 'O3', 'KR1.2', 'KR2.1', 'I1.2.1', undefined, undefined]);
    expect(['KR1.2', '../a b.okr.md#KR1.2', 'company.okr.md', 'soon', 'the plan above'].map(parentHref)).toEqual(['#KR1.2', undefined, 'company.okr.md', undefined, undefined]);
  });
});

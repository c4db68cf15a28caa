import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { analyzePlans } from '../server/src/core/analyze';
import { defaultConfig } from '../server/src/core/config-model';
import { alignmentTree, type AlignmentItem } from '../server/src/core/features/alignment-tree';
import { ROW_ROOM, alignmentItemText, fitTitle, rowWidth, textWidth } from '../server/src/core/features/alignment-labels';

const EXAMPLES = join(__dirname, '..', 'examples');

/** The example plans' alignment tree, as the server sends it to the view. */
function examplesTree(): AlignmentItem[] {
  const plans = new Map<string, string>();
  for (const dir of readdirSync(EXAMPLES)) for (const name of readdirSync(join(EXAMPLES, dir))) plans.set(`/ws/${dir}/${name}`, readFileSync(join(EXAMPLES, dir, name), 'utf8'));
  const { graph, findings } = analyzePlans(plans, { roots: ['/ws'], today: '2026-02-02', configFor: () => defaultConfig() });
  return alignmentTree({ graph, uriOf: (file) => file, findingsFor: (file) => findings.filter((f) => f.file === file) });
}

/** Every item with how many levels below the top the view shows it. */
function withDepths(items: AlignmentItem[], depth = 0): { item: AlignmentItem; depth: number }[] {
  return items.flatMap((item) => [{ item, depth }, ...withDepths(item.children, depth + 1)]);
}

describe('the Alignment view’s rows at the side bar’s default width', () => {
  it('estimates text a little wider than the side bar’s font draws it (DejaVu Sans, 13 px, measured in code-server)', () => {
    const measured: [string, number][] = [
      ['Mission: Help first-time business owners understand their cash flow with confidence', 546.9],
      ['KR1.1: Cut mismatched bank balances from 2.1% of accounts to 0.3%', 457.2],
      ['Objective O2: Categorisation feels right to owners', 325.8],
      ['KR2.2: Grow referral revenue from $40k to $90k', 314.1],
    ];
    for (const [text, width] of measured) {
      expect(textWidth(text), text).toBeGreaterThanOrEqual(width);
      expect(textWidth(text), text).toBeLessThan(width * 1.08);
    }
  });

  it('keeps a title whole when it fits, else its first words with an ellipsis, else the id alone', () => {
    expect(fitTitle('KR1.2', 'Cut errors', 200)).toBe('KR1.2: Cut errors');
    expect(fitTitle('KR1.2', 'Reduce time-to-first-value from 10 days to 5 days', 250)).toBe('KR1.2: Reduce time-to-first-value…');
    // No comma before the ellipsis.
    expect(fitTitle('KR1.3', 'Cut errors, then returns', textWidth('KR1.3: Cut errors, th'))).toBe('KR1.3: Cut errors…');
    // A long first word is cut when enough of it shows to be read.
    expect(fitTitle('O2', 'Bookkeepers choose Ledgerly', textWidth('O2: Bookkeep…'))).toBe('O2: Bookkeep…');
    expect(fitTitle('O2', 'Bookkeepers choose Ledgerly', textWidth('O2: Book…'))).toBe('O2');
  });

  it('shows the progress bar, the owner (the first of several and how many more) and the problem count; the tooltip has the rest', () => {
    const item: AlignmentItem = {
      kind: 'objective',
      id: 'O2',
      title: 'Bookkeepers recommend Ledgerly to their peers',
      label: 'objective O2',
      location: { uri: '/ws/teams/bookkeepers.okr.md', range: { start: { line: 3, character: 0 }, end: { line: 3, character: 9 } } },
      progress: 0.12,
      owner: '@tom & @ines',
      problems: 2,
      problemList: ['warning: `Owner` names more than one person (multiple-owners)', 'info: `O2` has 1 key result (too-few-key-results)'],
      children: [],
    };
    const text = alignmentItemText(item, 3, 'teams/bookkeepers.okr.md');
    expect(text.description).toBe('▰▱▱▱▱ @tom +1 ⚠ 2');
    expect(text.label).toBe('O2');
    expect(text.tooltip.split('\n')).toEqual([
      'objective O2: Bookkeepers recommend Ledgerly to their peers',
      'Owner @tom & @ines · Progress 12%',
      '• warning: `Owner` names more than one person (multiple-owners)',
      '• info: `O2` has 1 key result (too-few-key-results)',
      'teams/bookkeepers.okr.md',
    ]);
  });

  it('fits every row of the example plans, five levels deep, in the room the side bar leaves at its level', () => {
    const rows = withDepths(examplesTree()).map(({ item, depth }) => ({ depth, ...alignmentItemText(item, depth, '') }));
    expect(Math.max(...rows.map((r) => r.depth))).toBe(5);
    for (const { depth, label, description } of rows) expect(rowWidth(depth, label, description), `${label} ${description}`).toBeLessThanOrEqual(ROW_ROOM);
    expect(rows[0]).toMatchObject({ label: 'Mission: Help first-time…', description: '@dana' });
    expect(rows.find((r) => r.label.startsWith('I1.2.1: Retry'))).toMatchObject({ label: 'I1.2.1: Retry bank…', description: '@jun' });
  });
});

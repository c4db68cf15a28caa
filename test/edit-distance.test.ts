import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { propertyRuns } from './helpers/property-runs';
import { editDistance } from '../server/src/core/did-you-mean';

/** The whole optimal-string-alignment table, written plainly: what the bounded, row-reusing version must agree with. */
function fullTableDistance(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i]![j] = Math.min(d[i]![j]!, d[i - 2]![j - 2]! + 1);
    }
  }
  return d[a.length]![b.length]!;
}

const word = fc.array(fc.constantFrom('a', 'b', 'c', '.', '/'), { maxLength: 40 }).map((chars) => chars.join(''));

describe('edit distance', () => {
  it('equals the full table, and past its bound says only that it is past (property)', () => {
    fc.assert(
      fc.property(word, word, fc.option(fc.nat({ max: 6 }), { nil: undefined }), (a, b, max) => {
        const exact = fullTableDistance(a, b);
        const bounded = editDistance(a, b, max);
        if (max === undefined || exact <= max) expect(bounded).toBe(exact);
        else expect(bounded).toBeGreaterThan(max);
      }),
      propertyRuns(3000, 20261204),
    );
  });

  it('counts a swap of neighbours as one edit, also after a long word (rows reused between calls)', () => {
    expect(editDistance('x'.repeat(300), 'y'.repeat(300), 2)).toBe(3);
    expect(editDistance('compnay', 'company')).toBe(1);
    expect(editDistance('', 'abc')).toBe(3);
  });
});

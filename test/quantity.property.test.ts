import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { findQuantities, parseQuantity, readKrTitle } from '../server/src/core/parse/quantity';
import { propertyRuns } from './helpers/property-runs';

/**
 * The quantity reader, property by property: what a person reads as a number is read back with
 * its value; what a person reads as a name (an id, a version, a year, link text) is never a number;
 * and no text, however odd, makes it throw or slow down.
 */

const SCALES = [
  ['', 1],
  ['k', 1e3],
  ['M', 1e6],
  ['B', 1e9],
] as const;

/** A number as plans write it: `1,200`, `0.35`, `42`. */
const written = fc
  .record({ whole: fc.integer({ min: 1, max: 999_999 }), cents: fc.option(fc.integer({ min: 1, max: 99 }), { nil: undefined }), commas: fc.boolean() })
  .map(({ whole, cents, commas }) => {
    const digits = commas ? whole.toLocaleString('en-US') : String(whole);
    const fraction = cents === undefined ? '' : `.${String(cents).padStart(2, '0')}`;
    return { text: `${digits}${fraction}`, value: Number(`${whole}${fraction}`) };
  });

/** A quantity with optional sign, currency, scale and unit, and the value it denotes. */
const quantity = fc
  .record({
    number: written,
    sign: fc.constantFrom('', '+', '-'),
    currency: fc.constantFrom('', '$', '€', '£'),
    scale: fc.constantFrom(...SCALES),
    unit: fc.constantFrom('', '%', ' days', 'ms', 'x', ' users', ' points', ' weekly teams'),
  })
  .filter(({ currency, unit, scale }) => !(currency && (unit === '%' || unit === 'ms' || unit === 'x')) && !(scale[0] && (unit === 'ms' || unit === 'x')))
  .map(({ number, sign, currency, scale, unit }) => ({
    text: `${sign}${currency}${number.text}${scale[0]}${unit}`,
    value: (sign === '-' ? -1 : 1) * number.value * scale[1],
  }));

const close = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));

/** Words that hold no number and name nothing numeric. */
const WORD = fc.constantFrom('ship', 'owners', 'the', 'roadmap', 'for', 'and', 'publish', 'team', 'with', 'bookkeepers', 'plan', 'partners', 'reach', 'grow', 'support', 'of');

/** Tokens with digits that name something: ids, versions, quarters, years, link text, a vote or a hire. */
const ID_TOKEN = fc.constantFrom(
  'RFC 42', 'Tier 3', 'tier 1', 'version 7', 'v2', 'v2.0.1', 'Q3', '2026-Q1', 'in 2027', 'the 2027 plan', 'by 2026-03-01',
  '[link 5](https://example.com/5)', '[RFC 7231][rfc]', 'KR1.2', '#12', 'Sprint 4', 'week 3', '+1 SRE', 'a +1 from legal', 'Node 20',
  '2FA', 'p95', '7-day', '24/7', '10:30', 'March 15', '1st',
);

describe('the quantity reader (properties)', () => {
  it('reads any number written with a sign, currency, scale or unit back with its value', () => {
    fc.assert(
      fc.property(quantity, fc.constantFrom('Reach ', 'Grow weekly teams to ', 'Hold at least ', ''), ({ text, value }, lead) => {
        const found = findQuantities(`${lead}${text} this quarter`);
        expect(found.length, text).toBe(1);
        expect(close(found[0]!.quantity.value, value), `${text}: ${found[0]!.quantity.value} ≠ ${value}`).toBe(true);
        expect(found[0]!.quantity.raw.startsWith(text.trim().split(' ')[0]!)).toBe(true);
      }),
      propertyRuns(300, 41),
    );
  });

  it('reads a field value back with its value', () => {
    fc.assert(
      fc.property(quantity, ({ text, value }) => {
        const q = parseQuantity(text);
        expect(q && close(q.value, value), text).toBe(true);
      }),
      propertyRuns(300, 42),
    );
  });

  it('reads "from X to Y" as baseline and target, and "N+" / "N or more" as a threshold', () => {
    fc.assert(
      fc.property(written, written, fc.constantFrom('+', ' or more'), (from, to, plus) => {
        const moved = readKrTitle(`Grow active teams from ${from.text} to ${to.text} owners`);
        expect(moved.form).toBe('from-to');
        expect(close(moved.baseline!.value, from.value) && close(moved.target!.value, to.value)).toBe(true);
        const held = readKrTitle(`Keep ${to.text}${plus} active bookkeepers`);
        expect(held.form).toBe('threshold');
        expect(held.threshold).toBe('at-least');
        expect(close(held.target!.value, to.value)).toBe(true);
      }),
      propertyRuns(300, 43),
    );
  });

  it('reads N orders of magnitude as a 10^N multiplier, wherever it stands among other words', () => {
    const spelledOrders = [['an', 1], ['one', 1], ['two', 2], ['three', 3], ['1', 1], ['2', 2], ['4', 4]] as const;
    fc.assert(
      fc.property(fc.array(WORD, { maxLength: 5 }), fc.constantFrom(...spelledOrders), fc.array(WORD, { maxLength: 5 }), (before, [n, power], after) => {
        const phrase = `${n} ${power === 1 ? 'order' : 'orders'} of magnitude`;
        const found = findQuantities([...before, 'by', phrase, ...after].join(' '));
        expect(found).toHaveLength(1);
        expect([found[0]!.quantity.value, found[0]!.quantity.unit, found[0]!.quantity.raw]).toEqual([10 ** power, 'x', phrase]);
      }),
      propertyRuns(200, 71),
    );
  });

  it('never reads an id, a version, a quarter, a year or link text as a quantity', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(WORD, ID_TOKEN), { minLength: 1, maxLength: 12 }), (tokens) => {
        const text = tokens.join(' ');
        expect(findQuantities(text).map((q) => q.quantity.raw), text).toEqual([]);
      }),
      propertyRuns(500, 44),
    );
  });

  it('still finds the quantity next to id-like tokens', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(WORD, ID_TOKEN), { maxLength: 6 }), quantity, fc.array(fc.oneof(WORD, ID_TOKEN), { maxLength: 6 }), (before, q, after) => {
        const text = [...before, 'to', q.text, 'and', ...after].join(' ');
        const values = findQuantities(text).map((f) => f.quantity.value);
        expect(values.length, text).toBe(1);
        expect(close(values[0]!, q.value), text).toBe(true);
      }),
      propertyRuns(300, 45),
    );
  });

  it('never throws on any text, and every match lies inside it', () => {
    const alphabet = fc.constantFrom(...'0123456789 ,.-+%$€kKMxs[]()#:/abcdefghijklmnopqrstuvwxyz→~<>'.split(''), ' days', ' or more', 'double', 'half of', 'two', 'to', 'from', 'RFC', 'Tier', '\n');
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 200 }).map((parts) => parts.join('')), (text) => {
        for (const q of findQuantities(text)) {
          expect(q.index >= 0 && q.index + q.length <= text.length).toBe(true);
          expect(Number.isFinite(q.quantity.value)).toBe(true);
        }
        readKrTitle(text);
        parseQuantity(text);
      }),
      propertyRuns(500, 46),
    );
  });

  it('reads long adversarial text in linear time', () => {
    const patterns = ['1-', '[', '+1 ', '1,', 'double ', 'two ', '9', '$1k+ ', 'RFC 4 ', '[a 1](', '1 or ', 'a ', '- ', '1.'];
    for (const pattern of patterns) {
      const text = pattern.repeat(Math.ceil(200_000 / pattern.length));
      const start = performance.now();
      findQuantities(text);
      readKrTitle(text.slice(0, 20_000));
      // A quadratic reader takes minutes on 200k characters; a linear one, milliseconds.
      expect(performance.now() - start, pattern).toBeLessThan(3000);
    }
  });
});

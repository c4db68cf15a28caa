import type { KrNumbers, Quantity } from '../model';

const SCALE: Record<string, number> = {
  k: 1e3, K: 1e3, m: 1e6, M: 1e6, mm: 1e6, b: 1e9, B: 1e9, bn: 1e9,
  thousand: 1e3, million: 1e6, billion: 1e9,
};

const NUMBER = String.raw`(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?|\.\d+`;
const CURRENCY = String.raw`[$€£¥]`;
const SCALE_SUFFIX = String.raw`(?:k|K|M|mm|bn|B|b|m)(?![A-Za-z])|\s?(?:thousand|million|billion)\b`;

/**
 * One quantity anywhere in a text: currency, number, scale, percent, and an optional unit word.
 * The unit word is any single word right after the number (`10 days`, `3 enterprise…` reads `enterprise`);
 * callers that need known units check it themselves.
 */
const QUANTITY_SOURCE = String.raw`(?:(?<cur>${CURRENCY})\s?)?(?<num>${NUMBER})(?<scale>${SCALE_SUFFIX})?(?<pct>\s?%| percent\b| pp\b| points?\b)?(?:[ \u00a0](?<unit>[A-Za-z\u00c0-\u024f][A-Za-z\u00c0-\u024f-]*))?`;

export interface QuantityMatch {
  quantity: Quantity;
  index: number;
  length: number;
}

function toQuantity(groups: Record<string, string | undefined>, raw: string): Quantity {
  let value = Number(groups.num!.replace(/,/g, ''));
  const scale = groups.scale?.trim();
  if (scale) value *= SCALE[scale] ?? 1;
  let unit: string | undefined;
  if (groups.pct) unit = '%';
  else if (groups.cur) unit = groups.cur;
  else if (groups.unit) unit = groups.unit.toLowerCase();
  return unit === undefined ? { value, raw } : { value, unit, raw };
}

/** True when the match is part of a date (2026-01-12), a quarter (Q1, 2026-Q1), an id (KR1.2) or a version. */
function isNotAQuantity(text: string, index: number, length: number): boolean {
  const before = text.slice(Math.max(0, index - 1), index);
  const after = text.slice(index + length, index + length + 1);
  if (/[A-Za-z0-9_.\-/:]/.test(before) && !/[$€£¥]/.test(text[index] ?? '')) return true;
  if (/^[-/]\d/.test(text.slice(index + length, index + length + 2))) return true;
  if (after === '-' && /^\s*\d{4}-/.test(text.slice(index))) return true;
  return false;
}

/** Every quantity mentioned in a text, with its offset. Dates, quarters and ids are not quantities. */
const QUANTITY_ANYWHERE = new RegExp(QUANTITY_SOURCE, 'g');
const QUANTITY_WHOLE = new RegExp(String.raw`^(?:~|≈)?${QUANTITY_SOURCE}(?:\s+[A-Za-z][A-Za-z-]*){0,3}$`);

export function findQuantities(text: string): QuantityMatch[] {
  if (!/\d/.test(text)) return [];
  const re = QUANTITY_ANYWHERE;
  const found: QuantityMatch[] = [];
  for (const m of text.matchAll(re)) {
    const index = m.index ?? 0;
    const numberOnly = m[0];
    if (isNotAQuantity(text, index, numberOnly.length)) continue;
    found.push({ quantity: toQuantity(m.groups ?? {}, numberOnly.trim()), index, length: numberOnly.length });
  }
  return found;
}

/** A field value that must be a quantity as a whole: `10 days`, `45%`, `$2M`, `1.2k`, `0.35`. */
export function parseQuantity(text: string): Quantity | undefined {
  const trimmed = text.trim();
  const m = QUANTITY_WHOLE.exec(trimmed);
  if (!m?.groups?.num) return undefined;
  return toQuantity(m.groups, trimmed);
}

/** A number from 0 to 1 (`0.6`, also `60%`), as Confidence and Score take. */
export function parseUnitInterval(text: string): number | undefined {
  const q = parseQuantity(text);
  if (!q) return undefined;
  const value = q.unit === '%' ? q.value / 100 : q.value;
  if (q.unit && q.unit !== '%') return undefined;
  return value >= 0 && value <= 1 ? value : undefined;
}

const DECREASE_VERBS = /\b(reduce|cut|lower|decrease|shrink|drop|halve|minimi[sz]e|eliminate|bring down)\b/i;

/**
 * The numbers a key result title states: "from 10 days to 5 days", "to 35%", "by 20%",
 * "at least 50", "under 2 hours", or a lone quantity taken as the target.
 */
export function krNumbersFromTitle(title: string): KrNumbers {
  const found = findQuantities(title);
  if (found.length === 0) return {};
  const lower = title.toLowerCase();
  const wordBefore = (q: QuantityMatch): string =>
    lower.slice(0, q.index).trimEnd().split(/\s+/).slice(-2).join(' ');
  const fromIdx = found.findIndex((q) => /\bfrom$/.test(wordBefore(q)));
  if (fromIdx >= 0) {
    const to = found[fromIdx + 1];
    const baseline = found[fromIdx]!.quantity;
    const target = to?.quantity;
    return target ? { baseline: inheritUnit(baseline, target), target } : { baseline };
  }
  for (const q of found) {
    const before = wordBefore(q);
    if (/\b(at least|minimum of|more than|above|over|≥|>=)$/.test(before) || /^(at least|over|above)$/.test(before)) {
      return { target: q.quantity, threshold: 'at-least' };
    }
    if (/\b(under|below|less than|at most|within|no more than|≤|<=)$/.test(before)) {
      return { target: q.quantity, threshold: 'at-most' };
    }
    if (/\bby$/.test(before)) {
      return { target: q.quantity, relative: DECREASE_VERBS.test(title) ? 'decrease' : 'increase' };
    }
    if (/\bto$/.test(before)) return { target: q.quantity };
  }
  return { target: found[0]!.quantity };
}

/** "from 45 to 60%" reads the baseline as 45%. */
function inheritUnit(baseline: Quantity, target: Quantity): Quantity {
  if (baseline.unit || !target.unit) return baseline;
  return { ...baseline, unit: target.unit };
}

/** True for `YYYY-MM-DD` naming a real calendar day. */
export function isIsoDate(text: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text.trim());
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.getUTCFullYear() === Number(m[1]) && d.getUTCMonth() === Number(m[2]) - 1 && d.getUTCDate() === Number(m[3]);
}

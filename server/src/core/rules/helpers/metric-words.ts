import { findQuantities, isMoneyUnit, type QuantityMatch } from '../../parse/quantity';

/** Words after a number that are not its unit ("in 2026 the…", "3 of our…"). */
const NOT_UNITS = new Set(['the', 'a', 'an', 'and', 'or', 'of', 'to', 'in', 'for', 'with', 'by', 'on', 'at', 'from', 'as', 'is', 'are']);

/** A count of the plan's own parts ("measured by 4 key results", "3 objectives"): how the plan is built, not a metric of it. */
const PLAN_PARTS = /^(?:key[ \t]+results?|krs?|objectives?|okrs?|initiatives?)\b/i;

/** A statement opening with the size of the set it is about: "The top 10,000 projects …", "All 4 tiers …". */
const SET_SIZE_BEFORE = /^[^\p{L}\p{N}]*(?:the[ \t]+)?(?:top|all|first)[ \t]+$/iu;

/** A counter word of people or things counted, right after the number (not years, months or days: `2025년`, `3月`). */
const CJK_COUNTER = /^(?:명|名|人|位|个|個|件|건|개|회|次|冊|本|家|社|台|篇|首|场|場|门|門)/u;

/** The first metric in a text: a percentage, a money amount or a number with a unit, written in digits (years, bare numbers and number words are not metrics). */
export function findMetric(text: string): QuantityMatch | undefined {
  return findQuantities(text).find((match) => {
    const { quantity, spelled, index } = match;
    // "Double down", "halve the time": words, not a number to hit.
    if (spelled) return false;
    if (quantity.unit === '%' || isMoneyUnit(quantity.unit)) return true;
    // "코치 6명", "获得100名真实用户", "참여자 150명": a count written with a counter word of Chinese, Japanese or Korean.
    if (!quantity.unit) return counterAfter(text, match) !== undefined;
    if (NOT_UNITS.has(quantity.unit)) return false;
    if (PLAN_PARTS.test(text.slice(text.toLowerCase().indexOf(quantity.unit.toLowerCase(), index)))) return false;
    // "The top 10,000 open source projects are free of …": the size of the set the objective is about, no level; a set
    // the work reaches ("Sign our first 10 customers", "Rank in the top 3") is one.
    if (SET_SIZE_BEFORE.test(text.slice(0, index))) return false;
    return !(Number.isInteger(quantity.value) && quantity.value >= 1900 && quantity.value <= 2100);
  });
}

/** A metric as written, with the counter word after its number where it has one (`6명`, `100名`). */
export function metricAsWritten(text: string, metric: QuantityMatch): string {
  if (metric.quantity.unit) return metric.quantity.raw;
  return metric.quantity.raw + (counterAfter(text, metric) ?? '');
}

/** The counter word right after a number, if one follows it. */
function counterAfter(text: string, metric: QuantityMatch): string | undefined {
  return CJK_COUNTER.exec(text.slice(metric.index + metric.length).trimStart())?.[0];
}

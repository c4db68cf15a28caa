import { findQuantities, type QuantityMatch } from '../../parse/quantity';

/** Words after a number that are not its unit ("in 2026 the…", "3 of our…"). */
const NOT_UNITS = new Set(['the', 'a', 'an', 'and', 'or', 'of', 'to', 'in', 'for', 'with', 'by', 'on', 'at', 'from', 'as', 'is', 'are']);

/** A count of the plan's own parts ("measured by 4 key results", "3 objectives"): how the plan is built, not a metric of it. */
const PLAN_PARTS = /^(?:key[ \t]+results?|krs?|objectives?|okrs?|initiatives?)\b/i;

/** Words before a number that make it the size of a set: "the top 10,000 projects", "all 4 tiers", "the first 100 customers". */
const SET_SIZE_BEFORE = /\b(?:top|all|first|last|bottom)[ \t]+$/i;

/** The first metric in a text: a percentage, a money amount or a number with a unit, written in digits (years, bare numbers and number words are not metrics). */
export function findMetric(text: string): QuantityMatch | undefined {
  return findQuantities(text).find(({ quantity, spelled, index }) => {
    // "Double down", "halve the time": words, not a number to hit.
    if (spelled) return false;
    if (quantity.unit === '%' || /^[$€£¥₹]$/.test(quantity.unit ?? '')) return true;
    if (!quantity.unit || NOT_UNITS.has(quantity.unit)) return false;
    if (PLAN_PARTS.test(text.slice(text.toLowerCase().indexOf(quantity.unit.toLowerCase(), index)))) return false;
    // "The top 10,000 open source projects", "all 4 plan tiers": the size of the set the objective is about, no level.
    if (SET_SIZE_BEFORE.test(text.slice(Math.max(0, index - 12), index))) return false;
    return !(Number.isInteger(quantity.value) && quantity.value >= 1900 && quantity.value <= 2100);
  });
}

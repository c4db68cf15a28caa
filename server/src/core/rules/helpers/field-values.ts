/** What each field accepts, and why a value is outside it: shared by the rules that judge field values and keys. */
import { readStatus, type FieldSpec } from '../../fields';
import { hasWrittenDateShape, isQuantityRange, parseQuantity, parseUnitInterval, readWrittenDate } from '../../parse/quantity';
import { didYouMean } from '../../did-you-mean';

/** A value as inline code; a value that holds backticks gets a double-backtick span. */
export const code = (value: string): string => (value.includes('`') ? `\`\` ${value} \`\`` : `\`${value}\``);
const list = (values: string[]): string => values.map(code).join(', ');

/** `YYYY-MM-DD` in shape, whatever the numbers. */
export const DATE_SHAPE = /^\d{4}-\d{2}-\d{2}$/;

/** What the field expects, for the message on an empty value. */
export function expectation(spec: FieldSpec): string {
  switch (spec.value) {
    case 'enum':
      return `one of ${list(spec.values!)}`;
    case 'unit-interval':
      return 'a number from 0 to 1';
    case 'date':
      return 'a date written `YYYY-MM-DD`';
    case 'quantity':
      return 'a quantity such as `10 days`, `45%`, `$2M` or `0.35`';
    case 'handle':
      return 'one person: an `@handle`, a name or a role';
    default:
      return 'a value';
  }
}

/** Why a non-empty field value is outside its domain, or undefined when it is fine. */
export function problemWith(raw: string, spec: FieldSpec): string | undefined {
  const value = raw.trim();
  switch (spec.value) {
    case 'enum':
      if (spec.name === 'status') return readStatus(value) ? undefined : `\`${spec.label}\` must be one of ${list(spec.values!)} (or a mark or word for one: \`✅\`, \`complete\`, \`on track\`); found ${code(value)}.`;
      return spec.values!.includes(value.toLowerCase().replace(/\s+/g, ' ')) ? undefined : `\`${spec.label}\` must be one of ${list(spec.values!)}; found ${code(value)}.`;
    case 'unit-interval':
      // `Score: —`, `| TBD |`: not scored yet.
      return parseUnitInterval(value) !== undefined || UNKNOWN_QUANTITY.test(value) ? undefined : `\`${spec.label}\` must be a number from 0 to 1 (or a percentage); found ${code(value)}.`;
    case 'date':
      if (readWrittenDate(value)) return undefined;
      if (DATE_SHAPE.test(value) || hasWrittenDateShape(value)) return `\`${spec.label}\` must be a real calendar date; ${code(value)} is not one.`;
      return `\`${spec.label}\` must be a date written \`YYYY-MM-DD\`; found ${code(value)}.`;
    case 'quantity':
      // `Current: unknown`, `| 未知 |`: the writer says the number is not known yet; `kr-missing-baseline` asks for it.
      // `Target: 3-5` is a quantity too, though no single value to compute progress from; where the metric stands now
      // (`Current`) is one value.
      return parseQuantity(value) || UNKNOWN_QUANTITY.test(value) || (spec.label !== 'Current' && isQuantityRange(value)) ? undefined : `\`${spec.label}\` must be a quantity such as \`10 days\`, \`45%\`, \`$2M\` or \`0.35\`; found ${code(value)}.`;
    case 'handle':
      return OWNER_PLACEHOLDER.test(value) ? `\`${spec.label}\` must name one person (an \`@handle\`, a name or a role); ${code(value)} is a placeholder.` : undefined;
    default:
      return undefined;
  }
}

/**
 * A quantity field's value saying the number is not known yet, maybe with how it will be found (`TBD, survey of 3 teams
 * in March`, `Need to measure`, `_set after 2 weeks of data_`, `establish baseline`, `no analytics`, `–`, and in Spanish or
 * Portuguese `sin cargar`, `sem dados`, `a definir`).
 */
export const UNKNOWN_QUANTITY = /^[*_]*(?:(?:tb[dac]|unknown|n\/?a|none|\?+|-+|–|—|未知|不明|待定|미정)(?![\p{L}\p{N}])|(?:need(?:s)?\s+to\s+(?:be\s+)?measured?|to\s+be\s+(?:measured|defined|set|decided|determined)|not\s+(?:yet\s+)?(?:measured|known)|set\s+after|e\.g\.|establish(?:ing)?\s+(?:a\s+|the\s+)?baseline|(?:no|without)\s+(?:data|analytics|tracking|measurements?)(?:\s+yet)?$|(?:sin|sem)\s+(?:cargar|medir|medição|medición|dados|datos|baseline)|(?:a|por)\s+(?:definir|medir))(?![\p{L}]))/iu;

/** Owner values that name nobody yet: on an objective or a key result `missing-owner` reports them, as no owner. */
export const OWNER_PLACEHOLDER = /^(?:tb[dac]|to be (?:decided|determined|assigned)|\?+|n\/?a|none|nobody|unassigned|todo|-+|—)$/i;

/** The value of an enum a misspelt one most likely meant (`comitted`, `in-progress`), if one is clearly nearest. */
export function meantValue(values: readonly string[], written: string): string | undefined {
  const spaced = written.trim().toLowerCase().replace(/[\s_-]+/g, ' ');
  if (!spaced) return undefined;
  return values.includes(spaced) ? spaced : didYouMean(spaced, values);
}

/** True when a non-empty value is one the field accepts (free text and references accept anything). */
export function valueFits(spec: FieldSpec, value: string): boolean {
  if (spec.value === 'text' || spec.value === 'reference' || spec.value === 'check-ins') return true;
  return problemWith(value, spec) === undefined;
}

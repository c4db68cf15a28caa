import type { Rule, RuleContext } from '../types';
import type { Field } from '../../model';
import { fieldSpec, type FieldSpec } from '../../fields';
import { isIsoDate, parseQuantity, parseUnitInterval } from '../../parse/quantity';

const list = (values: string[]): string => values.map((v) => `\`${v}\``).join(', ');

/** Why a field's value is outside its domain, or undefined when it is fine. */
function problemWith(field: Field, spec: FieldSpec): string | undefined {
  const value = field.value.trim();
  switch (spec.value) {
    case 'enum':
      if (!spec.values!.includes(value.toLowerCase().replace(/\s+/g, ' '))) return `\`${spec.label}\` must be one of ${list(spec.values!)}; found \`${value}\`.`;
      return undefined;
    case 'unit-interval':
      if (parseUnitInterval(value) === undefined) return `\`${spec.label}\` must be a number from 0 to 1; found \`${value}\`.`;
      return undefined;
    case 'date':
      if (!isIsoDate(value)) return `\`${spec.label}\` must be a date written \`YYYY-MM-DD\`; found \`${value}\`.`;
      return undefined;
    case 'quantity':
      if (!parseQuantity(value)) return `\`${spec.label}\` must be a quantity such as \`10 days\`, \`45%\`, \`$2M\` or \`0.35\`; found \`${value}\`.`;
      return undefined;
    case 'handle':
      if (!/(^|\s)@[\w.-]+/.test(value)) return `\`${spec.label}\` must be an \`@handle\`; found \`${value}\`.`;
      return undefined;
    default:
      return undefined;
  }
}

function checkCheckIns(ctx: RuleContext): void {
  for (const node of ctx.plan.nodes) {
    for (const checkIn of node.checkIns) {
      if (!checkIn.validDate) {
        ctx.report({ range: checkIn.range, message: `A check-in must start with a date written \`YYYY-MM-DD\`; found \`${checkIn.date}\`.` });
      } else if (!checkIn.value) {
        ctx.report({ range: checkIn.range, message: 'A check-in must give a quantity after its date, e.g. `2026-01-12: 9 days`.' });
      } else if (checkIn.confidence !== undefined && (checkIn.confidence < 0 || checkIn.confidence > 1)) {
        ctx.report({ range: checkIn.range, message: `A check-in's confidence must be from 0 to 1; found \`${checkIn.confidence}\`.` });
      }
    }
  }
}

export const invalidFieldValue: Rule = {
  code: 'OKR009',
  name: 'invalid-field-value',
  defaultSeverity: 'error',
  group: 'Alignment chain',
  description: 'A field value outside its domain: `Type`, `Indicator`, `Status` not among their values, `Confidence`/`Score` not from 0 to 1, a `Due` or check-in date that is not a date, a `Baseline`/`Target`/`Current` or check-in value that is not a quantity, an `Owner` with no `@handle`. A known field on a node kind that does not use it is left alone.',
  rationale:
    'Fields are what make a plan computable: progress, staleness and due dates all come from them. A value the tools cannot read is silently dropped from every roll-up, so the plan looks emptier — or healthier — than it is.',
  weak: 'Confidence: high\nStatus: ongoing\nDue: end of March',
  strong: 'Confidence: 0.7\nStatus: in progress\nDue: 2026-03-27',
  fix: 'Use a value the field accepts; hover the key to see them.',
  check(ctx) {
    for (const node of ctx.plan.nodes) {
      for (const field of node.fields) {
        const spec = fieldSpec(field.name);
        if (!spec || field.name === 'check-ins' || field.name === 'parent') continue;
        if (!field.value.trim()) {
          if (spec.value !== 'text') ctx.report({ range: field.range, message: `\`${spec.label}\` is empty.` });
          continue;
        }
        const problem = problemWith(field, spec);
        if (problem) ctx.report({ range: field.range, message: problem });
      }
    }
    checkCheckIns(ctx);
  },
};

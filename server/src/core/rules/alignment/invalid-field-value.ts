import type { Rule, RuleContext } from '../types';
import type { CheckIn } from '../../model';
import { fieldSpec, type FieldSpec } from '../../fields';
import { statesATargetLevel } from '../helpers/kr-shape';
import { isIsoDate } from '../../parse/quantity';
import { code, DATE_SHAPE, expectation, meantValue, OWNER_PLACEHOLDER, problemWith } from '../helpers/field-values';

/** Why a check-in line is unreadable, or undefined when it is fine. */
function checkInProblem(checkIn: CheckIn): string | undefined {
  if (!checkIn.validDate) {
    if (DATE_SHAPE.test(checkIn.date)) return `A check-in must start with a real calendar date; ${code(checkIn.date)} is not one.`;
    const leadingDate = /^(\d{4}-\d{2}-\d{2})\b/.exec(checkIn.date);
    if (leadingDate && isIsoDate(leadingDate[1]!)) return `A check-in puts a colon after its date (\`${leadingDate[1]}: <quantity>\`); found ${code(checkIn.date)}.`;
    return `A check-in must start with a date written \`YYYY-MM-DD\` and a colon; found ${code(checkIn.date)}.`;
  }
  if (!checkIn.value) return `A check-in has no quantity after its date; write the value first and any note after a dash (e.g. \`${checkIn.date}: 9 days — note\`).`;
  if (checkIn.confidence !== undefined && (checkIn.confidence < 0 || checkIn.confidence > 1)) {
    return `A check-in's confidence must be from 0 to 1; found \`${checkIn.confidence}\`.`;
  }
  return undefined;
}

/** Two numbers joined by a slash, as a person reads them against each other: `85 / 95`, `12/41 imaged`. */
const TWO_NUMBERS_JOINED = /^[^\s\d]{0,3}\d[\d.,]*[ \t]?\/[ \t]?\d[\d.,]*%?(?:[ \t]+\p{L}+)?$/u;

/**
 * A table cell under a field's column that holds words for people, not a value: several words with no status in them
 * (`Agent running now`), or under a number's column words with no digit (`No page exists`) or a sentence of five words or
 * more (`2 (ops) + 5 (sales) = 7 total`), or two numbers read against each other (`85 / 95`, `12/41 imaged`), or under `Target` a level stated as a key result states it (`Avg words/file <
 * 1,200`). A short value is still judged (`lots`, `10k → 20k`, `Q3 2026`, `1OO users`).
 */
function notesInCell(value: string, spec: FieldSpec): boolean {
  // `85 / 95` (a commitment and a stretch), `12/41 imaged` (done of all): two numbers a person reads against each other.
  if (spec.value === 'quantity' && TWO_NUMBERS_JOINED.test(value.trim())) return true;
  const words = value.trim().split(/\s+/);
  if (words.length < 2) return false;
  if (spec.name === 'status') return true;
  return spec.value === 'quantity' && (!/\d/.test(value) || words.length >= 5 || (spec.name === 'target' && statesATargetLevel(value)));
}

/**
 * `Target: Meet with 100% of priority charter leaders by October 30`, `Target: Q4 average of 6.5M subscribers (print 4.3M)`:
 * a target written as a sentence of five words or more that states its level as a key result's title does. The content
 * rules read the level in it; a short value is still judged (`1OO users`).
 */
function targetInASentence(value: string, spec: FieldSpec): boolean {
  return spec.name === 'target' && value.trim().split(/\s+/).length >= 5 && statesATargetLevel(value);
}

function checkFields(ctx: RuleContext): void {
  for (const node of ctx.plan.nodes) {
    for (const field of node.fields) {
      const spec = field.known ? fieldSpec(field.name) : undefined;
      // `Parent` belongs to unresolved-parent; `Check-ins` are judged line by line below.
      if (!spec || spec.value === 'reference' || spec.value === 'check-ins' || spec.value === 'text') continue;
      // `| KR | … | Type |` holding `Absolute` or `Ratio`: a kind of node that does not use the field names something else by it.
      if (!spec.on.includes(node.kind)) continue;
      // `Owner: TBD` on an objective or a key result is no owner yet: `missing-owner` says so.
      if (spec.value === 'handle' && (node.kind === 'objective' || node.kind === 'kr') && OWNER_PLACEHOLDER.test(field.value.trim())) continue;
      // `| Current | … |` holding `No page exists`, `| Status |` holding `Agent running now`: a note written in the cell.
      if (field.inTableCell && notesInCell(field.value, spec)) continue;
      if (targetInASentence(field.value, spec)) continue;
      const empty = !field.value.trim();
      const problem = empty ? `\`${spec.label}\` is empty; it takes ${expectation(spec)}.` : problemWith(field.value, spec);
      if (!problem) continue;
      const meant = spec.value === 'enum' ? meantValue(spec.values!, field.value) : undefined;
      const fix = meant && { title: `Change to \`${meant}\``, edits: [{ file: ctx.plan.file, range: field.valueRange, newText: meant }], repeatable: true as const };
      ctx.report({ range: field.range, message: meant ? `${problem.slice(0, -1)}; did you mean \`${meant}\`?` : problem, ...(fix ? { fix } : {}), ...(empty ? { incomplete: true as const } : {}) });
    }
  }
}

function checkCheckIns(ctx: RuleContext): void {
  for (const node of ctx.plan.nodes) {
    for (const checkIn of node.checkIns) {
      const problem = checkInProblem(checkIn);
      if (problem) ctx.report({ range: checkIn.range, message: problem });
    }
  }
}

export const invalidFieldValue: Rule = {
  code: 'OKR009',
  name: 'invalid-field-value',
  defaultSeverity: 'error',
  group: 'Alignment chain',
  scope: 'node',
  description:
    'A field value outside its domain: a `Type`, `Indicator` or `Status` that is not one of its values (in any case; a `Status` may also be written as a mark or a word for one, with a reason after it: `✅`, `🟡 at risk`, `Complete`, `On track`, `Blocked on legal review`, `En curso`); a `Confidence` or `Score` outside 0–1; a `Due` or check-in date that is not a real `YYYY-MM-DD` date; a `Baseline`, `Target`, `Current` or check-in value that is not a quantity (a share described after it, `90% of issues reviewed within 2 days`, or an aside closing it, `100% (all skills)`, is one, and so is a `Target` written as a sentence of five words or more that states its level as a key result does, `Meet with 100% of priority charter leaders by October 30`, `Q4 average of 6.5M subscribers (print 4.3M)`; a value not known yet, `TBD`, `Need to measure`, `–`, is left to `kr-missing-baseline`; a range is a `Baseline` or a `Target`, `3-5`, `€5.000-15.000`, though no single value to compute progress from, but where the metric stands now, `Current`, is one value); an empty or placeholder `Owner` (`TBD`, `?`; an `@handle`, a name or a role are all one owner; on an objective or a key result a placeholder is left to `missing-owner`, and several people to `multiple-owners`). A field on a kind of node that does not use it is not reported. A misspelt value (`comitted`, `in-progress`) names the value it most likely meant, and the quick fix writes it.',
  rationale:
    'Fields are what make a plan computable: progress, staleness and due dates all come from them. A value the tools cannot read is silently dropped from every roll-up, so the plan looks emptier — or healthier — than it is.',
  weak: 'Confidence: high\nStatus: soon\nDue: end of March',
  strong: 'Confidence: 0.7\nStatus: in progress\nDue: 2026-03-27',
  fix: 'Use a value the field accepts; hover the key to see them.',
  check(ctx) {
    checkFields(ctx);
    checkCheckIns(ctx);
  },
};

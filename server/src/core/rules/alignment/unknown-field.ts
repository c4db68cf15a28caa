import type { FindingInput, Fix, Rule } from '../types';
import { FIELD_SPECS, nearestKnownField, type FieldSpec } from '../../fields';
import { KIND_LABEL, type Field, type Plan, type PlanNode } from '../../model';
import { LineIndex } from '../../parse/positions';
import { deleteLine } from '../helpers/fix-edits';
import { code, valueFits } from '../helpers/field-values';

/**
 * The known field an unknown `Key: value` line was most likely meant to be: close in spelling,
 * taken by this kind of node, and with a value that field would accept. The last two keep prose
 * such as `Scope: EU only` (near `Score`) or `Currency: EUR` (near `Current`) quiet. An empty value
 * only suggests `Check-ins`, whose readings follow as a list.
 */
export function intendedField(node: PlanNode, field: Field): FieldSpec | undefined {
  const nearest = nearestKnownField(field.key, FIELD_SPECS.filter((spec) => spec.on.includes(node.kind)));
  if (!nearest) return undefined;
  if (!field.value.trim()) return nearest.value === 'check-ins' ? nearest : undefined;
  return valueFits(nearest, field.value) ? nearest : undefined;
}

const sameValue = (a: string, b: string): boolean => a.trim().toLowerCase() === b.trim().toLowerCase();

/**
 * Fixes for a misspelt key whose field the node already has: a rename would make a second
 * `Owner`. The same value (or an empty one in the misspelt line) is a leftover: remove the line.
 * An empty field takes the misspelt line's value. Two different values are the writer's choice:
 * keep the one that is there, or use the new one; neither is preferred. Check-in lists are not merged.
 */
function mergeFixes(plan: Plan, spec: FieldSpec, typo: Field, existing: Field): Pick<FindingInput, 'fix' | 'otherFixes'> {
  if (spec.value === 'check-ins') return {};
  const file = plan.file;
  const removeTypo = deleteLine(file, typo.range.start.line);
  const keep: Fix = { title: `Keep \`${spec.label}: ${existing.value.trim()}\` and remove this line`, edits: [removeTypo] };
  if (!typo.value.trim() || sameValue(typo.value, existing.value)) return { fix: { ...keep, title: `Remove this line (\`${spec.label}\` is already there)`, repeatable: true } };
  // An empty value sits right after the colon: the new one needs its space.
  const { line, character } = existing.valueRange.start;
  const glued = character > 0 && /\S/.test(new LineIndex(plan.text).lineText(line).charAt(character - 1));
  const use: Fix = { title: `Use \`${typo.value.trim()}\` as the \`${spec.label}\` and remove this line`, edits: [{ file, range: existing.valueRange, newText: `${glued ? ' ' : ''}${typo.value.trim()}` }, removeTypo] };
  if (!existing.value.trim()) return { fix: use };
  return { otherFixes: [keep, use] };
}

export const unknownField: Rule = {
  code: 'OKR010',
  name: 'unknown-field',
  defaultSeverity: 'hint',
  group: 'Alignment chain',
  scope: 'node',
  description: 'A `Key: value` line under a node whose key is unknown but one or two letters away from a field that kind of node takes, with a value that field would accept (`Onwer: @lee` → `Owner`). Other `Word: text` lines are prose and stay quiet. The quick fix renames the key; where the node already has that field, it removes the leftover line (same value) or offers to keep either value, never a second field.',
  rationale:
    'A misspelt key is read as prose, so the value it carries never reaches the tools: an `Onwer` line leaves the KR without an owner as far as every roll-up is concerned, and the warning that follows points at the wrong cause.',
  weak: 'Onwer: @lee',
  strong: 'Owner: @lee',
  fix: 'Correct the key; the quick fix renames it.',
  check({ plan, report }) {
    for (const node of plan.nodes) {
      for (const field of node.fields) {
        if (field.known) continue;
        const nearest = intendedField(node, field);
        if (!nearest) continue;
        const existing = node.fields.find((f) => f.known && f.name === nearest.name);
        const message = `\`${field.key}\` is not a known field; the nearest is \`${nearest.label}\``;
        if (!existing) {
          report({ range: field.range, message: `${message}.`, fix: { title: `Rename to \`${nearest.label}\``, edits: [{ file: plan.file, range: field.keyRange, newText: nearest.label }], repeatable: true } });
        } else {
          // Named by what it says, not by its line: findings kept for a section move with it, and a line number would not.
          report({ range: field.range, message: `${message}, which this ${KIND_LABEL[node.kind]} already has (${code(existing.value.trim() ? `${nearest.label}: ${existing.value.trim()}` : `${nearest.label}:`)}).`, ...mergeFixes(plan, nearest, field, existing) });
        }
      }
    }
  },
};

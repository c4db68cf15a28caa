import type { Rule } from '../types';
import { FIELD_SPECS, nearestKnownField, type FieldSpec } from '../../fields';
import type { Field, PlanNode } from '../../model';
import { valueFits } from './invalid-field-value';

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

export const unknownField: Rule = {
  code: 'OKR010',
  name: 'unknown-field',
  defaultSeverity: 'hint',
  group: 'Alignment chain',
  scope: 'node',
  description: 'A `Key: value` line under a node whose key is unknown but one or two letters away from a field that kind of node takes, with a value that field would accept (`Onwer: @lee` → `Owner`). Other `Word: text` lines are prose and stay quiet. The quick fix renames the key.',
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
        report({
          range: field.range,
          message: `\`${field.key}\` is not a known field; the nearest is \`${nearest.label}\`.`,
          fix: { title: `Rename to \`${nearest.label}\``, edits: [{ file: plan.file, range: field.keyRange, newText: nearest.label }] },
        });
      }
    }
  },
};

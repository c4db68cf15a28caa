import type { Rule } from '../types';
import { fieldsOf } from '../../model';

/**
 * The value with each `(note)` replaced by a space. Not a regex: `/\([^)]*\)/g` scans to the end
 * of the value from every `(` that has no `)` after it, which is quadratic in a run of `(`.
 */
function withoutParenthesised(value: string): string {
  let out = '';
  let at = 0;
  for (let open = value.indexOf('('); open >= 0; open = value.indexOf('(', at)) {
    const close = value.indexOf(')', open);
    if (close < 0) break;
    out += `${value.slice(at, open)} `;
    at = close + 1;
  }
  return out + value.slice(at);
}

/** True when an `Owner` value names more than one person. */
export function namesSeveralOwners(value: string): boolean {
  // Blanks collapsed first: the split's `\s*` around separators is quadratic in a long run of them.
  const withoutNotes = withoutParenthesised(value).replace(/\s+/g, ' ');
  if ((withoutNotes.match(/@[\w.-]+/g) ?? []).length > 1) return true;
  const people = withoutNotes.split(/\s*(?:[,;/&+]|\band\b)\s*/i).filter((part) => /^(@|\p{Lu})/u.test(part.trim()));
  return people.length > 1;
}

export const multipleOwners: Rule = {
  code: 'OKR304',
  name: 'multiple-owners',
  defaultSeverity: 'warning',
  group: 'Objectives',
  scope: 'node',
  description: 'An `Owner` (or RACI `Accountable`) value naming more than one person (two handles, or names joined by "and", "&", "/" or commas), or a node with two `Owner` or `Accountable` lines. `Responsible` names who does the work and may name several.',
  rationale:
    'Shared ownership feels collaborative and works like no ownership: each owner waits for the other to call the check-in or flag the risk. Many people can contribute; one is answerable.',
  weak: 'Owner: @tom & @ines',
  strong: 'Owner: @tom',
  fix: 'Keep one owner; mention contributors in the initiatives or in prose.',
  check({ plan, report }) {
    for (const node of plan.nodes) {
      const owners = fieldsOf(node, 'owner');
      for (const field of owners.slice(1)) report({ range: field.range, message: 'This node already has an `Owner`; name one person.' });
      const first = owners[0];
      if (first && namesSeveralOwners(first.value)) report({ range: first.range, message: `\`${first.key}\` names more than one person (\`${first.value}\`); name one.` });
    }
  },
};

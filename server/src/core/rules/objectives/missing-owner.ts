import type { Rule } from '../types';
import { KIND_LABEL, fieldOf } from '../../model';
import { code, OWNER_PLACEHOLDER } from '../helpers/field-values';

export const missingOwner: Rule = {
  code: 'OKR303',
  name: 'missing-owner',
  structural: true,
  defaultSeverity: 'warning',
  group: 'Objectives',
  scope: 'node',
  description: 'An objective or key result with no `Owner` (owners are not inherited). Other names for the owner line are read as it: RACI\'s `Accountable:`, a handbook\'s `DRI:`, `Owned by:`, `Lead:` and `Objective Manager:` (or an objective\'s or key result\'s own owner or lead), and so is a name in brackets after the title ("… (Max)", "(Owner: @maria)") and a role written before the statement or its keyword, as handbooks write one ("CEO: Grow revenue", "CRO KR: …", "VP Engineering: …"; not a tag or a team in capitals, "WIP:", "SEO KR:"); `Responsible:` alone is not. An owner still to be named (`Owner: TBD`, `?`, `n/a`, `unassigned`) is no owner.',
  rationale:
    'A result that belongs to a whole team belongs to nobody: check-ins slip, nobody raises the alarm, and at the end of the quarter everyone has a reason it was someone else’s. One named owner per objective and key result makes the follow-up somebody’s job.',
  weak: '### KR1.1: Reduce time-to-first-value from 10 days to 5 days',
  strong: '### KR1.1: Reduce time-to-first-value from 10 days to 5 days\nOwner: @lee',
  fix: 'Add `Owner:` under the node, naming one person (an `@handle`, a name or a role).',
  check({ plan, report }) {
    for (const node of plan.nodes) {
      if (node.kind !== 'objective' && node.kind !== 'kr') continue;
      const owner = fieldOf(node, 'owner');
      // `Owner: TBD`: the writer knows the owner is missing; the node has none yet.
      if (owner && OWNER_PLACEHOLDER.test(owner.value.trim())) {
        report({ range: node.range, message: `This ${KIND_LABEL[node.kind]}'s \`Owner\` is still ${code(owner.value.trim())}; name one person (an \`@handle\`, a name or a role).` });
        continue;
      }
      if (owner) continue;
      // RACI's `Responsible:` names who does the work; the one who answers for it is `Accountable:` (its owner).
      const responsible = fieldOf(node, 'responsible');
      const message = responsible
        ? `This ${KIND_LABEL[node.kind]} names who is \`Responsible\` but no one who answers for it; name one person with \`Owner:\` (or \`Accountable:\`).`
        : `This ${KIND_LABEL[node.kind]} has no \`Owner\`; name one person with \`Owner:\` (an \`@handle\`, a name or a role).`;
      report({ range: node.range, message });
    }
  },
};

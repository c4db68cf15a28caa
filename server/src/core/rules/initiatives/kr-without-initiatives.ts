import type { Rule } from '../types';
import { nodesOfKind } from '../../model';

export const krWithoutInitiatives: Rule = {
  code: 'OKR501',
  name: 'kr-without-initiatives',
  defaultSeverity: 'hint',
  group: 'Initiatives',
  description: 'A key result that no initiative and no cascaded objective, in any plan, points to.',
  rationale:
    'Knowing the target is not the same as knowing the work. Until someone names the levers — the initiatives that should move the number, or the team objectives that take it on — a key result is a hope with a deadline.',
  weak: '### KR1.3: Cut reconciliation errors from 4% to 1%',
  strong: '### KR1.3: Cut reconciliation errors from 4% to 1%\n#### Initiative: Nightly balance reconciliation against bank statements',
  fix: 'Add an initiative under the key result, or have a team plan’s objective cascade from it with `Parent:`.',
  check({ plan, graph, report }) {
    for (const kr of nodesOfKind(plan, 'kr')) {
      if (graph.childrenOf(kr).length > 0) continue;
      report({ range: kr.range, message: 'No initiative or team objective works toward this key result yet.' });
    }
  },
};

import type { Rule } from '../types';
import { fieldOf, nodesOfKind } from '../../model';

export const missingTradeoff: Rule = {
  code: 'OKR305',
  name: 'missing-tradeoff',
  structural: true,
  defaultSeverity: 'info',
  group: 'Objectives',
  scope: 'node',
  description: 'An objective with no `Tradeoff` field.',
  rationale:
    'Every objective is paid for with something the team will not do. Writing that down turns a silent cost into a decision others can see and challenge — and it stops the same capacity being promised to two objectives.',
  weak: '## Objective O1: New owners see their cash clearly in week one\nOwner: @maria',
  strong: '## Objective O1: New owners see their cash clearly in week one\nOwner: @maria\nTradeoff: the partner API waits until Q2',
  fix: 'Add `Tradeoff:` naming what is consciously deprioritised for this objective.',
  check({ plan, report }) {
    for (const objective of nodesOfKind(plan, 'objective')) {
      if (fieldOf(objective, 'tradeoff')?.value.trim()) continue;
      report({ range: objective.range, message: 'The objective does not say what it costs; add `Tradeoff:` naming what waits for it.' });
    }
  },
};

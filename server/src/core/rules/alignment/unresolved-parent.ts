import type { Rule } from '../types';
import { fieldOf } from '../../model';
import { explicitParentProblem, frontMatterParentProblem } from './parent-status';

export const unresolvedParent: Rule = {
  code: 'OKR001',
  name: 'unresolved-parent',
  defaultSeverity: 'error',
  group: 'Alignment chain',
  description: 'A `Parent:` field that names no existing node, or a front-matter `parent` that names no existing plan (or a `#id` that plan does not have). Paths outside the workspace folder never resolve. The diagnostic sits on the `Parent` line or the front-matter `parent` line.',
  rationale:
    'The point of a plan is that anyone can follow a piece of work up to the reason it exists: initiative, key result, objective, mission. A parent link that leads nowhere breaks that walk silently — readers assume the work is aligned when nobody can show to what. It usually means an id was renamed or a file moved.',
  weak: 'Parent: ../company/2026-Q1.okr.md#KR9.9',
  strong: 'Parent: ../company/2026-Q1.okr.md#KR2.1',
  fix: 'Point the reference at a node that exists: check the id (`KR2.1`) and the path, relative to this plan. A bare id is looked up in this plan, then in the plan named by front-matter `parent`.',
  check({ plan, graph, report }) {
    const frontMatterRef = plan.frontMatter?.parent;
    const planProblem = frontMatterParentProblem(graph, plan);
    if (frontMatterRef && planProblem) {
      report({ range: frontMatterRef.range, message: `Front-matter \`parent\` does not resolve: ${planProblem}.` });
    }
    for (const node of plan.nodes) {
      const field = fieldOf(node, 'parent');
      if (!field || explicitParentProblem(graph, node) !== 'unresolved') continue;
      const link = graph.parentOf(node);
      if (!field.value.trim()) {
        report({ range: field.range, message: '`Parent` is empty; name the node this one serves (`KR1.2`, or `path#id` in another plan).' });
      } else if (link.status === 'unresolved') {
        report({ range: field.range, message: `\`Parent\` does not resolve: ${link.reason}.` });
      }
    }
  },
};

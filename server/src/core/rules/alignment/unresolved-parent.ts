import type { Rule } from '../types';
import { fieldOf } from '../../model';

export const unresolvedParent: Rule = {
  code: 'OKR001',
  name: 'unresolved-parent',
  defaultSeverity: 'error',
  group: 'Alignment chain',
  description: 'A `Parent:` field or front-matter `parent` that names no existing plan or node.',
  rationale:
    'The point of a plan is that anyone can follow a piece of work up to the reason it exists: initiative, key result, objective, mission. A parent link that leads nowhere breaks that walk silently — readers assume the work is aligned when nobody can show to what. It usually means an id was renamed or a file moved.',
  weak: 'Parent: ../company/2026-Q1.okr.md#KR9.9',
  strong: 'Parent: ../company/2026-Q1.okr.md#KR2.1',
  fix: 'Point the reference at a node that exists: check the id (`KR2.1`) and the path, relative to this plan. A bare id is looked up in this plan, then in the plan named by front-matter `parent`.',
  check({ plan, graph, report }) {
    const frontMatterRef = plan.frontMatter?.parent;
    if (frontMatterRef?.path) {
      const target = graph.resolvePlanPath(plan.file, frontMatterRef.path);
      if ('error' in target) report({ range: frontMatterRef.range, message: `The parent plan does not resolve: ${target.error}.` });
    }
    for (const node of plan.nodes) {
      const field = fieldOf(node, 'parent');
      if (!field || node.kind === 'mission') continue;
      if (!field.value.trim()) {
        report({ range: field.range, message: '`Parent` is empty; name a node (`KR1.2`) or `path#id`.' });
        continue;
      }
      const link = graph.parentOf(node);
      if (link.status === 'unresolved') report({ range: field.range, message: `\`Parent\` does not resolve: ${link.reason}.` });
    }
  },
};

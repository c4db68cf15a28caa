import type { Rule } from '../types';
import type { WorkspaceGraph } from '../../graph';
import { nodesOfKind, type PlanNode } from '../../model';

/** Case, punctuation and spacing do not make two objectives different. */
export function normalizeStatement(text: string): string {
  return text.toLowerCase().replace(/[\p{P}\p{S}]+/gu, ' ').replace(/\s+/g, ' ').trim();
}

function objectivesByText(graph: WorkspaceGraph): Map<string, PlanNode[]> {
  return graph.memo('objectives-by-text', () => {
    const index = new Map<string, PlanNode[]>();
    for (const plan of graph.plans()) {
      for (const objective of nodesOfKind(plan, 'objective')) {
        const key = normalizeStatement(objective.title);
        if (!key) continue;
        const list = index.get(key);
        if (list) list.push(objective);
        else index.set(key, [objective]);
      }
    }
    return index;
  });
}

export const duplicateObjective: Rule = {
  code: 'OKR104',
  name: 'duplicate-objective',
  defaultSeverity: 'warning',
  group: 'Focus',
  description: 'An objective whose text (ignoring case, punctuation and spacing) equals an objective in another plan; both ends are reported, each naming the other.',
  rationale:
    'When two teams copy the same objective, nobody owns it: each assumes the other is driving, and the roll-up counts one bet twice. A team’s objective should say what that team will change in service of the shared one, and point at it.',
  weak: 'teams/growth.okr.md and teams/sales.okr.md both: "Objective: Grow mid-market revenue"',
  strong: 'teams/sales.okr.md: "Objective: Mid-market buyers reach a decision in one call", with `Parent:` the company KR',
  fix: 'Rewrite the team objective as that team’s contribution and link it to the shared one with `Parent:`.',
  check({ plan, graph, report }) {
    const index = objectivesByText(graph);
    for (const objective of nodesOfKind(plan, 'objective')) {
      const others = (index.get(normalizeStatement(objective.title)) ?? []).filter((o) => o.file !== plan.file);
      if (others.length === 0) continue;
      const first = others[0]!;
      report({
        range: objective.range,
        message: `This objective repeats \`${first.id}\` of ${relativeName(first.file)}${others.length > 1 ? ` and ${others.length - 1} more` : ''}; say what this team changes for it instead.`,
        related: others.map((o) => ({ file: o.file, range: o.range, message: `the same objective in ${relativeName(o.file)}` })),
      });
    }
  },
};

function relativeName(file: string): string {
  return `\`${file.split('/').slice(-2).join('/')}\``;
}

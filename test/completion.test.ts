import { describe, expect, it } from 'vitest';
import type { CompletionList } from 'vscode-languageserver-types';
import { WorkspaceGraph } from '../server/src/core/graph';
import { parsePlan } from '../server/src/core/parse/parser';
import { completionAt, MAX_OTHER_PLAN_ITEMS } from '../server/src/core/features/completion';
import { generateWorkspace } from '../scripts/bench/generate-plans';

describe('Parent completion in a big workspace', () => {
  const graph = new WorkspaceGraph(['/ws']);
  for (const [path, text] of generateWorkspace(400, 40)) graph.setPlan(parsePlan(`/ws/${path}`, text));
  const ctx = { graph, uriOf: (file: string) => `file://${file}`, findingsFor: () => [] };
  const team = graph.plan('/ws/teams/group-0/team-7.okr.md')!;
  const parentLine = team.text.split('\n').findIndex((line) => line.startsWith('Parent: '));
  const complete = (typed: string): CompletionList => {
    const lines = team.text.split('\n');
    lines[parentLine] = `Parent: ${typed}`;
    const plan = parsePlan(team.file, lines.join('\n'));
    graph.setPlan(plan);
    return completionAt(ctx, plan.file, { line: parentLine, character: `Parent: ${typed}`.length }) as CompletionList;
  };

  it('caps the other plans’ nodes, parent plan first, and says the list is incomplete', () => {
    const list = complete('');
    const crossPlan = list.items.filter((item) => item.label.includes('#'));
    expect(list.isIncomplete).toBe(true);
    expect(crossPlan).toHaveLength(MAX_OTHER_PLAN_ITEMS);
    expect(crossPlan[0]!.label.startsWith('../../company/unit-3.okr.md#')).toBe(true);
  });

  it('narrows to the plan named before `#` and is then complete', () => {
    const list = complete('../../company/unit-2.okr.md#KR');
    const crossPlan = list.items.filter((item) => item.label.includes('#'));
    expect(list.isIncomplete).toBe(false);
    expect(crossPlan.length).toBeGreaterThan(0);
    expect(crossPlan.every((item) => item.label.startsWith('../../company/unit-2.okr.md#'))).toBe(true);
  });

  it('narrows by any part of `path#id` typed so far', () => {
    const list = complete('team-399');
    const crossPlan = list.items.filter((item) => item.label.includes('#'));
    expect(crossPlan.length).toBeGreaterThan(0);
    expect(crossPlan.every((item) => item.label.includes('team-399'))).toBe(true);
  });
});

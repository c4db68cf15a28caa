import type { CodeLens } from 'vscode-languageserver-types';
import type { Plan } from '../model';
import type { FeatureContext } from './context';
import { childrenSummary, progressText } from './describe';
import { nextPeriod, periodState } from './plan-writer';
import { writtenPeriodOf } from '../period';

/** The command behind "Start next period's plan" (the VS Code client registers it; other editors show the title). */
export const START_NEXT_PERIOD_COMMAND = 'throughline.startNextPeriod';

/**
 * On the front matter (or the title stating the period) of a plan whose period is over: says so (the date rules go quiet after a
 * period ends, which must not read as a healthy plan) and offers the next period's plan.
 */
function periodLens(ctx: FeatureContext, plan: Plan, today: string): CodeLens[] {
  const state = periodState(plan, today);
  const range = plan.frontMatter?.period !== undefined ? (plan.frontMatter.keyRanges['period'] ?? plan.frontMatter.range) : plan.statedPeriod?.range;
  if (!state?.over || !range) return [];
  const next = nextPeriod(writtenPeriodOf(plan) ?? '');
  return [
    {
      range,
      command: {
        title: `$(history) ${state.written} ended on ${state.period.end}: date rules are quiet${next ? ` · Start ${next}’s plan` : ''}`,
        command: next ? START_NEXT_PERIOD_COMMAND : '',
        arguments: [ctx.uriOf(plan.file)],
      },
    },
  ];
}

/** On objectives and key results: progress and children, e.g. "62% · 3 initiatives"; on the front matter, a period that is over. */
export function codeLenses(ctx: FeatureContext, plan: Plan, today?: string): CodeLens[] {
  return [
    ...(today ? periodLens(ctx, plan, today) : []),
    ...plan.nodes
      .filter((n) => n.kind === 'objective' || n.kind === 'kr')
      .map((node) => ({
        range: node.range,
        command: {
          title: `${progressText(ctx.graph, node)} · ${childrenSummary(ctx.graph, node)}`,
          command: 'throughline.showChildren',
          arguments: [ctx.uriOf(node.file), node.range.start],
        },
      })),
  ];
}

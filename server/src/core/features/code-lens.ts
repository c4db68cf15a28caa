import type { CodeLens } from 'vscode-languageserver-types';
import type { Plan } from '../model';
import type { FeatureContext } from './context';
import { childrenSummary, progressText } from './describe';

/** On objectives and key results: progress and children, e.g. "62% · 3 initiatives". */
export function codeLenses(ctx: FeatureContext, plan: Plan): CodeLens[] {
  return plan.nodes
    .filter((n) => n.kind === 'objective' || n.kind === 'kr')
    .map((node) => ({
      range: node.range,
      command: {
        title: `${progressText(ctx.graph, node)} · ${childrenSummary(ctx.graph, node)}`,
        command: 'throughline.showChildren',
        arguments: [ctx.uriOf(node.file), node.range.start],
      },
    }));
}

import { MarkupKind, type Hover } from 'vscode-languageserver-types';
import type { Position } from '../model';
import { fieldSpec } from '../fields';
import { findRule } from '../rules/registry';
import { contains, type FeatureContext } from './context';
import { explainRule } from './explain';
import { nodeCard } from './describe';
import { targetAt } from './locate';

function markdown(value: string): Hover {
  return { contents: { kind: MarkupKind.Markdown, value } };
}

/** The hover at a position: findings' explanations, then what the line is about. */
export function hoverAt(ctx: FeatureContext, file: string, position: Position): Hover | null {
  const plan = ctx.graph.plan(file);
  if (!plan) return null;
  const sections: string[] = [];
  for (const finding of ctx.findingsFor(file).filter((f) => contains(f.range, position))) {
    const rule = findRule(finding.code);
    sections.push(`**${finding.message}**${rule ? `\n\n${explainRule(rule)}` : `\n\n\`${finding.code} ${finding.rule}\``}`);
  }
  const target = targetAt(ctx.graph, plan, position);
  if (target.kind === 'field-key') {
    const spec = fieldSpec(target.field.name);
    if (spec) sections.push(`**\`${spec.label}\`** — ${spec.description}${spec.values ? `\n\nValues: ${spec.values.map((v) => `\`${v}\``).join(' · ')}` : ''}`);
  } else if (target.kind === 'parent-value' || target.kind === 'front-matter-parent') {
    const owner = target.kind === 'parent-value' ? target.node : undefined;
    if (owner) {
      const link = ctx.graph.parentOf(owner);
      if (link.status === 'resolved') sections.push(`Parent → ${nodeCard(ctx.graph, link.node)}`);
    } else if (target.kind === 'front-matter-parent' && target.ref.path) {
      const resolved = ctx.graph.resolvePlanPath(plan.file, target.ref.path);
      if ('plan' in resolved) {
        const mission = resolved.plan.nodes.find((n) => n.kind === 'mission');
        sections.push(`Parent plan **${target.ref.path}**${mission ? `\n\n${nodeCard(ctx.graph, mission)}` : ''}`);
      }
    }
  } else if (target.kind === 'node' && target.node.range.start.line === position.line) {
    sections.push(nodeCard(ctx.graph, target.node));
  }
  return sections.length ? markdown(sections.join('\n\n---\n\n')) : null;
}

import { MarkupKind, type Hover } from 'vscode-languageserver-types';
import type { Position } from '../model';
import { fieldSpec } from '../fields';
import { findRule, ruleDocsUrl } from '../rules/registry';
import type { Finding } from '../rules/types';
import { contains, type FeatureContext } from './context';
import { systemAdvice } from './explain';
import { checkInTrend, nodeCard } from './describe';
import { targetAt } from './locate';

function markdown(value: string): Hover {
  return { contents: { kind: MarkupKind.Markdown, value } };
}

/**
 * What the hover says about a finding. The editor already shows the message beside it, so the
 * hover does not repeat it: the rule, one line of advice (and the quick fix, when there is
 * one), then the rationale and the examples behind a link to the rule's documentation.
 */
export function findingHover(finding: Finding): string {
  const rule = findRule(finding.code);
  const advice = rule?.fix ?? systemAdvice(finding.code);
  const lines = [`\`${finding.code} ${finding.rule}\`${advice ? ` — ${advice}` : ''}`];
  if (finding.fix) lines.push(`Quick fix: ${finding.fix.title}`);
  if (rule) lines.push(`[Why it matters, with examples](${ruleDocsUrl(rule)})`);
  return lines.join('\n\n');
}

/**
 * The hover at a position. On a node's title, the node's own facts (chain, owner, progress,
 * children; a key result's check-in chart under its title) come first and its findings after; elsewhere the findings under the cursor come
 * first, then what the line is about (a field's meaning, a `Parent`'s target).
 */
export function hoverAt(ctx: FeatureContext, file: string, position: Position): Hover | null {
  const plan = ctx.graph.plan(file);
  if (!plan) return null;
  const findings = ctx.findingsFor(file).filter((f) => contains(f.range, position)).map(findingHover);
  const about: string[] = [];
  const target = targetAt(ctx.graph, plan, position);
  if (target.kind === 'field-key') {
    const spec = fieldSpec(target.field.name);
    if (spec) about.push(`**\`${spec.label}\`** — ${spec.description}${spec.values ? `\n\nValues: ${spec.values.map((v) => `\`${v}\``).join(' · ')}` : ''}`);
  } else if (target.kind === 'parent-value' || target.kind === 'front-matter-parent') {
    const owner = target.kind === 'parent-value' ? target.node : undefined;
    if (owner) {
      const link = ctx.graph.parentOf(owner);
      if (link.status === 'resolved') about.push(`Parent → ${nodeCard(ctx.graph, link.node)}`);
    } else if (target.kind === 'front-matter-parent' && target.ref.path) {
      const resolved = ctx.graph.resolvePlanPath(plan.file, target.ref.path);
      if ('plan' in resolved) {
        const mission = resolved.plan.nodes.find((n) => n.kind === 'mission');
        about.push(`Parent plan **${target.ref.path}**${mission ? `\n\n${nodeCard(ctx.graph, mission)}` : ''}`);
      }
    }
  } else if (target.kind === 'node' && target.node.range.start.line === position.line) {
    const trend = checkInTrend(ctx.graph, target.node);
    const sections = [nodeCard(ctx.graph, target.node, trend ? { under: trend } : {}), ...findings];
    return markdown(sections.join('\n\n---\n\n'));
  }
  const sections = [...findings, ...about];
  return sections.length ? markdown(sections.join('\n\n---\n\n')) : null;
}

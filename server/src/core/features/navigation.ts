import type { Location, LocationLink } from 'vscode-languageserver-types';
import type { PlanNode, Position } from '../model';
import type { NodePlace } from '../graph';
import type { FeatureContext } from './context';
import { nodeAtPosition } from './chain';
import { targetAt } from './locate';

function locationOf(ctx: FeatureContext, node: NodePlace): Location {
  return { uri: ctx.uriOf(node.file), range: node.range };
}

/** Go to definition on a `Parent:` value or front-matter `parent`. */
export function definitionAt(ctx: FeatureContext, file: string, position: Position): LocationLink[] {
  const plan = ctx.graph.plan(file);
  if (!plan) return [];
  const target = targetAt(ctx.graph, plan, position);
  if (target.kind === 'parent-value') {
    const link = ctx.graph.parentOf(target.node);
    if (link.status !== 'resolved') return [];
    return [{ originSelectionRange: target.field.valueRange, targetUri: ctx.uriOf(link.node.file), targetRange: link.node.fullRange, targetSelectionRange: link.node.range }];
  }
  if (target.kind === 'front-matter-parent' && target.ref.path) {
    const resolved = ctx.graph.resolvePlanPath(file, target.ref.path);
    if (!('plan' in resolved)) return [];
    const first = resolved.plan.nodes[0];
    const range = first?.range ?? { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
    return [{ originSelectionRange: target.ref.range, targetUri: ctx.uriOf(resolved.plan.file), targetRange: range, targetSelectionRange: range }];
  }
  return [];
}

/** The node a position is about: the node on the line, or the one whose fields hold it. */
export function nodeAt(ctx: FeatureContext, file: string, position: Position): PlanNode | undefined {
  const plan = ctx.graph.plan(file);
  return plan ? nodeAtPosition(plan, position) : undefined;
}

/** `throughline/parent`: the parent node's line, or null at the top of the chain. */
export function parentAt(ctx: FeatureContext, file: string, position: Position): Location | null {
  const node = nodeAt(ctx, file, position);
  if (!node) return null;
  const link = ctx.graph.parentOf(node);
  return link.status === 'resolved' ? locationOf(ctx, link.node) : null;
}

/** `throughline/chain`: the node and each parent up to the top. */
export function chainAt(ctx: FeatureContext, file: string, position: Position): Location[] {
  const node = nodeAt(ctx, file, position);
  return node ? ctx.graph.chainOf(node).nodes.map((n) => locationOf(ctx, n)) : [];
}

/** References to a node: its children in every plan (and the node itself when asked). */
export function referencesAt(ctx: FeatureContext, file: string, position: Position, includeDeclaration: boolean): Location[] {
  const plan = ctx.graph.plan(file);
  if (!plan) return [];
  const target = targetAt(ctx.graph, plan, position);
  let node: PlanNode | undefined = target.kind === 'node' || target.kind === 'field-key' ? target.node : undefined;
  if (target.kind === 'parent-value') {
    const link = ctx.graph.parentOf(target.node);
    node = link.status === 'resolved' ? link.node : undefined;
  }
  if (!node) return [];
  const children = ctx.graph.childPlacesOf(node).map((child) => locationOf(ctx, child));
  return includeDeclaration ? [locationOf(ctx, node), ...children] : children;
}

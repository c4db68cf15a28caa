import { SymbolKind, type DocumentSymbol, type SymbolInformation } from 'vscode-languageserver-types';
import type { NodeKind, Plan, PlanNode } from '../model';
import { KIND_LABEL } from '../model';
import type { FeatureContext } from './context';
import { shortFile } from './describe';

const KINDS: Record<NodeKind, SymbolKind> = {
  mission: SymbolKind.Namespace,
  objective: SymbolKind.Class,
  kr: SymbolKind.Field,
  initiative: SymbolKind.Function,
};

function toSymbol(node: PlanNode): DocumentSymbol {
  return {
    name: `${node.id}: ${node.title || KIND_LABEL[node.kind]}`,
    detail: KIND_LABEL[node.kind],
    kind: KINDS[node.kind],
    range: node.fullRange,
    selectionRange: node.range,
    children: node.nested.map(toSymbol),
  };
}

/** Mission > objectives > key results > initiatives, as the plan nests them. */
export function documentSymbols(plan: Plan): DocumentSymbol[] {
  return plan.nodes.filter((n) => !n.enclosing).map(toSymbol);
}

/** Nodes of every plan whose id or title contains the query (case-insensitive), best matches first. */
export function workspaceSymbols(ctx: FeatureContext, query: string, limit = 500): SymbolInformation[] {
  const q = query.trim().toLowerCase();
  const scored: { node: PlanNode; score: number }[] = [];
  for (const plan of ctx.graph.plans()) {
    for (const node of plan.nodes) {
      const id = node.id.toLowerCase();
      const title = node.title.toLowerCase();
      const score = !q ? 2 : id === q ? 0 : id.startsWith(q) ? 1 : title.includes(q) ? 2 : id.includes(q) ? 3 : -1;
      if (score >= 0) scored.push({ node, score });
    }
  }
  return scored
    .sort((a, b) => a.score - b.score || a.node.file.localeCompare(b.node.file) || a.node.range.start.line - b.node.range.start.line)
    .slice(0, limit)
    .map(({ node }) => ({
      name: `${node.id}: ${node.title}`,
      kind: KINDS[node.kind],
      location: { uri: ctx.uriOf(node.file), range: node.range },
      containerName: shortFile(node.file),
    }));
}

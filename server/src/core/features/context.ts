import type { WorkspaceGraph } from '../graph';
import type { Position, Range } from '../model';
import type { Finding } from '../rules/types';

/** What the editor features need from the host: the graph, URIs for files, and current findings. */
export interface FeatureContext {
  graph: WorkspaceGraph;
  uriOf(file: string): string;
  findingsFor(file: string): Finding[];
}

export function contains(range: Range, position: Position): boolean {
  const { start, end } = range;
  if (position.line < start.line || position.line > end.line) return false;
  if (position.line === start.line && position.character < start.character) return false;
  if (position.line === end.line && position.character > end.character) return false;
  return true;
}

import { FoldingRangeKind, type FoldingRange } from 'vscode-languageserver-types';
import type { Plan } from '../model';

/** One fold per node spanning its content, and one for the front matter. */
export function foldingRanges(plan: Plan): FoldingRange[] {
  const ranges: FoldingRange[] = [];
  const fm = plan.frontMatter?.range;
  if (fm && fm.end.line > fm.start.line) ranges.push({ startLine: fm.start.line, endLine: fm.end.line, kind: FoldingRangeKind.Region });
  const lines = plan.text.split(/\r\n|\r|\n/);
  for (const node of plan.nodes) {
    let end = node.fullRange.end.line;
    // Trailing blank lines stay visible after a fold.
    while (end > node.range.start.line && !lines[end]?.trim()) end--;
    if (end > node.range.start.line) ranges.push({ startLine: node.range.start.line, endLine: end });
  }
  return ranges;
}

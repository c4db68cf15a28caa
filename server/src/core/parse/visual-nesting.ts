import type { List, ListItem, RootContent } from 'mdast';
import type { LineIndex } from './positions';

/**
 * `1. Drive $1000/month in donations` / `  - Currently at $65` / `2. Grow signups to 2,000 a month`: a bullet list two
 * spaces in sits past the numbered item's marker but short of its text, so CommonMark reads it as a list of its own
 * between two numbered lists. Its writer, and every reader, sees it nested under the item above. These blocks, with such
 * lists moved into the item above and the numbered list joined up again, in lists nested at any depth too.
 */
export function nestVisuallyIndentedLists(blocks: RootContent[], lines: LineIndex): RootContent[] {
  const out: RootContent[] = [];
  // The numbered lists a bullet list was moved into: the numbered list right after one continues it.
  const joined = new Set<List>();
  for (const block of blocks) {
    if (block.type === 'list') for (const item of block.children) item.children = nestVisuallyIndentedLists(item.children as RootContent[], lines) as ListItem['children'];
    const before = out[out.length - 1];
    if (before?.type === 'list' && block.type === 'list') {
      const above = before.children[before.children.length - 1];
      const first = block.children[0];
      if (above && first && before.ordered && !block.ordered && isIndentedUnder(first, above, lines) && follows(first, above, lines)) {
        above.children.push(block);
        stretch(above, block);
        stretch(before, block);
        joined.add(before);
        continue;
      }
      if (above && first && joined.has(before) && block.ordered && startOf(first, lines).character === startOf(above, lines).character && follows(first, above, lines)) {
        before.children.push(...block.children);
        stretch(before, block);
        continue;
      }
    }
    out.push(block);
  }
  return out;
}

type Positioned = { position?: { start: { offset?: number }; end: { offset?: number } } };

function startOf(node: Positioned, lines: LineIndex): { line: number; character: number } {
  return lines.positionAt(node.position?.start.offset ?? 0);
}

/** True when the item's marker stands right of the item above's marker and left of its text. */
function isIndentedUnder(item: ListItem, above: ListItem, lines: LineIndex): boolean {
  const text = above.children[0];
  if (!text) return false;
  const marker = startOf(item, lines).character;
  return marker > startOf(above, lines).character && marker < startOf(text, lines).character;
}

/** True when the item starts on the line after the item above ends, with no blank line between them. */
function follows(item: ListItem, above: ListItem, lines: LineIndex): boolean {
  return startOf(item, lines).line === lines.positionAt(above.position?.end.offset ?? 0).line + 1;
}

/** Makes a list or an item end where the list moved into it ends (the lists of the fast reader carry no position). */
function stretch(node: List | ListItem, to: List): void {
  const end = to.position?.end ?? to.children[to.children.length - 1]?.position?.end;
  if (node.position && end) node.position = { start: node.position.start, end };
}

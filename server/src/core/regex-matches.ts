/**
 * The matches of a global pattern in a text, in order, as `matchAll` gives them, up to `limit` of them. `matchAll`
 * copies the pattern at every call; the readers of titles run for every node of every plan, where that copy was most
 * of their time. The pattern must not match an empty string.
 */
export function matchesOf(pattern: RegExp, text: string, limit = Infinity): RegExpExecArray[] {
  const found: RegExpExecArray[] = [];
  pattern.lastIndex = 0;
  while (found.length < limit) {
    const m = pattern.exec(text);
    if (!m) break;
    found.push(m);
  }
  pattern.lastIndex = 0;
  return found;
}

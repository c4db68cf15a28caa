/**
 * One copy of each short string the model keeps many times over: field keys and values
 * (`Owner`, `committed`, `@maria`), check-in dates and ids. A workspace of 2,000 plans holds
 * a few thousand such strings several hundred thousand times, each a fresh copy of a few
 * characters of its plan. Only strings V8 copies anyway are pooled (longer substrings are
 * slices of their plan's text, and a pooled slice would keep an old text alive).
 */
const MAX_LENGTH = 12;
/** Past this many different strings (hostile or huge workspaces), the pool starts again rather than grow. */
const MAX_ENTRIES = 50_000;

const pool = new Map<string, string>();

export function intern(text: string): string {
  if (text.length > MAX_LENGTH) return text;
  const kept = pool.get(text);
  if (kept !== undefined) return kept;
  if (pool.size >= MAX_ENTRIES) pool.clear();
  pool.set(text, text);
  return text;
}

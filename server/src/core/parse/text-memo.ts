import { freshCopy } from './detach';

/** Past this many different texts (hostile or huge workspaces) a memory starts again rather than grow. */
const MAX_KEPT_TEXTS = 20_000;
/** Longer texts are no heading or label worth keeping: read each time. */
const MAX_KEPT_LENGTH = 300;

/**
 * `read`, answering again from memory for a text it read before: every parse of a plan reads each heading and label
 * several times over (the pre-scans of `sectionsOf`, then each section's reading), and an edit leaves all but one line
 * as it was. The text is read as an own copy, which is also the key, so neither the key nor any part of the answer
 * (a title cut from the text) keeps a plan's text alive. An answer is shared by every caller: it is frozen.
 */
export function memoByText<V>(read: (text: string) => V): (text: string) => V {
  const kept = new Map<string, { value: V }>();
  return (text) => {
    if (text.length > MAX_KEPT_LENGTH) return read(text);
    const known = kept.get(text);
    if (known) return known.value;
    if (kept.size >= MAX_KEPT_TEXTS) kept.clear();
    // A copy of its own, kept off the pool of copies that detached plans share: the memo holds most lines of a plan.
    const copy = freshCopy(text);
    const value = read(copy);
    if (value !== null && typeof value === 'object') Object.freeze(value);
    kept.set(copy, { value });
    return value;
  };
}

/** Word-list matching shared by the heuristic rules: whole words, case-insensitive. */

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The first phrase of `phrases` found in `text` as whole words, if any. */
export function findPhrase(text: string, phrases: readonly string[]): string | undefined {
  const lower = text.toLowerCase();
  for (const phrase of phrases) {
    const p = phrase.toLowerCase();
    const left = /^\w/.test(p) ? '(?<![\\w-])' : '';
    const right = /\w$/.test(p) ? '(?![\\w-])' : '';
    if (new RegExp(`${left}${escape(p)}${right}`).test(lower)) return phrase;
  }
  return undefined;
}

/** The phrase of `phrases` that `text` starts with (after optional emphasis or emoji), if any. */
export function startsWithPhrase(text: string, phrases: readonly string[]): string | undefined {
  const lower = text.toLowerCase().replace(/^[^\p{L}\p{N}#]+/u, '');
  return phrases.find((p) => new RegExp(`^${escape(p.toLowerCase())}(?![\\w-])`).test(lower));
}

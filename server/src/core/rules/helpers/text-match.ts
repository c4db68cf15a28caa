/** Word-list matching shared by the heuristic rules: whole words, case-insensitive. */

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Compiled patterns by phrase: rules ask the same lists for every node of every plan. */
const anywhere = new Map<string, RegExp>();
const atStart = new Map<string, RegExp>();

function anywherePattern(phrase: string): RegExp {
  let re = anywhere.get(phrase);
  if (!re) {
    const p = phrase.toLowerCase();
    const left = /^\w/.test(p) ? '(?<![\\w-])' : '';
    const right = /\w$/.test(p) ? '(?![\\w-])' : '';
    re = new RegExp(`${left}${escape(p)}${right}`);
    anywhere.set(phrase, re);
  }
  return re;
}

function startPattern(phrase: string): RegExp {
  let re = atStart.get(phrase);
  if (!re) {
    re = new RegExp(`^${escape(phrase.toLowerCase())}(?![\\w-])`);
    atStart.set(phrase, re);
  }
  return re;
}

/** The first phrase of `phrases` found in `text` as whole words, if any. */
export function findPhrase(text: string, phrases: readonly string[]): string | undefined {
  const lower = text.toLowerCase();
  return phrases.find((phrase) => anywherePattern(phrase).test(lower));
}

/** The phrase of `phrases` that `text` starts with (after optional emphasis or emoji), if any. */
export function startsWithPhrase(text: string, phrases: readonly string[]): string | undefined {
  const lower = text.toLowerCase().replace(/^[^\p{L}\p{N}#]+/u, '');
  const firstWord = /^[\p{L}\p{N}#]+/u.exec(lower)?.[0] ?? '';
  // Only phrases that begin with the text's first word can match: skip the rest cheaply.
  return phrases.find((phrase) => phrase.toLowerCase().startsWith(firstWord) && startPattern(phrase).test(lower));
}

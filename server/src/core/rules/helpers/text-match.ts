/** Word-list matching shared by the heuristic rules: whole words, case-insensitive. */

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Compiled patterns by phrase: rules ask the same lists for every node of every plan. */
const anywhere = new Map<string, RegExp>();
const atStart = new Map<string, RegExp>();

/** A phrase as a lower-case pattern source matching it as whole words: bounded only where it starts or ends with a word character. */
export function wholeWordSource(phrase: string): string {
  const p = phrase.toLowerCase();
  const left = /^\w/.test(p) ? '(?<![\\w-])' : '';
  const right = /\w$/.test(p) ? '(?![\\w-])' : '';
  return `${left}${escape(p)}${right}`;
}

function anywherePattern(phrase: string): RegExp {
  let re = anywhere.get(phrase);
  if (!re) {
    re = new RegExp(wholeWordSource(phrase));
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

const FIRST_WORD = /^[\p{L}\p{N}#]*/u;

/**
 * A list's phrases by their first word (lower-cased), in list order. A phrase can only open a text whose first word is
 * its own: were the text's longer, the phrase would end inside a word, and were it shorter, the text would not start with it.
 */
const byFirstWord = new WeakMap<readonly string[], Map<string, string[]>>();

function phrasesByFirstWord(phrases: readonly string[]): Map<string, string[]> {
  let index = byFirstWord.get(phrases);
  if (!index) {
    index = new Map();
    for (const phrase of phrases) {
      const word = FIRST_WORD.exec(phrase.toLowerCase())![0];
      const bucket = index.get(word);
      if (bucket) bucket.push(phrase);
      else index.set(word, [phrase]);
    }
    byFirstWord.set(phrases, index);
  }
  return index;
}

/**
 * The phrase of `phrases` that `text` starts with (after optional emphasis or emoji), if any. Lists are indexed once
 * (by identity): rules ask the same lists of every title in a workspace, so pass the list itself, not a copy.
 */
export function startsWithPhrase(text: string, phrases: readonly string[]): string | undefined {
  const lower = text.toLowerCase().replace(/^[^\p{L}\p{N}#]+/u, '');
  const bucket = phrasesByFirstWord(phrases).get(FIRST_WORD.exec(lower)![0]);
  return bucket?.find((phrase) => startPattern(phrase).test(lower));
}

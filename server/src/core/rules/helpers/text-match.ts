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
const byFirstWord = new WeakMap<readonly string[], PhraseIndex>();

interface PhraseIndex {
  byWord: Map<string, string[]>;
  /** The length of the longest phrase, lower-cased: a text's start is read no further than it and one character more. */
  longest: number;
}

function phrasesByFirstWord(phrases: readonly string[]): PhraseIndex {
  let index = byFirstWord.get(phrases);
  if (!index) {
    index = { byWord: new Map(), longest: 0 };
    for (const phrase of phrases) {
      const lower = phrase.toLowerCase();
      const word = FIRST_WORD.exec(lower)![0];
      const bucket = index.byWord.get(word);
      if (bucket) bucket.push(phrase);
      else index.byWord.set(word, [phrase]);
      index.longest = Math.max(index.longest, lower.length);
    }
    byFirstWord.set(phrases, index);
  }
  return index;
}

/** Emphasis, emoji and other marks before a text's first word. */
const LEADING_MARKS = /^[^\p{L}\p{N}#]+/u;

/**
 * The phrase of `phrases` that `text` starts with (after optional emphasis or emoji), if any. Lists are indexed once
 * (by identity): rules ask the same lists of every title in a workspace, so pass the list itself, not a copy.
 */
export function startsWithPhrase(text: string, phrases: readonly string[]): string | undefined {
  const index = phrasesByFirstWord(phrases);
  const start = LEADING_MARKS.exec(text)?.[0].length ?? 0;
  // Only the start a phrase and the character after it can cover: lower-casing a whole 160 KB title at each of the
  // rules' calls cost 13 times what an 80 KB one did.
  const lower = text.slice(start, start + index.longest + 1).toLowerCase();
  const bucket = index.byWord.get(FIRST_WORD.exec(lower)![0]);
  return bucket?.find((phrase) => startPattern(phrase).test(lower));
}

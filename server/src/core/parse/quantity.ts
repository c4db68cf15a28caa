import type { KrNumbers, Quantity } from '../model';
import { LastRead } from '../last-read';
import { matchesOf } from '../regex-matches';

/**
 * Quantities in plan text, read as a person reads them: `10 days`, `45%`, `$2M`, `1.2k`, `0.35`,
 * `-5`, `+80 NPS`, `200ms`, `2x`, ranges (`4-5x`, `2-3 days`: the first number), hyphenated units
 * (`300-yards`), thresholds written after the number (`50+`, `10 or more`), number words
 * ("under two hours", "to zero", "sign three partners"), fractions ("half of", "a third of") and
 * multiplier verbs ("doubles", "triple", "halve").
 * Dates (`2026-01-12`, `March 15`, "in 2026", "the 2027 roadmap"), quarters (`Q1`, `2026-Q1`),
 * ids (`KR1.2`, `#12`, `RFC 42`, `Tier 1`, `version 1`, `Sprint 3`), versions (`v2.0`, `release 2.3`, `OpenEBS 0.9`),
 * a number in quotes of its own (`a "1.0" guide`), a `+1`
 * before a role (`+1 SRE`), times of day (`10:30`; hours, minutes and seconds, `1:20:59`, are a duration, so are minutes and
 * seconds after a time spent on something, `time on page from 3:00`, and a ratio so named, `1:5 ratio`, a quantity), ordinals (`1st`), compound adjectives (`7-day`),
 * names such as `2FA` or `3D`, and anything inside a link's text (`[RFC 42](…)`) are not quantities.
 */

const SCALE: Record<string, number> = {
  k: 1e3, K: 1e3, m: 1e6, M: 1e6, mm: 1e6, b: 1e9, B: 1e9, bn: 1e9,
  thousand: 1e3, million: 1e6, billion: 1e9,
};

/** Units written straight after the number (`200ms`, `2x`, `3h`, `5GB`), lower-cased. */
const COMPACT_UNITS = new Set([
  'x', 'ms', 's', 'sec', 'secs', 'min', 'mins', 'h', 'hr', 'hrs', 'd', 'wk', 'wks', 'mo', 'mos', 'yr', 'yrs',
  'pp', 'pts', 'kb', 'mb', 'gb', 'tb', 'px', 'km', 'kg', 'lb', 'lbs', 'days', 'hours', 'minutes', 'weeks', 'months', 'seconds',
]);

/** Words after a number that are not its unit ("45 to 60", "3% by March", "5 of our…"). */
const NOT_UNITS = new Set([
  'a', 'an', 'the', 'and', 'or', 'nor', 'but', 'to', 'from', 'by', 'in', 'into', 'of', 'on', 'at', 'for', 'per',
  'with', 'within', 'without', 'than', 'this', 'that', 'these', 'those', 'each', 'every', 'across', 'over', 'under',
  'above', 'below', 'while', 'when', 'where', 'if', 'is', 'are', 'was', 'were', 'be', 'been', 'vs', 'versus', 'via',
  'as', 'through', 'until', 'till', 'since', 'before', 'after', 'during', 'among', 'between', 'out', 'up', 'down',
  'off', 'so', 'then', 'plus', 'minus', 'it', 'its', 'our', 'their', 'his', 'her', 'my', 'your', 'we', 'they',
  'all', 'any', 'no', 'not', 'more', 'less', 'fewer', 'only', 'also', 'still', 'yet', 'or', 'am', 'pm',
  // The words of a move in other languages (`de 10 à 20`, `von 3 auf 5`, `de 70% para 40%`).
  'à', 'para', 'auf', 'zu', 'naar',
]);

const MONTHS = new Set([
  'jan', 'january', 'feb', 'february', 'mar', 'march', 'apr', 'april', 'may', 'jun', 'june', 'jul', 'july',
  'aug', 'august', 'sep', 'sept', 'september', 'oct', 'october', 'nov', 'november', 'dec', 'december',
]);

/** Words before a bare four-digit number that make it a year ("in 2026", "by 2027", "Q1 2026"). */
const YEAR_CUES = new Set([
  'in', 'by', 'since', 'until', 'till', 'before', 'after', 'during', 'through', 'throughout', 'of', 'for', 'end',
  'early', 'late', 'mid', 'fy', 'year', 'q1', 'q2', 'q3', 'q4', 'h1', 'h2',
]);

const NUMBER_WORDS: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18,
  nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
  hundred: 100,
  // The languages whose keywords are read (docs/dialect.md), leaving out words that are English too or months written
  // short (`due`, `sept`, `cent`, `dos`, `acht`, `otto`, `sei`, `dez`): a count is read in them as in English ("Organiser
  // cinq ateliers").
  deux: 2, trois: 3, quatre: 4, cinq: 5, huit: 8, neuf: 9, dix: 10, vingt: 20, cinquante: 50,
  tres: 3, cuatro: 4, cinco: 5, seis: 6, siete: 7, ocho: 8, nueve: 9, diez: 10, veinte: 20, cincuenta: 50,
  dois: 2, duas: 2, três: 3, quatro: 4, sete: 7, oito: 8, vinte: 20,
  quattro: 4, cinque: 5, sette: 7, nove: 9, dieci: 10, venti: 20,
  zwei: 2, drei: 3, vier: 4, fünf: 5, sechs: 6, sieben: 7, neun: 9, zehn: 10, zwanzig: 20, fünfzig: 50,
};

/** Words after which a number word is always a quantity ("under two hours", "to zero", "reach zero"). */
const NUMBER_WORD_CUES = new Set(['from', 'to', 'under', 'below', 'over', 'above', 'least', 'most', 'than', 'within', 'by', 'reach', 'hit']);

/** Verbs of winning something, after which `one` counts what is won ("Get one external code contributor"). */
const WON_BY = new Set(['get', 'gain', 'win', 'sign', 'land', 'recruit', 'hire', 'onboard', 'attract', 'secure', 'acquire', 'close', 'find']);

/** Words before a number word that make it part of a phrase, not a count ("the two teams", "our one plan"). */
const DETERMINERS = new Set([
  'a', 'an', 'the', 'this', 'that', 'these', 'those', 'our', 'their', 'its', 'his', 'her', 'my', 'your', 'each',
  'every', 'any', 'no', 'which', 'what', 'whose', 'all', 'both', 'either', 'neither', 'another', 'other', 'only',
]);

/** Words before a bare whole number that make it an identifier: `RFC 42`, `Tier 1`, `version 2`, `Sprint 3`, `Week 4`. */
const ID_WORDS = new Set([
  'rfc', 'rfcs', 'iso', 'soc', 'tier', 'tiers', 'version', 'versions', 'ver', 'release', 'phase', 'stage', 'step', 'part',
  'chapter', 'section', 'article', 'clause', 'issue', 'issues', 'ticket', 'pr', 'epic', 'milestone', 'sprint', 'round',
  'gen', 'generation', 'wave', 'iteration', 'season', 'episode', 'sev', 'severity', 'priority', 'day', 'week', 'month',
  'year', 'module', 'lesson', 'option', 'figure', 'appendix', 'item', 'no', 'number', 'ga', 'beta', 'alpha', 'node',
  'python', 'java', 'ios', 'android', 'windows', 'http', 'ipv', 'web', 'type',
  // A group named by its number: `batch 5 students`, `cohort 3`, `intake 4`.
  'batch', 'cohort', 'intake', 'edition', 'squad',
  // A program increment, the quarter of a scaled agile plan: `PI 12`.
  'pi',
  // Another part of the plan named by its number: `the data objective 3 already logs`, `goal 2`, `KR 4`.
  'objective', 'goal', 'kr', 'okr',
]);

/** Words before a number of days, weeks… that make it a window of time ("the last 12 months", "their first 30 days"). */
const TIME_WINDOW_WORDS = new Set(['last', 'past', 'previous', 'next', 'trailing', 'rolling', 'first', 'coming']);
const TIME_UNITS = /^(?:days?|weeks?|months?|quarters?|years?|sprints?)$/i;
/** Units of a span of time, as a count of it opens a statement ("Ten hours in analysis"). */
const SPAN_UNITS = /^(?:minutes|hours|days|weeks|months)$/i;
/** …and what it is spent on after it (`Ten hours in analysis`, `Four hours of writing`; not `Two weeks after launch`). */
const SPENT_ON = /^\s+\p{L}+\s+(?:in|of|on|spent)\s/u;

/** Roles after a `+1` that make it a vote or a hire, not a change in a metric ("+1 SRE", "+2 engineers"). */
const ROLE_WORDS = /^(?:engineers?|developers?|devs?|designers?|pms?|sres?|managers?|leads?|hires?|headcount|ftes?|recruiters?|analysts?|reviewers?|maintainers?|approvers?|scientists?|researchers?|writers?|aes?|sdrs?|reps?|ics?|contractors?|heads?)$/i;
/** Words after a `+1` that make it a vote ("a +1 from legal", "+1 on the RFC"). */
const VOTE_WORDS = /^(?:from|on|for|to|by)$/i;

/** Nouns after a year that keep it a year ("2027 roadmap", "2026 planning"). */
const YEAR_NOUNS = new Set([
  'plan', 'plans', 'planning', 'roadmap', 'budget', 'strategy', 'goals', 'okr', 'okrs', 'targets', 'forecast', 'kickoff',
  'offsite', 'summit', 'conference', 'report', 'edition', 'release', 'launch', 'cohort', 'season', 'calendar', 'vision',
  'program', 'programme', 'survey', 'review', 'pricing', 'campaign', 'priorities', 'theme', 'themes', 'project', 'proposal',
  'proposals',
]);

/** Multiplier verbs anywhere in a title: "Signups double", "triple the partner pipeline", "Halve churn". */
const MULTIPLIER_WORDS: Record<string, number> = {
  double: 2, doubles: 2, doubled: 2, doubling: 2, triple: 3, triples: 3, tripled: 3, tripling: 3,
  quadruple: 4, quadruples: 4, quadrupled: 4, quadrupling: 4, halve: 0.5, halves: 0.5, halved: 0.5, halving: 0.5,
};
/** Fractions that name a share ("half of new owners", "two thirds of the accounts"), read as a percentage. */
const FRACTIONS: Record<string, number> = {
  half: 50, 'one half': 50, 'a third': 100 / 3, 'one third': 100 / 3, 'two thirds': 200 / 3, 'a quarter': 25,
  'one quarter': 25, 'three quarters': 75, 'three-quarters': 75, 'two-thirds': 200 / 3,
};
const SPELLED_SOURCE = String.raw`(?<![\p{L}\p{N}-])(?:(?<mult>${Object.keys(MULTIPLIER_WORDS).join('|')})|(?<frac>${Object.keys(FRACTIONS).join('|')})\s+of|(?<halfway>in|by)\s+half)(?![\p{L}\p{N}-])`;
const SPELLED_RE = new RegExp(SPELLED_SOURCE, 'giu');
/**
 * "one order of magnitude", "two orders of magnitude": a tenfold change per order, read as a multiplier (`10x`, `100x`).
 * The count before it is part of the phrase, not a count of "orders".
 */
const MAGNITUDE_ORDERS: Record<string, number> = { a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6 };
const ORDERS_OF_MAGNITUDE_RE = new RegExp(String.raw`(?<![\p{L}\p{N}-])(?<count>${Object.keys(MAGNITUDE_ORDERS).join('|')}|\d)\s+orders?\s+of\s+magnitude(?![\p{L}\p{N}-])`, 'giu');

/** "by a factor of 2", "a factor of three": a multiplier (`2x`); the number in it is part of the phrase. */
const FACTOR_COUNTS: Record<string, number> = { two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10 };
const FACTOR_OF_RE = new RegExp(String.raw`(?<![\p{L}\p{N}-])(?:an?\s+)?factor\s+of\s+(?<count>${Object.keys(FACTOR_COUNTS).join('|')}|\d+(?:\.\d+)?)(?![\p{L}\p{N}-])`, 'giu');

/** A fraction right after a bound (`< 1/3`, `≥ 2/3`): a ratio; a date or a score written so stands alone. */
const FRACTION_AFTER_BOUND_RE = /(?:[<>≤≥]=?)[ \t]?(\d{1,2}[ \t]?\/[ \t]?\d{1,2})(?![\d/])/gu;

/** "a book a month", "a post per week": the article counts one of the noun on each period. */
const ONE_A_PERIOD_RE = /(?<![\p{L}\p{N}])(?:an?|one)[ \t]+(?!(?:lot|bit|few|day|week|month|quarter|year|time)\b)(\p{L}[\p{L}-]*)[ \t]+(?:a|per|every)[ \t]+(?:day|week|month|quarter|year|sprint)(?![\p{L}])(?![ \t]+(?:before|after|ahead|early|late|ago|from[ \t]+now|in[ \t]+advance)\b)/giu;

/** `%95`, `%100`: Turkish (and some other languages) write the percent sign before the number. */
const PERCENT_BEFORE_RE = /(?<![\p{L}\p{N}%])%[ \t]?(\d{1,3}(?:[.,]\d+)?)(?![\d%])/gu;

/**
 * A Chinese numeral before a counter (`两次`, `三篇`, `十二个`): a count as a person reads it. `一` counts people only (`一人`, a
 * hire): `一个`, `一次` are as often "a" as "one" (`最近一次任务`, the latest task).
 */
const CJK_COUNT_RE = /(?<![第百千万零〇一二两三四五六七八九十\d每唯])(?:((?:[二两三四五六七八九]?十[一二三四五六七八九]?|[二两三四五六七八九]))(个|次|篇|套|本|项|场|份|条|家|位|遍|节|门|名|人|款|期)|(一)(人|名|位))/gu;
const CJK_DIGITS: Record<string, number> = { 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** Any Chinese character: a text written in Chinese. */
const HAN = /\p{Script=Han}/u;
/** `20w`, `3.5W`: 万 written with its pinyin's first letter, a number glued to it and no letter after. */
const WAN_BY_LETTER_RE = /(?<![\p{L}\p{N}.])(\d{1,4}(?:\.\d{1,2})?)[wW](?![\p{L}\p{N}])/gu;

/**
 * A Korean native numeral before a counter (`세개`, `다섯 권`, `두 번`): a count as a person reads it. `한` counts people only
 * (`한 명`); `한 번` is as often "once, for a try" as "one time". The counter ends its word, or a particle follows it
 * (`세개를`): `세 번째` is an ordinal, `세 개월` three months, `두 주요` two major.
 */
const KOREAN_COUNT_RE = /(?<![\p{Script=Hangul}\p{N}])(?:(두|세|네|다섯|여섯|일곱|여덟|아홉|열)[ \t]?(개|권|번|회|명|편|곳|가지|잔|시간|주|달)|(한)[ \t]?(명))(?=$|[^\p{Script=Hangul}]|(?:를|을|이|가|의|씩|은|는|도|만|에|과|와|로|으로)(?!\p{Script=Hangul}))/gu;
const KOREAN_NUMERALS: Record<string, number> = { 한: 1, 두: 2, 세: 3, 네: 4, 다섯: 5, 여섯: 6, 일곱: 7, 여덟: 8, 아홉: 9, 열: 10 };

/** `两` is 2, `十二` 12, `三十` 30. */
function cjkNumeralValue(numeral: string): number {
  const ten = numeral.indexOf('十');
  if (ten < 0) return CJK_DIGITS[numeral]!;
  const tens = ten === 0 ? 1 : CJK_DIGITS[numeral[0]!]!;
  const units = ten === numeral.length - 1 ? 0 : CJK_DIGITS[numeral[ten + 1]!]!;
  return tens * 10 + units;
}

/** Words after a multiplier that make it no multiplier ("double down", "double-check", "double digits"). */
const NOT_MULTIPLIED = /^(?:\s+(?:down|check|checks|click|clicks|digits?|opt-in|standards?|edged?|sided|entry|bind)\b|-)/i;

/** What is kept from happening twice, no multiplier: "Avoid double rendering", "Prevent double counting", "without double billing". */
const AVOIDED_BEFORE = /\b(?:avoid(?:s|ing)?|prevent(?:s|ing)?|stop(?:s|ping)?|eliminat(?:e|es|ing)|remov(?:e|es|ing)|no|without)\s+$/i;

/** A game's format played, no multiplier: "just playing doubles", "play triples", "in mixed doubles". */
const PLAYS_A_FORMAT = /\b(?:play(?:s|ed|ing)?|mixed|in)\s+(?:doubles|triples)$/i;

/** The signs of money a quantity may open with; the unit of such a quantity is its sign. */
export const CURRENCY = String.raw`[$€£¥₹]`;
const MONEY_UNIT = new RegExp(String.raw`^${CURRENCY}$`);

/** True when a quantity's unit is a sign of money (`$2M`, `₹50k`). */
export function isMoneyUnit(unit: string | undefined): boolean {
  return unit !== undefined && MONEY_UNIT.test(unit);
}

/** Thousands grouped with dots, no leading zero: `5.000`, `1.250.000`. */
const DOTTED_GROUPS = String.raw`[1-9]\d{0,2}(?:\.\d{3})+`;

/**
 * A number: thousands grouped with commas (`1,500`) or, as most of Europe writes them, with dots (`€5.000`, `1.500
 * usuarios`: three digits after each dot, no leading zero, no percent after it, so `99.999%` and `0.500` stay decimals).
 */
const NUMBER = String.raw`${DOTTED_GROUPS}(?![\d.,]|\s?%)|(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?|\.\d+`;
/** `5.000`, `1.250.000`: thousands grouped with dots. */
const DOTTED_THOUSANDS = new RegExp(String.raw`^${DOTTED_GROUPS}$`);

/** The value of a number as written, its thousands grouped with commas or, before no percent, dots. */
function numberValue(written: string, percent: boolean): number {
  return Number(DOTTED_THOUSANDS.test(written) && !percent ? written.replace(/\./g, '') : written.replace(/,/g, ''));
}
const LETTER = String.raw`A-Za-z\u00c0-\u024f`;
const RANGE = String.raw`(?:(?<range>[-\u2013])(?<num2>${NUMBER})(?![\d,]))?`;
/** A percent, or percentage points: `3 %-points` and in the Nordic and Germanic languages `3 %-poeng`, `3 %-Punkte`. */
const PERCENT = String.raw`\s?%-(?:points?|pts|poeng|poäng|point|punkte?)\b|\s?%|\s(?:percentage points?|percent|per cent|pp|points?|pts)\b`;
/** The aside a quantity's text holds before its unit word (`20 (paid) internship`: ` (paid)`). */
const ASIDE_BEFORE_UNIT = /([ \u00a0]\([^()\d\n]{1,20}\))[ \u00a0-][^ \u00a0]+$/;
/** The unit word after the number, maybe past a short aside in brackets with no number (`20 (paid) internship spots`). */
const UNIT_WORD = String.raw`(?:(?:[ \u00a0]\([^()\d\n]{1,20}\))?(?:[ \u00a0]|(?<hyphen>-))(?<unit>[${LETTER}][${LETTER}-]*)(?![\w\u00c0-\u024f]))?`;

/**
 * One quantity: sign, currency, number, a letter run written straight after it (a scale such as `k`/`M`,
 * or a compact unit such as `ms`; anything else rejects the match), a spelled-out scale, a percent,
 * and an optional unit word.
 */
const QUANTITY_SOURCE = String.raw`(?<sign>[-+\u2212])?(?:(?<cur>${CURRENCY})\s?)?(?<num>${NUMBER})${RANGE}(?<suffix>[A-Za-z]+)?(?<word>\s(?:[Tt]housand|[Mm]illion|[Bb]illion|bn)\b)?(?<pct>${PERCENT})?(?<plus>\+(?![\d+]))?${UNIT_WORD}`;

const WORD_QUANTITY_SOURCE = String.raw`(?<![\p{L}\p{N}-])(?<numword>${Object.keys(NUMBER_WORDS).join('|')})(?![\p{L}\p{N}-])(?<word>\s(?:thousand|million|billion)\b)?(?<pct>${PERCENT})?${UNIT_WORD}`;

const QUANTITY_RE = new RegExp(QUANTITY_SOURCE, 'g');
const WORD_QUANTITY_RE = new RegExp(WORD_QUANTITY_SOURCE, 'giu');
/** What a field's value may name after its number: up to three words, and after one or more, or after a percentage, what they are counted per (`12 activated users/$1K`, `< 5%/month`). */
const FIELD_TAIL = String.raw`(?:\s+[${LETTER}][${LETTER}-]*){0,3}(?:(?<=[${LETTER}]{3}|%)[ \t]?\/[ \t]?[^\s/]{1,12})?$`;
const FIELD_QUANTITY_RE = new RegExp(String.raw`^(?:~|≈)?\s?${QUANTITY_SOURCE}${FIELD_TAIL}`);
const FIELD_WORD_QUANTITY_RE = new RegExp(String.raw`^(?:~|≈)?\s?${WORD_QUANTITY_SOURCE}${FIELD_TAIL}`, 'iu');

export interface QuantityMatch {
  quantity: Quantity;
  index: number;
  length: number;
  /** A threshold written after the number: `50+`, `10 or more` (at least), `2 s or less` (at most). */
  threshold?: 'at-least' | 'at-most';
  /** True when the quantity is spelled in words ("two", "half of", "doubles"), not digits. */
  spelled?: boolean;
}

type Groups = Record<string, string | undefined>;

/** True for a word that reads as a plural count noun (`yards`, `partners`), not a compound adjective (`day`). */
function isPluralNoun(word: string): boolean {
  return /[^su]s$/i.test(word) && word.length > 2;
}

/** The quantity a match denotes and how much of the match it spans, or undefined when the match is no quantity. */
function readMatch(groups: Groups, text: string): { quantity: Omit<Quantity, 'raw'>; length: number } | undefined {
  let value: number;
  if (groups.numword !== undefined) value = NUMBER_WORDS[groups.numword.toLowerCase()]!;
  else value = numberValue(groups.num!, groups.pct !== undefined);
  if (groups.num2 !== undefined && isYearRange(groups)) return undefined;
  if (groups.sign === '-' || groups.sign === '\u2212') value = -value;
  let unit: string | undefined;
  if (groups.suffix) {
    const scale = SCALE[groups.suffix];
    if (scale) value *= scale;
    // One-letter units only in lower case: `3d` is three days, `3D` is a name.
    else if (COMPACT_UNITS.has(groups.suffix.length === 1 ? groups.suffix : groups.suffix.toLowerCase())) unit = groups.suffix.toLowerCase();
    else return undefined;
  }
  if (groups.word) value *= SCALE[groups.word.trim().toLowerCase()] ?? 1;
  if (groups.pct) {
    const pct = groups.pct.trim().toLowerCase();
    unit = pct === '%' || pct.startsWith('per') ? '%' : pct === 'pp' || pct.startsWith('percentage') || pct.startsWith('%-') ? 'pp' : 'points';
  } else if (groups.cur) unit = groups.cur;
  const word = groups.unit?.toLowerCase();
  let length = text.length;
  if (word !== undefined) {
    // The aside only bridges a bare number to its unit word (`20 (paid) internship spots`); before any other word it is
    // no part of the quantity.
    // (Found here, not by a group of the pattern: every quantity read would carry one more group.)
    const aside = text.endsWith(')', text.length - groups.unit!.length - 1) ? ASIDE_BEFORE_UNIT.exec(text)?.[1] : undefined;
    if (aside && (unit !== undefined || groups.hyphen || NOT_UNITS.has(word) || MONTHS.has(word.replace(/\.$/, '')))) {
      return { quantity: unit === undefined ? { value } : { value, unit }, length: text.length - aside.length - 1 - groups.unit!.length };
    }
    if (MONTHS.has(word.replace(/\.$/, ''))) return undefined;
    // `300-yards` is a number of yards; `7-day` is an adjective.
    if (groups.hyphen && (unit !== undefined || NOT_UNITS.has(word) || !isPluralNoun(word))) return undefined;
    if (unit === undefined && !NOT_UNITS.has(word)) unit = word;
    else length = text.length - groups.unit!.length - 1;
  }
  return { quantity: unit === undefined ? { value } : { value, unit }, length };
}

/** `2026-2027`: two years, not a range of counts. */
function isYearRange(groups: Groups): boolean {
  const isYear = (n: string) => /^\d{4}$/.test(n) && Number(n) >= 1900 && Number(n) <= 2100;
  return isYear(groups.num!) && isYear(groups.num2!) && !groups.cur && !groups.pct && !groups.suffix;
}

const WORD_CHAR = /[\p{L}\p{N}.]/u;

/** The word right before `index`, lower-cased, without trailing punctuation (looks back at most 40 characters). */
/** True when the word before `index` ends a hyphenated compound (`world-class`, `best-in-batch`). */
function endsACompound(text: string, index: number): boolean {
  return /-[\p{L}\p{N}]+[ \t]+$/u.test(text.slice(Math.max(0, index - 40), index));
}

function wordBefore(text: string, index: number): string {
  const limit = Math.max(0, index - 40);
  let end = index;
  while (end > limit && !WORD_CHAR.test(text[end - 1]!)) end--;
  let start = end;
  while (start > limit && WORD_CHAR.test(text[start - 1]!)) start--;
  return text.slice(start, end).toLowerCase().replace(/\.$/, '');
}

/** True when only spaces stand between `index` and the word before it (so `RFC 42` but not `RFC, 42`). */
function spaceBefore(text: string, index: number): boolean {
  return index > 1 && /[ \u00a0]/.test(text[index - 1]!) && /[\p{L}\p{N}]/u.test(text[index - 2]!);
}

/** True when the characters around a numeric match make it part of a date, a quarter, an id, a version or a name. */
function isEmbedded(text: string, index: number, length: number, groups: Groups): boolean {
  const before = text.slice(Math.max(0, index - 1), index);
  if (/[\p{L}\p{N}_.\-/:#]/u.test(before) && !(groups.cur && !groups.sign && /\p{L}/u.test(before)) && !NO_SPACE_SCRIPT.test(before)) return true;
  const after = text.slice(index + length, index + length + 2);
  // `3/4/2026`, `1.2.3`: digits go on past the number; after a unit (`3-5 tier-1 customers`) they belong to the next word.
  if ((/^[-/.:]\d/.test(after) && /\d$/.test(text.slice(index, index + length))) || /^-\p{L}/u.test(after)) return true;
  if (isProductVersion(text, index, groups) || isQuotedName(text, index, length)) return true;
  // `version 1.0`, `release 2.3`, `releases 0.2`: a decimal after a word for a version is the version; so is one before
  // it (`Launch 2.0 version of product`).
  if (isPlainDecimal(groups) && ((spaceBefore(text, index) && VERSION_WORDS.has(wordBefore(text, index))) || VERSION_WORDS.has((groups.unit ?? '').toLowerCase()))) return true;
  if (isBareInteger(groups)) {
    // `RFC 42`, `Tier 1`, `version 2`, `Sprint 3`: a number that names something.
    // The last word of a hyphenated compound (`best-in-class 15 minutes`) names nothing by its number.
    if (spaceBefore(text, index) && ID_WORDS.has(wordBefore(text, index)) && !endsACompound(text, index)) return true;
    // `the last 12 months`, `in their first 30 days`: a window of time, not an amount.
    if (TIME_WINDOW_WORDS.has(wordBefore(text, index)) && TIME_UNITS.test(groups.unit ?? '')) return true;
  }
  // `+1 SRE`, `a +1 from legal`: a vote or a hire, not a change in a metric.
  if (groups.sign === '+' && !groups.cur && !groups.pct && !groups.suffix && /^\d+$/.test(groups.num ?? '')) {
    const next = /^\s*([\p{L}]+)/u.exec(text.slice(index + (groups.sign?.length ?? 0) + groups.num!.length, index + length + 20))?.[1];
    if (next !== undefined && ROLE_WORDS.test(next)) return true;
    if (groups.num === '1' && (next === undefined || VOTE_WORDS.test(next) || DETERMINERS.has(wordBefore(text, index)))) return true;
  }
  return false;
}

/**
 * `Stackpacks 2.0`, `Stackpacks 2.0 framework`, `Rails 7.1`, `Python 3.12`, `Mac OS 10.15`: a decimal after a name written
 * with a capital is the name's version. Not after a metric in capitals (`CSAT 4.0`) or a metric's name (`Level 2.0`).
 */
function isProductVersion(text: string, index: number, groups: Groups): boolean {
  // Versions before 1.0 too (`OpenEBS 0.9`).
  if (!isPlainDecimal(groups) || !/^\d{1,2}\.\d{1,2}$/.test(groups.num ?? '')) return false;
  // An operating system written in capitals names its release too (`Mac OS 10.15`, `macOS 14.2`, `iOS 17.1`).
  const name = /(?:^|[^\p{L}])(\p{Lu}\p{Ll}[\p{L}-]{0,30}|(?:mac|i|ipad|watch|tv)?OS)[ \t]$/u.exec(text.slice(Math.max(0, index - 34), index))?.[1];
  // Plans write their metrics in title case too (`Maintain Uptime 99.9`, `Reach Level 2.0`, `Grow Revenue 2.0 in Q3`).
  if (name === undefined || METRIC_NAMES.test(name)) return false;
  // A capital opening the text may only start the sentence (`Reach 1.5 …`): a name in title case after it says version.
  return text.slice(0, index).trimEnd().length > name.length || (groups.unit !== undefined && /^\p{Lu}/u.test(groups.unit));
}

/** A decimal with nothing around it: no currency, sign, suffix, number word, percent or range. */
function isPlainDecimal(groups: Groups): boolean {
  return !groups.cur && !groups.sign && !groups.suffix && !groups.word && !groups.pct && !groups.num2 && /^\d+\.\d+$/.test(groups.num ?? '');
}

/** Words before a decimal that make it a version or a numbered period: `version 1.0`, `release 2.3`, `releases 0.2`, `PI 26.4` (a program increment). */
const VERSION_WORDS = new Set(['version', 'versions', 'ver', 'release', 'releases', 'rel', 'pi']);

/** `a "1.0" implementation guide`, `the “2.0” guide`: a number in quotes of its own is a name. */
function isQuotedName(text: string, index: number, length: number): boolean {
  const open = text[index - 1];
  const close = text[index + length];
  return (open === '"' && close === '"') || (open === '“' && close === '”') || (open === "'" && close === "'") || (open === '‘' && close === '’');
}

/** Metrics a plan may name with a capital before their level: a number after them is the level, no version. */
const METRIC_NAMES = /^(?:rating|ratings|score|level|uptime|revenue|grade|index|ratio|rate|average|glassdoor|apdex|stars?|sales|growth|margin|retention|conversion|churn)$/i;

/** A score on a scale of 5, 7, 10 or 100 (`4.5/5`, `9 / 10`, `4.0/5.0`), not a date (`3/4/2026`) nor a part of an id. */
const SCORE_OUT_OF_RE = /(?<![\p{L}\p{N}_.\-/:#])(\d{1,3}(?:\.\d{1,2})?)[ \t]?\/[ \t]?(5|7|10|100)(?:\.0{1,2})?(?![\p{L}\p{N}/\-]|\.\d)/gu;

/** Scripts written without spaces between words: a number right after their text stands on its own (`提升到5000`, `解約率を5%に`). */
const NO_SPACE_SCRIPT = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;

function isBareInteger(groups: Groups): boolean {
  return !groups.cur && !groups.sign && !groups.suffix && !groups.word && !groups.pct && !groups.num2 && /^\d+$/.test(groups.num ?? '');
}

/** Words before a four-digit number that make it a year even when a noun follows ("in 2027 we ship"; "by 2000 users" is a count). */
const YEAR_ONLY_CUES = new Set(['in', 'since', 'until', 'till', 'during', 'throughout', 'early', 'late', 'mid', 'end', 'fy', 'q1', 'q2', 'q3', 'q4', 'h1', 'h2']);

/** Words before a four-digit number and a noun that make it a year ("the 2026 plan", "our 2026 roadmap"). */
const YEAR_DETERMINERS = new Set(['the', 'our', 'this', 'its', 'their', 'your', 'fy']);

/** True for a year ("in 2026", "Q1 2026", "the 2026 plan", "2027 roadmap") or a day of a month ("March 15"). */
function isDatePart(text: string, index: number, groups: Groups, quantity: Omit<Quantity, 'raw'>): boolean {
  if (!isBareInteger(groups)) return false;
  const previous = wordBefore(text, index);
  const isYear = quantity.value >= 1900 && quantity.value <= 2100 && groups.num!.length === 4;
  if (MONTHS.has(previous) && quantity.value <= 31) return true;
  if (quantity.unit !== undefined) return isYear && (YEAR_DETERMINERS.has(previous) || YEAR_NOUNS.has(quantity.unit) || YEAR_ONLY_CUES.has(previous));
  if (!isYear) return false;
  // "GitHub Stars: 2000+": a floor written with a plus is a count; no year is written so.
  if (text.charAt(index + groups.num!.length) === '+') return false;
  if (YEAR_CUES.has(previous) || MONTHS.has(previous) || /^\d{1,2}$/.test(previous)) return true;
  // A lone year is a year ("Launch 2027", "2027: plan done") unless a comparison makes it a count ("to 2000", "1500 → 2000").
  return !COUNT_CUES.has(previous) && !/\d/.test(previous) && !/(?:→|->|=>|[<>≤≥~≈])\s*$/u.test(text.slice(Math.max(0, index - 4), index));
}

/** Words before a bare four-digit number that make it a count rather than a year. */
const COUNT_CUES = new Set(['to', 'from', 'than', 'least', 'most', 'under', 'over', 'above', 'below', 'reach', 'hit', 'exceed', 'about', 'around', 'approximately', 'roughly', 'nearly', 'almost', 'only', 'just']);

/**
 * Written out rather than spread: a spread gave each of a workspace's 60k check-in values a
 * hidden class of its own (about 10 MB on 2,000 plans).
 */
function withRaw(quantity: Omit<Quantity, 'raw'>, raw: string): Quantity {
  return quantity.unit === undefined ? { value: quantity.value, raw } : { value: quantity.value, unit: quantity.unit, raw };
}

/**
 * The spans of link text (`[RFC 42](…)`, `[Tier 1][ref]`), of HTML tags and of addresses written bare (`crbug.com/1040632`,
 * `github.com/org/repo/issues/88`): numbers there name the link or style the page, no quantity.
 */
function linkTextSpans(text: string): [number, number][] {
  const hasLink = text.includes('[');
  const hasTag = text.includes('<');
  const hasPath = text.includes('/');
  if (!hasLink && !hasTag && !hasPath) return [];
  const spans: [number, number][] = [];
  if (hasLink) for (const m of text.matchAll(/\[[^[\]\n]*\](?=[([])/g)) spans.push([m.index ?? 0, (m.index ?? 0) + m[0].length]);
  // `<span style="font-size: 16px">`, `<td rowspan=2>`: numbers in markup are no quantities either.
  if (hasTag) for (const m of text.matchAll(HTML_TAG)) spans.push([m.index ?? 0, (m.index ?? 0) + m[0].length]);
  if (hasPath) for (const m of text.matchAll(BARE_ADDRESS)) spans.push([m.index ?? 0, (m.index ?? 0) + m[0].length]);
  return [hasLink, hasTag, hasPath].filter(Boolean).length > 1 ? disjoint(spans) : spans;
}

/** A web address written bare, from its host to the next blank (`crbug.com/1040632`, `https://example.org/a/5`); each try opens at a word's start. */
const BARE_ADDRESS = /(?<![\w.-])(?:https?:\/\/)?(?:[\w-]+\.)+[a-z]{2,}\/[^\s)\]]*/gi;

/** An HTML tag, opening or closing, on one line. */
const HTML_TAG = /<\/?[A-Za-z][^<>\n]{0,300}>/g;

/** The spans in text order, those that overlap merged, as the binary search in `insideSpan` needs them. */
function disjoint(spans: [number, number][]): [number, number][] {
  const merged: [number, number][] = [];
  for (const span of spans.sort((a, b) => a[0] - b[0])) {
    const last = merged[merged.length - 1];
    if (last && span[0] < last[1]) last[1] = Math.max(last[1], span[1]);
    else merged.push([span[0], span[1]]);
  }
  return merged;
}

/** True when `index` lies inside one of `spans` (sorted, disjoint): a binary search, so a text full of links stays linear. */
function insideSpan(spans: [number, number][], index: number): boolean {
  let low = 0;
  let high = spans.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const [start, end] = spans[mid]!;
    if (index < start) high = mid - 1;
    else if (index >= end) low = mid + 1;
    else return true;
  }
  return false;
}

const AFTER_AT_LEAST = /^\s*(?:or|and) (?:more|higher|greater|above|over|better|up)\b/i;
const AFTER_AT_MOST = /^\s*or (?:less|fewer|lower|below|under|faster|sooner)\b/i;

/** A threshold written after a quantity: `50+`, `10 or more`, `2 s or less`. */
function thresholdAfter(text: string, end: number, groups: Groups): QuantityMatch['threshold'] {
  if (groups.plus) return 'at-least';
  const after = text.slice(end, end + 16);
  if (AFTER_AT_LEAST.test(after)) return 'at-least';
  if (AFTER_AT_MOST.test(after)) return 'at-most';
  return undefined;
}

/** What is counted, in a word to three, then the period it is counted on: "dates with Courtney per month", "workouts a week". */
const RATE_AFTER_COUNT = /^(?:\s+[\p{L}][\p{L}-]*){1,3}\s+(?:per|a|an|each|every)\s+(?:day|week|month|quarter|year|sprint)\b/iu;

/** A thing or two words, then `per` and what it is counted against: after `one`, a rate. */
const ONE_PER = /^(?:\s+[\p{L}][\p{L}-]*){1,3}\s+per\s+\p{L}/u;

/** A number word counts where a person reads it as one: after a comparison, or before a plural noun mid-sentence. */
/** The units one of a span is counted in: "one hour", "one sprint". */
const SPAN_OF_ONE = String.raw`minute|hour|day|week|month|quarter|year|sprint`;

/** One of a span of time with a bound after it: "one day or less", "one hour or more". */
const ONE_SPAN_BOUNDED = new RegExp(String.raw`^\s+(?:${SPAN_OF_ONE})\s+or\s+(?:less|fewer|more|under|over|below|above|shorter|longer)\b`, 'i');

/** The subject one counts and what it has done: " hungovercoder visitor has clicked", " customer has renewed" (not " of our goals has …"). */
const ONE_WHO_HAS_DONE = /^(?!\s+of\b)(?:\s+[\p{L}-]+){1,3}\s+(?:has|have)\s+\p{L}+ed\b/u;

/** One of a span of time: "from one hour", "to one day". */
const ONE_SPAN = new RegExp(String.raw`^(?:${SPAN_OF_ONE})$`);

function isCountWord(text: string, index: number, groups: Groups, unit: string | undefined): boolean {
  const numword = groups.numword!.toLowerCase();
  // "one million followers": a number with its scale is a count wherever it stands.
  if (groups.word) return true;
  const previous = wordBefore(text, index);
  // "in the first four months": a window of time, not an amount.
  if (TIME_WINDOW_WORDS.has(previous) && TIME_UNITS.test(unit ?? '')) return false;
  const end = index + groups.numword!.length;
  const next = /^\s+([\p{L}][\p{L}-]*)/u.exec(text.slice(end, end + 40))?.[1]?.toLowerCase();
  // "one project shipped per club member", "one post per week": a rate, one of a thing for each of another.
  if (numword === 'one' && ONE_PER.test(text.slice(end, end + 60))) return true;
  // "one new co-host", "at least one additional community": a count of things added ("one more" is a comparison).
  if (numword === 'one' && /^\s+(?:new|additional|extra)\s+\p{L}/iu.test(text.slice(end, end + 20))) return true;
  // "Get one external code contributor", "Sign one design partner": one of what is won, counted ("one of the founders" is
  // one of a set).
  if (numword === 'one' && WON_BY.has(previous) && next !== undefined && next !== 'of' && next !== 'more') return true;
  // "One day or less of drinking a week": one of a span with a bound after it, a threshold.
  if (numword === 'one' && ONE_SPAN_BOUNDED.test(text.slice(end, end + 40))) return true;
  // "One visitor has clicked a distillery link": opening the statement, one of those who have done something, counted.
  if (numword === 'one' && previous === '' && ONE_WHO_HAS_DONE.test(text.slice(end, end + 80))) return true;
  if (numword === 'one' || numword === 'hundred') {
    // "to one per week" is a count, and "from one hour" a span; "one place", "one of", "a hundred ways" are not.
    return NUMBER_WORD_CUES.has(previous) && (next === undefined || (NOT_UNITS.has(next) && next !== 'of') || ONE_SPAN.test(next));
  }
  if (groups.pct) return true;
  // "Ten hours in analysis", "Two weeks of onboarding": a span of time opening the statement is an amount, no subject.
  if (previous === '' && next !== undefined && SPAN_UNITS.test(next) && SPENT_ON.test(text.slice(end, end + 40))) return true;
  if (unit === undefined) {
    if (NUMBER_WORD_CUES.has(previous)) return true;
    return previous === '' ? numword === 'zero' && next !== undefined : next === undefined && !DETERMINERS.has(previous);
  }
  // "zero trust" is a name; "two hours", "zero incidents", "two design partners", "four new major AppSec Days" are quantities.
  // "zero critical security or data-handling vulnerabilities": none of either kind, the kinds joined by `or`.
  const words = numword === 'zero' ? /^(?:\s+[\p{L}][\p{L}-]*){1,6}/u.exec(text.slice(end, end + 80)) : /^(?:\s+[\p{L}][\p{L}-]*){1,4}/u.exec(text.slice(end, end + 60));
  const nouns = words?.[0].trim().split(/\s+/) ?? [];
  let plural = false;
  for (const word of nouns) {
    if (numword === 'zero' && word.toLowerCase() === 'or') continue;
    if (NOT_UNITS.has(word.toLowerCase())) break;
    if (isPluralNoun(word) || /^[\p{Lu}\d]+s$/u.test(word)) {
      plural = true;
      break;
    }
  }
  if (!plural) return false;
  // "Two dates with Courtney per month", "Three workouts a week": opening the statement over a rate, the count is its target.
  if (previous === '' && RATE_AFTER_COUNT.test(text.slice(end, end + 60))) return true;
  // "Zero P1 incidents" opens with its target; "Two teams own onboarding" opens with its subject.
  return NUMBER_WORD_CUES.has(previous) || (previous === '' ? numword === 'zero' : !DETERMINERS.has(previous));
}

/** "doubles", "triple", "halve", "half of", "in half": a spelled multiplier or share, or undefined. */
function readSpelled(text: string, m: RegExpMatchArray): QuantityMatch | undefined {
  const groups = m.groups ?? {};
  const index = m.index ?? 0;
  if (groups.mult) {
    const end = index + m[0].length;
    if (NOT_MULTIPLIED.test(text.slice(end, end + 12)) || DETERMINERS.has(wordBefore(text, index)) || PLAYS_A_FORMAT.test(text.slice(Math.max(0, index - 12), end))) return undefined;
    if (AVOIDED_BEFORE.test(text.slice(Math.max(0, index - 12), index))) return undefined;
    const value = MULTIPLIER_WORDS[groups.mult.toLowerCase()]!;
    return { quantity: { value, unit: 'x', raw: m[0] }, index, length: m[0].length, spelled: true };
  }
  if (groups.frac) {
    // "the 1st half of 2019", "the second half of the year": a stretch of time, not a share.
    if (/(?:1st|2nd|first|second|latter|former|last)\s+$/i.test(text.slice(Math.max(0, index - 8), index))) return undefined;
    const value = Number(FRACTIONS[groups.frac.toLowerCase()]!.toPrecision(3));
    return { quantity: { value, unit: '%', raw: groups.frac }, index, length: groups.frac.length, spelled: true };
  }
  return { quantity: { value: 0.5, unit: 'x', raw: m[0] }, index, length: m[0].length, spelled: true };
}

/**
 * Every quantity mentioned in a text, with its offset, in text order. Linear in the text's length; never throws.
 * The rules of a check each read a plan's titles in turn: the last readings are kept, so the list is shared and frozen.
 */
export function findQuantities(text: string): readonly QuantityMatch[] {
  return text.length > LONGEST_KEPT ? readInAnyNumerals(text) : lastFound.get(text, readInAnyNumerals);
}

/** Arabic-Indic and Persian digits (`٣`, `۷`) and the Arabic percent, decimal and thousands signs (`٪`, `٫`, `٬`). */
const EASTERN_NUMERALS = /[\u0660-\u066C\u06F0-\u06F9]/gu;

/** The text with eastern numerals written as Latin ones, one code unit for one, so every place in it stays where it was. */
export function westernNumerals(text: string): string {
  return text.replace(EASTERN_NUMERALS, (sign) => {
    const code = sign.charCodeAt(0);
    if (code >= 0x06f0) return String(code - 0x06f0);
    if (code <= 0x0669) return String(code - 0x0660);
    return code === 0x066a ? '%' : code === 0x066b ? '.' : ',';
  });
}

/** `۷ روز متوالی`, `۴.۶/۱۰`: numbers in eastern numerals are read as Latin ones are, and quoted as written. */
function readInAnyNumerals(text: string): readonly QuantityMatch[] {
  const western = westernNumerals(text);
  if (western === text) return readQuantities(text);
  return readQuantities(western).map((match) => {
    const at = western.indexOf(match.quantity.raw, match.index);
    return at < 0 ? match : { ...match, quantity: { ...match.quantity, raw: text.slice(at, at + match.quantity.raw.length) } };
  });
}

/** Enough for every title of a large plan between one rule's reading and the next's. */
const lastFound = new LastRead<string, readonly QuantityMatch[]>(1024);
/** Longer texts are read each time they are asked: kept, a thousand of them could hold a hostile plan's worth of text. */
const LONGEST_KEPT = 1000;

/**
 * A duration in hours, minutes and seconds (`1:20:59`, `2:59:59`), not part of a longer run of digits and colons, nor a
 * clock time (`at 12:30:00`, `12:30:00 UTC`).
 */
const DURATION_RE = /(?<![\p{L}\p{N}:.])(?<!\bat[ \t]+)(\d{1,2}):([0-5]\d):([0-5]\d)(?![\p{N}:])(?![ \t]*(?:utc|gmt|[ap]\.?m\b))/giu;

/**
 * Two numbers around a colon that the writer calls a ratio, before or after it (`1:5 ratio of students to leaders`, `a
 * ratio of 5:1`, `3:1 LTV to CAC ratio`).
 */
const RATIO_RE = /(?<![\p{L}\p{N}:.])(\d{1,3}):(\d{1,3})(?![\p{N}:])/giu;
// A quoted name may stand between (`4:1 onsite “Interview : Offer” ratio`).
const RATIO_AFTER = /^[ \t]+(?:[\p{L}"“”'‘’:-]+[ \t]+){0,5}?ratio\b/iu;

/** Minutes and seconds (`3:00`, `2:37`), read as a duration only after a time spent on something (see `TIME_SPENT_BEFORE`) or before a race. */
const MINUTES_SECONDS_RE = /(?<![\p{L}\p{N}:.])(\d{1,2}):([0-5]\d)(?![\p{N}:])/gu;
/** A time spent on something named before the value (`Time on page from 3:00`, `time spent on site from 2:37`, `session duration above 1:30`). */
const TIME_SPENT_BEFORE = /\b(?:time[ \t]+(?:on|spent|in|per)|(?:session|visit|call|video)[ \t]+(?:length|duration|time)|duration|watch[ \t]+time|dwell[ \t]+time|listening[ \t]+time)\b/i;
const RATIO_BEFORE = /\bratio[ \t]+(?:of[ \t]+)?$/i;
/** A race right after minutes and seconds (`17:59 5K`, `4:59 mile`, `1:45 half`): the time to run it. */
const RACE_AFTER = /^[ \t]+(?:\d{1,3}[ \t]?(?:k|km)|half(?:[ \t-]marathon)?|marathon|mile|parkrun)(?![\p{L}\p{N}])/iu;
/** A race named by its distance after an article and a verb of running it (`Run a 5k`, `Finish my first 10K`, `Run a 17:59 5K`). */
const RACE_NAME_BEFORE = /\b(?:run|running|race|racing|finish|finishing|complete|completing|walk|do)[ \t]+(?:an?|the|my|our|first|another|one)(?:[ \t]+first)?[ \t]+(?:(?:\d{1,2}:)?\d{1,2}:[0-5]\d[ \t]+|sub-?\d{1,2}(?::\d{2})?[ \t]+)?$/i;
const RACE_DISTANCE = /^\d{1,3}[kK]$/;

/**
 * A span written as an adjective of the time it measures (`a 24-hour response time`, `a 48-hour turnaround`, `a 2-day
 * average resolution time`): the level that time should hold. Before any other noun (`24-hour support`, `7-day
 * retention`, `a 5-day course`) it names a kind of thing, no level.
 */
const TIME_AS_LEVEL_RE = /(?<![\p{L}\p{N}.\-])(\d{1,3}(?:\.\d)?)-(second|minute|hour|day|week)(?=[ \t]+(?:(?:average|avg\.?|median|mean|max(?:imum)?|first)[ \t]+)?(?:(?:response|resolution|reply|lead|cycle|wait(?:ing)?|delivery|processing|approval|review|repair|recovery|fulfil?ment)[ \t]+times?\b|turnaround\b|response\b|SLA\b))/gu;

/** A rating written as an adjective of what is rated (`an average 4-star review`, `a 4.5-star rating`): the level it should hold. */
const RATING_AS_LEVEL_RE = /(?<![\p{L}\p{N}.\-])(\d(?:\.\d{1,2})?)-stars?(?![\p{L}\p{N}-])/gu;

function readQuantities(text: string): readonly QuantityMatch[] {
  let found: QuantityMatch[] = [];
  const links = linkTextSpans(text);
  const inLink = (index: number) => insideSpan(links, index);
  for (const m of matchesOf(QUANTITY_RE, text)) {
    const groups = m.groups ?? {};
    const index = m.index ?? 0;
    const read = readMatch(groups, m[0]);
    if (!read || isEmbedded(text, index, read.length, groups) || isDatePart(text, index, groups, read.quantity) || inLink(index)) continue;
    const raw = m[0].slice(0, read.length).trim();
    // "Run a 5k in less than 30 minutes": the race is named by its distance, which is no level to reach.
    if (RACE_DISTANCE.test(raw) && RACE_NAME_BEFORE.test(text.slice(Math.max(0, index - 40), index))) continue;
    const match: QuantityMatch = { quantity: withRaw(read.quantity, raw), index, length: read.length };
    const threshold = thresholdAfter(text, index + read.length, groups);
    if (threshold) match.threshold = threshold;
    found.push(match);
  }
  for (const m of matchesOf(SCORE_OUT_OF_RE, text)) {
    const index = m.index ?? 0;
    const [value, scale] = [Number(m[1]), Number(m[2])];
    if (value > scale || inLink(index)) continue;
    // "4.5/5": one score on a scale, not the numbers either side of the slash.
    for (let i = found.length - 1; i >= 0; i--) if (found[i]!.index >= index && found[i]!.index < index + m[0].length) found.splice(i, 1);
    found.push({ quantity: { value, unit: `/${scale}`, raw: m[0] }, index, length: m[0].length });
  }
  // "1:5 ratio of students to leaders": a ratio to reach, where the writer names it so (a clock time, `10:30`, stays none).
  for (const m of matchesOf(RATIO_RE, text)) {
    const index = m.index ?? 0;
    // Numbers that could tell the time (`10:30`) are a ratio only right beside the word.
    const after = text.slice(index + m[0].length, index + m[0].length + 60);
    const clockLike = Number(m[1]) < 24 && /^[0-5]\d$/.test(m[2]!);
    const named = (clockLike ? /^[ \t]+ratio\b/i.test(after) : RATIO_AFTER.test(after)) || RATIO_BEFORE.test(text.slice(Math.max(0, index - 12), index));
    if (named && Number(m[2]) > 0 && !inLink(index)) found.push({ quantity: { value: Number(m[1]) / Number(m[2]), raw: m[0] }, index, length: m[0].length });
  }
  // "Run a 1:20:59 half": hours, minutes and seconds are a duration (a clock time, `10:30`, stays none).
  for (const m of matchesOf(DURATION_RE, text)) {
    const index = m.index ?? 0;
    if (!inLink(index)) found.push({ quantity: { value: Number(m[1]) * 3600 + Number(m[2]) * 60 + Number(m[3]), unit: 's', raw: m[0] }, index, length: m[0].length });
  }
  // "Maintain a max 24-hour response time": the span is the level the time it names should hold.
  for (const m of matchesOf(TIME_AS_LEVEL_RE, text)) {
    const index = m.index ?? 0;
    if (!inLink(index)) found.push({ quantity: { value: Number(m[1]), unit: `${m[2]}s`, raw: m[0] }, index, length: m[0].length });
  }
  // Most texts hold no rating: one look for its mark spares the pattern's scan.
  for (const m of text.includes('-star') ? matchesOf(RATING_AS_LEVEL_RE, text) : []) {
    const index = m.index ?? 0;
    if (!inLink(index)) found.push({ quantity: { value: Number(m[1]), unit: 'star', raw: m[0] }, index, length: m[0].length });
  }
  // "Increase avg. time on page from 3:00 to 4:00": minutes and seconds after a time spent on something, or before a race
  // ("Run a 17:59 5K"); a clock time (`at 9:30`, `by 17:00`) names no time spent.
  for (const m of matchesOf(MINUTES_SECONDS_RE, text)) {
    const index = m.index ?? 0;
    const timeSpent = TIME_SPENT_BEFORE.test(text.slice(Math.max(0, index - 80), index)) || RACE_AFTER.test(text.slice(index + m[0].length, index + m[0].length + 20));
    if (!inLink(index) && timeSpent) found.push({ quantity: { value: Number(m[1]) * 60 + Number(m[2]), unit: 's', raw: m[0] }, index, length: m[0].length });
  }
  for (const m of matchesOf(WORD_QUANTITY_RE, text)) {
    const groups = m.groups ?? {};
    const index = m.index ?? 0;
    const read = readMatch(groups, m[0]);
    if (!read || !isCountWord(text, index, groups, read.quantity.unit) || inLink(index)) continue;
    const match: QuantityMatch = { quantity: withRaw(read.quantity, m[0].slice(0, read.length).trim()), index, length: read.length, spelled: true };
    const threshold = thresholdAfter(text, index + read.length, groups);
    if (threshold) match.threshold = threshold;
    found.push(match);
  }
  // "CAC / LTV < 1/3": a fraction after a bound is a ratio to stay under or over.
  for (const m of matchesOf(FRACTION_AFTER_BOUND_RE, text)) {
    const index = (m.index ?? 0) + m[0].length - m[1]!.length;
    const [numerator, denominator] = m[1]!.split('/').map((part) => Number(part.trim()));
    if (!inLink(index) && denominator) found.push({ quantity: { value: numerator! / denominator, raw: m[1]! }, index, length: m[1]!.length });
  }
  // "Read a book a month", "one post a week" counted by the article: one of a thing on each period.
  const readAt = new Set(found.map((f) => f.index));
  for (const m of matchesOf(ONE_A_PERIOD_RE, text)) {
    const index = m.index ?? 0;
    // "One post per week" is read already, as a number word.
    if (!inLink(index) && !readAt.has(index)) found.push({ quantity: { value: 1, unit: m[1]!.toLowerCase(), raw: m[0] }, index, length: m[0].length, spelled: true });
  }
  for (const m of matchesOf(SPELLED_RE, text)) {
    const match = readSpelled(text, m);
    if (match && !inLink(match.index)) found.push(match);
  }
  const percentsBefore: QuantityMatch[] = [];
  // `%95`: one percentage, not the bare number after the sign; the places the sign's numbers cover, to drop those read alone.
  const coveredBySign = new Set<number>();
  for (const m of matchesOf(PERCENT_BEFORE_RE, text)) {
    const index = m.index ?? 0;
    if (inLink(index)) continue;
    for (let at = index + 1; at < index + m[0].length; at++) coveredBySign.add(at);
    percentsBefore.push({ quantity: { value: Number(m[1]!.replace(',', '.')), unit: '%', raw: m[0] }, index, length: m[0].length });
  }
  if (percentsBefore.length > 0) found = [...found.filter((f) => !coveredBySign.has(f.index)), ...percentsBefore];
  // Numerals before a counter in Chinese and Korean, and `20w` (万, written with the first letter of its pinyin, `wàn`)
  // in Chinese text.
  const addCounts = (re: RegExp, quantityOf: (m: RegExpMatchArray) => Omit<Quantity, 'raw'>, spelled: boolean): void => {
    for (const m of matchesOf(re, text)) {
      const index = m.index ?? 0;
      if (!inLink(index)) found.push({ quantity: withRaw(quantityOf(m), m[0]), index, length: m[0].length, ...(spelled ? { spelled } : {}) });
    }
  };
  addCounts(CJK_COUNT_RE, (m) => ({ value: cjkNumeralValue(m[1] ?? m[3]!), unit: m[2] ?? m[4]! }), true);
  if (HAN.test(text)) addCounts(WAN_BY_LETTER_RE, (m) => ({ value: Number(m[1]!) * 10_000 }), false);
  addCounts(KOREAN_COUNT_RE, (m) => ({ value: KOREAN_NUMERALS[m[1] ?? m[3]!]!, unit: m[2] ?? m[4]! }), true);
  // `100퍼센트`, `80 パーセント`: the percent sign written as a word in Korean and Japanese.
  let read = PERCENT_WORD.test(text) ? found.map((match) => withPercentWordAfter(text, match)) : found;
  if (/magnitude/i.test(text)) read = withMultiplierPhrases(text, read, inLink, ORDERS_OF_MAGNITUDE_RE, (count) => 10 ** (MAGNITUDE_ORDERS[count] ?? Number(count)));
  if (/factor/i.test(text)) read = withMultiplierPhrases(text, read, inLink, FACTOR_OF_RE, (count) => FACTOR_COUNTS[count] ?? Number(count));
  return Object.freeze(read.sort((a, b) => a.index - b.index));
}

/** The percent sign written as a word in Korean and Japanese (`100퍼센트`, `80 パーセント`). */
export const PERCENT_WORDS = '퍼센트|パーセント';
const PERCENT_WORD = new RegExp(PERCENT_WORDS, 'u');
const PERCENT_WORD_AFTER = new RegExp(`^[ \\t]?(?:${PERCENT_WORDS})`, 'u');

/** A number with no unit, right before the percent sign written as a word (`100퍼센트`), read as that percentage. */
function withPercentWordAfter(text: string, match: QuantityMatch): QuantityMatch {
  const end = match.index + match.length;
  const word = match.quantity.unit === undefined ? PERCENT_WORD_AFTER.exec(text.slice(end, end + 8)) : null;
  if (!word) return match;
  const length = match.length + word[0].length;
  return { ...match, quantity: { value: match.quantity.value, unit: '%', raw: text.slice(match.index, match.index + length) }, length };
}

/**
 * The matches with each multiplier phrase ("N orders of magnitude", "a factor of N") read as one multiplier, in place of
 * the count read inside it; `value` turns the phrase's count into the multiplier.
 */
function withMultiplierPhrases(text: string, found: QuantityMatch[], inLink: (index: number) => boolean, phrase: RegExp, value: (count: string) => number): QuantityMatch[] {
  let kept = found;
  for (const m of text.matchAll(phrase)) {
    const index = m.index ?? 0;
    if (inLink(index)) continue;
    const count = m.groups!.count!.toLowerCase();
    kept = kept.filter((q) => q.index < index || q.index >= index + m[0].length);
    kept.push({ quantity: { value: value(count), unit: 'x', raw: m[0] }, index, length: m[0].length, spelled: !/\d/.test(count) });
  }
  return kept;
}

/** A field value that must be a quantity as a whole: `10 days`, `45%`, `$2M`, `1.2k`, `0.35`, `-5`, `two hours`. */
export function parseQuantity(text: string): Quantity | undefined {
  const trimmed = text.trim();
  const value = withoutClosingAside(withoutValueMarks(westernNumerals(trimmed)).replace(SHARE_DESCRIBED, '$1')).replace(DECIMAL_COMMA, '$1.$2');
  const m = FIELD_QUANTITY_RE.exec(value) ?? FIELD_WORD_QUANTITY_RE.exec(value);
  // A range (`5-6 days`) is no single value to compute progress from.
  if (!m?.groups) return valueInShort(value, trimmed);
  if (m.groups.num2 !== undefined) return undefined;
  const read = readMatch(m.groups, m[0]);
  return read ? withRaw(read.quantity, trimmed) : undefined;
}

/** `3-5`, `€5.000-15.000`, `60-80%`: a range, a quantity though no single value to compute progress from. */
export function isQuantityRange(text: string): boolean {
  const value = withoutValueMarks(westernNumerals(text.trim()));
  const groups = FIELD_QUANTITY_RE.exec(value)?.groups;
  return groups?.num2 !== undefined && !isYearRange(groups);
}

/**
 * A value as people write it in Japanese, Chinese or Korean: a counter (`10件`, `3人`, `100명`), a scale (`50万`), a
 * currency after the number (`円`, `元`), and a bound after it all (`5社以上`, `80%以上`, `100명 이상`): the bound is how
 * the statement reads it, as for `≥ 5`.
 */
const CJK_VALUE = new RegExp(String.raw`^(?<num>${NUMBER})(?<scale>[万萬億亿千])?(?:(?<cur>[円元])|(?<pct>%|[ \t]?(?:${PERCENT_WORDS}))|(?<counter>[件人社個个回名本篇次位家项項台枚冊册章店点倍]|개|명|건|회|곳|時間|ヶ月|か月|カ月))?[ \t]?(?:以上|以下|以内|及以上|이상|이하)?$`, 'u');
const CJK_SCALES: Record<string, number> = { 万: 1e4, 萬: 1e4, 億: 1e8, 亿: 1e8, 千: 1e3 };

/** A rate in short (`500/mo`, `$20k/mo`, `10/mês`, `3/week`): the unit says per what. */
const RATE_IN_SHORT = new RegExp(String.raw`^(?<cur>${CURRENCY})?(?<num>${NUMBER})(?<scale>[kKmM])?[ \t]?\/[ \t]?(?<per>mo|mon|month|mês|mes|mois|monat|月|wk|week|semana|semaine|woche|周|週|d|day|día|dia|jour|tag|天|日|yr|year|año|ano|an|jahr|年|q|qtr|quarter)\.?$`, 'iu');
const PERIODS_IN_SHORT: [RegExp, string][] = [
  [/^(?:mo|mon|month|mês|mes|mois|monat|月)$/i, 'month'],
  [/^(?:wk|week|semana|semaine|woche|周|週)$/i, 'week'],
  [/^(?:d|day|día|dia|jour|tag|天|日)$/i, 'day'],
  [/^(?:yr|year|año|ano|an|jahr|年)$/i, 'year'],
  [/^(?:q|qtr|quarter)$/i, 'quarter'],
];

function valueInShort(value: string, raw: string): Quantity | undefined {
  const cjk = CJK_VALUE.exec(value)?.groups;
  if (cjk && (cjk.scale || cjk.cur || cjk.pct || cjk.counter || value !== cjk.num)) {
    const number = Number(cjk.num!.replace(/,/g, '')) * (cjk.scale ? CJK_SCALES[cjk.scale]! : 1);
    const unit = cjk.cur ? '¥' : cjk.pct ? '%' : cjk.counter;
    return withRaw(unit ? { value: number, unit } : { value: number }, raw);
  }
  const rate = RATE_IN_SHORT.exec(value)?.groups;
  if (!rate) return undefined;
  const scale = rate.scale === undefined ? 1 : /^m$/i.test(rate.scale) ? 1e6 : 1e3;
  const per = PERIODS_IN_SHORT.find(([words]) => words.test(rate.per!))![1];
  return withRaw({ value: Number(rate.num!.replace(/,/g, '')) * scale, unit: `${rate.cur ?? ''}/${per}` }, raw);
}

/**
 * `11,6%`, `2,5 días`: a decimal comma, as Spanish, Portuguese, French and German write it (one or two digits after the
 * comma; three are a thousands group, `1,000`).
 */
const DECIMAL_COMMA = /^([~≈]?\s?(?:[$€£¥R]\$?\s?)?\d+),(\d{1,2})(?![\d,])/u;

/** `90% of issues reviewed within 2 working days`: a share, then what it is of; the share is the value. */
const SHARE_DESCRIBED = /^([^\s%]{1,12}%)\s+of\s.*$/su;
/** `100% (all skills)`: an aside closing the value explains it. Read from the end, in one pass. */
function withoutClosingAside(value: string): string {
  const open = value.lastIndexOf('(');
  return value.endsWith(')') && open > 0 && value.indexOf(')', open) === value.length - 1 ? value.slice(0, open).trimEnd() : value;
}

/**
 * `**50** ✅`, `>40%`, `≤ 2`: a value as a table cell writes it, in bold, with a mark that it is met, or as a bound. The
 * quantity is the number; the bound is how the key result's statement reads it.
 */
const BOUND_BEFORE_VALUE = new RegExp(String.raw`^(?:>=|<=|[<>≤≥])[ \t]*(?=\d|\.|${CURRENCY})`, 'u');

/** `Currently 3`, `about 40%`, `approx. $2M`: a word saying the value is today's, or near it, before the number. */
const WORD_BEFORE_VALUE = new RegExp(String.raw`^(?:currently|now|today|at[ \t]+present|about|around|roughly|approx(?:imately|\.)?)[ \t]+(?=\d|\.\d|${CURRENCY})`, 'iu');

function withoutValueMarks(value: string): string {
  const mark = /[✅✔☑✓❌⚠]\uFE0F?$/u.exec(value);
  return (mark ? value.slice(0, mark.index).trimEnd() : value)
    .replace(/^(\*\*|__)(.+)\1$/, '$2')
    .replace(BOUND_BEFORE_VALUE, '')
    .replace(WORD_BEFORE_VALUE, '');
}

/** A number from 0 to 1 (`0.6`, also `60%`), as Confidence and Score take. */
export function parseUnitInterval(text: string): number | undefined {
  // `Score: 0.`, `Score: 0.7.`: a full stop closing the value ends the number or the sentence, no digit of it.
  const q = parseQuantity(text.trim().replace(/(?<=\d)\.$/, ''));
  if (!q) return undefined;
  const value = q.unit === '%' ? q.value / 100 : q.value;
  if (q.unit && q.unit !== '%') return undefined;
  return value >= 0 && value <= 1 ? value : undefined;
}

/** Korean, Japanese and Chinese words of a fall and a rise, which no word boundary marks off. */
const CJK_DECREASE = '감소|단축|절감|削減|減少|短縮|低減|减少|降低|缩短|下降';
const CJK_INCREASE = '증가|향상|상승|증대|확대|増加|向上|上昇|提升|提高|增加|增长';
const DECREASE_VERBS = new RegExp(String.raw`\b(?:reduce|reducing|reduction|cut|cutting|lower|decrease|shrink|drop|halve|minimi[sz]e|eliminate|bring down|shorten|slash|trim)\b|${CJK_DECREASE}`, 'i');
const INCREASE_VERBS = new RegExp(String.raw`\b(?:raise|increase|grow|growth|lift|boost|double|triple|quadruple|expand|maximi[sz]e|improvement|uplift)\b|${CJK_INCREASE}`, 'i');

/**
 * Which way a key result's title wants its metric to move: `1` up ("Raise", "Grow"),
 * `-1` down ("Reduce", "Cut"), `0` when the title does not say.
 */
export function titleDirection(title: string): -1 | 0 | 1 {
  const down = DECREASE_VERBS.exec(title);
  const up = INCREASE_VERBS.exec(title);
  if (down && (!up || down.index < up.index)) return -1;
  return up ? 1 : 0;
}

/** "20% reduction in …", "a 30% increase in …": a change of that size, as "by 20%" says. */
const CHANGE_NOUN_AFTER = /^[ \t]+(?:(?:daily|weekly|monthly|quarterly|yearly|annual)[ \t]+)?(?:reduction|decrease|drop|decline|increase|growth|rise|improvement|uplift|lift|gain)\b/i;

/** `now`: a level said to stand now in an aside after the target ("(currently 600)", "(baseline: 32)"), a baseline. */
type Cue = 'from' | 'now' | 'to' | 'arrow' | 'by' | 'per' | 'at-least' | 'at-most' | undefined;

const AT_MOST = /(?:^|[^\p{L}])(?:no more than|not more than|at most|at the most|under|below|less than|fewer than|within|max(?:imum)?(?: of)?|≤|<=|<)$/u;
/** A tolerance sign before a number (`±5%`, `+/- 5% drift`): a bound at most where no other cue stands before it. */
const TOLERANCE_SIGN = /(?:±|\+\/-|\+-)$/u;
const AT_LEAST = /(?:^|[^\p{L}])(?:at least|at minimum|min(?:imum)?(?: of)?|more than|greater than|over|above|exceeding|≥|>=|(?<![-=])>)$/u;

/** A counter Korean and Japanese write right after a number (`100명`, `4초`, `100人`, `3件`), before a particle. */
const CJK_COUNTER = '(?:점|명|건|개|초|분|시간|일|주|개월|배|원|회|번|달러|人|件|個|秒|分|時間|日|週|か月|ヶ月|カ月|倍|円|回|点|名|社)?';
/** Korean and Japanese say "from" after the number (`2%에서`, `100명부터`, `100人から`). */
const FROM_AFTER = new RegExp(`^${CJK_COUNTER}(?:에서|부터|から)`, 'u');
/** …and "to" likewise (`4%로`, `300명으로`, `4%까지`, `300人へ`, `2%まで`), a particle no word goes on from (`로그인` is "login"). */
const TO_AFTER = new RegExp(`^${CJK_COUNTER}(?:으로|로|까지|へ|まで)(?!\\p{Script=Hangul})`, 'u');
/** Chinese says them before it (`从2%提升到4%`, `降至2%`). */
const FROM_BEFORE_HAN = /从$/u;
/** `到` closing a verb of getting (`拿到`, `得到`, `收到`, `找到`, `做到`) belongs to the verb: what is got is counted. */
const TO_BEFORE_HAN = /(?<![拿得收找做遇听看学])到$|至$/u;

/** The cue written after a quantity, as Korean and Japanese write "from" and "to", or before it in Chinese. */
function cjkCue(title: string, q: QuantityMatch): Cue {
  const after = title.slice(q.index + q.length, q.index + q.length + 8);
  const before = title.slice(Math.max(0, q.index - 3), q.index).trimEnd();
  // `6월 15일까지`, `6月15日まで`: a day of a month before "until" is a deadline; days counted (`7일에서`) and "monthly" (`월 500명`) are no date.
  const dayOfMonth = /[월月]$/u.test(before) && /^[일日]/u.test(after);
  const monthOfDay = /^[월月][ \t]?\d{1,2}[ \t]?[일日]/u.test(after);
  if (dayOfMonth || monthOfDay) return undefined;
  if (FROM_AFTER.test(after) || FROM_BEFORE_HAN.test(before)) return 'from';
  if (TO_AFTER.test(after) || TO_BEFORE_HAN.test(before)) return 'to';
  return undefined;
}

/** A change of that size in Korean or Japanese, written after the number (`30% 증가`, `50% 단축`, `20%削減`)… */
const CJK_CHANGE_AFTER = new RegExp(`^${CJK_COUNTER}[ \\t]*(?:증가|향상|상승|증대|확대|감소|단축|절감|개선|増加|向上|上昇|削減|減少|短縮|低減|改善)`, 'u');
/** …or in Chinese, the verb right before it (`提升30%`; `提升到30%` is a level). */
const CJK_CHANGE_BEFORE = /(?:提升|提高|增加|增长|降低|减少|缩短|下降|改善)$/u;

/** "20% reduction", "30% 증가", "提升30%": a change of the quantity's size. */
function isChangeOfSize(title: string, q: QuantityMatch): boolean {
  // "300 (+100% growth) subscribers": an aside that explains the target is no target of its own.
  if (title[q.index - 1] === '(') return false;
  const after = title.slice(q.index + q.length, q.index + q.length + 32);
  return CHANGE_NOUN_AFTER.test(after) || CJK_CHANGE_AFTER.test(after) || CJK_CHANGE_BEFORE.test(title.slice(Math.max(0, q.index - 2), q.index));
}

/** An arrow to words, no number: `→ same day`, `-> instant`. */
const MOVED_TO_WORDS = /^[ \t]*(?:→|⟶|->|=>)[ \t]*(?![\d$€£¥.,+-])\p{L}/u;

/** What the words around a quantity make of it: a threshold written after it (`50+`, `10 or more`) wins over a plain "to". */
function cueOf(title: string, q: QuantityMatch): Cue {
  // "by more than 60% (3-5 days → same day)": an aside opening on a number moved to a level no number says names where the metric stands now.
  if (/\(\s*$/.test(title.slice(Math.max(0, q.index - 3), q.index)) && MOVED_TO_WORDS.test(title.slice(q.index + q.length, q.index + q.length + 12))) return 'now';
  const changeOfSize = isChangeOfSize(title, q);
  const cue = changeOfSize ? 'by' : (cueBefore(title, q.index) ?? cjkCue(title, q));
  if (q.threshold && cue !== 'from' && cue !== 'now' && cue !== 'per' && cue !== 'by') return q.threshold;
  return cue;
}

/**
 * "to 80% from current 50%", "from the current 50%", "from today's 50%", "from avg. 2 minutes", "from an average of 2
 * minutes", "in five days instead of three weeks", "to 4 minutes, down from 12": where the metric stands now, named after
 * the target, as the average it is or as what the target replaces.
 */
const FROM_WHERE_IT_STANDS = /\bfrom\s+(?:(?:the\s+)?(?:current|present|today['’]s)|(?:an?\s+|the\s+)?(?:avg\.?|average|median|mean)(?:\s+of)?)$|\b(?:instead\s+of|rather\s+than|(?:up|down)\s+from)$/;

/**
 * "(baseline: 32)", "(currently 600)", "(currently approaching 400)", "(was 91%)", "(today: 2.4s)", "(vs 22% last quarter)",
 * "(now: 25 minutes)", "(It flattened out at 10,000 sessions …)", "(up from 40)": an aside after the target saying where
 * the metric stands now, exactly or roughly.
 */
const STANDS_NOW = /\(\s*(?:baseline|currently(?:\s+at)?(?:\s+(?:approaching|nearly|almost|about|around|roughly|close\s+to))?|current(?:\s+level)?|was|today|now|vs\.?|versus|(?:up|down)\s+from|(?:it(?:['’]s|\s+has|\s+is)?\s+)?(?:flattened(?:\s+out)?|plateaued|stalled|stuck|hover(?:ed|ing)|sat|sitting|stayed|stood|been)\s+(?:at|around|near|about))\s*[:=]?$/;

/**
 * "documentation composed by 7+ contributors", "a release used by 40 teams": "by" after a participle names who does it,
 * not how much a metric moves; "increased by 20%" keeps it as a change.
 */
const BY_AGENT = /\b(?!(?:increas|decreas|reduc|rais|improv|lower|boost|lift|grow|expand|shrink|cut|drop|climb|fall|rise|jump|declin|accelerat|slow|spe|shorten|lengthen|widen|narrow|tighten|deepen|broaden|strengthen|weaken|halv|doubl|tripl|multipl|scal|shift|mov|chang|adjust|exceed|beat|outperform|surpass|miss)\w*\s+by$)\p{L}+(?:ed|en|wn|ne|ght)\s+by$/u;

/** The arrows a move from one number to another is written with (`10 days → 5 days`, `4h -> 30min`). */
const ARROW = /→|⟶|->|=>/u;
const ARROW_BEFORE = new RegExp(`(?:${ARROW.source})$`, 'u');

const FOREIGN_FROM = /^(?:de|da|von|van)$/;
const FOREIGN_TO = /^(?:a|à|para|auf|zu|naar)$/;
/** The quantity, then the word for "to" and another number (`2.5% a 4.5%`). */
const FOREIGN_TO_AFTER = new RegExp(String.raw`^${CURRENCY}?\d[\d.,]*[ \t]?\S{0,12}[ \t]+(?:a|à|para|auf|zu|naar)[ \t]+${CURRENCY}?\d`, 'i');
/** The word for "from", a number, and the word for "to" right before this quantity (`de 2.5% a`). */
const FOREIGN_FROM_BEFORE = new RegExp(String.raw`\b(?:de|da|von|van)[ \t]+${CURRENCY}?\d[\d.,]*[ \t]?\S{0,12}[ \t]+(?:a|à|para|auf|zu|naar)$`);

/** What the words right before a quantity make of it. */
function cueBefore(title: string, index: number): Cue {
  // The longest cue is a few words long; looking further back only costs time.
  const written = title.slice(Math.max(0, index - 30), index).toLowerCase().trimEnd().replace(/[~≈]$/u, '').trimEnd();
  // "from ±10% to ±5%": the cue stands before the sign; "a check for +/- 5% drift": the sign is the cue.
  const before = written.replace(TOLERANCE_SIGN, '').trimEnd();
  if (before !== written) return cueWritten(title, index, before) ?? 'at-most';
  return cueWritten(title, index, before);
}

function cueWritten(title: string, index: number, before: string): Cue {
  if (ARROW_BEFORE.test(before)) return 'arrow';
  if (STANDS_NOW.test(before)) return 'now';
  if (AT_MOST.test(before)) return 'at-most';
  if (AT_LEAST.test(before)) return 'at-least';
  const word = wordBefore(title, index);
  if (word === 'from' || FROM_WHERE_IT_STANDS.test(before)) return 'from';
  // `de 2.5% a 4.5%`, `de 70% para 40%`, `von 3 auf 5`: a move written in Spanish, Portuguese, French, Italian, German or Dutch.
  if (FOREIGN_FROM.test(word) && FOREIGN_TO_AFTER.test(title.slice(index, index + 40))) return 'from';
  if (FOREIGN_TO.test(word) && FOREIGN_FROM_BEFORE.test(before)) return 'to';
  if (word === 'by') return BY_AGENT.test(before) ? undefined : 'by';
  if (word === 'to') return 'to';
  if (word === 'per' || word === 'every') return 'per';
  return undefined;
}

/** "Grow referral revenue 3-fold": a relative target findQuantities leaves alone (`3-fold` is written like an adjective). */
function multiplierOf(title: string): KrNumbers | undefined {
  const fold = /(?<![\p{L}\p{N}.])(\d+(?:\.\d+)?)[-\s]?fold\b/iu.exec(title);
  if (!fold) return undefined;
  const value = Number(fold[1]);
  return { target: { value, unit: 'x', raw: fold[0] }, relative: value >= 1 ? 'increase' : 'decrease' };
}

function withCue(numbers: KrNumbers, cue: Cue, title: string): KrNumbers {
  if (cue === 'at-least' || cue === 'at-most') numbers.threshold = cue;
  else if (cue === 'by') numbers.relative = titleDirection(title) < 0 ? 'decrease' : 'increase';
  else if (numbers.target?.unit === 'x') numbers.relative = numbers.target.value >= 1 ? 'increase' : 'decrease';
  return numbers;
}

/**
 * How a key result title states its target: `from-to` ("from 10 days to 5 days"), `to` ("to 35%"),
 * `relative` ("by 20%", "Double …", "2x"), `threshold` ("at least 50", "under 2 hours"),
 * `bare` (a lone quantity: "Sign 3 design partners"), or `baseline-only` ("from 10 days").
 */
export type KrTargetForm = 'from-to' | 'to' | 'relative' | 'threshold' | 'bare' | 'baseline-only';

/** The numbers of a key result title together with the form that states them. */
export interface KrTitle extends KrNumbers {
  form?: KrTargetForm;
}

function formOf(numbers: KrNumbers, cue: Cue, hasBaseline: boolean): KrTargetForm {
  if (numbers.relative) return 'relative';
  if (numbers.threshold) return 'threshold';
  if (hasBaseline) return 'from-to';
  return cue === 'to' ? 'to' : 'bare';
}

/**
 * Reads a key result title: "from 10 days to 5 days", "to 35%", "by 20%" (relative),
 * "at least 50" / "50+" / "10 or more" / "under 2 hours" (thresholds), "Double signups",
 * "Signups double", "10 days → 5 days",
 * or a lone quantity taken as the target.
 * A quantity after "per" or "every" ("tickets per 1000 users") is a denominator, never the target.
 */
export function readKrTitle(title: string): KrTitle {
  return readTitle(title).title;
}

/** A title's reading, with and without its form (asked of every key result by several rules: made once). */
interface TitleReading {
  title: KrTitle;
  numbers: KrNumbers;
}

function readTitle(title: string): TitleReading {
  return titlesRead.get(title, readTitleWithForm);
}

function readTitleWithForm(title: string): TitleReading {
  const whole = deepFreeze(readTitleUncached(title));
  const { form: _form, ...numbers } = whole;
  return { title: whole, numbers: Object.freeze(numbers) };
}

/** Several rules and the graph read the same titles; reading one costs tens of microseconds. */
const titlesRead = new LastRead<string, TitleReading>(5000);

function deepFreeze(title: KrTitle): KrTitle {
  if (title.baseline) Object.freeze(title.baseline);
  if (title.target) Object.freeze(title.target);
  return Object.freeze(title);
}

/**
 * ", enabled by the outputs of reaching level 3", ", thanks to 2 new hires": a clause naming what makes the result
 * possible. Its numbers belong to the means, not to the result the key result states.
 */
const MEANS_CLAUSE = /,\s*(?:(?:enabled|made\s+possible|driven|powered)\s+by|thanks\s+to)\b/i;

/** The title up to a clause naming the means of its result. */
function resultPart(title: string): string {
  const means = MEANS_CLAUSE.exec(title);
  return means ? title.slice(0, means.index) : title;
}

/** Units of a measure, any of which a move may be written in: time, money, shares, sizes. */
const UNIT_OF_MEASURE = new RegExp(String.raw`^(?:%|pp|points?|x|${CURRENCY}|ms|s|secs?|seconds?|min|mins|minutes?|h|hrs?|hours?|d|days?|wks?|weeks?|mo|mos|months?|quarters?|years?|yrs?|kb|mb|gb|tb)$`);

/**
 * "Revenue grows 2x. => 1.8x", "Hire 20 engineers => 18 hired": an arrow right before a number that follows no number of
 * the same measure (the statement's full stop, or a count of something else) reports the result reached; "NPS 30 → 45"
 * moves from one number to the next, "Share of projects → 80%" points at the target, and "from Started → Completed" names
 * a span. The title up to such an arrow.
 */
function withoutReportedResult(title: string): string {
  const arrow = ARROW.exec(title);
  if (!arrow) return title;
  const before = title.slice(0, arrow.index).trimEnd();
  const from = findQuantities(before).at(-1);
  const after = title.slice(arrow.index + arrow[0].length);
  const to = findQuantities(after)[0];
  // "from Bounty Started → Bounty Completed": an arrow between words names a span, no result.
  if (!to || after.slice(0, to.index).trim() !== '') return title;
  // "% of projects that adopt the policy → 80%": an arrow after a metric named with no number points at its target.
  if (from === undefined && !before.endsWith('.')) return title;
  const followsANumber = from !== undefined && from.index + from.length >= before.length - 1 && !before.endsWith('.');
  // "20 engineers => 18 hired": a number of something else after the arrow is what came of it; "4h -> 30min" is one measure.
  const [fromUnit, toUnit] = [from?.quantity.unit?.toLowerCase(), to.quantity.unit?.toLowerCase()];
  const sameMeasure = !fromUnit || !toUnit || fromUnit === toUnit || (UNIT_OF_MEASURE.test(fromUnit) && UNIT_OF_MEASURE.test(toUnit));
  return followsANumber && sameMeasure ? title : before;
}

/** Nothing but emphasis or a bullet before a share that opens a title. */
const SHARE_OF_OPENING = /^[^\p{L}\p{N}]*$/u;
/** Units of a span of time within which something counted happens (`within 30 days`, `in under 2 hours`). */
const SPAN_OF_TIME = /^(?:ms|s|secs?|seconds?|mins?|minutes?|h|hrs?|hours?|d|days?|business|working|wks?|weeks?|months?)$/i;

/** Spans of the calendar a deadline is given in (`within 4 months`), not the length of a task or a wait. */
const CALENDAR_SPAN = /^(?:wks?|weeks?|months?|mos?|quarters?|years?|yrs?)$/i;

function readTitleUncached(written: string): KrTitle {
  const title = resultPart(withoutReportedResult(written));
  // "200ms ±10%": a tolerance right after a value is how far it may stray, no number of its own.
  const found = findQuantities(title)
    .filter((q, i, all) => i === 0 || !/^\s*(?:±|\+\/-|\+-)\s*$/u.test(title.slice(all[i - 1]!.index + all[i - 1]!.length, q.index)))
    .map((q) => ({ ...q, cue: cueOf(title, q) }))
    // "Track nutrition for 1 week to establish baseline": days or longer (`TIME_UNITS`, not `for 30 minutes`) after "for",
    // with more said after them, are how long the work goes on; closing the statement they count it ("Practice Mandarin
    // for 182 days").
    .filter((q) => !(q.cue === undefined && TIME_UNITS.test(q.quantity.unit ?? '') && wordBefore(title, q.index) === 'for' && /[\p{L}\p{N}]/u.test(title.slice(q.index + q.length))));
  const fromAt = found.findIndex((q) => q.cue === 'from' || q.cue === 'now');
  if (fromAt >= 0) {
    const baseline = found[fromAt]!;
    const target =
      found.slice(fromAt + 1).find((q) => q.cue !== 'per' && q.cue !== 'from' && q.cue !== 'now') ??
      // "Reach 1,000 weekly developers (currently 600)": the level the aside measures against is the target.
      (baseline.cue === 'now' ? found.slice(0, fromAt).reverse().find((q) => q.cue !== 'per') : undefined) ??
      found.slice(0, fromAt).find((q) => q.cue === 'to' || q.cue === 'at-least' || q.cue === 'at-most') ??
      // "Signups double from 300 a week": the multiplier before "from" is the target.
      found.slice(0, fromAt).find((q) => q.spelled && q.quantity.unit === 'x');
    if (!target) return { baseline: baseline.quantity, form: 'baseline-only' };
    const start = target.cue === 'by' ? baseline.quantity : inheritUnit(baseline.quantity, target.quantity);
    const numbers = withCue({ baseline: start, target: target.quantity }, target.cue, title);
    return { ...numbers, form: formOf(numbers, target.cue, true) };
  }
  // "10 days → 5 days": the quantity before the arrow is the baseline.
  const arrowAt = found.findIndex((q, i) => i > 0 && q.cue === 'arrow');
  if (arrowAt > 0) {
    const target = found[arrowAt]!.quantity;
    return { baseline: inheritUnit(found[arrowAt - 1]!.quantity, target), target, form: 'from-to' };
  }
  // "95% of customers pay their invoices within 30 days": a share opening the title is the level; the time after it says
  // what counts, no bar of its own.
  const shareFirst = found[0]?.quantity.unit === '%' && SHARE_OF_OPENING.test(title.slice(0, found[0].index)) && /^[*_]*\s+of\s/i.test(title.slice(found[0].index + found[0].length));
  // "Achieve 85% message acceptance rate within 4 months": weeks or months allowed after a level are its deadline.
  const firstLevel = found.find((q) => q.cue === undefined)?.index ?? Infinity;
  const deadline = (q: (typeof found)[number]): boolean => q.cue === 'at-most' && q.index > firstLevel && CALENDAR_SPAN.test(q.quantity.unit ?? '');
  const cued = found.find((q) => (q.cue === 'to' || q.cue === 'by' || q.cue === 'at-least' || q.cue === 'at-most') && !(shareFirst && q !== found[0] && q.cue === 'at-most' && SPAN_OF_TIME.test(q.quantity.unit ?? '')) && !deadline(q));
  if (cued) {
    const numbers = withCue({ target: cued.quantity }, cued.cue, title);
    return { ...numbers, form: formOf(numbers, cued.cue, false) };
  }
  const multiplier = multiplierOf(title);
  if (multiplier) return { ...multiplier, form: 'relative' };
  const first = found.find((q) => q.cue !== 'per');
  if (!first) return {};
  const numbers = withCue({ target: first.quantity }, undefined, title);
  return { ...numbers, form: formOf(numbers, undefined, false) };
}

/** The numbers a key result title states (see `readKrTitle`), without the form. */
export function krNumbersFromTitle(title: string): KrNumbers {
  return readTitle(title).numbers;
}

/** "from 45 to 60%" reads the baseline as 45%. */
function inheritUnit(baseline: Quantity, target: Quantity): Quantity {
  if (baseline.unit || !target.unit || target.unit === 'x') return baseline;
  return { ...baseline, unit: target.unit };
}

/**
 * The absolute value a relative target aims at, given the baseline: "by 20%" from 12k is 14.4k,
 * "by 5 points" from 30% is 35%, "Double" from 300 is 600. Undefined when the numbers are not relative.
 */
export function resolveRelativeTarget(baseline: Quantity, numbers: KrNumbers): Quantity | undefined {
  const { target, relative } = numbers;
  if (!target || !relative) return undefined;
  const sign = relative === 'decrease' ? -1 : 1;
  let value: number;
  if (target.unit === 'x') value = baseline.value * target.value;
  else if (target.unit === '%') value = baseline.value * (1 + (sign * target.value) / 100);
  else value = baseline.value + sign * target.value;
  const rounded = Number(value.toPrecision(12));
  const how = target.unit === 'x' ? `${baseline.raw} × ${target.value}` : `${baseline.raw} ${sign < 0 ? '−' : '+'} ${target.raw}`;
  const raw = `${formatValue(rounded, baseline.unit)} (${how})`;
  return baseline.unit === undefined ? { value: rounded, raw } : { value: rounded, unit: baseline.unit, raw };
}

/** A computed value written the way plans write quantities: `$14400`, `45%`, `8 days`. */
function formatValue(value: number, unit: string | undefined): string {
  if (unit === undefined) return String(value);
  if (isMoneyUnit(unit)) return `${unit}${value}`;
  return unit === '%' ? `${value}%` : `${value} ${unit}`;
}

/** True for `YYYY-MM-DD` naming a real calendar day. */
export function isIsoDate(text: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text.trim());
  if (!m) return false;
  const month = Number(m[2]);
  const day = Number(m[3]);
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(Number(m[1]), month);
}

const MONTH_NAMES = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
/** `May 15, 2026`, `Sept. 3 2026`: a month's name, the day, the year. */
const MONTH_DAY_YEAR = /^([a-z]{3,9})\.?[ \t]+(\d{1,2})(?:st|nd|rd|th)?,?[ \t]+(\d{4})$/i;
/** `15 May 2026`, `3rd of September, 2026`. */
const DAY_MONTH_YEAR = /^(\d{1,2})(?:st|nd|rd|th)?(?:[ \t]+of)?[ \t]+([a-z]{3,9})\.?,?[ \t]+(\d{4})$/i;
/** `2026/05/15`, `2026.05.15`: the ISO order with another separator. */
const YEAR_MONTH_DAY = /^(\d{4})[/.](\d{1,2})[/.](\d{1,2})$/;

/**
 * A date as people write one in a `Due` line, as `YYYY-MM-DD`: ISO itself, a month's name with the day and the year (`May
 * 15, 2026`, `15 May 2026`) or the ISO order with slashes or dots; undefined for anything else (`15/05/2026` could be
 * either order, `end of March` has no day).
 */
export function readWrittenDate(text: string): string | undefined {
  const value = text.trim();
  if (isIsoDate(value)) return value;
  let year: string, month: number, day: number;
  const ymd = YEAR_MONTH_DAY.exec(value);
  const mdy = MONTH_DAY_YEAR.exec(value);
  const dmy = DAY_MONTH_YEAR.exec(value);
  if (ymd) [year, month, day] = [ymd[1]!, Number(ymd[2]), Number(ymd[3])];
  else if (mdy) [year, month, day] = [mdy[3]!, monthNumber(mdy[1]!), Number(mdy[2])];
  else if (dmy) [year, month, day] = [dmy[3]!, monthNumber(dmy[2]!), Number(dmy[1])];
  else return undefined;
  const iso = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  return isIsoDate(iso) ? iso : undefined;
}

/** A date written with the month's name or in the ISO order with slashes, real or not (`June 31, 2026`, `2026/02/30`). */
export function hasWrittenDateShape(text: string): boolean {
  const value = text.trim();
  const mdy = MONTH_DAY_YEAR.exec(value);
  const dmy = DAY_MONTH_YEAR.exec(value);
  return YEAR_MONTH_DAY.test(value) || (mdy !== null && monthNumber(mdy[1]!) > 0) || (dmy !== null && monthNumber(dmy[2]!) > 0);
}

/** 1–12 for a month's name or its first three letters or more (`Sept`); 0 for another word. */
function monthNumber(name: string): number {
  const lower = name.toLowerCase();
  return MONTH_NAMES.findIndex((month) => month.startsWith(lower)) + 1;
}

/** Days in a month (1–12) of the proleptic Gregorian calendar, as ISO 8601 dates use. */
function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

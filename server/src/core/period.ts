import { LastRead } from './last-read';
import type { WorkspaceGraph } from './graph';
import type { Plan } from './model';

/**
 * Plan periods, as front matter `period` writes them: a quarter `2026-Q1`, a half `2026-H2`,
 * a year `2026`, or a range of days `2026-01-05..2026-03-27` (both ends included).
 * Dates are `YYYY-MM-DD` strings throughout; they compare as text.
 */
export interface Period {
  /** First day, `YYYY-MM-DD`. */
  start: string;
  /** Last day, `YYYY-MM-DD`, included. */
  end: string;
}

/** A month's name or its abbreviation (`Jan`, `Sept.`, `March`), captured. */
const MONTH = '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';

/**
 * A period written as two dates (`From 12/04/2022 To 12/06/2022`, `2022-04-12 – 2022-06-12`, `April 12, 2022 to June 12,
 * 2022`): the plan is for the time between them.
 */
function dateRange(): string {
  const numeric = String.raw`(?:(?:19|20)\d{2}[-/.]\d{1,2}[-/.]\d{1,2}|\d{1,2}[-/.]\d{1,2}[-/.](?:19|20)\d{2})`;
  const written = String.raw`(?:${MONTH}\s+\d{1,2}(?:st|nd|rd|th)?(?:,?\s+(?:19|20)\d{2})?|\d{1,2}\s+${MONTH}(?:\s+(?:19|20)\d{2})?)`;
  const date = `(?:${numeric}|${written})`;
  return String.raw`(?:from\s+)?${date}\s*(?:[-–—]|to|until|till|through)\s*${date}`;
}

/**
 * A heading that names a period of its own (`# Q1 2023`, `## 2017 Q4 0.54`, `## H1 2025`, `## FY23-Q3`): a file that
 * keeps several periods' objectives (an archive, a roadmap) is one plan per period, and focus is judged per period.
 */
export const PERIOD_HEADING = new RegExp(
  String.raw`^(?:(?=.*\b(?:(?:19|20)\d{2}|FY\d{2}|CY\d{2})\b)(?=.*(?:\bQ[1-4]\b|\bH[12]\b|[-\s]Q[1-4]\b|[-\s]H[12]\b)).{0,60}|${dateRange()})$`,
  'i',
);

/** A heading that names only a year (`## 2018`, `## FY23`): the year's plan, or the year of the quarters named under it. */
export const YEAR_HEADING = /^(?:(?:19|20)\d{2}|FY\d{2}|CY\d{2})$/i;

/**
 * A heading that names only quarters or halves (`### Q1`, `### Q1 & Q2`, `### 第一季度`), maybe with their months in
 * brackets (`## Q1 (Jan–Mar)`): a period once a year heading above gives its year.
 */
export const BARE_PERIOD_HEADING = new RegExp(String.raw`^(?:Q[1-4]|H[12]|第[一二三四1-4]季度|[1-4]분기)(?:\s*(?:&|and|[-–\/,])\s*(?:Q[1-4]|H[12]))*(?:\s*\(${MONTH}\s*[-–—]\s*${MONTH}\))?$`, 'i');

const DAY_MS = 86_400_000;
const pad = (n: number): string => String(n).padStart(2, '0');
const lastDayOf = (year: number, month: number): number => new Date(Date.UTC(year, month, 0)).getUTCDate();

function isCalendarDate(text: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.getUTCFullYear() === Number(m[1]) && d.getUTCMonth() === Number(m[2]) - 1 && d.getUTCDate() === Number(m[3]);
}

/**
 * Reads a period, or undefined when it is none of the accepted forms (or a range that ends before it starts).
 * Case and the dash are forgiving: `2026-q1` and `2026Q1` read as `2026-Q1`.
 */
export function parsePeriod(text: string): Period | undefined {
  const t = text.trim();
  let m = /^(\d{4})-?Q([1-4])$/i.exec(t);
  if (m) {
    const year = Number(m[1]);
    const first = (Number(m[2]) - 1) * 3 + 1;
    return { start: `${m[1]}-${pad(first)}-01`, end: `${m[1]}-${pad(first + 2)}-${pad(lastDayOf(year, first + 2))}` };
  }
  m = /^(\d{4})-?H([12])$/i.exec(t);
  if (m) return m[2] === '1' ? { start: `${m[1]}-01-01`, end: `${m[1]}-06-30` } : { start: `${m[1]}-07-01`, end: `${m[1]}-12-31` };
  m = /^(\d{4})$/.exec(t);
  if (m) return { start: `${m[1]}-01-01`, end: `${m[1]}-12-31` };
  m = /^(\d{4}-\d{2}-\d{2})\s*\.\.\s*(\d{4}-\d{2}-\d{2})$/.exec(t);
  if (m && isCalendarDate(m[1]!) && isCalendarDate(m[2]!) && m[1]! <= m[2]!) return { start: m[1]!, end: m[2]! };
  return undefined;
}

/** True when `date` lies inside the period, both ends included. */
export function periodContains(period: Period, date: string): boolean {
  return date >= period.start && date <= period.end;
}

/** Days since 1970-01-01 of a `YYYY-MM-DD` date, remembered: reports ask for the same few dates many times. */
const dayNumbers = new Map<string, number>();
export function dayNumber(date: string): number {
  let day = dayNumbers.get(date);
  if (day === undefined) {
    if (dayNumbers.size >= 10_000) dayNumbers.clear();
    dayNumbers.set(date, (day = Math.round(Date.parse(`${date}T00:00:00Z`) / DAY_MS)));
  }
  return day;
}

/** Whole days from `a` to `b` (both `YYYY-MM-DD`); negative when `b` comes first. */
export function daysBetween(a: string, b: string): number {
  return dayNumber(b) - dayNumber(a);
}

/** The date `days` days after `date` (before it when negative). */
export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/** True when two periods share at least one day. */
export function periodsOverlap(a: Period, b: Period): boolean {
  return a.start <= b.end && b.start <= a.end;
}

/** The period a plan names: its front matter's, else the one its title or a `Period:` line states. */
export function writtenPeriodOf(plan: Plan): string | undefined {
  return plan.frontMatter?.period ?? plan.statedPeriod?.period;
}

/** The plan's period; a plan that names none takes the nearest parent plan's (front matter `parent`). */
export function effectivePeriod(plan: Plan, graph: WorkspaceGraph): Period | undefined {
  // Most plans name their own period: asked for every plan sharing an objective's text, that answer makes no set.
  const own = writtenPeriodOf(plan);
  if (own !== undefined) return periodsRead.get(own, parsePeriod);
  const seen = new Set<Plan>();
  for (let p: Plan | undefined = plan; p && !seen.has(p); p = graph.parentPlan(p)) {
    seen.add(p);
    const written = writtenPeriodOf(p);
    if (written !== undefined) return periodsRead.get(written, parsePeriod);
  }
  return undefined;
}

/** A workspace writes few periods, and `duplicate-objective` asks for the period of every plan sharing an objective's text. */
const periodsRead = new LastRead<string, Period | undefined>(256);

/** A period as a person writes it in a title or a `Period:` line: where it stands in the text, and the form `parsePeriod` reads. */
export interface PeriodMention {
  /** `2026-Q2`, `2026-H1`, `2026`, or a range of days. */
  period: string;
  index: number;
  length: number;
}

const YEAR = '((?:19|20)\\d{2})';
const JOINED = '[ \\t]{0,2}(?:[-–—&/,]|to|and|through)[ \\t]{0,2}';
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const lastDay = (year: number, month: number): string => `${year}-${pad(month)}-${pad(lastDayOf(year, month))}`;
/** Quarters or halves `first` to `last` of a year: one (`2026-Q2`) or a run of them, as days. */
const parts = (year: string, letter: 'Q' | 'H', first: string, last: string | undefined): string | undefined => {
  if (last === undefined || last === first) return `${year}-${letter}${first}`;
  if (last < first) return undefined;
  const months = letter === 'Q' ? 3 : 6;
  return `${year}-${pad((Number(first) - 1) * months + 1)}-01..${lastDay(Number(year), Number(last) * months)}`;
};
const monthOf = (name: string): number => MONTHS.indexOf(name.slice(0, 3).toLowerCase()) + 1;
/** The days from one month's day to another's, the first in its own year if written, else in the last's. */
const daysBetweenWritten = (endYear: string, firstMonth: string, firstDay: string, startYear: string | undefined, lastMonth: string, lastDay: string): string => {
  const day = (year: string, month: string, d: string): string => `${year}-${pad(monthOf(month))}-${pad(Number(d))}`;
  return `${day(startYear ?? endYear, firstMonth, firstDay)}..${day(endYear, lastMonth, lastDay)}`;
};

/** The ways a period is written for people, longest first; each reads its match into the form `parsePeriod` reads. */
const MENTIONS: { pattern: RegExp; read: (m: RegExpExecArray) => string | undefined; yearOnly?: true }[] = [
  { pattern: /\b(\d{4}-\d{2}-\d{2})[ \t]{0,2}(?:\.\.|to|[-–—])[ \t]{0,2}(\d{4}-\d{2}-\d{2})\b/g, read: (m) => `${m[1]}..${m[2]}` },
  { pattern: new RegExp(`\\bQ([1-4])(?:${JOINED}Q([1-4]))?[ \\t]{0,2}[-/,]?[ \\t]{0,2}${YEAR}\\b`, 'gi'), read: (m) => parts(m[3]!, 'Q', m[1]!, m[2]) },
  { pattern: new RegExp(`\\b${YEAR}[ \\t]{0,2}[-/,年]?[ \\t]{0,2}Q([1-4])(?:${JOINED}Q([1-4]))?\\b`, 'gi'), read: (m) => parts(m[1]!, 'Q', m[2]!, m[3]) },
  { pattern: new RegExp(`\\bH([12])(?:${JOINED}H([12]))?[ \\t]{0,2}[-/,]?[ \\t]{0,2}${YEAR}\\b`, 'gi'), read: (m) => parts(m[3]!, 'H', m[1]!, m[2]) },
  { pattern: new RegExp(`\\b${YEAR}[ \\t]{0,2}[-/,]?[ \\t]{0,2}H([12])(?:${JOINED}H([12]))?\\b`, 'gi'), read: (m) => parts(m[1]!, 'H', m[2]!, m[3]) },
  // `April 1 – June 30, 2026`, `Apr 1, 2026 – Jun 30, 2026`, `1 April – 30 June 2026`: a run of days.
  {
    pattern: new RegExp(`\\b${MONTH}[ \\t]{1,2}(\\d{1,2})(?:st|nd|rd|th)?,?(?:[ \\t]{1,2}${YEAR})?${JOINED}${MONTH}[ \\t]{1,2}(\\d{1,2})(?:st|nd|rd|th)?,?[ \\t]{1,2}${YEAR}\\b`, 'gi'),
    read: (m) => daysBetweenWritten(m[6]!, m[1]!, m[2]!, m[3], m[4]!, m[5]!),
  },
  {
    pattern: new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?[ \\t]{1,2}${MONTH}(?:[ \\t]{1,2}${YEAR})?${JOINED}(\\d{1,2})(?:st|nd|rd|th)?[ \\t]{1,2}${MONTH}[ \\t]{1,2}${YEAR}\\b`, 'gi'),
    read: (m) => daysBetweenWritten(m[6]!, m[2]!, m[1]!, m[3], m[5]!, m[4]!),
  },
  {
    pattern: new RegExp(`\\b${MONTH}(?:[ \\t]{1,2}${YEAR})?(?:${JOINED}${MONTH})?[ \\t,]{1,3}${YEAR}\\b`, 'gi'),
    read: (m) => {
      const [first, last] = [monthOf(m[1]!), monthOf(m[3] ?? m[1]!)];
      const [startYear, endYear] = [Number(m[2] ?? m[4]), Number(m[4])];
      if (startYear > endYear || (startYear === endYear && first > last)) return undefined;
      return `${startYear}-${pad(first)}-01..${lastDay(endYear, last)}`;
    },
  },
  { pattern: new RegExp(`\\b${YEAR}[ \\t]{0,2}[-–—/][ \\t]{0,2}${YEAR}\\b`, 'g'), read: (m) => (Number(m[2]) > Number(m[1]) && Number(m[2]) - Number(m[1]) <= 10 ? `${m[1]}-01-01..${m[2]}-12-31` : undefined) },
  // A year alone, not the start of a date or a version (`2026-03-01`, `2026.1`).
  { pattern: new RegExp(`(?<![\\d./-])\\b${YEAR}\\b(?![./-]?\\d)`, 'g'), read: (m) => m[1], yearOnly: true },
];

/** `Q2` or `H1` alone, its year written apart (`Payments OKRs 2026 — Q2`, `Q2 OKRs (as of May 5, 2026)`). */
const BARE_PART = /\b([QH])([1-4])\b/gi;
/** A fiscal year starts where each organisation says: its quarters are not the calendar's. */
const FISCAL = /\bFY[ \t]?\d|\bFY\b|\bfiscal\b/i;
/** Words that make a year alone a plan's period in a title (`2021 Goals`, `OKRs 2024`; not `Vision 2030`, `Project 2048`). */
export const PLAN_WORDS = /\b(?:okrs?|objectives?|goals?|key results?|priorities|plan|planning|targets?|roadmap|objetivos?|objectifs?|obiettivi|metas?)\b|ziele\b|目标|目標|목표|計画|计划/iu;

const MAX_MENTIONS = 8;

interface Mention extends PeriodMention {
  range: Period;
  yearOnly: boolean;
  /** One month of a year (`March 2026`). */
  month: boolean;
}

/**
 * The one period a title or a `Period:` line names for people (`Payments OKRs — Q2 2026`, `Q1-Q3 2026`,
 * `February 2023`, `2021 Goals`, `Payments OKRs 2026 — Q2`); undefined when it names none, or several that do not
 * nest (`Q1 2023 and Q2 2023`). Where several nest (`Q2 2026 (Apr 1 – Jun 30, 2026)`), the narrowest is the period.
 * In a title (`inTitle`), a year alone is a period only beside a word for the plan; a fiscal year is none.
 */
export function statedPeriodIn(text: string, inTitle = false): PeriodMention | undefined {
  // Every mention holds a year's digits: most headings the archive check reads hold none, and cost one look.
  if (!/\d/.test(text) || FISCAL.test(text)) return undefined;
  const taken: Mention[] = [];
  for (const { pattern, read, yearOnly } of MENTIONS) {
    for (const m of text.matchAll(pattern)) {
      const [index, length] = [m.index, m[0].length];
      if (taken.some((t) => index < t.index + t.length && t.index < index + length)) continue;
      const period = read(m as RegExpExecArray);
      const range = period === undefined ? undefined : parsePeriod(period);
      // A title names a period or two; a line of many (`2026 2026 …`) names none, and is read no further.
      if (period === undefined || !range || taken.length >= MAX_MENTIONS) return undefined;
      taken.push({ period, index, length, range, yearOnly: yearOnly === true, month: range.start.slice(0, 7) === range.end.slice(0, 7) && range.start.endsWith('-01') && addDays(range.end, 1).endsWith('-01') });
    }
  }
  const dated = taken.filter((t) => !t.yearOnly);
  const bare = [...text.matchAll(BARE_PART)].filter((m) => !taken.some((t) => m.index >= t.index && m.index < t.index + t.length));
  // `Payments OKRs 2026 — Q2`: one quarter or half named apart from its year, where nothing narrower than the year is dated.
  if (bare.length > 0 && dated.length === 0 && new Set(bare.map((m) => m[0].toUpperCase())).size === 1) return partOfItsYear(bare[0]!, taken);
  if (inTitle && dated.length === 0 && !PLAN_WORDS.test(text) && !YEAR_HEADING.test(text.trim())) return undefined;
  // The widest of the dated mentions, each inside it (`Q2 2026 (as of May 2026)`, `2026 OKRs (revised March 2026)`): a
  // narrower date in it says when something was written; a year alone beside them only says which year.
  // A single month beside a year written on its own (`2026 OKRs (revised March 2026)`) dates a revision, not the plan.
  const months = dated.filter((t) => t.month);
  const firm = dated.filter((t) => !t.month);
  const candidates = firm.length > 0 ? firm : months.length > 0 && taken.some((t) => t.yearOnly) ? taken.filter((t) => t.yearOnly) : dated.length > 0 ? dated : taken;
  const widest = candidates.find((t) => candidates.every((o) => t.range.start <= o.range.start && o.range.end <= t.range.end));
  if (!widest || !taken.every((t) => !t.yearOnly || (t.range.start <= widest.range.start && widest.range.end <= t.range.end))) return undefined;
  return { period: widest.period, index: widest.index, length: widest.length };
}

/** A quarter or half written apart from its year: the one year the other mentions name. */
function partOfItsYear(part: RegExpMatchArray, taken: Mention[]): PeriodMention | undefined {
  const years = new Set(taken.map((t) => t.range.start.slice(0, 4)));
  const year = [...years][0];
  if (years.size !== 1 || year === undefined || (part[1]!.toUpperCase() === 'H' && Number(part[2]) > 2)) return undefined;
  const period = `${year}-${part[0].toUpperCase()}`;
  const spans = [...taken, { index: part.index!, length: part[0].length }];
  const index = Math.min(...spans.map((t) => t.index));
  return { period, index, length: Math.max(...spans.map((t) => t.index + t.length)) - index };
}

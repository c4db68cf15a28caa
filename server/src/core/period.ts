/** Plan periods: `2026-Q1`, `2026-H2`, `2026`, `2026-01-05..2026-03-27`. */
export interface Period {
  /** First day, `YYYY-MM-DD`. */
  start: string;
  /** Last day, `YYYY-MM-DD`. */
  end: string;
}

const pad = (n: number): string => String(n).padStart(2, '0');
const lastDayOf = (year: number, month: number): number => new Date(Date.UTC(year, month, 0)).getUTCDate();

function isDate(text: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.getUTCMonth() === Number(m[2]) - 1 && d.getUTCDate() === Number(m[3]);
}

/** Reads a period, or undefined when it is none of the accepted forms. */
export function parsePeriod(text: string): Period | undefined {
  const t = text.trim();
  let m = /^(\d{4})-?Q([1-4])$/i.exec(t);
  if (m) {
    const year = Number(m[1]);
    const first = (Number(m[2]) - 1) * 3 + 1;
    return { start: `${year}-${pad(first)}-01`, end: `${year}-${pad(first + 2)}-${pad(lastDayOf(year, first + 2))}` };
  }
  m = /^(\d{4})-?H([12])$/i.exec(t);
  if (m) return m[2] === '1' ? { start: `${m[1]}-01-01`, end: `${m[1]}-06-30` } : { start: `${m[1]}-07-01`, end: `${m[1]}-12-31` };
  m = /^(\d{4})$/.exec(t);
  if (m) return { start: `${m[1]}-01-01`, end: `${m[1]}-12-31` };
  m = /^(\d{4}-\d{2}-\d{2})\s*\.\.\s*(\d{4}-\d{2}-\d{2})$/.exec(t);
  if (m && isDate(m[1]!) && isDate(m[2]!) && m[1]! <= m[2]!) return { start: m[1]!, end: m[2]! };
  return undefined;
}

/** Whole days from `a` to `b` (both `YYYY-MM-DD`). */
export function daysBetween(a: string, b: string): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000);
}

export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

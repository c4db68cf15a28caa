import { addDays, parsePeriod, writtenPeriodOf, type Period } from '../period';
import type { Plan } from '../model';
import { statedPeriodOfText } from '../parse/stated-period';

/*
 * A workspace that keeps years of history holds many plans whose quarter is long over and that
 * a later plan of the same team replaced. Nobody edits them, and their findings are noise in
 * the Problems panel and in CI. Such a plan is history: indexed for navigation (a current plan
 * may still name it, views and reports may show it), checked when opened in an editor or named
 * on the command line, and checked everywhere with `checkPastPlans: true`. A plan whose period
 * ended but that nothing follows yet is a team's latest plan and stays checked: late is not
 * history. docs/decisions.md, "Plans of past periods".
 */

/** Days after a period's end during which its plan still counts as current: the quarter is closed (scored, reviewed) in them. */
export const CLOSE_DAYS = 30;

/** What a plan's front matter says of where it stands in time. */
export interface PlanHeader {
  period?: Period;
  team?: string;
}

/** Only the start of a file is searched for front matter: a cold start reads the header of every plan. */
const HEADER_CHARS = 4096;
const FRONT_MATTER = /^\uFEFF?---[ \t]*\r?\n([\s\S]*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/;

/** One top-level `key: value` of a front matter, without quotes or a trailing comment. */
function valueOf(block: string, key: string): string | undefined {
  const m = new RegExp(`^${key}[ \\t]*:[ \\t]*(.*)$`, 'im').exec(block);
  if (!m) return undefined;
  const value = m[1]!.replace(/[ \t]+#.*$/, '').trim();
  return value.replace(/^(['"])(.*)\1$/, '$2').trim() || undefined;
}

/** The front matter's `period` (else the one the title or a `Period:` line states) and `team`, read without parsing the plan. */
export function readPlanHeader(text: string): PlanHeader {
  const block = FRONT_MATTER.exec(text.slice(0, HEADER_CHARS))?.[1];
  const period = (block === undefined ? undefined : valueOf(block, 'period')) ?? statedPeriodOfText(text, block === undefined ? undefined : valueOf(block, 'title'));
  const team = block === undefined ? undefined : valueOf(block, 'team');
  const parsed = period === undefined ? undefined : parsePeriod(period);
  return { ...(parsed ? { period: parsed } : {}), ...(team ? { team } : {}) };
}

/** The header of a parsed plan, as `readPlanHeader` reads it from the text. */
export function headerOf(plan: Plan): PlanHeader {
  const written = writtenPeriodOf(plan);
  const period = written === undefined ? undefined : parsePeriod(written);
  const team = plan.frontMatter?.team;
  return { ...(period ? { period } : {}), ...(team ? { team } : {}) };
}

/** A period written in a path: `2026-Q1`, `Q1-2026`, `2026Q1`, `2026-H2`, or a year. */
const PERIOD_IN_PATH = /\d{4}[-_ ]?[QH][1-4]|[QH][1-4][-_ ]?\d{4}|(?<!\d)(?:19|20)\d{2}(?!\d)/gi;

/**
 * The plans of one team over time share a key: their path with the periods in it blanked
 * (`2025-Q4/payments.okr.md` and `2026-Q1/payments.okr.md`, `payments/2025-Q4.okr.md` and
 * `payments/2026-Q1.okr.md`), and their front matter's `team`.
 */
export function teamKeyOf(file: string, team: string | undefined): string {
  return `${file.replace(PERIOD_IN_PATH, '*')}\n${(team ?? '').trim().toLowerCase()}`;
}

/** The period and team of every plan, by the key of its team: which plans are history. */
export class PlanHistory {
  private readonly known = new Map<string, { period?: Period; key: string }>();
  private readonly byKey = new Map<string, Set<string>>();

  /** Records a plan's header; returns the other plans of its team (before and after) when what it says changed, whose history it may change. */
  set(file: string, header: PlanHeader): string[] {
    const key = teamKeyOf(file, header.team);
    const before = this.known.get(file);
    if (before?.key === key && before.period?.start === header.period?.start && before.period?.end === header.period?.end) return [];
    const touched = this.delete(file);
    this.known.set(file, { ...(header.period ? { period: header.period } : {}), key });
    let plans = this.byKey.get(key);
    if (!plans) this.byKey.set(key, (plans = new Set()));
    for (const other of plans) touched.push(other);
    plans.add(file);
    return touched;
  }

  /** Forgets a plan; returns the other plans of its team. */
  delete(file: string): string[] {
    const entry = this.known.get(file);
    if (!entry) return [];
    this.known.delete(file);
    const plans = this.byKey.get(entry.key);
    plans?.delete(file);
    if (plans?.size === 0) this.byKey.delete(entry.key);
    return [...(plans ?? [])];
  }

  clear(): void {
    this.known.clear();
    this.byKey.clear();
  }

  /** True when the plan's period ended more than `CLOSE_DAYS` before `today` and a later plan of its team follows it. */
  isHistory(file: string, today: string): boolean {
    const entry = this.known.get(file);
    const end = entry?.period?.end;
    if (!end || addDays(end, CLOSE_DAYS) >= today) return false;
    for (const other of this.byKey.get(entry.key) ?? []) {
      const start = this.known.get(other)?.period?.start;
      if (start !== undefined && start > end) return true;
    }
    return false;
  }
}

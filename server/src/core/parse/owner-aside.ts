/**
 * An owner named in brackets at the end of a title: `Grow the community (Max)`, `… (Max & Zach)`, `… (@maria)`,
 * `… (Owner: <TeamMember name="Cory Slater" />)`, and in square brackets as an owner line only (`… [Owner: Sam Lee]`). Plans that give each node its owner this way write no `Owner:` line,
 * so the aside is the node's owner, not part of its statement.
 */
import { canonicalFieldName, readStatus } from '../fields';

/** One person: an `@handle`, or a name of one or two capitalised words. */
const PERSON = String.raw`(?:@[\w.-]+|\p{Lu}\p{Ll}+(?:[ \t]\p{Lu}\p{Ll}+)?)`;

/**
 * Names in a bare aside: one person, or several joined by "&" or "and" (a second owner is a finding of its own). Not
 * "/": `Hire one more team member (Tech Writer / Advocate)` names roles to fill.
 */
const BARE_NAMES = new RegExp(String.raw`^${PERSON}(?:[ \t]*(?:&|and)[ \t]*${PERSON})*$`, 'u');

/** The closing marks of a quoted or emphasised work: a name in brackets after one is its author (`Read *"The Goal"* (Eliyahu Goldratt)`). */
const WORK_CLOSERS = new Set(['"', '”', "'", '’', '*', '_', '`']);

/** The longest aside read: a name or an owner line, never a paragraph. */
const MAX_ASIDE = 120;

/** An owner field written inside the aside: `Owner: …`, `DRI: …`, any name the owner line takes. */
const LABELLED = /^([\p{L} ]{2,40}?)[ \t]*:[ \t]*(.+)$/u;

/** A `<TeamMember name="…" />` component stands for the person it names. */
const TEAM_MEMBER = /^<TeamMember\b[^>]*?\bname="([^"]+)"[^>]*\/?>$/u;

/**
 * Capitalised words that tag a node rather than name a person: its kind of commitment, its status, its priority or
 * its stage (`(Stretch)`, `(Beta)`, `(Done)`).
 */
const TAG_WORDS = new Set([
  'stretch', 'optional', 'committed', 'aspirational', 'learning', 'draft', 'beta', 'alpha', 'done', 'new', 'pending',
  'blocked', 'ongoing', 'bonus', 'maybe', 'tentative', 'partial', 'partially', 'yes', 'no', 'complete', 'completed',
  'shipped', 'launched', 'deprecated', 'moonshot', 'carryover', 'leading', 'lagging', 'must', 'should', 'could',
  'high', 'medium', 'low', 'later', 'next', 'now', 'cancelled', 'canceled', 'dropped', 'paused', 'missed', 'met',
  'achieved', 'green', 'yellow', 'red', 'amber', 'internal', 'external', 'research', 'experimental', 'pilot',
]);

export interface OwnerAside {
  /** The owner as the aside names it (a component's name attribute for `<TeamMember name="…" />`). */
  owner: string;
  /** Where the aside starts in the title, its opening bracket and any blank before it included. */
  asideStart: number;
  /** Where the owner starts in the title. */
  ownerStart: number;
}

/**
 * The last bracketed aside of a title: its text, where its opening bracket is, where the blanks before it start, and
 * whether its brackets are square (`[Owner: Sam Lee]`, which only an owner line may fill).
 */
function lastAside(title: string): { inner: string; open: number; asideStart: number; square: boolean } | undefined {
  // Read from the end with string search: a title may be a long run of blanks or brackets, and a pattern would retry at each.
  const trimmed = title.trimEnd();
  const square = trimmed.endsWith(']');
  if (!trimmed.endsWith(')') && !square) return undefined;
  const [opening, closing] = square ? ['[', ']'] : ['(', ')'];
  const open = trimmed.lastIndexOf(opening);
  const inner = trimmed.slice(open + 1, -1);
  if (open <= 0 || inner.length === 0 || inner.length > MAX_ASIDE || inner.includes(closing)) return undefined;
  return { inner, open, asideStart: title.slice(0, open).trimEnd().length, square };
}

/** The owner a title's last bracketed aside names, or undefined when the aside is no owner (or there is none). */
export function ownerAside(title: string): OwnerAside | undefined {
  const aside = lastAside(title);
  if (!aside || aside.asideStart === 0) return undefined;
  const inner = aside.inner.trim();
  const innerStart = aside.open + 1 + (aside.inner.length - aside.inner.trimStart().length);
  const labelled = LABELLED.exec(inner);
  if (labelled) {
    if (canonicalFieldName(labelled[1]!) !== 'owner') return undefined;
    const written = labelled[2]!.trim();
    const owner = TEAM_MEMBER.exec(written)?.[1] ?? written;
    return { owner, asideStart: aside.asideStart, ownerStart: innerStart + inner.indexOf(written) };
  }
  if (aside.square || !BARE_NAMES.test(inner) || WORK_CLOSERS.has(title.charAt(aside.asideStart - 1))) return undefined;
  if (inner.split(/[ \t&]+|\band\b/).some((word) => TAG_WORDS.has(word.toLowerCase()))) return undefined;
  return { owner: inner, asideStart: aside.asideStart, ownerStart: innerStart };
}

/** `[IN PROGRESS: 40% - Demo scheduled]`, `[BLOCKED]`: a status and its note in square brackets closing a title. */
const STATUS_ASIDE = /[ \t]{0,3}\[([^[\]]{1,200})\][ \t]{0,3}$/;

/**
 * Where a status written in square brackets at the end of a title starts (`Second customer onboarded [IN PROGRESS: 0% -
 * Waiting on first deal]`), else undefined: how the work stands is no part of the statement, and its numbers are no target.
 */
export function statusAsideStart(text: string): number | undefined {
  const m = STATUS_ASIDE.exec(text);
  if (!m || m.index === 0 || readStatus(m[1]!) === undefined) return undefined;
  // The status before a note (`IN PROGRESS: 40% - …`, `In progress - 2 of 4`), its marks aside (`✅ Done`, `🟢`).
  const status = m[1]!.split(/:|[ \t][-–—][ \t]/, 1)[0]!.replace(/[^\p{L}\p{N} \t-]/gu, '').trim();
  // Written as a status whole (`IN PROGRESS`, `Blocked`, a mark alone), not a name opening with a status word (`[Open Banking]`).
  return status === '' || status === status.toUpperCase() || STATUS_ONLY.test(status) ? m.index : undefined;
}

/** Statuses written in brackets in ordinary case: the words alone. */
const STATUS_ONLY = /^(?:done|complete|completed|blocked|in[ -]progress|not[ -]started|on[ -]track|off[ -]track|at[ -]risk|wip|dropped|cancell?ed|paused|on[ -]hold|to ?do|pending|started|ongoing|finished|shipped|achieved|delivered|closed|delayed|missed|met)$/i;

/** `(60%)`, `[100%]`: a percentage alone in brackets closing a title; or a grade out of a scale, `(7/10)`. */
const PROGRESS_ASIDE = /[ \t]{1,3}[([](?:(\d{1,3}(?:\.\d{1,2})?[ \t]?%)|(\d{1,2})[ \t]?\/[ \t]?(\d{1,2}))[)\]][ \t]{0,3}$/;

/**
 * Where a score the writer keeps at the end of a title starts (`Improve Kubernetes skills (60%)`, `Launch the flow
 * (100%)`, `Alpha release of the game (7/10)`), else undefined: how far the work is, no part of the statement.
 */
export function progressAsideStart(text: string): number | undefined {
  const m = PROGRESS_ASIDE.exec(text);
  if (!m || m.index === 0) return undefined;
  // More than all of it (`(140%)`, `(12/10)`) is no score of the work.
  const beyondAll = m[1] !== undefined ? Number.parseFloat(m[1]) > 100 : Number(m[2]) > Number(m[3]) || Number(m[3]) === 0;
  return beyondAll ? undefined : m.index;
}

/**
 * `…整理成wiki对外输出     Q1     0%-30%`: the quarter the work is planned for and how far it went from nothing, closing a
 * title and set apart from it as a column is (or nothing done yet: `… Q2 0%-0%`). `Increase test coverage Q3 0% - 80%`
 * states its target.
 */
const QUARTER_FROM_NOTHING = String.raw`Q[1-4][ \t]+0[ \t]?%[ \t]*[-–~][ \t]*`;
const SCHEDULED_PROGRESS = new RegExp(String.raw`(?<=\S)(?:[ \t]{2,}${QUARTER_FROM_NOTHING}\d{1,3}(?:\.\d{1,2})?|[ \t]+${QUARTER_FROM_NOTHING}0)[ \t]?%[ \t]{0,3}$`);

/** Where a quarter and the progress made closing a title start, else undefined: the schedule, no part of the statement. */
export function scheduledProgressStart(text: string): number | undefined {
  const m = SCHEDULED_PROGRESS.exec(text);
  return m && m.index > 0 ? m.index : undefined;
}

/** `… reformulados. **Status**: [Atingido](…)`: a status field written after the statement's full stop, on its line. */
const STATUS_FIELD_AFTER = /(?<=[.!?])[ \t]+(\*\*|__)?(?:status|estado|statut|stato)(?:\1)?[ \t]*:/i;

/** Where a status field written after the statement on its line starts, else undefined: no part of the statement. */
export function statusFieldAfterStart(text: string): number | undefined {
  const m = STATUS_FIELD_AFTER.exec(text);
  return m && m.index > 0 ? m.index : undefined;
}

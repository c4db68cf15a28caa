import type { NodeKind } from './model';
import { editDistance } from './did-you-mean';

/** What a field value must be. */
export type FieldValueKind = 'handle' | 'reference' | 'enum' | 'quantity' | 'unit-interval' | 'date' | 'text' | 'check-ins';

export interface FieldSpec {
  /** Canonical name, lower case. */
  name: string;
  /** How it is written in docs and completions. */
  label: string;
  on: NodeKind[];
  value: FieldValueKind;
  values?: string[];
  /** One line about each of `values`, for completions. */
  valueNotes?: Record<string, string>;
  description: string;
}

export const FIELD_SPECS: FieldSpec[] = [
  { name: 'owner', label: 'Owner', on: ['mission', 'objective', 'kr', 'initiative'], value: 'handle',
    description: 'The one person accountable for this node: an `@handle`, a name or a role (`VP Eng`).' },
  { name: 'responsible', label: 'Responsible', on: ['objective', 'kr', 'initiative'], value: 'text',
    description: 'Who does the work, as RACI names it; not the owner. The one person who answers for the node is its `Owner` (RACI\'s `Accountable:`).' },
  { name: 'parent', label: 'Parent', on: ['objective', 'kr', 'initiative'], value: 'reference',
    description: 'The node this one serves, when it is not the node it is nested under: a bare id (`KR1.2`), `path#id`, or a Markdown link to either.' },
  { name: 'type', label: 'Type', on: ['objective'], value: 'enum', values: ['committed', 'aspirational', 'learning'],
    valueNotes: { committed: 'Must be met in full; missing it is a miss.', aspirational: 'A stretch: about 70% of it is a success.', learning: 'Finds out what is possible; key results may count experiments.' },
    description: 'How the objective is meant: `committed` (must be met), `aspirational` (a stretch) or `learning` (to find out what is possible).' },
  { name: 'advances', label: 'Advances', on: ['objective'], value: 'text',
    description: 'Which part of the mission this objective moves.' },
  { name: 'tradeoff', label: 'Tradeoff', on: ['objective'], value: 'text',
    description: 'What is consciously deprioritised so this objective can win.' },
  { name: 'serves', label: 'Serves', on: ['mission'], value: 'text',
    description: 'Who the mission is for.' },
  { name: 'refuses', label: 'Refuses', on: ['mission'], value: 'text',
    description: 'What the mission will not trade away, even for a number.' },
  { name: 'baseline', label: 'Baseline', on: ['kr'], value: 'quantity',
    description: 'Where the metric stands at the start: `10 days`, `45%`, `$2M`, `1.2k`, `0.35`.' },
  { name: 'target', label: 'Target', on: ['kr'], value: 'quantity',
    description: 'Where the metric must be at the end of the period.' },
  { name: 'current', label: 'Current', on: ['kr'], value: 'quantity',
    description: 'Where the metric stands now; wins over the latest check-in for progress.' },
  { name: 'confidence', label: 'Confidence', on: ['kr'], value: 'unit-interval',
    description: 'How likely the owner thinks the target is, from 0 to 1.' },
  { name: 'score', label: 'Score', on: ['kr'], value: 'unit-interval',
    description: 'The graded result from 0 to 1; when given, it is the progress.' },
  { name: 'indicator', label: 'Indicator', on: ['kr'], value: 'enum', values: ['leading', 'lagging'],
    valueNotes: { leading: 'Moves early, within reach of the team’s weekly work.', lagging: 'Moves after the fact: revenue, churn, NPS.' },
    description: '`leading` (moves early, within reach of the team\'s weekly work) or `lagging` (moves after the fact).' },
  { name: 'status', label: 'Status', on: ['initiative'], value: 'enum',
    values: ['not started', 'in progress', 'done', 'blocked', 'dropped'],
    valueNotes: { 'not started': 'Planned; no work yet.', 'in progress': 'Being worked on.', done: 'Finished.', blocked: 'Waiting on something outside the team.', dropped: 'Stopped on purpose; no longer counts for its key result.' },
    description: 'Where the work stands; a mark or a word for a value reads as it (`✅`, `Complete`, `On track`, `🟡 at risk`, `Blocked on legal review`).' },
  { name: 'due', label: 'Due', on: ['initiative'], value: 'date',
    description: 'The date the work is due, `YYYY-MM-DD` (or with the month\'s name: `May 15, 2026`, `15 May 2026`).' },
  { name: 'check-ins', label: 'Check-ins', on: ['kr'], value: 'check-ins',
    description: 'Dated readings of the metric, one list item each: `YYYY-MM-DD: <quantity> [, confidence 0.6] [— note]`.' },
];

const BY_NAME = new Map(FIELD_SPECS.map((s) => [s.name, s]));
/**
 * Other names plans give the one person who answers for a node, its owner: RACI's `Accountable:`, a handbook's `DRI:`
 * (directly responsible individual), `Owned by:`, `Lead:`, and an objective's or key result's own owner, lead or manager.
 * Not a `Key Results Manager:` above an objective (one person over several nodes) or a `Tracking Manager:` (who keeps score).
 */
const OWNER_NAMES = [
  'accountable', 'dri', 'directly responsible individual', 'owned by', 'lead', 'owners', 'objective owner', 'objective lead',
  'objective manager', 'kr owner', 'kr lead', 'key result owner', 'key result lead',
  // Persian: the owner, the one responsible.
  'مالک', 'مسئول',
];
/**
 * The keys of a key result's numbers in the languages the plan keywords are read in (French, Spanish, Portuguese,
 * German, Korean, Persian): `Ausgangswert: 40%`, `Cible : 90%`, `Alvo: 95%`, `Meta: 95%`, `현재: 0%` (now), `نقطهٔ شروع` (the
 * starting point), `هدف` (the target). The objective's word over a number alone (`Ziel: 40`,
 * `Objetivo: 40%`) is a key result's target. Korean `목표` names both an objective and a target, so it is neither.
 */
const NUMBER_NAMES: Record<string, string> = {
  'نقطهٔ شروع': 'baseline', 'نقطه شروع': 'baseline', 'خط پایه': 'baseline', هدف: 'target', 'وضعیت فعلی': 'current',
  'valeur de départ': 'baseline', 'valeur initiale': 'baseline', 'línea base': 'baseline', 'linha de base': 'baseline', ausgangswert: 'baseline', 기준: 'baseline', 기준선: 'baseline',
  cible: 'target', zielwert: 'target', ziel: 'target', objectif: 'target', objetivo: 'target', obiettivo: 'target', alvo: 'target', meta: 'target',
  actuel: 'current', atual: 'current', aktuell: 'current', istwert: 'current', 현재: 'current', '현재 상태': 'current', 현재값: 'current',
  // Russian: point A (where it starts), point B (where it goes; the letter often typed in Latin).
  'точка а': 'baseline', 'точка a': 'baseline', 'точка б': 'target', 'точка b': 'target',
};

/** A key result's grade at the period's end, named so: `EOQ score: 0.7`, `Final score: 1`, `End of quarter score: 0.5`. */
const SCORE_NAMES = ['eoq score', 'end of quarter score', 'end-of-quarter score', 'final score', 'eoq grade'];

const ALIASES: Record<string, string> = {
  checkins: 'check-ins', 'check ins': 'check-ins', 'check-in': 'check-ins',
  ...Object.fromEntries(SCORE_NAMES.map((name) => [name, 'score'])),
  ...Object.fromEntries(OWNER_NAMES.map((name) => [name, 'owner'])),
  ...NUMBER_NAMES,
};

/** `T2 Target`, `Q3 target`, `FY26 Baseline`: a number's key named with the period it is for. */
const PERIOD_BEFORE_KEY = /^(?:q[1-4]|h[12]|t[1-3]|fy ?\d{2,4}|(?:19|20)\d{2}) (target|baseline)$/;
/** `Valor antes del MVP`, `Value before launch`: the value before the work, where the metric starts. */
const VALUE_BEFORE = /^(?:valor antes d(?:e|el|o|a)|value before) \S/;

/** The canonical name of a key as written (`Check-Ins` → `check-ins`, `T2 Target` → `target`), known or not. */
export function canonicalFieldName(key: string): string {
  const lower = key.trim().toLowerCase().replace(/\s+/g, ' ');
  // The spec's own string for known keys, so plans share it.
  if (VALUE_BEFORE.test(lower)) return 'baseline';
  return ALIASES[lower] ?? BY_NAME.get(PERIOD_BEFORE_KEY.exec(lower)?.[1] ?? lower)?.name ?? lower;
}

export function fieldSpec(name: string): FieldSpec | undefined {
  return BY_NAME.get(name);
}

/** The known key a misspelt key most likely meant, among `candidates`: one edit for keys of up to five letters, two for longer ones. */
export function nearestKnownField(key: string, candidates: readonly FieldSpec[] = FIELD_SPECS): FieldSpec | undefined {
  const lower = key.trim().toLowerCase();
  const allowed = lower.length <= 5 ? 1 : 2;
  let best: { spec: FieldSpec; distance: number } | undefined;
  for (const spec of candidates) {
    // Past the allowance the distance stops counting: every line that looks like `Key: value` asks, with every known key.
    const distance = Math.min(editDistance(lower, spec.name, allowed), editDistance(lower, spec.label.toLowerCase(), allowed));
    if (distance <= allowed && (!best || distance < best.distance)) best = { spec, distance };
  }
  return best?.spec;
}

/** Where a piece of work stands: the values of `Status`. */
export type WorkStatus = 'not started' | 'in progress' | 'done' | 'blocked' | 'dropped';

/** Traffic lights and marks written for a status (`✅`, `🟡`, `⏳`): a light, on track or not, is work in progress. */
const STATUS_MARKS: [RegExp, WorkStatus][] = [
  [/^(?:✅|☑️?|✔️?|✓|☒|🏁)/u, 'done'],
  [/^(?:🔄|🚧|⏳|⌛|🟢|🟡|🟠|🔴|🟩|🟨|🟧|🟥|🏃)/u, 'in progress'],
  [/^(?:⛔|🛑|🚫)/u, 'blocked'],
  [/^(?:❌|✖️?|✗|🗑️?)/u, 'dropped'],
  [/^(?:⬜|🔲|☐|⚪|⏸️?)/u, 'not started'],
];

/**
 * Words written for a status, in English and the plan languages (`Completed`, `On track`, `Blocked on legal review`,
 * `En curso`, `Erledigt`, `已完成`): a status word may open a longer value, a reason or an aside after it.
 */
const STATUS_WORDS: [RegExp, WorkStatus][] = [
  [/^(?:not[ \t]+(?:yet[ \t]+)?started|to[ \t-]?do|open|planned|pending|backlog|no[ \t]+iniciado|pendiente|à[ \t]+faire|offen|未开始|未開始|未着手|시작[ \t]*전)/i, 'not started'],
  [/^(?:in[ \t]+progress|ongoing|on[ \t-]track|at[ \t-]risk|off[ \t-]track|started|wip|under[ \t]?way|en[ \t]+curso|en[ \t]+cours|in[ \t]+bearbeitung|em[ \t]+andamento|in[ \t]+corso|进行中|進行中|진행[ \t]*중)/i, 'in progress'],
  [/^(?:done|complete[d]?|finished|achieved|shipped|delivered|closed|erledigt|termin[ée]e?|hecho|completad[oa]|conclu[íi]d[oa]|feito|fatto|klaar|已?完成|完了|완료)/i, 'done'],
  [/^(?:blocked|on[ \t]+hold|stalled|bloquead[oa]|bloqu[ée]e?|blockiert)/i, 'blocked'],
  [/^(?:dropped|cancel+ed|abandoned|descoped|won[’']?t[ \t]+do|cancelad[oa]|annul[ée]e?|abgebrochen)/i, 'dropped'],
];

/**
 * What may follow a word of finished work: nothing, punctuation and an aside (`Done, shipped in v2`, `Done (v2)`, `Done —
 * see #12`, `已完成，见文档`), a date (`Completed on 2026-03-15`), all of it (`Done 100%`) or a mark. Not a deadline, a
 * part or a question (`Done by legal?`, `Completed 2 of 5 milestones`, `Achieved 40%`, `Closed beta`).
 */
const FINISHED_REST = /^(?:[ \t]*$|[ \t]*[,;.!:(（。，；、—–]|[ \t]+-[ \t]|[ \t]*[\p{Extended_Pictographic}✓✔]|[ \t]+(?:on[ \t]+)?\d{4}-\d{2}-\d{2}\b|[ \t]+100[ \t]*%)/u;

/**
 * The status a `Status` value states, as a person reads it: one of the five values, a mark (`✅`, `🟡 at risk`) or a word
 * for one (`Complete`, `Blocked on board approval`, `In progress (partial)`); undefined when it states none.
 */
export function readStatus(raw: string): WorkStatus | undefined {
  const value = raw.replace(/[*_`]/g, '').trim();
  const mark = STATUS_MARKS.find(([re]) => re.test(value));
  const words = (mark ? value.replace(mark[0], '') : value).replace(/^[\s\uFE0F:–—-]+/u, '');
  for (const [re, status] of STATUS_WORDS) {
    const m = re.exec(words);
    const rest = m ? words.slice(m[0].length) : '';
    // The word ends there (`Done`, `Blocked on …`, `Complete.`), not inside a longer one (`Started` is not `Startedness`).
    if (!m || /^[\p{L}\p{N}]/u.test(rest)) continue;
    // Work over only when the word stands alone or with an aside (`Done (v2)`, `Shipped — see #12`): `Done by legal?`,
    // `Completed 2 of 5 milestones`, `Closed beta` say something else.
    if ((status === 'done' || status === 'dropped') && (!FINISHED_REST.test(rest) || rest.includes('?'))) continue;
    return status;
  }
  return mark?.[1];
}

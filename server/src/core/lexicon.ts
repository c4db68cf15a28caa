/**
 * Heuristic word lists the rules use. They are data: `.okrrc.json` `lexicon`
 * can add to or remove from each list.
 */
export interface Lexicon {
  /** Verbs that make an objective a task ("Launch the new app"). */
  taskVerbs: string[];
  /** Verbs that make a key result a deliverable ("Ship v2"). */
  deliverableVerbs: string[];
  /** Verbs that count activity volume ("Hold 10 workshops"). */
  activityVerbs: string[];
  /** Metrics that only move after the fact (revenue, churn, NPS…). */
  laggingMetrics: string[];
  /** Competitive-positioning phrases ("become the leading…"). */
  positioningPhrases: string[];
  /** Words that give a statement a deadline ("this quarter", "by 2027"). */
  deadlineWords: string[];
}

export type LexiconName = keyof Lexicon;

const TASK_VERBS = [
  'launch', 'build', 'ship', 'implement', 'migrate', 'release', 'deploy', 'create', 'write',
  'hold', 'complete', 'finish', 'set up', 'setup', 'roll out', 'rollout', 'develop', 'deliver',
  'install', 'configure', 'publish', 'hire', 'redesign', 'rebuild', 'refactor', 'integrate',
  'add', 'introduce', 'organize', 'organise', 'run', 'host', 'send', 'document', 'upgrade',
];

export const DEFAULT_LEXICON: Lexicon = {
  taskVerbs: TASK_VERBS,
  deliverableVerbs: TASK_VERBS,
  activityVerbs: [
    'send', 'hold', 'attend', 'publish', 'make', 'host', 'run', 'conduct', 'post', 'write',
    'call', 'schedule', 'organize', 'organise', 'present', 'meet', 'contact', 'email',
  ],
  laggingMetrics: [
    'revenue', 'arr', 'mrr', 'churn', 'nps', 'retention', 'profit', 'pipeline', 'bookings',
    'sales', 'margin', 'market share', 'ebitda', 'gmv', 'ltv', 'customer satisfaction', 'csat',
  ],
  positioningPhrases: [
    'become the leading', 'be the leading', 'the leading', 'market leader', 'number one', '#1', 'no. 1',
    'best-in-class', 'best in class', "world's largest", 'world’s largest', "world's best", 'world’s best',
    'beat the competition', 'outperform competitors', 'dominate', 'industry leader', 'category leader',
  ],
  deadlineWords: [
    'this quarter', 'next quarter', 'this year', 'next year', 'by end of', 'by the end of',
    'deadline', 'within', 'q1', 'q2', 'q3', 'q4', 'h1', 'h2',
  ],
};

export interface LexiconExtension {
  add?: string[];
  remove?: string[];
}

/** Applies config extensions to the defaults; words compare case-insensitively. */
export function extendLexicon(
  base: Lexicon,
  ext: Partial<Record<LexiconName, LexiconExtension>> | undefined,
): Lexicon {
  if (!ext) return base;
  const out = { ...base };
  for (const key of Object.keys(base) as LexiconName[]) {
    const change = ext[key];
    if (!change) continue;
    const removed = new Set((change.remove ?? []).map((w) => w.toLowerCase()));
    out[key] = [...base[key], ...(change.add ?? []).map((w) => w.toLowerCase())].filter(
      (w) => !removed.has(w),
    );
  }
  return out;
}

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
  /** Outcomes that follow a task verb without making it a task ("build trust", "create confidence"). */
  outcomeNouns: string[];
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
  deliverableVerbs: [
    'launch', 'ship', 'build', 'implement', 'migrate', 'release', 'deploy', 'create', 'write', 'complete',
    'finish', 'set up', 'setup', 'roll out', 'rollout', 'develop', 'deliver', 'install', 'configure', 'publish',
    'redesign', 'rebuild', 'refactor', 'integrate', 'introduce', 'upgrade', 'document', 'design', 'add', 'hire',
    'run', 'host', 'organize', 'organise', 'define', 'draft', 'finalize', 'finalise', 'automate', 'replace',
    'rewrite', 'translate', 'localize', 'localise', 'kick off', 'start', 'begin', 'conduct', 'produce', 'prepare',
    'update', 'fix', 'train',
  ],
  activityVerbs: [
    'send', 'hold', 'attend', 'publish', 'make', 'host', 'run', 'conduct', 'post', 'write', 'call', 'schedule',
    'organize', 'organise', 'present', 'meet', 'meet with', 'contact', 'email', 'complete', 'do', 'give', 'record',
    'produce', 'ship', 'create', 'launch', 'interview', 'visit', 'talk to', 'speak to', 'speak with',
    'reach out to', 'perform', 'deliver', 'submit', 'review', 'demo',
  ],
  laggingMetrics: [
    'revenue', 'arr', 'mrr', 'acv', 'churn', 'nps', 'net promoter score', 'retention', 'net revenue retention',
    'nrr', 'profit', 'profitability', 'ebitda', 'margin', 'bookings', 'closed deals', 'deals closed',
    'closed-won', 'win rate', 'sales pipeline', 'qualified pipeline', 'pipeline value', 'pipeline coverage',
    'in pipeline', 'of pipeline', 'new pipeline', 'market share', 'gmv', 'ltv', 'lifetime value',
    'customer satisfaction', 'csat', 'renewal rate', 'renewals', 'earnings', 'income',
  ],
  positioningPhrases: [
    'become the leading', 'be the leading', 'become the best', 'be the best', 'the leading provider', 'the leading platform',
    'market leader', 'number one', 'no. 1', '#1', 'best-in-class', 'best in class', "world's largest", 'world’s largest',
    "world's best", 'world’s best', "world's leading", 'world’s leading', 'beat the competition', 'outperform competitors',
    'outperform our competitors', 'dominate the market', 'industry leader', 'category leader', 'leader in',
  ],
  deadlineWords: [
    'this quarter', 'next quarter', 'this year', 'next year', 'by end of', 'by the end of', 'end of year',
    'deadline', 'this month', 'next month', 'by q1', 'by q2', 'by q3', 'by q4',
  ],
  outcomeNouns: [
    'trust', 'confidence', 'culture', 'loyalty', 'habits', 'a habit', 'reputation', 'relationships', 'momentum',
    'capability', 'capacity', 'clarity', 'alignment', 'understanding', 'goodwill', 'a culture', 'lasting',
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

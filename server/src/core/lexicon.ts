/**
 * Heuristic word lists the rules use. They are data: `.okrrc.json` `lexicon`
 * can add to or remove from each list.
 */
export interface Lexicon {
  /**
   * Verbs of tasks and deliverables: an objective that starts with one is a task ("Launch the new app"),
   * a key result that starts with one and states no number is a deliverable ("Ship v2"). One list for both.
   */
  taskVerbs: string[];
  /** Another name for `taskVerbs`, kept so configs that extend it keep working: the same list. */
  deliverableVerbs: string[];
  /** Verbs that count activity volume ("Hold 10 workshops"). */
  activityVerbs: string[];
  /** Metrics that only move after the fact (revenue, churn, NPS…). */
  laggingMetrics: string[];
  /** Competitive-positioning phrases ("become the leading…"). */
  positioningPhrases: string[];
  /** Words that give a statement a deadline ("this quarter", "by 2027"). */
  deadlineWords: string[];
  /** Outcomes and metrics that follow a task verb without making it a task ("build trust", "build pipeline", "deliver MQLs"). */
  outcomeNouns: string[];
}

export type LexiconName = keyof Lexicon;

const TASK_VERBS = [
  'launch', 'ship', 'build', 'implement', 'migrate', 'release', 'deploy', 'create', 'write', 'hold', 'complete',
  'finish', 'set up', 'setup', 'roll out', 'rollout', 'develop', 'deliver', 'install', 'configure', 'publish',
  'redesign', 'rebuild', 'refactor', 'integrate', 'connect', 'introduce', 'upgrade', 'document', 'design', 'add', 'hire',
  'run', 'host', 'organize', 'organise', 'send', 'define', 'draft', 'finalize', 'finalise', 'automate', 'replace',
  'rewrite', 'translate', 'localize', 'localise', 'kick off', 'spin up', 'start', 'begin', 'conduct', 'produce', 'prepare',
  'update', 'fix', 'train', 'execute', 'evaluate', 'open', 'assess', 'examine', 'review', 'explore', 'research',
  'investigate', 'decide', 'gather', 'redefine', 'establish', 'close', 'shoot', 'film', 'tell', 'build out', 'engage in',
  'identify', 'audit', 'analyse', 'analyze', 'map', 'pilot', 'prototype', 'refresh', 'revamp', 'overhaul', 'formalize',
  'formalise', 'standardize', 'standardise', 'consolidate', 'set-up', 'plan', 'prioritize', 'prioritise', 'include',
  'pursue', 'enroll', 'enrol', 'attend', 'observe', 'participate in', 'quantify', 'compute', 'make available',
  // Finding out how things stand, and telling others: work toward a result (`Measure and communicate impact`).
  'measure', 'communicate',
  // Changes to a system's structure: work on the system, whatever it should bring its users.
  'decouple', 'modularize', 'modularise', 'containerize', 'containerise', 'parallelize', 'parallelise', 'deprecate',
  // Trying something out and putting it into a system: work toward a result, not the result.
  'test', 'test out', 'systematize', 'systematise',
  // Bringing one's own work to its end: "Wrap up the import guide".
  'wrap up',
  // Launching again, and getting a decision voted through: "Relaunch the newsletter", "Ratify the budget".
  'relaunch', 'ratify',
  // Changing what one has built into its next form: "Evolve the product and the technology".
  'evolve',
  // Making something known, and handing a service over: "Publicize the new prices", "Promote the event", "Provide monthly summaries".
  'publicize', 'publicise', 'promote', 'provide',
  // Putting work into everyday use, and setting one thing against another: "Operationalize KPI exports", "Compare the two value chains".
  'operationalize', 'operationalise', 'embed', 'resolve', 'compare', 'benchmark',
  // Taking something away, making a rule hold, sketching a document: "Remove inactive members", "Enforce the 1:1s", "Outline the governance docs".
  'remove', 'enforce', 'outline',
  // Taking something away, said plainly: "Get rid of null initialization of UGIs".
  'get rid of',
  // Writing data out as a file for others: "Export at least one GeoJSON correction file".
  'export',
  // Putting effort into something, whatever it should change: "Work on the FAQ page", "Contribute to MDN".
  'work on', 'contribute to',
  // Working through a queue: "Apply all approved tickets", "Triage all ballot comments".
  'apply', 'triage',
  // Making a service or a feature and putting it in front of people: "Offer managed storage", "Personalize answers", "Digitize clinic records".
  'offer', 'personalize', 'personalise', 'digitize', 'digitise',
  // Making a system withstand attack or load: "Harden security and eliminate mixed content".
  'harden',
  // Telling others what was done or found: "Highlight contributions from new members", "Present the results", "Share best practices", "Report on commit distribution".
  'highlight', 'present', 'share', 'report', 'report on',
  // Taking a system or its parts out of use: "Archive all the inactive repositories", "Decommission the legacy cluster", "Sunset the v1 API".
  'archive', 'decommission', 'sunset', 'retire',
  // Capturing something on film or tape: "Record a video of the onboarding flow".
  'record',
];

export const DEFAULT_LEXICON: Lexicon = {
  taskVerbs: TASK_VERBS,
  deliverableVerbs: TASK_VERBS,
  activityVerbs: [
    'send', 'hold', 'attend', 'publish', 'make', 'host', 'run', 'conduct', 'post', 'write', 'call', 'schedule',
    'organize', 'organise', 'present', 'meet', 'meet with', 'contact', 'email', 'complete', 'do', 'give', 'record',
    'produce', 'ship', 'create', 'launch', 'interview', 'visit', 'talk to', 'speak to', 'speak with',
    'reach out to', 'perform', 'deliver', 'submit', 'review', 'demo', 'develop', 'feature', 'distribute', 'test',
    'price out', 'speak', 'amplify', 'author', 'pitch', 'share', 'source', 'add', 'co-host', 'include',
    'introduce', 'invite', 'recruit', 'document', 'build', 'validate', 'label', 'annotate', 'engage in', 'solicit',
    // Finding people or things to approach: a count of them is the team's own search, not the response it brings.
    'identify',
    // Offering something to people, and choosing what to pass on: "Offer 8 firms our clinic", "Curate and send stories every month".
    'offer', 'curate',
    // Turning up where people talk: "Join 5 forums and comment on 10 threads in each".
    'join', 'comment on',
    // Taking part in others' work, counted: "Lead 3 discussions", "Oversee 2 projects", "Contribute to 3 proposals".
    'lead', 'oversee', 'contribute to',
    // Time out with others, counted or on a cadence: "Hike as a family at least twice monthly".
    'hike',
    // Running sessions and gathering input, on a cadence or counted: "Facilitate a feedback session twice a year".
    'facilitate', 'collect', 'gather',
    // Courses taught, counted: "Teach 2 courses/year".
    'teach',
    // Books read, counted: "Read 12 books on leadership" (courses taken are counted by what they are: "Take 5 cooking classes");
    // things learnt and changes sent, counted: "Learn 5 new cloud-native tools", "Contribute 3 pull requests".
    'read', 'learn', 'contribute',
    // Works gone through to their end, counted: "Finish 15 books", "Finish 4 cinema club films".
    'finish',
    // Partners engaged, counted: "Work with at least two certified EHRs for testing".
    'work with',
    // Habits kept up, on a cadence or per occasion: "Paint every day in January", "Exercise for at least 15 minutes daily",
    // "Practice 1 hour for every round I play".
    'paint', 'draw', 'exercise', 'meditate', 'journal', 'practice', 'practise',
    // Pastimes and commutes gone through, counted: "Watch 8 cinema club films", "Play every game in my collection", "Bike to work 200 times".
    'watch', 'play', 'bike', 'cycle',
    // Options looked at, counted: "Evaluate 3 L2s", "Audit 10 services" (what was found is the result).
    'evaluate', 'assess', 'audit',
    // Tools tried and set up, techniques explored, work made known, counted: "Use 5 advanced JS libraries", "Set up 5 JS
    // tools on projects", "Explore 5 CSS techniques", "Publicise 10 open-source projects".
    'use', 'set up', 'explore', 'publicize', 'publicise',
    // Posts on a social network, counted: "Tweet 100 times".
    'tweet',
    // Ideas tried out in a first form, counted: "Prototype, deliver, or complete at least 4 projects".
    'prototype',
    // Work taken on and put forward, counted or on a cadence: "Undertake monthly review calls", "Propose three measures",
    // "Execute two joint challenges".
    'undertake', 'propose', 'execute',
    // Pieces of the product put in place, counted: "Implement 5 new features", "Deploy 4 microservices", "Migrate 10 services".
    'implement', 'deploy', 'integrate', 'migrate', 'release',
    // People surveyed, counted or on a cadence: "Survey employees monthly", "Survey ten candidates".
    'survey',
    // Systems connected, counted: "Integrate with 3 third-party data sources" (what the connections bring is the result).
    'integrate', 'integrate with',
    // Models trained, counted: "Train at least 5 classifiers" (what the models reach, "… and achieve ≥ 80% accuracy", is the result).
    'train',
    // Pieces of work readied, counted: "Prepare two DL projects for my resume".
    'prepare',
  ],
  laggingMetrics: [
    'revenue', 'arr', 'mrr', 'acv', 'churn', 'nps', 'net promoter score', 'retention', 'net revenue retention',
    'nrr', 'profit', 'profitability', 'ebitda', 'margin', 'bookings', 'closed deals', 'deals closed',
    'closed-won', 'win rate', 'sales pipeline', 'qualified pipeline', 'pipeline value', 'pipeline coverage',
    'in pipeline', 'of pipeline', 'new pipeline', 'market share', 'gmv', 'ltv', 'lifetime value',
    'customer satisfaction', 'csat', 'renewal rate', 'renewals', 'earnings', 'income', 'iacv', 'nacv', 'tcv', 'quota',
    'quota attainment', 'plan attainment', 'attainment', 'of plan', 'pipeline', 'deals won', 'won deals', 'new business',
    // Sales closed and people gone: counted once the quarter's work has played out (`Increase new product sales from $12m`,
    // `Close $500k in new enterprise deals`, `Reduce voluntary attrition from 25% to 10%`).
    'product sales', 'net sales', 'total sales', 'annual sales', 'in sales', 'deals', 'attrition', 'turnover',
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
    'pipeline', 'mqls', 'mql', 'sqls', 'sql', 'leads', 'signups', 'sign-ups', 'bookings', 'revenue', 'arr', 'mrr',
    'demand', 'adoption', 'growth', 'engagement', 'awareness', 'conversions', 'advocacy', 'excellence', 'step change',
    'step-change', 'a reputation', 'reputation', 'a community', 'community', 'an ecosystem', 'ecosystem', 'a movement',
    'talent', 'leaders', 'skills', 'presence', 'a presence', 'foothold', 'a foothold',
    // "Build an audience around our videos", "Build a loyal base of returning customers": the people who follow or come back.
    'audience', 'an audience', 'following', 'a following', 'base', 'a base', 'fanbase', 'a fanbase',
    // "Establish long-term sustainability for the platform": a state the organisation is in.
    'sustainability', 'resilience',
    // "Create value for members": the value people get is the outcome, whatever makes it.
    'value',
    // "Create greater cohesion among logged-in tools": a quality of the whole, brought about.
    'cohesion', 'coherence', 'consistency', 'transparency', 'visibility',
    // "Add richness to the web platform": what the platform lets people do, grown.
    'richness',
    // "Promote a greater emphasis on partnerships": where people put their attention.
    'emphasis', 'focus',
    // "Remove friction from the first week": what stands in people's way, taken away, is the change they feel.
    'friction', 'barriers',
    // "Establish market leadership in AI governance": a standing in others' eyes, won.
    'leadership', 'credibility', 'authority',
    // "Create a good first impression on customers": what people come to think of it, made.
    'impression', 'an impression',
  ],
};

export interface LexiconExtension {
  add?: string[];
  remove?: string[];
}

/** The lists that are one list under two names: a change to either applies to both. */
const SAME_LIST: Partial<Record<LexiconName, LexiconName>> = { deliverableVerbs: 'taskVerbs' };

/** Applies config extensions to the defaults; words compare case-insensitively. */
export function extendLexicon(
  base: Lexicon,
  ext: Partial<Record<LexiconName, LexiconExtension>> | undefined,
): Lexicon {
  if (!ext) return base;
  const changes: Partial<Record<LexiconName, LexiconExtension[]>> = {};
  for (const key of Object.keys(base) as LexiconName[]) {
    const change = ext[key];
    if (!change) continue;
    const list = SAME_LIST[key] ?? key;
    (changes[list] ??= []).push(change);
  }
  const out = { ...base };
  for (const key of Object.keys(changes) as LexiconName[]) {
    const added = changes[key]!.flatMap((c) => c.add ?? []).map((w) => w.toLowerCase());
    const removed = new Set(changes[key]!.flatMap((c) => c.remove ?? []).map((w) => w.toLowerCase()));
    out[key] = [...base[key], ...added].filter((w) => !removed.has(w));
  }
  for (const [alias, list] of Object.entries(SAME_LIST) as [LexiconName, LexiconName][]) out[alias] = out[list];
  return out;
}

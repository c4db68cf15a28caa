/** Query helpers the key-result rules share, so each rule can tell where a more specific one fires. */
import type { KrNumbers, PlanNode, Quantity } from '../../model';
import { fieldOf } from '../../model';
import type { Lexicon } from '../../lexicon';
import type { WorkspaceGraph } from '../../graph';
import { CURRENCY, findQuantities, krNumbersFromTitle, parseQuantity, PERCENT_WORDS, westernNumerals, type QuantityMatch } from '../../parse/quantity';
import { startsWithPhrase } from './text-match';
import { UNKNOWN_QUANTITY } from './field-values';
import { matchesOf } from '../../regex-matches';
import { INTENTION, KANA_OR_HANGUL, MANNER_ADVERB, pastForms, taskVerbPhrase, verbFinalTaskVerb } from './verb-phrase';

/**
 * A reading of one node with a lexicon, kept while the node lives: nodes never change (an edit
 * makes new ones), and a plan is checked again, unchanged, whenever a plan it links to changes
 * (a company plan's 2,000 team plans when a company key result is renamed). The readings of
 * titles are most of what a check allocates; kept, such a re-check reads each title once. Kept
 * for only the last few thousand nodes, 10 MB less stayed alive on 2,000 published-shape plans,
 * but that re-check took a quarter more time (docs/benchmarks.md, "Memory of resting plans").
 */
function keptPerNode<T>(read: (kr: PlanNode, lexicon: Lexicon) => T): (kr: PlanNode, lexicon: Lexicon) => T {
  // By lexicon, then by node: one entry per node (a wrapper per reading weighed as much as the reading).
  const kept = new WeakMap<Lexicon, WeakMap<PlanNode, T>>();
  return (kr, lexicon) => {
    let byNode = kept.get(lexicon);
    if (!byNode) kept.set(lexicon, (byNode = new WeakMap()));
    if (byNode.has(kr)) return byNode.get(kr)!;
    const value = read(kr, lexicon);
    byNode.set(kr, value);
    return value;
  };
}

/** The numbers a KR's title states (baseline, target, threshold or relative target). */
export function titleNumbers(kr: PlanNode): KrNumbers {
  return krNumbersFromTitle(kr.title);
}

/**
 * What the writer notes about the work, not a level it reaches: the time given to it, an effort estimate in brackets
 * closing the statement ("Apply the changes to the spec (3 days)") or a timebox opening it ("1 week sprint to evaluate
 * …"), or the grade it got at the review, a score from 0 to 1 in brackets closing it ("Litmus cookbook (0.8)", "-- (1)"),
 * or the scale it is graded on ("Style guide published (0.0 → 1.0)").
 * Where it stands in the title.
 */
const NOTE_ON_THE_WORK = /\(\s*0(?:\.0{1,3})?\s*(?:\u2192|->|=>|to)\s*1(?:\.0{1,3})?\s*\)\s*$|\(\s*(?:~|about\s+|approx\.?\s+)?\d+(?:\.\d+)?\s*(?:h|hrs?|hours?|d|days?|wks?|weeks?|mo|months?)\s*\)\s*$|^\s*\d+[ -](?:day|week|month)s?\s+(?:sprint|timebox|spike)\b|\(\s*(?:0(?:\.\d{1,3})?|1(?:\.0{1,3})?)\s*\)\s*$/i;

export function noteOnTheWork(title: string): { start: number; end: number } | undefined {
  const m = NOTE_ON_THE_WORK.exec(title);
  return m ? { start: m.index, end: m.index + m[0].length } : undefined;
}

/** A template's slot for the writer to fill (`Paste a relevant metric for goal 1 from above here.`, `Insert your key result here`). */
const SLOT_TO_FILL = /^(?:paste|insert|enter|write|put|fill\s+in|type)\s+[^.\n]{0,100}?\bhere[.!]?$/i;

/**
 * A key result whose whole text is withheld from the published plan (`[redacted]`, `[confidential]`, `███`) or not yet
 * written (a template's slot, `Paste a relevant metric … here.`): nothing in it can be judged.
 */
export function withholdsText(kr: PlanNode): boolean {
  return /^\s*(?:\[\s*(?:redacted|withheld|confidential|private)\s*\]|\u2588{2,})\s*\.?\s*$/i.test(kr.title) || SLOT_TO_FILL.test(kr.title);
}

/** `of the 100 most populous cities`, `of our 50 largest customers`: a number that says which things are counted, no level. */
const SET_DEFINITION = /\bof[ \t]+(?:the[ \t]+|our[ \t]+)?(\d{1,6})(?=[ \t]+(?:most|largest|biggest|highest|top|leading|busiest|oldest|newest)\b)/gi;

/** The title with the numbers that define a counted set written as words, so that no reader takes them for a target. */
function withoutSetDefinition(title: string): string {
  return title.includes(' of ') ? title.replace(SET_DEFINITION, (whole, number: string) => whole.slice(0, whole.length - number.length) + 'N'.repeat(number.length)) : title;
}

/** `(100% complete)` after a statement: the work marked done, no level of an outcome. */
const MARKED_COMPLETE = /\(\s*100[ \t]?%[ \t]*(?:complete|completed|done|finished|implemented)\s*\)/iu;

/**
 * `Ontology formally defined with 5 core concepts`, `Semantic Layer with 10+ scoring rules documented and tested`: a piece
 * of work written as done, its size in things after "with", which says how big the deliverable is, no level of an outcome.
 */
const WORK_WRITTEN_DONE = /\b(?:defined|documented|built|implemented|shipped|delivered|completed|published|released|tested|deployed|functional)\b/i;
const SIZE_OF_THE_WORK = /\bwith\s+(?:at\s+least\s+)?\d[\d,]*\+?\s+(?!(?:fewer|less|more|extra|new)\b)(?:[\p{L}-]+\s+){0,2}?[\p{L}-]+s\b/giu;

function withoutSizeOfDoneWork(title: string): string {
  if (title.includes('%') || !WORK_WRITTEN_DONE.test(title)) return title;
  return title.replace(SIZE_OF_THE_WORK, (size) => ' '.repeat(size.length));
}

/** True when the KR states a number to reach: a target or baseline in its title, or a `Target` field. */
export function statesANumber(kr: PlanNode): boolean {
  const note = noteOnTheWork(kr.title);
  // Blanked, not cut: the note's place in the title stays where it was found.
  const title = withoutSizeOfDoneWork(withoutSetDefinition(kr.title)).replace(MARKED_COMPLETE, (mark) => ' '.repeat(mark.length));
  const numbers = note ? krNumbersFromTitle(title.slice(0, note.start) + title.slice(note.end)) : krNumbersFromTitle(withoutMetricDefinition(title));
  return numbers.target !== undefined || numbers.baseline !== undefined || targetFieldStatesANumber(kr);
}

/**
 * `Target: 3 members`, `Target: ≤2步`, `Target: 13/13`, `Target: Top 100`, `Target: at least 60%`, `Target: reach 40 …`, `Target: All 14 packages`: a
 * target field opening with its number, maybe after a bound, a currency code (`Rp 5 juta`), a rank or a verb of reaching (`Target: 保持领先`, "stay
 * ahead", and `Target: v3` have none), or stating it as a key result does (`Target: Avg words/file < 1,200`, `Target: Q4
 * average of 6.5M subscribers`).
 */
const BEFORE_TARGET_NUMBER = /^(?:>=|<=|[<>≤≥~≈]|top\b|all\s+(?=\d)|(?:rp|idr|usd|eur|gbp|inr|rs\.?|r\$)[ \t]*(?=\d)|(?:at\s+(?:least|most)|more\s+than|less\s+than|fewer\s+than|no\s+(?:more|less|fewer)\s+than|up\s+to|over|under|above|below|about|around|approx(?:imately|\.)?|reach|hit|achieve|get\s+to)\b)[ \t]*/i;
/**
 * A bound or a move before a number (`< 15%`, `by 20%`, `to 3`, `at least 10`, `within 10 minutes`), an average (`average of 6.5M`) or a share of
 * a set (`100% of priority charter leaders`): a statement of a level, not a note with a number in it.
 */
const LEVEL_CUE = new RegExp(String.raw`[<>≤≥]|\b(?:by|to|under|over|below|above|within|at[ \t]+(?:least|most)|(?:less|more|fewer)[ \t]+than|(?:average|avg\.?|mean|median)(?:[ \t]+of)?)[ \t]+${CURRENCY}?\d|\d[ \t]?%[ \t]+of[ \t]+\p{L}`, 'iu');

/** `Governance overhead < 15% of tokens`: a target field's value stating a level as a key result's title does (`_set after 2 weeks of data_` states none). */
export function statesATargetLevel(value: string): boolean {
  const text = value.trim();
  return !UNKNOWN_QUANTITY.test(text) && (LEVEL_CUE.test(text) || METRIC_THEN_LEVEL.test(text)) && krNumbersFromTitle(text).target !== undefined;
}

/** `NPS 50`, `ARR $2M`, `Churn 3%`, `p95 300 ms`, `Weekly users 18k`, `NPS of 50`: a metric's name, then its level. */
const METRIC_THEN_LEVEL = new RegExp(String.raw`^\p{L}[\p{L}\p{N}/.-]*(?:[ \t]+[\p{L}\p{N}/.-]+){0,3}[ \t]+(?:of[ \t]+)?${CURRENCY}?\d[\d.,]*[ \t]*(?:%|[kmb]|ms|s|sec|min|h|x|days?|hours?|weeks?)?$`, 'iu');

/** `$2M`, `40`, `+10% incremental conversions`: a value opening with its number, maybe signed. */
const MONEY_OR_NUMBER_FIRST = new RegExp(String.raw`^[+±]?${CURRENCY}?\d`);

function targetFieldStatesANumber(kr: PlanNode): boolean {
  const target = fieldOf(kr, 'target');
  if (target === undefined) return false;
  const value = westernNumerals(target.value.trim()).replace(/^(?:\*\*|__)/, '').replace(BEFORE_TARGET_NUMBER, '');
  // `| Target |` holding `Governance overhead < 15% of tokens`, `Reduce L2 file count by 20%`: a statement of the target.
  return parseQuantity(target.value) !== undefined || MONEY_OR_NUMBER_FIRST.test(value) || statesATargetLevel(target.value);
}

/** A title's one bracketed aside, closing it: the name before it and what it holds. */
function closingAside(title: string): [name: string, aside: string] | undefined {
  let end = title.trimEnd();
  while (end.endsWith('.')) end = end.slice(0, -1).trimEnd();
  const open = end.indexOf('(');
  if (!end.endsWith(')') || open <= 0 || open !== end.lastIndexOf('(') || end.indexOf(')') !== end.length - 1) return undefined;
  return [end.slice(0, open).trimEnd(), end.slice(open + 1, -1)];
}
/** An aside opening on none of something (`0 crashes during demo`, `zero errors`). */
const NONE_GONE_WRONG = /^\s*(?:0|zero|no)[ \t]+\p{L}/iu;
/** Words that make an aside a target, a bound or a starting point, not a definition ("(target 3-7 days)", "(from 5% to 3%)", "(at least three new issuers)"). */
const TARGET_WORDS = /\b(?:targets?|goals?|aim|from|to|currently|baseline|was|now|today|vs\.?|at[ \t]+(?:least|most))\b/i;

/**
 * "Viable conversation rate (3+ members within 24 hours)", "Active participation rate (daily active users who send
 * messages)": a metric named, then what it counts defined in brackets. The numbers and cadences of the definition say
 * what is counted, no level to reach. An aside with a level (`(99.9% or higher)`) or a target word is kept.
 */
export function withoutMetricDefinition(title: string): string {
  const aside = closingAside(title);
  if (!aside) return title;
  const [name, definition] = aside;
  // "All core features demoed (0 crashes during demo)": none of a thing gone wrong is a bar, no definition.
  if (findQuantities(name).length > 0 || TARGET_WORDS.test(definition) || NONE_GONE_WRONG.test(definition) || !/\p{L}{3,}[ \t]+\p{L}{3,}/u.test(definition)) return title;
  return findQuantities(definition).some((q) => LEVEL_UNITS.has(q.quantity.unit ?? '')) ? title : name;
}

/**
 * Bars a person can check without a figure written as one: a zero target ("No PRs merged after the freeze",
 * "Zero P1 incidents"), a limit in words ("fix it within an hour", "more than one business day", "at least
 * once a year"), a cadence ("ship every two weeks", "weekly testing"), full coverage of a countable set ("All
 * infrastructure roles are contested", "content for each section", "any component can be deployed"), progress kept as a fraction of a set ("[6/18]"), a comparison with a known count
 * or a known thing ("more combined views than the existing video", "twice as many as last year", "as fast as simple text", "above the last 12 months’ peaks"), a spelled threshold ("five or
 * more teams"), a published standard or scale ("DORA elite", "WCAG 2.1 AA", "TRL-7"), a rank ("1st - 3rd rank"), a score on a known scale ("10/10 rating"), and a level held in a service-level objective,
 * agreement or error budget written elsewhere ("Keep the endpoint in SLO", "stays within its error budget").
 */
/** A limit in words: "within an hour", "in under two days", "within one release", "maximum up to one month", "no longer than two weeks". */
const TIME_LIMIT = /\b(?:within|in under|in less than|(?:a\s+)?max(?:imum)?\.?(?:\s+of)?(?:\s+up\s+to)?|up\s+to|no\s+(?:more|longer)\s+than)\s+(?:an?|one|two|three|four|five|a few)\s+(?:business\s+)?(?:minutes?|hours?|days?|weeks?|months?|releases?|sprints?|cycles?)\b/i;

/**
 * A count of people moved in a way nobody can observe: "influence 30+ developers", "100+ owners inspired". Who counts as
 * influenced is undefined, so the number cannot be read off, unless the title says how it is measured.
 */
// "Impacted" is left out: owners impacted by an outage can be counted.
const VAGUE_EFFECT = /\b(?:influenc(?:e|es|ed|ing)|inspir(?:e|es|ed|ing)|empower(?:s|ed|ing)?)\s+(?:at\s+least\s+|more\s+than\s+|over\s+)?[~≥>]?\s?\d[\d,.]*(?![\d,.]*\s*%)\+?|(?<![\d,.])\d[\d,.]*\+?\s+(?:[\p{L}-]+\s+)?(?:influences|influenced|inspired|empowered)\b/iu;
const MEASURED_BY = /\b(?:measured|defined|counted|shown|tracked)\s+(?:by|as|through|via)\b/i;

/** True when the only way the title states its number is as a count of people moved in an unobservable way. */
export function countsAVagueEffect(kr: PlanNode): boolean {
  return VAGUE_EFFECT.test(kr.title) && !MEASURED_BY.test(kr.title);
}

/** True when the title sets a time limit for work that keeps coming ("Fix all new P1 bugs within one release"): a service level, not a task. */
export function setsATimeLimit(kr: PlanNode): boolean {
  return TIME_LIMIT.test(kr.title);
}

/** The adjectives of a cadence: "weekly", "bi-weekly". */
const CADENCE_ADJECTIVES = String.raw`daily|weekly|fortnightly|bi-?weekly|monthly|quarterly`;
/** A cadence: "weekly", "every sprint", "each quarter". */
const CADENCE = new RegExp(String.raw`\b(?:${CADENCE_ADJECTIVES}|every\s+(?:day|week|month|quarter|sprint|release|(?:two|three|four|\d+)\s+(?:days|weeks|months))|each\s+(?:day|week|month|quarter|year))\b`, 'i');
/**
 * A metric counted over a period as the key result, alone or after a verb of change, its name ending the phrase
 * ("Monthly active users (…)", "Grow monthly revenue", "Increase monthly active engagement across channels", an average
 * or a rate of it, "Weekly Active Usage Rate Among Users", "Average Monthly Active Usage Days per user"): no bar,
 * a metric with no level ("Review monthly revenue" and "Weekly visits to key customers" are work on a cadence).
 */
const METRIC_OVER_A_PERIOD = new RegExp(String.raw`^(?:(?:increase|grow|raise|improve|boost|double|triple|reduce|cut|lower|decrease|maintain|keep|sustain|expand|drive)\s+(?:our\s+|the\s+)?)?(?:(?:average|median|mean|total)\s+)?(?:${CADENCE_ADJECTIVES})\s+(?:(?:active|recurring|unique|new|returning)\s+)?(?:(?!(?:with|to|from|in|on|across|for|at|by|of|and|or|the|a|an|each|every|all)\b)[\p{L}-]+\s+)?(?:users|members|customers|teams|accounts|visitors|readers|engagement|contributors|revenue|devices|owners|subscribers|sign-?ups|usage|sales|traffic|orders|transactions|spend|income|downloads|installs|addresses|wallets|players|learners|students)(?:\s+(?:rate|ratio|days|time|count|share|score))?(?=\s*(?:$|[.,;:()]|\d|(?:by|to|from|in|on|across|of|per|for|above|below|over|under|at|and|or|among)\b))`, 'iu');

/** A statement closing on its deliverable being done, an aside after it allowed: "… dashboard shipped (MAU, listings)". */
const DELIVERABLE_DONE = /\b(?:shipped|launched|live|released|built|delivered|published|implemented|deployed|completed|set[ \t]+up|in[ \t]+place)[ \t]*(?:\([^()]*\))?[ \t]*[.;]?[ \t]*$/i;
/** One thing compared with another named after "than" ("more commonly than raw data"), not with a time ("than ever"). */
const ONE_THING_AGAINST_ANOTHER = /\b(?:more|higher|greater|lower|fewer|less)(?:[ \t]+[\p{L}-]+){0,3}?[ \t]+than[ \t]+(?!(?:ever|before|usual|now|today|expected)\b)(?:the[ \t]+|those[ \t]+|that[ \t]+|for[ \t]+)?[\p{L}“"‘']/iu;
/** A change over time left without a size ("access diminishes over time"). */
const TREND_OVER_TIME = /\b(?:diminish|decreas|increas|grow|declin|improv|ris|fall|drop)\w*[ \t]+over[ \t]+time\b/i;

/**
 * Bars a person can check with no figure written; "all team revenue goals" (a set named in the singular, as a modifier of
 * goals or targets) points at targets set elsewhere, no bar of its own ("All teams publish OKRs" is one).
 */
const CHECKABLE_BARS: { test(title: string): boolean }[] = [
  // A time of day to be done by ("Go to sleep by 10:30pm", "Church by 9:45", "At my desk before 8 am"): checked on each day.
  /\b(?:by|before|until|no\s+later\s+than)\s+(?:\d{1,2}:\d{2}(?:\s?[ap]\.?m\.?)?|\d{1,2}\s?[ap]\.?m\.?)(?![\p{L}\p{N}])/iu,
  // "No PRs merged after the freeze", "There are no critical vulnerabilities by the end of the quarter", in bold too
  // ("**No critical bugs** (crashes, save loss)", "**Zero** regulatory breaches").
  /^(?:\*\*|__)?(?:there\s+(?:are|is|will\s+be)\s+)?(?:no|zero)(?:\*\*|__)?\s+\p{L}/iu,
  // "Eliminate systems downtime in Q2": a move to none, checked by there being none; so is "Duplicate reposts are
  // prevented across restarts".
  /^(?:eliminate|eradicate|get\s+rid\s+of)\s+(?:all\s+)?\p{L}/iu,
  /\b(?:is|are)\s+(?:fully\s+|completely\s+|always\s+)?(?:prevented|eliminated)\b/i,
  // A run with nothing lost or found wrong in it: "Survive process restarts with no job loss", "with zero data loss",
  // "Penetration testing completed with no critical vulnerabilities", "Cutover completed with no inbound link or search
  // ranking lost".
  // "The number of open bugs did not increase during the quarter", "Prevent bug count from creeping up": a count held where
  // it stands, checked against the start.
  /\b(?:did|does|do|will|should)\s+not\s+(?:increase|grow|rise|go\s+up)\b|\bprevent\s+(?:[\p{L}#-]+\s+){1,4}?from\s+(?:creeping|going|rising|growing)\s+up\b/iu,
  // "BGPT causes no P1 animation regressions", "The new compositor introduces no new crashes": none of what could go wrong.
  /\b(?:causes?|introduces?|creates?|brings?|adds?)\s+(?:no|zero)\s+(?:[\p{L}\p{N},-]+\s+){0,3}?(?:regressions?|bugs?|errors?|incidents?|crashes?|failures?|issues?|outages?|breakages?)\b/iu,
  // "End quarter with no P0,P1 issues that we started the quarter with": none of a class of issues left.
  /\bwith\s+(?:no|zero)\s+(?:[\p{L}\p{N},-]+\s+)?(?:loss|downtime|errors?|failures?|incidents?|crashes?|vulnerabilit(?:y|ies)|bugs?|defects?|findings?|issues|regressions|blockers)\b/iu,
  /\bwith\s+(?:no|zero)\s+(?:[\p{L}-]+\s+){1,6}?(?:lost|dropped|broken)\b/iu,
  // A run with nothing going wrong in it: "running without errors or alerts", "without any downtime".
  /\b(?:run|runs|running|operat(?:e|es|ing)|work|works|working|complet(?:e|es|ing)|finish(?:es|ing)?)\s+without\s+(?:any\s+)?(?:errors?|failures?|incidents?|alerts?|downtime|outages?|regressions?|crashes?|data\s+loss)\b/i,
  TIME_LIMIT,
  /\b(?:more|less|fewer|later)\s+than\s+(?:an?|one|two|three|four|five|\d)/i,
  /\bat\s+(?:least|most)\s+(?:once|twice|one|two|three|four|five)\b/i,
  // "Ship weekly", "a monthly review", "Review monthly revenue", "Weekly user interviews": a cadence of the work.
  // Not a deliverable named by its cadence and written as done ("Weekly product metrics dashboard shipped (MAU, …)").
  { test: (title: string) => CADENCE.test(title) && !METRIC_OVER_A_PERIOD.test(title) && !DELIVERABLE_DONE.test(title) },
  // A frequency: "twice a year", "once per quarter", "three times a month".
  /\b(?:once|twice|thrice|(?:two|three|four|\d+)\s+times)\s+(?:a|an|per|each|every)\s+(?:day|week|month|quarter|year|sprint|release)\b/i,
  /\b(?:all|every|each|any)\s+(?:of\s+(?:the|our)\s+)?(?:[\p{L}"'“”&-]+\s+){0,3}?(?:roles?|sections?|meetings?|videos?|influencers?|pages?|teams?|repos?|repositories|services?|customers?|products?|issues?|tests?|endpoints?|languages?|members?|components?|systems?|engineers?|analysts?|employees?|apps?|applications?|tools?|platforms?|workflows?|datasets?|portfolios?|clusters?|machines?|hosts?|servers?|regions?|devices?|runbooks?|dashboards?|environments?|databases?|suppliers?|vendors?|secrets?|credentials?|accounts?|documents?|packages?|modules?|partners?|clients?|sites?|stores?|contracts?|libraries|projects?|vulnerabilit(?:y|ies)|bugs?|defects?|incidents?|alerts?|tickets?|findings?|steps?|flows?|requirements?|discrepanc(?:y|ies)|transactions?|records?|variances?)\b(?:(?<=s)|(?!\s+(?:[\p{L}-]*(?:[^\s\p{P}s]|sales)\s+)?(?:goals?|targets?|quotas?|kpis?|okrs?|objectives?)\b))/iu,
  // "Keyboard only operation covers the full demo script": the whole of a known thing, covered.
  /\b(?:covers?|covering|covered)\s+(?:the\s+)?(?:full|entire|whole|complete)\s+\p{L}/iu,
  // Progress tracked as a fraction of a set (`[6/18]`, `[2.5/4]`): the set is the bar.
  /\[\s*\d+(?:\.\d+)?\s*\/\s*(?:[2-9]|\d{2,})\s*\]\s*$/,
  /\bmore\b.{1,60}\bthan\s+(?:the\s+)?(?:existing|current|last|previous)\b/iu,
  // One named thing against another: "Analysed data is accessed more commonly than raw data", "Access statistics for releases
  // are higher than for the live view" (not "more productive than ever", "better than before": no second thing to read; nor
  // with a trend left open beside it, "… but access diminishes over time").
  { test: (title: string) => ONE_THING_AGAINST_ANOTHER.test(title) && !TREND_OVER_TIME.test(title) },
  /\b(?:twice|(?:two|three|four|ten)\s+times)\s+as\s+(?:many|much)\b/i,
  /\bas\s+(?:fast|quick|small|light|cheap|reliable|accurate|stable)\s+as\b/i,
  /\b(?:above|below|beyond|exceeding|higher\s+than|lower\s+than)\s+(?:the\s+|our\s+)?(?:last|past|previous|prior|current|existing)\b/i,
  /\b(?:one|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty)\s+or\s+(?:more|fewer|less)\b/i,
  /\b(?:dora|wcag|soc\s?2|iso\s?27001|fedramp)\b/i,
  // A technology readiness level, a published scale: "to achieve TRL-7", "at TRL 6".
  /\btrl[- ]?[1-9]\b/i,
  // A rank to reach: "a pole position (1st - 3rd rank)", "rank in the top 3".
  /\b(?:1st|first)\s*[-–]\s*(?:[2-9](?:nd|rd|th)|second|third)\s+(?:rank|place)\b|\brank(?:ed)?\s+(?:in\s+the\s+)?top\s+\d{1,3}\b/i,
  // A tier of a ranked ladder, reached or not: "Get to Diamond", "Reach Platinum rank in ranked play".
  /^(?:get|reach|climb|make\s+it)\s+(?:up\s+)?(?:to\s+)?(?:bronze|silver|gold|platinum|diamond|master|grandmaster|challenger)(?:\s+(?:rank|tier|league|division))?(?:\s+(?:in|on)\s+[^,;]{1,40})?[\s.!]*$/i,
  // A size written as its count of digits or figures: "7-digit funding annually", "a six-figure revenue run rate".
  /\b(?:\d{1,2}|five|six|seven|eight|nine|ten)[- ](?:digit|figure)s?\b/i,
  // A score on a known scale: "Get 10/10 rating from the checker", "a score of 4.5/5".
  /\b\d{1,3}(?:\.\d)?\s?\/\s?(?:5|10|100)\s+(?:ratings?|scores?|stars?|grades?)\b|\b(?:rating|score|grade)\s+of\s+\d{1,3}(?:\.\d)?\s?\/\s?(?:5|10|100)\b/i,
  // One metric held below or above another: "customer acquisition cost < 6-month lifetime value", "LTV > CAC".
  /\p{L}\)?\s+(?:[<>]=?|[≤≥])\s+(?:\d+[- ](?:day|week|month|year)s?[- ])?\p{L}/u,
  // A rank on a known distribution: "to the 75th percentile of the industry panel".
  /\b\d{1,2}(?:st|nd|rd|th)\s+percentile\b/i,
  // A bound on time written as a prefix: "sub-second responses", "sub-2-second page loads", "sub-200ms".
  /\bsub-(?:\d+(?:\.\d+)?[ -]?)?(?:ms|milliseconds?|s|secs?|seconds?|minutes?)\b/i,
  // A position in search results: on the first page for a phrase or not.
  /\b(?:first|front|top)\s+page\s+of\s+(?:the\s+)?(?:google|bing|search)\b/i,
  // The whole of a set, or a cadence, in the other languages plans are written in: `à l'ensemble des Fabriquants`, `tous
  // les membres`, `cada cliente`, `alle Teams`, `毎日` (every day), `全て` and `所有` (all; not all of something understood, `全部理解する`),
  // `모든` (every).
  /(?<!\p{L})(?:(?:tous|toutes)\s+les|l['’]ensemble\s+(?:des|de\s+la|du)|chaque|(?:todos|todas)\s+(?:los|las|os|as)|cada|alle|jede[nrms]?)(?!\p{L})|毎日|毎週|毎月|(?:すべて|全て|全部)(?![^、。]{0,40}(?:理解|把握|知る|学ぶ))|每天|每日|每周|每月|所有(?![者権物す])|모든|매일|매주|매월/iu,
  // Money in and out that meet: "Break even on Hub operations" (the result at or above zero), `收支打平`, `盈亏平衡`; a
  // net change above zero is that bar too ("Return to net positive subscriber growth").
  /\bbreak[ -]?even\b|\bnet[ -]positive\b|收支(?:打平|平衡)|盈亏平衡|損益分岐|손익분기/i,
  // A number the published plan withholds (`年收入超过 XXX`, `占比至 XX%`): it was written, only not shown.
  /(?<![\p{L}\p{N}])X{2,}(?![\p{L}\p{N}])/u,
  // A letter grade: "Achieve an A grade in the math exam", "a B+ rating from the inspectors", "A grade on Mozilla Observatory for the shop" (the grade itself first).
  /\b(?:an?|the)\s+["“]?[A-F][+-]?["”]?\s+(?:grade|rating|mark)\b|^["“]?[A-F][+-]?["”]?\s+(?:grade|rating)\s+(?:on|from|in|at)\b/u,
  // A score on a known language or admissions test, glued or not: "TOEIC800", "IELTS 7.0", "TOEFL 100".
  /\b(?:toeic|toefl|ielts|gmat|gre|sat|hsk)[ \t]?\d{1,3}(?:\.\d)?(?!\d)/iu,
  // A result decided on a known day, won or not: "Win a district event", "Qualify for the finals", "Pass the AWS exam",
  // "Get accepted into the batch" (not "Win the AI race", "Qualify for larger deals", "Pass the smell test", "Be accepted as …").
  /^win\s+(?:a|an|the|one|our|this\s+year['’]s)\s+(?:(?!(?:share|number|majority|more|most|bigger|larger|lots?|portion|part)\b)[\p{L}\p{N}'’-]+\s+){0,3}?(?:events?|awards?|prizes?|competitions?|championships?|tournaments?|hackathons?|grants?|contracts?|tenders?|medals?|elections?|trophy|trophies|cups?|(?:quarter-?|semi-?)?finals?|leagues?|titles?|play-?offs?)\b/iu,
  // A place in a table decided at the season's end: "by coming fourth or above in the league", "finish second or better".
  /\b(?:com(?:e|es|ing)|finish(?:es|ing)?|plac(?:e|es|ing)|end(?:s|ing)?)\s+(?:in\s+)?(?:first|second|third|fourth|fifth|sixth|\d{1,2}(?:st|nd|rd|th))(?:\s+place)?\s+or\s+(?:above|better|higher)\b/iu,
  /^qualif(?:y|ies)\s+(?:for|to)\s+(?:the\s+)?(?:(?:state|national|regional|district|world|european|olympic)\s+)?(?:finals?|semi-?finals?|quarter-?finals?|playoffs?|championships?|champs|nationals|worlds|olympics)\b/iu,
  // "Qualify for DCMP": an event named by its initials (not "Qualify for Series A funding").
  { test: (title: string) => { const event = /^qualif(?:y|ies)\s+(?:for|to)\s+(?:the\s+)?/i.exec(title); return event !== null && /^[A-Z]{2,}\b/.test(title.slice(event[0].length)); } },
  /^pass(?:es)?\s+(?:(?:the|an?|our|its|their)\s+)?(?:[\p{L}\p{N}'’-]+\s+){0,4}?(?:exams?|examinations?|audits?|certifications?|inspections?)\b/iu,
  /^(?:get|be)\s+(?:accepted|admitted|selected|elected|certified)\s+(?:into|to|for|at|by)\s+(?:the\s+|a\s+|an\s+)?(?:\p{L}[\p{L}\p{N}'’-]*\s+){0,3}?(?:batch|programs?|programmes?|cohorts?|accelerators?|incubators?|conferences?|universit(?:y|ies)|schools?|colleges?|boards?|councils?)\b/iu,
  // "Achieve at least semi-finals in every competition": a rank reached in each event of a season, a checkable bar.
  /\bat\s+least\s+(?:the\s+)?[\p{L}\p{N}-]+(?:\s+[\p{L}\p{N}-]+)?\s+(?:in|at)\s+(?:every|each)\s+(?:competition|tournament|match|event|race)\b/iu,
  // A level the team already keeps written down: held in its service-level objective, agreement or error budget.
  /\b(?:in|within|inside|meets?|meeting)\s+(?:its\s+|their\s+|the\s+|our\s+)?(?:slos?|slas?|error[ -]budgets?)\b/i,
];

/** True when the title sets a bar a person can check, though it writes no figure (see `CHECKABLE_BARS`). */
export function setsACheckableBar(kr: PlanNode): boolean {
  const title = withoutMetricDefinition(kr.title);
  return CHECKABLE_BARS.some((bar) => bar.test(title)) || TARGET_MET_OR_NOT.test(fieldOf(kr, 'target')?.value.replace(/[*_]/g, '').trim() ?? '');
}

/**
 * A target cell a person checks as met or not (`| Signed Releases | Yes | 🟢 | Yes |`, `| SonarCloud Quality Gate | … |
 * Pass |`, `| OpenSSF Best Practices | … | Passing |`) or a cadence to keep (`| Release Frequency | TBD | … | Monthly |`).
 */
const TARGET_MET_OR_NOT = new RegExp(String.raw`^(?:yes|pass(?:ing|ed)?|green|compliant|certified|enabled|on|✅|${CADENCE_ADJECTIVES})$`, 'iu');

/**
 * The area a key result is filed under, before a colon and a statement opening with a capital (`Client communication:
 * Create …`, `Diversity & Inclusion: Hold …`); a metric's name before its value (`Page likes: 2500`) is none, and so is
 * a task before what it lists (`Deploy services with HA: PostgreSQL, RabbitMQ`).
 */
const AREA_LABEL = /^\p{Lu}[\p{L}'’/-]*(?:[ \t]+(?:&|and|(?!(?:with|for|to|of|in|on|at|by|from|via)\b)[\p{L}'’/-]+)){0,3}[ \t]*:[ \t]+(?=\p{Lu}\p{Ll})/u;

/**
 * The title as the rules read its verb: without marks before it, the area it is filed under, the team's intention
 * ("We are aiming to …"), nor the backticks a writer puts around values (`` Interview `5 managers` ``).
 */
export function plainTitle(kr: PlanNode): string {
  return kr.title.replace(/`/g, '').replace(/^[^\p{L}\p{N}#]+/u, '').replace(AREA_LABEL, '').replace(INTENTION, '');
}

/**
 * The task verb (as written) a KR starts with when it is a deliverable with no number ("Launch a new onboarding flow").
 * The verb phrase is judged whole, as for objectives: an outcome or a metric as its object ("Build trust with
 * bookkeepers", "Build enterprise pipeline") is no task.
 */
export const taskVerbOf = keptPerNode(readTaskVerb);

/** A period the work comes back on: "every two weeks", "each sprint", "weekly", "twice a month". */
export const ON_A_CADENCE = /\b(?:every|each)\s+(?:(?:two|three|four|other|\d+)\s+)?(?:days?|weeks?|months?|quarters?|years?|sprints?)\b|\b(?:daily|weekly|bi-?weekly|fortnightly|monthly|quarterly)\b|\b(?:once|twice)\s+(?:a|per)\s+\w/i;

/**
 * "Achieve 100% implementation of all MVP features", "Complete 100% configuration of the key vault", "100% core features
 * implemented", "100% of Paste components updated to new design language": the whole of a piece of work done on what the
 * team makes is the task itself, its percentage no level of an outcome.
 */
const WHOLE_OF_THE_WORK = /^(?:(?:achieve|reach|complete|deliver|ensure|get\s+to)\s+)?(?:an?\s+)?100[ \t]?%[ \t]+(?:(?:implementation|configuration|deployment|roll-?out|migration|set-?up|integration)\s+of\b|(?:of[ \t]+)?(?:the[ \t]+)?(?:[\p{L}-]+[ \t]+){0,2}(?:features?|tasks?|stories|items|deliverables|requirements|milestones|scope|components|pages|services|modules|screens|templates|repositories|repos|apis|endpoints|docs|documents)[ \t]+(?:implemented|completed|delivered|shipped|built|done|finished|updated|migrated|converted|moved|upgraded|refactored|rewritten|redesigned|documented|translated|deployed)\b)/iu;

/**
 * "100% of AEs complete their territory strategy presentation", "Ensure all new hires take Security Awareness training",
 * "100% of our employees have a standardized career plan": a piece of work every one of the team's own people does is
 * done or not, a checklist of the task, no outcome of it (customers or users doing something are an outcome).
 */
const EVERYONE_DOES_THE_WORK = /^(?:ensure\s+(?:that\s+)?)?(?:100[ \t]?%|all|every)\s+(?:of\s+)?(?:our\s+|the\s+)?(?:new\s+)?(?:team\s+members?|employees?|new\s+hires|hires|staff|aes|engineers|managers|people\s+managers|reps|sales\s+reps|direct\s+reports)\s+(?:completes?|takes?|attends?|finish(?:es)?|submits?|are\s+trained|have\s+(?:completed|taken|attended|submitted|an?|their)\s+(?:[\p{L}-]+\s+){0,2}?(?:plans?|presentations?|training|reviews?|certifications?|assessments?|goals))\b/iu;

/** `1`, `1.0`, `100%`: the target of a key result that is done or not done, as OKR tools score a milestone. */
const DONE_OR_NOT_VALUE = String.raw`1(?:\.0+)?|100[ \t]*%`;
const DONE_OR_NOT = new RegExp(String.raw`^(?:${DONE_OR_NOT_VALUE})$`);
/** `(target: 1.0)` after the statement: such a target, written into it by a tool's export. */
const DONE_OR_NOT_ASIDE = new RegExp(String.raw`\([ \t]*target[ \t]*:?[ \t]*(?:${DONE_OR_NOT_VALUE})[ \t]*\)`, 'iu');

/** `10/10`, `5/5`, `25/25 countries`: all of a set the work goes through, done or not. */
const ALL_OF_A_SET = /^(\d{1,3})[ \t]*\/[ \t]*(\d{1,3})(?:[ \t]+[\p{L}-]+)?$/u;

/**
 * True when the key result's only target says it is done or not (`(target: 1.0)`, `Target: 100%`, `| 10/10 |` for "Deploy
 * the model for the top 10 countries"): a milestone, no level.
 */
export function targetsDoneOrNot(kr: PlanNode): boolean {
  const target = fieldOf(kr, 'target');
  if (target === undefined) return DONE_OR_NOT_ASIDE.test(plainTitle(kr));
  const value = target.value.replace(/[*_]/g, '').trim();
  const set = ALL_OF_A_SET.exec(value);
  return DONE_OR_NOT.test(value) || (set !== null && set[1] === set[2]);
}

/**
 * `강의 진행률 100퍼센트 달성하기`, `강의 수강률 70퍼센트`, `课程进度 80%`: progress through a course or a book one takes is
 * the work measured by how much of it is done; a product's completion rate (`온보딩 완료율`) is no such work.
 */
const PROGRESS_THROUGH_A_COURSE = new RegExp(String.raw`(?:강의|강좌|코스|책|课程|课|书|講座|コース|course|book)[ \t]?(?:진행률|진도율|수강률|완강률|进度|完成度|進捗率?|progress)[ \t]?\d{1,3}[ \t]?(?:%|${PERCENT_WORDS})`, 'iu');

function readTaskVerb(kr: PlanNode, lexicon: Lexicon): string | undefined {
  if (setsATimeLimit(kr) || (fieldOf(kr, 'target') !== undefined && !targetsDoneOrNot(kr))) return undefined;
  // "By Week 10, deliver an evaluation …, identifying 1–2 strengths": the deadline and the aside describe the deliverable;
  // "Deliver Casper Support (target: 1.0)": a target of done or not done is none.
  const core = plainTitle(kr).replace(DONE_OR_NOT_ASIDE, '').trimEnd().replace(LEADING_DEADLINE, '').replace(DESCRIPTIVE_ASIDE, '');
  const everyone = EVERYONE_DOES_THE_WORK.exec(core);
  if (everyone) return everyone[0];
  const wholeOfTheWork = WHOLE_OF_THE_WORK.exec(core);
  if (wholeOfTheWork) return wholeOfTheWork[0].replace(/\s+of$/i, '');
  const progress = PROGRESS_THROUGH_A_COURSE.exec(core);
  if (progress) return progress[0];
  // "Finalize the taxonomy covering all 4 tiers (1–4)": the set the task works on, however sized, is no level to reach;
  // "Launch the MVP within 1 month": a deadline for one deliverable is no level either.
  const sized = withoutDeadline(withoutSetSizes(core)).replace(LENGTH_OF_A_DELIVERABLE, '$1 ');
  const single = withoutCountOfOne(sized);
  // "Add 1 new content type": a count of one that kr-measures-activity already tallies is left to it.
  if (single !== sized && activityCountOf(kr, lexicon)) return undefined;
  const numbers = krNumbersFromTitle(single.replace(LISTING_ASIDE, ' '));
  if (numbers.target !== undefined || numbers.baseline !== undefined) return undefined;
  // "Finished the DAO structure", "We have delivered a report": a key result in the past tense reports the work and
  // states no number; `kr-not-measurable` says so.
  // `Webサービスを1つリリース`, `ポートフォリオサイトを公開する`: Japanese and Korean put the verb of the work last.
  return taskVerbPhrase(core, lexicon, { writtenAsDone: false }) ?? (KANA_OR_HANGUL.test(core) ? verbFinalTaskVerb(single) : undefined);
}

/**
 * "Develop an 8 week training plan", "Run a 2-day workshop": the length of what is made, after its article, names the
 * deliverable; no level to reach. The article is kept, the length dropped.
 */
const LENGTH_OF_A_DELIVERABLE = /\b(an?|the|our|my)[ \t]+\d{1,3}[ \t-](?:day|week|month|hour|minute|page|step)s?[ \t-](?=\p{L})/giu;

/**
 * "all 4 place tiers", "the top 3 analyzers": a number that sizes the set a task works through names the work, it is
 * no level to reach, and neither is one counting the parts of what it makes, each named ("Complete core platform with 3
 * AI agents (Query, Insight, Action)"). A count of what a funnel produces keeps its number ("Close the top 20 target accounts").
 */
const SET_SIZE = /\b(all|top)\s+\d[\d,]*(?=\s+((?:[\p{L}-]+\s+){0,2}[\p{L}-]+))/giu;

/** "with 3 AI agents (Query, Insight, Action)": a count of the parts a deliverable is made of, each named in brackets. */
const PARTS_NAMED = /\bwith\s+\d{1,2}\s+((?:[\p{L}-]+\s+){0,2}[\p{L}-]+)(?=\s*\([^(),]+(?:,[^(),]+)+\))/giu;

/** True when the title counts the parts of what it makes, each named ("… with 3 AI agents (Query, Insight, Action)"). */
export function countsItsParts(title: string): boolean {
  return title.replace(PARTS_NAMED, '') !== title;
}

function withoutSetSizes(text: string): string {
  return text.replace(SET_SIZE, (whole: string, word: string, nouns: string) => (nouns.split(/\s+/).some((noun) => FUNNEL_OUTCOMES.test(noun)) ? whole : word)).replace(PARTS_NAMED, 'with $1');
}

/**
 * "Launch first iteration MVP within 1 month", "Ship the partner portal in 6 weeks": a time written in figures after one
 * deliverable is its deadline. Work that keeps coming, named in the plural or as a whole ("Fix all new P1 bugs within 2
 * releases", "Fix P0 bugs in production within 24 hours"), is held to a service level instead, and keeps its number.
 */
const DEADLINE_IN_FIGURES = /\s(?:within|in)\s+(?:the\s+(?:first|next)\s+)?\d+\s+(?:business\s+|working\s+)?(?:hours?|days?|weeks?|months?|sprints?|releases?)\b/iu;
const WORK_THAT_KEEPS_COMING = /\b(?:all|every|each|any|new|incoming|open)\b|\p{L}{2}[^\Wsu]s\b/iu;

/** True when the title gives one deliverable a deadline in figures ("Ship the partner portal in 6 weeks"). */
export function setsADeadlineInFigures(title: string): boolean {
  return withoutDeadline(title) !== title;
}

function withoutDeadline(text: string): string {
  const deadline = DEADLINE_IN_FIGURES.exec(text);
  if (!deadline || WORK_THAT_KEEPS_COMING.test(text.slice(0, deadline.index))) return text;
  return text.slice(0, deadline.index) + text.slice(deadline.index + deadline[0].length);
}

/**
 * "Deploy the contracts to 1 production chain", "Hire one designer": a single thing is the deliverable, no count to
 * reach; one of what a funnel produces ("Close 1 enterprise deal"), one of a scale ("1 million", "1.5 times") and one of a
 * currency ("make $1 from someone I don't know", a first sale) stay.
 */
const COUNT_OF_ONE = /(?<![\p{L}\p{N}.,$€£¥])(?<!\b(?:most|than)\s+)(?:1|one)\s+(?=((?:[\p{L}-]+\s+){0,2}[\p{L}-]+))(?!(?:million|billion|thousand|hundred|k|m|bn|x|percent|pp|points?|times|in|of|out|or|to|per|more|less|fewer|ms|s|secs?|seconds?|mins?|minutes?|h|hrs?|hours?|days?|weeks?|months?|quarters?|years?|business|working|ftes?|full-time|stars?)\b)/giu;

/** True when the title counts one thing to deliver ("Deploy the contracts to 1 production chain"). */
export function countsASingleDeliverable(title: string): boolean {
  return withoutCountOfOne(title) !== title;
}

/** A hire, right before the count: who is hired joins the team, no outcome of a funnel ("Hire one member in Talent"). */
const HIRED = /\bhire\s+$/i;

/** `1つ`, `一つ`, `1個`, `하나`: one of something in Japanese or Korean, a count of one thing to deliver. */
const CJK_COUNT_OF_ONE = /(?<!\d)(?:1|一)(?:つ|個|件|本)|하나(?:의)?/gu;

function withoutCountOfOne(text: string): string {
  if (KANA_OR_HANGUL.test(text)) text = text.replace(CJK_COUNT_OF_ONE, '');
  return text.replace(COUNT_OF_ONE, (whole: string, nouns: string, at: number) => (!HIRED.test(text.slice(0, at)) && nouns.split(/\s+/).some((noun) => FUNNEL_OUTCOMES.test(noun) || FUNNEL_OUTCOMES.test(`${noun}s`)) ? whole : ''));
}

/** A bracketed aside that names or numbers the items ("(1–4)", "(01_eda through 05_evaluation)"), not one that sets a target or a bar. */
const LISTING_ASIDE = /\((?![^()]*(?:target|goal|baseline|%|[<>≤≥]))[^()]*\)/giu;

/** A deadline before the statement: "By Week 10, …", "By 31 March 2026, …". */
const LEADING_DEADLINE = /^by\s+[^,]{1,30},\s*/iu;
/** "Keep publishing …", "Continue to blog …": going on with an activity, before it. */
const KEPT_UP_LEAD = /^(?:keep|continue)(?:[ \t]+to)?[ \t]+(?=\p{L})/iu;
/** A cadence first, set off by a comma ("Twice a year, facilitate …", "Each month, host …"): when the work comes back. */
const LEADING_CADENCE = /^((?:each|every)\s+(?:(?:two|three|four|other|\d{1,2})\s+)?(?:days?|weeks?|months?|quarters?|years?|sprints?)|(?:once|twice|thrice|(?:two|three|four|\d{1,2})\s+times)\s+(?:a|an|per|each|every)\s+(?:day|week|month|quarter|year)|daily|weekly|bi-?weekly|fortnightly|monthly|quarterly)\s*,\s*/iu;
/** A clause after a comma that describes the deliverable: "…, identifying 1–2 strengths", "…, including up to three KPIs". */
const DESCRIPTIVE_ASIDE = /,\s*(?:(?:including|identifying|covering|listing|describing|comparing|such as|for example)\b|e\.g\.).*$/isu;

/** Verbs joined to the first ("Write and publish 12 posts", "Record, edit and post 10 episodes", "Prototype, deliver, or complete 4 projects"). */
const JOINED_VERBS = /^(?:\s*,\s*(?:and\s+|&\s+|or\s+)?[\p{L}-]+|\s+(?:and|&|or)\s+[\p{L}-]+|\s*\/\s*[\p{L}-]+)*/u;
/** Meetings held with people: "interviews", "calls", "sessions" (with those met named after them). */
const MEETING_NOUNS = String.raw`interviews?|discussions?|calls?|meetings?|sessions?|demos?`;
/**
 * Words that may stand between an activity verb and its count ("Hold at least 10 workshops", "Speak at 10 conferences"),
 * also the meetings held with those counted ("Conduct interviews with at least two firms", "Run design reviews with 3 banks",
 * "Solicit design reviews from two teams", "Schedule "check-in" meetings with at least 2 teams").
 */
const COUNT_PREFIX = new RegExp(String.raw`^\s+(?:(?:[A-Za-z\d:/"'“”‘’-]+\s+){0,2}(?:${MEETING_NOUNS}|reviews?|workshops?)\s+(?:with|from)\s+|(?:at(?!\s+(?:least|minimum)\b)|to|with|before|in front of)\s+)?(?:at least |at minimum |a minimum of |no fewer than |no less than |over |more than |another |an extra |a total of |up to |around |about |~\s?|[≥>]\s?|>=\s?)?(?:\*\*|__)?`, 'i');
/** A made thing and its size after the verb: "Create a labeled dataset of 2,000", "Build a benchmark set of ≥50". */
const SIZE_OF_OBJECT = /^\s+(?:an?|the)\s+(?:[\p{L}"'“”-]+\s+){0,4}?of\s+(?:at least |≥\s?|>=\s?)?(?:\*\*|__)?/iu;
/** Units that make a number a level, not a tally of actions. */
const LEVEL_UNITS = new Set(['%', 'pp', 'points', 'x', '$', '€', '£', '¥', 'kg', 'lb', 'lbs']);
/** What a funnel produces: a count of these is an outcome the activity was for, not the activity ("Deliver 500 MQLs", "Solicit at least 3 term sheets"). */
const FUNNEL_OUTCOMES = /^(?:mqls?|sqls?|leads|signups|sign-ups|registrations|trials|activations|conversions|customers|deals|opportunities|opps|bookings|subscribers|renewals|upgrades|installs|downloads|wishlists|referrals|logos|accounts|revenue|pipeline|won|memberships|members|hires|developers?|engineers?|designers?|researchers|contributors|partners|nominations|applications|applicants|pledges|donations|donors|sheets|lois|commitments)$/i;
/** Words that end the noun phrase after a count: what follows qualifies the counted things. */
const COUNTED_NOUN_ENDS = /^(?:with|at|in|on|for|of|from|to|by|that|who|which|where|per|each|across)$/i;
/** Who does the team's own work: a tally after them is activity ("members speak at 10 conferences"). */
const TEAM_SUBJECTS = /^(?:we|team|members|engineers|staff|employees|maintainers|reps|aes|sdrs|advocates|evangelists|managers|pms|designers|marketers|writers|speakers|recruiters|everyone|leaders|leads|devrel)$/i;
/** Words before "members" that make them customers or community, not the team ("community members"). */
const NOT_TEAM = /^(?:community|user|customer|partner|ecosystem|forum|club|network|program|plan|paying|new)$/i;

/** The present-tense forms a subject takes: `speak` → `speak`, `speaks`; `publish` → `publishes`. */
function presentForms(verb: string): string[] {
  const [head = '', ...rest] = verb.toLowerCase().split(' ');
  const third = /(?:s|sh|ch|x|z|o)$/.test(head) ? `${head}es` : /[^aeiou]y$/.test(head) ? `${head.slice(0, -1)}ies` : `${head}s`;
  return [head, third].map((form) => [form, ...rest].join(' '));
}

function escapeRe(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The -ing form of a (possibly multi-word) verb: `attend` → `attending`, `write` → `writing`, `run` → `running`. */
function gerund(verb: string): string {
  const [head = '', ...rest] = verb.toLowerCase().split(' ');
  const form = /[^aeiou]e$/.test(head) ? `${head.slice(0, -1)}ing` : /^[^aeiou]*[aeiou][bdgmnprt]$/.test(head) ? `${head}${head.slice(-1)}ing` : `${head}ing`;
  return [form, ...rest].join(' ');
}

/** Compiled per activity-verb list (config may extend it): participles, present forms and -ing forms as one alternation each. */
const FORMS = new WeakMap<readonly string[], { participles: RegExp; present: RegExp; gerunds: RegExp }>();
function formsOf(verbs: readonly string[]): { participles: RegExp; present: RegExp; gerunds: RegExp } {
  let forms = FORMS.get(verbs);
  if (!forms) {
    const longestFirst = (list: string[]) => [...new Set(list)].sort((a, b) => b.length - a.length).map(escapeRe).join('|');
    forms = {
      participles: new RegExp(`^(?:${longestFirst(verbs.flatMap(pastForms))})(?![\\p{L}-])`, 'iu'),
      present: new RegExp(`^(?:${longestFirst(verbs.flatMap(presentForms))})(?![\\p{L}-])`, 'iu'),
      gerunds: new RegExp(`^(?:${longestFirst(verbs.map(gerund))})(?![\\p{L}-])`, 'iu'),
    };
    FORMS.set(verbs, forms);
  }
  return forms;
}

/** A bracketed aside of words only: "(Applications)", "(Marketing, Sales)". */
const WORDS_ASIDE = /\([^()\d]*\)/gu;

/**
 * True when a count is a tally of actions: a whole count, not a level, and not a funnel outcome ("500 MQLs", "30 deals
 * won"). People met (`peopleMet`: "Interview 10 customers") are counted by the meetings, whoever they are.
 */
function isActivityTally(title: string, match: QuantityMatch, peopleMet = false): boolean {
  const { quantity } = match;
  // "A 4:1 interview-to-hire ratio": a ratio is a level, whatever it names.
  if (quantity.value <= 0 || LEVEL_UNITS.has(quantity.unit ?? '') || quantity.raw.includes(':')) return false;
  if (peopleMet) return true;
  // Six words on are read, from a slice no longer than they can be: the rest of the title is asked for each count.
  // An aside with no number names who does it or what it covers ("(Applications)", the team), not what it brings.
  const after = title.slice(match.index + match.length - (quantity.unit?.length ?? 0), match.index + match.length + 200).replace(WORDS_ASIDE, ' ');
  const nouns = after.match(/[\p{L}-]+/gu)?.slice(0, 6) ?? [];
  // What is counted ends at a preposition: "5 forums with at least 1000 members" counts forums.
  const stop = nouns.findIndex((word, i) => i > 0 && COUNTED_NOUN_ENDS.test(word));
  return !nouns.slice(0, stop < 0 ? undefined : stop).some((word) => FUNNEL_OUTCOMES.test(word));
}

/** The verb as written and the count where a verb from the list stands at `at` in the title (after joined verbs and a prefix). */
function countAfterVerb(title: string, at: number, verbLength: number, found: readonly QuantityMatch[]): QuantityMatch | undefined {
  let end = at + verbLength;
  end += JOINED_VERBS.exec(title.slice(end))?.[0].length ?? 0;
  const size = SIZE_OF_OBJECT.exec(title.slice(end));
  const counted = end + (COUNT_PREFIX.exec(title.slice(end))?.[0].length ?? 0);
  return found.find((q) => q.index === counted || (size !== null && q.index === end + size[0].length));
}

/**
 * The activity verb and the count when a KR counts actions:
 * - the title starts with an activity verb (joined verbs and "at least" allowed) and a tally: "Publish 12 blog posts",
 *   "Write and publish 12 posts", "Speak at 10 conferences";
 * - the tally comes first and the verb after it: "3 blog posts authored by the team", "12 workshops held";
 * - the team is the subject: "Members speak at 10 conferences", "Engineers publish 6 posts".
 * A percentage, a money amount or a multiplier ("Hold 99.9% uptime") is a level, not a tally; a count of what a
 * funnel produces ("Deliver 500 MQLs", "Complete 30 signups") is the outcome, not the activity.
 */
export const activityCountOf = keptPerNode(readActivityCount);

function readActivityCount(kr: PlanNode, lexicon: Lexicon): ActivityCount | undefined {
  const title = plainTitle(kr);
  // A deadline first ("By the end of 2024, run three experiments") and a manner adverb before the verb ("Successfully
  // launch four new features") say when and how, not what: the count is read after them.
  const deadline = LEADING_DEADLINE.exec(title)?.[0] ?? '';
  const adverb = MANNER_ADVERB.exec(title.slice(deadline.length))?.[0] ?? '';
  // "Keep publishing 2 posts a month", "Continue to blog once a week": the activity kept up is the one counted.
  const keptUp = KEPT_UP_LEAD.exec(title.slice(deadline.length + adverb.length))?.[0] ?? '';
  const before = `${deadline}${adverb}${keptUp}`;
  // Output on a cadence with a target of its own (`| Weekly blog posts | 2,000 readers |`) is measured by the target.
  const count = activityCountIn(title.slice(before.length), lexicon) ?? activityAfterItsCadence(title, lexicon) ?? countInTarget(kr, title, lexicon) ?? (fieldOf(kr, 'target') ? undefined : outputOnACadence(title));
  // The message quotes the key result as written, deadline, adverb and all.
  return count && before ? { ...count, phrase: `${before}${count.phrase}` } : count;
}

/** "Twice a year, facilitate a community feedback session": an activity verb right after a cadence that opens the key result. */
function activityAfterItsCadence(title: string, lexicon: Lexicon): ActivityCount | undefined {
  const cadence = LEADING_CADENCE.exec(title);
  if (!cadence) return undefined;
  const rest = title.slice(cadence[0].length);
  const verb = startsWithPhrase(rest, lexicon.activityVerbs);
  if (!verb || !/^\s/.test(rest.slice(verb.length))) return undefined;
  return { verb: rest.slice(0, verb.length), count: { value: 1, raw: cadence[1]! }, phrase: title.slice(0, cadence[0].length + verb.length) };
}

/** Hours or minutes watched, listened to, viewed or streamed: what an audience spends on the work, no effort of the team's. */
const TIME_SPENT_BY_AN_AUDIENCE = /^\S+[ \t]+(?:hours?|minutes?|mins?|hrs?)[ \t]+(?:of[ \t]+[\p{L}-]+[ \t]+)?(?:watched|listened|viewed|streamed|played|read)\b/iu;

/** "Have a total of", "Have at least": a count the team has after the period, of things it then says were done. */
const HAVE_BEFORE_COUNT = /^(?:have|having)\s+(?:a\s+total\s+of\s+|at\s+least\s+)?/i;

/** A name of things made, a few words with no verb (`Blog posts`, `Test cases (Rd2typst)`; not `New dApps deployed on Testnet`). */
const NAME_OF_OUTPUT = /^\p{L}[\p{L}-]*(?:[ \t]+(?![\p{L}-]*ed\b)[\p{L}-]+){0,2}(?:[ \t]*\([^()]{1,30}\))?$/u;
/** What others do with the things made, or how they rate them (`Blog post views`, `Podcast listeners`, `Workshop NPS`): a response, no output. */
const RESPONSE_NAME = /\b(?:updates?|views?|readers?|listeners?|viewers?|visits?|visitors?|downloads?|installs?|completions?|sign-?ups?|subscribers?|followers?|users?|customers?|clients?|members?|attendees?|participants?|registrations?|leads?|clicks?|impressions?|likes?|shares?|stars?|reviews?|ratings?|scores?|nps|csat|satisfaction|retention|conversions?|revenue|sales)\b/i;

/** A floor before a target's count: `At least 10 rules`, `≥ 15`, `Min. 5`. */
const TARGET_FLOOR = /^(?:at[ \t]+least|min(?:imum)?\.?|≥|>=)[ \t]*(?=\d)/i;

/** Whether the title names what a target's unit counts (`Implement data quality rules` over `10 rules`). */
function namesItsOutput(title: string, unit: string): boolean {
  const counted = unit.toLowerCase();
  return /^\p{L}+s$/u.test(counted) && title.toLowerCase().split(/[^\p{L}]+/u).includes(counted);
}

/**
 * `| Blog posts | 3 |`: a metric named as things made, with no number, its target a bare count. The count read before
 * the name (`3 Blog posts`) is the tally the key result states; what others do (`New dApps deployed on Testnet`) is not.
 */
function countInTarget(kr: PlanNode, title: string, lexicon: Lexicon): ActivityCount | undefined {
  // `| Implement data quality rules | At least 10 rules |`: a floor, and the thing the title makes named again, count as well.
  const target = fieldOf(kr, 'target')?.value.trim().replace(TARGET_FLOOR, '');
  const count = target === undefined ? undefined : parseQuantity(target);
  if (!count || !/^\d/.test(target!) || (count.unit !== undefined && !namesItsOutput(title, count.unit))) return undefined;
  // `| Create open source projects on GitHub | 37 | 50 |`: an activity verb over what it makes, the count in the target
  // column, is that many made (`Create 50 open source projects …`; not `Publish the newsletter` nor `Learn Svelte`, one
  // thing).
  const verb = findQuantities(title).length === 0 ? startsWithPhrase(title, lexicon.activityVerbs) : undefined;
  const made = verb ? /^\s+(?!(?:the|a|an|our|my|their|its|this|that|these|those|every|each|all|more|new)\b)(?:[\p{L}-]+\s+){0,3}?[\p{L}-]*[^\s\p{P}su]s\b/iu.exec(title.slice(verb.length)) : null;
  if (verb && made) return activityCountIn(`${title.slice(0, verb.length)} ${count.raw.split(/\s/)[0]}${title.slice(verb.length)}`, lexicon);
  if (!NAME_OF_OUTPUT.test(title) || /ed\b/.test(title.split(/\s/)[0]!)) return undefined;
  // The name's last word says what is counted (`Customer interviews` are interviews, `Blog post views` views).
  const counted = title.replace(/\([^()]*\)\s*$/, '').trimEnd().split(/\s+/).at(-1)!;
  if (RESPONSE_NAME.test(counted)) return undefined;
  return activityCountIn(`${count.raw.split(/\s/)[0]} ${title}`, lexicon);
}

/**
 * "Take 5 cooking classes", "Attend 3 courses on SQL": classes taken, counted (not "Take daily signups from 100 to 300");
 * "Go to at least one conference per year", "Catch up with at least 12 friends": events gone to and people seen, counted
 * (not "Go to 500 users", a level, nor "Catch up with all competitors"); "Get 10 code reviews on …": reviews of the
 * team's work asked of colleagues, counted (not "Get 50 App Store reviews", what customers say); "Train 5 SDRs": people
 * trained, counted (not "Train 5 ML models", what the team makes); "Fix at least 150 input bugs", "Close 10 text selection bugs":
 * bugs or tickets worked off, counted, also with the count first ("50+ bugs fixed from feedback"; not "Resolve 90% of tickets within
 * 24 hours", a service level, nor "Close 10 deals").
 */
const ATTENDED_OR_MET = /^(?:(?:take|taking|attend|attending)\s+(?:at\s+least\s+)?\S+\s+(?:[\p{L}-]+\s+){0,2}?(?:classes|courses|lessons|trainings)|(?:go|going)\s+to\s+(?:at\s+least\s+)?\S+\s+(?:[\p{L}-]+\s+){0,2}?(?:conferences?|meetups?|events?|summits?|hackathons?|workshops?|festivals?|trade\s+shows?)|catch(?:ing)?\s+up\s+with\s+(?:at\s+least\s+)?\S+\s+(?:[\p{L}-]+\s+){0,1}?(?:friends|colleagues|mentors|people)|(?:get|getting|receive|receiving)\s+(?:at\s+least\s+)?\S+\s+(?:[\p{L}-]+\s+)?(?:code|design|peer)\s+reviews|(?:train|training)\s+(?:at\s+least\s+)?\S+\s+(?:[\p{L}-]+\s+){0,2}?(?:people|staff|employees|members|reps|sdrs|aes|managers|engineers|agents|volunteers|leaders|teachers|mentors|coaches)|(?:fix|fixing|close|closing|resolve|resolving|squash|squashing|triage|triaging)\s+(?:at\s+least\s+)?(?![^\s%]*%)\S+\s+(?:[\p{L}\p{N}/[-]+\s+){0,6}?\[?(?:bugs|issues|tickets|defects|regressions)|(?:at\s+least\s+)?(?![^\s%]*%)\d[\d,]*\+?\s+(?:[\p{L}\p{N}/-]+\s+){0,3}?(?:bugs|issues|tickets|defects|regressions)\s+(?:fixed|closed|resolved|squashed|triaged))\b/iu;

/** "Throughput > 10k events/sec", "Handle 500 requests per second": a rate per second or minute, or a throughput, is what a system carries, no tally of work. */
const SYSTEM_RATE = /\b(?:throughput|capacity)\b|\/\s*(?:s|sec|second|min|minute)\b|\bper\s+(?:second|minute)\b/iu;

function activityCountIn(title: string, lexicon: Lexicon): ActivityCount | undefined {
  if (SYSTEM_RATE.test(title)) return undefined;
  const attended = ATTENDED_OR_MET.exec(title);
  // Read in the whole title: a number spelled out at the end of the match (`at least one conference`) is read with what follows.
  const counted = attended ? findQuantities(title).find((q) => q.index < attended[0].length) : undefined;
  // "Go to 4 trade shows and generate 100 leads": a result named after the count makes it no tally.
  if (attended && counted && isActivityTally(title, counted)) return { verb: title.slice(0, counted.index).replace(/\s+at\s+least\s*$/i, '').trim(), count: counted.quantity, phrase: attended[0] };
  const tally = meetingsHad(title) ?? outputGrown(title) ?? updatesPutOut(title) ?? doneWithPeople(title);
  if (tally) return tally;
  // "Attending 2 external twitter spaces": the -ing form is the verb as much as "Attend 2 …".
  const verb = startsWithPhrase(title, lexicon.activityVerbs) ?? formsOf(lexicon.activityVerbs).gerunds.exec(title)?.[0];
  // "Meet with all of the influencers", "Meet monthly with each of them", "Schedule and run weekly testing": the whole set, or a cadence, of an activity.
  // "Send all access within three days of the start date": the whole set held to a time is a service level, no effort.
  const wholeSet = verb && !ONE_OFF_VERBS.test(verb) && !TIME_ALLOWED.test(title) ? EVERY_OF_ACTIVITY.exec(title.slice(verb.length)) : null;
  const every = verb && (wholeSet || CADENCE_OF_ACTIVITY.exec(title.slice(verb.length)));
  if (verb && every) return { verb: title.slice(0, verb.length), count: { value: 1, raw: every[1]! }, phrase: title.slice(0, verb.length + every[0].length) };
  const feedback = feedbackOnACadence(title);
  if (feedback) return feedback;
  const found = findQuantities(title);
  if (found.length === 0) return undefined;
  // "Practice Mandarin for 182 days", "Meditate for at least 100 days": the days a habit is kept up are the effort put in.
  const afterVerb = verb ? title.slice(verb.length) : '';
  const keptFor = verb ? ((HABIT_VERBS.test(verb) ? HABIT_KEPT_FOR.exec(afterVerb) : null) ?? DONE_ON_DAYS.exec(afterVerb)) : null;
  const keptUntil = keptFor ? verb!.length + keptFor[0].length : 0;
  const days = keptFor ? found.find((q) => q.index === keptUntil - keptFor[1]!.length) : undefined;
  if (days) return { verb: title.slice(0, verb!.length), count: days.quantity, phrase: title.slice(0, keptUntil) };
  const written = CJK_SCRIPT.test(title) ? (cjkActivityTally(title, found) ?? cjkTimeOnACadence(title)) : undefined;
  if (written) return written;
  const effort = effortOnACadence(title, found);
  if (effort) return effort;
  // "Tackle 60% of the issues raised", "Migrate 33% of the remaining components": the share of a fixed set of work done is the work.
  const share = SERVICE_LEVEL.test(title) ? undefined : found.find((q) => isShareOfWorkDone(title, q, lexicon));
  if (share) return { verb: title.slice(0, share.index).trim(), count: share.quantity, phrase: upToCount(title, share) };
  // "Source{d} talks at 5 conferences": a verb glued to a brand is no verb.
  if (verb && /^[\s,/]/.test(title.slice(verb.length))) {
    const audience = REACH_VERBS.test(verb) ? AUDIENCE.exec(title.slice(verb.length)) : null;
    const count = countAfterVerb(title, 0, verb.length, found) ?? (audience ? countAfterVerb(title, 0, verb.length + audience[0].length, found) : undefined);
    // "Perform testing interviews with ten key accounts": those met are counted by the meetings, as after a verb of meeting.
    const met = PEOPLE_MET.test(verb) || (count !== undefined && MEETINGS_WITH.test(title.slice(verb.length, count.index)));
    if (count && isActivityTally(title, count, met)) return { verb: title.slice(0, verb.length), count: count.quantity, phrase: upToCount(title, count) };
    // "Make a splash at 2-3 strategic conferences": what the activity is done at, counted further on, is a tally of it too.
    return outputTallyOf(title, found) ?? joinedActivity(title, lexicon) ?? timesDone(title, verb.length, found);
  }
  const forms = formsOf(lexicon.activityVerbs);
  // "3 blog posts authored by …", "12 workshops held", "Have a total of 45 blog posts published": a tally, a few nouns,
  // the verb's participle.
  const lead = HAVE_BEFORE_COUNT.exec(title)?.[0].length ?? 0;
  const first = found[0]!;
  if (first.index === lead && isActivityTally(title, first)) {
    const after = first.index + first.length;
    // "4,000 hours watched in the past 12 months": time an audience spent watching or listening is its response.
    if (TIME_SPENT_BY_AN_AUDIENCE.test(title.slice(first.index))) return undefined;
    for (const word of matchesOf(LETTER_WORD, title.slice(after), 5)) {
      const m = forms.participles.exec(title.slice(after + (word.index ?? 0)));
      // "3 regions deployed", "3,000 smart contracts deployed on mainnet": places reached and what others put live, no tally of work.
      if (m && /^deployed\b/i.test(m[0])) break;
      // "3 meetups organised by the community": work others do is their response, not the team's effort.
      if (m && DONE_BY_OTHERS.test(title.slice(after + (word.index ?? 0) + m[0].length))) return undefined;
      if (m) return { verb: m[0], count: first.quantity, phrase: title.slice(0, after + (word.index ?? 0) + m[0].length) };
      if (CLAUSE_WORDS.has(word[0].toLowerCase())) break;
    }
  }
  // "6 blog posts with video", "Talks at 5 conferences", "Include 5 talks by guests": a tally of things the team produces or attends.
  const output = outputTallyOf(title, found);
  if (output) return output;
  // "Delivered 25 releases", "The team has delivered at least 10 trainings", "OCTO has produced 6 guides": the team's work reported as done.
  const done = DONE_BY_THE_TEAM.exec(title);
  if (done && (done[1] === undefined || isTheTeam(done[1]))) {
    const verbAt = done[0].length;
    const participleWritten = forms.participles.exec(title.slice(verbAt));
    const count = participleWritten && countAfterVerb(title, verbAt, participleWritten[0].length, found);
    if (count && isActivityTally(title, count)) return { verb: participleWritten[0], count: count.quantity, phrase: upToCount(title, count) };
  }
  // "Every single club member participates in at least 3 discussions": taking part, counted, whoever the subject.
  const part = found.find((q) => TAKES_PART.test(title.slice(Math.max(0, q.index - 60), q.index)) && isActivityTally(title, q));
  if (part) return { verb: TAKES_PART.exec(title.slice(Math.max(0, part.index - 60), part.index))![1]!, count: part.quantity, phrase: upToCount(title, part) };
  // "Members speak at 10 conferences", "Our engineers publish 6 posts": the team, a present verb, a tally.
  const words = matchesOf(LETTER_WORD, title, 4);
  let at = words[0] && SUBJECT_DETERMINERS.test(words[0][0]) ? 1 : 0;
  if (words[at + 1] && !TEAM_SUBJECTS.test(words[at]![0]) && !NOT_TEAM.test(words[at]![0])) at++; // "core members", "sales reps"
  const noun = words[at];
  if (noun && TEAM_SUBJECTS.test(noun[0]) && !(at > 0 && NOT_TEAM.test(words[at - 1]![0]))) {
    const verbAt = (noun.index ?? 0) + noun[0].length + 1;
    const present = forms.present.exec(title.slice(verbAt));
    if (present) {
      const count = countAfterVerb(title, verbAt, present[0].length, found);
      if (count && isActivityTally(title, count)) return { verb: present[0], count: count.quantity, phrase: upToCount(title, count) };
    }
  }
  return undefined;
}

/**
 * Meetings and events had, counted or on a cadence: "Have 4 partner meetings", "Get at least 30 second contact meetings",
 * "Have 4 social events", "Have at least
 * one career conversation with each report per month" (a single one only on a cadence: "Have a weekly 1:1"). Meetings
 * others book or hold are a response ("Have 40 meetings booked by prospects", "Have 40 events created by users").
 */
const MEETINGS_HAD = /^(?:have|get)\s+(?:at\s+least\s+)?(\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|an?)\s+(?:(?!(?:users|customers|people|members|prospects|visitors|clients|leads|active|inbound|incoming|complete[ds]?|attend(?:ed|s)?|join(?:ed|s)?|book(?:ed|s)?)\b)[\p{L}\d:-]+\s+){0,3}?(?:meetings?|conversations?|calls?|1:1s?|one-on-ones?|check-ins?|catch-ups?|sessions?|events|meetups|socials|hackathons)\b(?!\s+(?:booked|requested|scheduled|set\s+up|[\p{L}-]+ed\s+by|run\s+by|held\s+by|made\s+by)\b)(?!\s+(?:from|by)\s+(?:prospects|customers|users|leads|clients|people|visitors|them)\b)/iu;
const CADENCE_WORD = /\b(?:each|every|per|daily|weekly|bi-?weekly|fortnightly|monthly|quarterly)\b/i;
/** Number words by their value (`a` and `an` are one). */
const SMALL_NUMBERS = ['a', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];

/** A count written in figures or as a small number word (`an` is one). */
function countWritten(written: string): number {
  return /^\d/.test(written) ? Number(written) : Math.max(1, SMALL_NUMBERS.indexOf(written.replace(/^an$/, 'a')));
}

/** Meetings had on a stated cadence, with no count: "Have regular weekly alignment meetings with Customer Success". */
const REGULAR_MEETINGS_HAD = new RegExp(String.raw`^have\s+(?:regular\s+)?(${CADENCE_ADJECTIVES})\s+(?:[\p{L}-]+\s+){0,2}?(?:meetings?|syncs?|check-ins?|1:1s?|one-on-ones?|calls?|reviews?|sessions?)\b`, 'iu');

function meetingsHad(title: string): ActivityCount | undefined {
  const regular = REGULAR_MEETINGS_HAD.exec(title);
  if (regular) return { verb: 'have', count: { value: 1, raw: regular[1]! }, phrase: regular[0] };
  const had = MEETINGS_HAD.exec(title);
  if (!had) return undefined;
  const written = had[1]!.toLowerCase();
  const value = countWritten(written);
  if (value === 1 && !CADENCE_WORD.test(title)) return undefined;
  return { verb: had[0].split(/\s/)[0]!, count: { value, raw: had[1]! }, phrase: had[0] };
}

/**
 * "Feedback collected from 10 qualified developers", "Imaging specification reviewed with at least 2 vendors": the team's
 * work done with people, counted by them (reviewed "by" them is their response); so is the team's outreach ("E-mail and
 * phone outreach to 100 VCs").
 */
const DONE_WITH_PEOPLE = /^(?:[\p{L}\p{N}'’/-]+\s+){1,4}?(?:collected|gathered|reviewed|discussed|shared|presented|demoed|demonstrated|validated|tested)\s+(?:with|from|to)\s+(?:\(?at\s+least\)?\s+)?(?=\d|(?:two|three|four|five|six|seven|eight|nine|ten|twelve|twenty)\b)|^(?:[\p{L}-]+\s+(?:and|&|\/)\s+)?(?:[\p{L}-]+\s+){0,2}?outreach\s+to\s+(?:at\s+least\s+|over\s+|more\s+than\s+)?(?=\d)/iu;

function doneWithPeople(title: string): ActivityCount | undefined {
  const done = DONE_WITH_PEOPLE.exec(title);
  const count = done && findQuantities(title).find((q) => q.index === done[0].length);
  return count ? { verb: '', count: count.quantity, phrase: title.slice(0, count.index + count.length) } : undefined;
}

/**
 * After the output's name, the change to it, with how often the output is counted between them: "Increase blog posts
 * per month from 2 to 4", "outbound calls a week by 10".
 */
const OUTPUT_CHANGE = /^(?:\s+(?:per|a|each|every)\s+(?:day|week|month|quarter|year|sprint))?\s+(?:from|to|by)\s+/i;

/** Growing the team's own output: "Increase blog posts from 15 to 30", "Grow the number of tutorials from 4 to 12" (not "blog post readers"). */
const GROWN = /^(?:increase|grow|raise|expand)\s+(?:the\s+|our\s+)?(?:(?:number|count)\s+of\s+(?:our\s+|the\s+)?)?/i;
/** What the team itself writes, records or hosts (not sessions, calls or pull requests, which others make too). */
const AUTHORED = String.raw`blog\s+posts?|posts?|articles?|talks?|videos?|newsletters?|tutorials?|episodes?|podcasts?|case\s+studies|guest\s+posts?|webinars?|workshops?|meetups?|events?|demos?|paintings?|drawings?|sketch(?:es)?`;
/** What the team makes or does, grown: its authored output, the assets it publishes, the sales calls it makes. */
const GROWN_OUTPUTS = new RegExp(String.raw`^(?:[\p{L}-]+\s+){0,3}?(?:${AUTHORED}|assets|templates|guides|e-?books|whitepapers|infographics|(?:sales|cold|outbound|discovery)\s+calls)\b`, 'iu');

function outputGrown(title: string): ActivityCount | undefined {
  const grown = GROWN.exec(title);
  if (!grown) return undefined;
  const rest = title.slice(grown[0].length);
  // "Increase customer-facing knowledge base articles from 40 to 80": a word or three may say which.
  const noun = GROWN_OUTPUTS.exec(rest);
  const to = noun && OUTPUT_CHANGE.exec(rest.slice(noun[0].length));
  // A number, in figures or in words, right after "from", "to" or "by".
  const at = to ? grown[0].length + noun![0].length + to[0].length : -1;
  const count = to ? findQuantities(title).find((q) => q.index >= at && q.index <= at + 2) : undefined;
  return count && { verb: title.slice(0, title.search(/\s/)), count: count.quantity, phrase: title.slice(0, grown[0].length + noun![0].length) };
}

/**
 * A cadence, a word or two, and what the team writes or hosts, ending the statement or followed by whom or what it is
 * for: "Weekly articles on my blog", "Monthly video tutorials", "Weekly status updates to leadership" (not "Monthly
 * webinar attendance doubles", "Weekly posts become our top channel", "Weekly blog posts read by 1,000 people").
 */
const OUTPUT_ON_A_CADENCE = new RegExp(String.raw`^(${CADENCE_ADJECTIVES})\s+(?:[\p{L}-]+\s+){0,2}?(?:${AUTHORED}|updates?)(?=\s*(?:\([^()]*\))?\s*[.;!]?\s*$|\s+(?:on|in|to|for|about|at|across|with)\b)`, 'iu');
/**
 * After the output, a level for it, a number of people it reaches or a result it brings ("to 2,000 readers", "with a 40%
 * open rate", "on LinkedIn become our top channel"); whom it is for ("to customers") is none.
 */
const RESPONSE_OR_LEVEL = /\d|%|\brates?\b|\b(?:becomes?|reach(?:es)?|results?|drives?|generates?|brings?|leads?\s+to|grows?|increases?|converts?|attracts?|achieves?|doubles?|triples?|reduces?|cuts?|lowers?|improves?|wins?|earns?|boosts?|raises?|lifts?|saves?|retains?)\b/i;

/** The verb each kind of output is made by (anything else is written). */
const MADE_BY: [RegExp, string][] = [[/(?:videos?|episodes?|podcasts?)$/i, 'record'], [/talks?$/i, 'speak'], [/(?:webinars?|workshops?|meetups?|events?|demos?)$/i, 'host'], [/posts?$/i, 'post']];

/**
 * One output, then its cadence a few words on: "Blog post about progress updates every two weeks", "One painting a
 * week". What stands between them is what the output is about; a level or a response there makes it no tally.
 */
const OUTPUT_THEN_CADENCE = new RegExp(String.raw`^(?:(?:an?|one)\s+)?(${AUTHORED})\b((?:\s+[\p{L}'’&/-]+){0,8}?)\s+((?:each|every)\s+(?:(?:two|three|four|other)\s+)?(?:days?|weeks?|months?)|(?:a|per)\s+(?:day|week|month))\b`, 'iu');

/** Output on a cadence with no number: "Weekly articles on my blog" counts what the team puts out, one each week. */
function outputOnACadence(title: string): ActivityCount | undefined {
  const then = OUTPUT_THEN_CADENCE.exec(title);
  if (then) {
    const [phrase, output = '', about = '', cadence = ''] = then;
    if (RESPONSE_OR_LEVEL.test(`${about} ${title.slice(phrase.length)}`)) return undefined;
    return { verb: madeBy(output), count: { value: 1, raw: cadence }, phrase };
  }
  const output = OUTPUT_ON_A_CADENCE.exec(title);
  if (!output || RESPONSE_OR_LEVEL.test(title.slice(output[0].length))) return undefined;
  return { verb: madeBy(output[0]), count: { value: 1, raw: output[1]! }, phrase: output[0] };
}

/** The verb an output is made by: an objective that is the habit of it ("Build a writing habit") asks for it. */
function madeBy(output: string): string {
  return MADE_BY.find(([made]) => made.test(output))?.[1] ?? 'write';
}

/** "At least 52 updates across all my apps": updates counted as the statement itself, no one else's ("10,000 profile updates by members"). */
const UPDATES_PUT_OUT = /^(?:(?:at\s+least|over|more\s+than)\s+)?(\d[\d,]*)\s+(?:[\p{L}-]+\s+)?updates\b(?!\s+(?:by|from|received|downloaded|installed|made|submitted|processed|applied|requested)\b)/iu;

function updatesPutOut(title: string): ActivityCount | undefined {
  const updates = UPDATES_PUT_OUT.exec(title);
  // As posts are read: no rate, share or change ("per quarter", "reaching 10%"), nor others doing them ("processed by").
  if (!updates || NOT_A_TALLY.test(title) || /\bby\b/i.test(title)) return undefined;
  const count = findQuantities(title).find((q) => q.index === updates.index + updates[0].indexOf(updates[1]!));
  return count && isActivityTally(title, count) ? { verb: '', count: count.quantity, phrase: updates[0] } : undefined;
}

/**
 * The times the activity is done, closing the statement: "Bike to work 200 times", "Visit our top partners at least 4
 * times" (not "3 times faster", a multiplier, nor a cadence, read as one).
 */
const TIMES_CLOSING = /^(?:[ \t]+(?:this|next|in|during|by|before)[ \t]+[\p{L}\p{N}]+(?:[ \t]+[\p{L}\p{N}]+)?)?[ \t]*[.!]?$/iu;

function timesDone(title: string, verbEnd: number, found: readonly QuantityMatch[]): ActivityCount | undefined {
  const times = found.find((q) => q.index > verbEnd && q.quantity.unit === 'times' && Number.isInteger(q.quantity.value) && q.quantity.value >= 2 && TIMES_CLOSING.test(title.slice(q.index + q.length)));
  // Only the words of the activity stand before the count, no other number: "Visit our top partners at least 4 times".
  if (!times || /\d/.test(title.slice(verbEnd, times.index))) return undefined;
  return { verb: title.slice(0, verbEnd), count: times.quantity, phrase: title.slice(0, times.index + times.length) };
}

/** A second clause with its own activity verb and tally: "Create a Twitter bot and tweet 100 times". */
const JOINED_CLAUSE = /\s(?:and|&)\s+/g;

function joinedActivity(title: string, lexicon: Lexicon): ActivityCount | undefined {
  for (const joined of matchesOf(JOINED_CLAUSE, title, 3)) {
    const at = (joined.index ?? 0) + joined[0].length;
    const clause = title.slice(at);
    const verb = startsWithPhrase(clause, lexicon.activityVerbs);
    if (!verb || !/^[\s,]/.test(clause.slice(verb.length))) continue;
    const count = countAfterVerb(clause, 0, verb.length, findQuantities(clause));
    // The message quotes the clause that counts: "tweet 100 …". A rating ("deliver 4.5 star ratings") is a level, no tally.
    if (count && Number.isInteger(count.quantity.value) && isActivityTally(clause, count)) return { verb: clause.slice(0, verb.length), count: count.quantity, phrase: upToCount(clause, count) };
  }
  return undefined;
}

/** Han, kana or Hangul: a statement in Chinese, Japanese or Korean, whose counts are read by their counter words. */
const CJK_SCRIPT = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
/** Counter words for pieces written, books, times and sessions (`20篇`, `10 冊`, `5 回`, `3次`, `300场`, `10개`), right after a count. */
const CJK_COUNTER = /^\s?(?:篇|冊|本|回|次|场|場|遍|期|首|(?:个|個)(?:章(?:节|節)?)?|章(?:节|節)?|集|讲|道|套|字|天(?!内|內|之内)|개|편|권|회|번|일)/u;
/**
 * What a writer produces or turns up to, and the verbs of doing so, in Chinese, Japanese and Korean: blog posts and
 * articles written (`沉淀1篇博客`, `技术文章输出20篇`, `ブログを 30 本投稿する`, `블로그 글 10개 작성`), books read
 * (`技術書を 10 冊読む`), talks given and sessions held (`5 回登壇する`, `举办3次分享会`), interviews conducted (`当300场面试官`),
 * songs arranged (`为 2 首歌编曲`), events gone to (`参加五次头马活动`), trips and talks with family (`双周至少1次周边游`,
 * `每月至少1次与家人的深度交流`), and in Korean posts put up, networking and days of exercise (`글 세개 올리기`, `10회 네트워킹하기`,
 * `일주일에 5일 이상 운동`).
 */
const CJK_ACTIVITY = /博客|博文|文章|帖子|视频|书|分享|演讲|讲座|面试|撰写|输出|发表|沉淀|读|看|论文|总结|梳理|笔记|举办|更新|推广|章节|章節|编曲|参加|陪同|早教|周边游|出游|旅游|旅行|交流|ブログ|記事|書|本を|動画|登壇|発表|勉強会|面接|投稿|読|開催|블로그|포스트|포스팅|게시글|게시|올리|책|발표|영상|세미나|강연|작성|읽|개최|네트워킹|모임|운동/u;
/**
 * What others do with the work (views, followers, reposts, downloads, users, rates, sales, requests received, the passive
 * `被`, `される`): a count of it is a response, not activity.
 */
const CJK_RESPONSE = /阅读量|阅读数|浏览|访问|粉丝|关注|订阅|转载|转发|引用|点赞|收藏|评论|下载|用户|率|满意|被|销量|销售|售|报名|获得|收到|閲覧|読者|フォロワー|購読|いいね|シェア|ダウンロード|ユーザー|販売|売上|売れ|依頼|受け|され|구독|팔로워|조회|방문|사용자|다운로드|판매|받|pv|uv|star|fork/iu;

/** Each day, week or month, before a count: `每天`, `每周`, `毎日`, `매주`. */
const CJK_CADENCE = /每(?:天|日|周|週|月)|毎(?:日|週|月)|매(?:일|주|달)/u;
/** A cap before a count (`不超过4次`, no more than four) or after it (`3天以内`, three days at most). */
const CJK_CAP_BEFORE = /(?:不超过|不超過|不多于|少于|低于|至多|最多|不到)\s?$/u;
const CJK_CAP_AFTER = /^\s?(?:以内|以內|以下|之内)/u;

/**
 * A count of one's own output or turn-ups in Chinese, Japanese or Korean: a counter word right after the number, and
 * within a few characters either side what is written, read or held, with no word of others' response in that reach.
 */
function cjkActivityTally(title: string, found: readonly QuantityMatch[]): ActivityCount | undefined {
  for (const count of found) {
    const end = count.index + count.length;
    // `五次`: a count spelled in Chinese is read with its counter.
    const counter = count.quantity.unit !== undefined && CJK_COUNTER.test(count.quantity.unit) ? [''] : CJK_COUNTER.exec(title.slice(end, end + 3));
    // `第3期` is the third, not three.
    if (!counter || count.quantity.value <= 0 || title[count.index - 1] === '第') continue;
    const reach = title.slice(Math.max(0, count.index - 16), end + counter[0].length + 20);
    // `每周两次面膜`, `每天1道LeetCode`: a count done each day or week is a habit kept, whatever it is; `每月熬夜不超过4次`
    // (no more than four late nights a month) caps what should fall, a level.
    const onACadence = CJK_CADENCE.test(title.slice(Math.max(0, count.index - 8), count.index));
    const capped = CJK_CAP_BEFORE.test(title.slice(Math.max(0, count.index - 4), count.index)) || CJK_CAP_AFTER.test(title.slice(end + counter[0].length, end + counter[0].length + 3));
    if ((!CJK_ACTIVITY.test(reach) && !onACadence) || capped || CJK_RESPONSE.test(reach)) continue;
    return { verb: '', count: count.quantity, phrase: title.slice(0, end + counter[0].length) };
  }
  return undefined;
}

/**
 * Time put in on a cadence in Chinese, Japanese or Korean (`每天完成至少 7min 锻炼`, `每周跑步 90 分钟`, `毎日 30 分勉強する`):
 * a day's or a week's minutes or hours of an activity, the effort itself.
 */
const CJK_TIME_ON_A_CADENCE = new RegExp(String.raw`(?:${CJK_CADENCE.source})[^，。,;；\d]{0,8}(\d{1,4})[ \t]?(?:min|分钟|分鐘|分|小时|小時|時間|h|시간|분)`, 'iu');
/** Activities one puts time into: exercise, running, study, practice, reading. */
const CJK_TIME_ACTIVITY = /锻炼|運動|运动|跑步|健身|练习|練習|学习|学習|勉強|阅读|読書|운동|공부|연습|독서|달리기/u;

function cjkTimeOnACadence(title: string): ActivityCount | undefined {
  const time = CJK_TIME_ON_A_CADENCE.exec(title);
  if (!time || !CJK_TIME_ACTIVITY.test(title) || CJK_RESPONSE.test(title)) return undefined;
  return { verb: '', count: { value: Number(time[1]), raw: time[1]! }, phrase: title.slice(0, time.index + time[0].length) };
}

/**
 * Feedback asked for or received on a cadence (`Get coaching feedback 2x/month`, `Get at least 1 piece of actionable
 * feedback a month from each report`, `Receive peer feedback every two weeks`): conversations had, the effort that should
 * change how someone works. A score the feedback gives (`feedback scores above 4.5`) is no such count.
 */
const FEEDBACK_GOTTEN = /^(?<verb>get|receive|ask[ \t]+for|seek|request|collect|gather)[ \t]+(?:at[ \t]+least[ \t]+)?(?:(?:\d{1,3}|one|two|three|an?)[ \t]+(?:pieces?[ \t]+of[ \t]+)?)?(?:[\p{L}-]+[ \t]+){0,2}?feedback(?![ \t]*(?:scores?|ratings?|rates?|results?)\b)/iu;
const FEEDBACK_CADENCE = /\b(?:\d{1,2}[ \t]?x[ \t]?\/[ \t]?(?:day|week|month|quarter)|(?:a|per|each|every)[ \t]+(?:(?:two|three|four|other|\d{1,2})[ \t]+)?(?:days?|weeks?|months?|quarters?|sprints?)|daily|weekly|bi-?weekly|fortnightly|monthly|quarterly)\b/i;

function feedbackOnACadence(title: string): ActivityCount | undefined {
  const gotten = FEEDBACK_GOTTEN.exec(title);
  const cadence = gotten && FEEDBACK_CADENCE.exec(title.slice(gotten[0].length));
  if (!gotten || !cadence) return undefined;
  return { verb: gotten.groups!.verb!, count: { value: 1, raw: cadence[0] }, phrase: title.slice(0, gotten[0].length + cadence.index + cadence[0].length) };
}

/** Taking part in something, right before its count: "participates in at least 3", "takes part in 5". */
const TAKES_PART = /\b(participat(?:e|es|ed|ing)|tak(?:e|es|ing)\s+part)\s+in\s+(?:at\s+least\s+|more\s+than\s+|over\s+)?$/i;

/** Verbs of bringing something to people: how many it is brought to counts the team's reach-outs ("Present the export to 30 bookkeepers"). */
const REACH_VERBS = /^(?:introduce|present|pitch|demo|offer|send|email)$/i;

/** Verbs of meeting people: those counted after them ("Interview 10 customers", "Call 50 users") are the meetings held. */
const PEOPLE_MET = /^(?:interview|meet|meet with|call|visit|talk to|speak to|speak with|survey|shadow|contact|email|reach out to)$/i;
/** Meetings held with those counted next: "… testing interviews with ten key accounts", "… calls with at least 5". */
const MEETINGS_WITH = new RegExp(String.raw`\b(?:${MEETING_NOUNS})\s+(?:with|from)\s+(?:at\s+least\s+)?$`, 'i');
/**
 * What is brought, a word to four, before "to" or "with" and a floor on the people counted: "Introduce the exporter| to
 * more than 20 people". Without a floor the number may name who is meant ("Present Q1 results to 12 bookkeepers who churned").
 */
const AUDIENCE = /^(?:\s+[\p{L}\p{N}'’&.-]+){1,4}?(?=\s+(?:to|with)\s+(?:at least|more than|over|no fewer than|a minimum of|[≥>])\s?\d)/iu;

/** Verbs that work through a set of items: a share of them done counts from zero ("Tackle 60% of the issues raised"). */
const WORK_THROUGH = /^(?:tackle|resolve|solve|address|fix|close|triage|answer|handle|complete|clear|migrate|review|process)\b/i;

/** The same work written just before the share, in any form ("by moving or decommissioning 100% of the existing systems", "Rebrand 85% of material"). */
const WORKING_THROUGH = /\b(?:tackl|resolv|solv|address|fix|clos|triag|answer|handl|complet|clear|migrat|review|process|mov|decommission|retir|remov|replac|upgrad|convert|transition|sunset|deprecat|rebrand|redesign|rewrit|translat|localis|localiz|digitis|digitiz)(?:e|es|ed|ing)?\s*$/i;

/** People a share is of, after "of" and a word or two: "of trial owners", "of the new users", "of visitors". */
const PEOPLE_CONVERTED = /^\s*of\s+(?:the\s+|our\s+|all\s+)?(?:[\p{L}-]+\s+){0,2}?(?:users|customers|owners|visitors|members|trialists|trials|subscribers|leads|prospects|accounts|buyers|readers|listeners|viewers|players|students|learners|clients|dancers|people|downloaders|uploaders|installers|registrants|attendees|participants|signups|sign-ups|donors|shoppers|patients|developers|creators|sellers|merchants|partners|teams|companies|organi[sz]ations)(?![\p{L}-])/iu;

/** A floor or a cap written before a share: "at least", "at-least", "up to", "more than". */
const SHARE_FLOOR = /\b(?:at[ -]least|at[ -]most|up[ -]to|more[ -]than|over)\s*$/i;

/** "Tackle 60% of the issues raised in the survey": the share of a fixed set worked through this period. */
export function isShareOfWorkDone(title: string, match: QuantityMatch | undefined, lexicon: Lexicon): boolean {
  if (match === undefined || match.quantity.unit !== '%') return false;
  const after = title.slice(match.index + match.length, match.index + match.length + 20);
  if (!/^\s*of\b/i.test(after)) return false;
  // Only the words just before the share are read: it is asked of every share in a title, whatever its length. A floor
  // on the share ("Solve at least 10% of the issues") stands between the work and the share.
  const end = match.index - (SHARE_FLOOR.exec(title.slice(Math.max(0, match.index - 20), match.index))?.[0].length ?? 0);
  const workedThrough = WORKING_THROUGH.exec(title.slice(Math.max(0, end - 60), end));
  // "Convert 10% of trial owners to the paid plan": people converted are the funnel's outcome, not a set of work.
  if (workedThrough) return !(/^convert/i.test(workedThrough[0].trim()) && PEOPLE_CONVERTED.test(title.slice(match.index + match.length, match.index + match.length + 60)));
  const before = title.slice(0, end);
  return before.length <= 60 && (WORK_THROUGH.test(before.trim()) || startsWithPhrase(before, lexicon.taskVerbs) !== undefined) && before.trim().split(/\s+/).length <= 2;
}

/** A time allowed for each piece of work: "within three days of their start date", "within 24 hours". */
const TIME_ALLOWED = /\bwithin\s+(?:[\p{L}\p{N}]+\s+){1,2}?(?:business\s+|working\s+)?(?:minutes?|hours?|days?|weeks?)\b/iu;

/** Work held to a service level ("Resolve 90% of tickets within 24 hours", "on first contact", "inside their SLO"): how well it is done, not how much. */
const SERVICE_LEVEL = /\b(?:within|inside|under|below|before)\b|\bsl[oa]s?\b|\bfirst[ -](?:contact|response|touch|time)\b|\bon[ -]time\b/i;

/** After an activity verb (and joined verbs, a preposition or a cadence word or two, or the time given to it: "for at least 15 minutes"): the whole set, or a cadence, of something done again and again. */
const EVERY_OF_ACTIVITY = /^,?(?:\s+for\s+(?:at\s+least\s+|about\s+|around\s+)?[\p{N}\p{L}]+\s+(?:minutes?|mins?|hours?|hrs?))?(?:\s+(?:(?:and|&|with|on|to|of)\s+)?[\p{L}\p{N}"'“”‘’&,-]+){0,4}?\s+(all|each|every|weekly|bi-?weekly|monthly|daily|fortnightly|quarterly|regularly)\b(?!\s+(?:schedule|plan|calendar|roadmap|cadence)\b)/iu;

/**
 * An activity on a stated period, a few more words on ("Host the “Welcome to the clinic” session each week", "Facilitate a
 * feedback session with owners twice a year", "Collect feedback from owners on a quarterly basis", "Make a blog post three
 * times a month"): done on each period, whatever the verb.
 */
/** Habits a person keeps up (`practice`, `meditate`, `journal`): kept up for a number of days, the days are effort. */
const HABIT_VERBS = /^(?:practi[cs]e|exercise|meditate|journal|paint|draw)$/i;
/** ` Mandarin for 182 days`: a word or three of what is practised, then for how many days (or weeks, sessions) it is kept up. */
const HABIT_KEPT_FOR = /^(?:[ \t]+[\p{L}'’-]+){0,3}?[ \t]+for[ \t]+(?:at[ \t]+least[ \t]+)?(\d[\d,]*)(?=[ \t]+(?:days?|weeks?|sessions?)\b)/iu;
/** ` on 100 days`: the days an activity is done on, counted ("Write on 100 days"). */
const DONE_ON_DAYS = /^(?:[ \t]+[\p{L}'’-]+){0,3}?[ \t]+on[ \t]+(?:at[ \t]+least[ \t]+)?(\d[\d,]*)(?=[ \t]+days?\b)/iu;

const CADENCE_OF_ACTIVITY = new RegExp(String.raw`^,?(?:\s+(?:(?:and|&|with|on|to|of)\s+)?(?!(?:that|which|who)\s)[\p{L}\p{N}"'“”‘’&,-]+){0,14}?\s+(regular\s+(?:${CADENCE_ADJECTIVES})|(?:each|every)\s+(?:(?:two|three|four|five|six|eight|ten|twelve|other|\d{1,2})\s+)?(?:days?|weeks?|months?|quarters?|years?|sprints?|iterations?)|on\s+an?\s+(?:daily|weekly|bi-?weekly|monthly|quarterly|yearly|annual)\s+basis|(?:once|twice|thrice|(?:two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+times)\s+(?:(?:a|an|per|each|every)\s+(?:day|week|month|quarter|year)|daily|weekly|monthly|yearly))\b`, 'iu');

/** Verbs done once for a whole set: "Include all old videos" is a completeness bar, not a count of effort. */
const ONE_OFF_VERBS = /^(?:include|add|create|complete|make|do|ship|launch|deliver|develop|produce|record|feature|distribute|test|identify|offer|collect|gather|audit|evaluate|assess|use|set\s+up|explore|publici[sz]e)$/i;

/**
 * What a team produces or turns up to (tests it writes too: "Implement 2 end-to-end tests"; collaborations it starts:
 * "25 collaborations with partners"): counting these counts effort.
 */
const ACTIVITY_OUTPUTS = /^(?:collaborations?|blog\s+posts?|posts?|articles?|talks?|videos?|meetups?|events?|workshops?|webinars?|newsletters?|tweets?|pull\s+requests?|prs?|calls?|meetings?|demos?|presentations?|interviews?|tutorials?|episodes?|conferences?|sessions?|hackathons?|podcasts?|case\s+studies|guest\s+posts?|briefings?|speaking\s+(?:engagements?|slots?)|code\s+reviews?|tests?|test\s+cases?|(?:live\s*)?streams?|(?:family\s+)?trips|excursions|outings|date\s+nights|hikes)\b/i;

/** Words that make a count of outputs a change to reach, not a tally ("Cut support calls from 400 to 250"). */
const NOT_A_TALLY = /\bfrom\s+[^\s\d]{0,2}\d|\b(?:reduce[sd]?|cut|lower|decrease[sd]?|fewer|less|under|below|per|a\s+(?:week|month|day))\b|%/i;

/**
 * Coverage others write: "3 articles de presse tier 1", "5 press articles", "10 media mentions", "3+ feature articles in
 * major outlets", "10+ videos of the demo from influencers" is a response, no output ("4 posts based on the content of
 * influencers" are the team's).
 */
const EARNED_COVERAGE = /\b(?:press|presse|prensa|media|earned|outlets)\b|\b(?:from|by)\s+(?:[\p{L}-]+\s+)?(?:influencers|creators|streamers|youtubers|journalists)\b/iu;

/**
 * Verbs that obtain something from others: what they count is a response, not the team's effort ("Get 75 posts on the
 * forum"); what is closed or sold is bought by someone ("Close 6 roadmapping sessions", "Sell 10 workshops").
 */
const OBTAIN_VERBS = /^(?:get|gets|reach|receive|attract|earn|gain|win|hit|achieve|grow|increase|raise|double|see|have|close|sell)\b/i;

/** A word qualifying an output noun before it; a preposition would make what follows it no output counted. */
const QUALIFIER_WORD = String.raw`(?!(?:on|in|at|from|for|with|by|of|to|across|via)\s)[\p{L}{}"'“”‘’-]+\s+`;
/**
 * No word, one or two words between a count and its output noun ("6 posts", "4 customer webinars", "5 large regional
 * meetups"), quoted or not ("5 “test” events", "6 'office hours' sessions"), and a cadence before those two ("12 monthly
 * leadership coaching sessions"). No preposition among them: in "10 regulars on streams" the count is of the regulars.
 */
const OUTPUT_QUALIFIERS = [
  /^\s*/,
  new RegExp(String.raw`^\s*${QUALIFIER_WORD}`, 'iu'),
  new RegExp(String.raw`^\s*(?:${QUALIFIER_WORD}){2}`, 'iu'),
  /^\s*(?:daily|weekly|bi-?weekly|fortnightly|monthly|quarterly)\s+(?:[A-Za-z-]+\s+){2}/i,
];

/**
 * After a count: new things the team puts out, said to be in service ("Four (4) new service components in production",
 * "3 new reporting features live"), or said live or working ("12 assessments live with full scoring", "3 loaders functional"), or things said shipped or deployed ("3 Agent Skills deployed"). Counting what
 * shipped counts output, whatever the things are (not people or places: "100 customers launched", "3 regions deployed"; nor
 * what builders put on a public network, the ecosystem's adoption: "3,000 smart contracts deployed on mainnet").
 */
const NEW_THINGS_IN_SERVICE = /^[)\]]?\s*(?:new\s+(?:[\p{L}-]+\s+){1,3}?(?:in\s+production|live|released|shipped|launched|deployed)|(?:[\p{L}-]+\s+){1,3}?(?:live|functional|operational)\b(?!\s+(?:for|to|on|in)\s)|(?:[\p{L}-]+\s+){1,3}?(?:released|shipped|launched|deployed)(?!\s+(?:by|to|for|across|in|on|at)\s+(?:\d|all|every|each))(?!\s+by\b)(?!\s+(?:on|to)\s+(?:the\s+)?(?:main|test)[ -]?net\b))\b/iu;
/** People or places counted (customers onboarded, regions served): no output of the team, whatever verb follows. */
const COUNTED_PEOPLE_OR_PLACES = /^[)\]]?\s*(?:[\p{L}-]+\s+){0,2}?(?:customers?|users?|clients?|members?|people|partners?|teams?|companies|organi[sz]ations|regions?|countries|markets?|cities|schools|hospitals|stores?)\b/iu;

/** After an output noun, the people it qualifies ("workshop organisers", "event/meetup hosts"): a count of them, not of the output. */
const PEOPLE_AFTER_OUTPUT = /^(?:\/[\p{L}-]+)?\s+(?:organi[sz]ers|attendees|participants|registrants|hosts|sponsors|partners|leaders|facilitators|trainers|instructors|venues|studios)(?![\p{L}-])/iu;

/** People named right before a count of what they have ("users with 2+ sessions", "customers with at least 3 calls"). */
const PEOPLE_WITH = /\b(?:users?|customers?|people|members|visitors|players|students|learners|clients|owners|developers|devs|accounts|teams)[ \t]+with[ \t]+(?:at[ \t]+least[ \t]+|more[ \t]+than[ \t]+)?$/i;

/** A tally of activity outputs: the count, then (after a word or two) an output noun: "6 blog posts", "talks at 5 conferences". */
function outputTallyOf(title: string, found: readonly QuantityMatch[]): ActivityCount | undefined {
  if (NOT_A_TALLY.test(title) || OBTAIN_VERBS.test(title) || EARNED_COVERAGE.test(title)) return undefined;
  for (const count of found) {
    if (!isActivityTally(title, count)) continue;
    // "20 users with 2+ sessions": the sessions are the users', the count describes them (retention), no output.
    if (PEOPLE_WITH.test(title.slice(Math.max(0, count.index - 60), count.index))) continue;
    const at = count.index + count.length - (count.quantity.unit?.length ?? 0);
    const shipped = COUNTED_PEOPLE_OR_PLACES.test(title.slice(at, at + 200)) ? null : NEW_THINGS_IN_SERVICE.exec(title.slice(at, at + 200));
    if (shipped) return { verb: '', count: count.quantity, phrase: title.slice(0, at + shipped[0].length) };
    // "5 large (200+ attendees) conferences": a bracketed aside describes the output, it does not stand between.
    // The output noun is a few words on: only so much of the title is read, whatever its length.
    const rest = title.slice(at, at + 200).replace(/\([^()]*\)/gu, '');
    for (const between of OUTPUT_QUALIFIERS) {
      const skip = between.exec(rest)?.[0].length;
      const noun = skip === undefined ? null : ACTIVITY_OUTPUTS.exec(rest.slice(skip));
      // "500 workshop/bootcamp organisers": the output names the people counted, who are the head.
      if (noun && PEOPLE_AFTER_OUTPUT.test(rest.slice(skip! + noun[0].length, skip! + noun[0].length + 60))) continue;
      // Quoted as written, aside and all.
      if (noun) return { verb: '', count: count.quantity, phrase: title.slice(0, title.indexOf(noun[0], at) + noun[0].length) };
    }
  }
  return undefined;
}

/** The title up to the count's number: "Write and publish 12", "Core members speak at 10". */
function upToCount(title: string, count: QuantityMatch): string {
  return `${title.slice(0, count.index)}${count.quantity.raw.split(/\s/)[0]}`;
}

/** Units of time put in: "1hr", "60 mins", "2 hours". */
const TIME_PUT_IN = /^(?:h|hr|hrs|hour|hours|min|mins|minute|minutes)$/i;
/**
 * Sessions of one's own effort, counted: "3x exercise sessions", "20 freelance pomodoros", "4 workouts". Up to two
 * words may say what kind; a count of sessions others hold (analytics, bookings) is no effort.
 */
const SESSIONS = /^\s*(?:[\p{L}-]+\s+){0,2}?(?:sessions?|pomodoros?|workouts?)\b/iu;
/** The most sessions one person or team puts in on a period; more is a count of others' ("10,000 sessions per day"). */
const MAX_SESSIONS = 50;
/** A verb of putting time in before the number: "Spend 1hr every week on …", "Put in 5 hours a week". */
const PUT_IN = /^(?:spend|spending|put\s+in|putting\s+in|dedicate|devote|do|practi[cs]e|carve\s+out|set\s+aside|block(?:\s+out)?)\s+(?:at\s+least\s+)?$/i;
/**
 * What the time or the sessions are of, then the period they recur on, and at most what they go to or whom each is for:
 * "of reading every week", "studying at least once a week", "every week on personal projects", "per week per student to
 * think about their research", "per week to talk to each student". Words of a service level ("median response
 * time", "downtime", "saved") or of others' doing after the period ("booked by customers", "sold") make it no effort.
 */
const EFFORT_CADENCE = /^((?:\s+(?!(?:median|average|mean|max|maximum|min|minimum|response|resolution|downtime|uptime|wait|waiting|saved|time|to)\b)[\p{L}\p{N}&/-]+){0,8}?\s+(?:at\s+least\s+)?(?:once\s+)?(?:per|a|an|each|every)\s+(?:day|week|month|weekday|weekend))(?:\s+(?:on|for|with|at|per|to)(?=\s)[^,;]*)?$/iu;

/** Time put into work, named by what is done: "in analysis", "of writing results", "spent on coding" (not "of waiting", a time people wait). */
const EFFORT_BUDGET = /^\s+(?:of|in|on|spent\s+(?:on|in))\s+(?!(?:waiting|loading|processing|queu(?:e)?ing|booting|building|onboarding)\b)(?:[\p{L}-]+ing|analysis|development|research|study|practice|design)\b/iu;

/**
 * "1hr studying at least once a week", "Spend 1hr every week on personal projects", "3x exercise sessions per week", "20
 * freelance pomodoros per week": time or sessions put in on a period, the effort itself, counted where the key result
 * opens (after a verb of putting time in). "Answer tickets in 4 hours" and "2 hours median response time every week" are
 * levels, not effort.
 */
function effortOnACadence(title: string, found: readonly QuantityMatch[]): ActivityCount | undefined {
  const first = found[0]!;
  const before = title.slice(0, first.index);
  if (before !== '' && !PUT_IN.test(before)) return undefined;
  const unit = first.quantity.unit ?? '';
  const afterNumber = title.slice(first.index + first.length);
  // "3x exercise sessions", "4 workouts" (the unit may be read as the noun itself: "20 freelance").
  const sessions = first.quantity.value <= MAX_SESSIONS && SESSIONS.test(unit === 'x' || unit === '' ? afterNumber : `${unit}${afterNumber}`);
  if (!TIME_PUT_IN.test(unit) && !sessions) return undefined;
  // After a time unit, what it is of is any words; after sessions, the words naming them come first.
  const rest = sessions ? afterNumber.replace(SESSIONS, '') : afterNumber;
  const cadence = EFFORT_CADENCE.exec(rest);
  // "Ten hours in analysis and development", "Four hours of writing results": a budget of time for the work, the effort.
  const budget = !cadence && !sessions && EFFORT_BUDGET.exec(rest);
  if (budget) return { verb: before.trim(), count: first.quantity, phrase: title.slice(0, title.length - rest.length + budget[0].length) };
  if (!cadence) return undefined;
  // The message quotes the key result up to its period: "Spend 1hr every week …".
  return { verb: before.trim(), count: first.quantity, phrase: title.slice(0, title.length - rest.length + cadence[1]!.length) };
}

/** An activity a key result counts: the verb as written, the tally, and the words that say it ("Speak at 10"). */
export interface ActivityCount {
  verb: string;
  count: Quantity;
  phrase: string;
}

/** The start of a title that reports work as done: nothing (a participle opens it) or a subject and "has"/"have". */
const DONE_BY_THE_TEAM = /^(?:((?:the\s+|our\s+)?[\p{L}&-]+)\s+(?:has|have)\s+)?/iu;

/** The team as a subject: a word for it ("the team", "we", "our engineers") or an organisation's acronym ("OCTO", "CX"). */
function isTheTeam(subject: string): boolean {
  const head = subject.replace(/^(?:the|our)\s+/i, '');
  return TEAM_SUBJECTS.test(head) || /^\p{Lu}{2,}$/u.test(head);
}

/** Work done by people outside the team, after its participle: "… organised by the community", "… created by users". */
const DONE_BY_OTHERS = /^\s+by\s+(?:the\s+|our\s+)?(?:community|users|customers|partners|volunteers|contributors|attendees|participants|students|others|third[\s-]+parties)\b/iu;

/** A word of letters (and hyphens). */
const LETTER_WORD = /[\p{L}][\p{L}-]*/gu;

/** Words that end the noun phrase of a tally ("3 owners who attended …" is no tally of attending). */
const CLAUSE_WORDS = new Set(['who', 'that', 'which', 'where', 'with', 'of', 'to', 'from', 'per', 'and', 'or', 'for', 'in', 'on', 'at', 'whose']);
/** Words that may open a team subject ("our engineers", "the team"). */
const SUBJECT_DETERMINERS = /^(?:the|our|each|every|all)$/i;

/** The objective a KR belongs to, if its parent resolves to one. */
export function objectiveOf(graph: WorkspaceGraph, kr: PlanNode): PlanNode | undefined {
  const link = graph.parentOf(kr);
  return link.status === 'resolved' && link.node.kind === 'objective' ? link.node : undefined;
}

/**
 * People hired, counted (`Hire seven engineers`, `Hire 2 UX designers and 3 product managers`, `Add 3 full time rust
 * developers`, `Recruit 6 more customer support reps`, written as done: `2 country managers hired`, or as a team built to a
 * headcount: `Build team of 5 full-time employees`): capacity the team buys, an input to what it should change. Under
 * an objective about the team or its hiring (`Recruit world-class A-players`, `Build a world-class engineering team`)
 * the hires are the outcome asked for.
 */
const HEADCOUNT = String.raw`(?<count>\d{1,3}|${SMALL_NUMBERS.slice(1).join('|')})`;
const HIRE_MODIFIERS = String.raw`(?:(?:more|new|additional|full[- ]time|part[- ]time|senior|junior)[,\s]+){0,3}`;
const ROLES = String.raw`(?:engineers?|developers?|designers?|managers?|coordinators?|specialists?|editors?|reps?|representatives?|aes?|sdrs?|interns?|leads?|analysts?|scientists?|writers?|marketers?|recruiters?|videographers?|pms?|architects?|testers?|administrators?|agents?|employees?|ftes?|staff)`;
const HIRES_COUNTED = new RegExp(String.raw`^(?:hire|recruit|add)\s+(?:at\s+least\s+)?${HEADCOUNT}\s+${HIRE_MODIFIERS}(?:[\p{L}/-]+\s+){0,3}?${ROLES}\b`, 'iu');
/** The hires written as done (`2 on-the-ground country managers hired (KZ + UZ)`), an aside naming where or who allowed before the participle. */
const HIRED_AS_DONE = new RegExp(String.raw`^(?:at\s+least\s+)?${HEADCOUNT}\s+${HIRE_MODIFIERS}(?:[\p{L}/-]+\s+){0,3}?${ROLES}(?:\s*\([^()]{1,40}\))?\s+(?<participle>hired|recruited|onboarded)\b`, 'iu');
/** A team built to a headcount: `Build team of 5 full-time employees`, `Grow the team to 8 engineers`. */
const TEAM_BUILT = new RegExp(String.raw`^(?:build|grow|expand|scale)\s+(?:(?:a|the|our)\s+)?(?:[\p{L}-]+\s+)?team\s+(?:of|to)\s+(?:at\s+least\s+)?${HEADCOUNT}\s+${HIRE_MODIFIERS}(?:[\p{L}/-]+\s+){0,2}?(?:${ROLES}|people|members)\b`, 'iu');
const ABOUT_THE_TEAM = /\b(?:teams?|hire|hires|hiring|recruit\w*|talent|headcount|staff\w*|a-players?|workforce|crew)\b/i;

/** The hiring verb and the count where a key result counts people hired, outside an objective about the team. */
export function hiresCounted(kr: PlanNode): ActivityCount | undefined {
  const title = plainTitle(kr);
  const objective = kr.enclosing?.kind === 'objective' ? kr.enclosing.title : '';
  if (ABOUT_THE_TEAM.test(objective)) return undefined;
  const match = HIRES_COUNTED.exec(title) ?? HIRED_AS_DONE.exec(title) ?? TEAM_BUILT.exec(title);
  if (!match) return undefined;
  const raw = match.groups!.count!;
  const value = countWritten(raw.toLowerCase());
  // One hire is one deliverable, `kr-is-task`'s to name.
  return value < 2 ? undefined : { verb: match.groups!.participle ?? match[0].split(/\s/)[0]!, count: { value, raw }, phrase: match[0] };
}

/** True when the KR's objective is marked `Type: learning`. */
export function underLearningObjective(graph: WorkspaceGraph, kr: PlanNode): boolean {
  const objective = objectiveOf(graph, kr);
  return objective !== undefined && fieldOf(objective, 'type')?.value.trim().toLowerCase() === 'learning';
}

/**
 * An objective that puts something to the test: "Validate product-market fit …", "Test whether owners …", "Find out …",
 * "Prove whether …". "Prove MalSat is the default platform" asserts a claim to make good, no test: its key results still
 * start somewhere.
 */
const PUTS_TO_THE_TEST = /^(?:validate|prove\s+(?:whether|if|(?:product|problem)[- ](?:market|solution)\s+fit|demand\b)|test\s+whether|find\s+out|learn\s+whether|learn\s+if|discover\s+whether)\b/i;

/** True when the KR's objective is a learning one, marked or stated: its key results are the marks a test must pass. */
export function underTestOfAnIdea(graph: WorkspaceGraph, kr: PlanNode): boolean {
  const objective = objectiveOf(graph, kr);
  return underLearningObjective(graph, kr) || (objective !== undefined && PUTS_TO_THE_TEST.test(objective.title));
}

/** Lower-cased unit with a plural `s` dropped (`days` → `day`), so `10 day` and `10 days` agree. */
export function unitKey(quantity: Quantity): string {
  const unit = (quantity.unit ?? '').toLowerCase();
  return unit.length > 3 && unit.endsWith('s') ? unit.slice(0, -1) : unit;
}

/** True when two quantities can be compared: same unit, or one of them has none. */
export function sameScale(a: Quantity, b: Quantity): boolean {
  return !a.unit || !b.unit || unitKey(a) === unitKey(b);
}

/** True when two numbers are equal up to floating-point noise. */
export function sameValue(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
}

/** Backticked value for messages. */
export function code(text: string): string {
  return `\`${text.replace(/`/g, "'")}\``;
}

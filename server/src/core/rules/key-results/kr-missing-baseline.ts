import type { Rule } from '../types';
import type { Lexicon } from '../../lexicon';
import { enclosingOfKind, fieldOf, nodesOfKind, type PlanNode, type Quantity } from '../../model';
import type { WorkspaceGraph } from '../../graph';
import { findQuantities, isMoneyUnit, krNumbersFromTitle, parseQuantity, readKrTitle, titleDirection, type QuantityMatch } from '../../parse/quantity';
import { startsWithWorkVerb } from '../helpers/verb-phrase';
import { writtenInAnotherLanguage } from '../helpers/language';
import { activityCountOf, code, isShareOfWorkDone, noteOnTheWork, statesANumber, taskVerbOf, underTestOfAnIdea } from '../helpers/kr-shape';
import { UNKNOWN_QUANTITY } from '../helpers/field-values';
import { LineIndex } from '../../parse/positions';
import { matchesOf } from '../../regex-matches';

/** Units that make a lone number a level to reach ("Hit 99.9% uptime", "Have a 9 NPS") rather than a tally that starts at zero. */
const LEVEL_UNITS = new Set(['%', 'pp', 'points', '$', '€', '£', '¥', 'nps', 'csat']);

/** Units of time: a lone duration ("Onboarding takes 2 hours") is a level, not a tally. */
const DURATION_UNITS = new Set([
  'ms', 's', 'sec', 'secs', 'second', 'seconds', 'min', 'mins', 'minute', 'minutes', 'h', 'hr', 'hrs', 'hour', 'hours',
  'd', 'day', 'days', 'wk', 'wks', 'week', 'weeks', 'mo', 'mos', 'month', 'months',
]);

/**
 * A share of a target set for the period itself: plan attainment ("120% of plan", "41% of the opportunity
 * target", "100% of quota", "60% completion rate across the team's OKRs"). It counts from zero at the start of the
 * period like a tally.
 */
const SHARE_OF_PERIOD_TARGET = /^\s*(?:(?:completion|delivery|done)\s+rate\s+(?:of|across|on)|of)\s+(?:the\s+|our\s+|its\s+|their\s+|this\s+|each\s+)?(?:[\p{L}\p{N}'’-]+\s+){0,3}?(?:(?:plan|target|quota|goal|forecast|budget|commit(?:ment)?|okr|kr|key\s+result)s?(?![\p{L}-])|(?:planned|committed|scheduled)\b)/iu;

/** "100% of systems have delivered at least one release": the share of a set where something happens this period, counted from zero. */
const IN_PERIOD_EVENT = /^\s*of\b[^,;:()]{0,60}?\b(?:have|has)\s+(?:delivered|shipped|released|published|launched|held|run|presented|completed)\s+(?:at\s+least\s+)?(?:one|an?|\d)/iu;

/** An aside in brackets that asks a question (`[with 4+ survey satisfaction?]`): the writer's doubt, no target. */
const OPEN_QUESTION = /\[[^\[\]]{0,120}\?\s*\]|\([^()]{0,120}\?\s*\)/g;

/** True when the text at `index` stands inside an aside asking a question. */
function insideAnOpenQuestion(title: string, index: number): boolean {
  for (const aside of title.matchAll(OPEN_QUESTION)) if (index > aside.index && index < aside.index + aside[0].length) return true;
  return false;
}

/** Words that open an aside: a number after one describes the work ("…, including up to three KPIs"), it is not the target. */
const ASIDE_OPENER = /\b(?:(?:including|such as|for example)\b|e\.g\.)/i;

/** "90% of reps at or above quota", "80% of AEs hit quota": the share of people meeting this period's quota. */
const AT_QUOTA = /^[^,;:()]{0,50}?\bquotas?\b/iu;

/** Money that is a standing level (recurring revenue, a run rate, a balance) rather than an amount won or built in the period. */
const MONEY_STOCK = /\b(?:arr|mrr|run[- ]rate|recurring|valuation|balance|cash|in\s+the\s+bank|reserves?|burn|price|prices|pricing|cost|costs|spend|budget|acv|arpu|arpa|ltv|cac|lifetime|cumulative|all[- ]time|to date|per (?:user|seat|account|customer|month|year))\b/i;

/**
 * The period's revenue or sales, or a sales target for it ("Achieve $375,000 in revenue", "$215,000 in individual
 * membership revenue", "Hit the sales target of $100 Million"): the last period had a figure to beat. Revenue from what
 * is new ("$3.1 million in new revenue") counts from zero.
 */
const REVENUE_OF_THE_PERIOD = /\bsales[ \t]+target\b|\bin[ \t]+(?!new\b)(?:[\p{L}-]+[ \t]+){0,2}?(?:revenues?|sales)\b/iu;

/**
 * The period's revenue or sales named as the metric the money is a level of: after it ("$3M revenue"), or before it as a
 * label, with "of" or a bar between ("Revenue: $3M", "Net revenue of $2.5M", "Sales > $1M"). Revenue "from" something
 * new, or money raised "for" a revenue team, names no such level.
 */
const REVENUE_NAME = String.raw`(?:(?:net|gross|total|annual|yearly|quarterly|monthly)[ \t]+)?(?:revenues?|sales|turnover)`;
const REVENUE_AFTER_MONEY = new RegExp(String.raw`^[ \t]*(?:of[ \t]+)?${REVENUE_NAME}(?![\p{L}-])(?![ \t]+(?:from|for)\b)`, 'iu');
const REVENUE_BEFORE_MONEY = new RegExp(String.raw`(?:^|[^\p{L}\p{N}-])${REVENUE_NAME}(?:[ \t]*(?:\*\*|__))?[ \t]*(?::|of|at|[<>≤≥]=?|(?:at[ \t]+least|over|above|more[ \t]+than|of[ \t]+at[ \t]+least))?(?:[ \t]*(?:\*\*|__))?[ \t]*$`, 'iu');
/** Revenue from something new this period ("… from the new add-on"), counted from zero. */
const REVENUE_FROM_NEW = /\bfrom[ \t]+(?:the[ \t]+|our[ \t]+|a[ \t]+)?new\b/i;

/** True when the money at `match` is a level of the period's revenue or sales, named beside it. */
function namesTheRevenue(title: string, match: QuantityMatch): boolean {
  if (REVENUE_FROM_NEW.test(title)) return false;
  const after = title.slice(match.index + match.length, match.index + match.length + 40);
  return REVENUE_AFTER_MONEY.test(after) || REVENUE_BEFORE_MONEY.test(title.slice(Math.max(0, match.index - 50), match.index));
}

/** "40 of 50 accounts", "8 out of 10 owners": a share, a level to reach. */
const SHARE_OF_N = /^\s*(?:out\s+)?of\s+(?:the\s+|our\s+)?(?:\d|top\b)/i;

/**
 * "per rep per month", "a week", "each sprint", "/month": a rate, a level to reach; one in the method after "by …",
 * "through" or "via" ("Gain 100 followers by posting 5 photos/week") rates the work, not what is counted.
 */
const RATE_AFTER = /^(?:(?!\b(?:by|through|via)\s)[^,;:()]){0,40}?(?:\bper\b|\b(?:a|an|each|every)\s+(?:day|week|month|quarter|year|sprint)\b|\/\s?(?:day|week|wk|month|mo|quarter|year|yr)\b)/iu;

/**
 * "Finish in the top 5% of a Kaggle competition", `一个kaggle比赛进入Top 5%`: a rank in a contest entered this period has no
 * standing to start from.
 */
const RANK_IN_A_CONTEST = /\btop[ \t]?\d{1,3}(?:[ \t]?%|\b)[^.;]{0,40}?\b(?:competitions?|contests?|hackathons?|tournaments?|olympiads?)\b|(?:比赛|竞赛|競賽|大赛|コンテスト|대회)[^，。,;；]{0,12}?top[ \t]?\d/iu;

/** Verbs of change, in the base and the -ing form ("Reduce …", "increasing the number of … by 2x"). */
const CHANGE_VERBS = String.raw`reduc(?:e|ing)|cut(?:ting)?|lower(?:ing)?|decreas(?:e|ing)|drop(?:ping)?|bring(?:ing)?\s+down|increas(?:e|ing)|rais(?:e|ing)|grow(?:ing)?|improv(?:e|ing)|boost(?:ing)?|lift(?:ing)?`;
const SPEED_UP = String.raw`speed(?:ing)?\s+up|accelerat(?:e|ing)`;

/** The verbs of change with a subject before them: "Auto-remediation reduces MTTR to …". */
const CHANGES_OF_A_SUBJECT = String.raw`reduces|cuts|lowers|decreases|drops|brings\s+down|increases|raises|grows|improves|boosts|lifts`;
/** What may come before the verb of change: a label ("Auto-remediation: ", "Auto-remediation - ") or a short subject. */
const BEFORE_THE_CHANGE = String.raw`(?:[^;:]{0,40}?(?::|\s[-–—])\s+|(?:[\p{L}-]+\s+){1,3}?(?=(?:${CHANGES_OF_A_SUBJECT})\b))?`;

/** "Reduce false positives to <10%", "Raise coverage to over 80%", "Boost CTR to 3% or above", "Auto-remediation reduces MTTR to <15 min": a move to a bound, which starts somewhere. */
const MOVES_TO_A_BOUND = new RegExp(String.raw`^${BEFORE_THE_CHANGE}(?:${CHANGE_VERBS}|${CHANGES_OF_A_SUBJECT})\b[^;]*?\bto\s+(?:[<>≤≥]|under\b|below\b|over\b|above\b|less\s+than\b|more\s+than\b|at\s+(?:least|most)\b|fewer\s+than\b|a\s+(?:minimum|maximum)\s+of\b|no\s+(?:less|fewer|more)\s+than\b|[^\s;]+\s+or\s+(?:above|more|higher|better|below|less|lower|fewer)\b)`, 'iu');

/** "Bring query results under 10s", "Get p95 latency below 200ms": a move of a metric under a bound, which starts somewhere. */
const BRINGS_UNDER_A_BOUND = /^(?:bring|get)[ \t]+(?!(?:\d|one|two|three|four|five|ten)\b)[^;:]{1,60}?[ \t](?:under|below|beneath)[ \t]+(?:\d|one|two|three|five|ten)/iu;

/**
 * "Cut errors by at least 20%", "Improve latency by at least one order of magnitude": a change with a floor on its size
 * is still a change from where the metric stands; the floor gives no starting point.
 */
const CHANGES_BY_AT_LEAST = new RegExp(String.raw`^(?:${CHANGE_VERBS}|${SPEED_UP})\b[^;]*?\bby\s+(?:at\s+least|more\s+than|over|no\s+less\s+than|a\s+minimum\s+of)\b`, 'iu');

/** "Onboarding takes 2 hours", "make setup take 10 minutes". */
const TAKES_BEFORE = /\b(?:take|takes|taking|took)\s+(?:only\s+|just\s+|less than\s+|no more than\s+)?$/i;
/** A span of time after the number, a word in between allowed: "2 business days", "10 minutes". */
const DURATION_AFTER = /^\s*(?:[\p{L}-]+\s+)?(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?)\b/iu;

/** "Onboarding takes 2 business days": a time something takes is a level; "Take 5 cooking classes" is no time. */
function takesATime(title: string, match: QuantityMatch): boolean {
  if (!TAKES_BEFORE.test(title.slice(Math.max(0, match.index - 30), match.index))) return false;
  const number = /^[^\s]*?\d[\d.,]*/.exec(title.slice(match.index))?.[0] ?? '';
  return DURATION_AFTER.test(title.slice(match.index + number.length, match.index + number.length + 40));
}

/** Words that open a descriptive clause: a percentage after one describes whom the key result counts, it is not the target. */
const CLAUSE_OPENER = /\b(?:who|that|which|where|whose|when|whenever|while|if|with|without|having|covering|using)\b/i;

/** A verb whose object is a clause opened by "that" ("Ensure that …", "Make sure that …", "Show that …"). */
const THAT_OF_A_VERB = /\b(?:ensure|ensures|ensuring|make\s+sure|verify|confirm|show|shows|prove|demonstrate|demonstrates)\s+that\b/gi;

/** Verbs whose object follows "to" ("Respond to 100% of questions"): the "to" is no move to a level. */
const VERB_TAKING_TO = /^(?:respond|reply|react|listen|attend|contribute|subscribe)(?:s|ed|ing)?\s+to\b/i;

/**
 * "by 10 compared to last quarter", "5 points over last year", "by 15% YoY", "10% quarter over quarter", and in Chinese,
 * Japanese and Korean `环比` / `同比` (against the last period / year), `前年比`, `전년 대비` (`VTM 대비`: against what is named): the starting
 * point is the last period's figure, or the named thing's, named.
 */
const AGAINST_LAST_PERIOD =
  /\b(?:(?:compared\s+(?:to|with)|vs\.?|versus|over|than)\s+(?:the\s+)?(?:last|previous|prior)\s+(?:week|sprint|month|quarter|half|year|period|cycle)\b|(?:yoy|qoq|mom)\b|(?:year|quarter|month|week)[ -]over[ -](?:year|quarter|month|week)\b)|环比|(?<!不)同比|前(?:年|月|期|四半期)比|(?<!(?:장애|위기|재난|사고|증가|비상|만일|변화|성장)\s?)대비(?!\s?훈련)/i;

/**
 * `# O1: 环比12月，… 提高40%` / `KR2: … 提升20%`: an objective that names the period its change is measured against names
 * the starting point of each relative key result under it.
 */
function comparedInObjective(kr: PlanNode): boolean {
  const objective = enclosingOfKind(kr, 'objective');
  // Korean `대비` in an objective is as often "in preparation for" (`트래픽 증가 대비`) as "compared with".
  return objective !== undefined && AGAINST_LAST_PERIOD.test(objective.title.replace(/대비/g, ''));
}

/**
 * "ready no later than 3 weeks after each clinic ends", "within 2 days of the launch", "two hours before the end of the
 * workday": a time allowed after (or before) an event is a
 * deadline for the work, not a level the team measures now.
 */
const DEADLINE_AFTER_EVENT = /^\s*(?:after|before|prior\s+to|of|following)\s+(?:the|each|every|an?|its|their|our)\b/i;

/** "Cleanup of temp assets after 7 days", "Archive logs older than 30 days": the age at which something happens is a setting of the work, no level. */
const AGE_SET_FOR_THE_WORK = /\b(?:after|older\s+than)\s*$/i;

/** "Bank-feed matching 80% completed": how much of a piece of work is done, counted from nothing at the start of the work. */
const SHARE_OF_WORK_DONE = /^\s*(?:complete|completed|done|finished|implemented|built|delivered)\b/i;


/**
 * A `Current` field in a plan with no check-ins yet (`Current: 0% (before the launch)`) says where the metric stands as
 * the plan is written: the starting point a reader needs. Once check-ins are kept, it is where the metric got to.
 */
function statesWhereItStands(kr: PlanNode): boolean {
  const current = fieldOf(kr, 'current');
  return current !== undefined && kr.checkIns.length === 0 && !UNKNOWN_QUANTITY.test(current.value.trim()) && findQuantities(current.value).length > 0;
}

/**
 * `Baseline: 2 mentions in government documents, 1 policy referral`: a baseline written out in words, with its numbers,
 * states where the metric stands though it is no single quantity.
 */
function baselineInWords(kr: PlanNode): boolean {
  const baseline = fieldOf(kr, 'baseline');
  return baseline !== undefined && !UNKNOWN_QUANTITY.test(baseline.value.trim()) && findQuantities(baseline.value).length > 0;
}

/**
 * `| **Stars** | TBD | - | 1000+ |`, `Baseline: sin cargar`: a `Baseline` field, or a `Current` one in a plan with no
 * check-ins yet, that says the number is not known leaves the start open in the writer's own words, so even a bar to clear
 * asks for it.
 */
function leavesTheStartOpen(kr: PlanNode): boolean {
  return UNKNOWN_QUANTITY.test(startWrittenAs(kr));
}

/** What a `Baseline` field, or a `Current` one before any check-in, says of where the metric starts ('' when none does). */
function startWrittenAs(kr: PlanNode): string {
  const start = fieldOf(kr, 'baseline') ?? (kr.checkIns.length === 0 ? fieldOf(kr, 'current') : undefined);
  return start?.value.trim() ?? '';
}

/** A count with no unit of a level: no percentage, money, points, score, duration or rate. */
function isBareCount(quantity: Quantity): boolean {
  const unit = (quantity.unit ?? '').toLowerCase();
  return !LEVEL_UNITS.has(unit) && !isMoneyUnit(quantity.unit) && !DURATION_UNITS.has(unit) && !unit.includes('/') && !Number.isNaN(quantity.value) && Number.isInteger(quantity.value);
}

/** A metric named as a running total: `Total Gifts`, `Cumulative signups`, `Lifetime downloads`. */
const NAMED_AS_A_TOTAL = /\b(?:total|cumulative|lifetime|all[- ]time)\b/i;

/** `| **Active Users** | 300 |`, `| **Total Gifts** | 1,000 |`: the metric a table row names counts what stands somewhere today. */
function countsWhatStands(title: string, value: string, target: Quantity): boolean {
  const name = title.replace(/[*_]/g, '').trim();
  const counted = `${value.replace(/[*_]/g, '').trim()} ${name}`;
  return NAMED_AS_A_TOTAL.test(name) || isLevel(counted, findQuantities(counted)[0], target);
}

/** The match of a title quantity, to look at the words around it. */
function matchOf(title: string, quantity: Quantity): QuantityMatch | undefined {
  return findQuantities(title).find((m) => m.quantity.raw === quantity.raw && m.quantity.value === quantity.value);
}

/** True when a quantity in a text is a share of a target set for the period ("120% of plan"). */
function isShareOfPeriodTarget(text: string, match: QuantityMatch | undefined): boolean {
  if (match === undefined || match.quantity.unit !== '%') return false;
  const after = text.slice(match.index + match.length, match.index + match.length + 60);
  return SHARE_OF_PERIOD_TARGET.test(after) || AT_QUOTA.test(after) || IN_PERIOD_EVENT.test(after);
}

/** Words that make a multiple a change from where the metric stands ("Grow signups 4x", "a 3x increase"). */
const MULTIPLIES = new RegExp(String.raw`^(?:${CHANGE_VERBS}|multiply(?:ing)?|scal(?:e|ing)|expand(?:ing)?|${SPEED_UP})\b|\b(?:doubl|tripl|quadrupl|halv)\w*|\d\s*x\s+(?:growth|increase|more|faster|bigger|larger|improvement)\b`, 'i');

/** A count of new things ("2 new implementations", "two new app stores"); a share ("40% new-user activation") is a level. */
const NEW_THINGS_COUNTED = /^[^\s%]+\s+new\s/i;

/** An aside after the level giving its change: "(50% growth)", "(+25%)", "(2x)". */
const CHANGE_ASIDE = /^[^(]{0,40}?\(\s*(?:[+-]\s?\d[\d.,]*\s?%?|\d[\d.,]*\s?%\s+(?:growth|increase|more|up|rise|higher|gain|decrease|less|down|drop|lower)|\d[\d.,]*\s?x)\s*\)/i;
/**
 * After a relative change, its parts each moved from one level to another: "by 60%—Instagram: 130 to 500 followers,
 * Twitter: 1,400 to 2,000". The levels they start at are stated.
 */
const PARTS_FROM_TO = /^[ \t]*(?:[—–:(]|-[ \t])[^.;]{0,40}?\d[\d.,]*[kKmM%]?[ \t]+to[ \t]+\d/;
/** After a length, the kind of work it measures: "7 week process", "3 day workshop" (not "2 days for new maintainers"). */
const LENGTH_OF_THE_WORK = /^[ \t-]*(?:process|program|programme|course|cycle|sprint|plan|journey|training|bootcamp|workshop|challenge|trial|pilot|residency|internship)(?![\p{L}-])/iu;
/** "Choose up to three things", "Pick up to 5 bets": a cap on how many are chosen, no level reached from somewhere. */
const CHOSEN_UP_TO = /\b(?:choose|pick|select|name|focus[ \t]+on|prioriti[sz]e)[ \t]+up[ \t]+to\b/i;

/** "Build email list to 1,000 subscribers", "Grow our community to 500 members": an audience built up to a level, which stands somewhere today. */
const GROWS_AN_AUDIENCE = /^(?:build|grow|develop)[ \t]+(?:(?:our|the|an?|my)[ \t]+)?(?:[\p{L}-]+[ \t]+){0,2}?(?:list|audience|community|following|newsletter|subscriber[ \t]+base|user[ \t]+base)[ \t]+to\b/iu;

/** Verbs that make something that did not exist, so its level has no earlier value. */
const MAKES_SOMETHING_NEW = /^(?:build|develop|create|implement|design|set[ -]up|launch|introduce|ship)\b/i;
/** "Triggers project shipped, achieving 30% pen rate": the uptake of what ships in the period starts at none. */
/** "released last year", "already shipped", "launched in 2023": what shipped before the period has an uptake today. */
const SHIPPED_BEFORE = /\b(?:already|previously)\s+(?:shipped|launched|released|rolled\s+out)\b|\b(?:shipped|launched|released|rolled\s+out)\s+(?:last|previously|earlier|before|in\s+(?:19|20)\d{2}|\d+\s+(?:years?|months?|quarters?|weeks?)\s+ago)\b/i;
const UPTAKE_OF_WHAT_SHIPS = /\b(?:shipped|launched|released|rolled[ \t]+out)\b[^.;]{0,80}?\b(?:pen(?:etration)?[ \t]+rate|penetration|adoption|uptake|attach[ \t]+rate)\b/i;

/**
 * A count of a population that has a size today, stated as the key result itself (the number opens the statement or
 * its part after a colon, or follows "Have"), so the target is a level reached from somewhere, not a tally from zero:
 * a qualifier of standing ("250 active clubs", "50 weekly users", "25 contributors active"), an audience that
 * accumulates ("one million followers", "Page likes: 2500", "6500 members by the end of 2022"), or what the team holds ("Have 200 clubs"). Likes on
 * posts and new followers are gained in the period, a tally; "Get 100 subscribers" names the gain, not the level.
 */
const STANDING_QUALIFIER = String.raw`active|regular|weekly|monthly|daily|repeat|returning|self-sustaining|registered|paying|enrolled`;
// Reviews of the product pile up as its followers do ("5000 positive G2 reviews"); reviews of the team's work are its activity.
// Daily, weekly or monthly active users named by their acronym (`500 DAU`) are active users.
const AUDIENCE = String.raw`followers|subscribers|subs|page\s+likes|stars|(?<!(?:code|design|peer|pr)\s)reviews|[dwm]aus?`;
/**
 * "6500 members by the end of 2022": the members an organisation counts, where the count ends the statement or a
 * preposition follows it; "50 members share responses", "50 members recruited" count what they or the period do.
 */
const MEMBERSHIP = String.raw`(?:members|supporters)(?=\s*(?:$|[,;.(])|\s+(?:by|in|at|on|across|from|for|of)\b)`;
const STANDING_AFTER_NUMBER = new RegExp(String.raw`^\S+(?:\s+(?:thousand|million|billion))?(?:\s+(?!new\b)[\p{L}-]+){0,2}?\s+(?:(?:${STANDING_QUALIFIER}|${AUDIENCE})(?![\p{L}-])|${MEMBERSHIP})`, 'iu');
// The label may be in bold (`**GitHub Stars:** 500+`); users, customers, contributors and members so counted stand somewhere too (`**Production Users:** 100+`).
const AUDIENCE_LABEL = new RegExp(String.raw`(?:^|[^\p{L}])(${AUDIENCE}|(?:active\s+|production\s+|paying\s+)?(?:users|customers|contributors|members))(?:\s*(?:\*\*|__))?\s*:(?:\s*(?:\*\*|__))?\s*$`, 'iu');
/** Where a count stands as the statement: at its start, after a colon, or after "Have"/"Having". */
// Each run of blanks is read one way only: adjacent optional blanks would try every split of a long run.
const COUNT_AS_STATEMENT = /(?:^|:(?:\s*(?:\*\*|__))?\s*|^(?:have|having)\s+)$/i;
/**
 * "Reach 500 Twitter followers", "Hit 250 active clubs": an audience or a standing population as the level to reach;
 * "Reach 50 members of Congress" names whom the work reaches, a tally.
 */
const REACHES_A_LEVEL = /^(?:reach|hit|achieve|surpass|exceed|grow\s+to|get\s+to)\s+(?:(?:at\s+least|over|more\s+than|a\s+minimum\s+of|a\s+total\s+of)\s+)?$/i;
const AUDIENCE_OR_STANDING_AFTER_NUMBER = new RegExp(String.raw`^\S+(?:\s+(?:thousand|million|billion))?(?:\s+(?!new\b)[\p{L}\p{N}-]+){0,2}?\s+(?:${STANDING_QUALIFIER}|${AUDIENCE})(?![\p{L}-])`, 'iu');
/**
 * What a product or site has a running total of, reached as a level ("Reach 130000 downloads across all releases",
 * "Reach 500 total unique visitors"); unlike followers or active users, these may be counted for something new, or as
 * whom the work reaches, so only a running total is read as a level.
 */
const REACHED_TOTALS = String.raw`visitors|downloads|installs|readers|viewers|listeners|users`;
const REACHED_TOTAL_AFTER_NUMBER = new RegExp(String.raw`^\S+(?:\s+(?:thousand|million|billion))?(?:\s+(?!new\b)[\p{L}-]+){0,2}?\s+(?:${REACHED_TOTALS})(?![\p{L}-])`, 'iu');
/**
 * Something new this period, or a place or channel the work reaches people in: "on the new app", "in the beta", "of v2",
 * "pilot users", "through the partner program", "at our booth". Its audience starts at none, or is whom the work reaches.
 */
const REACHED_FROM_NONE = /\b(?:pilot|beta|alpha|preview|trial|mvp|launch(?:es|ed)?|campaign|booth|v\d+(?:\.\d+)*)\b|\b(?:version|season|edition|series)\s+\d|\b(?:trade\s+show|show|fair|expo|summit)\b|\b(?:through|via)\b|\bat\s+(?:our|the|their)\s+(?:stand|stall|event|conference|meetup)\b/iu;

/**
 * Words beside the count that make it a running total: "500 total unique visitors", "a total of 500", "downloads for the
 * editor across all releases" (not "500 users across all regions", where the work is done).
 */
const RUNNING_TOTAL = new RegExp(String.raw`\b(?:total|cumulative|lifetime|all[- ]time)\s+(?:[\p{L}-]+\s+)?(?:${REACHED_TOTALS})\b|\b(?:${REACHED_TOTALS})(?:\s+[\p{L}-]+){0,5}?\s+(?:in\s+total|overall|to\s+date|across\s+all\s+(?:releases|versions|platforms|products|apps|sites|properties|channels))\b|\ba\s+total\s+of\b`, 'iu');

/** "Reach 500 Twitter followers", "Reach at least 130000 downloads": an audience that stands somewhere today, reached as a level. */
function reachesAStandingAudience(title: string, match: QuantityMatch): boolean {
  const counted = title.slice(match.index);
  if (AUDIENCE_OR_STANDING_AFTER_NUMBER.test(counted)) return true;
  // Downloads, users or visitors reached may be those of a launch or a campaign: only a running total stands somewhere today.
  return REACHED_TOTAL_AFTER_NUMBER.test(counted) && RUNNING_TOTAL.test(title) && !FIRST_OR_NEW.test(title) && !REACHED_FROM_NONE.test(title);
}

/** "Have 200 clubs": held things named after the number, with no participle of work done to them ("Have 3 case studies published"). */
const HOLDS = /^(?:have|having)\s+\S+(?:\s+(?![\p{L}-]*(?:ed|en)\b|live\b)[\p{L}-]+){1,3}\s*(?:\([^)]*\))?\s*$/iu;

function isStandingCount(title: string, match: QuantityMatch): boolean {
  const before = title.slice(0, match.index);
  if (REACHES_A_LEVEL.test(before)) return reachesAStandingAudience(title, match);
  if (CAPACITY_HELD.test(before) && CONCURRENT_LOAD.test(title.slice(match.index))) return true;
  if (!COUNT_AS_STATEMENT.test(before)) return false;
  return STANDING_AFTER_NUMBER.test(title.slice(match.index)) || AUDIENCE_LABEL.test(before) || HOLDS.test(title);
}

/** "Support 250 concurrent users", "Handle 2,000 simultaneous sessions": a load a running system carries today, held as a level. */
const CAPACITY_HELD = /(?:^|:\s*)(?:support|handle|serve|sustain)s?\s+(?:(?:at\s+least|up\s+to|over)\s+)?$/i;
const CONCURRENT_LOAD = /^\S+\s+(?:concurrent|simultaneous)\s+(?:users|sessions|connections|players|requests)\b/i;

/** The count as written, the number and up to three words naming what it counts ("3k followers", "250 active clubs", "followers: 1,500"). */
function countNamed(title: string, match: QuantityMatch): string {
  const label = AUDIENCE_LABEL.exec(title.slice(0, match.index));
  if (label) return `${label[1]}: ${match.quantity.raw}`;
  return /^\S+(?:\s+(?!(?:of|on|in|at|and|or|for|to|by|with|the|during|through|via|across|within|per|before|after|from|until|since)\b)[\p{L}-]+){0,3}/iu.exec(title.slice(match.index))![0];
}

/**
 * People or things new this period: "the first cohort", "a pilot group", "newly trained mentors", "1,000 farmers signed up
 * pre-launch", and a level reached in something's first stretch of time ("3k followers within first quarter", "in the
 * first month"; not "in the first quarter of 2027", a quarter of the calendar).
 */
const NOTHING_BEFORE = /\bpre-?launch\b|\b(?:in|within|during|over)[ \t]+(?:(?:the|its|our|their)[ \t]+)?first[ \t]+(?:(?:\d{1,2}|two|three|six)[ \t]+)?(?:days?|weeks?|months?|quarters?|years?)\b(?![ \t]+of\b)|\b(?:first|inaugural|pilot|founding)\s+(?:cohort|class|group|batch|intake|edition)\b|\binitial\s+(?:[\p{L}-]+\s+)?(?:surveys?|feedback|users|testers|cohort|pilot)\b|\bnewly\s+(?:trained|launched|created|introduced|formed|onboarded|hired)\b/iu;

/**
 * Metrics every running team or service already has a value for, so a bar on one ("Mobilizer sentiment >20 NPS",
 * "<10% voluntary attrition", "Average block time is less than 6.3s", "Our team health survey indicates that more than 75%
 * feel …", "Achieve cost efficiency <$100/TB/month", a cost per unit or per customer, a product's rates: "Meal Session Completion
 * Rate ≥ 70%", "Session Drop-off at First 30s ≤ 20%") is a level reached from where it stands today, and so is a runner's time for a race ("Run a 5k in less than
 * 30 minutes"), where a best time stands.
 */
const STANDING_METRIC = /\b(?:e?nps|dau\s*\/\s*mau|stickiness|csat|cost[ \t]+(?:efficiency|per)|unit[ \t]+costs?|cac|cpa|cpc|(?:completion|conversion|activation|adoption|bounce|drop-?off|click-?through|open|crash|success)[ \t]+rates?|drop-?offs?|net\s+promoter|sentiment|satisfaction|mttr|mttd|mtbf|attrition|churn|turnover|retention|(?:health|pulse|engagement)\s+survey|(?:test|code)\s+coverage|concurrent\s+(?:users|sessions|connections)|(?:requests|transactions|queries)\s+per\s+second|throughput)\b|\b(?:average|mean|median|p\d{2})\s+(?:[\p{L}-]+\s+){0,3}?(?:time|latency|duration|delay)\b|\b(?:run|finish)\s+(?:an?|the|my)\s+(?:\d{1,3}k|half(?:[ \t-]marathon)?|marathon|mile)\s+(?:in\s+)?(?:under|less\s+than|below|sub)\b/iu;

/** A count followed by the things counted, named in brackets: `3 (score, source, error type)`, `2 (EN, FR)`. */
const ITEMS_NAMED = /^\s*\d{1,2}\s*\([^(),]+(?:,[^(),]+)+\)\s*$/;

/** Money a business takes in again each month or year, or earns per customer: it has a level today. */
const RECURRING_MONEY = /\b(?:arr|mrr|run[- ]rate|recurring\s+revenue|arpu|arpa|nrr|net\s+revenue\s+retention)\b/i;

/** "Booking creation < 3 min", "Discovery efficiency < 2 min": a process named alone over a bar on its duration, the time it takes today. */
const PROCESS_TIMED = /^[^\p{L}]*(?:[\p{L}-]+[ \t]+){0,2}[\p{L}-]+[ \t]*(?:<|≤|<=)[ \t]*~?\d+(?:\.\d+)?[ \t]*(?:s|sec|secs|seconds?|min|mins|minutes?|h|hrs?|hours?|days?)\.?$/iu;

/** The time a service or a build takes (`Page load times`, `Response time to triage new issues`), and how often it is up or fails (`Registry uptime ≥ 99.9%`). */
const TIME_TAKEN = /\b(?:load|response|build|startup|boot|render)\s+times?\b|\b(?:loads?|responds?|renders?|starts?\s+up|boots?)\s+(?:with)?in\s+(?:under|less\s+than|below|<|≤)|\b(?:uptime|error\s+rate)\b/i;

/**
 * "Sleep score above 80", "Lighthouse scores consistently above 90": a score named right before its bar has a value
 * today; a grade of the plan's own key results does not.
 */
const SCORE_BEFORE_ITS_BAR = /(?<!\bto\s)\bscores?\s+(?:(?:consistently|always|of|at|above|over|below|under|(?:greater|more|less|higher|lower)\s+than|at\s+(?:least|most)|[<>≤≥]=?)\s*)*$/i;
const GRADES_THE_PLAN = /\b(?:okrs?|krs?|key\s+results?|grad(?:e|es|ed|ing))\b/i;

/** People the team counts a share of: a share of them stands somewhere today ("at least 30% of presenters are …"). */
const PEOPLE = String.raw`people|persons|students|learners|presenters|speakers|co-?hosts|hosts|attendees|participants|members|team[ \t]+members|teammates|employees|staff|engineers|developers|contributors|maintainers|volunteers|users|customers|clients|applicants|candidates|respondents|readers|visitors|citizens|residents|patients|mentors|mentees|managers|leaders`;
/** Rates that a running programme already has a value for ("65% or higher response rate"). */
const STANDING_RATE = String.raw`response|success|pass|open|click(?:-through)?|conversion|retention|renewal|activation|adoption|participation|attendance|return`;
/** Verbs of how people stand or what they say of it: a share of people doing so has a value today (not "complete the training"). */
const STATE_OF_PEOPLE = String.raw`are|is|be|feel|feels|report|reports|say|says|rate|rates|consider|find|identify|identifies|come|comes|remain|stay|use|prefer|recommend|trust|believe|know|understand|fill|fills`;
/** A determiner before the people or the spend a share is of ("of our yearly spend", "of the team members"). */
const WHOSE = String.raw`(?:the\s+|our\s+|all\s+|my\s+|their\s+|its\s+)?`;
/** Participles of the period's own work getting done: a share of the work so described counts from none. */
const WORK_DONE = String.raw`(?:completed|done|finished|delivered|shipped|implemented|built|planned|launched|released|written|created|added|closed|resolved|merged|fixed|deployed|migrated|published|reviewed|tested|translated)`;
/**
 * After a percentage held to a bar: a share of people in a state ("of presenters are persons of color", "team members are
 * confident"), of things in a state ("of volunteer roles available are filled"), a standing rate ("response rate"), or a
 * share of what the team spends ("of our yearly spend", "of my time").
 */
const STANDING_SHARE = new RegExp(
  String.raw`^\s*(?:or\s+(?:more|higher|above|greater)\s+)?(?:(?:of\s+${WHOSE}(?:[\p{L}-]+\s+){0,2}?|(?:[\p{L}-]+\s+){0,1}?)(?:${PEOPLE})\s+(?:(?:will|would|should|to)\s+)?(?:${STATE_OF_PEOPLE})\b|of\s+${WHOSE}(?:[\p{L}-]+\s+){1,3}?(?:are|is)\s+(?!${WORK_DONE}\b)[\p{L}-]+(?:ed|en)\b|of\s+${WHOSE}(?:(?:yearly|annual|monthly|weekly)\s+)?(?:spend|spending|time|capacity)(?![\p{L}-])|(?:${STANDING_RATE})\s+rates?\b)`,
  'iu',
);
/** A share of people named before its bar: "the composition of presenters is at least", "the share of women among speakers is over". */
const SHARE_NAMED_BEFORE = new RegExp(String.raw`\b(?:composition|share|proportion|percentage|makeup|make-up)\s+of\s+${WHOSE}(?:[\p{L}-]+\s+){0,2}?(?:${PEOPLE})(?:\s+[\p{L}-]+){0,3}?\s+(?:is|are|will\s+be|stays|remains)\s+(?:at\s+least|over|above|more\s+than|no\s+less\s+than)\s+$`, 'iu');
/** A first or new thing measured ("on the first customer survey", "the new export feature"): no value before the period. */
const FIRST_OR_NEW = /\b(?:the|our|a|an|its|their|every|each)[ \t]+(?:[\p{L}-]+[ \t]+)?(?:first|new)\b|\bnewly\b|\bnew[ \t]+hires?\b/iu;

/** The word of a rate without the word "rate" (`Conversion demo → paid`, `Adoption API`). */
const RATE_NAMED_ALONE = /\b(?:conversion|activation|adoption)\b/i;

/** A bar on a metric that has a value today, not full coverage nor a level for people or things new this period. */
function isBarOnStandingMetric(title: string, target: Quantity, match?: QuantityMatch): boolean {
  if (isWholeOrNone(target) || NOTHING_BEFORE.test(title)) return false;
  if (STANDING_METRIC.test(title)) return true;
  // "Conversion demo → paid ≥ 20%", "Adoption of the mobile app ≥ 40%": a share named by the rate's own word is that rate.
  if (target.unit === '%' && RATE_NAMED_ALONE.test(title)) return true;
  // "L4 B2B contributes ≥$350K MRR": recurring revenue runs at some level today, whatever floor is set on it.
  if (isMoneyUnit(target.unit) && RECURRING_MONEY.test(title)) return true;
  // "Sales > $1M": a bar on the period's revenue or sales, which had a figure last period.
  if (isMoneyUnit(target.unit) && match !== undefined && namesTheRevenue(title, match)) return true;
  // "Page load times < 2 seconds": a time the service takes now; kept under a bar ("Keep response time under 2 hours"), it
  // is held where it stands.
  if ((TIME_TAKEN.test(title) || PROCESS_TIMED.test(title)) && !HOLDS_THE_LEVEL.test(title)) return true;
  if (match === undefined || FIRST_OR_NEW.test(title)) return false;
  // "Reach at least 130000 downloads": a floor on an audience or a population that stands somewhere today; so is one
  // stated as the key result itself ("100+ active community contributors", "200+ GitHub stars").
  if (REACHES_A_LEVEL.test(title.slice(0, match.index)) && reachesAStandingAudience(title, match)) return true;
  if (isStandingCount(title, match)) return true;
  if (SCORE_BEFORE_ITS_BAR.test(title.slice(0, match.index)) && !GRADES_THE_PLAN.test(title)) return true;
  // "Grow teams where at least 80% of members are active": the share describes whom the key result counts.
  if (target.unit !== '%' || CLAUSE_OPENER.test(title.slice(0, match.index).replace(THAT_OF_A_VERB, ''))) return false;
  // "the composition of presenters is at least 60% persons …": the share is named before its bar.
  if (SHARE_NAMED_BEFORE.test(title.slice(0, match.index))) return true;
  // "More than 10% of volunteer roles available (non-board required) are filled by …": an aside is no part of the share.
  return STANDING_SHARE.test(title.slice(match.index + match.length, match.index + match.length + 120).replace(/\s*\([^()]*\)/g, ''));
}

/** A score named right after a level, a word or two between: "60 student Net Promoter Score", "4.5 CSAT" (not "200 NPS survey responses"). */
const SCORE_AFTER_LEVEL = /^\S+\s+(?:[\p{L}-]+\s+){0,2}?(?:e?nps|csat|net\s+promoter\s+score)(?![\p{L}-])(?!\s+(?:surveys?|responses?|respondents?|questions?|forms?))/iu;

/** A score or rate named right before a percentage: "an NPS of", "a response rate of", "CSAT at". */
const SCORE_BEFORE = /\b(?:nps|csat|score|rate|satisfaction)\s+(?:of|at|above|over)?\s*$/i;

/** True when a lone number is a level to reach from somewhere (a percentage, money, a share, a duration, a rate), not a tally from zero. */
/** Words before a fraction that make it a level held or reached ("at a 1.5", "of 1.5", "reach 2.5"). */
const FRACTION_AS_LEVEL = /\b(?:a|an|at|of|to|is|be|reach|hit|achieve)\s+$/i;

/** The unit of a score on a scale (`/5`, `/10`), and words saying the number is one (not "4/5 modules done"). */
const SCALE_UNIT = /^\/\d+$/;
const SCORED = /\b(?:scores?|ratings?|rated|satisfaction|csat|stars?|grades?|reviews?|nps|feedback)\b/i;

function isLevel(title: string, match: QuantityMatch | undefined, target: Quantity): boolean {
  const unit = (target.unit ?? '').toLowerCase();
  if (match) {
    const after = title.slice(match.index + match.length, match.index + match.length + 60);
    if (SHARE_OF_N.test(after) || RATE_AFTER.test(after) || takesATime(title, match)) return true;
    // "Grow teams where 80% of members are active": the percentage describes whom the key result counts.
    // "Leaders who are engaged report an NPS of 30%": a score named right before it is the target, whatever came before.
    // "Ensure that 80% of the platform is documented": "that" after such a verb opens what is ensured, no clause describing whom.
    const lead = title.slice(0, match.index).replace(THAT_OF_A_VERB, '');
    if (unit === '%' && CLAUSE_OPENER.test(lead) && !SCORE_BEFORE.test(title.slice(Math.max(0, match.index - 30), match.index))) return false;
    if (isStandingCount(title, match)) return true;
    // "60 student Net Promoter Score", "a 4.5 CSAT": a score every running service has a value for, named after its level.
    if (SCORE_AFTER_LEVEL.test(title.slice(match.index))) return true;
  }
  // "Build $3M in qualified pipeline", "Close $500k in new business": money made in the period counts from zero; its
  // revenue or sales had a figure last period.
  if (isMoneyUnit(unit)) return MONEY_STOCK.test(title) || REVENUE_OF_THE_PERIOD.test(title) || (match !== undefined && namesTheRevenue(title, match));
  // "Be at a 1.5 sales efficiency", "Sales efficiency of 1.5": a fraction counts no things done, it is a ratio's level
  // (after a name it is a version: "into OpenEBS 0.9").
  if (match && !Number.isInteger(target.value) && FRACTION_AS_LEVEL.test(title.slice(Math.max(0, match.index - 12), match.index))) return true;
  // "Achieve a 4.0/5.0 average satisfaction score": a score on a scale is a level, whole or not.
  if (SCALE_UNIT.test(unit) && SCORED.test(title)) return true;
  return LEVEL_UNITS.has(unit) || DURATION_UNITS.has(unit);
}

function isWholeOrNone(target: Quantity): boolean {
  return target.unit === '%' && (target.value === 100 || target.value === 0);
}

/**
 * Why a KR's target needs a baseline it lacks, or undefined when it has one or does not need one.
 * Needs one: a `Target` field, "to Y", a relative target ("by 20%", "Double …"), a lone level ("Hit 99.9% uptime", "Hit $1M ARR",
 * "Reach 40 of 50 accounts", "Onboarding takes 2 hours", "Close 5 deals per rep per month").
 * Does not: a threshold ("at least 50", "under 2 hours", "50+"), a lone tally ("Sign 3 design partners"), a share of
 * the period's own target ("Reach 120% of plan"), or "to N" after an activity or task verb ("Present the roadmap to 600 people").
 */
/** `100% increase`, `+100%`, `100% more`: a change by all of it, a relative target, not full coverage. */
const CHANGE_OF_ALL = /\+[ \t]*100|100[ \t]*%[ \t]*(?:increase|more|growth|higher|up|rise|gain)\b/i;

/**
 * "365 days without logging into Facebook", "30 days in a row": a run of days kept, counted from the first. Only as the
 * key result itself, opening it ("Hit 99.9% uptime for 3 months in a row" is a level held).
 */
const STREAK = /^[^\p{L}\p{N}]*\d[\d,]*\s+(?:consecutive\s+)?(?:days?|weeks?|months?)\s+(?:without|free\s+of|in\s+a\s+row)\b/iu;

/**
 * "Keep a 12% recommendation rate", "Maintain 99.9% uptime", "Continue playing tennis 2-3 times a week": a level held, so
 * where it stands today is that level (not "Continue to grow revenue by 20%", a change).
 */
const HOLDS_THE_LEVEL = /^[^\p{L}]*(?:(?:keep|keeps|maintain|maintains|sustain|sustains|preserve)\s|continue[ \t]+(?!(?:to[ \t]+)?(?:grow|increas|rais|improv|reduc|cut|lower|boost|expand|doubl|tripl|driv|scal|accelerat)))/iu;

export function missingBaseline(graph: WorkspaceGraph, kr: PlanNode, lexicon: Lexicon): string | undefined {
  const values = graph.krValues(kr);
  if (!values.target || values.baseline || statesWhereItStands(kr) || baselineInWords(kr) || writtenInAnotherLanguage(kr.title)) return undefined;
  // "Reduce failures to zero": none of anything is a bar wherever it stands now.
  if (values.target.value === 0) return undefined;
  const title = readKrTitle(kr.title);
  // A bar kept on a metric that stands somewhere today ("Keep NPS above 40") still asks where it stands.
  if (title.form !== 'threshold' && HOLDS_THE_LEVEL.test(kr.title)) return undefined;
  if (RANK_IN_A_CONTEST.test(kr.title)) return undefined;
  // A count of activity gets kr-measures-activity; its baseline is the lesser problem.
  const movesToABound = title.form === 'threshold' && (MOVES_TO_A_BOUND.test(kr.title) || BRINGS_UNDER_A_BOUND.test(kr.title));
  const changesByAtLeast = title.form === 'threshold' && CHANGES_BY_AT_LEAST.test(kr.title);
  const barOnALevel = title.form === 'threshold' && !movesToABound && !changesByAtLeast;
  const match = matchOf(kr.title, values.target);
  const startLeftOpen = leavesTheStartOpen(kr);
  if ((barOnALevel && !startLeftOpen && !isBarOnStandingMetric(kr.title, values.target, match)) || activityCountOf(kr, lexicon)) return undefined;
  // A task gets kr-is-task, which reads its number as no level (a count of one, a deadline, the set the work goes through).
  if (taskVerbOf(kr, lexicon)) return undefined;
  const targetField = fieldOf(kr, 'target');
  if (targetField) {
    // `Target: 0 crashes`, `| 100% dos casos |`: none or all of it is a bar wherever it stands now, as in a title.
    if (values.target.value === 0 || (values.target.unit === '%' && values.target.value === 100 && !CHANGE_OF_ALL.test(targetField.value))) return undefined;
    // `Target: 1:02:05 → 1:11:24 …`, `Target: from 20k to 120k`: the target field says where the metric starts.
    if (krNumbersFromTitle(targetField.value).baseline !== undefined) return undefined;
    if (isShareOfPeriodTarget(targetField.value, findQuantities(targetField.value)[0])) return undefined;
    // `Target: 2 new implementations per codebase`: new things are counted from none, and so are things the target names
    // one by one (`3 (score, source, error type)`): a set to build, no level that stands somewhere.
    if (NEW_THINGS_COUNTED.test(targetField.value.trim()) || ITEMS_NAMED.test(targetField.value)) return undefined;
    // `Target: ≥ 10` is a floor, as "at least 10" in a title is: a bar to clear, unless the metric stands somewhere today.
    const stated = `${kr.title} ${targetField.value}`;
    const standing = isBarOnStandingMetric(stated, values.target, matchOf(stated, values.target));
    if (readKrTitle(targetField.value).form === 'threshold' && !startLeftOpen && !standing) return undefined;
    // `| **Gifts Created** | 200 |`, `| **Event Attendees** | 100 |`: a count with no unit of a level is a tally from zero,
    // unless it counts what stands somewhere today, read as a title reads one (`300 Active Users`) or named as a total.
    if (!startLeftOpen && !standing && isBareCount(values.target) && !countsWhatStands(kr.title, targetField.value, values.target)) return undefined;
    return `the target ${code(values.target.raw)} has no starting point${startLeftOpen ? `, its start written as ${code(startWrittenAs(kr))}` : ''}`;
  }
  if (isShareOfPeriodTarget(kr.title, match) || isShareOfWorkDone(kr.title, match, lexicon) || AGAINST_LAST_PERIOD.test(kr.title) || STREAK.test(kr.title)) return undefined;
  // "Apply the changes to the spec (3 days)", "1 week sprint to evaluate …", "… (0.8)": the time given to the work, or its grade, is no target.
  const note = noteOnTheWork(kr.title);
  if (match && note && match.index >= note.start && match.index < note.end) return undefined;
  if (match && (ASIDE_OPENER.test(kr.title.slice(0, match.index)) || insideAnOpenQuestion(kr.title, match.index))) return undefined;
  if (match && values.target.unit === '%' && SHARE_OF_WORK_DONE.test(kr.title.slice(match.index + match.length, match.index + match.length + 20))) return undefined;
  if (match && DURATION_UNITS.has((values.target.unit ?? '').toLowerCase()) && (DEADLINE_AFTER_EVENT.test(kr.title.slice(match.index + match.length, match.index + match.length + 30)) || AGE_SET_FOR_THE_WORK.test(kr.title.slice(0, match.index)))) return undefined;
  // "**$150 MRR** (50% growth)", "4,000 daily users (+25%)": the change given beside the level says where it starts.
  if (match && (CHANGE_ASIDE.test(kr.title.slice(match.index + match.length, match.index + match.length + 80)))) return undefined;
  // "Document the whole 7 week process": a length naming the work's kind, no level to reach.
  if (match && DURATION_UNITS.has((values.target.unit ?? '').toLowerCase()) && title.form !== 'to' && LENGTH_OF_THE_WORK.test(kr.title.slice(match.index + match.length))) return undefined;
  if (CHOSEN_UP_TO.test(kr.title)) return undefined;
  // "Develop a system that keeps it updated within a week": what is built is new, so nothing to start from.
  if ((MAKES_SOMETHING_NEW.test(kr.title) && !GROWS_AN_AUDIENCE.test(kr.title)) || (UPTAKE_OF_WHAT_SHIPS.test(kr.title) && !SHIPPED_BEFORE.test(kr.title))) return undefined;
  if (movesToABound) return `the target ${code(values.target.raw)} has no starting point`;
  // "Reach at least 500 Twitter followers": the bar named with what it counts.
  if (barOnALevel) return `the bar ${code(match && (REACHES_A_LEVEL.test(kr.title.slice(0, match.index)) || isStandingCount(kr.title, match)) ? countNamed(kr.title, match) : values.target.raw)} has no starting point`;
  if (changesByAtLeast) return `the relative target ${code(values.target.raw)} cannot be computed without a starting point`;
  switch (title.form) {
    case 'relative':
      if (comparedInObjective(kr) || (match && PARTS_FROM_TO.test(kr.title.slice(match.index + match.length)))) return undefined;
      // "Have 4x replication": a multiple that no verb of change moves is a bar to clear, not a move from somewhere.
      if (values.target.unit === 'x' && !MULTIPLIES.test(kr.title)) return undefined;
      // "Reduce date mismatches by 100%": cutting all of it is a move to none, a bar wherever it stands now.
      if (values.target.unit === '%' && values.target.value === 100 && titleDirection(kr.title) < 0) return undefined;
      return `the relative target ${code(values.target.raw)} cannot be computed without a starting point`;
    case 'to':
      if (startsBeforeTheTarget(kr.title, values.target)) return undefined;
      // "Double weekly new collectives to 40", "Halve response time to 2 hours": the multiple and the level it reaches say
      // where it starts (20, 4 hours).
      if (opensWithAMultiplier(kr.title)) return undefined;
      // "Respond to 100% of questions within a day": "to" belongs to the verb and names what it answers; full coverage is a bar.
      if (VERB_TAKING_TO.test(kr.title) && isWholeOrNone(values.target)) return undefined;
      // "Expand the app to 2 new app stores": new things are counted from none.
      if (match && NEW_THINGS_COUNTED.test(kr.title.slice(match.index, match.index + 40))) return undefined;
      // "Present the roadmap to 600 people": "to" names whom the activity reaches, a tally from zero.
      if (!isLevel(kr.title, match, values.target) && startsWithWorkVerb(kr.title, lexicon) && !GROWS_AN_AUDIENCE.test(kr.title)) return undefined;
      return `the target ${code(values.target.raw)} has no starting point`;
    case 'bare': {
      // "Ensure 100% of flagged outputs cite a source": full coverage (or none) is a bar, wherever the share stands now.
      if (!isLevel(kr.title, match, values.target) || isWholeOrNone(values.target)) return undefined;
      // "The first cohort of coaches rate it 4 out of 5": what is rated did not exist before the period.
      if (NOTHING_BEFORE.test(kr.title)) return undefined;
      // "Reach 45 of 60 accounts" names the share, not just its first number.
      const share = match && /^\s*(?:out\s+)?of\s+[^\s,;]+/iu.exec(kr.title.slice(match.index + match.length));
      // "5 out of 5 tasks decided": all of a set the period works through, counted from none.
      if (share && Number(/[\d.]+$/.exec(share[0])?.[0]) === values.target.value) return undefined;
      const level = share && SHARE_OF_N.test(share[0]) ? `${values.target.raw}${share[0]}` : match && isStandingCount(kr.title, match) ? countNamed(kr.title, match) : values.target.raw;
      return `the level ${code(level)} has no starting point`;
    }
    default:
      return undefined;
  }
}

/** The title opens with a multiplier verb, as the quantity reader reads one ("Double …", "Halve …"). */
function opensWithAMultiplier(title: string): boolean {
  const first = findQuantities(title)[0];
  return first !== undefined && first.index === 0 && first.spelled === true && first.quantity.unit === 'x';
}

/** A word of change: "Reduce churn 5% to 3%", "down to 1 in 10". */
const CHANGE_WORD = /\b(?:reduc(?:e|es|ed|ing)|cut|lower(?:s|ed|ing)?|decreas(?:e|es|ed|ing)|drop(?:s|ped|ping)?|down|fall(?:s|en)?|fell|increas(?:e|es|ed|ing)|rais(?:e|es|ed|ing)|grow(?:s|n|ing)?|grew|improv(?:e|es|ed|ing)|boost(?:s|ed|ing)?)\b/i;

/**
 * "Reduce churn 5% to 3%", "the 6% of fishing companies tampering has reduced to 2%", "1 in 5 … down to 1 in 10": a number
 * of the target's measure right before the move to it is where the metric starts, written without "from": side by side
 * after a verb of change, as the subject said to move, or as one in so many, moved.
 */
function startsBeforeTheTarget(title: string, target: Quantity): boolean {
  const found = findQuantities(title);
  const at = found.findIndex((q) => q.quantity.value === target.value && /\bto\s*$/i.test(title.slice(0, q.index)));
  const start = found[at - 1];
  if (!start) return false;
  const end = found[at]!;
  // "1 in 5 fish … down to 1 in 10": a rate written as one in so many is measured the same way, whatever it counts.
  const ratios = /\d[ \t]+in[ \t]+$/.test(title.slice(0, start.index)) && /^[ \t]+in[ \t]+\d/.test(title.slice(end.index + end.length));
  // "Increase Stacking 368M STX to 700": a target with no unit of its own is in the start's.
  if (start.quantity.unit !== target.unit && target.unit !== undefined && !ratios) return false;
  const between = title.slice(start.index + start.length, end.index);
  if (/[,;:()]/.test(between)) return false;
  // "1 in 5 fish sold and caught illegally down to 1 in 10": a rate written as one in so many, moved.
  if (ratios) return CHANGE_WORD.test(between);
  if (/\b(?:and|or|but|then)\b/i.test(between)) return false;
  // "Reduce churn 5% to 3%": the two levels side by side, after a verb of change ("Raise level 3 to 40": a number naming
  // which level is none).
  if (/^\s*(?:down\s+|up\s+)?to\s*$/i.test(between)) return CHANGE_WORD.test(title.slice(0, start.index)) && !NAMING_NUMBER.test(title.slice(0, start.index));
  // "the 6% of fishing companies tampering … has reduced to 2%": the level is the subject that changes.
  return /(?:^|\bthe\s+)$/i.test(title.slice(0, start.index).replace(/^.*?\bthat\s+/i, '')) && MOVED_TO.test(between);
}

/** "level 3", "tier 2", "version 4", "phase 1", "the top 3 endpoints": a number naming which one, before it. */
const NAMING_NUMBER = /\b(?:level|tier|version|v|phase|stage|step|priority|category|class|type|round|no\.?|number|top|bottom|#)\s*$/i;

/** "… has reduced to", "… dropped to", "… grown to": a level said to move to the target, after its subject. */
const MOVED_TO = /\b(?:(?:has|have|is|are|will\s+have)\s+)?(?:reduced|dropped|fallen|fell|decreased|declined|grown|grew|increased|risen|rose|gone\s+(?:down|up)|come\s+down)\s+to\s*$/i;

/** A detail line saying where the metric stands now, with its number: "- Currently at $65 …", "Currently: 20k/month", "As of today, 400". */
const WHERE_IT_STANDS_NOW = /^[ \t]*(?:[-*+][ \t]+)?(?:currently|right[ \t]+now|as[ \t]+of[ \t]+(?:today|now))[ \t]*(?:[:,][ \t]*|[ \t](?:at|is|are|stands?[ \t]+at|sits?[ \t]+at|around|about)[ \t]+)?(?:~|≈|about[ \t]+|around[ \t]+)?[$€£]?\d/i;
/** How many lines under a key result are read for one. */
const DETAIL_LINES = 8;

/** After the level of a detail line: a currency, a share or a rate (`$65`, `40%`, `20k/month`), or the words it counts. */
const LEVEL_AFTER = /^[\d.,]*[kKmM]?(?:[ \t]*(?:%|\/|per\b))|^[\d.,]*[kKmM]?[ \t]+([\p{L}-]+)/u;

/** True when a line of the key result's own text, under its statement, gives the level the metric stands at now. */
/**
 * A measure defined against where things stood when the period began (`bugs_at_start_of_quarter`, "the count at the
 * start of the quarter"), in a variable's name too.
 */
const FROM_THE_PERIOD_START = /(?<!\p{L})(?:start|beginning)[_ \t]+of[_ \t]+(?:the[_ \t]+)?(?:quarter|period|half|year|cycle)(?!\p{L})/iu;

/**
 * `P1 - Reduce bug count by 15%` over `Measure is: 1 - (bugs_at_end_of_quarter / (bugs_at_start_of_quarter + …))`: a
 * note under the key result defines the change against where things stood when the period began, its starting point.
 */
function measuredFromThePeriodStart(kr: PlanNode, lines: LineIndex): boolean {
  const last = Math.min(kr.fullRange.end.line, kr.line + DETAIL_LINES);
  for (let line = kr.range.end.line + 1; line <= last; line++) if (FROM_THE_PERIOD_START.test(lines.lineText(line))) return true;
  return false;
}

function detailSaysWhereItStands(kr: PlanNode, lines: LineIndex): boolean {
  const nestedAt = kr.nested[0]?.line ?? Infinity;
  const last = Math.min(kr.fullRange.end.line, nestedAt - 1, kr.line + DETAIL_LINES);
  for (let line = kr.line + 1; line <= last; line++) {
    const text = lines.lineText(line);
    const detail = WHERE_IT_STANDS_NOW.exec(text);
    if (detail && levelOfTheKeyResult(kr.title, text.slice(detail.index + detail[0].length - 1), detail[0])) return true;
  }
  return false;
}

/**
 * "Currently at $65 …", "Currently: 20k/month": money, a share or a rate is a level; a bare count is one when what it
 * counts is named in the key result ("Currently 1,020 subscribers" under "Grow to 10,000 subscribers"; not "Currently 3
 * engineers assigned" under "Raise NPS to 40").
 */
function levelOfTheKeyResult(title: string, fromNumber: string, lead: string): boolean {
  if (/[$€£]\d$/.test(lead)) return true;
  const after = LEVEL_AFTER.exec(fromNumber);
  if (!after) return false;
  const noun = after[1];
  return noun === undefined || title.toLowerCase().includes(noun.toLowerCase().slice(0, Math.max(4, noun.length - 2)));
}

/** A key result or a line written as a label and its value: `Budget: $20K`, `* Sponsors/supporters: 1`. */
const LABELLED_VALUE = /^([\p{L}][\p{L}\p{N} &/'’-]{0,40}?)[ \t]*[:：][ \t]*(?=\S)/u;
/** A list marker before a line's text. */
const LIST_MARKER = /^[ \t]*(?:[-*+]|\d{1,3}[.)])[ \t]+/;
/** How far above a key result a level stated under the same label is looked for. */
const LOOK_BACK_LINES = 80;

/**
 * `Last year:` / `* Budget: $12K` … `* Budget: $20K`: a key result written as a label and its value starts where an
 * earlier top-level line under the same label, no node itself, in a list led by a line naming the past or the present,
 * puts the number.
 */
function levelListedBefore(kr: PlanNode, lines: LineIndex, nodeLines: ReadonlySet<number>): boolean {
  const label = LABELLED_VALUE.exec(kr.title)?.[1]!.toLowerCase();
  if (!label) return false;
  for (let line = kr.line - 1; line >= Math.max(0, kr.line - LOOK_BACK_LINES); line--) {
    const written = lines.lineText(line);
    // A detail line under another item is that item's; only a top-level line states a level.
    if (nodeLines.has(line) || /^[ \t]/.test(written)) continue;
    const text = written.replace(LIST_MARKER, '').trim();
    const stated = LABELLED_VALUE.exec(text);
    if (stated && stated[1]!.toLowerCase() === label && parseQuantity(text.slice(stated[0].length)) && introducedAsThePast(lines, line)) return true;
  }
  return false;
}

/** A number and the word after it: `6347 financial`. */
const COUNT_AND_NOUN = /\d[\d,.]*[kKmM]?[ \t]+([\p{L}-]+)/gu;

/** A month and its year, naming when a count was taken: `April 2024`, `Sept. 2023`. */
const MONTH_AND_YEAR = /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?[ \t]+(?:19|20)\d{2}\b/i;

/**
 * `April 2024 membership: 6347 financial members, …` over `- 7000 financial members by the end of 2024`: the line
 * leading the key result's list, naming the present or a month and its year, counts what the key result counts.
 */
function levelOverTheList(kr: PlanNode, lines: LineIndex): boolean {
  // What the key result counts: the first word of three letters or more after a number (`7000 financial members`).
  const noun = matchesOf(COUNT_AND_NOUN, kr.title).find((m) => m[1]!.length >= 3)?.[1]!.toLowerCase();
  if (noun === undefined || !LIST_MARKER.test(lines.lineText(kr.line))) return false;
  for (let above = kr.line - 1; above >= Math.max(0, kr.line - LOOK_BACK_LINES); above--) {
    const text = lines.lineText(above);
    if (text.trim() === '' || LIST_MARKER.test(text) || /^[ \t]/.test(text)) continue;
    // The same noun after a number on the lead line: `6347 financial members` for `7000 financial members`.
    const sameNoun = matchesOf(COUNT_AND_NOUN, text).some((m) => m[1]!.toLowerCase() === noun);
    return (THE_PAST_OR_NOW.test(text) || MONTH_AND_YEAR.test(text)) && sameNoun;
  }
  return false;
}

/** "Last year:", "Where we are today:", "Q1 actuals": a lead naming the past or the present, over the list. */
const THE_PAST_OR_NOW = /\b(?:last|previous|prior|past)\s+(?:year|quarter|month|period|season|edition|cycle)|\b(?:today|currently|now|so\s+far|to\s+date|baseline|actuals?)\b|\bwhere\s+we\s+(?:are|stand)\b|\bas\s+of\b/i;

/** True when the nearest line above the list holding `line`, not itself an item, names the past or the present. */
function introducedAsThePast(lines: LineIndex, line: number): boolean {
  for (let above = line - 1; above >= Math.max(0, line - LOOK_BACK_LINES); above--) {
    const text = lines.lineText(above);
    if (text.trim() === '' || LIST_MARKER.test(text)) continue;
    return THE_PAST_OR_NOW.test(text);
  }
  return false;
}

export const krMissingBaseline: Rule = {
  code: 'OKR404',
  name: 'kr-missing-baseline',
  defaultSeverity: 'info',
  group: 'Key results',
  scope: 'node',
  description:
    'A key result with a target but no baseline: no "from X" in its title and no `Baseline` field. Relative targets ("by 20%", "a 20% reduction in …", "Double …") and lone levels need one too: a percentage, a money amount or a score ("Hit 99.9% uptime", "Have a 9 NPS"), a fraction held or reached, which counts no things done ("Be at a 1.5 sales efficiency", "Sales efficiency of 1.5"; a version after a name, "OpenEBS 0.9", is none), a share ("Reach 40 of 50 accounts"), a duration ("Onboarding takes 2 hours"), a rate ("Close 5 deals per rep per month"), and a standing count stated as the key result, a population that has a size today ("250 active clubs", "50 weekly users", "50+ regular contributors", "50,000 registered farmers", "10,000 MAU", "Reach 500 DAU", "MalSat PRO: 3,000 paying subs", "Followers: 1,500", "**GitHub Stars:** 500+", "**Production Users:** 100+", "6500 members by the end of 2022", "Have 200 clubs", "Reach 500 Twitter followers", "Achieve 5000 positive G2 reviews" (reviews of the team\'s own work, "20 code reviews", are its activity), "Grow the newsletter to a minimum of 500 subscribers", "Build email list to 1,000 subscribers", also under a floor: "100+ active community contributors", "200+ GitHub stars", and downloads, installs, users or visitors as a running total: "Reach at least 130000 downloads across all releases", "Reach 500 total unique visitors"; "Reach at least 50 members of Congress" and "Reach 300 users through the partner program" name whom the work reaches, and "Reach 100 users in the beta", "Reach 2,000 total listeners for season 2" or "Reach 10,000 downloads" may count those of something new; "50 members recruited", "50 community members share responses" count what the period adds). A move to a bound ("Reduce false positives to <10%", "Boost CTR rates to 3% or above", after a label or a short subject too: "Auto-remediation reduces MTTR to <15 min"; or brought under a bound: "Bring query results under 10s") and a change with a floor on its size ("Cut errors by at least 20%", "by at least one order of magnitude") need one as well; a verb of change may be written in its -ing form ("increasing the number of readers by 2x"). So does a bar on a metric that has a value today: a score or sentiment (NPS, CSAT, satisfaction), recurring revenue ("L4 B2B contributes ≥$350K MRR"), stickiness ("DAU/MAU ≥ 0.25"), time to recover (MTTR), attrition, churn or retention, a team health, pulse or engagement survey, an average time, the time a service or a build takes, a product’s completion, conversion, activation, adoption, bounce, click-through, open, crash or success rate or its drop-off ("Meal Session Completion Rate ≥ 70%"; a share named by the rate’s own word is that rate: "Conversion demo → paid ≥ 20%", "Adoption of the mobile app above 40%"), a cost per unit ("Achieve cost efficiency <$100/TB/month"), a capacity a running system has today (concurrent users, requests per second, throughput: "Support 1,000+ concurrent users", also as a level: "Support 250 concurrent users during peak loads"), its uptime or error rate, or how fast it loads or responds ("Ensure the application loads in under 2.5 seconds"; a process named alone over a bar on its duration, "Booking creation < 3 min"; not kept under a bar: "Keep response time under 2 hours"), or a runner\'s time for a race ("Partner sentiment >25 NPS", "Our team health survey indicates that more than 75% feel high impact", "Under 8% yearly churn", "Average sync time is less than 4s", "Page load times < 2 seconds", "Registry uptime ≥ 99.9%", "Run a 5k in less than 30 minutes"), a score named right before its bar ("Sleep score above 80", "Keep Lighthouse scores above 90"; not a grade of the plan’s own key results) or right after its level ("60 student Net Promoter Score", "Reach a 4.5 CSAT", a score on a scale: "Achieve a 4.0/5.0 average satisfaction score"; not "200 NPS survey responses"), and a share of people in a state, a standing rate or a share of what the team spends ("Ensure that at least 30% of presenters are persons of color", "75% or more team members are confident …", "65% or higher response rate", "Allocate at least 85% of our yearly spend to …"; not a share doing something this period, "At least 80% of engineers complete the training", nor one of a first or new thing, "on the first customer survey", "Every new hire scores at least 80%"). Not reported: full coverage or none ("100% of flagged outputs cite a source", "Reduce mismatches by 100%", `Target: 0 crashes`, "5 out of 5 tasks decided"), a bar wherever the share stands now; a rank in a contest entered this period ("Finish in the top 5% of a Kaggle competition", `一个kaggle比赛进入Top 5%`), with no standing to start from; a run of days kept, as the key result itself ("365 days without logging into Facebook", "30 days in a row"), counted from its first; a number inside an aside asking a question ("[with 4+ survey satisfaction?]"), the writer\'s doubt; and, counted from zero, other thresholds ("at least 50", "50+", "under 2 hours", `Target: ≥ 10`), a cap on what is chosen ("Choose up to three things") that no verb of change moves to, tallies ("Sign 3 design partners", "Present the roadmap to 600 people", "Get 100 subscribers", "500 new followers", likes on posts), money won or built in the period ("Build $3M in qualified pipeline", "$3.1 million in new revenue"; a standing level such as ARR, MRR, a price, money in the bank or a lifetime total needs a baseline, and so does the period\'s revenue or sales, which had a figure last period: "Achieve $375,000 in revenue", "Hit the sales target of $100 Million", the money named as revenue beside it, "$3M revenue", "Revenue: $3M", also under a bar, "Sales > $1M"; not revenue from something new, "Revenue of $50k from the new add-on"), shares of the period’s own target ("Reach 120% of plan", "41% of the opportunity target", "100% of planned sprint work", "a 90% completion rate of tasks committed at the start of each sprint", "Get 60% completion rate across the team\'s OKRs", "90% of reps at quota"), shares of a set where something happens in the period ("100% of systems have delivered at least one release"), and shares of a fixed set worked through ("moving or decommissioning 100% of the existing systems"), a level beside the change it makes ("$150 MRR (50% growth)", "4,000 daily users (+25%)"), a length naming the work ("Document the whole 7 week process"), the uptake of what the key result ships ("Triggers project shipped, achieving 30% pen rate"; not "Checkout shipped, lifting conversion to 5%"), and a level for people or things new this period ("The first cohort of mentors rate it 4 out of 5", "newly trained hosts", "1,000 registered farmers pre-launch", "an 80% satisfaction score in initial feedback surveys", a level reached in something\'s first stretch of time: "3k followers within first quarter", "in the first month"; not "in the first quarter of 2027"). A percentage in a descriptive clause ("teams where 80% of members are active"; a score named right before it is the target: "owners who joined report an NPS of 30%"), a number in an aside ("…, including up to three KPIs") the time given to the work (an effort estimate closing the statement, "Apply the changes (3 days)", a timebox, "1 week sprint to evaluate …", or days, weeks or months after "for" with more said after them, "Track nutrition for 1 week to establish baseline"; closing the statement they count the work, "Practice Mandarin for 182 days"), a count of new things ("Expand the app to 2 new app stores") or of things the target names (`Target: 3 (score, source, error type)`), a time allowed after an event ("ready no later than 3 weeks after each clinic ends"), weeks or months allowed after a level, its deadline ("Achieve 85% message acceptance rate within 4 months"), the age at which the work acts ("Cleanup of temp assets after 7 days", "Archive logs older than 30 days") and the share of a piece of work done ("Bank-feed matching 80% completed") are not the target, and "to" after a verb that takes it ("Respond to 100% of questions within a day") is no move to a level; a change "compared to last quarter", "over last year" or "year over year" ("YoY", `环比`, `同比`, `전년 대비`) names its starting point, in the key result or, for a relative change, in its objective ("O1: 环比12月，…"), and so does "from current X" written after the target, or what the target replaces ("in five days instead of three weeks", "to 4 minutes, down from 12"), or an aside after it saying where the metric stands now ("(currently 600)", "(currently approaching 400)", "(baseline: 32)", "(was 91%)", "(vs 22% last quarter)", "(up from 320)", "(It flattened out at 10,000 sessions per month …)", or a number moved to a level said in words: "(3-5 days → same day)"), or parts of a relative change each moved from one level to another after it ("by 60%—Instagram: 130 to 500 followers"), or a `Target` field giving the level it moves from (`Target: 1:02:05 → 1:11:24`), and so does a `Current` field in a plan that keeps no check-ins yet (`Current: 0% (before the launch)`), or a note under the key result defining its measure against where things stood when the period began ("Measure is: 1 - (bugs_at_end_of_quarter / (bugs_at_start_of_quarter + bugs_opened_during_quarter))"), or a detail line under the key result giving the level it stands at now ("- Currently at $65 in monthly donations", "Currently: 20k/month", "Currently 1,020 subscribers" under a key result counting subscribers; not "Currently blocked on 2 contracts", nor "Currently 3 engineers assigned" under "Raise NPS to 40"), or an earlier top-level line, no key result itself, under a lead naming the past or the present, giving a level under the key result\'s own label (`Last year:` / `* Budget: $12K` over the key result `Budget: $20K`), or the line leading its list, naming the present or a month and its year, counting what the key result counts (`April 2024 membership: 6347 financial members` over `- 7000 financial members by the end of 2024`); and a number of the target\'s measure right before the move to it names the start without "from": side by side ("Reduce churn 5% to 3%"; not a number naming which one, "Raise level 3 to 40"), as the subject said to move ("the 6% of companies tampering has reduced to 2%") or as one in so many ("1 in 5 fish … down to 1 in 10"; not "Cut 5% of costs and reduce churn to 3%"). A statement written in another European language ("Reducir los errores a menos del 5%") is left alone: the words that make a threshold or a baseline are read in English. Where `kr-measures-activity` or `kr-is-task` fires ("Provide one master class per month": a count of one piece of work is no level), and where the key result states no number of its own (`kr-not-measurable`’s finding: "Research complete (8 frameworks evaluated)"), this rule stays quiet, and so it does under an objective that puts an idea to the test (`Type: learning`, or stated: "Validate product-market fit …", "Test whether …", "Find out …", "Prove whether …"; "Prove MalSat is the default platform" claims a result to make good, no test), where "70% of interviews confirm the problem" is the test\'s pass mark and starts from nothing. The average a metric stands at now is its start ("by 50% from avg. 2 minutes", "from an average of 2 minutes to 1"), and a share of a fixed set of work done counts from none ("Rebrand 85% of material in the resource library"). A level kept as it is ("Keep a 12% recommendation rate", "Maintain 99.9% uptime") stands there today; a bar kept on it ("Keep NPS above 40") still asks where it stands. A `Baseline` field, or a `Current` one in a plan that keeps no check-ins yet (a `Value` column beside `Target` in a metrics table), that says the number is not known (`TBD`, `–`, `sin cargar`) leaves the start open in the writer’s own words, so even a bar to clear asks for it (`| Stars | TBD | 1000+ |`, `| Open PRs | TBD | <10 |`; not a bar of none or all, `| Open CVEs | TBD | 0 |`). A count in a `Target` field with no unit of a level is a tally from zero, as in a title (`| Gifts Created | 200 |`, `| Event Attendees | 100 |`), unless the metric counts what stands somewhere today, read as a title reads one (`| Active Users | 300 |`: "300 active users") or named as a total (`| Total Gifts | 1,000 |`).',
    rationale:
    'A target means little without its starting point: "to 5 days" is a triumph from 10 days and a setback from 4, and "by 20%" is no number at all until you know 20% of what. The baseline also makes progress computable, so each check-in can say how far along the key result is. A threshold on a count is different — the value either clears the bar or not, wherever it started — and so is a tally or a share of this period’s plan, which everyone starts at zero. A bar on a score, a recovery time or churn is not: it says little until you know whether the metric clears it already.',
  weak: '### KR1.1: Reduce time-to-first-value to 5 days',
  strong: '### KR1.1: Reduce time-to-first-value from 10 days to 5 days',
  fix: 'Write "from X to Y" in the title, or add `Baseline:` with the value at the start of the period.',
  check({ plan, graph, lexicon, report }) {
    let lines: LineIndex | undefined;
    let nodeLines: Set<number> | undefined;
    for (const kr of nodesOfKind(plan, 'kr')) {
      // A key result with no number of its own (`Research complete (8 frameworks evaluated)`) is `kr-not-measurable`'s:
      // a number read elsewhere in it is no target wanting a starting point.
      // "Validate product-market fit" over "70% of interviews confirm the problem": a test's pass mark starts from nothing.
      if (!statesANumber(kr) || underTestOfAnIdea(graph, kr)) continue;
      const why = missingBaseline(graph, kr, lexicon);
      if (why && detailSaysWhereItStands(kr, (lines ??= new LineIndex(plan.text)))) continue;
      if (why && measuredFromThePeriodStart(kr, lines!)) continue;
      if (why && levelListedBefore(kr, lines!, (nodeLines ??= new Set(plan.nodes.map((node) => node.line))))) continue;
      if (why && levelOverTheList(kr, lines!)) continue;
      if (why) report({ range: kr.range, message: `This key result has no baseline: ${why}; write "from X to Y" or add \`Baseline:\`.` });
    }
  },
};

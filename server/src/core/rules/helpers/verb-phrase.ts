/**
 * The verb phrase a title opens with, judged whole: "Develop and evangelize a data-driven culture" is no task
 * (its object is an outcome), "Build enterprise pipeline" is no task (its object is a metric), "Build the data
 * pipeline" and "Launch the trust center" are. Shared by objective-is-task and kr-is-task.
 */
import type { Lexicon } from '../../lexicon';
import { startsWithPhrase } from './text-match';

/** Verbs that name a change rather than a task: joined to a task verb ("Launch and grow …") they make the phrase an outcome. */
const CHANGE_VERBS = new Set([
  'grow', 'increase', 'raise', 'improve', 'reduce', 'cut', 'lift', 'boost', 'expand', 'accelerate', 'strengthen', 'deepen',
  'earn', 'win', 'foster', 'nurture', 'scale', 'sustain', 'evangelize', 'evangelise', 'champion', 'promote', 'embed', 'instill',
  'cultivate', 'double', 'triple', 'halve', 'lower', 'decrease', 'maximize', 'maximise', 'minimize', 'minimise',
]);

/** Words that end the object of the verb: what follows is a purpose, a place or a qualifier. */
const OBJECT_END = new Set([
  'to', 'for', 'with', 'by', 'in', 'on', 'at', 'across', 'among', 'so', 'that', 'which', 'who', 'through', 'from', 'into',
  'of', 'while', 'without', 'within', 'before', 'after', 'during', 'between', 'over', 'under', 'via', 'using', 'and', 'or',
  'until', 'as', 'where', 'when', 'than', 'per', 'around', 'behind', 'beyond', 'against', 'toward', 'towards',
]);

/**
 * Words in the object that say how it should be for people, making the phrase an aspiration rather than a
 * deliverable ("Create a delightful first-run experience", "Build a world-class sales team", "Ship a platform
 * developers love").
 */
const QUALITY_WORDS = new Set([
  'delightful', 'great', 'world-class', 'seamless', 'effortless', 'exceptional', 'thriving', 'healthy', 'strong', 'sustainable',
  'profitable', 'repeatable', 'lovable', 'loved', 'love', 'frictionless', 'trusted', 'excellent', 'outstanding', 'best-in-class',
  'high-performing', 'vibrant', 'engaged', 'happy', 'winning', 'enduring', 'lasting', 'solid',
]);

/**
 * "Build a company people want to stay at", "Create a service our customers choose": the thing made, named by what
 * people make of it, is how it should be for them, as a quality word says it.
 */
const PEOPLE_WANT_IT = /\b(?:people|customers|users|developers|employees|members|engineers|everyone|buyers|readers|fans|clients|partners)\s+(?:\p{L}+\s+)?(?:want|love|trust|choose|recommend|enjoy|prefer|rely|need)\b/u;

/** How well a programme or a team runs: "Run an operationally efficient and effective program". */
const RUNS_WELL = new Set(['efficient', 'effective', 'lean', 'smooth', 'well-run']);

/**
 * How often or how fast the work happens, closing the verb phrase (`Ship features faster`, `Release more often without
 * …`): after a task verb, the change the title asks for. Not a pace word before a noun (`Build a faster checkout flow`,
 * `Implement quicker search`) nor a date (`sooner than planned`).
 */
const PACE_OF_WORK = /(?<!\b(?:a|an|the|our|their)[ \t]+)\b(?:(?:faster|quicker|more[ \t]+(?:often|frequently|quickly|reliably|safely|predictably))(?=[ \t]*(?:$|[,.;:(]|(?:without|with|and|while|each|every|across|than|to|for|in)\b))|sooner(?=[ \t]*(?:$|[,.;:(])))/i;

/** The work named as coming again: a plural ("products", "releases") or every one of it ("every release", "all projects"). */
const RECURRING_WORK = /\b(?:every|each|all)\b|[\p{L}]{3,}(?<!s)s\b/iu;

/**
 * Heads that make the verb idiomatic, not a task: "Start the year with a healthy pipeline", "Finish the quarter above
 * plan". Followed by "of" they measure out a batch of work instead ("Shoot a season of videos").
 */
const TIME_HEADS = new Set(['year', 'quarter', 'half', 'month', 'week', 'period', 'season', 'decade']);

/**
 * "Get the billing service production ready", "Make the API enterprise-ready": readiness of the team's own product for
 * its release is a milestone of the work, whatever it should bring its users.
 */
const READINESS_MILESTONE = /^(get|make)\s+[^,;:()]{1,60}?\s(?:production|enterprise|ga|launch|release|market)[ -]ready\b/iu;

/**
 * "The billing API v2 is ready for publication", "The partner guide is published", "The beta is launched", "The spec and
 * its server are feature complete": a thing the team makes, stated as reaching its release, is a milestone of the work. People ready for
 * something ("Owners are ready for tax season") are not a release, nor is "what is published" a thing.
 */
const RELEASE_STATE = /^[^,;:]{2,80}?(?<!\b(?:what|which|that|who|it|this|everything|nothing))\s(?:is|are)\s+((?:(?:now|formally|officially)\s+)?(?:ready\s+for\s+(?:the\s+|its\s+)?(?:[A-Za-z-]+\s+)?(?:publication|release|launch|ballot|testing|production|ga)|published|released|launched|shipped|deployed|rolled\s+out|feature[ -]complete|an?\s+(?:formally\s+|officially\s+)?published\s+[A-Za-z-]+))\b/i;

/** The milestone a title states its thing has reached, if it states one ("is ready for publication"). */
export function releaseMilestone(title: string): string | undefined {
  return RELEASE_STATE.exec(title)?.[1];
}

/**
 * Nouns that make a task verb the first word of a compound noun, a measure of the work rather than the work: "Test
 * coverage the team can rely on", "Build times under five minutes", "Review time is never the reason a change waits".
 */
const MEASURE_HEADS = new Set([
  'coverage', 'suite', 'suites', 'time', 'times', 'duration', 'latency', 'speed', 'rate', 'rates', 'cycle', 'cycles',
  'flakiness', 'attainment', 'throughput',
]);

/**
 * "Open source tools make it easy …": a task verb and the noun after it that make an adjective of the words that follow,
 * not an action on them. With a determiner after the pair, the pair is the verb ("Open source the client library").
 */
const ADJECTIVE_PAIRS = new Set(['open source']);

/**
 * Verbs of taking charge, helping or going on: "Lead the market" names a position, but what they lead, support or
 * continue may be a piece of work ("Continue PointerEvent API implementation").
 */
const STEWARD_VERBS = /^(?:lead|drive|own|oversee|coordinate|spearhead|head\s+up|support|continue)(?![\p{L}-])/iu;

/** Verbs that better something: a change of how good it is, whose object says whether it is an outcome. */
const IMPROVE_VERBS = /^(?:improve|optimi[sz]e|enhance)(?![\p{L}-])/iu;

/**
 * What a team makes for others to use, named as such: bettering one ("Improve the email delivery architecture", "Enhance
 * HL7 specifications", "Optimize repository functionality") is work on it, unless a clause says what it should change
 * for people ("… so that developers self-serve").
 */
const WORK_PRODUCTS = new Set(['documentation', 'docs', 'functionality', 'specification', 'specifications', 'spec', 'specs', 'architecture']);

/** Words after an object that open what the work is for ("… so that …", "… to cut support load"). */
const PURPOSE_OPENERS = new Set(['to', 'so', 'that', 'which']);

/** Pieces of work: taking charge of one is doing it ("Lead research that …", "Lead the design and implementation of …"). */
const WORK_NOUNS = new Set([
  'research', 'design', 'implementation', 'development', 'migration', 'rollout', 'roll-out', 'launch', 'project', 'projects',
  'rewrite', 'redesign', 'integration', 'build-out', 'audit', 'evaluation', 'study', 'investigation', 'refactoring',
  'work', 'effort', 'efforts', 'initiative', 'initiatives', 'workstream', 'workstreams',
]);

/** Words before a metric noun that make it a technical (or non-sales) thing ("data pipeline", "CI pipeline", "hiring pipeline"). */
const TECHNICAL_MODIFIERS = new Set([
  'data', 'ci', 'cd', 'ci/cd', 'devops', 'build', 'deploy', 'deployment', 'release', 'etl', 'elt', 'ml', 'ingestion', 'ingest', 'test',
  'testing', 'event', 'events', 'streaming', 'analytics', 'delivery', 'content', 'rendering', 'render', 'asset', 'processing',
  'pipeline', 'reporting', 'logging', 'telemetry', 'api', 'storage', 'rate', 'disk', 'hiring', 'candidate', 'candidates',
  'talent', 'recruiting', 'code', 'knowledge', 'agentic', 'ai', 'llm', 'inference', 'training', 'validation', 'scoring', 'labeling', 'labelling',
]);

/** Words after a metric noun that make it technical ("pipeline failures", "pipeline latency"). */
const TECHNICAL_HEADS = new Set([
  'failures', 'failure', 'latency', 'runs', 'run', 'jobs', 'job', 'builds', 'stages', 'steps', 'uptime', 'reliability',
  'duration', 'errors', 'breaks', 'flakiness', 'throughput', 'speed', 'runtime', 'code', 'config', 'configuration',
]);

/** True when the word before or after a metric noun makes it a technical artefact ("data pipeline", "pipeline latency"). */
export function isTechnical(before: string | undefined, after: string | undefined): boolean {
  return (before !== undefined && TECHNICAL_MODIFIERS.has(before.toLowerCase())) || (after !== undefined && TECHNICAL_HEADS.has(after.toLowerCase()));
}

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’/&.-]*/gu;

/** The verb each task noun names (`Creation of …` is `Create …`), read as that verb before what it makes. */
const TASK_NOUN_VERBS: Record<string, string> = {
  creation: 'create', implementation: 'implement', development: 'develop', delivery: 'deliver', completion: 'complete',
  publication: 'publish', migration: 'migrate', introduction: 'introduce', establishment: 'establish', deployment: 'deploy',
  rollout: 'roll out', 'roll-out': 'roll out', launch: 'launch', integration: 'integrate', redesign: 'redesign',
};
const TASK_NOUN = new RegExp(String.raw`^(${Object.keys(TASK_NOUN_VERBS).join('|')})[ \t]+of[ \t]+(?=\S)`, 'i');

/** A manner adverb before the verb: "Successfully launch …", "Formally adopt …". The verb after it is judged. */
export const MANNER_ADVERB = /^[^\p{L}\p{N}#]*(?:successfully|fully|formally|officially|publicly|seamlessly|smoothly|quickly|properly|securely|transparently|openly|regularly|consistently)\s+(?=\p{L})/iu;

/**
 * "Help Shreya document …": the verb after the teammate helped, named by one capitalised word, names the task ("Help our
 * customers launch …", "Help SMBs build …", "Help Partners launch …" are their outcome).
 */
const HELP_SOMEONE = /^[^\p{L}\p{N}#]*[Hh]elp\s+\p{Lu}\p{Ll}+(?<!s)\s+(?=\p{Ll})/u;

/** "Continue to …", "Continue building …", "Keep …": the phrase is judged by the verb that follows. */
const CONTINUE = /^[^\p{L}\p{N}#]*(?:continue|keep)(?:\s+to)?\s+/iu;

/** Irregular past participles of work verbs; the rest add -ed. */
const PARTICIPLES: Record<string, string> = {
  write: 'written', hold: 'held', make: 'made', do: 'done', give: 'given', speak: 'spoken', run: 'run', meet: 'met',
  send: 'sent', ship: 'shipped', submit: 'submitted', plan: 'planned', demo: 'demoed', pitch: 'pitched', build: 'built',
  set: 'set', begin: 'begun', spin: 'spun', lead: 'led',
};

/** The past participle of a (possibly multi-word) verb: `publish` → `published`, `price out` → `priced out`. */
export function participle(verb: string): string {
  const [head = '', ...rest] = verb.toLowerCase().split(' ');
  let form = PARTICIPLES[head];
  if (!form) form = head.endsWith('e') ? `${head}d` : /[^aeiou]y$/.test(head) ? `${head.slice(0, -1)}ied` : `${head}ed`;
  return [form, ...rest].join(' ');
}

/** Simple pasts of work verbs that differ from their participle: "5 workshops ran" is written for "5 workshops run". */
const SIMPLE_PASTS: Record<string, string> = { run: 'ran', give: 'gave', write: 'wrote', speak: 'spoke', begin: 'began', do: 'did' };

/** The forms a verb takes once the work is done: its participle and, where it differs, its simple past. */
export function pastForms(verb: string): string[] {
  const [head = '', ...rest] = verb.toLowerCase().split(' ');
  const past = SIMPLE_PASTS[head];
  return past === undefined ? [participle(verb)] : [participle(verb), [past, ...rest].join(' ')];
}

/** Work written as done by the team: "We have developed …", "The team has shipped …", "The D&I Working Group has documented …". */
const WRITTEN_AS_DONE =
  /^[^\p{L}\p{N}#]*(?:we|i|the\s+(?:[\p{L}&-]+\s+){0,3}?(?:team|group|project|committee|squad|wg))\s+(?:have|has)\s+(?:already\s+|now\s+)?(\p{L}+)(?=\s)/iu;
/** A past participle before an article: "Delivered a detailed strategy …" ("Improved onboarding" stays an adjective). */
const PAST_BEFORE_OBJECT = /^[^\p{L}\p{N}#]*(\p{L}+ed|built|written)(?=\s+(?:a|an|the|our|its|their)\s)/iu;

/**
 * The task verb of a phrase written as done, in its base form: `developed` → `develop` (the verbs of the list only), the
 * words as written, and the phrase after them.
 */
function doneVerbOf(title: string, verbs: readonly string[]): { written: string; verb: string; rest: string } | undefined {
  const done = WRITTEN_AS_DONE.exec(title) ?? PAST_BEFORE_OBJECT.exec(title);
  const written = done?.[1];
  if (!done || !written) return undefined;
  const verb = verbs.find((candidate) => participle(candidate) === written.toLowerCase());
  return verb === undefined ? undefined : { written: done[0].trim(), verb, rest: title.slice(done[0].length) };
}

/**
 * A gerund opening a phrase in its base forms ("building our strategy" → "build our strategy", "setting up" → "set up",
 * "updating the guide" → "updat …" and "update …"): the stem as written and with its final e, one of which is the verb.
 */
function baseForms(phrase: string): string[] {
  const gerund = /^([\p{L}]+?)(\p{L})?\2?ing\b/u.exec(phrase);
  if (!gerund) return [phrase];
  const stem = phrase.slice(0, gerund[0].length - 3);
  const undoubled = /([b-df-hj-np-tv-z])\1$/i.test(stem) ? stem.slice(0, -1) : stem;
  const rest = phrase.slice(gerund[0].length);
  return [`${undoubled}${rest}`, `${stem}e${rest}`];
}

/** Outcome phrases as the head of an object ("a culture" is "culture"), with their words; worked out once per list. */
interface OutcomeHeads {
  heads: string[];
  words: string[][];
}
const outcomeHeadsByList = new WeakMap<readonly string[], OutcomeHeads>();

function outcomeHeads(lexicon: Lexicon): OutcomeHeads {
  let read = outcomeHeadsByList.get(lexicon.outcomeNouns);
  if (!read) {
    const heads = lexicon.outcomeNouns.map((p) => p.toLowerCase().replace(/^(?:a|an|the)\s+/, ''));
    read = { heads, words: heads.map((head) => head.split(/\s+/)) };
    outcomeHeadsByList.set(lexicon.outcomeNouns, read);
  }
  return read;
}

/** True when `object` ends with the words of `head`. */
function endsWithWords(object: readonly string[], head: readonly string[]): boolean {
  if (head.length > object.length) return false;
  const from = object.length - head.length;
  return head.every((word, i) => object[from + i] === word);
}

/** The task and activity verbs as one list, made once per lexicon: rules ask it of every title. */
const workVerbsByLexicon = new WeakMap<Lexicon, string[]>();

/** The task or activity verb (the lexicon's lists) a title opens with, if any. */
export function startsWithWorkVerb(title: string, lexicon: Lexicon): string | undefined {
  let verbs = workVerbsByLexicon.get(lexicon);
  if (!verbs) workVerbsByLexicon.set(lexicon, (verbs = [...lexicon.taskVerbs, ...lexicon.activityVerbs]));
  return startsWithPhrase(title, verbs);
}

/** Verbs of studying something: their object, outcome or not, is what the work looks at. */
const STUDY_VERBS = new Set(['assess', 'evaluate', 'measure', 'analyse', 'analyze', 'audit', 'research', 'investigate', 'study', 'survey', 'compare', 'benchmark']);

/** How a title is read: `writtenAsDone` reads work written as done ("We have developed …") as the same task. */
export interface TaskReading {
  writtenAsDone: boolean;
}

/**
 * The task verb (as written) a title opens with when its verb phrase is a task, or undefined.
 * Joined verbs ("Design and build …", "Develop, test and ship …") are read together: a change verb among
 * them ("Launch and grow …") makes the phrase an outcome. The object — the words up to a preposition or
 * a clause — is a task's deliverable unless its head is an outcome or a metric (the `outcomeNouns`
 * lexicon: "Build lasting trust", "Develop and evangelize a data-driven culture", "Build enterprise pipeline"),
 * it says how it should be for people ("a delightful first-run experience", "a platform developers love"),
 * or it is a stretch of time ("Start the year with a healthy pipeline"). Read with `writtenAsDone`, work written as done
 * ("We have developed …", "Delivered a strategy …") is the same task.
 */
export function taskVerbPhrase(title: string, lexicon: Lexicon, reading: TaskReading = { writtenAsDone: true }): string | undefined {
  // "We are going to deliver a real-time API …": what the team says it will do is the statement's verb phrase.
  const intention = INTENTION.exec(title);
  if (intention) return taskVerbPhrase(title.slice(intention[0].length), lexicon, reading);
  const continued = CONTINUE.exec(title);
  if (continued) {
    const verb = baseForms(title.slice(continued[0].length)).map((phrase) => taskVerbPhrase(phrase, lexicon, reading)).find((found) => found !== undefined);
    // With no verb after it, what is continued may be a piece of work (`STEWARD_VERBS`).
    if (verb) return continued[0].trim();
  }
  // "Help Shreya document the new framework": helping someone do a task is the task.
  const helped = HELP_SOMEONE.exec(title);
  if (helped) return taskVerbPhrase(title.slice(helped[0].length), lexicon, reading) && helped[0].trim();
  // "Successfully hire for each open role": a manner adverb says how the task should go; the task is the same.
  const manner = MANNER_ADVERB.exec(title);
  if (manner) {
    const verb = taskVerbPhrase(title.slice(manner[0].length), lexicon, reading);
    return verb && `${manner[0].trim()} ${verb}`;
  }
  // "We have developed best practices …", "Delivered a detailed strategy …": the task reported as done is the same task.
  const done = reading.writtenAsDone ? doneVerbOf(title, lexicon.taskVerbs) : undefined;
  if (done) return taskVerbPhrase(`${done.verb}${done.rest}`, lexicon, reading) && done.written;
  const plain = title.replace(/^[^\p{L}\p{N}#]+/u, '');
  // "Building a new onboarding flow", "Launching the partner portal": the task verb in its -ing form, before what it makes.
  const gerund = GERUND_BEFORE_OBJECT.exec(plain);
  if (gerund && (gerund[3] !== '' || SHORT_TITLE.test(plain))) {
    const rest = plain.slice(gerund[0].length - gerund[3]!.length);
    const particle = gerund[2] ? ` ${gerund[2].toLowerCase()}` : '';
    const stems = [gerund[1]!, `${gerund[1]}e`, gerund[1]!.replace(/([b-df-hj-np-tv-z])\1$/i, '$1')].map((stem) => `${stem}${particle}`);
    const base = stems.find((stem) => startsWithPhrase(`${stem} `, lexicon.taskVerbs)?.length === stem.length);
    if (base) return taskVerbPhrase(`${base} ${rest}`, lexicon, reading) && gerund[0].slice(0, gerund[0].length - gerund[3]!.length).trim();
  }
  // "Creation of 1 content design pattern", "Implementation of the new CRM": the task named as a noun before what it makes.
  const nominal = TASK_NOUN.exec(plain);
  if (nominal) return taskVerbPhrase(`${TASK_NOUN_VERBS[nominal[1]!.toLowerCase()]} ${plain.slice(nominal[0].length)}`, lexicon, reading) && nominal[0].trim();
  const milestone = READINESS_MILESTONE.exec(plain);
  if (milestone) return milestone[1];
  const steward = STEWARD_VERBS.exec(plain);
  if (steward) return WORK_NOUNS.has(objectWords(plain.slice(steward[0].length)).object.at(-1) ?? '') ? steward[0] : undefined;
  // A verb of bettering falls through to the lexicon (a team may list it) unless its object is a work product.
  const improved = IMPROVE_VERBS.exec(plain);
  const bettered = improved ? objectWords(plain.slice(improved[0].length)) : undefined;
  if (improved && bettered && WORK_PRODUCTS.has(bettered.object.at(-1) ?? '') && !PURPOSE_OPENERS.has(bettered.end ?? '')) return improved[0];
  const verb = startsWithPhrase(title, lexicon.taskVerbs);
  if (!verb) return undefined;
  const written = plain.slice(0, verb.length);
  const words = (plain.slice(verb.length).match(WORD) ?? []).map((word) => word.replace(/[.'’]+$/, ''));
  if (MEASURE_HEADS.has(words[0]?.toLowerCase() ?? '')) return undefined;
  if (ADJECTIVE_PAIRS.has(`${written.toLowerCase()} ${words[0]?.toLowerCase()}`) && !DETERMINERS.has(words[1]?.toLowerCase() ?? '')) return undefined;
  let at = 0;
  // Joined verbs: "and evangelize", ", test and ship", "& launch", "/ roll out".
  const rest = plain.slice(verb.length);
  // Read with each run of blanks as one: the pattern's optional blanks before its joiners would try every split of a long run.
  const joined = /^(?:\s*(?:,\s*(?:and\s+|&\s+)?|\s+(?:and|&|or)\s+|\s*\/\s*)([\p{L}-]+)(?:\s+(?:out|up|off))?)+/u.exec(rest.replace(/\s{2,}/g, ' '));
  if (joined) {
    const verbs = [...joined[0].matchAll(/([\p{L}-]+)/gu)].map((m) => m[1]!.toLowerCase()).filter((w) => !['and', 'or', 'out', 'up', 'off'].includes(w));
    if (verbs.some((v) => CHANGE_VERBS.has(v))) return undefined;
    at = joined[0].match(WORD)?.length ?? 0;
  }
  // "Deliver products on time", "Ship every release on time": work that comes again, on time, is reliability; one piece of
  // work on time ("Ship MVP on time and under budget") is a deliverable with its deadline. "Ship features faster without
  // quality regression", "Release more often": the pace of the work is the change asked for.
  const onTime = /\bon[ -]time\b/i.exec(rest);
  if ((onTime && RECURRING_WORK.test(rest.slice(0, onTime.index))) || PACE_OF_WORK.test(rest)) return undefined;
  // "Compare favourably with competitors", "Benchmark in the top quartile": how the team stands, no study to run.
  if (STANDING_COMPARISON.test(written) && /^\s+(?:favou?rably|well|poorly|in|at|among|above|on\s+par)\b/i.test(rest)) return undefined;
  const { object, end } = objectWords(words.slice(at).join(' '));
  // "Establish social media as the home of …": a standing to reach, as "Become the home of …" is.
  if (end === 'as' && STANDING_VERBS.has(written.toLowerCase())) return undefined;
  // "Build on the MDN migration to scale the community": to build on something is to use it, no thing built.
  if (((end === 'on' && object.length === 0) || object[0] === 'upon') && /^build(?:ing)?$/i.test(written)) return undefined;
  // "Execute with high output and quality", "Deliver with excellence": no object, only how the team should work.
  if (object.length === 0 && end === 'with' && MANNER_OF_WORK.test(rest)) return undefined;
  if (object.length === 0) return written;
  // "Develop my golf game": one's game at a sport is how well one plays, a skill to grow, no thing made.
  if (SKILL_AT_A_SPORT.test(object.join(' '))) return undefined;
  // "Assess our financial sustainability": studying an outcome is work on it, whatever it is.
  if (STUDY_VERBS.has(written.toLowerCase())) return written;
  if (written.toLowerCase() === 'run' && object.some((word) => RUNS_WELL.has(word))) return undefined;
  const spanOfTime = TIME_HEADS.has(object[object.length - 1]!) && end !== 'of';
  if (spanOfTime || object.some((word) => QUALITY_WORDS.has(word)) || PEOPLE_WANT_IT.test(object.join(' '))) return undefined;
  const { heads, words: headWords } = outcomeHeads(lexicon);
  for (const parts of headWords) {
    if (!endsWithWords(object, parts)) continue;
    if (isTechnical(object[object.length - parts.length - 1], undefined)) continue;
    return undefined;
  }
  // "Build trust with bookkeepers": an outcome straight after the verb, whatever follows it.
  if (startsWithPhrase(object.join(' '), heads) && !isTechnical(undefined, object[1])) return undefined;
  return written;
}

/** How the team works, after a verb with no object: "with high output and quality", "with excellence", "with focus". */
const MANNER_OF_WORK = /^\s*with\s+(?:(?:high|great|more|full|real|greater|higher|consistent)\s+)?(?:output|quality|excellence|speed|focus|discipline|care|rigou?r|urgency|confidence|integrity|impact|velocity|precision|craft)\b/i;

/** Verbs that, with `… as <a role>`, set the standing of something in people's eyes rather than make it. */
const STANDING_VERBS = new Set(['establish', 'cement', 'position']);

/** The object of a verb, lower-cased: the words up to a preposition or a clause, and the word that ended it. */
function objectWords(rest: string): { object: string[]; end?: string } {
  const object: string[] = [];
  for (const written of rest.match(WORD) ?? []) {
    const word = written.replace(/[.'’]+$/, '').toLowerCase();
    if (OBJECT_END.has(word)) return { object, end: word };
    object.push(word);
  }
  return { object };
}

/** One's game at a sport (`my golf game`, `our tennis game`): how well one plays it. */
const SKILL_AT_A_SPORT = /^(?:my|our|his|her|their)\s+(?:golf|tennis|chess|poker|squash|padel|pickleball|basketball|soccer|football|hockey|volleyball|badminton|bowling|billiards|pool|table\s+tennis|ping-pong)\s+game$/;

/** A verb's -ing form opening a title, before a determiner that opens its object ("Building a …", "Launching the …"). */
const GERUND_BEFORE_OBJECT = /^(\p{L}{2,}?)ing(?:\s+(up|out))?\s+((?:a|an|the|our|new|every|all)\s|)/iu;
/**
 * A short title a gerund opens with no determiner after it, over what it makes ("Creating rubrics", "Writing the FAQ"):
 * the gerund is its verb all the same; "Hiring velocity", "Hosting costs under control" name a measure of the work.
 */
const SHORT_TITLE = /^\s*\S+\s+(?!(?:costs?|spend|velocity|cadence|speed|accuracy|quality|time|times|rates?|budgets?|capacity|throughput|volume)\b)\p{L}+s\b(?:\s+\S+)?\s*$/iu;

/**
 * "We are aiming to …", "We will …", "In order to grow our community, we are going to …", "To share best practices …": the
 * team's intention (and the purpose before it), or the infinitive a goal is written in, ahead of what it will do; the verb
 * after it is the statement's.
 */
export const INTENTION = /^(?:in[ \t]+order[ \t]+to[ \t][^,;]{1,120},[ \t]*)?(?:we(?:'re|’re|[ \t]+are)[ \t]+(?:aiming|going)[ \t]+to|we[ \t]+aim[ \t]+to|we[ \t]+(?:will|want[ \t]+to|plan[ \t]+to|intend[ \t]+to)|aim[ \t]+to|to)[ \t]+(?=\p{L})/iu;

/** Things a team builds or publishes: an objective that is only the name of one is a project, not a change. */
const DELIVERABLE_NOUNS = new Set([
  'newsletter', 'newsletters', 'wizard', 'instructions', 'service', 'video', 'videos', 'app', 'apps', 'library', 'dashboard',
  'dashboards', 'tool', 'tooling', 'page', 'pages', 'site', 'website', 'docs', 'documentation', 'guide', 'guides', 'handbook',
  'api', 'sdk', 'integration', 'integrations', 'feature', 'features', 'release', 'launch', 'migration', 'redesign', 'rewrite',
  'playbook', 'template', 'templates', 'course', 'podcast', 'portal', 'plugin', 'plugins', 'extension', 'bot', 'chatbot',
  'gui', 'ui', 'cli', 'prototype', 'mvp', 'beta', 'rollout', 'roadmap', 'report', 'reports', 'blog', 'system',
  // Sessions a team runs for others: "Online classes".
  'classes', 'workshops', 'webinars',
  // Chores named as nouns, like a migration: the work is the whole objective; so are changes to make, counted as a set ("Audio enhancements").
  'update', 'updates', 'upgrade', 'upgrades', 'cleanup', 'clean-up', 'refactoring', 'enhancements',
  // A scheme set up for people or for the team's own work: "Advocates Program", "Developer Relations Framework".
  'program', 'programme', 'framework',
  // Software and documents a team makes: "Litmus Operator", "FHIR Facade", "Subscriptions reference stack", "Security whitepaper".
  'operator', 'facade', 'stack', 'toolkit', 'dataset', 'datasets', 'demo', 'demos', 'whitepaper', 'spec', 'specification',
  'server', 'sandbox',
  // Events a team holds: "Squad game jam", "Annual contributor summit".
  'hackathon', 'jam', 'meetup', 'conference', 'summit', 'webinar', 'webinars',
]);

/** Deliverables that are pieces of work on something, named before what they are of ("Alpha release of Squad Chess"). */
const WORK_BEFORE_OF = new Set(['release', 'launch', 'rollout', 'migration', 'redesign', 'rewrite', 'prototype', 'beta', 'mvp', 'upgrade', 'update', 'cleanup', 'refactoring', 'integration']);

/** Words that say how a named thing should be for its users ("Usable API docs", "Even better SDK reference"). */
const NAME_QUALITIES = new Set(['better', 'usable', 'reliable', 'fast', 'faster', 'accurate', 'clear', 'clearer', 'useful', 'helpful', 'simple', 'simpler', 'easy', 'easier', 'consistent', 'complete', 'up-to-date', 'searchable', 'accessible', 'stronger', 'safer', 'robust', 'resilient', 'scalable']);

const DETERMINERS = new Set(['a', 'an', 'the', 'every', 'each', 'all', 'our', 'their', 'its', 'my', 'your', 'this', 'that', 'these', 'those', 'any', 'more', 'no', 'most', 'fewer', 'less']);

/** Words an objective may not open with and still be only a name (a verb, an article before a clause…). */
const NAME_OPENERS_TO_SKIP = /^(?:to|be|become|make|help|let|get|keep|stay|have|ensure|enable|give)$/i;

/**
 * The title without the asides and tags after it: "Alerting (Owner: …)", "Gitbase research [DR]" are names. Cut from
 * the end, bracket by bracket, so that a long title costs its length.
 */
function withoutTrailingAsides(title: string): string {
  let text = title.trimEnd();
  for (;;) {
    const close = text.at(-1);
    const open = close === ')' ? text.lastIndexOf('(') : close === ']' ? text.lastIndexOf('[') : -1;
    if (open < 0) return text;
    text = text.slice(0, open).trimEnd();
  }
}

/** The words of a short objective that is only a name (no verb from the lists, no change or quality word, no clause), or undefined. */
function nameWords(title: string, lexicon: Lexicon): string[] | undefined {
  // An aside or a team tag after the name is not part of it: "Alerting (Owner: …)", "Gitbase research [DR]".
  const words = (withoutTrailingAsides(title).match(WORD) ?? []).map((word) => word.replace(/[.'’]+$/, '').toLowerCase());
  if (words.length === 0 || words.length > 5) return undefined;
  if (startsWithWorkVerb(title, lexicon) || CHANGE_VERBS.has(words[0]!) || NAME_OPENERS_TO_SKIP.test(words[0]!)) return undefined;
  // A determiner means a clause ("Owners understand every report"), not a name.
  if (words.some((word) => QUALITY_WORDS.has(word) || NAME_QUALITIES.has(word) || DETERMINERS.has(word))) return undefined;
  return words;
}

/**
 * The deliverable a short objective only names ("Next-generation wizard", "Changelog videos", "Newsletter", "Alpha
 * release of Squad Chess"), or undefined: at most five words, no verb from the lists, no quality word, and a deliverable
 * as its head: its last word, or the word before "of".
 */
export function namedDeliverable(title: string, lexicon: Lexicon): string | undefined {
  const words = nameWords(title, lexicon);
  // "Alpha release of the game": a piece of work before "of" heads the name; after it, what the work is of ("Tool of
  // choice" is an idiom, its head no work).
  const of = words?.indexOf('of') ?? -1;
  const head = of > 0 && WORK_BEFORE_OF.has(words![of - 1]!) ? words![of - 1] : words?.at(-1);
  // "Adoption API", "Growth of the newsletter": an outcome of the thing is named, not the thing to build.
  if (words?.some((word) => lexicon.outcomeNouns.includes(word))) return undefined;
  if (head === undefined) return undefined;
  // "Subscriptions R5": the release is of the whole name.
  if (RELEASE_OF_A_NAME.test(head)) return withoutTrailingAsides(title).trim();
  return DELIVERABLE_NOUNS.has(head) ? head : undefined;
}

/** `R5`, `R4B`, `v2.1`, `1.0` after a name ("Subscriptions R5", "Persona Library 1.0"): the release of it to make; a year is none. */
const RELEASE_OF_A_NAME = /^(?:v\d+(?:\.\d+)*|r\d{1,2}[a-z]?|\d+\.\d+(?:\.\d+)*)$/;

/** `Primary`, `Stretch`: the tier of the measures listed under it, no area of work. */
const PRIORITY_TIER = /^(?:primary|secondary|tertiary|stretch|bonus|optional)$/i;

/**
 * A one-word objective ("Health", "Community", "Technical", "MISC"): the name of an area, with no change stated. A state
 * people are in ("Belonging", "Wellbeing") is no area, "Everything" names none, and neither does a tier ("Primary").
 */
export function namedAreaAlone(title: string): string | undefined {
  const name = withoutTrailingAsides(title).replace(/^[*_`]+|[*_`.:!]+$/g, '').trim();
  return /^\p{Script=Latin}[\p{Script=Latin}&'’-]+$/u.test(name) && !NOT_GERUNDS.test(name.toLowerCase()) && !PRIORITY_TIER.test(name) ? name : undefined;
}

/** Systems a team builds, named by their parts ("Software platforms with …"); alone ("Stronger platforms") they may name a quality. */
const SYSTEM_NOUNS = new Set(['platform', 'platforms', 'system', 'systems']);

/** A deliverable named in a word to three, then what it holds after "with": "Software platforms with integrated machine learning, …". */
const NAMED_WITH_PARTS = /^((?:[\p{L}-]+[ \t]+){0,2}?)([\p{L}-]+)[ \t]+with[ \t]+(.+)$/iu;

/** Words that open a clause saying what the thing does for people ("… with tools that let owners …"), not only what it holds. */
const CLAUSE_OPENERS = /\b(?:that|which|who|whom|where|so|to|let|lets|letting|help|helps|helping)\b/i;

/** Fewer words than this is a topic's name ("Integration with other products"), which names no deliverable by its parts. */
const MIN_PARTS_DESCRIPTION_WORDS = 8;

/**
 * The deliverable an objective describes by its parts ("Software platforms with integrated machine learning, rich media,
 * and structured data components, and associated tooling for …"), or undefined: a deliverable noun within its first
 * three words, then "with" and a list of parts, with no clause about what it does for people and no outcome or quality word.
 */
export function deliverableByItsParts(title: string, lexicon: Lexicon): string | undefined {
  const m = NAMED_WITH_PARTS.exec(title);
  if (!m || title.split(/[ \t]+/).length < MIN_PARTS_DESCRIPTION_WORDS) return undefined;
  const [, before = '', head = '', parts = ''] = m;
  // "A reporting service with …": an article before the name is no clause.
  const name = `${before}${head}`.replace(/^(?:a|an|the)[ \t]+/i, '');
  const noun = head.toLowerCase();
  if (!(DELIVERABLE_NOUNS.has(noun) || SYSTEM_NOUNS.has(noun)) || nameWords(name, lexicon) === undefined) return undefined;
  const partWords = parts.toLowerCase().match(WORD) ?? [];
  const outcomes = outcomeHeads(lexicon).heads;
  if (CLAUSE_OPENERS.test(parts) || partWords.some((word) => QUALITY_WORDS.has(word) || outcomes.includes(word))) return undefined;
  return name;
}

/** A name, then the field it works in (a word to three) after a preposition ("… testing in OSS sustainability", "… research on pricing"). */
const FIELD_OF_WORK = /^([^,;:()]+?)\s+(?:in|on|for|around|across)\s+[\p{L}\p{N}-]+(?:\s+[\p{L}\p{N}-]+){0,2}$/iu;

/** The longest title read as a name and the field it works in. */
const MAX_NAME_WITH_FIELD = 100;

/**
 * Words ending in -ing that name no activity, or name a state people are in ("wellbeing", "belonging"), or money
 * ("crowdfunding"). The short ones are whole words: "hiring", "monitoring" and "tracking" only end like "ring" and "king".
 */
const NOT_GERUNDS = /(?:thing|spring|string|being|belonging|funding|financing)$|^(?:morning|evening|ceiling|during|wedding|king|ring|feeling|meaning)$/;

/** A change named as it happens: growing, increasing, improving, reducing … */
const CHANGE_GERUNDS = /^(?:grow|increas|improv|reduc|decreas|lower|rais|expand|strengthen|deepen|widen|broaden|accelerat|scal)ing$/;

/** Verbs of comparing, which also say how something stands ("Compare favourably …", "Benchmark in the top quartile"). */
const STANDING_COMPARISON = /^(?:compare|benchmark)$/i;

/** Verbs of holding a state ("Maintain strategic positioning", "Keep our lead"): what follows is the state, not a name of work. */
const STATE_VERBS = new Set(['maintain', 'keep', 'preserve', 'protect', 'defend', 'retain', 'secure']);

/**
 * Nouns of ongoing work that end the name of an area ("Gitbase research", "External community development", "Kubernetes
 * Cluster Orchestration", "Honest multi-format export", "Series B preparation", "Pipeline cost optimization").
 */
const AREA_HEADS = new Set([
  'research', 'enrichment', 'development', 'implementation', 'operations', 'maintenance', 'orchestration', 'automation', 'export', 'migration',
  'preparation', 'recruitment', 'optimization', 'optimisation', 'consolidation', 'standardization', 'standardisation', 'modernization',
  'modernisation', 'deployment', 'evaluation', 'assessment', 'investigation', 'exploration', 'analysis', 'cleanup', 'setup',
]);

/**
 * The area of work a very short objective only names ("Alerting", "Issue enrichment", "Gitbase research", "External
 * community development"), or undefined: at most three words, the last an activity (a gerund, `AREA_HEADS`) — what the
 * team will work on, not what should change.
 */
export function namedAreaOfWork(title: string, lexicon: Lexicon): string | undefined {
  // "Rapid hypothesis testing in OSS sustainability": a name of two or three words and the field it works in.
  // Such a name is short: a longer title is no name, and is not searched (the pattern backtracks over long runs of blanks).
  const field = title.length <= MAX_NAME_WITH_FIELD ? FIELD_OF_WORK.exec(title) : null;
  const name = field && field[1]!.trim().split(/\s+/).length >= 2 ? field[1]! : title;
  const words = nameWords(name, lexicon);
  const head = words?.at(-1);
  if (!words || words.length > 3 || head === undefined) return undefined;
  const isGerund = (word: string) => word.length >= 6 && word.endsWith('ing') && !NOT_GERUNDS.test(word);
  // "Improving onboarding", "Streamlining invoicing", "Maintain strategic positioning": a verb opens a phrase, so it is no name.
  if (words.slice(0, -1).some(isGerund) || STATE_VERBS.has(words[0]!)) return undefined;
  // "Community growing", "Revenue increasing": a change of what the name says, the outcome itself.
  if (outcomeHeads(lexicon).heads.includes(head) || CHANGE_GERUNDS.test(head)) return undefined;
  return AREA_HEADS.has(head) || isGerund(head) ? words.join(' ') : undefined;
}

/**
 * Chinese task verbs opening an objective (`构建…`, `建立…`, `开发…`, `搭建…`, `完成…`, `沉淀…`, `参与…`, `跟进…`: build, set up,
 * develop, finish, consolidate, take part in, follow up; also kept up, `持续跟进…`), after
 * any id or time before them (`2026年…`), unless what follows names a state of people or the business (`建立品牌信任`,
 * "build brand trust"). `实现` is "achieve" (`实现盈利`, reach profitability), and a verb in a metric's name (`完成率`,
 * the completion rate) is none. Chinese writes no blank between words, so the English verb phrase is not read.
 */
// `推进`, `翻译` and `写` also open a quality of the work (`推进速度`, `翻译质量`, `写入性能`): only before what is made are they tasks.
const CJK_TASK_VERB = /^(?:[^\p{Script=Han}]{0,12})(?:持续)?((?:构建|建立|建设|开发|搭建|创建|打通|打造|梳理|完成|上线|发布|推出|制定|编写|撰写|设计|确定|落地|沉淀|组建|参与|跟进)(?![率度量])|(?:推进|翻译)(?![率度量]|质量|速度|效率|性能|节奏|水平|能力)|写(?![作字入率度量]))/u;
/** `将部分技术文翻译成英文并发布` ("translate some articles into English and publish them"): the verb after what `将` takes. */
const CJK_BA_TASK_VERB = /^(?:[^\p{Script=Han}]{0,12})将[^，。,；;]{1,30}?(翻译|发布|迁移|整合|部署|上线|重构|改造)/u;
const CJK_OUTCOME_WORDS = /信任|认知|口碑|文化|习惯|能力|影响力|生态|满意度|体验|增长|留存|活跃|转化/u;
/**
 * A community is the outcome where it is what the statement builds (`构建开发者社区`, `团队社区建设`); before another noun
 * it only says whose the work is (`打通官网社区驱动生产线`, the community-driven pipeline; `个人社区基本体系框架搭建`).
 */
const COMMUNITY_LAST = /社区[」』"”]?[\s。．.!！]*$/u;

function namesAnOutcome(head: string): boolean {
  return CJK_OUTCOME_WORDS.test(head) || COMMUNITY_LAST.test(head);
}

export function cjkTaskVerb(title: string): string | undefined {
  const verb = CJK_TASK_VERB.exec(title) ?? CJK_BA_TASK_VERB.exec(title);
  return verb && !namesAnOutcome(title) ? verb[1] : undefined;
}

/**
 * `人脉管理系统简易版` (the contact manager, simple edition), `[本地知识管理工具第一版](…)` (the first version of the
 * knowledge tool): a Chinese objective naming a release of what the team makes, and nothing else.
 */
const CJK_NAMED_RELEASE = /^\[?([^\s，。,；;[\]]{2,30}?(?:简易版|第一版|初版|正式版|测试版|内测版|公测版|\d+(?:\.\d+)+\s?版))(?:\]\([^()\s]*\))?[\s。．.!！]*$/u;

export function cjkNamedRelease(title: string): string | undefined {
  return CJK_NAMED_RELEASE.exec(title)?.[1];
}

/**
 * Japanese and Korean put the verb last: `データ基盤を構築する` ("build the data platform"), `ナレッジベースの整備`
 * (setting up the knowledge base), `파이프라인 구축` (building the pipeline) state the work, unless what is built is a
 * state of people (`信頼関係を構築する`, build a relationship of trust; `고객 신뢰 구축`, build customer trust).
 */
const VERB_FINAL_TASK = /(構築|作成|実装|導入|開発|整備|策定|公開|移行|完成|完了|立ち上げ|設計|リリース|구축|개발|출시|작성|구현|도입|완료|배포|설계|마련|제작|런칭)(?:する|します|した|を行う|하기|한다|하다|합니다)?[\s。．.!！]*$/u;
const VERB_FINAL_OUTCOME_WORDS = /信頼|満足|文化|習慣|能力|体験|成長|定着|向上|認知|関係|신뢰|만족|문화|성장|향상|경험|습관|인지|관계/u;

/** Kana or Hangul: the statement is Japanese or Korean, not Chinese (which shares `完成`, puts its verbs first, and names its work as a noun last). */
export const KANA_OR_HANGUL = /[\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;

/**
 * Chinese also names the work as a noun closing the objective (`交易中台服务搭建`, building the trading platform's
 * services; `配置中心落地上线`, the config centre going live): the work, unless what is built is a state (`团队文化建设`).
 */
const CJK_TASK_NOUN_LAST = /(搭建|建设|开发|上线|落地|重构|迁移|改造|部署|适配|梳理|升级)[\s。．.!！]*$/u;

export function verbFinalTaskVerb(title: string): string | undefined {
  if (!KANA_OR_HANGUL.test(title)) {
    const noun = CJK_TASK_NOUN_LAST.exec(title);
    return noun && !namesAnOutcome(title.slice(0, noun.index)) ? noun[1] : undefined;
  }
  const verb = VERB_FINAL_TASK.exec(title);
  return verb && !VERB_FINAL_OUTCOME_WORDS.test(title) ? verb[1] : undefined;
}

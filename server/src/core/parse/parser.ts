import { unified, type Processor } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import type { Blockquote, Code, Heading, Html, List, ListItem, Paragraph, Root, RootContent, Table } from 'mdast';
import { nestVisuallyIndentedLists } from './visual-nesting';
import type { Field, NodeKind, Plan, PlanNode, PlanSection, Position, UnreadText } from '../model';
import { fieldOf, shiftLines } from '../model';
import { canonicalFieldName, fieldSpec, nearestKnownField, readStatus } from '../fields';
import { LineIndex } from './positions';
import { atxHeadingDepth, scanLines, withoutClosingHashes } from './scan';
import { findQuantities } from './quantity';
import { matchesOf } from '../regex-matches';
import { DEFAULT_LEXICON } from '../lexicon';
import { decorationLength, isBoldLabel, KR_NAME_WORDS, KR_WORDS, looksLikeDeclaration, namesOnlyPeriod, OBJECTIVE_KEYWORD, OBJECTIVE_WORDS, readFieldLine, readGoalHeading, readGroupDeclaration, readGroupHeading, readNodeDeclaration, readNumberedKr, readNumberedLine, QUARTER_AIM, UNNUMBERED_GOAL, type FieldLine, type NodeDeclaration } from './node-line';
import { columnsHeadingKind, headerWithoutDelimiter, keyResultIdInCell, listedColumnsKind, namesIndicatorColumn, namesObjectiveColumn, objectiveIdOnly, headerColumns, readFieldTable, readKeywordGrid, readOkrTable, type OkrTableRow } from './okr-table';
import { plainText, readHtmlTable, type HtmlText } from './html-table';
import { parseFrontMatter } from './front-matter';
import { assignDerivedIds } from './ids';
import { RecentlyUsed } from '../recently-used';
import { readBlocksFast } from './fast-blocks';
import { CellField, exactCopy, TableCellField, LineField, LineNode, type FieldKey } from './compact-model';
import { checkInSource, readCheckIn } from './check-ins';
import { intern } from './intern';
import { freshCopy, ownCopy } from './detach';
import { BARE_PERIOD_HEADING, PERIOD_HEADING, statedPeriodIn, YEAR_HEADING } from '../period';
import { ownerAside, progressAsideStart, scheduledProgressStart, statusAsideStart, statusFieldAfterStart } from './owner-aside';
import { readStatedPeriod } from './stated-period';

/**
 * Inline constructs micromark need not parse: plans are read from the blocks (headings,
 * paragraphs, lists) and their lines, never from emphasis, links or inline code, and inline
 * parsing never changes the blocks. Some of it is quadratic on hostile text: 20 KB of `<!--`
 * in a quote took 9.5 s, of `*a` 5.8 s.
 */
const UNREAD_INLINE_CONSTRUCTS = [
  'attention',
  'autolink',
  'codeText',
  'hardBreakEscape',
  'htmlText',
  'labelStartImage',
  'labelStartLink',
  'labelEnd',
  'strikethrough',
  'wwwAutolink',
  'protocolAutolink',
  'emailAutolink',
  'gfmFootnoteCall',
  'gfmPotentialFootnoteCall',
];

function withoutInlineConstructs(this: Processor): void {
  const data = this.data();
  (data.micromarkExtensions ??= []).push({ disable: { null: UNREAD_INLINE_CONSTRUCTS } });
  // remark-gfm's literal autolinks are also made after the parse, by a pass over every text node looking for URLs (4% of reading plans that need remark).
  data.fromMarkdownExtensions = (data.fromMarkdownExtensions ?? []).flat().filter((extension) => !('literalAutolink' in (extension.enter ?? {})));
}

const markdown = unified().use(remarkParse).use(remarkGfm).use(withoutInlineConstructs);

/** Where fields met while walking a block go. */
interface Owner {
  node?: LineNode;
  /** The last field read for the owner, so a following list can be its check-ins. */
  lastField?: Field;
  /**
   * The kind that plain list items (and numbered `1.1 …` lines) take here: key results under an
   * objective, or what a `Key results` / `Initiatives` / `Objectives` heading or label announces.
   */
  implicit?: NodeKind;
  /** For a list item's lines: the owner of the list, which a group label written as a lazy continuation line applies to. */
  outer?: Owner;
  /** `implicit` comes from a label that names the group (`Key results`, `We'll know we're successful when`), not from the place alone. */
  labelled?: boolean;
  /** The lists here are notes (under `- Risks`, `- Open questions:`): no outline, no nodes but those declared with a keyword. */
  notes?: boolean;
  /** For the lines of a list item that declares a node: the owner of the list, which an objective label written as a lazy line takes over. */
  list?: Owner;
  /**
   * The objective the last list here declared with its keyword: key results declared with theirs in a later list
   * serve it still, when a quote or a paragraph split the list (`* Objective: …` / `* KR: …` / `> Result: 30%` / `* KR: …`).
   */
  keywordObjective?: { node: LineNode; nodesRead: number };
  /**
   * A heading naming the set of OKRs (`## Community Q1 OKRs`) or goals (`## Goals`) announced the objectives here, not
   * one naming objectives alone: a flat list of measured items under it is key results.
   */
  namesOkrs?: boolean;
  /** A V2MOM's `Methods` announced the objectives here: what each of them nests is its details, no key results. */
  methods?: boolean;
  /** A label naming an objective's key results by its id (`- 2021-OKR-O1-KRs`): where that id is written, which the key results here name as their parent. */
  servesObjective?: { id: string; line: number; start: number };
}

/**
 * A list item naming the key results of an objective by its id, over them: `2021-OKR-O1-KRs` (a page name in a notes app),
 * `O1 KRs`, `O2 Key Results:`, `Key results of O3`, `KRs for O1`. The id, captured.
 */
const KEY_RESULTS_OF_ID = /^(?:\*\*|__)?(?:(?:[\p{L}\p{N}]+[-_ ]){0,3}(?<before>O\d{1,3})[-_ ]?(?:krs|key[- ]?results)|(?:krs|key[- ]?results)[ ](?:of|for)[ ](?<after>O\d{1,3}))[ \t]*[:：]?(?:\*\*|__)?[ \t]*[:：]?$/diu;

/** The id a label of an objective's key results names, and where it stands in the label (`KEY_RESULTS_OF_ID`). */
function objectiveOfKeyResultSet(content: string): { id: string; at: number } | undefined {
  if (content.length > 80) return undefined;
  const named = KEY_RESULTS_OF_ID.exec(content);
  const group = named?.groups?.before !== undefined ? 'before' : 'after';
  const id = named?.groups?.[group];
  return id === undefined ? undefined : { id: id.toUpperCase(), at: named!.indices!.groups![group]![0] };
}

/** A heading met in a section; `node` when it declares one, `group` when it announces a kind (`### Key results`). Lines are section-relative. */
interface SectionHeading {
  line: number;
  depth: number;
  node?: LineNode;
  group?: NodeKind;
}

/** A bold label that is no known field (`**Motivation:** …`, `**Notes**`): what follows is about the node, not more of its key results. */
function isNoteLabel(text: string): boolean {
  return isBoldLabel(text) && !fieldKeyOf(readFieldLine(text)?.key ?? '').known;
}

/** Bold names of a report on a node (`**Next Steps:** …`, `**Status:** …`): never the name of a node. */
const REPORT_LABELS = /^(?:next\s+steps?|status|progress|results?|notes?|updates?|comments?|blockers?|risks?|learnings?|lessons(?:\s+learned)?|summary|details|analysis|evidence|context|background)$/i;

/**
 * The names writers give to notes about a plan or a node (risks, dependencies, open questions, links, the team, steps,
 * why it matters now, the levers that move a metric, the options weighed if something goes wrong, what a meeting produces and who attends it, what is in or out of scope, the requirements and primitives the work builds on, a tree of the metrics that drive a
 * north star), with up to two qualifying words (`Open questions`, `Useful links`, `Key risks`): a label that
 * is only such a name, with or without a colon, introduces notes. Its list holds no key results, and it is no key result
 * or group of its own.
 */
const NOTE_NAMES = String.raw`notes?|values|principles|tenets|beliefs|risks?|dependenc(?:y|ies)|assumptions?|questions?|faqs?|links?|resources?(?:\s+(?:needed|required))?|references?|further\s+reading|reading\s+list|out\s+of\s+scope|(?:in\s+)?scope|budget|expenses|funding\s+requests?|requirements|primitives|building\s+blocks|(?:kpi|metrics?|driver|north\s+star)\s+(?:tree|breakdown|decomposition)(?:\s*\([^()]{1,40}\))?|non[- ]?goals?|anti[- ]?goals?|not\s+doing|tasks?|to[- ]?dos?|action\s+items?|steps?|projects|(?:[\p{L}-]+\s+(?:and|&)\s+)?activit(?:y|ies)(?:\s+(?:and|&)\s+[^:*_\n]{1,40})?|deliverables?|team|team\s+members|members(?:\s+(?:and|&)\s+(?:functions|roles))?|people|contacts?|stakeholders?|roles(?:\s+(?:and|&)\s+responsibilities)?|context|background|motivation|rationale|why(?:[ \t]+(?:now|this|it|these|that|we|they|the|our)(?:[ \t]+[\p{L}'’-]+){0,4})?|artifacts?(?:[ \t]+produced)?|attendees|levers?|options|alternatives|fallbacks?|contingenc(?:y|ies)|characteristics|traits|(?:elevator\s+)?pitch|introduction|purpose|tl;?[ \t]?dr|glossary|definitions?|defini(?:si|ción|ções|ção|zione|zioni)|définitions?|определени[ея]|terms|appendix|history|changelog|(?:areas?[ \t]+of[ \t]+)?responsibilit(?:y|ies)|duties|learnings?|lessons(?:\s+learned)?|retro(?:spective)?s?|highlights?|lowlights?|wins|achievements|blockers?|concerns?|caveats?|constraints?|status|updates?|comments?|summary|details|process|(?:measurement\s+)?methodology|measurement(?:\s+(?:methods?|approach|plan|strategy))?|how\s+(?:to|we(?:['’]ll|\s+will)?)\s+measure(?:\s+(?:it|this|success|progress))?|dates|timeline|schedule|calendar|deadlines|roadmap|check[- ]?ups?|checkpoints|(?:data\s+)?snapshot|decision\s+(?:gates?|points?)|considerations|remarks|observations|ongoing\s+(?:essentials?|work|operations|ops)|business\s+as\s+usual|bau|keep(?:ing)?\s+the\s+lights\s+on|ktlo|back[- ]?burner|parking\s+lot|参考(?:文|資料|文献|链接|资料)?|備考|备注|メモ|背景|참고(?:\s?자료)?|비고|予定|スケジュール|日程(?:安排)?|进度安排|(?:目標を立てた)?動機|动机|(?:実現|達成)(?:する)?(?:には|方法)|やり方|進め方`;
/** What a note label may say it is for, before its colon: `Steps to get there:`, `Questions for the team:`, `Assumptions Behind OKRs:`. */
const NOTE_PURPOSE = String.raw`[ \t]+(?:to|for|of|on|about|we|from|behind|underlying|in|after|before)[ \t]+[^:*_]{1,40}[ \t]*(?:\1)?[ \t]*:`;
const NOTE_QUALIFIERS = String.raw`(?:19|20)\d{2}|your|their|this|open|key|known|main|major|other|useful|related|further|important|technical|external|internal|project(?:(?:'|’)s)?|our|current|previous|next|additional|extra|general|final|misc(?:ellaneous)?|planned|operational|prototyping|program(?:me)?|content|editorial`;
const NOTE_LABEL = new RegExp(
  String.raw`^(\*\*|__|\*|_)?(?:(?:${NOTE_QUALIFIERS})[ \t]+){0,2}(?:${NOTE_NAMES})(?:[ \t]*\([^()\n]{1,80}\))?(?:[ \t]*(?:\1)?[ \t]*[:：]?|${NOTE_PURPOSE})[ \t]*(?:\1)?$`,
  'iu',
);

/**
 * True when a text is only a note label (`NOTE_LABEL`). Runs of blanks are read as one first: the pattern's optional
 * blanks around the colon and the emphasis would try every split of a long run (`Notes` and 4,000 blanks took minutes).
 */
function namesNotes(text: string): boolean {
  return NOTE_LABEL.test(text.replace(/[ \t]{2,}/g, ' ')) || DUTIES_LEAD.test(text) || AGENDA_LABEL.test(text);
}

/** `**Weekly Sync Agenda (30 min, end of week):**`: a meeting's agenda, its items timed in minutes, no key results. */
const AGENDA_LABEL = /^(?:\*\*|__)?(?:[\p{L}-]+[ \t]+){0,3}agenda(?:[ \t]*\([^()\n]{0,40}\))?[ \t]*(?:\*\*|__)?[ \t]*:?[ \t]*(?:\*\*|__)?$/iu;

/**
 * `**Where we're going:**`, `**How to use it:**`, `**The math:**`, `**Day-to-day:**`: a label that says what the list under it
 * explains (a direction, a use, a sum, a routine), no objective over key results.
 */
const EXPLAINS_A_LIST = /^(?:(?:where|how|what|why|when|who)[ \t]|(?:the[ \t]+)?(?:math|maths|numbers|arithmetic)$|(?:our[ \t]+|my[ \t]+|the[ \t]+)?(?:day[ \t-]to[ \t-]day|daily[ \t]+routine|routine)$)/i;

/** `The Events Committee Charter should be responsible for:`: the duties of a body, listed. */
const DUTIES_LEAD = /\bresponsible[ \t]+for[ \t]*[:：][ \t]*$/i;

/**
 * `Pitch: a home for projects not ready for …`, `Motivation: two teams asked for it`: an item that opens with the name of
 * a note about why or on what terms (a pitch, motivation, context, a risk or an assumption) and a colon says something
 * about the node, it is no node of its own, and so does one that says how the key result above is measured or tracked
 * (`Measure: pickups per month`, `Measured by: …`, `Tracking support: …`), as do a goal form's fields (`Time frame: N/A`,
 * `What resources are needed to accomplish goals: …`). Names that may also be an area of key results
 * (`Process: …`) are left out.
 */
const NOTE_LEAD = /^(\*\*|__)?(?:(?:elevator[ \t]+)?pitch|motivation|rationale|context|background|notes?|caveats?|assumptions?|risks?|dependenc(?:y|ies)|deliverables?|open[ \t]+questions?|measures?|measured[ \t]+by|measurement|tracking(?:[ \t]+support)?|time[ \t-]?frame|(?:what[ \t]+)?resources(?:[ \t]+(?:are[ \t]+)?needed)?(?:[ \t]+to[ \t]+[^:\n]{1,60})?)(?:\1)?[ \t]*:(?:\1)?[ \t]*\S/i;

/**
 * `If successful: submit a follow-up proposal`, `If unsuccessful, pause spending.`, `If the pilot fails, …`: what happens
 * once the plan is over, no result of it (`If a P1 incident occurs, resolve it within 4 hours`, `If the deploy fails, roll
 * back within 10 minutes` are key results).
 */
const CONTINGENCY = /^(?:\*\*|__)?if[ \t]+(?:(?:un)?successful|not|so|(?:the|this|our)[ \t]+(?:sprint|pilot|experiment|trial|campaign|proposal|program(?:me)?|plan|season)[ \t]+(?:succeeds|fails|works|does[ \t]?n(?:'|’|o)t[ \t]+work))[ \t]*[:,]/i;

/** A list item that names a person by handle, maybe with a role (`@maria (PM)`, `@lee — engineering`): the people on it, not a statement. */
const PERSON_ITEM = /^@[\w.-]+(?:[ \t]*(?:\([^()]{1,40}\)|[—–-][ \t]*[^.:;]{1,40}|,[ \t]*[^.:;]{1,40}))?$/;

/**
 * A heading over ideas for later (`Future scope / Ideas Scratchpad`, `Backlog`, `Parking lot`), over the work done
 * beside the plan (`Competing interests / Keeping the lights on`, `KTLO`, `Business as usual`, `Other work not covered
 * by the OKRs`, `Work that wasn't covered in OKRs`, `Unplanned work`, `Ongoing (All Quarters)`, `Other ideas not captured in OKRs`), over the next things to do (`Next actions`,
 * `Action items`, `To-dos`), over the
 * checks that close a piece of work (`Definition of Done`, `Acceptance criteria`) or a checklist to go through (`Content
 * Optimization Checklist`, `Checklist mínimo de entrega`), over what was weighed and set aside
 * (`Discounted KPIs`, `Dropped objectives`, `Metrics we considered`), over the notes of a meeting (`Meeting notes
 * 2021-03-03`, `會議記錄 20210303`), over templates to write in (`Templates`,
 * `Formulierungs-Vorlagen`), over an appendix (`Appendix`, `Supporting materials`) or over a backlog of features (`Key
 * Features to Implement`), or over how the goals will be reached (`How do we achieve these goals?`): what it holds is no plan.
 */
const NO_PLAN_HEADING =
  /^(?:how[ \t]+(?:(?:do|will|can|should|shall|are)[ \t]+)?we(?:['’]ll)?[ \t]+(?:going[ \t]+to[ \t]+)?(?:achieve|accomplish|reach|meet|hit|get[ \t]+there)\b[^\n]{0,60}|future|ideas?|later|someday|backlog|parking[ \t]+lot|wish[ \t]*list|competing[ \t]+(?:interests|priorities)|keep(?:ing)?[ \t]+the[ \t]+lights[ \t]+on|ktlo|bau|business[ \t]+as[ \t]+usual|ongoing[ \t]*\((?:all|every|each)[ \t][^()]{1,30}\)$|un(?:planned|scheduled)[ \t]+work|next[ \t]+(?:actions?|steps)$|open(?:[ \t]+(?:items?|tasks?|actions?|to[ \t-]?dos?))?$|action[ \t]+items|to[ \t-]?dos?(?:[ \t]+list)?|append(?:ix|ices)|annex(?:es)?|supporting[ \t]+(?:materials?|documents?)|executive[ \t]+summary|tl;?dr|north[ \t]+stars?|definition[ \t]+of[ \t]+done|(?:\p{Extended_Pictographic}\uFE0F?[ \t]+)?(?:[\p{L}\p{N}-]+[ \t]+){0,3}check[ \t-]?lists?(?:[ \t]+[\p{L}\p{N}-]+){0,4}$|(?:acceptance|exit|done)[ \t]+criteria|(?:(?:key|main|major|planned|expected)[ \t]+)?deliverables$|(?:discounted|rejected|discarded|dropped|abandoned|deprioriti[sz]ed|deferred|retired|excluded|unused)[ \t]+(?:kpis?|metrics?|measures?|indicators?|targets?|goals?|objectives?|okrs?|key[ \t]+results?|krs?|initiatives?|ideas?|projects?|items?)$|[\p{L}-]+[ \t]+(?:we[ \t]+)?(?:considered|rejected|discounted|dropped)$|other[ \t]+(?:ideas?|projects?|work|items?)(?:[ \t]*$|[ \t]+(?:not|outside|beyond|besides)\b)|(?:[\p{L}\p{N}'’-]+[ \t]+){0,4}out[ \t]+of[ \t]+scope\b[^\n]{0,60}|(?:[\p{L}-]+[ \t-])?(?:templates?|vorlagen?|plantillas?|mod[eè]les?)$|(?:\p{Extended_Pictographic}\uFE0F?[ \t]+)?(?:[\p{L}-]+[ \t]+)?features[ \t]+to[ \t]+(?:implement|build|add|develop|ship)$|(?:[\p{L}-]+[ \t]+)?features?[ \t]+(?:roadmap|backlog|list|wishlist)$|(?:[\p{L}\p{N}&/-]+[ \t]+){1,6}(?:not[ \t]+|(?:was|were|is|are)n['’]t[ \t]+)(?:captured|included|covered|part[ \t]+of)[ \t]+(?:in[ \t]+)?(?:the[ \t]+|our[ \t]+)?(?:okrs?|plan|objectives)|(?:meeting[ \t]+(?:notes|minutes)|minutes|會議(?:記錄|紀錄|紀要)|会议(?:记录|纪要)|議事録|회의록)(?:[ \t]+(?:of[ \t]+|from[ \t]+)?[\p{N}./-]{4,10})?$)(?![\w-])/iu;

/** Key results named in a plan's text: `Key results`, `Key-Result`, `KRs`, `KR1.2` (not `kr`, the Swedish crown). */
const KEY_RESULTS_WORDS = /key[ \t-]*results?/i;
const KR_ABBREVIATION = /\bK[Rr]s?\b|\bKR[ \t]?\d/;

/**
 * The plan names its key results somewhere: by the word, or by a heading or label naming a group of them right over a
 * list (`### Success metrics` / `- Reach 500 members`, `**We'll know we're successful when:**` / `- …`).
 */
function namesKeyResults(lines: LineIndex): boolean {
  if (KEY_RESULTS_WORDS.test(lines.text) || KR_ABBREVIATION.test(lines.text)) return true;
  // A group over prose only (`## Testnet Success Criteria` / `Determining success … below in the form of KPIs`) names
  // what the tables below hold; one over a list holds key results of its own.
  let group = false;
  for (let line = 0; line < lines.lineCount; line++) {
    const raw = lines.lineText(line);
    if (raw.trim() === '') continue;
    if (group && (LIST_ITEM_LINE.test(raw) || INDENTED_LIST_LINE.test(raw))) return true;
    const text = raw.replace(/^[ \t]*(?:#{1,6}[ \t]+|(?:[-*+]|\d{1,9}[.)])[ \t]+)?/, '');
    group = text.length <= 120 && readGroupHeading(text) === 'kr';
  }
  return false;
}

/** A heading over no plan, its number before it or not (`# 10. Appendix`). */
function namesNoPlan(name: string): boolean {
  return NO_PLAN_HEADING.test(name.replace(HEADING_NUMBER, ''));
}

/**
 * A heading over a report on how the plan fares (`## Progress`, `## Self-review`, `## Scoreboard`, `## Q3 retrospective`, `## Status
 * update`, `## 진행 상황`, `## 회고`, `## Bilan`, `## وضعیت`): an objective declared again under it restates the plan, it is no
 * new one.
 */
const REVIEW_HEADING =
  /\b(?:progress|(?:self[- ]?)?review|retro(?:spective)?s?|status|updates?|check-?ins?|scor(?:es|ing|ecard|eboard)|grading|evaluation|assessment|reflections?|reports?|recap|wrap[- ]?up|fortschritt|rückblick|bewertung|bilan|avancement|suivi|rétrospective|progreso|avances?|revisión|seguimiento|evaluación|progresso|revisão|avaliação|summary|overview|resumo|resumen|résumé|zusammenfassung|übersicht|riepilogo|samenvatting|overzicht)\b|진행|현황|회고|평가|점검|리뷰|요약|進捗|振り返り|評価|概要|进展|进度|复盘|回顾|评估|总结|汇总|وضعیت|پیشرفت|به‌روزرسانی|بازبینی|گزارش/iu;

/** The most words of a shorter name an objective is restated under by its id. */
const RESTATED_NAME_MAX_WORDS = 4;

/** The words of a text, split at blanks. */
function wordCount(text: string): number {
  return text.trim().split(/\s+/).filter(Boolean).length;
}

/**
 * The objectives declared in headings so far, and in which section: one declared again with the same id and title (or,
 * with no id, the same title) under a report opened after the first is restated; so is one declared again with its id
 * written and a shorter name (`### Objective 1: 핵심 루프 완성` under `## 📊 현재 진행 상황`, the progress report).
 */
class RestatedObjectives {
  private readonly declaredAt = new Map<string, number>();
  /** By id: the section of the first declaration and the number of words its title has. */
  private readonly idDeclaredAt = new Map<string, { section: number; words: number }>();

  add(declared: NodeDeclaration, section: number): void {
    const key = RestatedObjectives.keyOf(declared);
    if (key && !this.declaredAt.has(key)) this.declaredAt.set(key, section);
    const id = declared.id?.toLowerCase();
    if (id && !this.idDeclaredAt.has(id)) this.idDeclaredAt.set(id, { section, words: wordCount(declared.title) });
  }

  restates(declared: NodeDeclaration, reportOpenedAt: number): boolean {
    const key = RestatedObjectives.keyOf(declared);
    const first = key ? this.declaredAt.get(key) : undefined;
    if (first !== undefined) return first < reportOpenedAt;
    // Its id and a name of a few words, half the first title's at most: the next quarter's `O1` states a whole objective.
    const byId = declared.id ? this.idDeclaredAt.get(declared.id.toLowerCase()) : undefined;
    const words = wordCount(declared.title);
    return byId !== undefined && byId.section < reportOpenedAt && words <= RESTATED_NAME_MAX_WORDS && words * 2 <= byId.words;
  }

  private static keyOf(declared: NodeDeclaration): string | undefined {
    const title = declared.title.replace(/[*_`]/g, '').replace(/\s+/g, ' ').trim().toLowerCase();
    return title ? `${declared.id?.toLowerCase() ?? ''}\u0000${title}` : undefined;
  }
}

/**
 * A heading over the craft of writing OKRs (`Writing objectives and key results`, `Setting good OKRs`, `Scoring key
 * results`): it names no group of them, and what it holds is advice, not a plan.
 */
const OKR_CRAFT_HEADING = /^(?:defining|setting|writing|drafting|crafting|choosing|scoring|grading)[ \t]+(?:(?:good|great|better|your|our|the)[ \t]+)?(?:okrs?|objectives|key[ \t]+results|krs|goals)\b/i;

/**
 * `Performance Metrics:`, `**Actions:**`: a name of three words at most closed by a colon, nothing after it; an item so
 * written is a label left empty, and a heading (`### Drivetrain:`, `### Game Specific:`) names a topic of what is under
 * it, no statement of an outcome.
 */
const EMPTY_LABEL = /^(?:\*\*|__)?(?:[\p{L}\p{N}&/-]+[ \t]+){0,2}[\p{L}\p{N}&/-]+(?:\*\*|__)?[ \t]*[:：][ \t]*(?:\*\*|__)?$/u;

/** A heading over how the team works (`How we run the quarter`, `How to score`, `Review process`, `OKR cadence`): what it holds is process, not a plan. */
const PROCESS_HEADING = new RegExp(
  String.raw`^how[ \t]+(?:(?:do|will|can|should|shall|could|would)[ \t]+)?(?:we|to|it)\b|^(?:(?:the|our)[ \t]+)?(?:review|planning|okr|scoring|grading|check-?in|reporting)[ \t]+(?:process|cadence|rhythm)$|${OKR_CRAFT_HEADING.source}`,
  'i',
);

/** `Key Results Manager: Kate Chapman`, `Lead: …`: who is in charge of what is listed, no statement of it. */
const PERSON_NAMED = /^[^:]{0,40}\b(?:manager|owner|lead|dri|sponsor|contact|author|editor)s?[ \t]*:/i;

/** Longer than this, a paragraph after a `Key Results:` label is prose about them, not one of them. */
const PARAGRAPH_KR_MAX_LENGTH = 160;
/** The end of a line that a wrapped sentence goes on from: a comma, a dash, or a word that needs the next. */
/** Words a statement cannot stop on: what it says goes on after them. */
const WORDS_NEEDING_MORE = String.raw`and|or|the|a|an|of|to|with|for`;
const WRAPS_ON = new RegExp(String.raw`(?:[,;\-–—]|\b(?:${WORDS_NEEDING_MORE}|but|in|on|at|by|from|that|which|our|their|its|is|are|will))$`, 'iu');

/** A mark of where work stands, opening an item (in progress, to do, done, blocked, a traffic light): under a key result, its status, no more key results. */
const STATUS_MARK = /^(?:⏳|⌛|🔲|⬜|☐|✅|☑️?|✔️?|❌|✖️?|🚧|🔄|🟢|🟡|🟠|🔴)/u;

/**
 * A link to another page or site, inline or by a reference label (`[Hackathons][blog-hackathons]`), maybe with an aside
 * after it (`[Q1 plan](https://…)（members only）`): a reference to what is
 * written there, not a statement here (`#anchor` links point at this page's own details; `[new site generator][]` names
 * its thing as a statement does).
 */
const LINK_ELSEWHERE = /^\[[^\]]*\](?:\((?!#)[^)]*\)|\[[^\]]+\])(?:[ \t]{0,3}[（(]([^()（）]{1,40})[)）])?$/u;

/**
 * `UI: http://airflow.example.org/admin/`, `Repo: [PyCon ETL](https://…)`, a bare address: where a thing lives, under a
 * short name or none, and no statement.
 */
const LABELLED_LINK = /^(?:[\p{L}][\p{L}\p{N} _-]{0,30}[:：][ \t]*(?:https?:\/\/\S+|\[[^\]]*\]\((?!#)[^)]*\))|https?:\/\/\S+)(?:[ \t]{0,3}[（(]([^()（）]{1,40})[)）])?$/u;

/** A link, maybe with an aside that only says who may read it (no progress, no status: `(70%)`, `(at risk)` report on a node). */
function linksElsewhere(content: string): boolean {
  const link = LABELLED_LINK.exec(content) ?? LINK_ELSEWHERE.exec(content);
  if (link === null || (link[1] !== undefined && (/\d/.test(link[1]) || readStatus(link[1]) !== undefined))) return false;
  // `[$20,000 MRR outside of Utah](https://…sheet)`: a goal linked to where it is tracked states its target here, in
  // money or a share (`[Top 10 feature requests](…)`, `[2023 member survey](…)` name what the page holds).
  return !LINKED_TARGET.test(/\[([^\]]*)\]/.exec(content)?.[1] ?? '');
}

/** Money or a share in a link's text: `$20,000 MRR`, `€5k`, `40% retention`. */
const LINKED_TARGET = /[$€£¥][ \t]?\d|\d[ \t]?%/;

/** A quarter or a half and its year, nothing else: `Q1 2022`, `2022 H2`. */
const PERIOD_ONLY = /^(?:(?:q[1-4]|h[12])[ \t]+(?:19|20)\d{2}|(?:19|20)\d{2}[ \t]+(?:q[1-4]|h[12]))$/i;

/**
 * `- [Q1](#q1)`, `- [2023](#2023)`: a link to this page's own section on a period, one entry of its table of contents, no
 * statement (`- [Grow the community](#grow)` states its node and points at its details).
 */
function linksToAPeriodSection(content: string): boolean {
  const text = /^\[([^\]]{1,40})\]\(#[^)]*\)$/.exec(content)?.[1]?.trim();
  return text !== undefined && (BARE_PERIOD_HEADING.test(text) || YEAR_HEADING.test(text) || PERIOD_ONLY.test(text));
}

/** A name of one to five words in title case (`Off-the-Shelf API Receipts`, `Mindee's REST API`, `Get Started`): no number, no sentence. */
const TITLE_CASE_NAME = /^(?:[\p{Lu}][\p{L}'’.&-]*|of|the|and|for|to|in|on|&)(?:[ \t]+(?:[\p{Lu}][\p{L}'’.&-]*|of|the|and|for|to|in|on|&)){0,4}$/u;

/** A name in title case that opens with no verb (`API Builder`, not `Launch Public Beta`, a milestone). */
function namesAThing(content: string): boolean {
  const first = content.split(/[ \t]/, 1)[0]!.toLowerCase();
  return TITLE_CASE_NAME.test(content) && !TASK_STATEMENT_VERBS.has(first) && !CHANGE_STATEMENT_VERBS.has(first);
}

/** An item written wholly in brackets (`(Scoring note: …)`, `(Also: resolved all the ballot comments)`): an aside on the list. */
const BRACKETED_ASIDE = /^\([^()]*(?:\([^()]*\)[^()]*)*\)[.!]?$/;

/** A list item that names a table's columns: both node keywords, side by side. */
const COLUMN_NAMES = /^(?:\*\*|__)?objectives?\s*[/|,&]\s*(?:key\s*results?|krs?)\b/i;

/**
 * The kind a list item naming a table's columns announces for the other items of its list: objectives over their key
 * results (`Objective / Key Result  Owner(s)  Status`, read as an outline), or key results (`Key Result  Owner(s)  Score`).
 */
function columnNamesKind(content: string): NodeKind | undefined {
  return COLUMN_NAMES.test(content) ? 'objective' : listedColumnsKind(content);
}

/** A label of a word or a few and a colon, nothing after it (`Prototyping activities:`): it names what the items under it are. */
const SHORT_LABEL = /^[A-Za-z][\w'-]*(?:[ \t]+[A-Za-z][\w'-]*){0,3}[ \t]*:$/;

/**
 * A title wholly in bold (`__Beds: Turn the north beds into a kitchen garden__`, `**Grow the Saturday crew**`): no label
 * over what follows (a colon closing it, a note or report name, a group, a known field), and no node keyword.
 */
function isBoldTitle(content: string): boolean {
  const bold = WHOLLY_BOLD_TEXT.exec(content);
  if (!bold) return false;
  const inner = bold[2]!.trim();
  return inner !== '' && !inner.endsWith(':') && !DATE_ONLY.test(inner) && !TIME_MARK.test(inner) && !namesNotes(inner) && !REPORT_LABELS.test(inner) && !readGroupDeclaration(inner) && !readNodeDeclaration(inner) && !isKnownFieldLine(inner);
}

/** `[R1] | ` before a heading's statement: the writer's id, and a bar between them. */
const BRACKETED_ID_BAR = /^\[([A-Za-z]{0,3}\d+(?:\.\d+)*)\][ \t]*\|[ \t]*/;

/** A plain heading read as a key result: its statement after any decoration, and the id in brackets before it (`[R1] | …`). */
function keyResultHeadingDeclaration(body: string, lead: number): NodeDeclaration {
  const id = BRACKETED_ID_BAR.exec(body.slice(lead));
  const titleStart = lead + (id?.[0].length ?? 0);
  return { kind: 'kr', title: body.slice(titleStart), titleStart, ...(id ? { id: id[1]! } : {}) };
}

/** A date alone (`2023-12-09`, `12/09/2023`, `9 December 2023`, `Dec 9, 2023`): when things happen, no objective. */
const MONTH = String.raw`(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]{0,6}\.?`;
/** A note opening with the date it was written: `2018-03-08: Crossed 10k`, `2024-05-01 — shipped`. */
const DATED_NOTE = /^(?:\*\*|__)?\d{4}-\d{1,2}-\d{1,2}(?:\*\*|__)?[ \t]*[:—–-]/;
const DATE_ONLY = new RegExp(String.raw`^(?:\d{4}-\d{1,2}-\d{1,2}|\d{1,2}[./]\d{1,2}[./]\d{2,4}|\d{1,2}\.?[ \t]+${MONTH}[ \t]+\d{4}|${MONTH}[ \t]+\d{1,2}(?:st|nd|rd|th)?,?[ \t]+\d{4})$`, 'i');

/**
 * A point on a timeline alone (`1 month`, `3-6 months in`, `Week 6`, `Phase 2`, `Sprint 3`, a countdown to a launch: `T-7
 * days`, `D-1`, `T+7`): a checkpoint of the work, no objective.
 */
const TIME_MARK = /^(?:(?:after|by|in|within|first|next)[ \t]{1,3})?(?:[TD][ \t]?[-−–+][ \t]?\d{1,3}(?:[ \t]{1,3}(?:hours?|days?|weeks?|months?))?|\d{1,3}(?:[ \t]{0,2}[-–][ \t]{0,2}\d{1,3})?[ \t]{1,3}(?:hours?|days?|weeks?|months?|quarters?|years?)(?:[ \t]{1,3}(?:in|later|after|out|on))?|(?:day|week|month|quarter|year|sprint|phase|stage|step|milestone|iteration|checkpoint)[ \t]{1,3}#?\d{1,3})$/i;

/** A month's name, short or whole, in English, Portuguese or Spanish (`Jan`, `Fev`, `Maio`, `Junho`, `Sept.`). */
const MONTH_NAME = String.raw`(?:jan|fe[bv]|mar|a[bp]r|ma[iy]|jun|jul|a[gu]g|se[pt]t?|o[cu]t|nov|d[ei][cz])[\p{L}]*\.?`;
/** A point or a stretch of time opening a schedule's entry, then its colon: `Jan–Fev:`, `Month 1:`, `Mês 2:`, `Semana 3:`. */
const SCHEDULE_ENTRY = new RegExp(String.raw`^(?:\*\*|__)?(?:${MONTH_NAME}(?:[ \t]*[-–/][ \t]*${MONTH_NAME})?|(?:month|week|m[êe]s|semana|day|dia|d[íi]a)[ \t]{1,3}\d{1,2}(?:[ \t]*[-–][ \t]*\d{1,2})?)(?:\*\*|__)?[ \t]*:`, 'iu');

/** `after month 1 (Aug, 23th)`, `Week 6:`: an item naming a point on a timeline, an aside or a colon after it, heads the work due then. */
function namesATimeMark(content: string): boolean {
  return TIME_MARK.test(content.replace(/:$/, '').replace(CLOSING_ASIDE, '').trimEnd());
}

/** The text inside bold that wraps it whole (`**Implementer tools:**` → `Implementer tools:`), else the text. */
function unbolded(text: string): string {
  const bold = WHOLLY_BOLD_TEXT.exec(text);
  return bold ? bold[2]! : text;
}
const WHOLLY_BOLD_TEXT = /^(\*\*|__)([^*_]+)\1$/;

/**
 * A line wholly in bold (`**Time saved:**`, `**Engage Our Community**:`): its name without the colon, where the name
 * starts, and whether a colon closes it, inside the bold or after it.
 */
function boldTitle(text: string): { name: string; start: number; colon: boolean } | undefined {
  const bold = WHOLLY_BOLD_TEXT.exec(withoutClosingColon(text, /:$/));
  if (!bold) return undefined;
  return { name: withoutClosingColon(bold[2]!, /[:：]$/), start: bold[1]!.length, colon: /[:：][ \t]*$/.test(bold[2]!) || text.endsWith(':') };
}

/**
 * The text without the colon closing it and the blanks before that colon. Cut by hand: `/[ \t]*:$/` tries every start
 * inside a long run of blanks (`**Strategy:` and 40,000 blanks took seconds).
 */
function withoutClosingColon(text: string, colon: RegExp): string {
  return colon.test(text) ? text.slice(0, -1).replace(TRAILING_BLANKS, '') : text;
}

/** Blanks closing a text, found from its end. */
const TRAILING_BLANKS = /(?<![ \t])[ \t]+$/;

/**
 * An item labelled as work done beside the plan (`Unplanned (JM): …`, `Unscheduled: …`, `Not planned: …`, `(Done but not
 * planned for) …`): a record of the period, no node. A statement about unplanned events (`Unplanned downtime falls …`) is no such label.
 */
/** A sentence giving a reason: about the writer or what was just said (`I tripled …`, `This gives me …`), or an activity as its subject (`Learning a new language tends to …`). */
const REASON = /^(?:I|I'm|I've|I'd|my|this|that|it|it's|these|those|because|since|so)\b|^\p{L}+ing\s+(?:\S+\s+){0,8}?(?:tends?|helps?|makes?|gives?|lets?|means?|keeps?|is|are|was|will)\b/iu;

/** The writer speaking as `I` (`Last year I donated 5 times.`, `Weekends I intend to …`): a remark on a goal, no result. */
const WRITER_SPEAKS = /(?:^|[\s,(])I(?:['’](?:m|ve|ll|d))?\s/u;
/** A goal said again in other terms (`Roughly $583.33 each per month`, `That is 3 posts a week`): a remark on it. */
const RESTATED_APPROXIMATELY = /^(?:roughly|approximately|about|around|i\.e\.|that\s+is|which\s+is)\b/iu;

/** A line of the writer's remarks on the goal above it: why it is set, said as `I`, or the goal again in other terms. */
function isRemark(text: string): boolean {
  return REASON.test(text) || WRITER_SPEAKS.test(text) || RESTATED_APPROXIMATELY.test(text);
}

/** A sentence closing on what it covers (`… provides the following:`, `BLP includes:`): the list after it is the scope. */
const INTRODUCES_SCOPE = /\b(?:provides?|includes?|covers?|encompass(?:es)?|consists?\s+of|comprises?|the\s+following)[ \t]*:$/i;

/** An item wholly in italics (`_Did well here_`, `*I only wrote 2 articles …*`), not in bold: a remark. */
const ITALIC_REMARK = /^(_|\*)(?![_*\s])[^_*\n]*[^_*\s]\1$/;

/**
 * A sentence closing on the things the list under it names: `… with the following communities:`, `the following areas:`
 * (not `the following metrics:` or `goals:`, which announce the plan's own).
 */
const FOLLOWING_THINGS = /\bthe[ \t]+following(?![ \t]+(?:[\p{L}-]+[ \t]+){0,2}(?:metrics?|measures?|kpis?|key[ \t]+results?|krs?|objectives?|goals?|targets?|outcomes?|indicators?|results?|milestones?|okrs?|criteria|deliverables?)[ \t]*[:：]$)(?:[ \t]+[\p{L}-]+){0,3}[ \t]*[:：]$/iu;

/** An item giving an example of what the item above names (`e.g. A code of conduct`, `For example: a longer survey`). */
const EXAMPLE_ITEM = /^(?:e\.?g\.|eg\.|for[ \t]+example\b|for[ \t]+instance\b|such[ \t]+as\b)/i;
/** `N/A`, `none`: an item that says there is nothing there. */
const NOTHING_HERE = /^(?:n\/a|none|nothing|—|-)\.?$/i;

const UNPLANNED_ITEM =
  /^(?:(?:\*\*|__)?(?:un(?:planned|scheduled)|not[ \t]+planned)(?:[ \t]+work)?(?:[ \t]*\([^()\n]{1,40}\))?(?:\*\*|__)?[ \t]*:|\((?:done[ \t]+but[ \t]+)?(?:un(?:planned|scheduled)|not[ \t]+planned)\b[^()\n]{0,40}\))/i;

/**
 * A name of one or two words and nothing else: no number, no punctuation but a joining `&`, `-` or `'`. Chinese and
 * Japanese write a sentence with no spaces, so `isBareName` asks more of theirs (`客户成功与市场营销部` is a name).
 */
const BARE_NAME = /^\p{L}[\p{L}'’-]*(?:[ \t]+(?:&[ \t]+)?\p{L}[\p{L}'’-]*)?$/u;
/** Kana particles (two or more) or a run of twelve Chinese or Japanese characters: a sentence written without spaces. */
const HIRAGANA = /\p{Script=Hiragana}/gu;
const LONG_UNSPACED_RUN = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]{12}/u;
function isBareName(content: string): boolean {
  if (!BARE_NAME.test(content)) return false;
  return (content.match(HIRAGANA)?.length ?? 0) < 2 && !LONG_UNSPACED_RUN.test(content);
}

/** The quote markers opening a line: `> `, `> > `. */
const QUOTE_MARKER = /^[ \t]{0,3}(?:>[ \t]?)+/;
/** `**Success measure:**`, `Success metric:`: a label naming how a goal is measured, before the measure. */
const SUCCESS_MEASURE = /^(\*\*|__)?success[ \t]+(?:measure|metric)[ \t]*(?:\1[ \t]*[:：]|[:：][ \t]*\1)[ \t]*(?=\S)/i;
/** A text of four words or more stating a number: a key result's measure. */
function statesAMeasure(text: string | undefined): text is string {
  return text !== undefined && text.split(/\s+/).length >= MIN_QUOTED_STATEMENT_WORDS && findQuantities(text).length > 0;
}

/** A quoted line that may state an objective: plain words first (not a quotation mark, emphasis, markup or a list). */
const QUOTED_STATEMENT = /^\p{L}[^\n]*$/u;
/** `"Stay hungry." — Steve Jobs`, `… (last updated by the team)`: words quoted from someone, or a note on the page. */
const ATTRIBUTED = /[—–][ \t]*\p{Lu}\S*(?:[ \t]+\S+){0,3}$|^(?:last[ \t]+)?(?:updated|edited|written|draft|note|todo|tbd|wip)\b/iu;
/** The fewest words a quote under a named objective says what it means in. */
const MIN_QUOTED_STATEMENT_WORDS = 4;

/** A list item declaring a key result with its keyword (`  - KR: …`, `- **Key result 1:** …`). */
const KEYWORD_KR_ITEM = /(?:^|\n)[ \t]*(?:[-*+]|\d{1,9}[.)])[ \t]+(?:\*\*|__)?(?:kr|key[ \t]+results?)\b/i;
/** The word goal opening a heading (`GOAL 1: …`, `Goal #2 —`). */
const GOAL_WORD = /^goal\b/i;
/** A heading naming goals (`Competition Goals`), not objectives or OKRs. */
const GOALS_WORD = /\bgoals\b/i;
/** A group named as objectives alone (`Objectives:`, `__Objectives__`, `Strategic objectives`), not as OKRs. */
const OBJECTIVES_NAMED = /^(?:[\p{L}-]+[ \t]+)?(?:objectives|objetivos|objectifs)[ \t]*:?$/iu;
/**
 * A heading naming a week or a day of a schedule (`Week 1: …`, `Week 3-4: Content`, `Day 2`): what it lists is that slot's
 * work (`### Month 6 最終目標`, a month's goals, is read as goals).
 */
const SCHEDULE_SLOT_HEADING = /^(?:week|day)[ \t]*\d{1,2}(?:[ \t]*[-–][ \t]*\d{1,2})?(?![\p{L}\p{N}])/iu;

/** A label ending as a question (`**Why it matters?**`, `**왜 중요한가?**:`). */
const ENDS_AS_A_QUESTION = /[?？][ \t]*(?:\*\*|__)?[ \t]*[:：]?$/u;

/** A group named as goals alone (`### Goals`, `Key goals:`), which under an objective are its key results. */
const GOALS_NAMED = /^(?:(?:key|main|our|the|its)[ \t]+)?goals[ \t]*:?$/iu;

/** A bold label's value shorter than this is a note about the node (`**Tracked:** every Monday`), not a node's statement. */
const MIN_STATEMENT_WORDS = 8;
/** A label's name glossed as the objective (`Hedef (Objective)`, `Amaç (Objective)`). */
const OBJECTIVE_GLOSS = /\((?:objective|objetivo|objectif|ziel)\)\s*$/i;

/** A line wholly in bold that names a note and gives its value inside the bold (`**使命：成为…**`). */
const BOLD_NOTE_WITH_VALUE = /^(\*\*|__)[^:：*_]{1,30}[:：][ \t]*[^\s*_]/u;
/**
 * What follows a heading that its reading depends on.
 * `beforeTaskList`: the heading is followed by a task list. A plain heading there is an
 * objective whose key results are the tasks (`### Get gitbase enterprise ready` / `- [ ] Audit logs`).
 * `beforeRankedList`: the heading is right over key results ranked by priority; a plain heading there (no period,
 * notes or process) is their objective, also under another objective's heading.
 * `beforeGoals`: two goal labels or more follow (`**Goal:** …`): a plain heading there is their objective.
 * `beforeKeyResults`: the heading is over a `Key results` label and its list (after prose), or over key results written with
 * their keyword; a plain heading there (no period, notes, work beside the plan, id, set of OKRs or person), outside any
 * objective, is their objective.
 * `beforeIntroducedList`: a sentence introducing a list follows (`At the end of Q1, success looks like:`).
 * `beforeNumberedUnder`: the heading opens with a number and the list right under it numbers its items under that one
 * (`### 3. Customers renew` / `* 3.1 Raise renewal rate …` / `* 3.2 …`): a plain heading there is their objective.
 * `statementBelow`: the first line of a paragraph of prose, or of a quote, right under the heading.
 */
interface HeadingSurroundings {
  beforeTaskList: boolean;
  beforeRankedList: boolean;
  beforeGoals: boolean;
  beforeKeyResults: boolean;
  beforeIntroducedList: boolean;
  beforeNumberedUnder: boolean;
  /** The first list or paragraph under the heading opens with an objective written with its keyword (`- **Objective:** …`). */
  beforeDeclaredObjective: boolean;
  statementBelow?: string;
  /** The statement a label naming the objective (`**Goal:** …`) gives on the first line right under the heading. */
  labelledStatement?: string;
  /**
   * The only plain item of a list right under the heading, over a few lines at most, or the first sentence of a paragraph there
   * stating a number, with no list after it (`### KR1 - Complete Training.` / `Complete a 200km ride by May 22nd …`): a key
   * result named by its topic states it.
   */
  measureBelow?: string;
  /**
   * The measure the first item of the list right under the heading states after a bold label (`* **Nội dung:** **At least
   * 85% of advisers …**`, "content"): a key result named by the kind of measure it is states it so. Read only for one.
   */
  labelledMeasureBelow?: () => string | undefined;
}

/**
 * A sentence stating a state as reached: "The working group has created 7 focus areas …", "Our website includes …". One
 * with a contrast in it, or a level it "is" at ("The current uptime is 97%, below our 99.9% SLA"), tells where things
 * stand: context.
 */
const STATE_REACHED = /^(?:The|Our)[ \t]+(?:[^ \t.]+[ \t]+){0,5}?(has|have|is|are|includes)[ \t]+\S/;
const CONTRAST = /\b(?:below|above|but|however|although|though|yet|still|currently|today)\b/i;
function statesAStateReached(sentence: string): boolean {
  const verb = STATE_REACHED.exec(sentence)?.[1];
  if (verb === undefined || CONTRAST.test(sentence)) return false;
  return !((verb === 'is' || verb === 'are') && /\d/.test(sentence));
}

/** A numbered stage's word and number before a name: `Milestone 1: `, `Phase 2. `. */
const NUMBERED_STAGE = /^\p{L}+[ \t]+\d{1,2}[:.][ \t]+/u;

/** A heading's name of a few capitalised words (`Product Stabilization`, `Stackpacks 2.0 Delivery`), no sentence. */
const HEADING_NAME = /^[\p{Lu}\p{N}][\p{L}\p{N}.&'’-]*(?:[ \t]+[\p{Lu}\p{N}&][\p{L}\p{N}.&'’-]*){0,4}$/u;

/** The name of a label that states an objective: `Goal`, `Objective`, in the plan languages too. */
/** A label naming the kind of measure before a key result's statement: `Example KPI:`, `KPI:`, `Metric:`, `Indicator:`. */
const MEASURE_LABEL = /^(?:(?:example|sample|primary|secondary|key)[ \t]+)?(?:kpi|metric|measure|indicator)s?[ \t]*[:：][ \t]*(?=\S)/i;

/** The most labelled lines (`**Timeline:** Weeks 1-4`) a heading's objective label may come after in its paragraph. */
const MAX_LABELS_BEFORE_STATEMENT = 3;

const OBJECTIVE_LABEL = new RegExp(String.raw`^(?:goal|${OBJECTIVE_WORDS}|目标|目標|목표)$`, 'iu');

/** An objective named in a word to three, with no verb or number (`Use Cases`, `Website`, `Ethics`): a name over its statement. */
const OBJECTIVE_NAME = /^\p{Lu}[\p{L}&'’-]*(?:[ \t]+(?:&[ \t]+)?\p{L}[\p{L}'’-]*){0,2}$/u;

/** A bullet writers type that Markdown reads as text (`·`, `•`, `・`, `●`, `▪`): the line is an item of its own. */
const ODD_BULLET = /^[·•・●▪◦‣]/u;
/** A bold name that says when something is measured or due (`**KR Measurement Deadline**: 7 days after launch`): a note. */
const WHEN_LABEL = /\b(?:deadlines?|due|dates?|timeline|timing|when|measurement)\b/i;
/** Among key results named in bold, a statement of this many words at least is one of them, however short. */
const MIN_NAMED_STATEMENT_WORDS = 3;
/** A key result's value that holds a number may be shorter: a count or a share says what is measured. */
const MIN_COUNTED_STATEMENT_WORDS = 5;

/** A level alone after a metric's name: `10,000/month`, `500+`, `≥ 95%`, `< 2 s`, `$1M ARR` (a number and a unit or a bound, a few words at most; not a date). */
const METRIC_LEVEL = /^(?!\d{1,4}[./-]\d{1,2}[./-]\d{1,4}\b)(?:[<>≤≥~≈]=?[ \t]*)?[$€£]?\d[\d,.]*(?:[kKmMbB]\b)?(?:\+|%|[ \t]*\/[ \t]*[\p{L}]+)?(?:[ \t]+[\p{L}%/+-]+){0,2}$/u;

/** A name in bold closed by a colon, inside the bold or after it, and the blanks after it (`**Ticket volume:** …`). */
const BOLD_NAME = /^(\*\*|__)(.+?)(?::\1|\1[ \t]*:)[ \t]*/;

/**
 * The statement after a bold name that is no known field, report or date label (`**Project Setup**: React + TypeScript
 * project structure created`), if the text is one.
 */
function namedStatementOf(content: string): string | undefined {
  const named = BOLD_NAME.exec(content);
  const statement = named ? content.slice(named[0].length) : '';
  const name = named?.[2]!.trim() ?? '';
  if (statement === '' || fieldKeyOf(name).known || REPORT_LABELS.test(name) || WHEN_LABEL.test(name) || OBJECTIVE_GLOSS.test(name)) return undefined;
  return statement;
}

/** The text after a bold name closed by a colon (`**Mục tiêu:** 60% of requests …`), if the text opens with one. */
function afterBoldName(content: string): string | undefined {
  const named = BOLD_NAME.exec(content);
  return named && named[0].length < content.length ? content.slice(named[0].length) : undefined;
}

/** `**Key Results:** Martin and Bedeho`: a group label that also says who; its nested list holds the group. */
function groupLabelOf(content: string): NodeKind | undefined {
  const field = readFieldLine(content);
  return field ? readGroupDeclaration(field.key) : undefined;
}

/**
 * A tag before a statement: `[P0]`, `[DR]` (its brackets escaped too, `\[STRETCH\]`), `STRETCH:`, `(P1)` (with the owner's initials, `(P5 BP)`; `(P♾️)`), or a score in brackets
 * (`(0.25)`, `(1.0)`, `(0.3 -- started late)`), and a dash between it and the next one (`(P1) - (0.5) …`); a letter numbering
 * the item (`a)`, `b.`) too.
 */
const LEADING_TAG = /^(?:[a-h][.)](?=[ \t])|\[[^\]\n]{1,16}\](?![[(])|\\\[[^\]\\\n]{1,16}\\\](?![[(])|stretch[ \t]*:(?=[ \t])|\((?:p(?:\d|∞|\u267E\uFE0F?)(?:[ \t]+[A-Z]{1,3}(?:\/[A-Z]{1,3})*)?|[A-Z]{1,8}|[01](?:\.\d{1,2})?(?:[ \t]*(?:-{1,2}|\u2013|\u2014|,|;)[^()\n]{0,160})?)\))[ \t]*(?:[-\u2013\u2014][ \t]*(?=[[(]))?/i;

/**
 * A note among ranked lines, no objective over them: a remark in italics (`*End of quarter result: Shipped in M75!*`), an
 * aside in escaped brackets (`\[Measure is: …\]`) or a labelled line (`Measure is: 1 - (bugs_at_end_of_quarter / …)`).
 */
const NOTE_AMONG_RANKED_LINES = /^(?:\\\[|[*_](?![*_])|[\p{L}][\p{L} ]{0,30}:)/u;
/** Tags in emphasis closing a line (`… *#Implement*`): the team's labels, no part of the statement. */
const EMPHASIZED_TAGS = /(?<![ \t])(?:[ \t]+[*_]#[\w-]+[*_])+[ \t]*$/u;
/** A score closing a statement inside its emphasis (`**Implement the existing standards 0.71**`). */
const SCORE_CLOSING_EMPHASIS = /(?<![ \t])[ \t]+[01]\.\d{1,2}(?=(?:\*\*|__)[ \t]*$)/;
/**
 * A priority glued to a statement by a tool's export, after its score or before a capital opening a word (`0.80P12 week
 * SLA …`, `P1No regressions …`, `P1# of open bugs …`; not `P2P networking`).
 */
const GLUED_PRIORITY = /^(?:[01]\.\d{2}P[0-4]|P[0-4](?=#|\p{Lu}(?:\p{Ll}|\p{Lu}+[\p{Ll}\d])))/u;

/** A status update on a node, named for when it was written (`Mid-quarter update: on track`, `EOQ update: …`, `Mid-quarter: …`). */
const STATUS_UPDATE_LEAD = /^(?:\*\*|__)?(?:#{1,6}[ \t]+)?(?:mid[- ]?qu?a?rter|eoq|end[- ]of[- ]quarter|quarter[- ]end)(?:[ \t]+(?:status|update|result|score|review))?(?:\*\*|__)?[ \t]*:/i;

/** A priority before a dash opening a statement (`P1 - Sign off on the spec`, `P2 – …`). */
const DASHED_PRIORITY = /^P[0-4][ \t]*[-–—][ \t]+(?=\S)/;

/** A name wholly in bold, its closing colon inside the bold or after it (`**[P0] (1.0) Problem statement:**`). */
const RANKED_BOLD_NAME = /^(\*\*|__)(.+?):?\1[ \t]*:?$/;

/**
 * `**[P0] (1.0) Problem statement:**`, `[P1] (0.3 -- started late) …`, `(P0) - (1.0) …`, `(P5 BP) - (0.0) …`: a priority in
 * square or round brackets (with the owner's initials in round ones) and a score in round ones, a dash between them or
 * none, before a statement (in bold or not) rank it as `P0 (1.0): …` does.
 */
const BRACKETED_PRIORITY_AND_SCORE = /^(?:\*\*|__)?(?:\[P(?:\d|\?)\]|\(P(?:\d|\?)(?:[ \t]+[A-Z]{1,3}(?:\/[A-Z]{1,3})*)?\))[ \t]*(?:[-\u2013\u2014][ \t]*)?\([01](?:\.\d{1,2})?(?:[ \t]*(?:-{1,2}|\u2013|\u2014|,|;)[^()\n]{0,160})?\)[ \t]*\S/;

/**
 * A priority the team ranks its key results by, written bare before the statement with a score or a note on it, or a
 * colon: `P0: 1.0: …`, `P0: 0.8 (gaps left): …`, `P1 (0.4 -- half done): …`, `P0-JM (0.8): …` (with the owner's initials), `P2 (BP/GC) …`, `P∞: …`,
 * `P1/2: 1.0: …`, or a score written bare after the priority and its owner (`P1 (BP) 1.0 …`, `P5 0.0 …`). A severity class or a percentile opening the statement (`P1 incidents …`, `P95 latency …`) has none of
 * them after it, or more than one digit.
 */
const PRIORITY_AND_SCORE =
  /^\??P(?:\d(?:\/\d)?|∞|X|\?)\??(?:-[A-Z]{1,3}(?:\/[A-Z]{1,3})*)?(?=[ \t]*(?:[:(]|[01]\.\d{1,2}[ \t]))(?:[ \t]*(?::|\([^()\n]{0,160}\)|(?<=:)[ \t]*\d(?:\.\d{1,2})?(?=[ \t]*[:(])|[01]\.\d{1,2}(?=[ \t]))){1,4}[ \t]*:?[ \t]*/;

/**
 * Whether a section's top-level list items are ranked as key results are, half of them at least (`* P2 (0.5; reduced
 * backlog) BP More spec updates`, `* [P1] (0.3) …`, or a name over ranked items, `* Core spec` / `  * (P0) - (1.0) …`): the
 * plain heading over them is their objective, and the sections under it are inside an objective's.
 */
function listsRankedItems(sectionText: string): boolean {
  // Every section is scanned on each parse: one look for an item opening as a rank does spares most of them the split.
  if (!RANKED_ITEM_HINT.test(sectionText)) return false;
  let items = 0;
  let ranked = 0;
  // `* Core spec` / `  * (P0) - (1.0) …`: a name over ranked items counts as one ranked item.
  let nameAbove = false;
  for (const line of sectionText.split('\n').slice(1)) {
    const item = /^ ?[-*+][ \t]+(\S.*)$/.exec(line);
    if (!item) {
      const nested = nameAbove ? /^[ \t]{2,}[-*+][ \t]+(\S.*)$/.exec(line) : null;
      if (nested && ranksAKeyResult(nested[1]!)) {
        ranked++;
        nameAbove = false;
      }
      continue;
    }
    items++;
    const content = item[1]!.trimEnd();
    const isRanked = ranksAKeyResult(content);
    if (isRanked) ranked++;
    nameAbove = !isRanked && namesRankedItems(content);
  }
  return ranked > 0 && 2 * ranked >= items;
}

/** An item opening as `ranksAKeyResult` needs it to (`P…`, `?P…`, `[P…`, `(P…`, `**[P…`), at any depth: a name's ranked items sit under it. */
const RANKED_ITEM_HINT = /^[ \t]*[-*+][ \t]+(?:\??P|(?:\*\*|__)?[[(]P)/m;

/** A key result that makes a thing (`Openly publish an EHI showcase`): ranked items under it name the thing's features. */
const MAKES_A_THING = /^(?:(?:openly|publicly)[ \t]+)?(?:publish|build|create|launch|ship|deliver|develop|release|write|produce|make)\b/i;

/** Fewer words than this after a rank name a part or a stage of the work (`P2 (1.0): rest-hook`, `P3 (0.0): Published`, `P1 (1.0): In the upstream project`), not a key result. */
const MIN_RANKED_STATEMENT_WORDS = 5;

/** How far into an item's text its rank runs (`P0-BP (1.0): `, `[P1] (0.3) `, `(P0) - (1.0) `); 0 when it opens with none. */
function rankLength(content: string): number {
  const bare = PRIORITY_AND_SCORE.exec(content);
  if (bare) return bare[0].length;
  // The bracketed pattern ends on the statement's first character.
  const bracketed = BRACKETED_PRIORITY_AND_SCORE.exec(content);
  return bracketed ? bracketed[0].length - 1 : 0;
}

/** An item that only names what the ranked items under it share: a short label (`Implementer tools:`) or a bare name (`Core spec`). */
function namesRankedItems(content: string): boolean {
  return SHORT_LABEL.test(unbolded(content)) || isBareName(content);
}

/** An item's text opening with a priority and a score (`P0: 1.0: …`, `[P1] (0.3) …`), as a ranked key result does. */
function ranksAKeyResult(content: string): boolean {
  return PRIORITY_AND_SCORE.test(content) || BRACKETED_PRIORITY_AND_SCORE.test(content);
}

/**
 * `P0: 1.0: Publish the guide` on a line of its own under an objective: a key result the team ranks (the priority and
 * the score are stripped from its statement as from any title). The list right under it holds its parts.
 */
function readRankedLine(text: string): NodeDeclaration | undefined {
  const ranked = PRIORITY_AND_SCORE.exec(text);
  return ranked && ranked[0].length < text.length ? { kind: 'kr', title: text, titleStart: 0 } : undefined;
}

/**
 * The statement in a title as written, without the writer's decorations around it: a priority and a score before it
 * (`P0: 1.0: …`), or a priority before a dash and the score after the statement (`P1 - … 0.6`), leading tags
 * (`[P0]`, `[DR]`, `(P1)`), a role before it (`CEO: …`, `VP Sales: …`), and code or emphasis wrapped around the whole (`` `Launch the network` ``,
 * `*Grow …*`), a link around it (`[Ship containment](#o0r0) leviw 0.60`) and an emoji before an emphasised statement. `start` is where it begins in the title.
 */
function statementOf(title: string): { text: string; start: number; role?: { text: string; start: number } } {
  const ranked = PRIORITY_AND_SCORE.exec(title);
  let start = ranked && ranked[0].length < title.length ? ranked[0].length : 0;
  let text = title.slice(start);
  // `P1 - Implement Web Animations v1 0.6`: a priority before a dash, and the score closing what it ranks.
  const dashed = start === 0 ? DASHED_PRIORITY.exec(text) : null;
  if (dashed && dashed[0].length < text.length) {
    start = dashed[0].length;
    text = text.slice(start).replace(TRAILING_SCORE, '');
  }
  const glued = start === 0 ? GLUED_PRIORITY.exec(text) : null;
  if (glued && glued[0].length < text.length) {
    start = glued[0].length;
    text = text.slice(start);
  }
  for (let tag = LEADING_TAG.exec(text); tag; tag = LEADING_TAG.exec(text)) {
    if (tag[0].length === text.length) break;
    start += tag[0].length;
    text = text.slice(tag[0].length);
  }
  // `👥 **Prove that …**`: an emoji the writer put before an emphasised statement.
  const emoji = /^(?:\p{Extended_Pictographic}\uFE0F?[ \t]*)+(?=\*\*|__|`)/u.exec(text);
  if (emoji) {
    start += emoji[0].length;
    text = text.slice(emoji[0].length);
  }
  // `[Ship CSS containment to beta](#o0r0) leviw 0.60`: the statement is the link's text; owners and a score may follow.
  const link = /^\[([^\]]+)\]\([^)\s]*\)/.exec(text);
  if (link && LINK_TRAILER.test(text.slice(link[0].length))) return { text: link[1]!, start: start + 1 };
  // A link whose text goes on to the next line: `[Have a report characterizing layout`.
  if (!link && /^\[[^\]]*$/.test(text)) {
    start += 1;
    text = text.slice(1);
  }
  // A role the writer put before the statement: `CEO: Grow …`, `VP Sales: …`, `Head of Support: …`.
  const role = /^(?:[A-Z]{2,5}|(?:S?VP|Head of|Director of|Chief)[ \t]+[A-Z][\w&/ -]{0,30}?)[ \t]*:[ \t]+(?=\S)/.exec(text);
  const owner = role ? roleNamed(role[0], start) : undefined;
  if (role) {
    start += role[0].length;
    text = text.slice(role[0].length);
  }
  const wrapped = /^(`|\*\*|\*|__|_)([^`*_].*?)\1(?=$|[ \t.,;:])/.exec(text);
  if (wrapped && !wrapped[2]!.includes(wrapped[1]!)) {
    // Keep what follows the wrapped part (`(ewd)`) out of the statement only when it is a tag.
    const rest = text.slice(wrapped[0].length);
    if (/^[ \t]*(?:\([^)]{1,12}\)|[.,;:])?[ \t]*$/.test(rest)) return { text: wrapped[2]!, start: start + wrapped[1]!.length, ...(owner ? { role: owner } : {}) };
  }
  return { text, start, ...(owner ? { role: owner } : {}) };
}

/**
 * A role that answers for a node, as handbooks write one before the statement or its keyword (`CEO: …`, `CRO KR: …`,
 * `VP Engineering: …`, `Head of Support KR: …`): an officer's initials, a vice president, a head, a director or a chief.
 * Other capitals name a tag or a team (`WIP:`, `SEO KR:`), no one.
 */
const ROLE = /^(?:C[A-Z]{1,3}O|S?VP|EVP|(?:S?VP|EVP|Head[ \t]+of|Director[ \t]+of|Chief)[ \t]+[A-Z][\w&/-]*(?:[ \t]+[A-Z&][\w&/-]*){0,3})$/;

/** The role in a written prefix (`CEO: `, `VP Eng KR:`) when it names one, and where it starts (`offset` is where the prefix does). */
function roleNamed(prefix: string, offset: number): { text: string; start: number } | undefined {
  // Cut and trimmed with string search: a pattern with blanks on both sides of a lazy name retries at each blank of a run.
  const colon = prefix.indexOf(':');
  const name = (colon < 0 ? prefix : prefix.slice(0, colon)).trim();
  return ROLE.test(name) ? { text: name, start: offset + prefix.indexOf(name) } : undefined;
}


/**
 * The statement a declaration makes, without what closes its line about the node: the owner in brackets (`Grow the
 * community (Max)`), a status in square brackets (`First paying customer [IN PROGRESS: 40% - Demo scheduled]`) or as a
 * field after its full stop (`… reformulados. **Status**: [Atingido](…)`), a quarter and the progress made (`… Q2 0%-30%`) and, where
 * `scorable`, a score (`Improve Kubernetes skills (60%)`: an objective scored at the end of its line, and the key results
 * under it likewise; under an objective without one, a percentage closing a key result is its level).
 */
function statementParts(declaration: NodeDeclaration, scorable: boolean): { statement: { text: string; start: number }; ownerAside: ReturnType<typeof ownerAside>; role: { text: string; start: number } | undefined; scored: boolean } {
  const { role, ...written } = declaration.kind === 'objective' ? withoutTheme(statementOf(declaration.title)) : statementOf(declaration.title);
  if (declaration.statement !== undefined) return { statement: written, ownerAside: undefined, role, scored: false };
  const aside = ownerAside(written.text);
  const owned = aside ? { text: written.text.slice(0, aside.asideStart), start: written.start } : written;
  const statusAt = statusAsideStart(owned.text) ?? statusFieldAfterStart(owned.text) ?? scheduledProgressStart(owned.text);
  const unscored = statusAt === undefined ? owned : { text: owned.text.slice(0, statusAt), start: owned.start };
  const scoreAt = scorable ? progressAsideStart(unscored.text) : undefined;
  return { statement: scoreAt === undefined ? unscored : { text: unscored.text.slice(0, scoreAt), start: unscored.start }, ownerAside: aside, role, scored: scoreAt !== undefined };
}

/**
 * A theme of one to six words before an objective's statement (`THOUGHT LEADERSHIP: Test out our theory of change …`,
 * `Making AI Transparency the Norm: Test AI transparency …`): the statement is what follows its colon, when that is a
 * sentence of four words or more starting with a capital.
 */
const THEME = /^\p{L}[\p{L}'’&-]*(?:[ \t]+[\p{L}&][\p{L}'’&-]*){0,5}[ \t]*:[ \t]+(?=\p{Lu}\S*(?:[ \t]+\S+){3})/u;

/**
 * An area in bold before an objective's statement (`**Security:** Use advanced security offerings …`, `**Data**: Enhance
 * data accessibility.`): the bold marks it a name, so a statement of two words or more starting with a capital follows it.
 */
const BOLD_AREA_BEFORE_STATEMENT = /^(\*\*|__)(\p{L}[\p{L}'’&-]*(?:[ \t]+[\p{L}&][\p{L}'’&-]*){0,5})[ \t]*(?::\1|\1[ \t]*:)[ \t]+(?=\p{Lu}\S*[ \t]+\S)/u;

function withoutTheme<Statement extends { text: string; start: number }>(statement: Statement): Statement {
  const bold = BOLD_AREA_BEFORE_STATEMENT.exec(statement.text);
  if (bold && !fieldKeyOf(bold[2]!).known) return { ...statement, text: statement.text.slice(bold[0].length), start: statement.start + bold[0].length };
  const theme = THEME.exec(statement.text);
  if (!theme || fieldKeyOf(theme[0].slice(0, theme[0].indexOf(':')).trim()).known) return statement;
  return { ...statement, text: statement.text.slice(theme[0].length), start: statement.start + theme[0].length };
}

/** What may follow a statement written as a link: an owner tag or names, and a score (` \[eae\] 1.0`, ` skobes, ymalik 1.00`). */
const LINK_TRAILER = /^(?:[ \t]*\\?\[[^\]]{1,30}\\?\])?(?:[ \t]+[\p{L}][\p{L}._-]*,?){0,3}[ \t]*(?:[01](?:\.\d{1,2})?)?[ \t]*$/u;

/** A line wholly in HTML bold, with a line break after it at most: `<strong>Key Result A-1: …</strong><br />`. */
const HTML_BOLD_LINE = /^<(strong|b)>([^<>]{1,500})<\/\1>(?:[ \t]*<br[ \t]*\/?>)?$/i;

/** The node a line wholly in HTML bold declares, as the same line in Markdown bold would. */
function readHtmlBoldLine(text: string): NodeDeclaration | undefined {
  const bold = text.startsWith('<') ? HTML_BOLD_LINE.exec(text) : null;
  const declaration = bold && readNodeDeclaration(bold[2]!);
  return declaration ? { ...declaration, titleStart: declaration.titleStart + bold[1]!.length + 2 } : undefined;
}

/** An item defining a term in italics: `_Partner apps_: apps that report to us`, `*AFP*: the feedback programme`. */
const GLOSSARY_ITEM = /^(_|\*)(?![_*\s])[^_*:]{1,40}\1:[ \t]+\S/;

/**
 * A term in bold, maybe after an article, then a few words and a verb saying what it is or does (`The **Title** is the
 * \`Objective\``, `**Labels** with colors define the general theme`, `The **Due Date** defines when the OKR is due`).
 */
const DEFINED_IN_BOLD = /^(?:(?:the|a|an)[ \t]+)?(\*\*|__)[^*_\n]{1,30}\1(?:[ \t]+[\p{L}'’-]+){0,3}?[ \t]+(?:is|are|define|defines|allow|allows|mean|means|hold|holds|show|shows|say|says)\b/iu;

/** A list item or a table row on a line of a section after its first. */
const HOLDS_ITEMS = /\n {0,3}(?:[-*+]|\d{1,9}[.)])[ \t]+\S|\n {0,3}\|/;
const ITEM_LINES = /\n {0,3}(?:[-*+]|\d{1,9}[.)])[ \t]+(\S[^\n]*)|\n {0,3}\|/g;

/**
 * `- **Solo Founder Productivity**: 60% development time` / `- **Customer Onboarding Time**: <2 hours …`: two items or
 * more naming a metric that is no known field over a level with a number, the metrics of the set the heading names.
 */
function listsLabelledMeasures(sectionText: string): boolean {
  if (!HOLDS_ITEMS.test(sectionText)) return false;
  let measures = 0;
  for (const item of matchesOf(ITEM_LINES, sectionText)) {
    const field = item[1] === undefined ? undefined : readFieldLine(item[1].trim());
    if (field && !fieldKeyOf(field.key).known && findQuantities(field.value).length > 0 && ++measures >= 2) return true;
  }
  return false;
}

/** A section holds a list item other than a link (`- [see README](…)`) or a field (`* Baseline: 0 members`), or a table. */
function holdsItemsBesideLinks(sectionText: string): boolean {
  if (!HOLDS_ITEMS.test(sectionText)) return false;
  for (const item of matchesOf(ITEM_LINES, sectionText)) if (item[1] === undefined || !(ONLY_A_LINK.test(item[1].trim()) || readFieldLine(item[1].trim()))) return true;
  return false;
}

/** Names of a group that says what success looks like, not what measures each objective: `Success criteria`, `Measures of success`. */
const SUCCESS_SUMMARY = /^(?:overall[ \t]+)?(?:success[ \t]+(?:criteria|metrics|measures)|measures[ \t]+of[ \t]+success)$/i;

/** An HTML heading element on one line, its text without markup inside: `<h3 id="a">Objective A: …</h3>`. */
const HTML_HEADING = /<h([1-6])\b[^<>]{0,200}>([^<>]{1,500})<\/h\1>/i;
/** An HTML heading's opening tag alone on its line, its text and closing tag on the lines after. */
const HTML_HEADING_OPEN = /^[ \t]*<h([1-6])\b[^<>]{0,200}>[ \t]*$/i;

/** The number a writer put before a plain heading's text (`### 2. Grow the partner network`). */
const HEADING_NUMBER = /^\d{1,3}[.)][ \t]+(?=\S)/;

/** What a sentence introducing an example or the shape to write in says (`the following format:`, `For example:`, `e.g.:`). */
const EXAMPLE_INTRO = /\b(?:for\s+(?:example|instance)|an\s+example|examples?\s+(?:of|below|here)|(?:this|the\s+following)\s+(?:template|structure|pattern|format))\b|\be\.g\./i;

/**
 * What a sentence introducing options still being weighed says (`there are a few other features I'm considering:`, `Some
 * ideas we might try:`): the list under it is no commitment of the plan.
 */
const IDEAS_INTRO = /\b(?:(?:i|we)(?:['’]m|['’]re|\s+am|\s+are)\s+(?:(?:still|also)\s+)?(?:considering|weighing|mulling(?:\s+over)?|toying\s+with)|ideas?\s+(?:i|we)\s+(?:might|could|may))\b/i;

/**
 * What a sentence introducing what others would like says (`Mathesar admins would like:`): their wishes, which the plan
 * answers; the list under it is none of the plan's nodes. The team's own (`We would like to:`) is no such sentence.
 */
const WISHES_INTRO = /^(?![ \t]*(?:we|i)\b)[^:]{1,60}\bwould[ \t]+like(?:[ \t]+to)?[ \t]*:$/i;

/** A label over examples of what not to write (`Poor Key Results:`, `**Bad objectives**`). */
const COUNTER_EXAMPLES = /^(?:\*\*|__)?(?:poor|bad|weak|wrong|not good)\s+(?:examples?\s+of\s+)?(?:key\s+results?|krs|objectives|okrs?)\b/i;

/** The writer's own goals (`my goals`, `our financial goals`) or a period's (`goals for 2024`, `goals for the upcoming year`). */
const OWN_GOALS_ANNOUNCED = /\b(?:(?:my|our)[ \t]+(?:[\p{L}-]+[ \t]+){0,2}(?:goals|resolutions|objectives|targets)|(?:goals|resolutions|objectives|targets)[ \t]+(?:for|in)[ \t]+(?:(?:the[ \t]+)?(?:upcoming|coming|next|new)[ \t]+year|this[ \t]+(?:year|quarter)|next[ \t]+(?:year|quarter)|(?:Q[1-4][ \t]+)?(?:19|20)\d{2}|Q[1-4]|H[12]))\b/iu;

/**
 * A sentence ending where the list of key results begins, colon or not: `Our key results contributing to a successful
 * mission will be`, `… and we'll know we've achieved it when we've`.
 */
const KEY_RESULTS_ANNOUNCED = /(?:\b(?:our|its|their|the[ \t]+team(?:'|’)s)[ \t]+key[ \t]+results\b[^.!?:]{0,80}?[ \t](?:will[ \t]+be|are|include)|\bwe(?:'|’)?ll[ \t]+know[ \t]+we(?:'|’)?(?:ve|re|[ \t]+have)[ \t]+(?:achieved|succeeded|met|reached|done)[^.!?:]{0,40}?[ \t]when(?:[ \t]+we(?:'|’)?(?:ve|[ \t]+have))?)[ \t]*:?$/i;

/**
 * Goals that might be, how goals are set, goals said again, goals not set, missed or reported on: `One of the objectives
 * … might be the following:`, `Here is how we set goals:`, `To recap my goals:` (the goals are read where they are set
 * out), `The following are not our goals:`, `We missed our goals for 2023 because:`, `Progress against our goals for Q3:`.
 */
const SUPPOSED_GOALS = /\b(?:might|could|would|should|may|how|one[ \t]+of|recap(?:ping)?|summ?ari[sz](?:e|ing)|in[ \t]+short|again|not|never|no[ \t]+longer|missed|failed|achieved|met|against|progress|because|why|results?|status|review)\b|n(?:'|’)t\b/i;

/** What stands in the way of goals or key results, or the steps toward them: `risks to our goals`, `what we will do to hit our targets`. */
const STEPS_OR_RISKS = /\b(?:risks?|threats?|obstacles?|challenges?|blockers?|dependenc(?:y|ies)|to[ \t]+(?:hit|reach|meet|achieve|support))\b/i;

/** Where a sentence ends inside a line: a full stop, a question or an exclamation mark before a capital or a quote. */
const SENTENCE_END = /[.!?]["'”’)\]]*[ \t]+(?=[\p{Lu}"“‘'(])/gu;

/** The longest sentence read back from a paragraph's end: an announcement is short. */
const MAX_SENTENCE = 400;

/** Collapsible blocks that list what a team will not do, or keep an archive of earlier plans (`Previous charters (click to expand)`). */
const NOT_OBJECTIVES = /^(?:anti|non)[- ]?goals?\b|^out of scope\b|^not (?:doing|this quarter)\b|^(?:previous|past|earlier|old|older|archived?)\b|\barchive\b|\bclick to (?:expand|show|see)\b/i;

/** The kind of measure a key result is: `Leading`, `Lagging indicator`, `Quality metric`. */
const MEASURE_KIND = String.raw`(?:leading|lagging|quality|health|guardrail|counter)(?:[ \t]+(?:indicator|metric|measure))?`;
/**
 * `### KR1 — Leading (dự báo, sửa kịp)`, `#### KR2: Chỉ số trễ (Lagging Metric - …)`: a key result's heading that names only
 * the kind of measure it is, in English or in brackets after the plan's own words; its statement is below.
 */
const NAMES_KIND_OF_MEASURE = new RegExp(String.raw`^(?:${MEASURE_KIND}(?:[ \t]*[（(][^()（）\n]{1,80}[)）])?|[^()（）\n:：]{1,40}[（(][ \t]*${MEASURE_KIND}(?:[ \t]*[-–—:][^()（）\n]{0,80})?[)）])$`, 'iu');

/** Headings that hold only an id or the bare keyword: an objective's (`O1`, `Objective`, `Objective #1`), or a key result's (`O1KR2`, `KR 1.2`, `Key Result`). */
const ID_ONLY_HEADINGS: { kind: NodeKind; re: RegExp }[] = [
  // `## Mission`, `## Our mission`, `## Mission & Vision` over the statement: the mission, its statement below.
  { kind: 'mission', re: /^(?:(?:our|the|team|company)[ \t]+)?(?:mission|ミッション|미션)(?:[ \t]+statement)?(?:[ \t]*(?:&|and)[ \t]*(?:vision|context|values|purpose))?$/i },
  // The organisation named first, its mission statement or its mission in the possessive: `# .Gov mission statement`,
  // `## Acme’s mission` (not `## Customer mission`, a theme, nor `## Secondary mission`).
  { kind: 'mission', re: /^(?:[\p{L}\p{N}.&-]+[ \t]+){0,1}[\p{L}\p{N}.&-]+(?:[ \t]+mission[ \t]+statement|['’]s[ \t]+mission(?:[ \t]+statement)?)$/iu },
  // `### Sample Objective`, `### Our objective`, `### Our 3–5 year objective is:`: words before the keyword that only say
  // whose, what kind or for how long.
  // The keyword may be written in the other languages plans are read in (`## Objetivo`).
  { kind: 'objective', re: new RegExp(String.raw`^(?:o-?\d+|(?:(?:sample|example|our|team|company|the)[ \t]+)?(?:\d+(?:[ \t]*[-–][ \t]*\d+)?[ \t-]+years?[ \t]+)?(?:${OBJECTIVE_WORDS})(?:(?:[ \t]*[#-])?[ \t]*\w*\d\w*)?(?:[ \t]+is)?)$`, 'iu') },
  // `## O` over the objective and `## KR` over its key results: the short label alone, a capital O.
  { kind: 'objective', re: /^O$/ },
  // `### Goal 1`, `### Mål 1` (Norwegian, Swedish, Danish), `### Doel 2` (Dutch) over the goal's statement, and
  // `#### Sub-goal 1.1`, `#### Delmål 1.1` under it over a key result's: numbered goals and their parts.
  { kind: 'objective', re: /^(?:goal|mål|doel)(?:[ \t]*#)?[ \t]*\d{1,2}$/iu },
  { kind: 'kr', re: /^(?:sub-?goal|delmål|subdoel)(?:[ \t]*#)?[ \t]*\d{1,2}(?:\.\d{1,2}){0,2}$/iu },
  // `### Aim 1`, `### Specific Aim 2` over the aim in bold: a research plan's objectives, numbered as grants number them.
  { kind: 'objective', re: /^(?:specific[ \t]+)?aim(?:[ \t]*#)?[ \t]*\d{1,2}$/i },
  { kind: 'kr', re: /^(?:(?:o-?\d+[ .-]?)?kr[ -]?#?\d+(?:\.\d+)*|key result(?:(?:[ \t]*#)?[ \t]*\d+(?:\.\d+)*)?)$/i },
];

/** `Metrics:`, `Metric`, `Measures`, `KPIs`: under an objective's heading, the heading over its key results. */
const METRICS_HEADING = /^(?:metrics?|measures?|kpis?|success metric)[ \t]*[:：]?$/i;

/** A closing aside in brackets (`Objective 1（核心目标）`, `Objective 2 (tech depth)`): what kind of objective, no statement. */
const CLOSING_ASIDE = /[ \t]{0,3}[（(][^()（）]{1,40}[)）][ \t]{0,3}$/u;

/** The kind of node a heading holding only an id or the bare keyword announces (an emoji before it and an aside after it aside). */
function idOnlyHeadingKind(body: string): NodeKind | undefined {
  // `### Our mission:`: a colon closing the name announces what follows (trimmed, not matched: a pattern with blanks
  // before the colon would try every blank of a long run).
  const named = body.slice(decorationLength(body)).replace(CLOSING_ASIDE, '').trimEnd();
  const name = named.endsWith(':') || named.endsWith('：') ? named.slice(0, -1).trimEnd() : named;
  return ID_ONLY_HEADINGS.find(({ re }) => re.test(name))?.kind;
}

/** The keyword alone on a line, maybe wholly in emphasis and numbered (`**Objective**`, `OBJECTIVE`, `_Key result 2_`). */
function keywordAloneKind(line: string): NodeKind | undefined {
  const name = WHOLLY_EMPHASIZED.exec(line)?.[2] ?? line;
  if (!/^(?:objective|key[ \t]+result)\b/i.test(name)) return undefined;
  const kind = idOnlyHeadingKind(name);
  return kind === 'objective' || kind === 'kr' ? kind : undefined;
}

/**
 * The keyword alone on a line over the statement on the next (`OBJECTIVE` / `Grow the community`); not over a quotation,
 * a slide's caption (`OBJECTIVE` / `„Where do I need to go?“`).
 */
function keywordAloneOverStatement(line: string, next: string): NodeKind | undefined {
  return QUOTATION_OPENER.test(next.trimStart()) ? undefined : keywordAloneKind(line);
}

/** Opening quotation marks: a line opening with one quotes someone. */
const QUOTATION_OPENER = /^["„“”«»‘‚'「『]/u;

/** The end of a line whose sentence goes on to the next: an article, a possessive, a demonstrative or a preposition (`… closer to your`). */
const ENDS_MID_SENTENCE = /(?:^|[^\p{L}\p{N}'’-])(?:a|an|the|your|our|their|my|his|her|its|this|these|those|each|every|of|to|for|with|from|into|towards?)[ \t]*$/iu;

/** A line wholly in emphasis: `**…**`, `__…__`, `*…*` or `_…_`, the text inside its second group. */
const WHOLLY_EMPHASIZED = /^(\*\*|__|\*|_)(?![*_\s])(.*?[^*_\s])\1$/;

/** A heading that names the plan's OKRs (`OKRs for Q3 2018`, `Objectives and key results`). */
const NAMES_OKRS = /\bOKRs?\b|\bobjectives\b/i;

/** More items than this in one flat list are more than a team's objectives: twice the most objectives a plan keeps. */
const MOST_OBJECTIVES_OF_A_PAGE = 10;

/** A page's title naming its OKRs (`2020-q2 OKRs`, `Q3 OKR`). */
const OKRS_TITLE = /\bOKRs?\b/i;

/**
 * The acronym, which names a set of objectives and key results where `Objectives` names objectives alone; and `Goals`,
 * which organisations write over their objectives and over the measured goals of one program alike (`## Goals` / `- 6500
 * members by the end of 2022`), in Chinese, Japanese and Korean too (`## 2022年目标`).
 */
const OKR_ACRONYM = /\bOKRs?\b|\bgoals\b|目标|目標|목표/i;

/**
 * A heading on the method of OKRs, its tools or its questions, not the name of a set of them: a question word or "about"
 * first (`How we use OKRs`, `About OKRs`, `Related OKRs`), a word of the method after the acronym (`OKR FAQ`, `OKR
 * resources`, `OKR tool`), or a question.
 */
const ABOUT_OKRS = /^(?:how|why|what|when|who|about|related|using)\b|\bOKRs?[ \t]+(?:faqs?|resources?|tools?|guides?|examples?|samples?|templates?|tips|principles?|framework|process|intro(?:duction)?|overview|history|reading|training|workshops?)\b|\b(?:examples?|samples?|templates?)\b|\?/i;

/** `Objectives`, `Our objectives for 2026`, `Team objectives`, `Core objectives`: the plan's objectives named, not a course's or a page's. */
const OUR_OBJECTIVES = /^(?:(?:our|team|company|(?:\S+[ \t]+)?team's)[ \t]+)?(?:(?:core|key|main|primary|strategic|top|major|overall|annual|quarterly|yearly)[ \t]+)?(?:(?:goals|metas|ziele|buts)[ \t]+(?:and|e|y|und|et)[ \t]+)?(?:objectives|objetivos|objectifs|ziele|obiettivi)(?:[ \t]+(?:for|in|of|do|da|de|des|du|der|von|per|del)[ \t]+[^?]+)?$/i;

/**
 * A heading that names a set of the plan's OKRs: the word `OKRs` with a period, a team or a name around it (`Q3 OKRs`,
 * `2017 OKRs ACME`, `Developer Tools team OKRs`), `Objectives and key results`, or the plan's objectives (`Our objectives
 * for 2026`); not one on the method (`How we use OKRs`, `OKR FAQ`), nor a node's own heading.
 */
function namesTheSetOfOkrs(name: string): boolean {
  // Most headings name no OKRs: one cheap look spares the patterns below.
  if (!NAMES_OKRS.test(name) && !/\b(?:goals|resolutions|objetivos|objectifs|ziele|obiettivi)\b/i.test(name)) return false;
  // `🎯 OKR à 6 mois`: a non-breaking space after an emoji separates words as a space does.
  const trimmed = name.replace(/\u00a0/g, ' ').trim();
  const set = /^(?:[^\s?]+[ \t]+){0,6}(?:OKRs?|objectives[ \t]+(?:and|&)[ \t]+key[ \t]+results)(?:[ \t]+[^\s?]+){0,6}$/i.test(trimmed) || OUR_OBJECTIVES.test(trimmed) || PERIOD_GOALS.test(trimmed);
  return set && !ABOUT_OKRS.test(trimmed) && !PROCESS_HEADING.test(trimmed) && !NO_PLAN_HEADING.test(trimmed) && !COUNTER_EXAMPLES.test(trimmed) && !readNodeDeclaration(trimmed);
}

/**
 * A heading naming key performance indicators or key metrics, with up to two words before: `Key performance indicators`,
 * `Platform reliability KPIs`, `Metrics and KPIs`, `Our 2020/2021 key metrics are:`.
 */
const KPI_HEADING = /^(?:[\p{L}\p{N}/–-]+[ \t]+){0,2}(?:key[ \t]+performance[ \t]+indicators|(?:metrics[ \t]+(?:and|&)[ \t]+)?kpis|key[ \t]+metrics)(?:[ \t]+are)?[ \t]*:?$/iu;

/** A field's name in English written as a heading over its value (`##### target`, `### owner`); `## Meta` names a company. */
const FIELD_HEADING = /^(?:current(?:[ \t]+(?:value|level|state))?|target|baseline|owners?|status|score|progress|confidence)$/i;

/** Names of facts about a piece of work, not metrics (`Budget: $50k`, `Team size: 4 engineers`, `Launch date: September 30`). */
const FACT_OF_THE_WORK = /^(?:budget|costs?|price|team(?:[ \t]+size)?|size|headcount|staff(?:ing)?|(?:launch|due|start|end|release)?[ \t]*date|deadline|timeline|duration|location|version)$/i;

/** A bar or a change with a level: `> 3.5/5`, `7.5 (+0.5)`, `+15`, `40%`, `at least 3`, `4.2/5`. */
const LEVEL_CUE = /[<>≤≥]|\(\s*[+-]\s?\d|(?:^|\s)[+-]\s?\d|\d\s?%|\d\s?\/\s?\d|\b(?:at\s+(?:least|most)|or\s+(?:more|less)|target)\b/i;

/** The acronym or `objectives`, also glued to Chinese or Japanese words (`2022年OKR`, `产品团队OKR`). */
const NAMES_OKRS_OR_CJK = /(?:\b|(?<=\p{Script=Han}))OKRs?\b|\bobjectives\b/iu;
/** Example OKRs named: `Content Marketing OKR Examples`, `Examples of OKRs`, `Sample OKRs`. */
const EXAMPLE_OKRS = /\bOKRs?[ \t]+(?:examples?|samples?)\b|\b(?:examples?|samples?)[ \t]+(?:of[ \t]+)?OKRs?\b|\bsample[ \t]+OKRs?\b/i;

/** A heading naming a set of example OKRs, not asking about them (`Why OKR examples help`, `What makes a good OKR example?`). */
function namesExampleOkrs(name: string): boolean {
  return EXAMPLE_OKRS.test(name) && !name.includes('?') && !/^(?:how|why|what|when|who|about)\b/i.test(name);
}

/**
 * `Q2 OKR Retrospective`, `OKR review notes`, `Lessons learned from our OKRs`, `Non-objectives`: a look back at a set of
 * OKRs, or what is not one, no set of them (`Code Review Guild OKRs` is a team's set).
 */
const LOOKS_BACK_ON_OKRS = /\bOKRs?[ \t]+(?:retro(?:spective)?s?|reviews?|recap|notes|reflections?|post-?mortem)\b|\b(?:retro(?:spective)?s?|reviews?|lessons(?:[ \t]+learned)?|learnings?|reflections?|recap)[ \t]+(?:of|from|on)\b|\bnon-?[ \t]?objectives\b/i;

/** A short plain title: one to four words of letters, no sentence punctuation (`Scale Product`, `Revenue`). */
const PLAIN_TITLE = /^\p{L}[\p{L}'’-]*(?:[ \t]+(?:&[ \t]+)?\p{L}[\p{L}'’-]*){0,3}$/u;

/**
 * A singular keyword alone, in bold (`**Objective**`, `__Key Result__`) or plain (`Objective`), as a page's text keeps a
 * section title: a label whose statement follows. A page copied from a wiki keeps each title's edit link (`Objective[edit]`).
 */
const BARE_KEYWORD_LABEL = new RegExp(String.raw`^(?:(\*\*|__)(${OBJECTIVE_WORDS}|${KR_WORDS})\1|(${OBJECTIVE_WORDS}|${KR_NAME_WORDS}))$`, 'iu');

/** The edit link a wiki page's text keeps after each section title: `Key Results[edit]`. */
const WIKI_EDIT_LINK = /(?<=\S)\[edit\]$/;

/** A label line without the edit link a copied wiki page leaves after it. */
function withoutEditLink(text: string): string {
  return text.replace(WIKI_EDIT_LINK, '');
}

/** An area name of a word or two, a colon, then a statement of three words or more (`Growth: Capture leads from web3`). */
const AREA_STATEMENT = /^(\p{L}[\p{L}'’-]*(?:[ \t]+\p{L}[\p{L}'’-]*)?):[ \t]+(\p{L}\S*(?:[ \t]+\S+){2,})$/u;

/** A line that is bold from start to end (`**Grow the community**`, `**Grow the community**:`). */
/** A line wholly in bold, a word in italics inside allowed (`**Reach 200 subscribers to the *newsletter***`). */
// An underscore between letters is part of a word (`api_latency`); one after a blank opens italics: no underscore can be
// read both ways, which would try every split of a long run of them.
const WHOLLY_BOLD = /^(\*\*|__)(?!\s)(?:[^*_]|(?<=[\p{L}\p{N}])_(?=[\p{L}\p{N}])|\*(?![*\s])[^*\n]*?[^*\s]\*(?=\*\*|[^*]|$)|(?<![\p{L}\p{N}])_(?![_\s])[^_\n]*?[^_\s]_(?![\p{L}\p{N}])(?=__|[^_]|$))+?\1[ \t]*:?$/u;

/**
 * `**Strategy:**`, `Tactics:`: a label, closed by its colon, over how an objective will be pursued, and `**ML Pipeline
 * Components:**` (`Технологические компоненты`) over the parts of what is built; the list under it is the means, no key
 * results. (A heading named `Strategy` under a `Targets` heading may still group key results.)
 */
const MEANS_LABEL = /^(\*\*|__)?(?:(?:our|the)[ \t]+)?(?:strateg(?:y|ies)|tactics?|(?:[\p{L}-]+[ \t]+){0,3}(?:components|компоненты|компоненти|componentes|composants|komponenten))(?:\1)?[ \t]*[:：][ \t]*(?:\1)?$/iu;

/** A bold name alone on its line, with no colon (`**Weight and health**`): under a `Key Results` heading, a theme of them. */
const BOLD_THEME = /^(\*\*|__)(?!\s)[^*_:]+?\1$/;

/** A list item that is nothing but a link (`[Project OKRs](#project-okrs)`). */
const ONLY_A_LINK = /^\[[^\]]*\]\([^)]*\)$/;

/**
 * `**Goal:** …`, `Goal: …`, `* Goal: …`: a goal named by its label. Two or more under a plain heading are that heading's
 * key results (`Technical` / `**Goal:** complete the telemetry features` / `**Goal:** migrate the remaining templates`);
 * one alone, or outside such a heading, is prose ("goal" names objectives as often as key results).
 */
const GOAL_LABEL = /^(?:(\*\*|__)goal[ \t]*(?::[ \t]*\1|\1[ \t]*:)|goal[ \t]*:)[ \t]*(?=\S)/i;

/** A label over the measures of a goal in the same list: `**Metrics for success:**`, `**Metrics:**`, `Success measures:`. */
// Read on the trimmed text, each run of blanks one way only: an empty `\1` would otherwise set two runs side by side.
const METRICS_LABEL = /^(\*\*|__)?(?:(?:key[ \t]+|success[ \t]+)?(?:metrics|measures)(?:[ \t]+(?:for|of)[ \t]+success)?|kpis)(?:\1[ \t]*:|:[ \t]*\1)$/i;

/** A bold name naming what a goal should bring about (`**Outcomes**:`, `**Expected outcome:**`, `**Success looks like**:`). */
const OUTCOMES_NAME = /^(?:(?:expected|desired|intended|key)[ \t]+)?(?:outcomes?|(?:what[ \t]+)?success[ \t]+looks[ \t]+like)$/i;

/** A metric's goal nested under its name: `Goal: 10,000,000`, `Goal: <= 5 seconds (99th percentile)`. */
const METRIC_GOAL = /^goal[ \t]*:[ \t]*(\S.*)$/i;
/** The most words a metric's name over its goal runs to (`End-to-end pod startup time`). */
const MAX_METRIC_NAME_WORDS = 8;

/** Names of a document's metadata in its header: its authors, dates, category, tracking issue and who votes on it. */
const DOCUMENT_METADATA = /^(?:authors?|start[ \t]+date|(?:created|updated|last[ \t]+updated|published)(?:[ \t]+(?:on|at|date))?|date|categor(?:y|ies)|type|tracking[ \t]+issue|(?:original[ \t]+)?(?:[\p{L}]+[ \t]+)?pr|discussions?|voting[ \t]+requirements?|reviewers?|version|feature[ \t]+name|champions?|shepherds?)$/iu;

/** A heading naming a set of measures by its theme (`Technical Performance Targets`, `Product-Market Fit Indicators`). */
const NAMES_A_SET_OF_MEASURES = /\b(?:metrics|targets|indicators|kpis|measures)$/i;

/** A heading that names who does the work: a note over a list of people, but over goals the team's objective. */
const WHO_HEADING = /^(?:team|team[ \t]+members|members|people)$/i;

/** Goals beside the goals, named by their label (`**Extra:** …`, `Stretch goal: …`, `**Ongoing:** …`): key results only where goals are. */
const SIDE_GOAL_LABEL = /^(?:(\*\*|__)(?:extra|stretch(?:[ \t]+goal)?|ongoing|bonus)[ \t]*(?::[ \t]*\1|\1[ \t]*:)|(?:extra|stretch(?:[ \t]+goal)?|ongoing|bonus)[ \t]*:)[ \t]*(?=\S)/i;

/** The objective a goal label declares over the measures listed beside it (`**Goal:** Create a single source of truth …`). */
function goalObjective(text: string): NodeDeclaration {
  const label = GOAL_LABEL.exec(text)!;
  return { kind: 'objective', title: text.slice(label[0].length).trimEnd(), titleStart: label[0].length };
}

/** The key result a goal label (or, beside goals, a stretch, extra or ongoing one) declares, where goals are key results. */
function readGoalLabel(text: string): NodeDeclaration | undefined {
  const label = GOAL_LABEL.exec(text) ?? SIDE_GOAL_LABEL.exec(text);
  return label ? { kind: 'kr', title: text.slice(label[0].length).trimEnd(), titleStart: label[0].length } : undefined;
}

/** Chain order: a node nests under the nearest node of a lower rank. */
const RANK: Record<NodeKind, number> = { mission: 0, objective: 1, kr: 2, initiative: 3 };

/** What plain list items under a node of this kind are: key results under an objective. */
function implicitUnder(node: PlanNode | undefined): NodeKind | undefined {
  return node?.kind === 'objective' ? 'kr' : undefined;
}

/**
 * A heading-delimited section parsed on its own. Its nodes carry section-relative ranges
 * and only the nesting visible inside the section; `assemble` places them in the plan.
 * Parsed sections are immutable, so they can be reused across versions of a document.
 */
export interface ParsedSection {
  nodes: LineNode[];
  headings: SectionHeading[];
  /** What could not be read in this section, with section-relative ranges. */
  problems: Plan['textProblems'];
  /** Text that looks like a node but was not read as one, with section-relative ranges. */
  unread: UnreadText[];
  /** Set when the nodes were read with their place in the plan (a one-off parse): their ranges are absolute and they are used as they are. */
  placed?: Placement;
  /** The section's heading is a key result graded as Google grades: it nests under the objective graded before it, whatever its depth. */
  gradedKeyResult?: true;
}

/** Where a section starts in its plan: lines before it, and characters before its text on its first line (a byte-order mark). */
interface Placement {
  lines: number;
  chars: number;
}

const AT_TOP: Placement = { lines: 0, chars: 0 };

/**
 * Lines indented further than this (about 100 list levels) are not read as Markdown: no plan
 * nests that deep, and Markdown parsers take quadratic time and deep recursion on them.
 */
export const MAX_INDENT = 200;

/** The same for quote and list markers before a line's text (`> > > …`, `- > - > …`), which nest without indenting. */
export const MAX_CONTAINER_MARKERS = 100;

/** Container markers at the start of a line: quotes, and list markers followed by a space. */
const CONTAINER_MARKER = /[ \t]*(?:>|(?:[-*+]|\d{1,9}[.)])(?=[ \t]))/y;

function tooDeep(line: string): boolean {
  if (line.length - line.trimStart().length > MAX_INDENT) return true;
  CONTAINER_MARKER.lastIndex = 0;
  let markers = 0;
  while (CONTAINER_MARKER.test(line)) if (++markers > MAX_CONTAINER_MARKERS) return true;
  return false;
}

/** How a line that may be too deep starts. */
const DEEP_LINE_START = ` {${MAX_INDENT + 1}}|(?:[ \\t]*(?:[->*+]|\\d{1,9}[.)])){${MAX_CONTAINER_MARKERS + 1}}`;
/**
 * Whether any line may be too deep: a cheap test over the whole text before looking line by line.
 * The first line is tested on its own: a newline put before the text made a copy of it at each
 * parse, and past 128 KB V8 makes such a copy a large object, at several times the cost.
 */
const MAY_BE_TOO_DEEP = new RegExp(`\\n(?:${DEEP_LINE_START})`);
const FIRST_LINE_MAY_BE_TOO_DEEP = new RegExp(`^(?:${DEEP_LINE_START})`);

/** Blanks out over-nested lines (keeping line count and offsets) and says where. */
function withoutDeepLines(text: string): { text: string; problems: Plan['textProblems'] } {
  if (!FIRST_LINE_MAY_BE_TOO_DEEP.test(text) && !MAY_BE_TOO_DEEP.test(text)) return { text, problems: [] };
  const lines = text.split('\n');
  let first = -1;
  const kept = lines.map((line, index) => {
    if (!tooDeep(line)) return line;
    if (first < 0) first = index;
    return ' '.repeat(line.length);
  });
  if (first < 0) return { text, problems: [] };
  const range = { start: { line: first, character: 0 }, end: { line: first, character: 0 } };
  const message = `Lines nested deeper than ${MAX_INDENT} columns or ${MAX_CONTAINER_MARKERS} quotes and lists are not read (from this line on).`;
  return { text: kept.join('\n'), problems: [{ message, range }] };
}

/**
 * Parsed sections by their exact text. Keep one per document and pass it to every
 * `parsePlan` of that document: an edit then re-parses only the sections it touched.
 */
export class SectionCache {
  private readonly sections = new RecentlyUsed<ParsedSection>();
  /** Sections parsed (not reused) by the last `parsePlan`. */
  parsedLastTime = 0;

  get(text: string, context: SectionContext = NO_CONTEXT): ParsedSection {
    return this.sections.get(sectionKey(text, context), () => {
      this.parsedLastTime++;
      return parseSection(text, false, undefined, context);
    });
  }

  /** The front matter read last, by its text (an own copy): an edit below it leaves it as it was. */
  private frontMatterRead: { text: string; value: NonNullable<Plan['frontMatter']> } | undefined;

  /** The front matter written as `text`, read again only when the text changed. */
  frontMatter(text: string, read: () => NonNullable<Plan['frontMatter']>): NonNullable<Plan['frontMatter']> {
    if (this.frontMatterRead?.text !== text) this.frontMatterRead = { text: freshCopy(text), value: read() };
    return this.frontMatterRead.value;
  }

  /** Forgets sections the last parse did not use. */
  endParse(): void {
    this.sections.endPass();
  }

  beginParse(): void {
    this.parsedLastTime = 0;
  }
}

/**
 * Parses one plan. Never throws on any text. `textProblems` come from reading the file (e.g.
 * invalid UTF-8). With a `cache` (one per open document), unchanged sections are reused;
 * without one, each section is read straight into its place in the plan.
 */
export function parsePlan(file: string, text: string, textProblems: Plan['textProblems'] = [], cache?: SectionCache): Plan {
  const lines = new LineIndex(text);
  const scan = scanLines(lines);
  const plan: Plan = {
    file,
    text,
    lineCount: lines.lineCount,
    textLength: text.length,
    nodes: [],
    suppressions: scan.suppressions,
    textProblems: [...textProblems],
    unread: [],
    sections: [],
  };
  if (scan.frontMatter) {
    const block = scan.frontMatter;
    const read = (): NonNullable<Plan['frontMatter']> => parseFrontMatter(lines, block);
    const end = block.endLine + 1 < lines.lineCount ? lines.lineStarts[block.endLine + 1]! : text.length;
    plan.frontMatter = cache ? cache.frontMatter(text.slice(0, end), read) : read();
  }
  cache?.beginParse();
  const assembler = new Assembler(plan, lines);
  for (const { text: sectionText, startLine, firstLineChars, context } of sectionsOf(lines, scan.sections, titleOf(plan.frontMatter))) {
    const parsed = cache ? cache.get(sectionText, context) : parseSection(sectionText, false, { lines: startLine, chars: firstLineChars }, context);
    plan.sections.push({ ...(cache ? { text: sectionKey(sectionText, context) } : {}), startLine, firstLineChars, firstNode: plan.nodes.length, nodeCount: parsed.nodes.length });
    assembler.add(parsed, startLine, firstLineChars);
  }
  cache?.endParse();
  assembler.finish();
  assignDerivedIds(plan.nodes);
  const nodeLines = new Set(plan.nodes.map((n) => n.range.start.line));
  const titleValue = plan.frontMatter?.data['title'];
  const titleRange = plan.frontMatter?.keyRanges['title'];
  const frontMatterTitle = typeof titleValue === 'string' && titleRange ? { text: titleValue, line: titleRange.start.line } : undefined;
  const statedPeriod = plan.frontMatter?.period === undefined ? readStatedPeriod(lines, scan, (line) => nodeLines.has(line), frontMatterTitle) : undefined;
  if (statedPeriod) plan.statedPeriod = statedPeriod;
  return plan;
}

/**
 * What a section's reading takes from outside it, for a heading over a task list: it is an
 * objective only when no node heading encloses it, and not when it is a theme (a single task
 * with the next heading nested under it).
 */
interface SectionContext {
  /** A heading in an earlier section that declares a node encloses this section. */
  underNode: boolean;
  /** The next section's heading nests under this section's heading. */
  overHeadings: boolean;
  /** The node heading that encloses this section is no mission: an outline here is no set of objectives of its own. */
  underObjective?: boolean;
  /** A heading in an earlier section names ideas for later or work beside the plan (`# Future scope / Ideas`, `## Keeping the lights on`): what it holds is no plan. */
  underNoPlan?: boolean;
  /** A heading in an earlier section names a `Key results` group: a plain heading under it names a theme of key results, no objective. */
  underKeyResults?: boolean;
  /**
   * An earlier section's heading declared an objective, and a list, a table or a key-result heading followed it: a
   * `Success criteria` heading outside any objective after them, over a sentence introducing a list, sums up the plan.
   */
  afterObjectives?: boolean;
  /**
   * This section's plain heading is an objective: it names an area of the period named just above it (`# OKRs for Q2
   * 2018` then `# scale current platform`), or it stands over a `Key Results` sub-heading.
   */
  areaOfPeriod?: boolean;
  /** A heading in an earlier section names the set of OKRs (`# Objectives and Key Results`): a period under it is one of the plan's. */
  underOkrs?: boolean;
  /** This section's heading is a numbered goal (`### Goal #1: …`) under a title, a group or a set of OKRs only: an objective. */
  goalHeading?: boolean;
  /** This section's `Objectives` list is said again, each item over its key results, under a `Key Results` heading below: a summary. */
  summarisedBelow?: boolean;
  /** This section's `Key Results` list says again the objectives listed above, each item over its key results: their outline. */
  restatesObjectivesAbove?: boolean;
  /**
   * A heading declaring an objective by the word goal (`## GOAL 1: …`) encloses this section, or opens it: in a strategic
   * plan's words, the `Objectives` listed under a goal are its steps, its key results.
   */
  underGoal?: boolean;
  /**
   * The plan declares objectives with their keyword somewhere (`### O1: …`, `**Objective 1** : …`): a plain heading over
   * a checklist elsewhere is a roadmap's milestones or features, no objective.
   */
  keywordObjectives?: boolean;
  /** The plan writes SMART goals (`**Specific**: …` and `**Measurable**: …` labels): each specific part is an objective, its measurable part a key result. */
  smart?: boolean;
  /**
   * The plan names no key results anywhere (no `Key results`, `KR`, no group of them over a list) and declares no objective
   * with its keyword: a table of metrics with their targets (`| KPI | Target |`) lists its measures, key results; in a plan
   * that has key results, such a table is a dashboard beside them.
   */
  metricsAreKeyResults?: boolean;
  /** Each item of the section's flat list is said again by an objective heading of its own below: the list sums them up. */
  listRestatedBelow?: boolean;
  /**
   * The section's table names objectives by ids that headings below declare again (`| **O1:** More users activate |` over
   * `### Objective 1: More new users activate …`): an overview of the objectives set out below, no objectives of its own.
   */
  tableSetOutBelow?: boolean;
  /** The ids of key results a table under the open objective named in a column of their own (`kr1,kr2`), before this section. */
  keyResultsInTables?: string;
  /**
   * A report on how the plan fares (`## Overall progress summary`), opened after objectives were declared and under none of
   * them, encloses this section, and its table rows name only objectives declared before by their ids: the table restates
   * them, under names cut short, with their status.
   */
  reportOnPlan?: boolean;
  /**
   * This section's heading, under a heading that declared an objective and lists nothing itself, names its metrics
   * (`#### Metrics:`) or a theme of them (`#### Apps deployment`): its key results.
   */
  keyResultsOfObjective?: boolean;
  /** A heading enclosing this section declared an objective that closes with its score (`(60%)`): its key results keep theirs so. */
  underScoredObjective?: boolean;
  /** This section's heading, an area of a period's goals, names a body of people over goals with few numbers: each item an objective it owns. */
  goalsOfABody?: boolean;
  /** This section's goals heading sits right under an area holding nothing but such headings (`## Competitive` / `### Competition Goals`): its items are the area's key results. */
  goalThemeOfArea?: boolean;
  /**
   * This section's heading, or one enclosing it, restates an objective declared earlier, under a heading over a report on
   * the plan (`## Progress` / `### Objective 1: …` / `- **KR 1.1**: 70%`): it tells how that objective fares and declares no node.
   */
  restated?: boolean;
  /**
   * This section's plain heading sits under a `Key results` heading and holds no list of its own nor headings under it
   * (`#### Keyresults` / `##### Provide a schema definition` / a paragraph): it is a key result, not a theme of them.
   */
  keyResultHeading?: boolean;
  /** A `Key results` heading holding nothing but headings encloses this section: its plain heading names a theme of key results. */
  themeOfKeyResults?: boolean;
  /**
   * The plan is a V2MOM (`isV2mom`: three or more of `Vision`, `Values`, `Methods`, `Obstacles`, `Measures` as headings or
   * bold labels, its methods and its measures among them, and no objective declared by keyword): each item listed under
   * `Methods` is an objective, what it nests its details; each under `Measures` (or `Metrics`) a key result.
   */
  v2mom?: boolean;
  /**
   * The page is the minutes of a meeting (`# Protokoll der Mitgliederversammlung`, `# Meeting notes`, `# Minutes of …`):
   * its outlines record what was said and done, no objectives over their key results; nodes declared with their keyword
   * are still read.
   */
  minutesPage?: boolean;
  /** The plan grades its headings as Google does (`gradedHeadings`) and this section's heading is an objective so graded. */
  gradedObjective?: boolean;
  /** The plan grades its headings as Google does and this section's heading closes with a key result's rank (`… P1 0.30`). */
  gradedKeyResult?: boolean;
  /** The plan lists key results each followed by an owner item (`*   Owner: …`), four owner items or more, as a tool's export writes them. */
  ownedLists?: boolean;
  /** The plan is one section, titled for its OKRs in its front matter or its one heading (`title: 2020-q2 OKRs`). */
  titledForOkrs?: boolean;
  /** This section's heading is the page's title `# OKR: …`, its statement said again below as the objective: no node. */
  titleRestatesObjective?: boolean;
  /**
   * The plan writes three lines of text or more opening with a priority before a dash (`P1 - Sign off on the spec`): each
   * is a key result, and the line of text before a run of them their objective.
   */
  rankedLines?: boolean;
}

const NO_CONTEXT: SectionContext = { underNode: false, overHeadings: false };

/** The heading opening a section: its depth and its text after the hashes; on the plan's first lines, a setext title too. */
function sectionHeading(sectionText: string, first: boolean): { depth: number; text: string } | undefined {
  const atx = /^ {0,3}(#{1,6})(?:[ \t]+([^\n]*))?/.exec(sectionText);
  if (atx) return { depth: atx[1]!.length, text: atx[2] ?? '' };
  return first ? setextTitle(sectionText) : undefined;
}

/**
 * `Metas e objetivos do Tchelinux` / `====`: a plan's title written as a setext heading on its first lines (depth 1 over
 * `=`, 2 over `-`), so the sections after it are read under it.
 */
function setextTitle(sectionText: string): { depth: number; text: string } | undefined {
  const title = /^ {0,3}(\S[^\n]{0,200})\n {0,3}(=+|-+)[ \t]*(?:\n|$)/.exec(sectionText);
  if (!title || LIST_ITEM_LINE.test(title[1]!)) return undefined;
  return { depth: title[2]!.startsWith('=') ? 1 : 2, text: title[1]!.trimEnd() };
}

/** The flags of a section's context beside `underNode` and `overHeadings`, in the order its cache key writes them. */
const CONTEXT_FLAGS = [
  'areaOfPeriod', 'underObjective', 'underNoPlan', 'underKeyResults', 'afterObjectives', 'underOkrs', 'restated', 'keyResultHeading',
  'themeOfKeyResults', 'goalHeading', 'summarisedBelow', 'restatesObjectivesAbove', 'underGoal', 'keywordObjectives', 'metricsAreKeyResults', 'listRestatedBelow', 'tableSetOutBelow', 'reportOnPlan', 'keyResultsOfObjective', 'underScoredObjective', 'goalsOfABody', 'goalThemeOfArea', 'v2mom', 'minutesPage', 'smart',
  'gradedObjective', 'gradedKeyResult', 'rankedLines', 'ownedLists', 'titledForOkrs', 'titleRestatesObjective',
] as const;

/** True when a section's reading takes anything from outside it beside the headings over and under it. */
function takesFlags(context: SectionContext): boolean {
  return CONTEXT_FLAGS.some((flag) => context[flag]);
}

/**
 * A title naming the minutes of a meeting, in the languages plans are written in: `Protokoll der …`, `Minutes of the
 * board meeting`, `Meeting notes 2023-02-25`, `Compte rendu`, `Procès-verbal`, `Acta`, `Notulen`, `会议纪要`, `議事録`, `회의록`.
 */
const MINUTES_TITLE = /^(?:(?:sitzungs|besprechungs|versammlungs)?protokoll\b|minutes\b|meeting[ \t]+(?:notes|minutes)\b|notes[ \t]+(?:from|of)[ \t]+the[ \t]+(?:[\p{L}-]+[ \t]+){0,3}(?:meeting|call)\b|compte[ \t-]+rendu\b|proc[eè]s[ \t-]+verbal\b|acta\b|ata[ \t]+d[ae]\b|verbale\b|notulen\b|会议(?:纪要|记录)|議事録|회의록)/iu;

/** The page's title (its first heading, or the front matter's `title`) names the minutes of a meeting. */
function isMinutesPage(lines: LineIndex, sections: ReturnType<typeof scanLines>['sections'], title?: string): boolean {
  if (title !== undefined) return MINUTES_TITLE.test(title.trim());
  const { depthOf, nameOf } = sectionHeadings(lines, sections);
  const first = sections.findIndex((_, index) => depthOf(index) !== undefined);
  return first >= 0 && MINUTES_TITLE.test(nameOf(first));
}

/** Each section's text (without a leading byte-order mark), where it starts, and its context. */
/** The page's title in its front matter (`title: 2021 Goals`), if it has one. */
function titleOf(frontMatter: Plan['frontMatter']): string | undefined {
  const title = frontMatter?.data['title'];
  return typeof title === 'string' ? title : undefined;
}

/** A section's text as the plan holds it, from its first line up to the next section's. */
function sectionTextOf(lines: LineIndex, section: { startLine: number; endLine: number }): string {
  return lines.text.slice(lines.lineStarts[section.startLine]!, section.endLine < lines.lineCount ? lines.lineStarts[section.endLine]! : lines.text.length);
}

/** `title`: the page's title in its front matter. */
function* sectionsOf(lines: LineIndex, sections: ReturnType<typeof scanLines>['sections'], title?: string): Generator<{ text: string; startLine: number; firstLineChars: number; context: SectionContext }> {
  const { text } = lines;
  const open: { index: number; depth: number; node: boolean; objective: boolean; goal: boolean; scored: boolean; mission: boolean; noPlan: boolean; keyResults: boolean; holdsItems: boolean; group: boolean; headingsOnly: boolean; keywordHeadings: boolean; okrs: boolean; review: boolean; reportOnPlan: boolean; restated: boolean }[] = [];
  const depthAt = (line: number): number | undefined => atxHeadingDepth(lines.lineText(line));
  const periods = areasOfPeriods(lines, sections, title);
  const areas = new Set([...periods.areas, ...headingsOverKeyResultGroups(lines, sections)]);
  const groupsOfKeywordHeadings = keyResultGroupsOverKeywordHeadings(lines, sections);
  const graded = gradedHeadings(lines, sections);
  const rankedLines = writesRankedLines(lines);
  const ownedLists = listsOwnedItems(lines);
  const titledForOkrs = sections.length === 1 && OKRS_TITLE.test(title ?? sectionHeading(sectionTextOf(lines, sections[0]!), true)?.text ?? '');
  /**
   * A page titled for its metrics on its first line (`# Success Metrics`) whose sections nest two levels deeper (`## 1.
   * Launch Metrics` / `### Metrics` / `#### 1.1 GitHub Stars`) is a catalogue of them: its sections are the page's parts,
   * no themes of key results (`# Success metrics` / `## Quality` / `- Cold start under 1 s` keeps its themes).
   */
  const catalogues = new Map<number, boolean>();
  const catalogueUnder = (index: number): boolean => {
    if (!catalogues.has(index)) {
      const titled = depthAt(sections[index]!.startLine) === 1 && sectionTextOf(lines, { startLine: 0, endLine: sections[index]!.startLine }).trim() === '';
      catalogues.set(index, titled && sections.slice(index + 1).some((section) => (depthAt(section.startLine) ?? 0) >= 3));
    }
    return catalogues.get(index)!;
  };
  const keywordObjectives = declaresObjectivesByKeyword(lines);
  const v2mom = !keywordObjectives && isV2mom(lines);
  const smart = !keywordObjectives && writesSmartGoals(lines);
  const minutesPage = isMinutesPage(lines, sections, title);
  // A plan with objectives written with their keyword has key results of its own, named or not.
  const metricsAreKeyResults = !keywordObjectives && !namesKeyResults(lines);
  // The last objective declared in a heading, and whether a list, a table or a key-result heading has followed it.
  let objectiveSeen = false;
  let objectiveMeasured = false;
  /** The section before declared an objective in its heading: a `Metrics:` heading right after it lists its key results. */
  let afterObjectiveHeading = false;
  const themes = themesOfKeyResults(lines, sections);
  const objectivesSeen = new RestatedObjectives();
  const objectiveIds = new Set<string>();
  /** The text of every list item before a section, as `comparable` writes it: a review's table may score them again. */
  const listedItems = new ListedItems(lines, sections);
  const series = goalSeries(lines, sections);
  const restatedLists = objectivesRestatedBelow(lines, sections, series);
  const tablesSetOutBelow = objectiveTablesSetOutBelow(lines, sections);
  /** A heading was read in an earlier section: the next is no title of the page. */
  let headingSeen = false;
  /** For each open objective's section, the ids of the key results its tables named in a column of their own. */
  const keyResultsInTablesOf = new Map<number, Set<string>>();
  for (const [index, section] of sections.entries()) {
    const firstLineChars = section.startLine === 0 && text.charCodeAt(0) === 0xfeff ? 1 : 0;
    const sectionText = sectionTextOf(lines, section).slice(firstLineChars);
    const heading = sectionHeading(sectionText, index === 0);
    if (heading) while (open.length && open[open.length - 1]!.depth >= heading.depth) open.pop();
    const underNode = open.some((h) => h.node);
    const underObjective = open.some((h) => h.node && !h.mission);
    const underScoredObjective = [...open].reverse().find((h) => h.objective)?.scored === true;
    const underNoPlan = open.some((h) => h.noPlan);
    const underKeyResults = open.some((h) => h.keyResults);
    // `### Key Results` holding nothing but headings (`#### Keyresults` / `##### [R1] | …`): its headings are key results or
    // themes of them. One with a list of its own holds its key results there, and the headings after it are notes.
    const group = [...open].reverse().find((h) => h.keyResults);
    const underOkrs = open.some((h) => h.okrs);
    const afterObjectives = objectiveSeen && objectiveMeasured;
    const headingText = heading ? withoutHeadingTrailer(heading.text) : '';
    // `# OWD 2021 goals` / `## Governing Committee` / `- Publicly launch the docs`: a body of people over goals with few
    // numbers owns those goals, each an objective; over measured items it is their objective, as any area.
    // The heading's name without its emphasis, as the heading patterns below read it.
    const bareHeading = headingText.replace(/[*_]/g, '').trim();
    const goalsOfABody = areas.has(index) && BODY_HEADING.test(bareHeading) && listsFewNumbers(sectionText);
    const areaOfPeriod = areas.has(index) && !goalsOfABody;
    // `## Goals` / `### Goal #1: …`: a numbered goal heading is an objective where no objective is above it, nor a plain
    // heading holding a list or a table of its own (`## Grow the community` over its key results is one).
    // `## Goal: Attract readers` / `## Goal: Attract contributors`: unnumbered goal headings at one depth, two or more, are a series of goals.
    const inSeries = heading !== undefined && (series.depths.has(heading.depth) || series.quarterAims.has(index));
    const goalHeading = heading !== undefined && !underObjective && readGoalHeading(headingText.trimStart(), inSeries) !== undefined && open.every((h) => h.depth === 1 || h.group || h.okrs || h.headingsOnly || !h.holdsItems);
    const written = heading ? headingDeclaration(heading.depth, headingText.trimStart(), goalHeading) : undefined;
    // `# OKR: Make the encoder twice as fast` over `## 📌 Objective` / `- Make the encoder twice as fast`: the page's title.
    // Only the page's first heading titles it: a plan of many such headings is read once, not once for each.
    const titleRestatesObjective = written?.kind === 'objective' && !headingSeen && heading!.depth === 1 && OKR_LABEL.test(headingText.trimStart()) && statedBelow(lines, section.endLine, written.title);
    if (heading) headingSeen = true;
    const declared = titleRestatesObjective ? undefined : written;
    const report = open.find((h) => h.review);
    const restated = open.some((h) => h.restated) || (declared?.kind === 'objective' && report !== undefined && objectivesSeen.restates(declared, report.index));
    if (declared?.kind === 'objective' && !restated) objectivesSeen.add(declared, index);
    if (declared?.kind === 'objective' && declared.id) objectiveIds.add(declared.id.toLowerCase());
    if ((declared?.kind === 'objective' && !restated) || areaOfPeriod) [objectiveSeen, objectiveMeasured] = [true, false];
    // Read only while the last objective still waits for its key results: most sections are never scanned.
    if (objectiveSeen && !objectiveMeasured && (declared?.kind === 'kr' || HOLDS_ITEMS.test(sectionText))) objectiveMeasured = true;
    // `## 🎯 Objective 1（核心目标）` over its statement: a heading holding only the keyword and id announces the node.
    const announced = heading && !declared ? idOnlyHeadingKind(headingText.trim()) : undefined;
    // `### Targets` right under an objective's heading: what it must reach (under a key result, its checkpoints).
    const targetsOfObjective = heading !== undefined && !declared && TARGETS_HEADING.test(bareHeading) && open[open.length - 1]?.objective === true;
    // `## FHIRPath is well specified …` over `* P2 (0.5) …` items: the plain heading is the objective of its ranked key results.
    const overRankedItems = heading !== undefined && !declared && !announced && listsRankedItems(sectionText);
    if (heading) open.push({ index, depth: heading.depth, node: areaOfPeriod || declared !== undefined || announced === 'objective' || announced === 'kr' || overRankedItems || graded.has(index), objective: declared?.kind === 'objective', goal: declared?.kind === 'objective' && GOAL_WORD.test(headingText.trim().slice(decorationLength(headingText.trim()))), scored: declared?.kind === 'objective' && statementParts(declared, true).scored, mission: declared?.kind === 'mission', noPlan: namesNoPlan(heading.text.replace(/^[*_=` \t]+/, '')), keyResults: readGroupHeading(headingText.trim()) === 'kr' || targetsOfObjective, holdsItems: HOLDS_ITEMS.test(sectionText), group: readGroupHeading(headingText.trim()) !== undefined, headingsOnly: sectionText.slice(sectionText.indexOf('\n') + 1).trim() === '', keywordHeadings: groupsOfKeywordHeadings.has(index), okrs: declared === undefined && namesTheSetOfOkrs(headingText), review: declared === undefined && REVIEW_HEADING.test(headingText), reportOnPlan: declared === undefined && objectiveSeen && !underNode && REVIEW_HEADING.test(headingText), restated });
    const underGoal = open.some((h) => h.goal);
    const openObjective = [...open].reverse().find((h) => h.objective)?.index;
    const keyResultsInTables = openObjective === undefined ? undefined : [...(keyResultsInTablesOf.get(openObjective) ?? [])].join(',') || undefined;
    if (openObjective !== undefined && sectionText.includes('|')) {
      const named = keyResultsInTablesOf.get(openObjective) ?? new Set<string>();
      for (const id of keyResultIdsOpeningRows(sectionText)) named.add(id.toLowerCase());
      keyResultsInTablesOf.set(openObjective, named);
    }
    const nextDepth = index + 1 < sections.length ? depthAt(sections[index + 1]!.startLine) : undefined;
    const overHeadings = heading !== undefined && nextDepth !== undefined && nextDepth > heading.depth;
    // Key results declared with their keyword in headings under it (`#### KR1: …`): a plain heading beside them, before
    // or after them, is a note.
    const overKeyResultHeadings = group !== undefined && group.headingsOnly && !group.keywordHeadings && !catalogueUnder(group.index);
    const reportOnPlan = (open.some((h) => h.reportOnPlan) && restatesObjectives(sectionText, objectiveIds)) || (open.some((h) => h.review) && sectionText.includes('|') && scoresListedItems(sectionText, listedItems.upTo(index)));
    // `## Success Metrics` / `### Year 1 (2025)` / `- **Downloads:** 10,000/month`: a period of them, whose items are the key results;
    // so are the items under a set of them named by its theme (`#### Technical Performance Targets` / `- **Platform Uptime**: >99.9%`),
    // or listing two metrics or more with their levels (`#### Team and Process Efficiency` / `- **Onboarding Time**: <2 hours`).
    const keyResultHeading = overKeyResultHeadings && !overHeadings && declared === undefined && readGroupHeading(headingText.trim()) === undefined && !holdsItemsBesideLinks(sectionText) && !(namesAPeriod(bareHeading) || namesATimeMark(bareHeading) || NAMES_A_SET_OF_MEASURES.test(bareHeading) || listsLabelledMeasures(sectionText));
    const keyResultsOfObjective = (afterObjectiveHeading && declared === undefined && METRICS_HEADING.test(bareHeading)) || themes.has(index) || targetsOfObjective;
    // Only over an objective with nothing listed under its heading yet: after its key results, `## Metrics` is a dashboard.
    // `## Objective` over its statement (a key result tracked as an issue: `## Objective` / `## Measures`) is one too.
    if (heading) afterObjectiveHeading = (declared?.kind === 'objective' || idOnlyHeadingKind(bareHeading) === 'objective') && !HOLDS_ITEMS.test(sectionText);
    const context: SectionContext = { underNode, overHeadings, ...(areaOfPeriod ? { areaOfPeriod } : {}), ...(underObjective ? { underObjective } : {}), ...(underNoPlan ? { underNoPlan } : {}), ...(underKeyResults ? { underKeyResults } : {}), ...(afterObjectives ? { afterObjectives } : {}), ...(underOkrs ? { underOkrs } : {}), ...(restated ? { restated } : {}), ...(keyResultHeading ? { keyResultHeading } : {}), ...(overKeyResultHeadings ? { themeOfKeyResults: true } : {}), ...(goalHeading ? { goalHeading } : {}), ...(restatedLists.summaries.has(index) ? { summarisedBelow: true } : {}), ...(restatedLists.outlines.has(index) ? { restatesObjectivesAbove: true } : {}), ...(underGoal ? { underGoal } : {}), ...(keywordObjectives ? { keywordObjectives } : {}), ...(metricsAreKeyResults ? { metricsAreKeyResults } : {}), ...(restatedLists.restatedBelow.has(index) ? { listRestatedBelow: true } : {}), ...(tablesSetOutBelow.has(index) ? { tableSetOutBelow: true } : {}), ...(keyResultsInTables ? { keyResultsInTables } : {}), ...(reportOnPlan ? { reportOnPlan } : {}), ...(keyResultsOfObjective ? { keyResultsOfObjective } : {}), ...(underScoredObjective ? { underScoredObjective } : {}), ...(goalsOfABody ? { goalsOfABody } : {}), ...(periods.goalThemes.has(index) ? { goalThemeOfArea: true } : {}), ...(v2mom ? { v2mom } : {}), ...(minutesPage ? { minutesPage } : {}), ...(smart ? { smart } : {}), ...(graded.get(index) === 'objective' ? { gradedObjective: true } : {}), ...(graded.get(index) === 'kr' ? { gradedKeyResult: true } : {}), ...(rankedLines ? { rankedLines } : {}), ...(ownedLists ? { ownedLists } : {}), ...(titledForOkrs ? { titledForOkrs } : {}), ...(titleRestatesObjective ? { titleRestatesObjective } : {}) };
    yield { text: sectionText, startLine: section.startLine, firstLineChars, context: underNode || overHeadings || takesFlags(context) ? context : NO_CONTEXT };
  }
}

/**
 * The sections `parsePlan` records for `nodes` parsed from `text` without a section cache (no
 * section texts): where each starts, and which of the plan's nodes it holds. A plan resting on
 * disk works them out when asked rather than keep them (one rule reads them, and only for a
 * plan over its objectives limit); a section's nodes are the nodes on its lines.
 */
export function sectionRecords(text: string, nodes: readonly PlanNode[]): PlanSection[] {
  const lines = new LineIndex(text);
  let next = 0;
  return scanLines(lines).sections.map(({ startLine, endLine }) => {
    const firstNode = next;
    while (next < nodes.length && nodes[next]!.line < endLine) next++;
    return { startLine, firstLineChars: startLine === 0 && text.charCodeAt(0) === 0xfeff ? 1 : 0, firstNode, nodeCount: next - firstNode };
  });
}

/** What a section's parse is cached and checked by: its text, and its context. */
function sectionKey(text: string, context: SectionContext): string {
  const flag = (on: boolean | undefined): string => (on ? '\u0001' : '\u0000');
  // The key results a table above named by id, between marks no plan's text holds.
  const named = context.keyResultsInTables ? `\u0002${context.keyResultsInTables}\u0002` : '';
  if (takesFlags(context) || named) return `${flag(context.underNode)}${flag(context.overHeadings)}${CONTEXT_FLAGS.map((name) => flag(context[name])).join('')}${named}${text}`;
  return context.underNode || context.overHeadings ? `${flag(context.underNode)}${flag(context.overHeadings)}${text}` : text;
}

/** A thematic break (`---`, `***`, `___`): a rule under a heading, no content of it. */
const THEMATIC_BREAK = /^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/;

/** A list item's first line (`* …`, `- …`, `1. …`). */
const LIST_ITEM_LINE = /^ {0,3}(?:[-*+]|\d{1,9}[.)])[ \t]+\S/;
/** A list item's marker and the blanks after it, at any indent. */
const LIST_MARKER = /^[ \t]*(?:[-*+]|\d{1,9}[.)])[ \t]+/;

/** A line's text after its list marker, if it has one. */
function itemText(line: string): string {
  return line.replace(LIST_MARKER, '').trim();
}

/** The lines of a section after its heading, blank ones left out unless kept (`skip`: 0 for a section before any heading). */
function sectionBody(lines: LineIndex, section: { startLine: number; endLine: number }, skip = 1, keepBlanks = false): string[] {
  const body: string[] = [];
  for (let line = section.startLine + skip; line < Math.min(section.endLine, lines.lineCount); line++) if (keepBlanks || lines.lineText(line).trim() !== '') body.push(lines.lineText(line));
  return body;
}
/**
 * A list item indented four spaces or more, which Markdown reads as code: the marker and a blank (`        - reach 10k`),
 * or a bullet glued to a word (`        -reach 10k`), not an option (`-h, --help`) nor a rule (`---`).
 */
const INDENTED_LIST_LINE = /^[ \t]+(?:(?:[-*+•◦▪]|\d{1,9}[.)])[ \t]+(?![-*_][ \t]*[-*_][ \t]*[-*_][ \t]*$)\S|[-*+]\p{L}{3,}(?:[ \t]|$))/u;

/** `Owner: @ann` under a heading: a field of a known key, no prose. */
function isKnownFieldLine(text: string): boolean {
  const field = readFieldLine(text);
  return field !== undefined && fieldKeyOf(field.key).known;
}

/** How many columns a line's indentation takes, a tab reaching the next multiple of four. */
function indentColumns(text: string): number {
  let columns = 0;
  for (const char of text) {
    if (char === ' ') columns++;
    else if (char === '\t') columns += 4 - (columns % 4);
    else break;
  }
  return columns;
}

/** A list item's line and its text after the marker, at any indent. */
const ITEM_TEXT = /^\s*(?:[-*+]|\d{1,9}[.)])[ \t]+(.*)$/;

/**
 * `## Draft V1` / `- **Hold a fair election**` / `    - Two candidates for each lead` …: a list whose items mostly hold
 * lists of their own (two at least, half of them) and mostly state no number states objectives over their key results;
 * its heading is a version or a part of the plan, no objective over the items. Key results with their initiatives or
 * fields under them (`- Raise ARR from $1M to $2M` / `  - Outbound campaign`, `1. Cut p95 …` / `   - Owner: Ana`) are
 * no such list. Read on the section's lines that are not blank.
 */
function listsObjectivesOverTheirResults(body: string[]): boolean {
  const indentOf = (line: string): number => line.length - line.trimStart().length;
  const top = indentOf(body[0]!);
  let items = 0;
  let holding = 0;
  let measured = 0;
  for (const [i, line] of body.entries()) {
    const item = indentOf(line) === top ? ITEM_TEXT.exec(line) : null;
    if (!item) continue;
    items++;
    if (findQuantities(item[1]!).length > 0) measured++;
    const nested = body[i + 1] !== undefined && indentOf(body[i + 1]!) > top ? ITEM_TEXT.exec(body[i + 1]!) : null;
    // `* Donate blood as much as possible` / `  * Last year I donated 5 times.`: remarks on a goal hold no results.
    // `- Talk with people who might be interested in:` / `  - Listening to a pitch`: a line ending in a colon introduces its details.
    if (nested && !item[1]!.trimEnd().endsWith(':') && !readFieldLine(nested[1]!.trim()) && !isRemark(nested[1]!.trim())) holding++;
  }
  return holding >= 2 && holding * 2 >= items && measured * 2 < items;
}

/** A heading naming a period: a quarter or a half with its year, alone (`Q3`, `H1`), or a year (`2018`, `FY24`). */
function namesAPeriod(name: string): boolean {
  return PERIOD_HEADING.test(name) || BARE_PERIOD_HEADING.test(name) || YEAR_HEADING.test(name);
}

/** The most lines of prose an area of a period may open with, saying why it matters, before its list. */
const MAX_WHY_LINES = 4;
/** The most lines a key result's statement in the one item under its name may wrap across. */
const MAX_WRAPPED_STATEMENT_LINES = 3;
/** The fewest words that prose is: a sentence saying why, not a count or a tag. */
const MIN_WHY_WORDS = 6;

/** The most lines a paragraph of key results tracked in issues holds (`#36 - …`): more is a log of issues. */
const MAX_ISSUE_KEY_RESULTS = 12;

/**
 * `#36 - Document web & docs best practices`, `org/repo#12: Ship the guide`: the issue tracking a key result, then its
 * statement, maybe struck through whole (`~#40 - Run two mentorships~`, a key result dropped in the period).
 */
const ISSUE_KEY_RESULT = /^(~{0,2})((?:[\w.-]+\/[\w.-]+)?#\d{1,6}[ \t]*(?:[-–—:][ \t]*)?)(\p{L}.*)$/u;

function issueKeyResult(text: string): NodeDeclaration | undefined {
  const m = ISSUE_KEY_RESULT.exec(text);
  if (!m) return undefined;
  const [, strike, reference, written] = m as unknown as [string, string, string, string];
  const statement = written.trimEnd();
  const title = strike && statement.endsWith(strike) ? statement.slice(0, -strike.length).trimEnd() : statement;
  return { kind: 'kr', title, titleStart: strike.length + reference.length };
}

/** A rule between blocks, in Markdown (`---`) or as the HTML a page in MDX writes (`<hr className="…" />`). */
function isRule(line: string): boolean {
  return THEMATIC_BREAK.test(line) || /^ {0,3}<hr\b[^<>]*>[ \t]*$/i.test(line);
}

/** A period named inside a heading (`Objectives for FY25`, `Objectives for 2024`, `Our objectives for H1 2025`). */
const PERIOD_IN_NAME = /(?<![\p{L}\p{N}])(?:fy[ \t]?\d{2}(?:\d{2})?|[qh][1-4](?:[ \t/-]*(?:19|20)?\d{2})?|(?:19|20)\d{2}(?:[ \t/-]+(?:19|20)?\d{2})?)(?![\p{L}\p{N}])/iu;

/** `Q1 (Jan–Mar): Foundation & Kickoff`: a name (the period's, when it names one), then a theme of a few capitalised words. */
const PERIOD_THEME = /^(.{1,30}?)[ \t]*(?:[:：]|[ \t][–—-])[ \t]*[\p{Lu}][\p{L}'’]*(?:[ \t]+(?:&|and|[\p{Lu}][\p{L}'’]*)){0,4}$/u;

/**
 * `# OKRs for Q2 2018` (holding nothing but a rule) then `# scale current platform` / `* Grow followers by 2x` /
 * `# understand our customer` / `* Have a 9 NPS`: after a heading that names a period and holds nothing else, two or
 * more plain headings at one depth (its own or deeper; a later one may slip shallower, never deeper), each holding only a list, name the period's areas: each is an
 * objective over its list's items. The indexes of the sections whose headings are such areas; every heading up to the
 * next shallower one, or the next period, must be one, else none is.
 */
function areasOfPeriods(lines: LineIndex, sections: ReturnType<typeof scanLines>['sections'], title?: string): { areas: Set<number>; goalThemes: Set<number> } {
  const areas = new Set<number>();
  const goalThemes = new Set<number>();
  const headingOf = (index: number): { depth: number; name: string } | undefined => {
    const match = /^ {0,3}(#{1,6})(?:[ \t]+(.*))?$/.exec(lines.lineText(sections[index]!.startLine));
    if (!match) return undefined;
    // `# 📌 2023`, `## ➡️ Grow the community`: an emoji before the name is decoration, and so is a status tag in capitals
    // (`# 📌[PROPOSED] 2022`).
    const name = withoutHeadingTrailer(match[2] ?? '').replace(/[*_=`]/g, '').trim();
    const undecorated = name.slice(decorationLength(name)).replace(/^\[[\p{Lu} -]{2,20}\][ \t]*/u, '');
    // `## Q1 (Jan–Mar): Foundation & Kickoff`: a period with a theme's name after it is that period here.
    const themed = PERIOD_THEME.exec(undecorated);
    return { depth: match[1]!.length, name: themed && namesAPeriod(themed[1]!) ? themed[1]! : undecorated };
  };
  const bodyOf = (index: number, skip = 1): string[] => sectionBody(lines, sections[index]!, skip);
  // `## Q3 OKRs`, `## 2017 OKRs ACME`: a heading naming the set of OKRs opens areas too; a period alone holds nothing but a rule.
  /** How a heading opens areas: with nothing but asides under it, or with prose (which then asks more of the areas). */
  const opensAreas = (body: string[], name: string): 'plainly' | 'after prose' | undefined => {
    // A period naming its goals (`# 2024 Q1 Goals` / `Near-term goals that support …`) is a set of them: prose may open
    // it, over headings below it only.
    const set = namesTheSetOfOkrs(name);
    if (namesAPeriod(name) && !set) return body.every(isRule) ? 'plainly' : undefined;
    if (!set) return undefined;
    // A set's heading may carry an aside in emphasis (`*What are OKRs? Read more here*`), a known field or a rule.
    return body.every((line) => isRule(line) || /^(\*\*|__|\*|_)(?![*_\s]).*\1$/.test(line.trim()) || isKnownFieldLine(line.trim())) ? 'plainly' : 'after prose';
  };
  // Prose under the set's heading (`We use OKRs to plan.`) may open a page about them (`### Cadence` / `### Tools`): after
  // prose, areas are three or more and none names a part of the method. The objectives of a period (`## Objectives for
  // FY25` / `Learn about our goals …`) are its plan, no page about the method: two areas are enough. (A post's goals,
  // `title: 2021 Goals` over `It is a brand new year …`, may go on as an essay: they still need three.)
  const opensAfterProse = (run: number[], name: string): boolean => run.length >= (OUR_OBJECTIVES.test(name) && PERIOD_IN_NAME.test(name) ? 2 : 3) && run.every((area) => !METHOD_AREA.test(headingOf(area)!.name));
  /** `### What makes a good OKR`: a heading about OKRs themselves explains the method; it names no area of the plan. */
  const namesAnArea = (name: string): boolean => !(name === '' || name.endsWith('?') || readNodeDeclaration(name) || readGroupHeading(name) || columnsHeadingKind(name) || namesNotes(name) || PROCESS_HEADING.test(name) || NAMES_OKRS.test(name));
  /**
   * How the heading is an area, if it is one: over a `flat` list, or over an `outline` that reads as objectives over their
   * results (an area only where the areas beside it hold flat lists).
   */
  const areaKind = (index: number, depth: number): 'flat' | 'outline' | undefined => {
    const heading = headingOf(index)!;
    const body = bodyOf(index);
    if (heading.depth !== depth || !namesAnArea(heading.name)) return undefined;
    // A list indented into a code block (`        - reach 10k`) is still the area's list as written; it is told unread.
    // A rule closing the area (`---` before the next set) is no part of it.
    // A footnote in emphasis closing the last area (`\* *Will define depending on the content*`) is an aside.
    // A few lines of prose may say why the area matters before its list (`We want to build on this reputation …`).
    const why = body.findIndex((line) => LIST_ITEM_LINE.test(line) || INDENTED_LIST_LINE.test(line));
    // A progress count alone (`4/30`) is no such prose: it reports on the heading, which is then a result, not an area.
    if (why < 0 || why > MAX_WHY_LINES || (why > 0 && body.slice(0, why).join(' ').trim().split(/\s+/).length < MIN_WHY_WORDS)) return undefined;
    const { list, review } = listAndReview(sectionBody(lines, sections[index]!, 1, true));
    // Prose after the list (`I hit the gas on books …`) reviews how the goal went; another list after it would leave
    // unsaid which one holds the key results.
    if (review.some((line) => LIST_ITEM_LINE.test(line) || INDENTED_LIST_LINE.test(line))) return undefined;
    // A quoted note after the list (`> TBD: a wishlist opens soon`) is an aside too.
    if (!list.every((line) => LIST_ITEM_LINE.test(line) || /^(?: {2,}|\t)\S?/.test(line) || isRule(line) || EMPHASIZED_FOOTNOTE.test(line.trim()) || /^ {0,3}>/.test(line))) return undefined;
    return listsObjectivesOverTheirResults(list) ? 'outline' : 'flat';
  };
  /**
   * The run's headings are areas: each holds its list (or only goals headings), and fewer than half hold an outline. Areas
   * that mostly list their key results flat are the period's objectives; an outline among them (`- Do ads for local shops` /
   * `  - Recommendations`) details its key results, it states no objectives of its own.
   */
  const allAreas = (run: number[], depths: number[], overThemes: Set<number>): boolean => {
    let outlined = 0;
    for (const [i, area] of run.entries()) {
      if (overThemes.has(area)) continue;
      const kind = areaKind(area, depths[i]!);
      if (kind === undefined) return false;
      if (kind === 'outline') outlined++;
    }
    return outlined * 2 < run.length;
  };
  /**
   * `## Competitive` / `### Competition Goals` / `1. Win a district event.`: a goals heading over a flat list, right under an
   * area. Goals holding key results of their own (`   - Score 100 points per match`) or declared with a keyword are
   * objectives, as under any goals heading.
   */
  const isGoalTheme = (index: number, depth: number): boolean => {
    const heading = headingOf(index)!;
    if (heading.depth !== depth || readGroupHeading(heading.name) !== 'objective' || !GOALS_WORD.test(heading.name)) return false;
    const body = bodyOf(index);
    return body.length > 0 && LIST_ITEM_LINE.test(body[0]!) && body.every((line) => !INDENTED_LIST_LINE.test(line) && !readNodeDeclaration(itemText(line)));
  };
  /** A heading over a list of links and nothing else. */
  const listsOnlyLinks = (index: number): boolean => {
    const body = bodyOf(index);
    return body.length > 0 && body.every((line) => LIST_ITEM_LINE.test(line) && ONLY_A_LINK.test(itemText(line)));
  };
  /** `### ✳️ Create the PHP SDK` holding nothing, or a few lines of prose: a goal stated by its heading alone. */
  const isListlessGoal = (index: number, depth: number): boolean => {
    const heading = headingOf(index)!;
    const body = bodyOf(index);
    return heading.depth === depth && namesAnArea(heading.name) && body.length <= MAX_WHY_LINES && body.every((line) => !LIST_ITEM_LINE.test(line) && !INDENTED_LIST_LINE.test(line) && !line.includes('|'));
  };
  /**
   * `# Company OKRs for Q3` / `### Grow revenue from new customers` / `* Generate 3,000 leads`: the one area of a set of
   * OKRs, over a flat list stating numbers as key results do, is the set's one objective. (A period alone, `# Q3 2026`,
   * may head notes: it takes two areas.)
   */
  const isOneMeasuredArea = (run: number[], set: { depth: number; name: string }): boolean => {
    const area = run.length === 1 ? headingOf(run[0]!)! : undefined;
    if (!area || area.depth <= set.depth || !namesTheSetOfOkrs(set.name) || METHOD_AREA.test(area.name) || areaKind(run[0]!, area.depth) !== 'flat') return false;
    const body = bodyOf(run[0]!);
    return body.filter((line) => LIST_ITEM_LINE.test(line)).length >= 2 && !body.some((line) => INDENTED_LIST_LINE.test(line)) && !listsFewNumbers(body.join('\n'));
  };
  /**
   * Adds the areas of the period or set named `period` whose run of headings starts at `from`; the index after the run.
   * `inSet`: the period is one of a set of goals or OKRs named above it, where headings holding no list are its goals.
   */
  const claimAreas = (period: { depth: number; name: string }, opens: 'plainly' | 'after prose', from: number, inSet = false): number => {
    const run: number[] = [];
    /** An area holding nothing but goals headings (`## Competitive` / `### Competition Goals`): their lists are its key results. */
    const themes = new Map<number, number>();
    let next = from;
    for (; next < sections.length; next++) {
      const heading = headingOf(next);
      if (!heading || heading.depth <= period.depth && (!namesAPeriod(period.name) || opens === 'after prose') || heading.depth < period.depth || namesAPeriod(heading.name)) break;
      // A heading over no plan (`# Appendix`, `## Ongoing (All Quarters)`) ends the areas, under a title in the front matter
      // (depth 0) too; so does one over nothing but a list of links (`## Previous quarters` / `- [FY26 Q4](fy26-q4.md)`), a
      // table of contents.
      if (namesNoPlan(heading.name) || listsOnlyLinks(next)) break;
      const area = run.at(-1);
      if (area !== undefined && bodyOf(area).length === 0 && isGoalTheme(next, headingOf(area)!.depth + 1)) themes.set(next, area);
      else run.push(next);
    }
    // At one depth, or slipping shallower on the way (`### 1. …` then `## 2. …`): never one deeper than the one before it, under it.
    const depths = run.map((area) => headingOf(area)!.depth);
    const nested = depths.some((depth, i) => i > 0 && depth > depths[i - 1]!);
    const overThemes = new Set(themes.values());
    const listlessGoals = inSet && namesAPeriod(period.name) && run.every((area, i) => isListlessGoal(area, depths[i]!));
    // `## 1) Scope` / `## 2) Themes` / `## 4) OKRs (2025 Q3)`: headings beside the period's own are sections of the page.
    const besidePeriod = run.length > 0 && !namesAPeriod(period.name) && next < sections.length && headingOf(next)?.depth === depths[0] && namesAPeriod(headingOf(next)!.name);
    if (((run.length >= 2 && !nested && !besidePeriod && (listlessGoals || allAreas(run, depths, overThemes)) && (opens === 'plainly' || opensAfterProse(run, period.name))) || (opens === 'plainly' && isOneMeasuredArea(run, period)))) {
      for (const area of run) areas.add(area);
      for (const theme of themes.keys()) goalThemes.add(theme);
      return next;
    }
    // A set that opens no areas (`# OKRs` over `## Q3 OKRs` over areas) leaves the headings under it to be tried, and so
    // does a period whose goals are split between bodies of people that own them.
    return namesAPeriod(period.name) && !run.some(ownsAreas) ? next : from;
  };
  /**
   * `## Steering Committee SG:` holding nothing itself: a body of people whose goals are the areas under it. The tag and
   * colon are cut step by step: one pattern for both, blanks around each, tried from every blank of a long run (`## April
   * 12` and 4,000 blanks took 23 s).
   */
  const ownsAreas = (index: number): boolean => BODY_HEADING.test(headingOf(index)!.name.trimEnd().replace(/[:：]$/u, '').trimEnd().replace(/\bSG$/u, '').trimEnd()) && bodyOf(index).length === 0;
  // `title: 2021 Goals` in the front matter is the page's title, as a `#` heading over all its sections would be.
  const titleIntro = sections.length > 0 && !headingOf(0) ? 1 : 0;
  const titleOpens = title === undefined ? undefined : opensAreas(titleIntro ? bodyOf(0, 0) : [], title.trim());
  let index = titleIntro - 1;
  // A title that opens no areas leaves every heading to be tried, a period's among them.
  if (titleOpens) {
    const after = claimAreas({ depth: 0, name: title!.trim() }, titleOpens, titleIntro);
    if (areas.size > 0) index = after - 1;
  }
  /** The depth of the heading naming a period that encloses the headings read now, if one does. */
  let periodDepth: number | undefined;
  /** The depth of the heading naming a set of goals or OKRs that encloses them (0: the page's title names one). */
  let setDepth = title !== undefined && namesTheSetOfOkrs(title.trim()) ? 0 : undefined;
  while (++index < sections.length) {
    const period = headingOf(index);
    if (period && periodDepth !== undefined && period.depth <= periodDepth) periodDepth = undefined;
    if (period && setDepth !== undefined && period.depth <= setDepth) setDepth = undefined;
    if (period && namesAPeriod(period.name)) periodDepth = period.depth;
    // `# 2022` / `## Steering Committee SG:` / `### Grow the community` / `- …`: a body of people that holds nothing
    // itself, under a period, owns the areas under it as a period's heading would.
    const ownersOfAreas = period !== undefined && periodDepth !== undefined && period.depth > periodDepth && ownsAreas(index);
    const opens = period && (opensAreas(bodyOf(index), period.name) ?? (ownersOfAreas ? 'plainly' : undefined));
    if (period && opens) index = Math.max(index, claimAreas(period, opens, index + 1, setDepth !== undefined) - 1);
    if (period && setDepth === undefined && !namesAPeriod(period.name) && namesTheSetOfOkrs(period.name)) setDepth = period.depth;
  }
  return { areas, goalThemes };
}

/**
 * Google's grading as a team's pages keep it (`### Improve input latency 0.40` over `## Ship passive event listeners P1
 * 0.30`): each key result's heading closes with its priority and its score from 0.0 to 1.0, or with its priority alone
 * before it is scored; its objective's heading closes with the objective's score, or with nothing. A heading too long
 * for one line goes on in the line right below it, which then closes with the rank. Each pattern tries a run of blanks
 * from its first blank only: from every blank of a long run, the tries would be quadratic.
 */
const TRAILING_RANK = /(?<![ \t])[ \t]+P[0-4](?:[ \t]+[01]\.\d{1,2})?[ \t]*$/;
/** A priority and a score both: a plan grades its headings so when three of them or more close with one. */
const TRAILING_PRIORITY_AND_SCORE = /(?<![ \t])[ \t]+P[0-4][ \t]+[01]\.\d{1,2}[ \t]*$/;
/** An objective's score closing its heading (`Improve input latency and smoothness 0.40`), or a quarter's (`2015 Q4 0.54`). */
const TRAILING_SCORE = /(?<![ \t])[ \t]+[01]\.\d{1,2}[ \t]*$/;
/** A rank or a score alone closing a graded key result (`… P1 0.30`, `… P4`, `… 1.00`). */
const TRAILING_GRADE = /(?<![ \t])[ \t]+(?:P[0-4](?:[ \t]+[01]\.\d{1,2})?|[01]\.\d{1,2})[ \t]*$/;
const MIN_GRADED_KEY_RESULTS = 3;
/** Lines closing with a priority alone that make a plan read as graded before its scores are in (`Ship the API P1`). */
const MIN_PRIORITY_ONLY_LINES = 5;
/** A tag in brackets closing a graded title (`Add Richness to Web Platform (#AppGap)`, `… (#HappyPath)`): the team's label. */
const CLOSING_HASH_TAG = /(?<![ \t])[ \t]*\(#[\w-]+\)[ \t]*$/;

/** A line of text: no heading, item, quote, table row nor rule (a tag is text, `#wp-performance`). */
const LINE_OF_TEXT = /^ {0,3}(?!#{1,6}(?:[ \t]|$)|[>|]|[*+-](?:[ \t]|$)|\d{1,9}[.)][ \t])\S/u;
/** A line that goes on from a heading: a line of text that is no field either (`Owner: …`). */
const GOES_ON_FROM_A_HEADING = /^ {0,3}(?!#{1,6}(?:[ \t]|$)|[>|]|[*+-](?:[ \t]|$)|\d{1,9}[.)][ \t]|[\p{L}][\p{L} _-]{0,30}:[ \t])\S/u;

/** The ranked text of a graded key result's heading: the heading's, or with the line below it when that holds the rank. */
function gradedHeadingText(lines: LineIndex, line: number, rank: RegExp): { heading: string; wrapped?: string } | undefined {
  const heading = withoutHeadingTrailer(/^ {0,3}#{1,6}[ \t]+(.*)$/.exec(lines.lineText(line))?.[1] ?? '');
  if (heading === '') return undefined;
  if (rank.test(heading)) return { heading };
  const next = line + 1 < lines.lineCount ? lines.lineText(line + 1) : '';
  // The line below may hold the rank alone (`P2 1.00`).
  return GOES_ON_FROM_A_HEADING.test(next) && rank.test(` ${next}`) ? { heading, wrapped: next.trim() } : undefined;
}

/** Owner items after list items, in the fewest a plan needs to be read as listing key results each over its owner. */
const MIN_OWNER_ITEMS = 4;
/** A list item naming an owner (`*   Owner: [xlai](…)`, `- Owners: …`). */
const OWNER_ITEM = /^[ \t]{0,3}[*+-][ \t]+Owners?:[ \t]/;
/** Any list item. */
const ANY_ITEM_LINE = /^[ \t]{0,3}[*+-][ \t]+\S/;

/** Whether four list items or more name an owner right after another item (`*   implement convertToBlob` / `*   Owner: xlai`). */
function listsOwnedItems(lines: LineIndex): boolean {
  // Most plans write no such item: one look spares them the walk.
  if (!/\n[ \t]{0,3}[*+-][ \t]+Owners?:[ \t]/.test(lines.text)) return false;
  let count = 0;
  let itemBefore = false;
  for (let line = 0; line < lines.lineCount && count < MIN_OWNER_ITEMS; line++) {
    const text = lines.lineText(line);
    if (OWNER_ITEM.test(text)) {
      if (itemBefore) count++;
      itemBefore = false;
    } else if (ANY_ITEM_LINE.test(text)) itemBefore = true;
    else if (text.trim() === '') itemBefore = false;
  }
  return count >= MIN_OWNER_ITEMS;
}

/** A tag written as a link alone on its line (`[#wp-performance](https://…)`): the team's label for the line above. */
const TAG_LINK_LINE = /^[ \t]*\[#[^\]\n]{1,60}\]\([^)\n]*\)[ \t]*$/;
/** A paragraph naming owners or a lead (`Owners: [paint-dev](…)`, `Lead: xlai`). */
const OWNERS_PARAGRAPH = /^[ \t]{0,3}(?:Owners?|Lead):[ \t]/;

/** Lines of text opening with a priority before a dash, in the fewest a plan needs to be read as ranking its key results so. */
const MIN_RANKED_LINES = 3;

/** Whether three lines of text or more (no list items) open with a priority before a dash (`P1 - Sign off on the spec`). */
function writesRankedLines(lines: LineIndex): boolean {
  // Most plans write no such line: one look spares them the walk.
  if (!/(?:^|\n) {0,3}P[0-4][ \t]*[-–—][ \t]/.test(lines.text)) return false;
  let count = 0;
  for (let line = 0; line < lines.lineCount && count < MIN_RANKED_LINES; line++) if (DASHED_PRIORITY.test(lines.lineText(line).replace(/^ {0,3}/, ''))) count++;
  return count >= MIN_RANKED_LINES;
}

/**
 * `### Performance 0.87` over `Wheel scroll latching and async wheel events P1 0.80` / `Publish a viewport spec 1.00`:
 * every paragraph under the heading is a line of text closing with a rank or a score, or two when it wraps, each a key
 * result of the objective it names. A label wholly in bold among them names the sub-team of the objectives after it.
 */
function listsGradedLines(lines: LineIndex, section: { startLine: number; endLine: number }): boolean {
  const paragraphs = sectionBody(lines, section, 1, true)
    .join('\n')
    .split(/\n[ \t]*\n/)
    .map((paragraph) => paragraph.trim())
    .filter((paragraph) => paragraph !== '' && !WHOLLY_BOLD.test(paragraph));
  const gradedParagraph = (paragraph: string): boolean => {
    const written = paragraph.split('\n');
    if (written.length === 1) return readGradedLine(written[0]!) !== undefined;
    // The second line closes with the rank, or with the score alone after a priority closing the first (`… P3` / `0.20`).
    return written.length === 2 && GOES_ON_FROM_A_HEADING.test(written[0]!) && closesGraded(written[1]!);
  };
  // Half of them graded at least: a key result not yet ranked (`Enable TSF by default`) stands among the others.
  const gradedCount = paragraphs.filter(gradedParagraph).length;
  return gradedCount > 0 && gradedCount * 2 >= paragraphs.length && paragraphs.every((paragraph) => gradedParagraph(paragraph) || readUngradedLine(paragraph) !== undefined);
}

/** Fewer words than this in a line of text under a graded objective, with no rank, name a key result not yet ranked. */
const MAX_UNGRADED_WORDS = 16;

/** `Enable TSF by default` among graded lines: a short line of text of its own, no field nor label, is a key result not yet ranked. */
function readUngradedLine(text: string): NodeDeclaration | undefined {
  // A label wholly in bold names a sub-team (`**Threaded Rendering Sub-team**`); a link alone points elsewhere.
  const trimmed = text.trim();
  if (text.includes('\n') || !GOES_ON_FROM_A_HEADING.test(text) || !/\p{L}{2}/u.test(text) || WHOLLY_BOLD.test(trimmed) || ONLY_A_LINK.test(trimmed) || trimmed.split(/\s+/).length > MAX_UNGRADED_WORDS) return undefined;
  return { kind: 'kr', title: trimmed.replace(CLOSING_HASH_TAG, ''), titleStart: 0 };
}

/** A line closing with a rank or a score, the rank maybe alone on it (`P2 1.00`). */
function closesGraded(text: string): boolean {
  return TRAILING_GRADE.test(` ${text.trim()}`);
}

/** A line of text under a graded objective that closes with a rank or a score: a key result, without them. */
function readGradedLine(text: string): NodeDeclaration | undefined {
  // The rank closing it makes it a key result, a name before a colon too (`PointerLock coordinates: make … P2`).
  if (!LINE_OF_TEXT.test(text)) return undefined;
  const title = text.replace(TRAILING_GRADE, '').replace(CLOSING_HASH_TAG, '');
  return title !== text && title.trim() !== '' ? { kind: 'kr', title, titleStart: 0 } : undefined;
}

/**
 * Where a plan grades its headings as Google does (three key results or more closing with a priority and a score), which
 * sections declare graded key results and which their objectives: a heading closing with a rank is a key result, and one
 * right before such a heading, closing with a score or with nothing, is its objective, unless it names a period. The key
 * results nest under the objective whatever their depth (a site's export may write them shallower).
 */
function gradedHeadings(lines: LineIndex, sections: ReturnType<typeof scanLines>['sections']): Map<number, 'objective' | 'kr'> {
  const graded = new Map<number, 'objective' | 'kr'>();
  // Most plans close no line with a priority: one look spares them the walk.
  if (!/[ \t]P[0-4](?:[ \t]+[01]\.\d{1,2})?[ \t]*(?:\n|$)/.test(lines.text)) return graded;
  // Headings and lines of text closing with a priority and a score, in the plan's own words: three make it graded; or,
  // before the scores are in, five closing with a priority alone.
  let full = 0;
  let priorityOnly = 0;
  for (let line = 0; line < lines.lineCount && full < MIN_GRADED_KEY_RESULTS && priorityOnly < MIN_PRIORITY_ONLY_LINES; line++) {
    const text = lines.lineText(line);
    if (atxHeadingDepth(text) === undefined && !GOES_ON_FROM_A_HEADING.test(text)) continue;
    const spaced = ` ${withoutHeadingTrailer(text.trim())}`;
    if (TRAILING_PRIORITY_AND_SCORE.test(spaced)) full++;
    else if (TRAILING_RANK.test(spaced)) priorityOnly++;
  }
  if (full < MIN_GRADED_KEY_RESULTS && priorityOnly < MIN_PRIORITY_ONLY_LINES) return graded;
  const depthOf = (index: number): number | undefined => (index < sections.length ? atxHeadingDepth(lines.lineText(sections[index]!.startLine)) : undefined);
  const headingText = (index: number): string => withoutHeadingTrailer(/^ {0,3}#{1,6}[ \t]+(.*)$/.exec(lines.lineText(sections[index]!.startLine))?.[1] ?? '');
  const countDepth = (counts: Map<number, number>, index: number): void => void counts.set(depthOf(index)!, (counts.get(depthOf(index)!) ?? 0) + 1);
  const mostCommon = (counts: Map<number, number>): number | undefined => [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
  const depths = new Map<number, number>();
  for (const [index, section] of sections.entries()) {
    if (!gradedHeadingText(lines, section.startLine, TRAILING_RANK)) continue;
    graded.set(index, 'kr');
    countDepth(depths, index);
  }
  const keyResultDepth = mostCommon(depths);
  const namesObjective = (index: number): boolean => {
    const name = headingText(index).replace(TRAILING_SCORE, '').replace(/[*_=`]/g, '').trim();
    return depthOf(index) !== undefined && name !== '' && !namesAPeriod(name);
  };
  const objectiveDepths = new Map<number, number>();
  for (const [index, section] of sections.entries()) {
    if (graded.has(index) || !namesObjective(index) || (graded.get(index + 1) !== 'kr' && !listsGradedLines(lines, section))) continue;
    graded.set(index, 'objective');
    countDepth(objectiveDepths, index);
  }
  // `### PointerEvent API is ready to ship 0.91` over `## Analyze compatibility with Edge for 25 sites 1.00`: where key
  // results are written at a depth of their own, apart from their objectives', a heading there closing with a score
  // alone is one more of them, and the heading at the objectives' depth over it their objective.
  const objectiveDepth = mostCommon(objectiveDepths);
  if (keyResultDepth === undefined || objectiveDepth === undefined || objectiveDepth === keyResultDepth) return graded;
  const scoredKeyResult = (index: number): boolean => depthOf(index) === keyResultDepth && TRAILING_SCORE.test(headingText(index)) && namesObjective(index);
  for (let index = 0; index < sections.length; index++) {
    if (depthOf(index) !== objectiveDepth || !namesObjective(index) || (graded.get(index) !== 'objective' && !scoredKeyResult(index + 1))) continue;
    graded.set(index, 'objective');
    for (let next = index + 1; next < sections.length && (graded.get(next) === 'kr' || scoredKeyResult(next)); next++) graded.set(next, 'kr');
  }
  return graded;
}

/**
 * An area's list (from its first item, blank lines left out) and the paragraphs after it: the first line after a blank
 * one that is neither an item, indented, a rule, a quote nor a footnote in emphasis opens the review of how the goal went.
 */
function listAndReview(withBlanks: string[]): { list: string[]; review: string[] } {
  const lines = withBlanks.slice(withBlanks.findIndex((line) => LIST_ITEM_LINE.test(line) || INDENTED_LIST_LINE.test(line)));
  const start = lines.findIndex((line, i) => i > 0 && lines[i - 1]!.trim() === '' && /^ ?\S/.test(line) && !LIST_ITEM_LINE.test(line) && !THEMATIC_BREAK.test(line) && !EMPHASIZED_FOOTNOTE.test(line.trim()) && !/^ {0,3}>/.test(line));
  const nonBlank = (part: string[]): string[] => part.filter((line) => line.trim() !== '');
  return start < 0 ? { list: nonBlank(lines), review: [] } : { list: nonBlank(lines.slice(0, start)), review: nonBlank(lines.slice(start)) };
}

/** The depth and the name of the heading opening each section (no depth for a section before any heading). */
function sectionHeadings(lines: LineIndex, sections: ReturnType<typeof scanLines>['sections']): { depthOf: (index: number) => number | undefined; nameOf: (index: number) => string } {
  // A byte-order mark opening the plan is no part of its first heading.
  const lineOf = (index: number): string => lines.lineText(sections[index]!.startLine).replace(/^\uFEFF/, '');
  return {
    depthOf: (index) => atxHeadingDepth(lineOf(index)),
    nameOf: (index) => headingName(lineOf(index)),
  };
}

/** A line wholly in emphasis, maybe after an escaped star: `\* *Will define depending on the content*`, `_Updated monthly_`. */
const EMPHASIZED_FOOTNOTE = /^(?:\\\*[ \t]*)?(\*\*|__|\*|_)(?![*_\s]).*\1$/;

/**
 * A period's goals (`## 2020 Goals`, `## Q3 goals`, `## Goals for 2021`, `2021 New Year's Resolutions & Goals`): the set of
 * the plan's objectives for it.
 */
/** Words that set goals aside as no longer the plan's (`2023 abandoned goals`, `Past goals`). */
const NOT_THE_PLANS = String.raw`(?!(?:previous|past|earlier|old|older|archived?|abandoned|dropped|cancell?ed|missed|failed|draft)\b)`;
const PERIOD_GOALS = new RegExp(String.raw`^${NOT_THE_PLANS}(?:[\p{L}&'’.-]+[ \t]+){0,3}?(?:(?:(?:fy)?20\d{2}(?:[ \t]+(?:q[1-4]|h[12]))?|q[1-4](?:[ \t]+20\d{2})?|h[12](?:[ \t]+20\d{2})?)(?:[ \t]+${NOT_THE_PLANS}[\p{L}&'’.-]+){0,4}?[ \t]+(?:goals|resolutions)|(?:goals|resolutions)[ \t]+(?:for[ \t]+)?(?:(?:fy)?20\d{2}|q[1-4]|h[12]))$`, 'iu');

/**
 * A heading naming a body of people (`Governing Committee`, `Staff`, `Platform team`, `Data working group`), not a
 * statement ending in one (`Build a strong team`, `Open the Berlin office`: an article or a possessive before it).
 */
const BODY_HEADING = /^(?!.*\b(?:a|an|the|our|my|their|your|its)\b)(?:[\p{L}&'’.-]+[ \t]+){0,3}?(?:committee|board|council|staff|team|squad|guild|working[ \t]+group|wg|department|office|chapter|tribe)$/iu;

/** A heading of the second level or deeper, its name capitalised, indented into a code block: `    ### Improve interop testing`. */
const INDENTED_HEADING = /^(?: {4,}|\t)[ \t]*#{2,6}[ \t]+\p{Lu}/u;

/** The line with `columns` columns of its indentation taken off, what stays of it written in blanks (a tab counts to the next four). */
function unindented(text: string, columns: number): string {
  return ' '.repeat(Math.max(0, indentColumns(text) - columns)) + text.trimStart();
}

/** The list items of a section, as written after their markers. */
const SECTION_ITEMS = /^ {0,3}(?:[-*+]|\d{1,9}[.)])[ \t]+(\S[^\n]*)/gm;

/**
 * A section's list states few numbers (`- Publicly launch the docs` / `- Increase staff to 4 people` / `- Establish
 * plans`): not the measured list of key results `isMeasuredFlatList` reads (two numbers and a third of the items, or one
 * in half of them).
 */
function listsFewNumbers(sectionText: string): boolean {
  let items = 0;
  let measured = 0;
  for (const item of matchesOf(SECTION_ITEMS, sectionText)) {
    items++;
    if (findQuantities(item[1]!).length > 0) measured++;
  }
  return items > 0 && !statesEnoughNumbers(measured, items);
}

/** Whether so many of a list's items state a number that it lists results, not objectives (see `isMeasuredFlatList`). */
function statesEnoughNumbers(measured: number, items: number): boolean {
  return measured >= 2 ? measured * 3 >= items : measured * 2 >= items;
}

/** A heading over a part of the OKR method, not an area of the plan: `Cadence`, `Tools`, `Scoring`, `Examples`. */
const METHOD_AREA = /^(?:cadence|tools?|tooling|process(?:es)?|rituals?|meetings?|scoring|grading|timelines?|roles?|templates?|examples?|samples?|resources?|faqs?|glossary|tips|guidelines?|principles|rules|best[ \t]+practices|why|what|how|when|who|benefits?|advantages?|(?:common[ \t]+)?(?:mistakes|pitfalls|anti-?patterns)|dos|don[’']?ts|further[ \t]+reading|introduction|overview|background|about|summary|conclusion)\b/i;

/**
 * `| **Obj 1: Research** | KR1: … | ✅ Done |`: a section whose table rows declare only objectives already declared in
 * headings (`ids`), by their ids (names cut short are still the same objectives).
 */
function restatesObjectives(sectionText: string, ids: ReadonlySet<string>): boolean {
  let restated = 0;
  for (const line of sectionText.split('\n')) {
    if (!line.trimStart().startsWith('|')) continue;
    for (const cell of line.split('|', 12)) {
      const text = cell.replace(/[*_`]/g, '').trim();
      // `| O1 | … |` or `| **Obj 1: Research** | … |`.
      const onlyId = objectiveIdOnly(text);
      const declared = onlyId ? undefined : readNodeDeclaration(text);
      const id = onlyId || (declared?.kind === 'objective' ? (declared.id ?? '-').toLowerCase() : '');
      if (!id) continue;
      if (!ids.has(id)) return false;
      restated++;
    }
  }
  return restated > 0;
}

/** The name of a part of a V2MOM, as a heading's or a label's text: `Methods`, `**Measures**`, `Values:`. */
const V2MOM_PART = /^[ \t]{0,3}(?:#{1,6}[ \t]+)?(?:\*\*|__)?[ \t]*(vision|values|methods|obstacles|measures|metrics)[ \t]*(?:\*\*|__)?[ \t]*[:：]?[ \t]*(?:\*\*|__)?[ \t]*$/i;
/** A heading or a bold label on a line of its own that names a V2MOM's part: only such lines make a plan a V2MOM. */
const V2MOM_PART_LINE = /^[ \t]{0,3}(?:#{1,6}[ \t]+|\*\*|__)/;
/** A word only a V2MOM's list parts are named by: most plans hold none, and are not searched for the parts. */
const V2MOM_HINT = /\b(?:methods|measures|metrics)\b/i;
/** Every line that is such a part, found in one search of the text (each line's text read on its own costs a string). */
const V2MOM_PART_LINES = new RegExp(String.raw`(?<![^\r\n])(?=${V2MOM_PART_LINE.source.slice(1)})${V2MOM_PART.source.slice(1, -1)}(?![^\r\n])`, 'gi');

/**
 * Three or more of a V2MOM's parts as headings or bold labels: its methods, its measures (`Metrics` is a name for them
 * too) and its vision, values or obstacles. A plan declaring objectives by keyword is no V2MOM: its `Methods` say how it
 * works and its `Metrics` are a dashboard.
 */
/**
 * The parts of a SMART goal a plan labels, in the languages plans are read in: `**Specific**:` (`Specifiek`, `Spezifisch`,
 * `Específico`, `Spécifique`, `Specifico`, `Spesifikk`), maybe after its letter (`S - Specific:`), and `**Measurable**:`
 * (`Meetbaar`, `Messbar`, `Medible`, `Mensurável`, `Mesurable`, `Misurabile`, `Målbar`, `Mätbar`).
 */
const SPECIFIC_WORDS = String.raw`specific|specifiek|spezifisch|espec[ií]fic[oa]|sp[ée]cifique|specifico|spesifikk|specifikt?`;
const MEASURABLE_WORDS = String.raw`measurable|meetbaar|messbar|medible|mensur[áa]vel|mesurable|misurabile|målbart?|mätbart?`;
/** A SMART part's label at a line's start, before the text it labels. */
function smartLabel(words: string, flags: string): RegExp {
  return new RegExp(String.raw`^(\*\*|__)?(?:[SM][ \t]*[-–—:=][ \t]*)?(?:${words})(?:\1)?[ \t]*[:：](?:\1)?[ \t]*(?=\S)`, flags);
}
const SPECIFIC_LABEL = smartLabel(SPECIFIC_WORDS, 'iu');
const MEASURABLE_LABEL = smartLabel(MEASURABLE_WORDS, 'iu');

/** The plan labels both the specific and the measurable part of its goals somewhere. */
function writesSmartGoals(lines: LineIndex): boolean {
  return smartLabel(SPECIFIC_WORDS, 'imu').test(lines.text) && smartLabel(MEASURABLE_WORDS, 'imu').test(lines.text);
}

/** `**Specific**: I will …` is a SMART goal's objective, `**Measurable**: At least 90% …` its key result. */
function readSmartLabel(text: string): NodeDeclaration | undefined {
  const specific = SPECIFIC_LABEL.exec(text);
  const label = specific ?? MEASURABLE_LABEL.exec(text);
  return label ? { kind: specific ? 'objective' : 'kr', title: text.slice(label[0].length).trimEnd(), titleStart: label[0].length } : undefined;
}

function isV2mom(lines: LineIndex): boolean {
  if (!V2MOM_HINT.test(lines.text)) return false;
  const parts = new Set<string>();
  for (const m of lines.text.matchAll(V2MOM_PART_LINES)) {
    // A long line is no part's name, whatever blanks pad it.
    const part = m[0].length > 40 ? undefined : m[1]!.toLowerCase();
    if (part) parts.add(part === 'metrics' ? 'measures' : part);
  }
  return parts.size >= 3 && parts.has('methods') && parts.has('measures');
}

/** The nodes a V2MOM's part lists: its methods are objectives, its measures key results. */
function v2momGroup(name: string): NodeKind | undefined {
  const part = V2MOM_PART.exec(name)?.[1]?.toLowerCase();
  return part === 'methods' ? 'objective' : part === 'measures' || part === 'metrics' ? 'kr' : undefined;
}

/** A list item nested under another (indented two columns or more). */
const NESTED_ITEM = /\n(?: {2,}|\t)(?:[-*+]|\d{1,9}[.)])[ \t]+\S/;

/**
 * `### Objectives :` / `1. 기록을 생활화하기` … then `### Key Results:` / `1. 기록을 생활화하기 (aspirational KR)` / `   - …`: an
 * objectives list said again, item by item (a closing aside aside), by the next `Key Results` list, which nests each
 * one's key results under it. The sections whose lists are such summaries, and those that restate them.
 */
function objectivesRestatedBelow(lines: LineIndex, sections: ReturnType<typeof scanLines>['sections'], series: { depths: Set<number>; quarterAims: Set<number> }): { summaries: Set<number>; outlines: Set<number>; restatedBelow: Set<number> } {
  const summaries = new Set<number>();
  const outlines = new Set<number>();
  const restatedBelow = new Set<number>();
  const { depthOf, nameOf } = sectionHeadings(lines, sections);
  const textOf = (index: number): string => sectionTextOf(lines, sections[index]!);
  const topItems = (text: string): string[] => [...matchesOf(SECTION_ITEMS, text)].map((m) => comparable(m[1]!));
  const groupOf = sections.map((_, index) => (depthOf(index) === undefined ? undefined : readGroupHeading(nameOf(index))));
  // Read once per `Key Results` section, however many lists above it are compared with it: the items it says again.
  const restating = new Map<number, Set<string> | undefined>();
  const restatingAt = (index: number): Set<string> | undefined => {
    if (!restating.has(index)) {
      const text = textOf(index);
      restating.set(index, NESTED_ITEM.test(text) ? new Set(topItems(text)) : undefined);
    }
    return restating.get(index);
  };
  let nextKeyResults = -1;
  // The objectives the headings below declare, by their content words: `## Goal: Increase website traffic`.
  const declaredBelow: Set<string>[] = [];
  for (let index = sections.length - 1; index >= 0; index--) {
    if (groupOf[index] === 'kr') nextKeyResults = index;
    const depth = depthOf(index);
    // Past the most a summary is compared with, the headings above need not be read: no list is compared any more.
    const declared = depth === undefined || declaredBelow.length > MAX_SUMMARISED ? undefined : readNodeDeclaration(nameOf(index)) ?? readGoalHeading(nameOf(index), series.depths.has(depth) || series.quarterAims.has(index));
    if (declared?.kind === 'objective') declaredBelow.push(contentWords(statementOf(declared.title).text));
    // `## The Goals` / `* Increase my website traffic` … then `## Goal: Increase website traffic`: each goal listed is
    // said again, about as written, by an objective heading of its own below, so the list sums them up.
    const compared = declaredBelow.length >= 2 && declaredBelow.length <= MAX_SUMMARISED;
    if (!compared && groupOf[index] !== 'objective') continue;
    const text = textOf(index);
    const restated = compared && eachSetOutBelow(text, declaredBelow);
    if (restated) restatedBelow.add(index);
    if (groupOf[index] !== 'objective') continue;
    const listed = topItems(text);
    if (listed.length < 2) continue;
    const said = nextKeyResults < 0 ? undefined : restatingAt(nextKeyResults);
    if (said && listed.every((item) => said.has(item))) {
      summaries.add(index);
      outlines.add(nextKeyResults);
    } else if (restated) summaries.add(index);
  }
  return { summaries, outlines, restatedBelow };
}

/**
 * A section's flat list whose every item (two or more) an objective heading below says again, each its own heading.
 * A summary lists a few goals: past that many, no list is compared (it would cost items times headings).
 */
function eachSetOutBelow(text: string, declaredBelow: Set<string>[]): boolean {
  if (NESTED_ITEM.test(text)) return false;
  const listed = [...matchesOf(SECTION_ITEMS, text)].map((m) => contentWords(m[1]!));
  if (listed.length < 2 || listed.length > MAX_SUMMARISED) return false;
  const taken = new Set<number>();
  for (const item of listed) {
    const heading = declaredBelow.findIndex((words, at) => !taken.has(at) && restates(item, words));
    if (heading < 0) return false;
    taken.add(heading);
  }
  return true;
}

/** A table row's first cell: `| **KR1** | …` → `**KR1**`. */
const FIRST_CELL = /^[ \t]*\|([^|\n]*)\|/gm;

/** The ids of the key results table rows of a text open with, each alone in its cell (`| **KR1** | …`). */
function keyResultIdsOpeningRows(text: string): string[] {
  return matchesOf(FIRST_CELL, text).flatMap((m) => keyResultIdInCell(m[1]!.trim()) ?? []);
}

/** An objective's id opening a table cell: `| **O1:** …`, `| O2. …`. */
const OBJECTIVE_ID_IN_CELL = /\|[ \t]*(?:\*\*|__)?O-?(\d{1,3})(?:\*\*|__)?[ \t]*[:.]/g;

/**
 * The sections whose table names two or more objectives by ids (`| **O1:** … |`) that objective headings below all
 * declare again (`### Objective 1: …`): an overview of the objectives set out below.
 */
function objectiveTablesSetOutBelow(lines: LineIndex, sections: ReturnType<typeof scanLines>['sections']): Set<number> {
  const overviews = new Set<number>();
  const { depthOf, nameOf } = sectionHeadings(lines, sections);
  const declaredBelow = new Set<string>();
  for (let index = sections.length - 1; index >= 0; index--) {
    const text = sectionTextOf(lines, sections[index]!);
    if (text.includes('|')) {
      const named = new Set([...matchesOf(OBJECTIVE_ID_IN_CELL, text)].map((m) => `o${Number(m[1])}`));
      if (named.size >= 2 && [...named].every((id) => declaredBelow.has(id))) overviews.add(index);
    }
    const declared = depthOf(index) === undefined ? undefined : readNodeDeclaration(nameOf(index));
    if (declared?.kind === 'objective' && declared.id) declaredBelow.add(declared.id.toLowerCase().replace(/^o-?0*/, 'o'));
  }
  return overviews;
}

/** The most goals a summary lists, and the most objective headings it is compared with. */
const MAX_SUMMARISED = 40;

/** Words that carry no content when one statement is compared with another. */
const FILLER_WORDS = new Set(['a', 'an', 'the', 'my', 'our', 'your', 'its', 'their', 'to', 'of', 'and', 'for', 'in', 'on', 'at', 'by', 'with']);

/** A statement's content words, lower-cased. */
function contentWords(text: string): Set<string> {
  return new Set((text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).filter((word) => !FILLER_WORDS.has(word)));
}

/** One statement says the other again: at least four in five of the shorter's content words are in the longer. */
function restates(a: Set<string>, b: Set<string>): boolean {
  const [shorter, longer] = a.size <= b.size ? [a, b] : [b, a];
  if (shorter.size === 0) return false;
  let shared = 0;
  for (const word of shorter) if (longer.has(word)) shared++;
  return shared * 5 >= shorter.size * 4;
}

/** A theme's name: up to four words and no number (`Apps deployment`, `IaaC`, `Systems design 📚`). */
const THEME_NAME = /^(?!(?:halve|double|triple|cut|reduce|lower|drop|grow|increase|raise|improve|boost|launch|build|ship|make|get|reach|hit|keep|win|sign|hire|deliver|create|move)\b)(?:[^\s\d]+(?:[ \t]+[^\s\d]+){0,3})$/iu;
/** Headings saying why, who, how or what an objective costs: notes on it, no theme of its key results. */
const ABOUT_THE_OBJECTIVE = /^(?:why\b|how\b|who\b|what\b|problem|description|owners?|budget|costs?|hypothes[ie]s|scope|milestones?|deliverables?|approach|plan|planning|strategy|outcomes?|impact|value|activit(?:y|ies)|tasks?|work|actions?|people|team|resources|timeline|risks?|category|categories|went|didn|did|deprioriti[sz]ed|dropped|paused|cut|asks?|dependenc(?:y|ies)|open|sponsors?|counter|guardrails?|blocked|blockers?|status|progress|updates?|learnings?|lessons|retro|done|completed|shipped|next)\b/i;
/** `**Key Performance Indicator:**`, `**KPIs:**`: under an objective, the measures it is judged by. */
const KPI_LABEL = /^(?:key[ \t]+performance[ \t]+indicators?|kpis?)[ \t]*:?$/i;
/** `### Targets`, `### Sales targets`: under an objective's heading, what it must reach (`## Missed targets` is a review). */
const TARGETS_HEADING = /^(?:(?:our|key|sales|[\p{L}-]+)[ \t]+)?targets[ \t]*:?$/iu;

/**
 * `### Objective: Knowledge gaining` / `#### Apps deployment` / `* [ ] Docker deployment in AWS` / `#### IaaC` / `* [ ] …`:
 * under a heading declaring an objective that lists nothing itself, plain headings over flat lists, where no heading under
 * it declares a node or names a group, are themes of its key results. The sections whose lists are so its key results.
 */
function themesOfKeyResults(lines: LineIndex, sections: ReturnType<typeof scanLines>['sections']): Set<number> {
  const themes = new Set<number>();
  const { depthOf, nameOf } = sectionHeadings(lines, sections);
  for (let index = 0; index < sections.length; index++) {
    const depth = depthOf(index);
    if (depth === undefined || readNodeDeclaration(nameOf(index))?.kind !== 'objective') continue;
    const under: number[] = [];
    for (let next = index + 1; next < sections.length && (depthOf(next) ?? 0) > depth; next++) under.push(next);
    if (under.length === 0) continue;
    index = under.at(-1)!;
    const headings = under.map((at) => ({ at, name: nameOf(at), bare: nameOf(at).replace(/[*_]/g, '').trim() }));
    const declares = ({ name, bare }: (typeof headings)[number]) => readNodeDeclaration(name) !== undefined || readGroupHeading(name) !== undefined || idOnlyHeadingKind(name) !== undefined || TARGETS_HEADING.test(bare);
    // Read only where no heading under the objective declares its nodes: most objectives never get past here.
    if (headings.some(declares)) continue;
    // An objective listing or declaring its key results itself (`- …`, `KR1: …` paragraphs) has them: its sub-headings are notes or work.
    const own = sectionTextOf(lines, sections[index - under.length]!);
    if (HOLDS_ITEMS.test(own) || own.split('\n').slice(1).some((line) => readNodeDeclaration(line.trim().replace(/^[-*+][ \t]+/, '')) !== undefined)) continue;
    const notes = ({ bare }: (typeof headings)[number]) => namesNoPlan(bare) || namesNotes(bare) || REVIEW_HEADING.test(bare) || ABOUT_THE_OBJECTIVE.test(bare);
    const listing = headings.filter((heading) => !notes(heading)).map((heading) => ({ ...heading, text: sectionTextOf(lines, sections[heading.at]!) })).filter(({ text }) => HOLDS_ITEMS.test(text));
    // A theme is a short name; a heading that states a result or a sentence is no theme, and where any list under the
    // objective nests (details, initiatives), which lists are its key results is not plain: none is read as one.
    if (!listing.every(({ bare, text }) => THEME_NAME.test(bare) && !NESTED_ITEM.test(text))) continue;
    for (const { at } of listing) themes.add(at);
  }
  return themes;
}

/** An aside in brackets closing a text (`完了(5/31 追加)`), its blanks collapsed. */
const CLOSING_BRACKETED_ASIDE = /[(（][^()（）]{0,60}[)）]$/u;

/**
 * The list items of a plan's sections, read only when a review's table asks for them (most plans have none), and each
 * section once however many tables ask.
 */
class ListedItems {
  private readonly items = new Set<string>();
  private read = 0;

  constructor(private readonly lines: LineIndex, private readonly sections: ReturnType<typeof scanLines>['sections']) {}

  /** The items of the sections before `index`. */
  upTo(index: number): ReadonlySet<string> {
    for (; this.read < index; this.read++) {
      for (const item of sectionTextOf(this.lines, this.sections[this.read]!).matchAll(ANY_ITEM)) this.items.add(comparable(item[1]!));
    }
    return this.items;
  }
}

/** A list item at any depth, and its text. */
const ANY_ITEM = /^[ \t]*(?:[-*+]|\d{1,9}[.)])[ \t]+(?:\[[ xX]\][ \t]+)?(\S[^\n]*)/gm;

/** The `OKR` label opening a heading: `OKR: …`, `OKRs — …`. */
const OKR_LABEL = /^(?:\*\*|__)?OKRs?\b/i;

/** Whether a line after `from` states `statement` again, alone or as a list item's text (emphasis and case aside). */
function statedBelow(lines: LineIndex, from: number, statement: string): boolean {
  const wanted = comparable(statement);
  if (wanted === '') return false;
  for (let line = from; line < lines.lineCount; line++) {
    const text = lines.lineText(line);
    if (text.length < wanted.length) continue;
    if (comparable(text.replace(LIST_MARKER, '').replace(/^\[[ xX]\][ \t]+/, '')) === wanted) return true;
  }
  return false;
}

/** A text as two writings of one statement compare: without emphasis, a closing aside in brackets, case or runs of blanks. */
function comparable(text: string): string {
  // Blanks collapsed first: a pattern opening with a run of blanks would try every start inside a long one.
  return text.replace(/[*_`]/g, '').replace(/\s+/g, ' ').trim().replace(CLOSING_BRACKETED_ASIDE, '').trimEnd().toLowerCase();
}

/**
 * `## 2022 Q2 OKR review` / `| KR | Achievement |` / `| Read 5 books | 100% |`: a section whose table rows each open
 * with an item listed earlier, two rows or more, scores those items; it declares nothing again.
 */
function scoresListedItems(sectionText: string, listed: ReadonlySet<string>): boolean {
  let rows = 0;
  let afterDelimiter = false;
  let header = '';
  for (const line of sectionText.split('\n')) {
    const trimmed = line.trim();
    if (!trimmed.startsWith('|')) {
      afterDelimiter = false;
      continue;
    }
    if (/^\|[\s:|-]+\|?$/.test(trimmed)) {
      // `| Objective | Key result | Owner |`: an OKR table declares its own nodes, whatever its first cells repeat.
      if (namesObjectiveColumn(header, trimmed)) return false;
      afterDelimiter = true;
      continue;
    }
    header = trimmed;
    if (!afterDelimiter) continue;
    const first = trimmed.slice(1).split('|', 1)[0]!;
    if (!listed.has(comparable(first))) return false;
    rows++;
  }
  return rows >= 2;
}

/** An OKR table's header on `line`, with its delimiter row and at least one row of text under them (an empty template declares nothing). */
function okrTableAt(lines: LineIndex, line: number): boolean {
  if (line + 2 >= lines.lineCount || !namesObjectiveColumn(lines.lineText(line), lines.lineText(line + 1))) return false;
  return /\|[ \t]*[^|\s]/.test(lines.lineText(line + 2));
}

/** True when a line of the plan declares an objective with its keyword: a heading, a list item, a label line or the header of an OKR table. */
function declaresObjectivesByKeyword(lines: LineIndex): boolean {
  let fence: string | undefined;
  for (let line = 0; line < lines.lineCount; line++) {
    // An example in a fenced code block declares nothing.
    const opener = /^ {0,3}(`{3,}|~{3,})/.exec(lines.lineText(line))?.[1];
    if (opener && (fence === undefined || opener.startsWith(fence))) {
      fence = fence === undefined ? opener : undefined;
      continue;
    }
    if (fence !== undefined) continue;
    const text = lines.lineText(line).replace(/^[ \t]*(?:#{1,6}[ \t]+|(?:[-*+]|\d{1,9}[.)])[ \t]+(?:\[[ xX]\][ \t]+)?)?/, '');
    if (readNodeDeclaration(text)?.kind === 'objective' || okrTableAt(lines, line)) return true;
  }
  return false;
}

/** `Metric: Response time to triage new issues.`: the label of a metric card, and the metric's name. */
const METRIC_LABEL = /^(?:\*\*|__)?metric(?:\*\*|__)?[ \t]*[:：](?:\*\*|__)?[ \t]*(\S.*)$/i;

/** Verbs of change and of becoming an objective opens with: a title opening with one is a statement. */
const CHANGE_STATEMENT_VERBS = new Set([
  'grow', 'improve', 'increase', 'reduce', 'raise', 'cut', 'boost', 'lower', 'double', 'triple', 'halve', 'become', 'be', 'win',
  'reach', 'achieve', 'get', 'drive', 'scale', 'expand', 'keep', 'maintain', 'delight', 'make', 'accelerate', 'simplify',
  'strengthen', 'deepen', 'empower', 'unlock', 'earn', 'retain',
]);
/** Task verbs and verbs of taking a place: after the label's colon a title opening with one is a statement (`# OKR: Launch Mobile App`, `# OKR: Help New Owners`). */
const TASK_STATEMENT_VERBS = new Set([
  ...DEFAULT_LEXICON.taskVerbs.filter((verb) => !verb.includes(' ')),
  'help', 'enable', 'own', 'lead', 'land', 'protect', 'secure',
]);

/** `# OKR — EZRoom`, `# OKRs: Team Atlas`: the plan's title, the OKR label over the name of what the plan is for. */
const PLAN_NAME = /^[\p{Lu}\p{N}][\p{L}\p{N}&'’.-]*(?:[ \t]+[\p{Lu}\p{N}][\p{L}\p{N}&'’.-]*){0,2}$/u;
function namesThePlan(depth: number, text: string): boolean {
  if (depth !== 1) return false;
  const label = /^okrs?[ \t]*(?:([:：])|[—–]|-(?=[ \t]))[ \t]*/i.exec(text.trimStart());
  const name = label ? text.trimStart().slice(label[0].length).trimEnd() : '';
  // `# OKR: Launch Mobile App` is a statement in title case, after the label's colon; after a dash a title names the
  // plan (`# OKR — Design Team`) unless it opens with a verb of change (`# OKR — Improve Onboarding`).
  const first = name.split(/[ \t]/)[0]!.toLowerCase();
  return PLAN_NAME.test(name) && !CHANGE_STATEMENT_VERBS.has(first) && !(label?.[1] !== undefined && TASK_STATEMENT_VERBS.has(first));
}

/**
 * The heading depths at which two or more headings are unnumbered goals (`## Goal: Attract readers`), and the headings
 * naming a quarter and its aim (`### 23Q1: Showcase projects`), two or more at one depth, each right over a list: a
 * series of them.
 */
function goalSeries(lines: LineIndex, sections: ReturnType<typeof scanLines>['sections']): { depths: Set<number>; quarterAims: Set<number> } {
  const { depthOf, nameOf } = sectionHeadings(lines, sections);
  const seen = new Set<number>();
  const depths = new Set<number>();
  const aimsAt = new Map<number, number[]>();
  /** The headings over the current one, and whether one names a schedule of work (`## Roadmap`, `## Changelog`): quarters there are no aims (goals still are). */
  const open: { depth: number; aside: boolean }[] = [];
  for (let index = 0; index < sections.length; index++) {
    const depth = depthOf(index);
    if (depth === undefined) continue;
    while (open.length && open[open.length - 1]!.depth >= depth) open.pop();
    const underAside = open.some((heading) => heading.aside);
    // Most headings name no goal nor quarter: one look at the line spares reading its name.
    const line = lines.lineText(sections[index]!.startLine);
    if (!/goal|[qh]\d/i.test(line)) {
      // A heading's name is read only when its line holds a word of a schedule: most headings' never are.
      if (!underAside) open.push({ depth, aside: SCHEDULE_WORD.test(line) && ROADMAP_HEADING.test(nameOf(index)) });
      continue;
    }
    const name = nameOf(index);
    open.push({ depth, aside: underAside });
    // `## Roadmap` / `#### Goal: Enable adoption`: a goal said as one is a goal in a schedule too.
    if (UNNUMBERED_GOAL.test(name)) {
      if (seen.has(depth)) depths.add(depth);
      seen.add(depth);
    } else if (!underAside && isQuarterAim(lines, sections[index]!, name)) aimsAt.set(depth, [...(aimsAt.get(depth) ?? []), index]);
  }
  const quarterAims = new Set([...aimsAt.values()].filter((aims) => aims.length >= 2).flat());
  return { depths, quarterAims };
}

/**
 * `### 23Q1: Demonstrate dataset provision` over `* Create organisation scorecard`: an aim of two words or more opening with
 * a verb (no report of work done, `Built the new API`), no group, notes, review or set of OKRs (`Q1 2024: OKRs`, `Q1:
 * Notes`), right over a list whose items declare no node.
 */
function isQuarterAim(lines: LineIndex, section: { startLine: number; endLine: number }, name: string): boolean {
  const label = QUARTER_AIM.exec(name);
  if (!label) return false;
  const aim = name.slice(label[0].length).trim();
  const words = aim.split(/\s+/);
  if (words.length < 2 || !AIM_VERBS.has(words[0]!.toLowerCase()) || readGroupDeclaration(aim) || namesNotes(aim) || NAMES_OKRS.test(aim) || REVIEW_HEADING.test(aim) || readNodeDeclaration(aim)) return false;
  const body = sectionBody(lines, section);
  // Items holding items of their own (`- Grow revenue` / `  - Raise ARR …`) are the quarter's objectives, not its key
  // results; a word alone over items (`* Find` / `    * Dataset search`) names a theme of them.
  const holdsItems = (at: number) => at + 1 < body.length && INDENTED_LIST_LINE.test(body[at + 1]!) && !INDENTED_LIST_LINE.test(body[at]!);
  return body.length > 0 && LIST_ITEM_LINE.test(body[0]!) && body.every((line, at) => !readNodeDeclaration(itemText(line)) && (!holdsItems(at) || /^\S+$/.test(itemText(line))));
}

/** `## Roadmap`, `## Timeline`, `## Changelog`, `## Release notes`: a schedule of work, whose quarters name no objectives. */
const ROADMAP_HEADING = /^(?:(?:product|project|technical|our|the|\d{4})[ \t]+)?(?:roadmap|timeline|schedule|changelog|change[ \t]+log|release[ \t]+notes|releases|milestones|history)\b/i;
const SCHEDULE_WORD = /roadmap|timeline|schedule|change|release|milestone|history/i;

/**
 * Verbs a quarter's aim opens with (`Demonstrate dataset provision`, `Automate refreshes`, `Grow the community`): a
 * name (`Platform team`), a topic (`Growth and retention`) or work reported done (`Built the new API`) is no aim.
 */
const AIM_VERBS = new Set([
  ...TASK_STATEMENT_VERBS, ...CHANGE_STATEMENT_VERBS, ...DEFAULT_LEXICON.activityVerbs.filter((verb) => !verb.includes(' ')),
  'demonstrate', 'showcase', 'show', 'prove', 'use', 'establish', 'support', 'explore', 'validate', 'learn', 'find', 'start', 'finish',
  'complete', 'hire', 'onboard', 'open', 'migrate', 'integrate', 'harden', 'stabilise', 'stabilize', 'polish', 'refine', 'invest',
]);

/** The node a heading declares: with its keyword, or a goal where goals head objectives; none when it titles the plan. */
function headingDeclaration(depth: number, text: string, goalHeading: boolean): NodeDeclaration | undefined {
  if (namesThePlan(depth, text)) return undefined;
  const declared = readNodeDeclaration(text) ?? (goalHeading ? readGoalHeading(text, true) : undefined);
  if (isAboutANode(declared)) return undefined;
  // `### Our mission:` over its statement: the keyword and its colon alone announce the node below, as `## Mission` does.
  // (`## Objective 1:` over its list keeps its id and its place.)
  if (declared && (declared.kind === 'mission' || declared.id === undefined) && declared.title.trim() === '' && declared.statement === undefined && idOnlyHeadingKind(text.trim()) !== undefined) return undefined;
  // `# OKR - 2026年Q2（4月-6月）`: a title naming only the plan's period declares no objective.
  return declared?.kind === 'objective' && statesOnlyAPeriod(declared.title) ? undefined : declared;
}

/** Words after a node's id that make its heading a section about that node (`KR1 Deep Dive: …`, `O2 details`). */
const ABOUT_A_NODE = /^(?:deep[ \t-]?dive|details|breakdown|explained|explanation|rationale|background)\b/i;

/** `#### KR1 Deep Dive: Reducing Hotfix Deployments`: a section about a node named by its id, no node of its own. */
function isAboutANode(declared: NodeDeclaration | undefined): boolean {
  return declared?.id !== undefined && ABOUT_A_NODE.test(declared.title);
}

/** A text that is a period and nothing more, but an aside in brackets (`2026年Q2（4月-6月）`, `Q3 2024`). */
function statesOnlyAPeriod(text: string): boolean {
  const plain = text.replace(CLOSING_ASIDE, '').trim();
  const mention = statedPeriodIn(plain);
  return mention !== undefined && mention.index === 0 && mention.length === plain.length;
}

/**
 * The `Key results` group headings (by section index) with a node declared with its keyword in a heading under them
 * (`#### KR 2: …`). Each group reads the headings under it once; groups nest six deep at most.
 */
function keyResultGroupsOverKeywordHeadings(lines: LineIndex, sections: ReturnType<typeof scanLines>['sections']): Set<number> {
  const groups = new Set<number>();
  const { depthOf, nameOf } = sectionHeadings(lines, sections);
  for (let index = 0; index < sections.length; index++) {
    const depth = depthOf(index);
    if (depth === undefined || readGroupHeading(nameOf(index)) !== 'kr') continue;
    for (let next = index + 1; next < sections.length; next++) {
      const subDepth = depthOf(next);
      if (subDepth === undefined || subDepth <= depth) break;
      if (readNodeDeclaration(nameOf(next))) {
        groups.add(index);
        break;
      }
    }
  }
  return groups;
}

/** A line of the section under its heading declares an objective with its keyword (`**Objective**: …`, `- Objective: …`). */
function declaresObjectiveOnALine(lines: LineIndex, section: { startLine: number; endLine: number }): boolean {
  for (let line = section.startLine + 1; line < section.endLine && line < lines.lineCount; line++) {
    if (readNodeDeclaration(lines.lineText(line).replace(LIST_MARKER, '').trim())?.kind === 'objective') return true;
  }
  return false;
}

/**
 * `## Grow the partner network` / a description / `### Team` / `### Key Results` / `- …`: a plain heading (no node,
 * id, group, period, notes or process, nor one naming a set of OKRs or a person) with a `Key Results` heading among its
 * own sub-headings, before any that names another group or a node, is the objective of those key results. The indexes of the sections whose headings are such objectives.
 */
function headingsOverKeyResultGroups(lines: LineIndex, sections: ReturnType<typeof scanLines>['sections']): Set<number> {
  const objectives = new Set<number>();
  const { depthOf, nameOf } = sectionHeadings(lines, sections);
  for (let index = 0; index < sections.length; index++) {
    const depth = depthOf(index);
    if (depth === undefined) continue;
    // The sub-headings first: most headings have no `Key Results` one, and their own names need not be read.
    let overKeyResults = false;
    let childDepth: number | undefined;
    let group = index;
    for (let next = index + 1; next < sections.length; next++) {
      const subDepth = depthOf(next);
      if (subDepth === undefined || subDepth <= depth) break;
      // `# Measurable goals` / `## 1. An outcome` / `### Success indicators`: a group under a child heading is the child's.
      childDepth = Math.min(childDepth ?? subDepth, subDepth);
      if (subDepth > childDepth) continue;
      // `### 1. OKR: @maria` / `#### Objectives` / `#### Key Results`: the objectives are named below, not by this heading.
      const sub = nameOf(next);
      const kind = readGroupHeading(sub);
      overKeyResults = kind === 'kr';
      group = next;
      // `### Sample Objective` over its statement names the objective too.
      if (kind !== undefined || readNodeDeclaration(sub) || idOnlyHeadingKind(sub) !== undefined) break;
    }
    if (!overKeyResults) continue;
    // `# Design Document: …` / `## Success Metrics` / … / `#### Objective 1: …`: a heading over objectives declared with
    // their keyword is the page's title or a section of it, no objective of its own.
    if (enclosesDeclaredObjective(index, depth)) continue;
    // Under the plan's title, a heading of its own names the group's objective (`# 2020 Plan` / `## Finding People` /
    // `## Key results`); under any other heading, that heading does.
    if (depth === 1 && namesTheObjectiveBeside(group)) continue;
    if (namesAnObjectiveOverKeyResults(lines, sections[index]!, nameOf(index))) objectives.add(index);
  }
  // `## Finding People` / `## Key results` / … / `## Improve the docs` / `## Key results`: a heading with nothing under it
  // right before a `Key results` heading beside it, under the plan's title, names their objective.
  for (let index = 1; index < sections.length; index++) if (readGroupHeading(nameOf(index)) === 'kr' && namesTheObjectiveBeside(index)) objectives.add(index - 1);
  return objectives;

  function enclosesDeclaredObjective(index: number, depth: number): boolean {
    for (let next = index + 1; next < sections.length; next++) {
      const subDepth = depthOf(next);
      if (subDepth !== undefined && subDepth <= depth) return false;
      if (subDepth !== undefined && readNodeDeclaration(nameOf(next))?.kind === 'objective') return true;
    }
    return false;
  }

  function namesTheObjectiveBeside(group: number): boolean {
    const sibling = group - 1;
    const depth = depthOf(group);
    if (depth === undefined || depth < 2 || depthOf(sibling) !== depth || !holdsOnlyItsHeading(lines, sections[sibling]!)) return false;
    // Right under the plan's title (a depth-1 heading above, no other heading between the two depths).
    for (let above = sibling - 1; above >= 0; above--) {
      const aboveDepth = depthOf(above);
      if (aboveDepth === undefined || aboveDepth >= depth) continue;
      if (aboveDepth !== 1) return false;
      break;
    }
    return namesAnObjectiveOverKeyResults(lines, sections[sibling]!, nameOf(sibling));
  }
}

/** True when a section holds its heading and blank lines only. */
function holdsOnlyItsHeading(lines: LineIndex, section: { startLine: number; endLine: number }): boolean {
  for (let line = section.startLine + 1; line < section.endLine && line < lines.lineCount; line++) if (lines.lineText(line).trim() !== '') return false;
  return true;
}

/** A plain heading that may name the objective of a `Key Results` group: no node, group, period, note, process or person. */
function namesAnObjectiveOverKeyResults(lines: LineIndex, section: { startLine: number; endLine: number }, name: string): boolean {
  if (name === '' || readNodeDeclaration(name) || readGroupHeading(name) || columnsHeadingKind(name) || idOnlyHeadingKind(name) !== undefined) return false;
  if (namesNotes(name) || PROCESS_HEADING.test(name) || PERIOD_HEADING.test(name) || BARE_PERIOD_HEADING.test(name) || NAMES_OKRS.test(name) || namesNoPlan(name) || name.includes('@')) return false;
  // `## Big Rock 1: …` / `**Objective**: …` / `### What Done Looks Like`: the label line under it declares the objective.
  return !declaresObjectiveOnALine(lines, section);
}

/**
 * The nodes of the sections whose text passes `wanted`, read exactly as `parsePlan` reads
 * them and at their place in the plan, without parsing the rest. They are not nested across
 * sections and have no derived ids or spans: enough to say where a node is and what its own
 * lines (its fields) say.
 */
export function parseSectionsWhere(file: string, text: string, wanted: (sectionText: string) => boolean): PlanNode[] {
  const lines = new LineIndex(text);
  const nodes: PlanNode[] = [];
  const scan = scanLines(lines);
  for (const { text: sectionText, startLine, firstLineChars, context } of sectionsOf(lines, scan.sections, titleOf(scan.frontMatter && parseFrontMatter(lines, scan.frontMatter)))) {
    if (!wanted(sectionText)) continue;
    for (const node of parseSection(sectionText, false, { lines: startLine, chars: firstLineChars }, context).nodes) {
      node.file = file;
      nodes.push(node);
    }
  }
  return nodes;
}

/**
 * Parses one section: the line-oriented reader where it suffices, remark otherwise.
 * `useRemark` forces remark (tests compare both).
 */
export function parseSection(text: string, useRemark = false, placement?: Placement, context: SectionContext = NO_CONTEXT): ParsedSection {
  // Lines and columns stay the same with every line ending written `\n` (columns never count a `\r`),
  // and the line reader, which leaves `\r` to remark, then reads CRLF plans too.
  const readable = withoutDeepLines(text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text);
  if (context.restated) return { nodes: [], headings: [{ line: 0, depth: atxHeadingDepth(readable.text) ?? 1 }], problems: readable.problems, unread: [], ...(placement ? { placed: placement } : {}) };
  try {
    const fast = useRemark ? undefined : readBlocksFast(readable.text);
    if (!fast && hasMoreLinesThan(readable.text, MAX_REMARK_LINES)) return headingOnly(readable.text, placement, readable.problems);
    const tree = fast ?? (markdown.parse(readable.text) as Root);
    const lines = new LineIndex(readable.text);
    const walker = new SectionWalker(lines, placement, context, text.includes('\r\n') ? '\r\n' : '\n');
    walker.walkBlocks(nestVisuallyIndentedLists(tree.children, lines));
    walker.ownRoles();
    for (const node of walker.nodes) node.trimLists();
    walker.closeLabels(walker.lastLine());
    return { nodes: walker.nodes, headings: walker.headings, problems: readable.problems, unread: walker.unread, ...(placement ? { placed: placement } : {}), ...(context.gradedKeyResult ? { gradedKeyResult: true as const } : {}) };
  } catch (error) {
    // A parser failure must cost one section, never the plan or the editor session.
    const message = `This section could not be read (${error instanceof Error ? error.message : String(error)}).`;
    return { nodes: [], headings: [], unread: [], problems: [...readable.problems, { message, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } } }] };
  }
}

/**
 * Sections longer than this that only remark can read (quotes or code inside list items, tabs,
 * link definitions…) are read as far as their first line: remark takes some 40 µs and 9 KB a line
 * of quotes, so one 200,000-line section took 18 s and 1.8 GB. No plan writes a section this long by hand.
 */
export const MAX_REMARK_LINES = 5_000;

function hasMoreLinesThan(text: string, count: number): boolean {
  let lines = 0;
  for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) if (++lines > count) return true;
  return false;
}

/** A section too long for remark: its first line (the heading, which keeps the nesting of what follows) and one problem. */
function headingOnly(text: string, placement: Placement | undefined, problems: Plan['textProblems']): ParsedSection {
  const first = parseSection(text.slice(0, text.indexOf('\n') + 1), false, placement);
  const message = `This section is longer than ${MAX_REMARK_LINES.toLocaleString('en-US')} lines of Markdown that only a full parser reads (quotes or code inside list items, tabs, link definitions…), so only its first line is read; split it under more headings.`;
  return { ...first, problems: [...problems, ...first.problems, { message, range: { start: { line: 1, character: 0 }, end: { line: 1, character: 0 } } }] };
}

/** A name of a role or a team before a statement, up to four words from a capital (`CRO: …`, `VP Alliances: …`). */
const NAME_BEFORE_STATEMENT = /^(\p{Lu}[\p{L}\p{N}&'’./-]*(?:[ \t]+[\p{L}\p{N}&'’./-]+){0,3})[ \t]*:[ \t]+\S/u;

/** Places parsed sections in the plan: absolute ranges, nesting across sections, node spans. */
class Assembler {
  /**
   * Open headings across sections, innermost last. `borrowed`: a `Key results` heading right after an objective written
   * as a label or paragraph (`OKR 1: …` then `# Key Results`) holds that objective's key results, as if nested under it.
   */
  private readonly open: { depth: number; node?: LineNode; borrowed?: boolean; groupOf?: LineNode; group?: NodeKind; nodesBefore?: number; namesGroup?: boolean; besideObjective?: LineNode }[] = [];
  /** The last node placed in the plan. */
  private last: LineNode | undefined;

  constructor(
    private readonly plan: Plan,
    private readonly lines: LineIndex,
  ) {}

  add(section: ParsedSection, lineOffset: number, firstLineChars: number): void {
    for (const problem of section.problems) this.plan.textProblems.push({ ...problem, range: shiftLines(problem.range, lineOffset) });
    for (const unread of section.unread) this.plan.unread.push(placeUnread(unread, lineOffset, firstLineChars));
    const copies = new Map<PlanNode, LineNode>();
    let h = 0;
    for (const local of section.nodes) {
      // Heading lines are the section's own; a section read in place has its nodes' lines placed already.
      const localLine = section.placed ? local.line - lineOffset : local.line;
      while (h < section.headings.length && section.headings[h]!.line <= localLine) {
        const heading = section.headings[h++]!;
        if (heading.node !== local) this.openHeading(heading.depth, lineOffset + heading.line, undefined, heading.group);
      }
      const node = this.copyNode(local, lineOffset, firstLineChars, section);
      this.endBorrowedBefore(node);
      copies.set(local, node);
      const localParent = local.enclosing && copies.get(local.enclosing);
      // A node written in a list or on a label line nests only under a node of a higher rank (an objective label under a key result's heading does not).
      const gradedUnder = section.gradedKeyResult && local === section.nodes[0] && node.kind === 'kr' ? this.innermostObjective() : undefined;
      const besideObjective = gradedUnder ? undefined : this.objectiveBeside(node);
      node.enclosing = localParent ?? gradedUnder ?? besideObjective ?? (node.form === 'heading' ? this.innermostNode(node.depth) : this.innermostNode(7, RANK[node.kind]));
      node.enclosing?.nested.push(node);
      if (gradedUnder) this.openUnderObjective(node, gradedUnder);
      else if (besideObjective) this.openBesideObjective(node, besideObjective);
      else if (node.form === 'heading') this.openHeading(node.depth, node.line, node);
      else this.adoptHeading(node);
      this.plan.nodes.push(node);
      this.last = node;
    }
    for (; h < section.headings.length; h++) this.openHeading(section.headings[h]!.depth, lineOffset + section.headings[h]!.line, undefined, section.headings[h]!.group);
  }

  /**
   * A heading closes every open heading at its depth or deeper; node headings end their span there.
   * A `Key results` heading right after an objective's heading of the same depth (`### Objective` …
   * `### Key Results`) holds that objective's key results: it nests under it instead, and so does a group heading right
   * after that one (`### Initiatives`).
   */
  private openHeading(depth: number, line: number, node?: LineNode, group?: NodeKind): void {
    const top = this.open[this.open.length - 1];
    if (group && top?.node && top.depth === depth && RANK[top.node.kind] < RANK[group]) {
      this.open.push({ depth: depth + 0.5, groupOf: top.node, group });
      return;
    }
    // `### Objective` / `### Key Outcomes` / `### Key Actions`: a group of another kind next at that depth is the same
    // objective's (a second group of key results, `### Success Metrics`, may sum up the plan).
    if (group && top?.groupOf && top.depth === depth + 0.5 && top.group !== group && RANK[top.groupOf.kind] < RANK[group]) {
      top.group = group;
      return;
    }
    while (this.open.length && this.open[this.open.length - 1]!.depth >= depth) {
      const closed = this.open.pop()!;
      if (closed.node) this.endSpan(closed.node, line - 1, closed.borrowed);
    }
    const last = this.last;
    if (group && !node && last && this.isLabelLine(last) && RANK[last.kind] === RANK[group] - 1) {
      this.open.push({ depth, node: last, borrowed: true });
      return;
    }
    this.open.push(node ? { depth, node } : { depth, nodesBefore: this.plan.nodes.length, ...(group ? { namesGroup: true } : {}) });
  }

  /**
   * `## Objetivo` / … / `## KR1 — Tiempo de coordinación` / … / `## KR2 — …`: a key result declared in a heading of its
   * objective's depth, right after the objective's heading or after another such key result (deeper headings between
   * aside), is that objective's. The objective stays open over it, as if it were nested one level down.
   */
  private objectiveBeside(node: LineNode): LineNode | undefined {
    if (node.form !== 'heading' || node.kind !== 'kr') return undefined;
    for (let i = this.open.length - 1; i >= 0; i--) {
      const entry = this.open[i]!;
      if (entry.depth > node.depth + 0.5) continue;
      if (entry.depth === node.depth + 0.5) return entry.besideObjective;
      return entry.depth === node.depth && entry.node?.kind === 'objective' ? entry.node : undefined;
    }
    return undefined;
  }

  /** The objective of the innermost open heading that declared one. */
  private innermostObjective(): LineNode | undefined {
    for (let i = this.open.length - 1; i >= 0; i--) if (this.open[i]!.node?.kind === 'objective') return this.open[i]!.node;
    return undefined;
  }

  /** A graded key result's heading, shallower than its objective's or not, stays open under it until the next heading of the objective's depth or shallower. */
  private openUnderObjective(node: LineNode, objective: LineNode): void {
    while (this.open[this.open.length - 1]!.node !== objective) {
      const closed = this.open.pop()!;
      if (closed.node) this.endSpan(closed.node, node.line - 1, closed.borrowed);
    }
    this.open.push({ depth: this.open[this.open.length - 1]!.depth + 0.5, node, besideObjective: objective });
  }

  private openBesideObjective(node: LineNode, objective: LineNode): void {
    while (this.open[this.open.length - 1]!.depth > node.depth) {
      const closed = this.open.pop()!;
      if (closed.node) this.endSpan(closed.node, node.line - 1, closed.borrowed);
    }
    this.open.push({ depth: node.depth + 0.5, node, besideObjective: objective });
  }

  /**
   * `## Charter: Speed` / `**Objective**: Ship features faster …` / `### OKRs` over a table of key results: an objective
   * written on a label line, first of the nodes under a plain heading, holds what the headings under that one hold, as if
   * the heading had declared it.
   */
  private adoptHeading(node: LineNode): void {
    const top = this.open[this.open.length - 1];
    // A line of its own, bold or not (`**Objective**: …`), or a list item (`- Objective: …`; a second objective after it
    // ends what it holds): no table row or heading.
    const line = this.lines.lineText(node.line);
    if (node.kind !== 'objective' || node.form === 'heading' || /^[ \t]*\|/.test(line)) return;
    if (!top || top.node || top.groupOf || top.nodesBefore !== this.plan.nodes.length) return;
    // `### Objectives` / `1. Grow the community` / `### Key Results`: a list under a heading naming the group is one of
    // several objectives, whatever its length; the key results after it are told apart from them.
    if (top.namesGroup && LIST_MARKER.test(line)) return;
    top.node = node;
    top.borrowed = true;
  }

  /** A node written on a label or paragraph line of its own: no heading, list item or table row (of a list of several objectives, none owns the key results after it). */
  private isLabelLine(node: LineNode): boolean {
    return node.form !== 'heading' && !/^[ \t]*(?:[-*+|]|\d{1,9}[.)])/.test(this.lines.lineText(node.line));
  }

  /** A node of the rank of a borrowed one (`OKR 2: …` under the `Key results` heading of `OKR 1`) ends it: what follows is no more of its. */
  private endBorrowedBefore(node: LineNode): void {
    for (const entry of this.open) {
      if (!entry.borrowed || !entry.node || RANK[node.kind] > RANK[entry.node.kind]) continue;
      this.endSpan(entry.node, node.line - 1, true);
      entry.node = undefined;
      entry.borrowed = undefined;
    }
  }

  private innermostNode(belowDepth: number, belowRank = Infinity): LineNode | undefined {
    for (let i = this.open.length - 1; i >= 0; i--) {
      const entry = this.open[i]!;
      if (entry.depth < belowDepth && entry.node && RANK[entry.node.kind] < belowRank) return entry.node;
    }
    return undefined;
  }

  /** A borrowed node (written on a label line) ends at the last line with text, and keeps its own start. */
  private endSpan(node: LineNode, endLine: number, borrowed = false): void {
    let line = Math.max(endLine, node.line);
    if (borrowed) while (line > node.line && this.lines.lineText(line).trim() === '') line--;
    node.spanTo(line, this.lines.lineText(line).length, !borrowed);
  }

  finish(): void {
    for (const entry of this.open) if (entry.node) this.endSpan(entry.node, this.lines.lineCount - 1, entry.borrowed);
    this.open.length = 0;
    for (const node of this.plan.nodes) node.nested = exactCopy(node.nested);
  }

  /** A section's node placed in the plan. Its shifted copy is kept and shared while the section stays where it is. */
  private copyNode(local: LineNode, lines: number, chars: number, section: ParsedSection): LineNode {
    if (section.placed) {
      // Read in place for this plan only: the node is already where it belongs.
      local.file = this.plan.file;
      local.nested = [];
      return local;
    }
    let placed = placedNodes.get(local);
    if (!placed || placed.lines !== lines || placed.chars !== chars || placed.node.file !== this.plan.file) {
      placed = { lines, chars, node: local.placed(this.plan.file, lines, chars) };
      placedNodes.set(local, placed);
    }
    return placed.node.unnested();
  }
}

/** Unread text in its place in the plan: later lines shift, and the first line by the byte-order mark. */
function placeUnread(unread: UnreadText, lines: number, chars: number): UnreadText {
  const shift = (range: UnreadText['range']): UnreadText['range'] => {
    const placed = shiftLines(range, lines);
    if (range.start.line === 0) placed.start.character += chars;
    if (range.end.line === 0) placed.end.character += chars;
    return placed;
  };
  return { ...unread, range: shift(unread.range), ...(unread.fix ? { fix: { ...unread.fix, range: shift(unread.fix.range) } } : {}) };
}

/**
 * The last placement of each parsed node: a keystroke leaves most sections where they were,
 * so their nodes' placed fields and check-ins are reused rather than rebuilt for every version.
 */
const placedNodes = new WeakMap<LineNode, { lines: number; chars: number; node: LineNode }>();

/**
 * A short title on a line of its own: a few words that start with a capital and end without a colon or a full stop
 * (`Accelerate adoption of the toolkit`), no sentence of prose (`We agreed on these.`), no markup.
 */
const PARAGRAPH_TITLE = /^\p{Lu}[^:.!?*_#|[\]`<>]*$/u;
const PARAGRAPH_TITLE_MAX_WORDS = 14;

/** A keyword and its id at the start of a line, before the statement with no separator: `KR 1.2 Raise …`, `**Objectif 2** Grandir …`. */
const KEYWORD_AND_ID = new RegExp(String.raw`^((?:\*\*|__)?(?:${OBJECTIVE_WORDS}|${KR_WORDS}|initiative)[ \t]*(?:[-#][ \t]*)?[A-Za-z]{0,3}\d[A-Za-z0-9]*(?:[.-][A-Za-z0-9]+)*(?:\*\*|__)?)[ \t]+(?=\S)`, 'iu');

/**
 * `### Objective 5 云中转 …` over its key results: the keyword and id before a statement with no separator are the
 * objective's own, no part of its title.
 */
function withKeywordAndId(declaration: NodeDeclaration): NodeDeclaration {
  const written = KEYWORD_AND_ID.exec(declaration.title);
  // `Objective 5 Grow …`, `Objective #5 Grow …`, `Objective 5 云中转 …`: a plain number before a capital or another script; `Objective 10x …`,
  // `Objective 3 new markets`, `Objective 2024 …` keep the number in the title.
  if (!written || !/(?:[ \t#]|(?<!\d)-)\d{1,3}(?:\*\*|__)?$/.test(written[1]!) || !/^[\p{Lu}\p{Lo}]/u.test(declaration.title.slice(written[0].length))) return declaration;
  const title = declaration.title.slice(written[0].length);
  // The id as a declaration with its separator reads it (`Objective 5:` is `O5`).
  const id = readNodeDeclaration(`${written[1]}: ${title}`);
  if (id?.kind !== 'objective' || !id.id) return declaration;
  return { ...declaration, id: id.id, title, titleStart: declaration.titleStart + written[0].length };
}

/**
 * A grade after a title (`(7/10)`, `(0.6)`, `(60%)`, or after a dash, `Apply mathematics at work – 2`): how the period
 * went, no part of the statement. A number before the dash makes a range (`Grow the team to 8 – 10`), no grade.
 */
const TITLE_GRADE = /(?:\((?:\d{1,2}[ \t]*\/[ \t]*10|[01]?\.\d{1,2}|\d{1,3}[ \t]*%)\)|(?<=[\p{L})])[ \t]+[–—][ \t]*(?:10|\d))$/u;

/** A title without the grade after it. */
function withoutGrade(text: string): string {
  return text.replace(TITLE_GRADE, '').trimEnd();
}

/** A sentence left open on a modal verb over a list that ends it (`They should:`, `Each key result must:`): the list says what things should be. */
const ENDS_ON_A_MODAL = /\b(?:should|must|need[ \t]+to|ought[ \t]+to|have[ \t]+to|has[ \t]+to)(?:[ \t]+(?:be|have|also|always))?[ \t]*:$/i;

/**
 * A line of a page that titles a part of it on the method of OKRs (`Why OKRs Matter for Product Teams`, `How to Set
 * Effective Product OKRs`), not a set of them (`Sample OKRs`).
 */
/** The method's own words in a title: one naming them is about writing OKRs, not an objective. */
const NAMES_OKR_WORDS = /\b(?:okrs?|objectives?|key[ \t]+results?|krs?)\b/i;

function isTitleAboutOkrs(text: string): boolean {
  return PARAGRAPH_TITLE.test(text) && text.split(/\s+/).length <= PARAGRAPH_TITLE_MAX_WORDS && NAMES_OKRS.test(text) && (ABOUT_OKRS.test(text) || PROCESS_HEADING.test(text)) && !namesExampleOkrs(text);
}

/** An arrow, then a key result declared with its keyword, after an objective's statement on its line (` → KR: …`). */
const KEY_RESULT_AFTER_ARROW = /(?:→|->|=>|⟶|➔|➜)[ \t]*(?=(?:\*\*|__)?(?:KRs?|key[ \t]+results?)\b[^:：\n]{0,12}[:：])/i;

/** `2. Initiatives:` / `1. Create a Facebook campaign …` / `2. …`: a numbered line under an initiatives label, or after one of its initiatives, is one of them. */
function numberedInitiative(text: string): NodeDeclaration | undefined {
  const line = readNumberedLine(text);
  return line && { ...line, kind: 'initiative' };
}

/** An ellipsis opening a line: the statement on the line above goes on (`… getting reported after a release`). */
const ELLIPSIS_LEAD = /^[ \t]*(?:…|\.\.\.)[ \t]*\p{L}/u;

/** The most key results one group's line is read as holding. */
const MAX_KEY_RESULTS_ON_A_LINE = 12;
/**
 * `KRs: Achieve 99.9% system uptime; Reduce API response time by 20%`: the group's word, a colon and its key results on
 * the line, set apart by semicolons (the statements, from the first).
 */
const KEY_RESULTS_ON_THE_LINE = /^(?:\*\*|__)?(?:KRs|key[ \t]+results)(?:\*\*|__)?[ \t]*[:：](?:\*\*|__)?[ \t]*(?=\S)/i;

/** A key result declared with its keyword after a full stop in another's statement (`… investors. Key Result: …`). */
const KEY_RESULT_RUN_ON = /(?<=[.;!])[ \t]+(?=(?:\*\*|__)?(?:KR|key[ \t]+result)\b[^:：\n]{0,12}[:：])/i;

/** A blank a template leaves for its reader to fill (`Launch rebrand on [date]`): words in brackets, no link. */
const TEMPLATE_BLANK = /\[\p{Ll}[\p{Ll} ]*\](?![([])/gu;

/**
 * A published set of example OKRs words its objectives at more length than a team's plan does (`Create a Creative
 * Learning Wiki as a single source of truth for all creative team members`): under a heading naming such a set, a
 * title over a flat list may run to this many words.
 */
const EXAMPLE_TITLE_MAX_WORDS = 20;

/**
 * A short sentence on one line that may close with `!` and a grade (`Make the stream good! (6/10)`), and may hold a
 * template's blanks.
 */
function isSentenceTitle(text: string, maxWords = PARAGRAPH_TITLE_MAX_WORDS): boolean {
  const statement = withoutGrade(text).replace(/!$/, '').replace(TEMPLATE_BLANK, 'blank');
  return PARAGRAPH_TITLE.test(statement) && statement.split(/\s+/).length <= maxWords;
}

/** A verb saying what something is or does, in the present: "… is a pre-requisite", "… measures how often", "… often includes …". */
const EXPLAINING_VERB = /\b(?:is|are|measures|means|includes|shows|tells|indicates|reflects|captures|tracks)\b/i;

/** A detail opening on what a result counts or how it is measured (`Includes JuliaHub, YouTube, GitHub …`, `Tracked across GitHub history`). */
const SAYS_HOW_MEASURED = /^(?:(?:this|it)[ \t]+)?(?:includes|including|encompasses|covers|tracked|measured|counted|monitored|calculated|computed|reported|based[ \t]+on|as[ \t]+(?:tracked|measured|reported|counted)[ \t]+(?:by|in|on|via|across))\b/i;

/** A heading over the reasons for the plan: `Why this approach`, `Why?`, `Why we chose these goals`. */
const REASONS_HEADING = /^why\b/i;

/** A question word or a report's name closed by a colon and nothing after it (`Why:`, `How:`, `Spring Update:`, `Success looks like:`). */
const BARE_NAME_WITH_COLON = /^(?:why|how|what|who|when|where|success[ \t]+looks[ \t]+like|(?:[\p{L}\p{N}]+[ \t]+)?(?:updates?|status|progress|notes?|comments?))[ \t]*[:：]$/iu;

/** A question: a question word first and a question mark last (`How do we know …?`; `Define a strategy … ?` is a statement with a doubt). */
const QUESTION = /^(?:how|what|why|when|where|who|which|do|does|did|is|are|can|could|should|will|would)\b[^?]*\?\s*$/i;

/**
 * A line that starts with a bullet character Markdown makes no list of: `•`, `◦`, `▪`, or an arrow or a dash (`→ 4 new
 * prescribers / month`, `➡️ …`, `– KR1: …`; its group), a bullet only where the line states a number or declares a node
 * (`→ So we …` and `– as our founder put it …` are prose).
 */
const BULLET_LINE = /^([ \t]*)(?:[•◦▪]|([→➔➜➡–—])\uFE0F?)[ \t]+(?=\S)/u;

/** The bullet opening a line, if it has one. */
function bulletOf(text: string): RegExpExecArray | null {
  const bullet = BULLET_LINE.exec(text);
  if (!bullet?.[2]) return bullet;
  const rest = text.slice(bullet[0].length);
  return findQuantities(rest).length > 0 || readNodeDeclaration(rest) ? bullet : null;
}

/** A line opening with a letter and a full stop or a bracket (`a. …`, `b) …`, `(c) …`), the letter in group 2. */
const LETTERED_LINE = /^([ \t]*)\(?([a-z])[.)][ \t]+(?=\S)/;

/**
 * `1. Make onboarding effortless` / `   a. Cut time to first dashboard …` / `   b. Raise week-2 retention …`: lines of a
 * paragraph opening with letters in sequence from `a`, two or more, are the items of a list Markdown does not know (it
 * runs them into the paragraph), as bullets are.
 */
function letteredLines(lines: LineIndex, from: number, last: number): Set<number> {
  const lettered = new Set<number>();
  let run: number[] = [];
  const close = (): void => {
    if (run.length >= 2) for (const line of run) lettered.add(line);
    run = [];
  };
  for (let line = from; line <= last; line++) {
    const letter = LETTERED_LINE.exec(lines.lineText(line))?.[2];
    if (letter === undefined) continue;
    if (letter.charCodeAt(0) !== 'a'.charCodeAt(0) + run.length) close();
    if (letter === 'a' || run.length > 0) run.push(line);
  }
  close();
  return lettered;
}

/** The bullet lines (`• …`) of one paragraph: where each is, the kind its plain bullets take, and the owner of the lines under the last one. */
class BulletRun {
  /** The owner of the lines under the last bullet (its node, or none for a prose bullet). */
  owner: Owner | undefined;
  /** The kind plain bullets take: what a `-` list here would give, unless some bullet declares a node with a keyword (then the others are prose). */
  implicit: NodeKind | undefined;
  /** Some bullet of the run declares a node with a keyword. */
  private readonly declared: boolean;
  /** The lines opening with a letter in sequence (`a.`, `b.`, …), items of a list Markdown ran into the paragraph. */
  private readonly lettered: ReadonlySet<number>;
  private firstIndent: number | undefined;
  /** The owner of the last bullet at the first indent, which deeper bullets nest under. */
  outer: Owner | undefined;

  constructor(
    private readonly lines: LineIndex,
    from: number,
    private readonly last: number,
    implicit: NodeKind | undefined,
  ) {
    this.lettered = letteredLines(lines, from, last);
    let declared = false;
    for (let line = from; line <= last && !declared; line++) {
      const bullet = this.at(line);
      declared = bullet !== undefined && readNodeDeclaration(bullet.content) !== undefined;
    }
    this.declared = declared;
    this.implicit = declared ? undefined : implicit === 'objective' && this.measuredFlat(from) ? 'kr' : implicit;
  }

  /**
   * `Short-Term Goals` / `  • Reduce overtime by 20% by 2017` / `  • Increase spending with minority firms by 20%`: bullets
   * at one depth that state numbers, as a measured flat list does, are results to reach, not objectives. Deeper bullets
   * under them are details, not counted.
   */
  private measuredFlat(from: number): boolean {
    const bullets: { indent: number; content: string }[] = [];
    for (let line = from; line <= this.last; line++) {
      const bullet = this.at(line);
      if (!bullet) continue;
      // `  • Run 250 miles` / `    • Loosely based on 5 miles/week`: deeper bullets are details of the one above.
      if (bullets.length > 0 && bullet.indent > bullets[0]!.indent) continue;
      if (bullets.length > 0 && bullet.indent !== bullets[0]!.indent) return false;
      bullets.push(bullet);
    }
    const measured = bullets.filter(({ content }) => findQuantities(content).length > 0).length;
    return bullets.length >= 2 && statesEnoughNumbers(measured, bullets.length);
  }

  /** `Key Results:` (or `Related projects:`) on a line of the paragraph between bullets: the bullets after it take that kind (or none). */
  follow(implicit: NodeKind | undefined): void {
    this.implicit = this.declared ? undefined : implicit;
  }

  at(line: number): { indent: number; contentStart: number; content: string } | undefined {
    const text = this.lines.lineText(line);
    const m = this.lettered.has(line) ? LETTERED_LINE.exec(text) : bulletOf(text);
    return m ? { indent: m[1]!.length, contentStart: m[0].length, content: text.slice(m[0].length).trimEnd() } : undefined;
  }

  /** Whether a bullet at `indent` nests under the bullet above it. */
  nested(indent: number): boolean {
    return this.firstIndent !== undefined && indent > this.firstIndent && this.outer !== undefined;
  }

  enter(indent: number, owner: Owner, nested: boolean): void {
    this.firstIndent ??= indent;
    if (!nested) this.outer = owner;
    this.owner = owner;
  }

  /** The bullet's last line: the line before the next bullet, or the paragraph's last line. */
  endOf(line: number): number {
    let end = line;
    while (end < this.last && !bulletOf(this.lines.lineText(end + 1))) end++;
    return end;
  }
}

/** A grid table's border row (`+-----+-----+`, `+=====+=====+`). */
const GRID_BORDER = /^[ \t]*\+(?:[-=:]+\+)+[ \t]*$/;

/** A statement left open for what it holds: a colon, or a last word that needs more after it (`… an EHI toolkit with`). */
const INTRODUCES_ITS_PARTS = new RegExp(String.raw`(?::|\b(?:${WORDS_NEEDING_MORE}|including|incl\.?|such[ \t]+as|like))[ \t]*$`, 'i');

/** Walks one section's Markdown tree; ranges are relative to the section. */
class SectionWalker {
  readonly nodes: LineNode[] = [];
  /** The owner each node's role names (`CEO: …`), given when the section is read and no owner line named one. */
  private readonly roleOwners = new Map<LineNode, CellField>();
  readonly headings: SectionHeading[] = [];
  readonly unread: UnreadText[] = [];
  /** Open headings inside this section, innermost last. */
  private readonly stack: SectionHeading[] = [];
  /** Nodes declared by label lines (`**Objective:** …`) whose span is still open, outermost first. */
  private readonly openLabels: LineNode[] = [];
  /** A heading that holds only an id (`### O1`, `#### O1KR2`) and no node yet: a label of its kind under it is its node. */
  private idOnlyHeading: { entry: SectionHeading; kind: NodeKind } | undefined;
  /** A label with nothing after it (`_Key Result_:`): the line under it is that node's statement. */
  private emptyLabel: { kind: NodeKind; line: number } | undefined;
  /** The last line of an HTML table read whole (`addHtmlOkrTable`): the blocks Markdown made of its lines are read with it. */
  private htmlTableUntil = -1;
  /**
   * A `Key Results:` label alone in its paragraph with no list under it, or the last key result read after one: the
   * one-line paragraph right under it is the next key result (a post whose list was flattened into paragraphs).
   */
  private paragraphKrsAfter: number | undefined;
  /** The last line of a paragraph whose lines, pasted with no bullets right under a `Key results:` label, are its key results. */
  private lineKrsUntil: number | undefined;
  /** The line of the label that opened the run of key results in paragraphs. */
  private paragraphKrsLabel: number | undefined;
  /** The last line that only named notes (`Risks:`, `Our values:`): the list right under it is no outline. */
  private notesAt: number | undefined;
  /** The last line that introduced what follows with a colon and named no group (`Before we start, the team will:`). */
  private introducedAt: number | undefined;
  /** The last objective read from a numbered item right over its key results (`1. …` / `  • KR1 – …`). */
  private numberedObjective: LineNode | undefined;
  /** The last wholly bold line since the last heading or node: the objective, if a `Key results` label follows. */
  private pendingTitle: { line: number; indent: number; text: string } | undefined;
  /** The last paragraph of one line that reads as a short title (`PARAGRAPH_TITLE`): a `Key results:` label right under it may name it their objective. */
  private lastTitleParagraph: { line: number; indent: number; text: string } | undefined;
  /** Objectives read from a bold title right over their table of key results: the next such title ends them. */
  private readonly titledObjectives = new WeakSet<PlanNode>();
  /** Key results read from a table row: a heading or label below with the same id under the same objective sets one out. */
  private readonly tableRowKeyResults = new WeakSet<PlanNode>();
  /** Key results read from a success-measure line: another such line after one measures the same objective. */
  private readonly successMeasureNodes = new WeakSet<PlanNode>();
  /** Objectives read from a plain heading over their key results (`### 2. Be a better friend` over a success measure): a success-measure line under one is a key result. */
  private readonly measuredHeadings = new WeakSet<PlanNode>();
  /** Under a heading over two or more goal labels that is an objective: each `Goal:` label declares one of its key results. */
  private goalsAreKeyResults = false;
  /** The last objective declared closed its line with its score (`(60%)`): its key results keep theirs so too. */
  private objectiveScored: boolean;
  /** The last node written as a label, with the indent of its line: one on a lazy line of a list item may end the list's objective. */
  private lastLabel: { node: LineNode; indent: number } | undefined;

  constructor(
    private readonly lines: LineIndex,
    private readonly placement: Placement = AT_TOP,
    /** What the section's reading takes from outside it. */
    private readonly context: SectionContext = NO_CONTEXT,
    /** The line ending the section was written with: the lines read here end in `\n` only, a fix writes the writer's. */
    private readonly lineEnding = '\n',
  ) {
    this.objectiveScored = context.underScoredObjective === true;
  }

  /** Characters before the section's text on a line of it (a byte-order mark on its first line). */
  private charsBefore(line: number): number {
    return line === 0 ? this.placement.chars : 0;
  }

  private position(offset: number): Position {
    const { line, character } = this.lines.positionAt(offset);
    return { line: line + this.placement.lines, character: character + (line === 0 ? this.placement.chars : 0) };
  }

  /** The section's last line that holds text. */
  lastLine(): number {
    let line = this.lines.lineCount - 1;
    while (line > 0 && this.lines.lineText(line).trim() === '') line--;
    return line;
  }

  walkBlocks(blocks: RootContent[]): void {
    let owner: Owner = this.headingOwner();
    const titles = this.boldTitlesOverLists(blocks);
    const listOfKeyResults = this.listOfKeyResultsOnPage(blocks);
    for (const [index, block] of blocks.entries()) {
      // What Markdown made of an HTML table's lines (a blank line ends its HTML block) was read with the table.
      if (this.lineOf(block) <= this.htmlTableUntil) continue;
      if (block.type === 'heading') owner = this.addHeading(block, this.whatFollows(blocks, index));
      else if (block.type === 'paragraph' && titles.has(block)) {
        const line = this.lineOf(block);
        const text = this.lines.lineText(line);
        // `Alpha release of the game (7/10)`: the grade after the title is how it went.
        this.addLabelNode({ kind: 'objective', title: withoutGrade(text.trim()), titleStart: 0 }, line, text.length - text.trimStart().length, owner);
      } else if (block.type === 'paragraph' && !this.underKeyResult() && this.metricCard(block, blocks[index + 1])) {
        const line = this.lineOf(block);
        const text = this.lines.lineText(line);
        const label = METRIC_LABEL.exec(text.trim())!;
        this.addLabelNode({ kind: 'kr', title: label[1]!.trimEnd(), titleStart: label[0].length - label[1]!.length }, line, text.length - text.trimStart().length, owner);
      } else if (block.type === 'paragraph' && this.labelOverParagraph(block, blocks[index + 1])) {
        this.emptyLabel = { kind: this.labelOverParagraph(block, blocks[index + 1])!, line: this.lineOf(block) };
      } else if (block.type === 'paragraph') {
        this.noteHeaderWithoutDelimiter(block);
        this.addFieldLines(block, owner, 0);
      } else if (block.type === 'list' && this.objectiveOverKeyResults(block, blocks, index, owner)) {
        const { line, contentStart, content } = this.itemContent(block.children[0]!);
        this.addLabelNode({ kind: 'objective', title: content, titleStart: 0 }, line, contentStart, owner);
        this.numberedObjective = owner.node;
      } else if (block.type === 'list' && this.introducesListOutsidePlan(blocks[index - 1])) continue;
      else if (block === listOfKeyResults) this.addList(block, Object.assign(owner, { implicit: 'kr' as const, labelled: true }), 0);
      else if (block.type === 'list') this.addList(block, owner, 0);
      else if (block.type === 'table') this.addTable(block, owner);
      else if (block.type === 'html') this.addSummary(block, owner);
      else if (block.type === 'code') this.noteIndentedList(block);
      else if (block.type === 'blockquote') {
        if (this.addQuotedStatement(block, owner)) continue;
        this.addSuccessMeasures(block, owner);
        this.addQuotedKeyResults(block, owner);
      }
    }
  }

  /**
   * `## Objective 1. Material reaches students with few bugs` / `> **KR 1.1:** 100% of notebooks unchanged after release` /
   * `> **KR 1.2.** Fewer than 2 critical bugs`: key results declared with their keyword in a quote under an objective's
   * heading, set apart for the eye, are its key results, one a line.
   */
  private addQuotedKeyResults(quote: Blockquote, owner: Owner): void {
    const { node: objective, implicit } = owner;
    if (objective?.kind !== 'objective' || objective.form !== 'heading') return;
    for (let line = this.lineOf(quote); line <= this.endLineOf(quote); line++) {
      const text = this.lines.lineText(line);
      const marker = QUOTE_MARKER.exec(text)?.[0] ?? '';
      const quoted = text.slice(marker.length);
      const declaration = readNodeDeclaration(quoted.trim());
      if (declaration?.kind === 'kr' && statementOf(declaration.title).text) this.addLabelNode(declaration, line, marker.length + quoted.length - quoted.trimStart().length, owner);
    }
    // What follows the quote is the objective's again.
    owner.node = objective;
    owner.implicit = implicit;
  }

  /**
   * `> **Success measure:** Catch up with at least 12 friends`, set apart for the eye in a quote, under a heading read as
   * an objective: how that objective is measured, its key result. Each such line is one. (In a paragraph, the same line
   * is read with the fields around it: `successMeasureAt`.)
   */
  private addSuccessMeasures(quote: Blockquote, owner: Owner): void {
    if (!this.measuresObjective(owner)) return;
    for (const { line, start, title, titleStart } of this.successMeasuresIn(quote)) {
      this.addLabelNode({ kind: 'kr', title, titleStart }, line, start, owner);
      if (owner.node) this.successMeasureNodes.add(owner.node);
    }
  }

  /**
   * The heading's objective (`plainOnly`: one read from a plain heading over its success measures, not one declared with
   * its keyword, whose `Success metric:` line is a note among its fields), or a success measure already read under it.
   */
  private measuresObjective(owner: Owner, plainOnly = false): boolean {
    const node = owner.node;
    if (node?.kind === 'kr') return this.successMeasureNodes.has(node);
    return node?.kind === 'objective' && node.form === 'heading' && (!plainOnly || this.measuredHeadings.has(node));
  }

  /** `**Success measure:** Friends I catch up with` in a paragraph under a numbered goal's heading: the key result it declares. */
  private successMeasureAt(trimmed: string, owner: Owner): NodeDeclaration | undefined {
    const label = SUCCESS_MEASURE.exec(trimmed);
    return label && this.measuresObjective(owner, true) ? { kind: 'kr', title: trimmed.slice(label[0].length).trimEnd(), titleStart: label[0].length } : undefined;
  }

  /** The lines of a quote or a paragraph that open with a success-measure label: the measure and the column it starts at. */
  private successMeasuresIn(block: Blockquote | Paragraph): { line: number; start: number; title: string; titleStart: number }[] {
    const measures: { line: number; start: number; title: string; titleStart: number }[] = [];
    for (let line = this.lineOf(block); line <= this.endLineOf(block); line++) {
      const text = this.lines.lineText(line);
      const quoted = block.type === 'blockquote' ? text.replace(QUOTE_MARKER, '') : text;
      const label = SUCCESS_MEASURE.exec(quoted.trimStart());
      if (!label) continue;
      // The node starts at the label, as `KR: …` does; its statement after it.
      const start = text.length - quoted.trimStart().length;
      measures.push({ line, start, title: text.slice(start + label[0].length).trimEnd(), titleStart: label[0].length });
    }
    return measures;
  }

  /**
   * `### Be profitable` / blank / `        - reach 10k monthly revenue`: a list indented four spaces or more after a blank
   * line is code to Markdown (and to every viewer of the plan), so none of its items is read. Told so, with the list
   * unindented (and a marker glued to its text given its space) as the fix.
   */
  private noteIndentedList(code: Code): void {
    const first = this.lineOf(code);
    const last = this.endLineOf(code);
    const opening = this.lines.lineText(first);
    const heading = INDENTED_HEADING.test(opening);
    if (indentColumns(opening) < 4 || (!heading && !INDENTED_LIST_LINE.test(opening))) return;
    const texts: string[] = [];
    for (let line = first; line <= last; line++) texts.push(this.lines.lineText(line));
    const columnsOf = texts.map(indentColumns);
    const written = texts.flatMap((text, i) => (text.trim() === '' ? [] : [{ text, columns: columnsOf[i]! }]));
    const indent = Math.min(...written.map(({ columns }) => columns));
    if (heading) {
      this.noteIndentedHeading(texts, first, indent);
      return;
    }
    // The items at the list's own indentation share one bullet: a diff (`-old` / `+new`) is no list.
    const items = written.filter(({ columns }) => columns === indent).map(({ text }) => text.trimStart()[0]);
    if (items.some((marker) => marker !== items[0])) return;
    const listed = texts.map((text, i) => {
      const columns = columnsOf[i]!;
      const rest = unindented(text, indent);
      // `-reach 10k` opens an item once its bullet has its blank; deeper lines stay as written.
      return columns === indent ? rest.replace(/^([-*+])(?=\p{L})/u, '$1 ') : rest;
    });
    const end = { line: last, character: texts[texts.length - 1]!.length };
    const start = texts[0]!.length - texts[0]!.trimStart().length;
    this.unread.push({
      message: 'This list is indented four spaces or more, so Markdown reads it as code and none of its items is read; indent it as a list (up to three spaces).',
      range: { start: { line: first, character: start }, end },
      fix: { title: 'Unindent the list', range: { start: { line: first, character: 0 }, end }, newText: listed.join(this.lineEnding) },
    });
  }

  /**
   * `    ### Improve interop testing` / `    Invest in …` / `        #### Imports happening daily`: a page indented by a
   * converter, so Markdown reads it as code and no heading in it is read. Told so, the fix taking the block's own
   * indentation off every line (deeper lines stay deeper, and are told again once the fix is made).
   */
  private noteIndentedHeading(texts: string[], first: number, indent: number): void {
    const end = { line: first + texts.length - 1, character: texts[texts.length - 1]!.length };
    this.unread.push({
      message: 'This heading is indented four spaces or more, so Markdown reads it and the lines after it as code, and none of them is read; start the heading at the margin.',
      range: { start: { line: first, character: texts[0]!.length - texts[0]!.trimStart().length }, end },
      fix: { title: 'Unindent the block', range: { start: { line: first, character: 0 }, end }, newText: texts.map((text) => unindented(text, indent)).join(this.lineEnding) },
    });
  }

  /**
   * `| Objective | Key result | Owner |` over `| Grow the community | … |` with no delimiter row (`| --- | --- | --- |`)
   * between them, or one of too few cells: Markdown reads the table as a paragraph, so none of its rows is read. Told so,
   * with the delimiter row as the fix (and a blank line before the header where text runs into it, which would hold the
   * table in its paragraph).
   */
  private noteHeaderWithoutDelimiter(paragraph: Paragraph): void {
    const first = this.lineOf(paragraph);
    for (let line = first; line <= this.endLineOf(paragraph); line++) {
      const header = this.lines.lineText(line);
      // Most lines of prose hold no pipe: the line under one is read only for a line that might be a header.
      if (!header.includes('|')) continue;
      const below = line + 1 < this.lines.lineCount ? this.lines.lineText(line + 1) : undefined;
      const found = headerWithoutDelimiter(header, below);
      if (!found) continue;
      if (GRID_BORDER.test(below ?? '') || (line > 0 && GRID_BORDER.test(this.lines.lineText(line - 1)))) {
        // `+----+----+` / `| Objective | Targets |` / `+====+====+`: a grid table, whose cells run over lines; no row added makes it a pipe table.
        this.noteUnreadAt(line, header.length - header.trimStart().length, header.trimEnd().length, 'This line heads a grid table (borders of `+` and `-`), which Markdown reads as text, so none of its rows is read; write it as a pipe table (`| Objective | Key result |` over `| --- | --- |`), a row a line.', undefined);
        return;
      }
      const trimmed = header.trim();
      const start = header.length - header.trimStart().length;
      const cells = Array.from({ length: found.columns }, () => '---').join(' | ');
      const delimiter = `${header.slice(0, start)}${trimmed.startsWith('|') ? '| ' : ''}${cells}${trimmed.endsWith('|') ? ' |' : ''}`;
      const last = found.delimiterCells === undefined ? line : line + 1;
      const message =
        found.delimiterCells === undefined
          ? 'This line names a table\'s columns, but no delimiter row (`| --- | --- |`) follows it, so Markdown reads the table as text and none of its rows is read; add the delimiter row under the header.'
          : `The delimiter row under this table's header has ${found.delimiterCells} cells for its ${found.columns} columns, so Markdown reads the table as text and none of its rows is read; give the delimiter row one cell per column.`;
      this.unread.push({
        message,
        range: { start: { line, character: start }, end: { line, character: header.trimEnd().length } },
        fix: {
          title: found.delimiterCells === undefined ? 'Add the delimiter row' : 'Give the delimiter row one cell per column',
          range: { start: { line, character: 0 }, end: { line: last, character: this.lines.lineText(last).length } },
          newText: `${line > first ? this.lineEnding : ''}${header.trimEnd()}${this.lineEnding}${delimiter}`,
        },
      });
      return;
    }
  }

  /** The title paragraph right above `line` (only blank lines between), unless it names the method (`How to write good key results`). */
  private titleParagraphAbove(line: number): { line: number; indent: number; text: string } | undefined {
    const title = this.lastTitleParagraph;
    return title && this.onlyBlankBetween(title.line, line) && !NAMES_OKR_WORDS.test(title.text) ? title : undefined;
  }

  /**
   * A paragraph of one line that only names a `Key results` group (`**Key results:**`, `KRs:`), right over a list: under a
   * plain heading, the heading is their objective (`## Faster month-end close` / `**Key results:**` / `- …`).
   */
  private isKeyResultsLabelOverList(block: RootContent | undefined, next: RootContent | undefined): boolean {
    if (block?.type !== 'paragraph' || next?.type !== 'list' || this.lineOf(block) !== this.endLineOf(block)) return false;
    const text = withoutEditLink(this.lines.lineText(this.lineOf(block)).trim());
    return !text.startsWith('#') && readGroupDeclaration(text) === 'kr';
  }

  /** Under a key result's heading (or its initiative's), where `Metric:` is a field of it; a card before is no such key result. */
  private underKeyResult(): boolean {
    const above = this.enclosingHeadingNode();
    return above !== undefined && RANK[above.kind] >= RANK.kr;
  }

  /**
   * `Metric: Number of maintainers.` over `- Current: 2` / `- Target: 2 or more`: a metric named on its own line, with
   * where it stands and where it should get in a list of fields under it, is a key result (a "metric card").
   */
  private metricCard(paragraph: Paragraph, next: RootContent | undefined): boolean {
    const line = this.lineOf(paragraph);
    if (this.endLineOf(paragraph) !== line || !METRIC_LABEL.test(this.lines.lineText(line).trim()) || next?.type !== 'list') return false;
    const first = next.children[0];
    const field = first?.children[0]?.type === 'paragraph' ? readFieldLine(this.itemContent(first).content) : undefined;
    return field !== undefined && /^(?:current|target|baseline)$/i.test(field.key);
  }

  /**
   * After the heading at `index`, past paragraphs of prose (`We want …`), the first list is a `Key results` group: under a
   * label of its own (`**Metrics:**` / `1. …`) or as an item over its nested list (`- Metrics:` / `  - …`).
   */
  private holdsKeyResultsLabel(blocks: RootContent[], index: number): boolean {
    for (let next = index + 1; next < blocks.length; next++) {
      const block = blocks[next]!;
      if (this.isKeyResultsLabelOverList(block, blocks[next + 1])) return true;
      if (block.type === 'paragraph' && this.metricCard(block, blocks[next + 1])) return true;
      // `### 模块A：…` / `**使命：…**` / `| 子 OKR | 当前 | 目标 |`: a table of key results only.
      // After prose saying what the heading aims at (`Close the knowledge gap …`), a table of measures is its key results
      // too; under a heading naming metrics or targets (`## Metrics`, `## Performance targets`) it is that dashboard.
      if (block.type === 'table') return this.opensWithKeyResult(block, next > index + 1 && !this.namesMeasures(blocks[index]));
      if (block.type === 'list') {
        const item = block.children[0];
        return block.children.length === 1 && item !== undefined && item.children.some((c) => c.type === 'list') && readGroupDeclaration(this.itemContent(item).content) === 'kr';
      }
      // `> **Success measure:** …` after the prose saying why; unquoted, under a numbered goal's heading (`### 2. Be a better friend`).
      if ((block.type === 'blockquote' || (block.type === 'paragraph' && this.isNumberedHeading(blocks[index]))) && this.successMeasuresIn(block).length > 0) return this.headingOwner().implicit !== 'initiative';
      // A footnote's text (`[^csra]: Formerly known as …`) is prose.
      if (block.type === 'footnoteDefinition') continue;
      // Only prose is passed: a bold line of its own (`**Help CSMs find value**`) or a label (`**Objective**`) is the objective.
      if (block.type !== 'paragraph' || !this.isProse(block, blocks[next + 1])) return false;
    }
    return false;
  }

  /**
   * A paragraph that declares nothing: no bold title, label or node keyword on its first line. A bold note with its value
   * (`**使命：成为…**`, `**Owner area: O1, O5**`) is prose about the heading's node.
   */
  private isProse(paragraph: Paragraph, next: RootContent | undefined): boolean {
    const first = this.lines.lineText(this.lineOf(paragraph)).trim();
    const labelAlone = this.endLineOf(paragraph) > this.lineOf(paragraph) && keywordAloneOverStatement(first, this.lines.lineText(this.lineOf(paragraph) + 1)) !== undefined;
    return (!WHOLLY_BOLD.test(first) || BOLD_NOTE_WITH_VALUE.test(first)) && !readNodeDeclaration(first) && !readGroupDeclaration(first) && !labelAlone && this.labelOverParagraph(paragraph, next) === undefined;
  }

  /** `### 2. Be a better friend`: a heading opening with its number. */
  private isNumberedHeading(block: RootContent | undefined): boolean {
    return block?.type === 'heading' && /^\s{0,3}#{1,6}[ \t]+\d{1,2}[.)][ \t]/.test(this.lines.lineText(this.lineOf(block)));
  }

  /** `## Metrics`, `## Performance targets`: a heading naming the measures below it, not what they measure. */
  private namesMeasures(block: RootContent | undefined): boolean {
    if (block?.type !== 'heading') return false;
    const name = headingName(this.lines.lineText(this.lineOf(block)));
    return METRICS_HEADING.test(name) || TARGETS_HEADING.test(name);
  }

  /**
   * A list whose first item, or a paragraph whose first line, is a key result written with its keyword (`1. CEO KR: …`,
   * `KR: …`), or a table of key results: under a plain heading, the heading is their objective (`### 1. CEO: Grow
   * revenue` / `1. CEO KR: …`).
   */
  private opensWithKeyResult(block: RootContent | undefined, measuresToo = false): boolean {
    // `| Key Result | Owner | Score |`: a table of key results only.
    // `| Key metrics | 2024 | 2025 |` in a plan that names no key results (`measuresToo`): a table of its measures.
    if (block?.type === 'table') {
      const rows = readOkrTable(block, this.lines, true, undefined, false, measuresToo && this.context.metricsAreKeyResults === true)?.rows ?? [];
      return rows.length > 0 && rows.every((row) => !row.objective && row.krs.length > 0) && !indexesKeyResultsElsewhere(rows);
    }
    return this.firstDeclaredKind(block) === 'kr';
  }

  /** The kind of node a list's first item, or a paragraph's first line, declares with its keyword (`- **Objective:** …`). */
  private firstDeclaredKind(block: RootContent | undefined): NodeKind | undefined {
    if (block?.type === 'list') {
      const item = block.children[0];
      return item?.children[0]?.type === 'paragraph' ? readNodeDeclaration(this.itemContent(item).content)?.kind : undefined;
    }
    return block?.type === 'paragraph' ? readNodeDeclaration(this.lines.lineText(this.lineOf(block)).trim())?.kind : undefined;
  }

  /**
   * `Objectives have the following format:`, `For example:`, `Use this template:`: a sentence introducing the list below it as
   * the shape OKRs are written in, or an example of one; the list shows how to write a plan and is no part of this one.
   * So does one introducing options still weighed (`a few other features I'm considering:`), or what others would like
   * (`Mathesar admins would like:`): no part of the plan.
   */
  private introducesListOutsidePlan(block: RootContent | undefined): boolean {
    if (block?.type !== 'paragraph') return false;
    const last = this.lines.lineText(this.endLineOf(block)).trimEnd();
    const sentence = last.slice(last.lastIndexOf('. ') + 1).trim();
    return last.endsWith(':') && (EXAMPLE_INTRO.test(sentence) || IDEAS_INTRO.test(sentence) || WISHES_INTRO.test(sentence));
  }

  /** A paragraph that ends with a colon, right over a list: a sentence introducing it (`At the end of Q1, success looks like:`). */
  private isIntroducedList(block: RootContent | undefined, next: RootContent | undefined): boolean {
    return block?.type === 'paragraph' && next?.type === 'list' && this.lines.lineText(this.endLineOf(block)).trimEnd().endsWith(':') && !readGroupDeclaration(this.lines.lineText(this.lineOf(block)).trim());
  }

  /** The first block from `index` on that is not a paragraph of known fields only (a heading's `Owner:` and `Parent:`). */
  private afterFields(blocks: RootContent[], index: number): RootContent | undefined {
    let block = blocks[index];
    while (block?.type === 'paragraph' && this.holdsOnlyFields(block)) block = blocks[++index];
    return block;
  }

  private holdsOnlyFields(paragraph: Paragraph): boolean {
    for (let line = this.lineOf(paragraph); line <= this.endLineOf(paragraph); line++) if (!isKnownFieldLine(this.lines.lineText(line).trim())) return false;
    return true;
  }

  /** How many paragraphs and top-level list items between a heading and the next one open with a goal label (`**Goal:** …`). */
  private goalLabelsAfter(blocks: RootContent[], index: number): number {
    let goals = 0;
    for (let next = index + 1; next < blocks.length; next++) {
      const block = blocks[next]!;
      if (block.type === 'heading') break;
      if (block.type === 'paragraph' && GOAL_LABEL.test(this.lines.lineText(this.lineOf(block)).trim())) goals++;
      else if (block.type === 'list') goals += block.children.filter((item) => item.children[0]?.type === 'paragraph' && GOAL_LABEL.test(this.itemContent(item).content)).length;
    }
    return goals;
  }

  /**
   * `### Q3` then `**Increase number of clubs**` / `- Have 200 clubs` / `**Secure funding**` / `- $750k in commitments`:
   * under a heading that names a period and holds nothing else, two or more bold titles of a few words, each right over
   * a list of plain items, are objectives over their key results. The paragraphs that are such titles, else none.
   */
  private boldTitlesOverLists(blocks: RootContent[]): Set<Paragraph> {
    const none = new Set<Paragraph>();
    const [heading, ...after] = blocks;
    // A rule under the heading (`# OKRs for Q3 2018` / `------------`) is no content of it.
    const rest = after.filter((block) => block.type !== 'thematicBreak');
    if (heading?.type !== 'heading' || rest.length < 4) return none;
    const name = headingName(this.lines.lineText(this.lineOf(heading)));
    // `### 🎯 OKR à 6 mois` / `## OKRs for the next 6 months`: a heading naming the OKRs themselves (not how they are
    // written, nor a look back on them) holds them as a period's does.
    // `## Content Marketing OKR Examples`: a set of example OKRs is read as a set is, title over list.
    const namesThePlan = NAMES_OKRS_OR_CJK.test(name) && (!ABOUT_OKRS.test(name) || namesExampleOkrs(name)) && !PROCESS_HEADING.test(name) && !LOOKS_BACK_ON_OKRS.test(name);
    if (!namesThePlan && !PERIOD_HEADING.test(name) && !BARE_PERIOD_HEADING.test(name) && !(this.context.underOkrs && !this.context.underNode && YEAR_HEADING.test(name))) return none;
    // `# OKRs for Q3 2018` then `Scale Product` / `- Lifetime Work $500k`: where the heading names OKRs too, a title may be
    // plain. Under a heading naming the plan's OKRs (`# Objectives and Key Results` / `### Q1 2020`), a plain title may be a
    // sentence with its grade (`Alpha release of the game (7/10)`), and one may stand alone: an objective with no key results yet.
    // Under an objective, its own periods' titles are its work, no objectives of their own.
    const underOkrs = this.context.underOkrs === true && !this.context.underNode;
    const plainTitles = NAMES_OKRS.test(name) || underOkrs;
    const titles = new Set<Paragraph>();
    let overLists = 0;
    for (let i = 0; i < rest.length; i++) {
      const [title, list] = [rest[i]!, rest[i + 1]];
      if (title.type !== 'paragraph') return none;
      const line = this.lineOf(title);
      const text = this.lines.lineText(line).trim();
      // `**2019 Q1**` between the sets of a plan kept over several periods: the period they are for, no title.
      if (line === this.endLineOf(title) && WHOLLY_BOLD.test(text) && namesAPeriod(text.replace(/[*_]/g, '').trim()) && list?.type === 'paragraph') continue;
      const words = text.replace(/[*_]/g, '').trim().split(/\s+/).length;
      // Under the heading naming the OKRs itself, a sentence is a title only over a flat list: a caption over an outline
      // (`Platform team, owned by Ana` / `- Make deploys boring` / `  - Cut failed deploys …`) names whose objectives follow.
      const flatListBelow = list?.type === 'list' && list.children.every((item) => !item.children.some((c) => c.type === 'list'));
      const maxWords = namesExampleOkrs(name) && flatListBelow ? EXAMPLE_TITLE_MAX_WORDS : PARAGRAPH_TITLE_MAX_WORDS;
      const titled = WHOLLY_BOLD.test(text) ? words >= 2 : plainTitles && (PLAIN_TITLE.test(text) || ((underOkrs || (namesThePlan && flatListBelow)) && isSentenceTitle(text, maxWords)));
      if (line !== this.endLineOf(title) || !titled || text.endsWith(':') || namesNotes(text) || readGroupDeclaration(text) || readNodeDeclaration(text)) return none;
      titles.add(title);
      if (list?.type === 'list' && list.children.some((item) => this.isPlainItem(item) || this.isMetricWithLevel(item))) {
        overLists++;
        i++;
      } else if (list?.type === 'list' || !underOkrs) return none;
    }
    return overLists >= 2 ? titles : none;
  }

  /**
   * `1. Firefox OS Ignite has a validated community program design` / `View on GitHub` / `  • KR1 – …`: outside any
   * objective, the one item of a numbered list, a plain statement on one line, right over key results written with their
   * keyword (a list or bullet lines whose first is `KR1 – …`), with at most a caption of a few words between them, is
   * the objective they measure.
   */
  private objectiveOverKeyResults(list: List, blocks: RootContent[], index: number, owner: Owner): boolean {
    const item = list.children[0];
    if (!list.ordered || list.children.length !== 1 || !item || item.children.length !== 1 || !this.isPlainItem(item)) return false;
    const { line, content, task } = this.itemContent(item);
    // The objective before, read the same way, is no objective this one sits under.
    const above = owner.node ?? this.enclosingHeadingNode();
    if (task || content.endsWith(':') || line !== this.endLineOf(item) || (above && above.kind !== 'mission' && above !== this.numberedObjective)) return false;
    let next = blocks[index + 1];
    if (next?.type === 'paragraph' && this.lineOf(next) === this.endLineOf(next) && /^[^:]*$/.test(this.lines.lineText(this.lineOf(next))) && this.lines.lineText(this.lineOf(next)).trim().split(/\s+/).length <= 4) next = blocks[index + 2];
    let first: string | undefined;
    if (next?.type === 'list' && next.children[0]?.children[0]?.type === 'paragraph') first = this.itemContent(next.children[0]).content;
    else if (next?.type === 'paragraph') {
      const text = this.lines.lineText(this.lineOf(next));
      first = text.slice(bulletOf(text)?.[0].length ?? 0).trim();
    }
    return first !== undefined && readNodeDeclaration(first)?.kind === 'kr';
  }

  /**
   * `**Objective:**` (or `**Objective**`, `Objective`, `Objective[edit]`) alone in its paragraph, then a paragraph: an
   * empty label whose statement is the next paragraph's first line. The kind it announces, else undefined.
   */
  private labelOverParagraph(paragraph: Paragraph, next: RootContent | undefined): NodeKind | undefined {
    const line = this.lineOf(paragraph);
    if (next?.type !== 'paragraph' || line !== this.endLineOf(paragraph)) return undefined;
    const text = this.lines.lineText(line).trim();
    // `Key Result` alone (singular) labels the paragraph under it, though a group's name allows the singular too.
    const bare = BARE_KEYWORD_LABEL.exec(withoutEditLink(text));
    const keyword = bare?.[2] ?? bare?.[3];
    if (keyword) return OBJECTIVE_KEYWORD.test(keyword) ? 'objective' : 'kr';
    // `Objective 1` alone, a page's section title with its number, over its statement.
    const numbered = keywordAloneOverStatement(text, this.lines.lineText(this.lineOf(next)));
    if (numbered) return numbered;
    if (readGroupDeclaration(text)) return undefined;
    const declaration = readNodeDeclaration(text);
    return declaration && statementOf(declaration.title).text === '' ? declaration.kind : undefined;
  }

  /**
   * A collapsible objective: `<details><summary>Grow …</summary>` around its key results. The
   * summary is an objective unless its text declares another kind, or names only a period (`Q4 2023 (57%)`).
   */
  private addSummary(html: Html, owner: Owner): void {
    const first = this.lineOf(html);
    const last = this.endLineOf(html);
    // The fast block reader keeps no value for an HTML block: read its lines.
    let arrowRows = false;
    for (let line = first; line <= last && !arrowRows; line++) arrowRows = ARROW_CELL.test(this.lines.lineText(line));
    let cell = 0;
    let inComment = false;
    for (let line = first; line <= last; line++) {
      // What an HTML comment holds is no part of the page: `<!-- dropped: <td>KR2: …</td> -->`.
      const [outside, stillInComment] = outsideComments(this.lines.lineText(line), inComment);
      inComment = stillInComment;
      if (outside.trim() === '' || line <= this.htmlTableUntil) continue;
      if (TABLE_OPEN.test(outside) && this.addHtmlOkrTable(line, owner)) continue;
      if (arrowRows) cell = this.addArrowRows(line, cell, owner);
      else this.addKeywordCells(line, owner);
      // The text is trimmed apart: blanks the pattern would take on both sides of a lazy group try every split of a long run.
      const summary = /<summary>(.*?)<\/summary>/i.exec(this.lines.lineText(line));
      if (!summary?.[1]?.trim()) {
        this.addHtmlHeadingNode(line, owner);
        continue;
      }
      const text = summary[1].trim();
      if (NOT_OBJECTIVES.test(text) || namesOnlyPeriod(text)) {
        // What follows lists what the team will not do, an archive, or another quarter's plan: it ends the objective above.
        this.closeLabels(line - 1);
        owner.node = undefined;
        owner.implicit = undefined;
        continue;
      }
      // `<summary>2023 goals</summary>`: a period's set of goals, as a heading naming it is, over the outline of its objectives.
      if (PERIOD_GOALS.test(plainText(text))) {
        this.closeLabels(line - 1);
        owner.node = undefined;
        owner.implicit = 'objective';
        owner.labelled = true;
        continue;
      }
      const start = summary.index + summary[0].indexOf(text, '<summary>'.length);
      this.addLabelNode(readNodeDeclaration(text) ?? { kind: 'objective', title: text, titleStart: 0 }, line, start, owner);
    }
  }

  /**
   * `<table>` / `<tr><th>Objective</th><th>Key Results</th></tr>` / `<tr><td><strong>Grow …</strong></td><td><ul><li>…</li></ul></td></tr>`
   * over several lines (MDX `<Table>` / `<Td>` too): a table whose header names a key-result column holds nodes as a
   * Markdown OKR table does. An objective cell's bold text (else its text before a list or a paragraph) is the objective,
   * and each list item of a key-result cell a key result (else the cell's text). False for any other table.
   */
  private addHtmlOkrTable(first: number, owner: Owner): boolean {
    const table = readHtmlTable(this.lines, first);
    const columns = table && headerColumns(table.header);
    if (!table || !columns?.some((column) => column && 'node' in column && column.node === 'kr')) return false;
    for (const row of table.rows) {
      let objective: LineNode | undefined;
      let firstKeyResult: LineNode | undefined;
      for (const [index, cell] of row) {
        const column = columns[index];
        if (!column || !('node' in column)) continue;
        if (column.node === 'objective' && cell.lead) objective = this.addHtmlCellNode('objective', cell.lead, owner);
        else if (column.node === 'kr') {
          for (const item of cell.items.length ? cell.items : cell.lead ? [cell.lead] : []) {
            const node = this.addHtmlCellNode('kr', item, owner);
            firstKeyResult ??= node;
          }
        }
      }
      // The row's other cells are its first key result's, as in a Markdown OKR table; with none, the objective's.
      const fieldsOwner = firstKeyResult ?? objective;
      for (const [index, cell] of row) {
        const column = columns[index];
        if (!fieldsOwner || !column || !('field' in column) || !cell.lead) continue;
        const { text, line, start } = cell.lead;
        fieldsOwner.fields.push(this.tableCellField(column.field, text, line, start));
      }
    }
    this.htmlTableUntil = table.endLine;
    return true;
  }

  /** A node of an HTML table's cell, its range on the statement's first line; `1. …`, the number a cell writes first, is no part of it. */
  private addHtmlCellNode(kind: NodeKind, text: HtmlText, owner: Owner): LineNode {
    const numbered = /^\d{1,3}[.)][ \t]+/.exec(text.firstLine)?.[0].length ?? 0;
    const statement = text.text.slice(numbered);
    const title = text.firstLine.slice(numbered);
    return this.addLabelNode({ kind, title, titleStart: 0, ...(statement !== title ? { statement } : {}) }, text.line, text.start + numbered, owner);
  }

  /** `<h3>Objective A: …</h3>`: an HTML heading that declares a node with its keyword declares it as a label does. */
  private addHtmlHeadingNode(line: number, owner: Owner): void {
    const text = this.lines.lineText(line);
    const heading = HTML_HEADING.exec(text);
    const declaration = heading && readNodeDeclaration(heading[2]!);
    if (declaration) this.addLabelNode(declaration, line, heading.index + heading[0].indexOf('>') + 1, owner);
    // `<h2>` / `  Key result: Interview at other companies` / `</h2>`: the heading's tags on lines of their own.
    const opened = !heading && HTML_HEADING_OPEN.exec(text);
    if (!opened || line + 2 >= this.lines.lineCount || this.lines.lineText(line + 2).trim().toLowerCase() !== `</h${opened[1]}>`) return;
    const inner = this.lines.lineText(line + 1);
    const split = readNodeDeclaration(inner.trim());
    if (split) this.addLabelNode(split, line + 1, inner.length - inner.trimStart().length, owner);
  }

  /**
   * `<td rowspan=6>O1 提升财务表现</td>`, `<td>KR1: … <br>…</td>`: a cell of an HTML table whose text declares a node with its
   * keyword declares it, as a label does; the statement ends where the cell's first tag starts.
   */
  private addKeywordCells(line: number, owner: Owner): void {
    const text = this.lines.lineText(line);
    if (!text.includes('<td')) return;
    for (const match of text.matchAll(HTML_CELL)) {
      const content = match[1]!;
      const leading = content.length - content.trimStart().length;
      const written = content.slice(leading).split('<', 1)[0]!.trimEnd();
      const declaration = written ? readNodeDeclaration(written) : undefined;
      if (declaration && (declaration.kind === 'objective' || declaration.kind === 'kr') && declaration.title) this.addLabelNode(declaration, line, match.index! + match[0].indexOf('>') + 1 + leading, owner);
    }
  }

  /**
   * Rows of an HTML table that marks child rows with an arrow (`<td>↳ Raise …</td>`): a row whose first cell is bold is an
   * objective, a row whose first cell opens with the arrow one of its key results. Returns the index of the next cell in
   * its row, counted across lines (one cell per line is the common layout).
   */
  private addArrowRows(line: number, cell: number, owner: Owner): number {
    const text = this.lines.lineText(line);
    for (const match of text.matchAll(/<tr\b[^>]{0,200}>|<td\b[^>]{0,200}>(.{0,500}?)<\/td>/gi)) {
      if (match[0].toLowerCase().startsWith('<tr')) {
        cell = 0;
        continue;
      }
      if (cell++ !== 0) continue;
      const content = match[1] ?? '';
      const bold = /^\s*<(strong|b)>\s*(.*?)\s*<\/\1>\s*$/i.exec(content);
      const arrow = /^\s*\u21b3\s*(.*?)\s*$/.exec(content);
      const title = bold?.[2] ?? arrow?.[1];
      if (!title) continue;
      const start = match.index! + match[0].indexOf('>') + 1 + content.indexOf(title, arrow ? content.indexOf('\u21b3') + 1 : 0);
      this.addLabelNode({ kind: bold ? 'objective' : 'kr', title, titleStart: 0 }, line, start, owner);
    }
    return cell;
  }

  private headingOwner(): Owner {
    const top = this.stack[this.stack.length - 1];
    if (top?.node) return { node: top.node, implicit: implicitUnder(top.node) };
    return top?.group ? { implicit: top.group } : {};
  }

  /** A list of one item: under a heading with headings nested under it, a housekeeping task of a theme, not an objective's key results. */
  private isSingleItem(block: RootContent | undefined): boolean {
    return block?.type === 'list' && block.children.length === 1;
  }

  /** A list of task items only (`- [ ] …`, `- [x] …`). */
  private isTaskList(block: RootContent | undefined): boolean {
    return block?.type === 'list' && block.children.length > 0 && block.children.every((item) => this.itemContent(item).task);
  }

  /**
   * A task list whose tasks may introduce their own checklist with a colon (`- Finish the migration:` / `  - [ ] Go`):
   * at least one task item at the top, and every other item such a task.
   */
  private isChecklist(block: RootContent | undefined): boolean {
    if (block?.type !== 'list' || !block.children.some((item) => this.itemContent(item).task)) return false;
    return block.children.every((item) => this.itemContent(item).task || this.introducesChecklist(item));
  }

  /** `- Finish the migration for every client:` over a nested list of task items only. */
  private introducesChecklist(item: ListItem): boolean {
    const nested = item.children.find((c): c is List => c.type === 'list');
    return nested !== undefined && this.itemContent(item).content.endsWith(':') && this.isTaskList(nested);
  }

  /**
   * Key results ranked by priority (`* P0 (0.8): Publish the guide`, `* P1-GC: …`, `- **[P0] (1.0) Problem statement:**`): a
   * list of which at least half the items open with a priority and a score or a colon, or with a priority in square
   * brackets and a score. The ranks order the key results of one objective.
   */
  /** A list half of whose items at least are ranked (see `isRankedItem`), each stated in `minWords` words or more after its rank. */
  private isRankedList(block: RootContent | undefined, labelsCount = true, minWords = 0): boolean {
    if (block?.type !== 'list') return false;
    const ranked = block.children.filter((item) => this.isRankedItem(item, labelsCount, minWords)).length;
    return ranked > 0 && 2 * ranked >= block.children.length;
  }

  /**
   * An item that opens with a rank, or (where `labelsCount`) a short label, bold or not, or a bare name, over a ranked list
   * (`- **Implementer tools:**` / `  - **[P1] (0.2) Conversion utility:**`, `- Core spec` / `  - (P0) - (1.0) …`): the label groups ranked key results. Only
   * one level of labels is looked through, so nested labels cost no more than their items.
   */
  private isRankedItem(item: ListItem, labelsCount: boolean, minWords: number): boolean {
    const { content } = this.itemContent(item);
    const rank = rankLength(content);
    if (rank > 0) return minWords === 0 || content.slice(rank).trim().split(/\s+/).length >= minWords;
    return labelsCount && namesRankedItems(content) && this.isRankedList(item.children.find((c): c is List => c.type === 'list'), false, minWords);
  }

  /** A heading opening with a number over a list (past the heading's own fields) that numbers two items or more, half of them at least, under it. */
  private numbersItsItems(heading: RootContent | undefined, next: RootContent | undefined): boolean {
    if (heading?.type !== 'heading' || next?.type !== 'list') return false;
    const body = this.lines.lineText(this.lineOf(heading)).replace(/^\s{0,3}#{1,6}[ \t]*/, '');
    const number = /^(\d{1,2})[.)][ \t]/.exec(body)?.[1];
    if (number === undefined) return false;
    const under = new RegExp(`^${number}\\.\\d{1,2}[.)]?[ \\t]`);
    const numbered = next.children.filter((item) => under.test(this.itemContent(item).content)).length;
    return numbered >= 2 && 2 * numbered >= next.children.length;
  }

  /** What follows the heading at `index` that its reading depends on (see `HeadingSurroundings`). */
  private whatFollows(blocks: RootContent[], index: number): HeadingSurroundings {
    const next = blocks[index + 1];
    return {
      beforeTaskList: this.isChecklist(next) && !(this.context.overHeadings && this.isSingleItem(next)),
      beforeRankedList: this.isRankedList(next),
      beforeGoals: this.goalLabelsAfter(blocks, index) >= 2,
      beforeKeyResults: this.holdsKeyResultsLabel(blocks, index) || this.opensWithKeyResult(this.afterFields(blocks, index + 1)),
      beforeIntroducedList: this.isIntroducedList(next, blocks[index + 2]),
      beforeNumberedUnder: this.numbersItsItems(blocks[index], this.afterFields(blocks, index + 1)),
      beforeDeclaredObjective: this.firstDeclaredKind(next) === 'objective',
      ...(next?.type === 'paragraph' ? { statementBelow: this.statementBelow(next), labelledStatement: this.labelledStatement(next), ...this.measureInParagraph(next, blocks[index + 2]) } : {}),
      ...(next?.type === 'blockquote' ? this.quotedStatementAndMeasure(next) : {}),
      ...(next?.type === 'list' ? { measureBelow: this.measureBelow(next), labelledMeasureBelow: () => this.labelledMeasure(next) } : {}),
    };
  }

  /**
   * A paragraph's first sentence, over the lines it wraps across, when it is prose of four words or more stating a number:
   * what a key result's name measures.
   */
  private measuredSentence(paragraph: Paragraph, bold: boolean): string | undefined {
    const first = this.lines.lineText(this.lineOf(paragraph)).trim();
    // A field line opening the paragraph is read by `measureInParagraph`, the one caller, before this.
    if (!(bold || this.isProse(paragraph, undefined)) || readNodeDeclaration(first)) return undefined;
    let sentence = bold ? unbolded(first) : first;
    for (let line = this.lineOf(paragraph) + 1; line <= this.endLineOf(paragraph) && !/[.!?]["'”’)\]]*$/.test(sentence) && sentence.length <= MAX_SENTENCE; line++) sentence = `${sentence} ${this.lines.lineText(line).trim()}`;
    const end = sentence.matchAll(SENTENCE_END).next().value;
    if (end) sentence = sentence.slice(0, end.index + 1);
    return sentence.split(/\s+/).length >= 4 && findQuantities(sentence).length > 0 ? sentence : undefined;
  }

  /** A quote right under a heading states the node (`## Objetivo` / `> …`), and a key result's measure when it holds a number (`### KR1 — Leading` / `> **200 shops active …**`). */
  private quotedStatementAndMeasure(quote: Blockquote): { statementBelow?: string; measureBelow?: string } {
    const statement = this.quotedStatement(quote);
    // The measure may be wholly in bold, as a sentence stated right under a heading is (`> **200 shops active …**`), or
    // follow a bold label (`> **Mục tiêu:** 60% of requests …`, "target").
    const first = this.lines.lineText(this.lineOf(quote)).replace(QUOTE_MARKER, '').trim();
    const measure = statement ?? (WHOLLY_BOLD.test(first) ? unbolded(first) : afterBoldName(first));
    return { ...(statement !== undefined ? { statementBelow: statement } : {}), ...(statesAMeasure(measure) ? { measureBelow: measure } : {}) };
  }

  /**
   * The measure a paragraph right under a heading states: the target sentence of a field opening it (`targetStatement`),
   * or its first sentence, unless a list follows it and it is no sentence in bold.
   */
  private measureInParagraph(paragraph: Paragraph, after: RootContent | undefined): { measureBelow?: string } {
    const field = readFieldLine(this.lines.lineText(this.lineOf(paragraph)).trim());
    if (field) return { measureBelow: targetStatement(field) };
    const bold = this.isBoldSentence(paragraph);
    return after?.type === 'list' && !bold ? {} : { measureBelow: this.measuredSentence(paragraph, bold) };
  }

  /**
   * `#### KR1 — MAIA knows what it should know` / `**Answer coverage: 75% of queries resolved with data.**`: a sentence
   * wholly in bold on one line right under a heading, which states the measure whatever notes list below it.
   */
  private isBoldSentence(paragraph: Paragraph): boolean {
    const line = this.lineOf(paragraph);
    return line === this.endLineOf(paragraph) && WHOLLY_BOLD.test(this.lines.lineText(line).trim()) && /[.!?][ \t]*(?:\*\*|__)[ \t]*$/.test(this.lines.lineText(line));
  }

  /**
   * `## Key Result 3: Reading` / `* Read and review a book a month.`: the only plain item under a heading, over the lines
   * it wraps across, a few at most (`* Determine a sleeping pattern defined by waking up` / `  within 1 hour …`).
   */
  private measureBelow(list: List): string | undefined {
    const first = list.children[0];
    // One item only: a list of several under a key result is its work or its notes.
    if (list.children.length !== 1 || !first || !this.isPlainItem(first)) return undefined;
    const start = this.lineOf(first);
    const end = this.endLineOf(first.children[0]!);
    const { content, task } = this.itemContent(first);
    if (end - start >= MAX_WRAPPED_STATEMENT_LINES || task || linksElsewhere(content) || /^<?https?:\/\//.test(content)) return undefined;
    let statement = content;
    for (let line = start + 1; line <= end; line++) statement = `${statement} ${this.lines.lineText(line).trim()}`;
    return statement;
  }

  /** The measured text after a bold label in the first item of a list (`* **Nội dung:** **At least 85% of advisers …**`). */
  private labelledMeasure(list: List): string | undefined {
    const first = list.children[0];
    if (!first || first.children[0]?.type !== 'paragraph') return undefined;
    const value = afterBoldName(this.itemContent(first).content);
    const measure = value !== undefined && WHOLLY_BOLD.test(value) ? unbolded(value) : value;
    return statesAMeasure(measure) ? measure : undefined;
  }

  /**
   * `The D&I Working Group has documented …`: the first line of a paragraph right under a heading that states, as done,
   * the state the objective names (the "task format" some organisations write objectives in).
   */
  private statementBelow(paragraph: Paragraph): string | undefined {
    const first = this.lines.lineText(this.lineOf(paragraph)).trim();
    if (!this.isProse(paragraph, undefined) || readFieldLine(first) || !statesAStateReached(first)) return undefined;
    return first;
  }

  /**
   * `# Objective 1: Learning` / `> Being able to explain and excite others about ideas.`: a quote right under a heading, a
   * sentence of four words or more on its first line, says what the name over it means.
   */
  private quotedStatement(quote: Blockquote): string | undefined {
    // The quote's own first line: a fast read of the blocks keeps no children in it.
    const first = this.lines.lineText(this.lineOf(quote)).replace(QUOTE_MARKER, '').trim();
    if (!QUOTED_STATEMENT.test(first) || ATTRIBUTED.test(first) || /\d{4}-\d{1,2}-\d{1,2}/.test(first) || readFieldLine(first) || readNodeDeclaration(first) || readGroupDeclaration(first)) return undefined;
    return first.split(/\s+/).length >= MIN_QUOTED_STATEMENT_WORDS ? first : undefined;
  }

  /**
   * `## Goal 1: Product Stabilization` / `**Goal:** Achieve zero critical data corruption incidents by March`: a label naming
   * the objective, on the first line right under its heading or after a few other labelled lines of the same paragraph
   * (`**Timeline:** Weeks 1-4`), holds the statement the heading names. Three words at least.
   */
  private labelledStatement(paragraph: Paragraph): string | undefined {
    const first = this.lineOf(paragraph);
    const last = Math.min(this.endLineOf(paragraph), first + MAX_LABELS_BEFORE_STATEMENT);
    for (let line = first; line <= last; line++) {
      const field = readFieldLine(this.lines.lineText(line).trim());
      if (!field) return undefined;
      if (!OBJECTIVE_LABEL.test(field.key.replace(/[*_]/g, '').trim())) continue;
      const statement = field.value.trim();
      return statement.split(/\s+/).length >= 3 ? statement : undefined;
    }
    return undefined;
  }

  private addHeading(heading: Heading, { beforeTaskList, beforeRankedList, beforeGoals, beforeKeyResults, beforeIntroducedList, beforeNumberedUnder, beforeDeclaredObjective, statementBelow, labelledStatement, measureBelow, labelledMeasureBelow }: HeadingSurroundings): Owner {
    const line = this.lineOf(heading);
    this.pendingTitle = undefined;
    this.goalsAreKeyResults = false;
    this.idOnlyHeading = undefined;
    while (this.stack.length && this.stack[this.stack.length - 1]!.depth >= heading.depth) this.stack.pop();
    this.closeLabels(line - 1);
    const text = this.lines.lineText(line);
    const content = /^\s{0,3}#{1,6}[ \t]*/.exec(text);
    const contentStart = content ? content[0].length : 0;
    const body = withoutHeadingTrailer(text.slice(contentStart));
    const name = body.replace(/[*_=`]/g, '').trim();
    // `## Success Criteria` / `At the end of Q1, success looks like:` / a list, after the objectives and outside any: the
    // plan summed up, no key results.
    const sumsUpThePlan = beforeIntroducedList && this.context.afterObjectives === true && !this.context.underObjective && !this.enclosingHeadingNode() && SUCCESS_SUMMARY.test(name);
    // `### Key performance indicators`, `## Metrics and KPIs`: the measures the plan or its objective is tracked by (a heading
    // only: `- Publish team KPIs` is a task).
    const kpis = KPI_HEADING.test(name) ? 'kr' : undefined;
    // `## Discounted KPIs`: the measures weighed and set aside are no group of the plan's.
    const group = OKR_CRAFT_HEADING.test(name) || sumsUpThePlan || namesNoPlan(name) ? undefined : this.stepsOfGoal((this.context.goalThemeOfArea ? 'kr' : undefined) ?? (this.context.v2mom ? v2momGroup(name) : undefined) ?? readGroupHeading(body.replace(HEADING_NUMBER, '')) ?? kpis ?? columnsHeadingKind(body) ?? (this.context.keyResultsOfObjective ? 'kr' : this.context.goalsOfABody ? 'objective' : undefined), name);
    // A plain heading read as an objective: its text after any emoji or number before it (`## ➡️ Grow the community`, `### 2. Grow …`).
    const decoration = decorationLength(body);
    const lead = decoration + (HEADING_NUMBER.exec(body.slice(decoration))?.[0].length ?? 0);
    const asObjective = { kind: 'objective' as const, title: body.slice(lead), titleStart: lead };
    // `#### Week 1: インフラ構築` over a checklist: a week of a schedule, its tasks, no objective over them.
    const objectiveOverTasks = beforeTaskList && !group && !SCHEDULE_SLOT_HEADING.test(name) && !EMPTY_LABEL.test(name) && !this.context.underNode && !this.context.underNoPlan && !this.context.keywordObjectives && !this.enclosingHeadingNode() && body && !namesNoPlan(name) && !PROCESS_HEADING.test(name) ? asObjective : undefined;
    // `### Kristiansand Service` / `- **Objective:** …`: an area whose objective is written under it with its keyword names
    // whose objective it is (a team, a place), no objective of its own.
    const area = this.context.areaOfPeriod && !group && body && !beforeDeclaredObjective ? asObjective : undefined;
    // `Technical` / `**Goal:** …` / `**Goal:** …`: a plain heading over goals is their objective; its other lists are no key
    // results. Goals under a heading named for who does the work (`Team`) are that team's, not a list of its people.
    const notes = namesNotes(name) && !WHO_HEADING.test(name);
    // `##### target` over its value: a field written as a heading, no node.
    const plainName = !group && name !== '' && !this.context.underNoPlan && !namesNoPlan(name) && !PERIOD_HEADING.test(name) && !BARE_PERIOD_HEADING.test(name) && !notes && !PROCESS_HEADING.test(name) && !FIELD_HEADING.test(name);
    const overRanked = beforeRankedList && plainName && !namesNotes(name) ? asObjective : undefined;
    const overGoals = beforeGoals && plainName ? asObjective : undefined;
    // Its number is its id, as the items' numbers say (`3.1` is a key result of objective 3).
    const overNumbered = beforeNumberedUnder && plainName ? { ...asObjective, id: readNodeDeclaration(`Objective ${/^\d+/.exec(body)![0]}: ${asObjective.title}`)?.id } : undefined;
    const overLabel =
      beforeKeyResults && plainName && !namesNotes(name) && !YEAR_HEADING.test(name) && !NAMES_OKRS.test(name) && !name.includes('@') && !columnsHeadingKind(body) &&
      idOnlyHeadingKind(body) === undefined && !this.context.underObjective && !this.context.underKeyResults && !this.enclosingHeadingNode()
        ? withKeywordAndId(asObjective)
        : undefined;
    // `##### [R1] | Provide a schema definition | MUST DONE` under `#### Keyresults`: the key result, its id in brackets before it.
    const asKeyResult = this.context.keyResultHeading && plainName ? keyResultHeadingDeclaration(body, lead) : undefined;
    const written = this.context.titleRestatesObjective ? undefined : (headingDeclaration(heading.depth, body, this.context.goalHeading === true) ?? this.gradedDeclaration(line, lead, asObjective));
    const titlesThePlan = !written && namesThePlan(heading.depth, body);
    const declaration = written ?? objectiveOverTasks ?? area ?? overRanked ?? overGoals ?? overNumbered ?? overLabel ?? asKeyResult;
    if (declaration && this.setsOutTableRow(declaration, this.enclosingHeadingNode())) {
      const settingOut: SectionHeading = { line, depth: heading.depth };
      this.stack.push(settingOut);
      this.headings.push(settingOut);
      return { notes: true };
    }
    if (!declaration) {
      const plain: SectionHeading = group ? { line, depth: heading.depth, group } : { line, depth: heading.depth };
      this.stack.push(plain);
      this.headings.push(plain);
      if (!group && !sumsUpThePlan && !titlesThePlan) this.noteUnread(line, contentStart, body, 'heading');
      // Under a heading over no plan (`# Executive summary`), a `## Mission` heading restates it.
      const idOnly = this.context.underNoPlan ? undefined : idOnlyHeadingKind(body);
      if (idOnly) this.idOnlyHeading = { entry: plain, kind: idOnly };
      // `## Community Q1 OKRs`: the acronym names a set of objectives and key results, where `## Objectives` names objectives.
      // Under a heading over no plan (`# Appendix`, `# Executive summary`, `## Backlog`), a group names what is summed up or set aside.
      if (group && this.context.underNoPlan) return {};
      // The objectives listed here are read where they are said again over their key results.
      if (group === 'objective' && this.context.summarisedBelow) return { notes: true };
      if (group === 'kr' && this.context.restatesObjectivesAbove) return { implicit: 'objective', labelled: true };
      if (group) return { implicit: group, labelled: true, ...(group === 'objective' && OKR_ACRONYM.test(body) ? { namesOkrs: true } : {}), ...(this.namesMethods(name) ? { methods: true } : {}) };
      // `# Tchelinux OKRs` / `## 2017` / `- Have more than 1000 participants`: a period right under a set of OKRs or goals
      // names that period's set, as `## 2017 OKRs` would.
      // Where objectives are declared with their keyword, a period heading over a list recaps them (`## 2023` / `- We reached 300 members`).
      if (this.context.underOkrs && !this.context.underNode && !this.context.keywordObjectives && namesAPeriod(name)) return { implicit: 'objective', labelled: true, namesOkrs: true };
      // `### Key results` / `#### Community` / `- Reach 500 members`: a theme of key results lists key results.
      return this.context.themeOfKeyResults && plainName ? { implicit: 'kr' } : {};
    }
    // `## Objective #1: Use Cases` over `The D&I Working Group has documented …`: the short name's statement is below it.
    const named = written?.kind === 'objective' && !written.statement && statementBelow !== undefined && OBJECTIVE_NAME.test(statementOf(written.title).text);
    // Several goal labels under it are its key results (`**Goal:** raise weekly reconciliations …` twice), not its statement.
    // `## Milestone 1: Playable Prototype` / `**Timeline:** …` / `**Goal:** Prove the core loop feels good`: read as an
    // objective, its name (after a numbered stage's word) is stated by the label.
    const namedObjective: NodeDeclaration | undefined = written ?? declaration;
    const labelled = namedObjective?.kind === 'objective' && !namedObjective.statement && labelledStatement !== undefined && !beforeGoals && HEADING_NAME.test(statementOf(namedObjective.title).text.replace(NUMBERED_STAGE, ''));
    // `## [P1] Key Result 3: Reading` over `* Read and review a book a month.`: a key result named by its topic is measured
    // below, and so is one stating no number over an item that states one (`## [P0] Key Result 1: Develop a consistent
    // sleeping pattern` / `* Wake up within 1 hour of a set time 6 out of 7 days …`), or one named by the kind of measure
    // it is (`### KR1 — Leading (…)` / `> **200 shops active 5 days a week**`).
    const title = statementOf(written?.title ?? '').text;
    const kindOfMeasure = written?.kind === 'kr' && NAMES_KIND_OF_MEASURE.test(title);
    const measure = measureBelow ?? (kindOfMeasure ? labelledMeasureBelow?.() : undefined);
    const measured = written?.kind === 'kr' && !written.statement && measure !== undefined && (OBJECTIVE_NAME.test(title.replace(/\.$/, '')) || kindOfMeasure || (findQuantities(title).length === 0 && findQuantities(measure).length > 0));
    const node = this.newNode(labelled ? { ...namedObjective, statement: labelledStatement } : named ? { ...written, statement: statementBelow } : measured ? { ...written, statement: measure } : declaration, line, contentStart, 'heading', heading.depth);
    node.enclosing = this.enclosingHeadingNode();
    node.enclosing?.nested.push(node);
    const entry = { line, depth: heading.depth, node };
    this.stack.push(entry);
    this.headings.push(entry);
    this.goalsAreKeyResults = beforeGoals && node.kind === 'objective';
    if (declaration === overLabel && !written) this.measuredHeadings.add(node);
    const madeOverGoals = declaration === overGoals && !written && !objectiveOverTasks && !area && !overRanked;
    return { node, implicit: madeOverGoals ? undefined : implicitUnder(node) };
  }

  /**
   * A heading graded as Google grades (`gradedHeadings`): the objective's without its score, the key result's without its
   * rank. A key result going on in the line below states the whole, its range over the part on the heading's line.
   */
  private gradedDeclaration(line: number, lead: number, asObjective: NodeDeclaration): NodeDeclaration | undefined {
    if (this.context.gradedObjective) return { ...asObjective, title: asObjective.title.replace(TRAILING_SCORE, '').replace(CLOSING_HASH_TAG, '') };
    if (!this.context.gradedKeyResult) return undefined;
    const ranked = gradedHeadingText(this.lines, line, TRAILING_GRADE);
    if (!ranked) return undefined;
    const title = asObjective.title.replace(TRAILING_GRADE, '');
    if (ranked.wrapped === undefined) return { kind: 'kr', title, titleStart: lead };
    const more = ` ${ranked.wrapped}`.replace(TRAILING_GRADE, '');
    return more === '' ? { kind: 'kr', title, titleStart: lead } : { kind: 'kr', title, titleStart: lead, statement: `${statementOf(title).text}${more}` };
  }

  /**
   * `| **KR1** | Coverage — % of questions answered | … |` then `#### KR1 — MAIA knows what it should know` (or a label
   * `**KR1 — Reach.** …`) under the same objective: the key result of the table row set out below, no new one.
   */
  private setsOutTableRow(declaration: NodeDeclaration, from: PlanNode | undefined): boolean {
    if (declaration.kind !== 'kr' || !declaration.id) return false;
    let objective = from;
    while (objective && objective.kind !== 'objective') objective = objective.enclosing;
    const id = declaration.id.toLowerCase();
    if (this.context.keyResultsInTables?.split(',').includes(id)) return true;
    return objective?.nested.some((kr) => this.tableRowKeyResults.has(kr) && kr.id.toLowerCase() === id) === true;
  }

  private enclosingHeadingNode(): LineNode | undefined {
    for (let i = this.stack.length - 1; i >= 0; i--) {
      const node = this.stack[i]!.node;
      if (node) return node;
    }
    return undefined;
  }

  /** The nearest node a node of `kind` nests under: up from `from`, else up the open headings. */
  private enclosingFor(kind: NodeKind, from: LineNode | undefined): LineNode | undefined {
    for (let n: PlanNode | undefined = from; n; n = n.enclosing) if (RANK[n.kind] < RANK[kind]) return n as LineNode;
    for (let i = this.stack.length - 1; i >= 0; i--) {
      const node = this.stack[i]!.node;
      if (node && RANK[node.kind] < RANK[kind]) return node;
    }
    return undefined;
  }

  private newNode(declaration: NodeDeclaration, line: number, start: number, form: PlanNode['form'], depth: number): LineNode {
    this.pendingTitle = undefined;
    const c = this.charsBefore(line);
    const { statement, ownerAside: aside, role, scored } = statementParts(declaration, declaration.kind === 'objective' || (declaration.kind === 'kr' && this.objectiveScored));
    if (declaration.kind === 'objective') this.objectiveScored = scored;
    const titleStart = start + declaration.titleStart + statement.start;
    // `- Objective: Improve design quality → KR: Complete 10 design reviews`: the key result after the arrow is no part
    // of the objective's statement; it is told unread, with its own line as the fix.
    // `Key Result: We contact 100 investors. Key Result: At least 10 pitches.`: the next key result, run on after a full
    // stop, is told unread too; its fix starts its own line.
    const second = declaration.statement ? null : declaration.kind === 'objective' ? KEY_RESULT_AFTER_ARROW.exec(statement.text) : declaration.kind === 'kr' ? KEY_RESULT_RUN_ON.exec(statement.text) : null;
    if (second) {
      // The blanks before the arrow are cut with it (trimmed here: a pattern opening on blanks retries every one of a long run).
      const kept = statement.text.slice(0, second.index).trimEnd().length;
      const at = titleStart + kept;
      const cut = second.index + second[0].length - kept;
      const newText = declaration.kind === 'objective' ? `\n${form === 'list' ? ' '.repeat(start) : ''}- ` : `\n${' '.repeat(start)}`;
      const message = declaration.kind === 'objective' ? 'This key result shares its objective’s line and is not read: put it on its own line under the objective.' : 'This key result shares the line of the one before and is not read: put each key result on its own line.';
      this.noteUnreadAt(line, at + cut, titleStart + statement.text.length, message, { title: 'Move the key result to its own line', range: { start: { line, character: at }, end: { line, character: at + cut } }, newText });
      statement.text = statement.text.slice(0, kept);
    }
    // The node's range ends with its statement; a tag after it (`(ewd)`) stays outside.
    const end = titleStart + statement.text.length;
    // A mission is `mission` however it was declared (`# Mission: …`, or `## Mission` over its statement).
    const id = declaration.id ?? (declaration.kind === 'mission' ? 'mission' : '');
    const node = new LineNode(declaration.kind, intern(id), declaration.id !== undefined || declaration.kind === 'mission', declaration.statement ?? statement.text, form, depth, line + this.placement.lines, start + c, end + c, titleStart + c);
    if (aside) node.fields.push(new CellField(fieldKeyOf('Owner'), intern(aside.owner), line + this.placement.lines, titleStart + aside.ownerStart + c));
    // `CEO: Grow …`, `CRO KR: …`: the role answers for the node, unless an owner line under it names someone (`ownRoles`).
    const named = role ? { text: role.text, at: start + declaration.titleStart + role.start } : this.roleBeforeKeywordAt(line, start, declaration);
    if (named && !aside) this.roleOwners.set(node, new CellField(fieldKeyOf('Owner'), intern(named.text), line + this.placement.lines, named.at + c));
    this.nodes.push(node);
    return node;
  }

  /**
   * Each line of a paragraph may be a field of the owner, a node written as a label
   * (`**Objective:** …`, `Key result: …`, `1.1 …` under an objective) or a group label
   * (`**Key results:**`); `skipFirst` skips a list item's own line.
   */
  private addFieldLines(paragraph: Paragraph, paragraphOwner: Owner, skipFirst: number): void {
    const first = this.lineOf(paragraph);
    const last = this.endLineOf(paragraph);
    const issueKeyResults = this.issueKeyResultsOf(first + skipFirst, last, paragraphOwner);
    const bullets = new BulletRun(this.lines, first + skipFirst, last, paragraphOwner.implicit);
    /** The paragraph's first line when it reads as a short title: the objective, if a `Key results` label follows right under it. */
    let plainTitle: { line: number; indent: number; text: string } | undefined;
    for (let line = first + skipFirst; line <= last; line++) {
      const text = this.lines.lineText(line);
      const bullet = bullets.at(line);
      // `  • Objective: …` / `  • Key Results:` each alone in its paragraph, the bullets under them in paragraphs of their
      // own: labels, as unbulleted, whose objective owns what follows.
      const declared = bullet && first === last ? readNodeDeclaration(bullet.content) : undefined;
      const soleLabel = bullet && first === last && (declared ? declared.kind === 'objective' : readGroupDeclaration(bullet.content) !== undefined);
      if (bullet && !soleLabel) {
        this.addBulletLine(bullets, bullet, line, paragraphOwner);
        continue;
      }
      // The lines under a bullet are its own, as a list item's are.
      const owner = bullets.owner ?? paragraphOwner;
      const indent = soleLabel ? bullet.contentStart : text.length - text.trimStart().length;
      const trimmed = soleLabel ? bullet.content.trim() : text.trim();
      // `… getting closer to your` / `Objective. See them as a GPS`: a keyword on a line going on with a sentence broken
      // after an article, a possessive or a preposition declares nothing.
      const goesOnWithASentence = line > first && !bullet && (readNodeDeclaration(trimmed) !== undefined || keywordAloneKind(trimmed) !== undefined) && ENDS_MID_SENTENCE.test(this.lines.lineText(line - 1));
      // `**Objective**` / `OBJECTIVE` alone on its line, no colon, over the statement on the next: a label left empty.
      const labelAlone = line < last && !bullet && !goesOnWithASentence ? keywordAloneOverStatement(trimmed, this.lines.lineText(line + 1)) : undefined;
      if (labelAlone) {
        this.emptyLabel = { kind: labelAlone, line };
        continue;
      }
      if (goesOnWithASentence) {
        this.emptyLabel = undefined;
        continue;
      }
      const wrapped = this.wrappedBoldLabel(line, last, trimmed) ?? (this.context.gradedObjective ? this.wrappedGradedLine(line, last, trimmed) : undefined);
      const measure = this.successMeasureAt(trimmed, owner);
      let declaration = issueKeyResults?.[line - first - skipFirst] ?? wrapped?.declaration ?? readNodeDeclaration(trimmed) ?? measure ?? (this.context.smart ? readSmartLabel(trimmed) : undefined) ?? readHtmlBoldLine(trimmed) ?? (this.goalsAreKeyResults ? readGoalLabel(trimmed) : undefined) ?? (owner.implicit === 'initiative' || (owner.node?.kind === 'initiative' && owner.node.form === 'list') ? numberedInitiative(trimmed) : this.numberedKrsAllowed(owner) ? (readNumberedKr(trimmed) ?? readNumberedLine(trimmed) ?? readRankedLine(trimmed) ?? (this.context.gradedObjective ? (readGradedLine(trimmed) ?? (line === first && line === last ? readUngradedLine(trimmed) : undefined)) : undefined)) : undefined) ?? (this.context.rankedLines ? this.rankedLineDeclaration(line, first, last, trimmed) : undefined) ?? (this.context.ownedLists && line === first ? this.objectiveOverOwnedList(first, last, trimmed) : undefined) ?? this.awaitedDeclaration(line, trimmed) ?? this.paragraphKr(line, first, last, trimmed);
      // `KR #1.1: Reduce the number of bugs` / `… getting reported after a new release from 20 to 5`: a statement a tool cut
      // at a length goes on after an ellipsis on the next line.
      const goesOn = declaration && !declaration.statement && line < last ? ELLIPSIS_LEAD.exec(this.lines.lineText(line + 1)) : null;
      if (declaration && goesOn) declaration = { ...declaration, statement: `${statementOf(declaration.title).text} ${this.lines.lineText(line + 1).trim()}` };
      // `KR:` or `O:` alone in its paragraph, no id, over a list: the label names the group listed below, no node of its own.
      if (declaration && !declaration.id && statementOf(declaration.title).text === '' && line === last && readGroupDeclaration(trimmed) === declaration.kind) declaration = undefined;
      if (declaration && statementOf(declaration.title).text === '' && line < last) {
        // `_Key Result_:` with the key result on the next line.
        this.emptyLabel = { kind: declaration.kind, line };
        continue;
      }
      this.emptyLabel = undefined;
      if (declaration) {
        // `### O1 Build the data platform` then `_Objective_: Design, implement …`: the label restates the heading's node.
        const restates = (owner.node?.form === 'heading' && owner.node.kind === declaration.kind && owner.node.nested.length === 0 && !declaration.id) || this.setsOutTableRow(declaration, owner.node);
        // `- Raise sign-ups …` / `Objective: Customers stay loyal.` with no blank line: a lazy line of the key result's item
        // for Markdown, but the next objective of the list, whose items after it are its own.
        const listOwner = skipFirst > 0 && declaration.kind === 'objective' && owner.node && RANK[owner.node.kind] > RANK.objective ? owner.list : undefined;
        // `- 67%` / `KR #1.2: Increase …`: a node declared on a lazy line of an item that is none (a progress value, a note)
        // is the next node of the plan for its writer, not a part of the item.
        const lazyOwner = listOwner ?? (skipFirst > 0 && !owner.node ? owner.outer : undefined);
        if (this.idOnlyHeading?.kind === declaration.kind) this.addUnderIdOnlyHeading(declaration, line, indent, owner);
        else if (lazyOwner) this.addLabelNode(declaration, line, indent, lazyOwner);
        else if (!restates) {
          this.addLabelNode(declaration, line, indent, owner);
          // `Objective: Make onboarding effortless` / `• Cut time to …` in one paragraph: the bullets under it are its key results.
          if (declaration.kind === 'objective' && !bullets.owner) bullets.follow(owner.implicit);
        }
        if (declaration === measure && owner.node) this.successMeasureNodes.add(owner.node);
        // The lines the bold wraps over are the label's own, and so is the line its statement goes on to.
        if (wrapped) line = wrapped.endLine;
        else if (goesOn) line++;
        continue;
      }
      if (this.addKeyResultsOnTheLine(line, indent, trimmed, owner)) continue;
      if (COUNTER_EXAMPLES.test(trimmed)) {
        // `Poor Key Results:` lists how not to write them.
        (owner.outer ?? owner).implicit = undefined;
        continue;
      }
      if (skipFirst === 0 && line === last && ENDS_ON_A_MODAL.test(trimmed)) {
        // `Key results are assigned to each objective. They should:` / `• Be quantitative …`: what each must be, no plan.
        (owner.outer ?? owner).implicit = undefined;
        continue;
      }
      if (skipFirst === 0 && first === last && isTitleAboutOkrs(trimmed)) {
        // `Why OKRs Matter for Product Teams`: a page's title line on the method, as its heading would be, holds no plan.
        (owner.outer ?? owner).implicit = undefined;
        continue;
      }
      // `**Assumptions Behind OKRs**:` names notes about the plan, whatever group its last words name.
      const declaredGroup = namesNotes(trimmed) ? undefined : (this.stepsOfGoal(readGroupDeclaration(withoutEditLink(trimmed)) ?? (this.context.v2mom ? v2momGroup(trimmed) : undefined), trimmed) ?? this.targetsOfObjective(trimmed, owner));
      // `… I want to take a moment to set some goals` / `for 2024:`: the sentence the paragraph ends with, over the list.
      const sentence = declaredGroup === undefined && line === last && this.listFollows(line) ? this.lastSentence(first + skipFirst, last) : undefined;
      const group = declaredGroup ?? (sentence === undefined ? undefined : this.announcedGroup(sentence, owner));
      // `# Backlog.md` / `**Ціль:** …` / `**Ключові результати:**`: under an objective declared with its keyword, a key-results
      // label still names its key results.
      if (group && this.overNoPlan() && !(group === 'kr' && this.enclosingFor('kr', (owner.outer ?? owner).node)?.kind === 'objective')) {
        // `# Executive summary` / `**Key results:**`: what is summed up or set aside names no key results.
        (owner.outer ?? owner).implicit = undefined;
        continue;
      }
      if (group) {
        // `  * a note\n**We'll know we're successful when**`: a lazy line of the item above, but a label for the list's owner.
        const target = owner.outer ?? owner;
        if (this.listsWorkOfKeyResult(group, target, first)) {
          // `KR3 Four new services in production` / `Q1 Goals:` / `* Define the target architecture`: the quarter's work toward it.
          // A bold label above (`**Measurement Method:**`) titles nothing then.
          target.implicit = undefined;
          this.notesAt = line;
          this.pendingTitle = undefined;
          continue;
        }
        if (group === 'kr' && this.pendingTitle && this.enclosingFor('kr', target.node)?.kind !== 'objective') {
          // `**Help every CSM show up for every customer**` … `**We'll know we're successful when:**`: the bold title was the objective.
          const { line: titleLine, indent: titleIndent, text: titleText } = this.pendingTitle;
          this.addLabelNode({ kind: 'objective', title: titleText, titleStart: 0 }, titleLine, titleIndent, target);
        }
        // `Accelerate adoption of the toolkit` / `Key Results:`: the plain line that opens the paragraph right over the label
        // is their objective; so is a short title in a paragraph of its own right above a label alone in its paragraph
        // (`Use ticket templates to improve speed` / blank / `Key results:`), also after the objective of such a title.
        const titleAbove = plainTitle?.line === line - 1 ? plainTitle : first === last ? this.titleParagraphAbove(line) : undefined;
        const objectiveAbove = this.enclosingFor('kr', target.node);
        // Under an objective that heads an earlier section (`### Key Metric: …` / `Foundation for reporting` / `**Targets:**`), the line says what the metric is for.
        const underEarlierObjective = this.underEarlierObjective(objectiveAbove);
        if (group === 'kr' && !this.pendingTitle && titleAbove && !underEarlierObjective && (objectiveAbove?.kind !== 'objective' || (titleAbove !== plainTitle && this.titledObjectives.has(objectiveAbove)))) {
          this.addLabelNode({ kind: 'objective', title: titleAbove.text, titleStart: 0 }, titleAbove.line, titleAbove.indent, target);
          if (titleAbove !== plainTitle) this.titledObjectives.add(target.node!);
        }
        // `### Efficient processes deliver value sooner` / prose / `We will measure our progress by tracking:`: with no title
        // nearer, the plain heading over the label states the objective they measure.
        if (group === 'kr' && !underEarlierObjective && this.enclosingFor('kr', target.node) === undefined && this.listFollows(line)) this.takeHeadingAsObjective(target);
        this.pendingTitle = undefined;
        target.implicit = group;
        target.labelled = true;
        target.namesOkrs = group === 'objective' && OKR_ACRONYM.test(sentence ?? trimmed);
        target.methods = this.namesMethods(trimmed);
        target.lastField = undefined;
        bullets.follow(target.implicit);
        if (group === 'kr' && first === last && !this.listFollows(line)) this.paragraphKrsAfter = this.paragraphKrsLabel = line;
        if (group === 'kr' && line < last && this.linesAreKeyResults(line + 1, last)) this.lineKrsUntil = last;
        continue;
      }
      if (trimmed.endsWith(':')) this.introducedAt = line;
      // `Risks:`, `Open questions`: the list after it is notes, not more key results; so is what a V2MOM's vision, values
      // and obstacles hold.
      const v2momNotes = this.namesV2momNotes(trimmed);
      // `**왜 중요한가?**` ("why does it matter?"): a question in bold over its answers, which are notes too.
      if (namesNotes(trimmed) || v2momNotes || MEANS_LABEL.test(trimmed) || (WHOLLY_BOLD.test(trimmed) && ENDS_AS_A_QUESTION.test(trimmed)) || this.labelBeforeNamedKeyResults(owner, trimmed, line)) {
        (owner.outer ?? owner).implicit = undefined;
        this.notesAt = line;
        bullets.follow(undefined);
      }
      // `**How we achieve this mission**` says what follows explains the objective: no title of one, and the end of any above.
      if (WHOLLY_BOLD.test(trimmed) && !v2momNotes) this.pendingTitle = EXPLAINS_A_LIST.test(unbolded(trimmed).replace(/[:：][ \t]*$/, '').trim()) || namesNotes(trimmed) ? undefined : { line, indent, text: trimmed };
      else if (line === first && skipFirst === 0 && PARAGRAPH_TITLE.test(trimmed) && trimmed.split(/\s+/).length <= PARAGRAPH_TITLE_MAX_WORDS) {
        plainTitle = { line, indent, text: trimmed };
        if (first === last) this.lastTitleParagraph = plainTitle;
      }
      // `**Motivation:** …`, `**Owner:** …`: what follows is about the node, not more of its key results. Under a `Key
      // Results` heading or label, a bold name alone on its line (`**Weight and health**`) is a theme of them.
      if (isNoteLabel(trimmed) && !(owner.implicit === 'kr' && BOLD_THEME.test(trimmed) && !namesNotes(trimmed)) && !this.saysWhoTheObjectiveIsFor(owner, trimmed)) owner.implicit = undefined;
      const field = this.readField(line, indent, trimmed);
      if (field && owner.node) {
        owner.node.fields.push(field);
        owner.lastField = field;
      } else if (!field) this.noteUnread(line, indent, trimmed, 'label');
    }
  }

  /**
   * `**KR1.1 — Build the first version of a cost database for the` / `parts of the rail route.**`: a node's label in bold
   * that wraps over the next line or two of its paragraph, the bold closing at the end of the last. The node stays on the
   * label's first line, its range over the part written there; its statement is the whole.
   */
  private wrappedBoldLabel(line: number, last: number, trimmed: string): { declaration: NodeDeclaration; endLine: number } | undefined {
    const bold = /^(?:\*\*|__)/.exec(trimmed)?.[0];
    if (!bold || trimmed.indexOf(bold, bold.length) >= 0) return undefined;
    let joined = trimmed;
    for (let next = line + 1; next <= Math.min(last, line + 2); next++) {
      const more = this.lines.lineText(next).trim();
      const close = more.indexOf(bold);
      joined += ` ${more}`;
      if (close < 0) continue;
      if (close !== more.length - bold.length) return undefined;
      const declaration = readNodeDeclaration(joined);
      if (!declaration || declaration.titleStart >= trimmed.length) return undefined;
      const firstPart = trimmed.slice(declaration.titleStart).trimEnd();
      return { declaration: { ...declaration, title: firstPart, statement: statementOf(declaration.title).text }, endLine: next };
    }
    return undefined;
  }

  /**
   * In a plan ranking its key results in lines of text (`rankedLines`): `P1 - Sign off on the spec` is a key result, and
   * the first line of a paragraph right before one (`Modernize animations programming *#Implement*`, `**Implement the
   * existing standards 0.71**`) their objective, without its score or its tags. A period alone (`**2020 Q1**`) is none.
   */
  private rankedLineDeclaration(line: number, first: number, last: number, trimmed: string): NodeDeclaration | undefined {
    if (DASHED_PRIORITY.test(trimmed)) return { kind: 'kr', title: trimmed, titleStart: 0 };
    if (line !== first) return undefined;
    const next = this.nextLineWithText(last + 1);
    if (next === undefined || !DASHED_PRIORITY.test(this.lines.lineText(next).trim())) return undefined;
    const title = trimmed.replace(EMPHASIZED_TAGS, '').replace(SCORE_CLOSING_EMPHASIS, '').replace(TRAILING_SCORE, '');
    if (namesAPeriod(unbolded(title)) || !/\p{L}/u.test(title) || NOTE_AMONG_RANKED_LINES.test(title)) return undefined;
    return { kind: 'objective', title, titleStart: 0 };
  }

  /**
   * In a plan listing key results each over its owner (`ownedLists`): `Ship OffscreenCanvas` over its tags
   * (`[#wp-performance](…)`), then maybe its owners (`Owners: …`), then the list, is the list's objective.
   */
  private objectiveOverOwnedList(first: number, last: number, trimmed: string): NodeDeclaration | undefined {
    // A paragraph of its own, at the margin: the export writes no objective inside a list item.
    if (!/^\S/.test(this.lines.lineText(first))) return undefined;
    for (let line = first + 1; line <= last; line++) if (!TAG_LINK_LINE.test(this.lines.lineText(line))) return undefined;
    if (!/\p{L}{2}/u.test(trimmed) || readFieldLine(trimmed) || WHOLLY_BOLD.test(trimmed) || TAG_LINK_LINE.test(trimmed) || /^[<!\[]/.test(trimmed)) return undefined;
    let next = this.nextLineWithText(last + 1);
    // Past the owners' paragraph, to its blank line.
    if (next !== undefined && OWNERS_PARAGRAPH.test(this.lines.lineText(next))) {
      while (next < this.lines.lineCount && this.lines.lineText(next).trim() !== '') next++;
      next = this.nextLineWithText(next);
    }
    return next !== undefined && ANY_ITEM_LINE.test(this.lines.lineText(next)) ? { kind: 'objective', title: trimmed, titleStart: 0 } : undefined;
  }

  /** The first line from `from` on that holds text, if any. */
  private nextLineWithText(from: number): number | undefined {
    for (let line = from; line < this.lines.lineCount; line++) if (this.lines.lineText(line).trim() !== '') return line;
    return undefined;
  }

  /**
   * `Promote opaque fixed elements into composited layers.` / `#wp-performance P1 0.00`: under a graded objective, a key
   * result too long for its line goes on in the next line of its paragraph, which closes with the rank. The node stays on
   * the first line, its range over the part written there; its statement is the whole.
   */
  private wrappedGradedLine(line: number, last: number, trimmed: string): { declaration: NodeDeclaration; endLine: number } | undefined {
    if (line >= last || closesGraded(trimmed) || !GOES_ON_FROM_A_HEADING.test(trimmed)) return undefined;
    const next = this.lines.lineText(line + 1);
    if (!closesGraded(next)) return undefined;
    const more = ` ${next.trim()}`.replace(TRAILING_GRADE, '').trim();
    const declaration: NodeDeclaration = { kind: 'kr', title: trimmed, titleStart: 0 };
    return { declaration: more === '' ? declaration : { ...declaration, statement: `${statementOf(trimmed).text} ${more}` }, endLine: line + 1 };
  }

  /**
   * Under a key result (or its initiative), a label of goals or objectives lists the work planned toward it: no
   * objectives. Under means in the key result's own paragraph, or in its list item; a paragraph of its own after a key
   * result written as a label may start the next objectives (`KR1: …` / blank / `Q2 Objectives:`). Under a key result's
   * own heading, a label of key results (`### Key Result 1.2: …` / `**Success Criteria:**`) lists what it is judged by.
   */
  private listsWorkOfKeyResult(group: NodeKind, target: Owner, paragraphStart: number): boolean {
    const node = target.node;
    if (node === undefined || RANK[node.kind] < RANK.kr) return false;
    if (group === 'kr') return node.kind === 'kr' && node === this.enclosingHeadingNode();
    return group === 'objective' && (!this.openLabels.includes(node) || node.line - this.placement.lines >= paragraphStart);
  }

  /**
   * `  • KR1 – Long-term community program design`: a line that starts with a bullet character Markdown makes no list
   * of (`•`, `◦`, `▪`), read as the list item it stands for: a node where a `-` item would be one (a key result under an
   * objective, or declared with its keyword), else prose or a field of the node above. A bullet indented deeper than
   * the first of its run is nested under the bullet above it.
   */
  private addBulletLine(run: BulletRun, bullet: { indent: number; contentStart: number; content: string }, line: number, paragraphOwner: Owner): void {
    const { contentStart, content } = bullet;
    const nested = run.nested(bullet.indent);
    const above = nested ? run.outer : paragraphOwner;
    const implicit = nested ? above?.node && implicitUnder(above.node) : run.implicit;
    const written = readNodeDeclaration(content);
    if (!written && !nested && run.outer?.node?.kind === 'objective' && readGroupDeclaration(content) === 'kr') {
      // `• Objective: …` / `• Key Results:` / `  • Cut …`: the label names what is nested under it, the objective's key results.
      run.enter(bullet.indent, run.outer, false);
      return;
    }
    const declaration = written ?? (namesNotes(content) || readGroupDeclaration(content) ? undefined : this.implicitDeclaration(content, implicit, false));
    if (!declaration) {
      const field = this.readField(line, contentStart, content);
      if (field && paragraphOwner.node) paragraphOwner.node.fields.push(field);
      else if (!field) this.noteUnread(line, contentStart, content, 'list item');
      run.enter(bullet.indent, { node: undefined, outer: paragraphOwner }, nested);
      return;
    }
    const headingDepth = this.stack[this.stack.length - 1]?.depth ?? 0;
    const node = this.newNode(declaration, line, contentStart, 'list', headingDepth + (nested ? 2 : 1));
    const end = run.endOf(line);
    node.spanTo(end + this.placement.lines, this.lines.lineText(end).length + this.charsBefore(end));
    node.enclosing = this.enclosingFor(node.kind, above?.node);
    node.enclosing?.nested.push(node);
    run.enter(bullet.indent, { node, implicit: implicitUnder(node) }, nested);
  }

  /**
   * The line right under an empty label (`Objective 3:`) or under a heading that holds only an id
   * (`#### O1KR2`), when it is no field or label of its own: the statement of the node announced.
   */
  private awaitedDeclaration(line: number, text: string): NodeDeclaration | undefined {
    const kind = this.emptyLabel && this.onlyBlankBetween(this.emptyLabel.line, line) ? this.emptyLabel.kind : this.idOnlyHeading && this.onlyBlankBetween(this.idOnlyHeading.entry.line, line) ? this.idOnlyHeading.kind : undefined;
    if (!kind || isKnownFieldLine(text) || readGroupDeclaration(text)) return undefined;
    if (!isBoldLabel(text)) return { kind, title: text, titleStart: 0 };
    // `## Objective 1` / `**Finish the first draft at publishable quality**`: a statement in bold is no label.
    const bold = isBoldTitle(text) && text.trim().split(/\s+/).length + (text.match(/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/gu)?.length ?? 0) / 2 >= 3 ? WHOLLY_BOLD_TEXT.exec(text) : null;
    return bold ? { kind, title: bold[2]!, titleStart: bold[1]!.length } : undefined;
  }

  /**
   * `Key Results:` / `❌Get 500 email signups …` / `✅Average less than 1 critical bug per month`, each its own paragraph:
   * a key result while each paragraph is one short statement with only blank lines before it, back to the label. Prose
   * (two sentences, a long line), a question, a label or a name over a list ends the run; a status mark before a
   * statement is no part of it.
   */
  private paragraphKr(line: number, first: number, last: number, text: string): NodeDeclaration | undefined {
    if (this.lineKrsUntil !== undefined && line <= this.lineKrsUntil) return this.lineKr(text);
    this.lineKrsUntil = undefined;
    const after = this.paragraphKrsAfter;
    // `Key results:` / `Cut rollbacks from 6 to 2` / `Raise green builds to 95%`: a paragraph of lines pasted with no bullets.
    if (after !== undefined && after === this.paragraphKrsLabel && first !== last && line === first && this.onlyBlankBetween(after, line) && this.linesAreKeyResults(first, last)) {
      this.paragraphKrsAfter = undefined;
      this.lineKrsUntil = last;
      return this.lineKr(text);
    }
    if (after === undefined || first !== last || !this.onlyBlankBetween(after, line)) return undefined;
    const statement = this.paragraphKrStatement(line, text);
    // The first one after the label counts only with a second right under it: a lone paragraph there is about the key results.
    const second = after === this.paragraphKrsLabel ? this.nextNonBlank(line) : line;
    const alone = second === undefined || (second !== line && this.paragraphKrStatement(second, this.lines.lineText(second).trim()) === undefined);
    if (statement === undefined || alone) {
      this.paragraphKrsAfter = undefined;
      return undefined;
    }
    this.paragraphKrsAfter = line;
    return this.lineKr(text);
  }

  /** The statement of a one-line paragraph that can be a key result after a `Key Results:` label, without its status mark. */
  private paragraphKrStatement(line: number, text: string): string | undefined {
    // `CORE TEAM` over a list names a group of what the list holds.
    if (this.lines.lineText(line + 1).trim() !== '' || this.listFollows(line)) return undefined;
    return this.lineKr(text)?.title;
  }

  /**
   * Lines `from` to `last` (two or more) read as key results pasted with no bullets: each a short statement opening with a
   * capital or a figure. A sentence wrapped over lines goes on in lower case or breaks after a word that needs the next.
   */
  private linesAreKeyResults(from: number, last: number): boolean {
    if (last <= from) return false;
    for (let line = from; line <= last; line++) {
      const statement = this.lineKr(this.lines.lineText(line).trim())?.title;
      if (statement === undefined || !/^[\p{Lu}\p{N}]/u.test(statement) || WRAPS_ON.test(statement)) return false;
    }
    return true;
  }

  /**
   * `# OKR-4: Work in public` / `#36 - Document our best practices` / `#30 - Publish the requirements`: under an
   * objective, a paragraph whose every line (two at least, a few at most) names the issue that tracks a key result and
   * states it lists the objective's key results, as a team writes an objective's issue over its sub-issues. The key
   * results, a line each from `from` on, else undefined.
   */
  private issueKeyResultsOf(from: number, last: number, owner: Owner): NodeDeclaration[] | undefined {
    if (last <= from || last - from >= MAX_ISSUE_KEY_RESULTS || owner.node?.kind !== 'objective') return undefined;
    const keyResults: NodeDeclaration[] = [];
    for (let line = from; line <= last; line++) {
      const keyResult = issueKeyResult(this.lines.lineText(line).trim());
      if (!keyResult) return undefined;
      keyResults.push(keyResult);
    }
    return keyResults;
  }

  /** A line of such a run as a key result, its status mark no part of it; prose, a question, a label or a field is none. */
  private lineKr(text: string): NodeDeclaration | undefined {
    const mark = STATUS_MARK.exec(text)?.[0] ?? '';
    const statement = text.slice(mark.length).replace(/^\uFE0F/, '').trim();
    const prose = statement.length > PARAGRAPH_KR_MAX_LENGTH || /[.!?]\s+\p{Lu}/u.test(statement) || /[:?]$/.test(statement) || isKnownFieldLine(statement) || PERSON_NAMED.test(statement);
    return statement === '' || prose ? undefined : { kind: 'kr', title: statement, titleStart: text.length - statement.length };
  }

  private nextNonBlank(line: number): number | undefined {
    for (let next = line + 1; next < this.lines.lineCount; next++) if (this.lines.lineText(next).trim() !== '') return next;
    return undefined;
  }

  private onlyBlankBetween(above: number, below: number): boolean {
    for (let line = above + 1; line < below; line++) if (this.lines.lineText(line).trim() !== '') return false;
    return true;
  }

  /** `1.1 …` lines are key results under an objective, or after a `Key results` label, and go on being so after the first. */
  private numberedKrsAllowed(owner: Owner): boolean {
    // Under a `Key results` heading they stay key results after a note between them (`Motivation:` …).
    return owner.implicit === 'kr' || this.enclosingFor('kr', owner.node)?.kind === 'objective' || this.stack[this.stack.length - 1]?.group === 'kr';
  }

  /**
   * `## Objective` / `> **Pass the park's review and reach the next stage of growth**`: a quote of one line right under a
   * heading that only names the node holds its statement, set apart for the eye.
   */
  private addQuotedStatement(quote: Blockquote, owner: Owner): boolean {
    const line = this.lineOf(quote);
    if (!this.idOnlyHeading || line !== this.endLineOf(quote)) return false;
    const text = this.lines.lineText(line);
    const marker = QUOTE_MARKER.exec(text)?.[0] ?? '';
    const quoted = text.slice(marker.length).trim();
    const declaration = quoted ? this.awaitedDeclaration(line, quoted) : undefined;
    if (!declaration) return false;
    this.addUnderIdOnlyHeading(declaration, line, text.length - text.slice(marker.length).trimStart().length, owner);
    return true;
  }

  /**
   * `### O1` then `_Objective_: Lead the design of …`: the label is the heading's node, nesting and
   * spanning as a heading of that depth does (so key results under later headings are its own).
   */
  private addUnderIdOnlyHeading(declaration: NodeDeclaration, line: number, indent: number, owner: Owner): void {
    const { entry } = this.idOnlyHeading!;
    this.idOnlyHeading = undefined;
    // The heading read as nothing on its own line is read now, with its statement: no longer text left unread.
    const unreadHeading = this.unread.findIndex((unread) => unread.range.start.line === entry.line);
    if (unreadHeading >= 0) this.unread.splice(unreadHeading, 1);
    this.readHeadingAsNode(entry, declaration, line, indent, owner);
    owner.implicit = implicitUnder(owner.node!);
  }

  /** The node a heading read as nothing on its own line states, found below it: it owns what follows, as a node heading does. */
  private readHeadingAsNode(entry: SectionHeading, declaration: NodeDeclaration, line: number, indent: number, owner: Owner): void {
    const node = this.newNode(declaration, line, indent, 'heading', entry.depth);
    node.enclosing = this.enclosingFor(node.kind, undefined);
    node.enclosing?.nested.push(node);
    entry.node = node;
    owner.node = node;
    owner.lastField = undefined;
  }

  /**
   * `KRs: Achieve 99.9% system uptime; Reduce API response time by 20%; Support 3x current peak load.`: each statement
   * after the group's word is a key result of its own, from where it starts on the line. Read where two or more are set
   * apart by semicolons or one states a number: a name after the word (`Key results: Martin and Bedeho`) says who.
   */
  private addKeyResultsOnTheLine(line: number, indent: number, trimmed: string, owner: Owner): boolean {
    const label = KEY_RESULTS_ON_THE_LINE.exec(trimmed);
    if (!label) return false;
    // Each statement from its first character up to the next semicolon.
    const parts = [...trimmed.slice(label[0].length).matchAll(/[^;\s][^;]*/g)].map((m) => ({ text: m[0].trimEnd(), at: label[0].length + m.index! }));
    // A run of more is a list of words, not key results a team tracks (and no line can make thousands of nodes).
    if (parts.length > MAX_KEY_RESULTS_ON_A_LINE || (parts.length < 2 && !parts.some((part) => findQuantities(part.text).length > 0))) return false;
    for (const part of parts) this.addLabelNode({ kind: 'kr', title: part.text, titleStart: 0 }, line, indent + part.at, owner);
    return true;
  }

  /** A node written on a line of its own outside a list: it owns what follows until a node of its rank or above. */
  private addLabelNode(declaration: NodeDeclaration, line: number, indent: number, owner: Owner): LineNode {
    const rank = RANK[declaration.kind];
    this.closeLabels(line - 1, rank);
    const headingDepth = this.stack[this.stack.length - 1]?.depth ?? 0;
    const node = this.newNode(declaration, line, indent, 'list', headingDepth + 1);
    node.enclosing = this.enclosingFor(node.kind, owner.node);
    node.enclosing?.nested.push(node);
    this.openLabels.push(node);
    owner.node = node;
    owner.lastField = undefined;
    owner.implicit = implicitUnder(node);
    this.lastLabel = { node, indent };
    return node;
  }

  /** Ends the spans of label nodes of `rank` or deeper (all by default) at `endLine`. */
  /** Gives each node whose role named its owner (`CEO: …`) that owner, where no owner line under it named one. */
  ownRoles(): void {
    for (const [node, owner] of this.roleOwners) if (!node.fields.some((field) => field.name === 'owner')) node.fields.push(owner);
  }

  /** The role the words before the keyword of the node declared on `line` name (`CEO KR: …`), and its column in the section. */
  private roleBeforeKeywordAt(line: number, start: number, declaration: NodeDeclaration): { text: string; at: number } | undefined {
    if (!declaration.qualifier) return undefined;
    const at = this.lines.lineText(line).slice(start, start + declaration.titleStart).indexOf(declaration.qualifier);
    const role = at < 0 ? undefined : roleNamed(declaration.qualifier, start + at);
    return role && { text: role.text, at: role.start };
  }

  closeLabels(endLine: number, rank = 0): void {
    while (this.openLabels.length && RANK[this.openLabels[this.openLabels.length - 1]!.kind] >= rank) {
      const node = this.openLabels.pop()!;
      const local = Math.max(endLine, node.line - this.placement.lines);
      node.spanTo(local + this.placement.lines, this.lines.lineText(local).length + this.charsBefore(local));
    }
  }

  private readField(line: number, start: number, text: string): Field | undefined {
    const parsed = readFieldLine(text);
    if (!parsed) return undefined;
    const lineStart = start + this.charsBefore(line);
    return new LineField(fieldKeyOf(parsed.key), intern(parsed.value), line + this.placement.lines, lineStart + parsed.keyStart, lineStart + parsed.valueStart, lineStart + text.length);
  }

  private addList(list: List, owner: Owner, level: number): void {
    for (const item of list.children) this.readHeadingAsText(item);
    if (level === 0) this.takeTitleOverList(list, owner);
    let items = list.children;
    if (owner.node && owner.lastField?.name === 'check-ins' && owner.lastField.value === '') {
      items = this.addCheckIns(items, owner.node);
      owner.lastField = undefined;
    }
    if (this.definesTheWords(items)) return;
    this.markGradedItems(items);
    // `### Objective` then `- Integrate the shared components into every product`: the one item is the heading's statement.
    const statement = this.statementItemUnderIdOnlyHeading(list);
    if (statement) {
      const { line, contentStart, content } = this.itemContent(statement);
      this.addUnderIdOnlyHeading({ kind: this.idOnlyHeading!.kind, title: content, titleStart: 0 }, line, contentStart, owner);
      return;
    }
    // A list that declares some of its nodes with keywords leaves its other items as prose, and a checklist that a
    // sentence introduces (`Before we start, the team will:`) is the work it announces.
    // Under a `Key results` heading or label, key results written with their keyword (`- KR 1: …`) leave the plain items
    // beside them key results too.
    const keywordKinds = items.filter((item) => this.declaresNode(item)).map((item) => readNodeDeclaration(this.itemContent(item).content)!.kind);
    const amongKeyResults = owner.labelled === true && owner.implicit === 'kr' && keywordKinds.every((kind) => kind === 'kr');
    const prose = (keywordKinds.length > 0 && !amongKeyResults) || this.introducedTaskList(list) || this.introducedListOfNames(list) || this.checklistOfNames(list) || (level > 0 && this.checklistOfChores(list)) || this.isSchedule(items);
    // `Key Result  Owner(s)  Score` first: a table of key results written as a list.
    const columns = items[0]?.children[0]?.type === 'paragraph' ? columnNamesKind(this.itemContent(items[0]).content) : undefined;
    const labelledNotes = this.notesAt !== undefined && items[0] !== undefined && this.onlyBlankBetween(this.notesAt, this.lineOf(items[0]));
    const placed = prose ? undefined : (owner.implicit ?? (columns === 'kr' ? 'kr' : (!list.ordered || this.numberedGoalsOverChecklists(items)) && !labelledNotes && this.isObjectiveOutline(items, owner) ? 'objective' : undefined));
    // A list of measured goals lists key results: named as a set of OKRs or goals, or read as an outline of its own (each
    // goal over one sentence saying why).
    const implicit = placed === 'objective' && (owner.namesOkrs === true || owner.implicit === undefined) && this.isMeasuredFlatList(items) ? 'kr' : placed;
    // `Q1 OKR：` over `- [x] Build the core team` / `  - [x] Two stable members join`: a checklist outline under a label naming
    // the set of OKRs ticks off objectives and their key results, no list of tasks.
    const checklistOfOkrs = implicit === 'objective' && owner.namesOkrs === true && owner.labelled === true && items.filter((item) => item.children.some((c) => c.type === 'list')).length * 2 >= items.length;
    // The key result of the latest item that declared one: a field only key results take, in an item after it, is its.
    let keyResult: LineNode | undefined;
    // `- O: Get fit` / `- KR: Walk 10 km` as siblings: a key result declared with its keyword belongs to the objective
    // declared with its keyword by an item above it in the same list.
    // Only while no other node (a label, a table's, another list's) was read since: it would stand between them.
    let objective = owner.keywordObjective?.nodesRead === this.nodes.length ? owner.keywordObjective.node : undefined;
    if (implicit === 'kr') {
      this.markNamesAmongStatements(items);
      this.markNamedStatements(items);
    }
    // Each item's text, read once for the marks below and the walk after them.
    const contents = items.map((item) => (item.children[0]?.type === 'paragraph' ? this.itemContent(item).content : undefined));
    this.markGoalOverMetrics(items, contents);
    this.markNotesBesideOutcomes(items, contents);
    this.markMetadataHeader(items, contents);
    this.markOwnedStatements(items, contents);
    for (const [index, item] of items.entries()) {
      this.lastLabel = undefined;
      const before = this.nodes.length;
      const content = contents[index];
      const declared = content !== undefined ? (this.goalsOverMetrics.has(item) ? 'objective' : readNodeDeclaration(content)?.kind) : undefined;
      // `* Objective 1: …` / `* Key Results:` over its nested items: the label after the objective, its sibling, lists its key results.
      const groupOfObjective = declared === undefined && content !== undefined && (readGroupDeclaration(content) === 'kr' || this.metricsOfGoals.has(item));
      // A goal's measures belong to the goal, also under an objective stated above the list.
      const itemOwner = (declared === 'kr' || groupOfObjective) && objective && (owner.node?.kind !== 'objective' || this.metricsOfGoals.has(item)) ? { node: objective, implicit: 'kr' as const, outer: owner } : owner;
      this.addListItem(item, itemOwner, level + 1, implicit, keyResult, checklistOfOkrs);
      if (this.nodes.length > before) {
        const made = this.nodes[before]!;
        keyResult = made.kind === 'kr' ? made : undefined;
        if (made.kind === 'objective') objective = declared === 'objective' ? made : undefined;
        else if (made.kind !== 'kr') objective = undefined;
      }
      // `- Objective: Enhance user experience` / `Objective: Make it easier …` with no blank line: the later objective, on a
      // lazy line of the item, owns the key-result items after it.
      const lazy = this.objectiveOnLazyLine(item);
      if (objective && lazy) objective = lazy;
      this.takeLazyObjective(item, owner, implicit);
    }
    owner.keywordObjective = objective && { node: objective, nodesRead: this.nodes.length };
  }

  /** The one plain item of a list right under a heading that holds only its node's keyword or id: that node's statement. */
  private statementItemUnderIdOnlyHeading(list: List): ListItem | undefined {
    const item = list.children[0];
    if (!this.idOnlyHeading || list.children.length !== 1 || !item || item.children.length !== 1 || item.children[0]?.type !== 'paragraph') return undefined;
    const { line, content, task } = this.itemContent(item);
    if (task || !this.onlyBlankBetween(this.idOnlyHeading.entry.line, line) || line !== this.endLineOf(item)) return undefined;
    return readFieldLine(content) || readGroupDeclaration(content) || isBoldLabel(content) || readNodeDeclaration(content) ? undefined : item;
  }

  /**
   * `- **Objective**: Where do we want to go?` / `- **Key Result**: How will we know we are getting there?`: a list whose
   * every item asks what its keyword is for defines the words, as an introduction does; it declares no plan. So does a
   * list whose every item defines a term in italics (`* _AFP_: App feedback programme`), a glossary of the plan's words.
   */
  private definesTheWords(items: ListItem[]): boolean {
    return (
      items.length >= 2 &&
      items.every((item) => {
        if (item.children.length !== 1 || item.children[0]?.type !== 'paragraph') return false;
        const { content } = this.itemContent(item);
        // `* _Partner apps_: apps that report to us directly`: a glossary of the words above.
        // `- The **Title** is the \`Objective\``, `- **Labels** with colors define the theme`: how the words of a board are used.
        if (GLOSSARY_ITEM.test(content) || DEFINED_IN_BOLD.test(content)) return !/\d/.test(content) && !readNodeDeclaration(content);
        const declaration = readNodeDeclaration(content);
        return declaration !== undefined && declaration.id === undefined && QUESTION.test(declaration.title);
      })
    );
  }

  /** The objective a label on a lazy line of the item declared, if any (a label is made after the item's own node). */
  private objectiveOnLazyLine(item: ListItem): LineNode | undefined {
    const label = this.lastLabel;
    return label?.node.kind === 'objective' && label.node.line - this.placement.lines > this.lineOf(item) && label.indent < this.itemContent(item).contentStart ? label.node : undefined;
  }

  /**
   * `- Key Result 4: Issue the annual report` / `Objective 2: Formalise the council` / `- Key Result 1: …`: with no blank
   * line, Markdown keeps the objective's line in the key result's item (a lazy continuation line), but the writer
   * started the next objective. The items after it are its key results, as they would be after a blank line.
   */
  private takeLazyObjective(item: ListItem, owner: Owner, implicit: NodeKind | undefined): void {
    const label = this.lastLabel;
    this.lastLabel = undefined;
    if (!label || label.node.kind !== 'objective' || owner.node?.kind !== 'objective') return;
    const { line, contentStart } = this.itemContent(item);
    const itemKind = readNodeDeclaration(this.itemContent(item).content)?.kind ?? implicit;
    if (itemKind !== 'kr' || label.indent >= contentStart || label.node.line - this.placement.lines <= line) return;
    owner.node = label.node;
    owner.lastField = undefined;
    owner.implicit = implicitUnder(label.node);
  }

  /**
   * `- [ ] Mindee Overview` / `- [ ] API Builder` / `- [x] Integrations`: a checklist of three names or more (two in three
   * items a name in title case, no number) ticks off the parts of the work above it (videos, sections of a guide), no key results.
   */
  private checklistOfNames(list: List): boolean {
    if (list.children.length < 3 || !this.isTaskList(list)) return false;
    const names = list.children.filter((item) => namesAThing(this.itemContent(item).content)).length;
    return names * 3 >= list.children.length * 2;
  }

  /**
   * `- Pledges (Nick)` / `  - [ ] create Pledge model and API` / `  - [ ] display Pledges on backer pages` / `  - [ ]
   * (Search) add organizations to results`: a nested checklist of three chores or more (two in three written in lower case,
   * after a tag in brackets at most), none stating a number, is the work of the item above, no key results.
   */
  private checklistOfChores(list: List): boolean {
    if (list.children.length < 3 || !this.isTaskList(list)) return false;
    const contents = list.children.map((item) => this.itemContent(item).content.replace(/^\([^()]{1,30}\)[ \t]*/, ''));
    const chores = contents.filter((content) => /^\p{Ll}/u.test(content)).length;
    return chores * 3 >= contents.length * 2 && contents.every((content) => findQuantities(content).length === 0);
  }

  /**
   * `## Objective: Improve contributor community` / `**WHO: End user who also contributes source code.**` / `- …`: a bold
   * label right under an objective, before any key result of it, that names no note (`**Context:** …` does) says whom
   * or what the objective is for; the list after it still holds the key results.
   */
  private saysWhoTheObjectiveIsFor(owner: Owner, label: string): boolean {
    const name = /^(?:\*\*|__)([^:*_]{1,30}):/.exec(label)?.[1];
    return owner.implicit === 'kr' && owner.node?.kind === 'objective' && owner.node.nested.length === 0 && name !== undefined && !namesNotes(name) && !NOTE_LEAD.test(label);
  }

  /**
   * `- Jan–Feb: Base study` / `- Mar–Apr: Mock exams` / `- Month 3: Publish`: two items or more, each a point or a stretch
   * of time, a colon and the work due then, with no number: the schedule of the work, no key results.
   */
  private isSchedule(items: ListItem[]): boolean {
    return items.length >= 2 && items.every((item) => {
      const { content } = this.itemContent(item);
      const lead = SCHEDULE_ENTRY.exec(content);
      return lead !== null && !/\d/.test(content.slice(lead[0].length));
    });
  }

  /**
   * `To effectively engage with the following communities:` / `+ Data Stewards` / `+ Publishers`: a list right after a
   * sentence announcing the things it names (`the following communities:`, `(but not limited to) the following areas:`)
   * names them, no key results.
   */
  private introducedListOfNames(list: List): boolean {
    const first = list.children[0];
    if (this.introducedAt === undefined || first === undefined || !this.onlyBlankBetween(this.introducedAt, this.lineOf(first))) return false;
    return FOLLOWING_THINGS.test(this.lines.lineText(this.introducedAt).trim()) && list.children.every((item) => this.isPlainItem(item) && findQuantities(this.itemContent(item).content).length === 0);
  }

  /** A task list right under a line that introduces it with a colon and names no group. */
  private introducedTaskList(list: List): boolean {
    const first = list.children[0];
    // The first item's line: a list read by the fast block reader has no position of its own.
    return this.introducedAt !== undefined && first !== undefined && this.isTaskList(list) && this.onlyBlankBetween(this.introducedAt, this.lineOf(first));
  }

  /**
   * An outline of objectives with their key results, outside any objective: plain items of which
   * at least half hold a nested list of plain items (`- Grow the community` / `  - 20 new
   * contributors`). A flat list is prose, and so is a list of steps where one holds its details
   * (`- Find candidates to lead it` / `  - someone who decides`); an outline under an objective is
   * its key results.
   */
  private isObjectiveOutline(items: ListItem[], owner: Owner): boolean {
    if (this.context.minutesPage) return false;
    // A list nested in an item that is no node, under one that is (`- KR1: …` / `  - Dana crosses over` / `    - …`), is that node's detail.
    let outer = owner.outer;
    while (outer && !outer.node) outer = outer.outer;
    const above = owner.node ?? outer?.node ?? this.enclosingHeadingNode();
    // A node heading in an earlier section encloses this one (`## Objective: …` / `### Areas are clear` / `* …`).
    if ((above && above.kind !== 'mission') || (!above && (this.context.underObjective || this.context.underNoPlan)) || owner.notes || owner.outer?.notes || this.underNoteHeading()) return false;
    // A plan declaring its objectives with their keyword writes an outline of plain items elsewhere as notes (`## Scope`
    // / `* Security of the project` / `  * Fuzz testing`); one over key results declared with theirs, or with its heads in
    // bold (`- **Mentorship & diversity**`, set apart as titles), is still an outline.
    if (this.context.keywordObjectives && !items.some((item) => this.holdsDeclaredKeyResults(item) || isBoldTitle(this.itemContent(item).content))) return false;
    let heads = 0;
    for (const item of items) if (this.isOutlineHead(item) || this.holdsDeclaredKeyResults(item)) heads++;
    return heads > 0 && heads * 2 >= items.length;
  }

  /** `- Grow revenue` / `  - KR: Revenue € 3 mln`: a plain item over a nested list of key results declared with their keyword. */
  private holdsDeclaredKeyResults(item: ListItem): boolean {
    const nested = item.children.find((c): c is List => c.type === 'list');
    if (!nested || !this.isPlainItem(item)) return false;
    return nested.children.every((child) => child.children[0]?.type === 'paragraph' && readNodeDeclaration(this.itemContent(child).content)?.kind === 'kr');
  }

  /** An item that heads a part of an outline: a plain statement over a nested list of plain items. */
  private isOutlineHead(item: ListItem): boolean {
    const nested = item.children.find((c): c is List => c.type === 'list');
    // `Migrate every client:` introduces its details, and `*What are you doing to solve it?` (a question, in emphasis left
    // open or not) asks what they answer; a line that is only a link is a table of contents.
    const { content, task } = this.itemContent(item);
    const head = this.isPlainItem(item) || isBoldTitle(content) || (this.underPeriodHeading() && this.areaStatement(content) !== undefined);
    // `- Company` / `  - Grow revenue` / `    - KR: …`: an area over objectives that hold their key results is no objective.
    if (nested?.children.some((child) => this.holdsDeclaredKeyResults(child))) return false;
    // A numbered list nested under an item lists its options or steps (`1. Grants` / `1. Sponsorships`), not key results;
    // a numbered checklist under a period's numbered goals ticks off their key results.
    return nested !== undefined && (!nested.ordered || (this.underPeriodHeading(true) && this.isTaskList(nested))) && !task && !content.endsWith(':') && !QUESTION.test(content.replace(/^[*_]+|[*_]+$/g, '')) && !ONLY_A_LINK.test(content) && !namesATimeMark(content) && head && nested.children.some((child) => this.isPlainItem(child)) && !this.isDatedLog(nested);
  }

  /** `    * 2018-03-08: Crossed 10k` / `    * 2018-06-12: …`: a nested list whose every item opens with a date logs progress on the item above, no outline of its parts. */
  private isDatedLog(list: List): boolean {
    return list.children.every((child) => child.children[0]?.type === 'paragraph' && DATED_NOTE.test(this.itemContent(child).content));
  }

  /**
   * `## 2018` / `1.  Define a sustainable organization` / `    1. [x] Create a handbook`: under a period's heading, numbered
   * goals each over a numbered checklist are an outline of objectives, not steps.
   */
  private numberedGoalsOverChecklists(items: ListItem[]): boolean {
    return this.underPeriodHeading(true) && items.every((item) => this.isTaskList(item.children.find((c) => c.type === 'list')));
  }

  /** A V2MOM's `Methods` heading or label. */
  private namesMethods(name: string): boolean {
    return this.context.v2mom === true && v2momGroup(name) === 'objective';
  }

  /** The innermost heading names a period (`# OKRs for Q1 2018`, `### Q3`), or a year where `orYear` (`## 2018`). */
  private underPeriodHeading(orYear = false): boolean {
    const top = this.stack[this.stack.length - 1];
    if (!top || top.node || top.group) return false;
    const name = headingName(this.lines.lineText(top.line));
    return orYear ? namesAPeriod(name) : PERIOD_HEADING.test(name) || BARE_PERIOD_HEADING.test(name);
  }

  /**
   * `Retention: Maintain a high net promoter score`: an area of a word or two (no field, near-field or note name), a
   * colon, and a statement of three words or more. Where the statement starts, else undefined.
   */
  private areaStatement(content: string): number | undefined {
    const m = AREA_STATEMENT.exec(content);
    if (!m) return undefined;
    const area = m[1]!;
    if (fieldKeyOf(area).known || nearestKnownField(area) || namesNotes(area) || readGroupDeclaration(area)) return undefined;
    return m[0].length - m[2]!.length;
  }

  /** Under a heading over no plan (`# Executive summary`, `## Appendix`, `## Backlog`), here or in an earlier section. */
  private overNoPlan(): boolean {
    if (this.context.underNoPlan) return true;
    const top = this.stack[this.stack.length - 1];
    return top !== undefined && !top.node && namesNoPlan(headingName(this.lines.lineText(top.line)));
  }

  /** The innermost heading names notes or process (`## Notes`, `## Team`, `## How we run the quarter`), not a group or a node. */
  private underNoteHeading(): boolean {
    const text = this.innermostPlainHeading();
    // `## Why this approach`: the reasons for the plan, whatever shape their list takes.
    return text !== undefined && (namesNotes(text) || PROCESS_HEADING.test(text) || NO_PLAN_HEADING.test(text) || REASONS_HEADING.test(text) || this.namesV2momNotes(text));
  }

  /** The innermost heading's text, when it is no node and no group. */
  private innermostPlainHeading(): string | undefined {
    const top = this.stack[this.stack.length - 1];
    if (!top || top.node || top.group) return undefined;
    return withoutHeadingTrailer(this.lines.lineText(top.line).replace(/^\s{0,3}#{1,6}[ \t]*/, ''));
  }

  /**
   * The innermost heading, read as nothing so far, becomes the objective of the key results a label below it announces,
   * where it states one: three words or more, naming no notes, process, period, group or set of OKRs.
   */
  private takeHeadingAsObjective(owner: Owner): void {
    const entry = this.stack[this.stack.length - 1];
    const name = this.innermostPlainHeading()?.trim();
    if (!entry || !name || this.context.underNoPlan) return;
    if (wordCount(name) < 3 || namesNotes(name) || PROCESS_HEADING.test(name) || namesNoPlan(name) || PERIOD_HEADING.test(name) || BARE_PERIOD_HEADING.test(name) || NAMES_OKRS.test(name) || readGroupHeading(name) || EXPLAINS_A_LIST.test(name)) return;
    this.readHeadingAsNode(entry, { kind: 'objective', title: name, titleStart: 0 }, entry.line, this.lines.lineText(entry.line).indexOf(name), owner);
  }

  /** A V2MOM's vision, values or obstacles: what they hold is no plan. */
  private namesV2momNotes(name: string): boolean {
    return this.context.v2mom === true && V2MOM_PART.test(name) && v2momGroup(name) === undefined;
  }

  /**
   * Where plain items are key results, an item that is only a name of a word or two (`- Twitter`, `- Events`) over a
   * nested list of plain items, or a short label with a colon, bold or not, over ranked key results (`- Prototyping activities:` /
   * `  - P3 (BP) 0.0 …`), groups the key results nested under it: it is no key result of its own. A short key result
   * with a colon over plain details (`- Launch the validator:` / `  - a first pass`) stays one. So does an unranked
   * statement over ranked key results (`- Canonical functionality is supported in generic servers` / `  - P0-BP (1.0): …`):
   * the team ranks and scores the items under it, so they are the key results, and it names what they serve together.
   * One left open for its parts (`- Detect and reject topics that are invalid because of:`, `- Publish a toolkit with`),
   * or one making a thing (`- Openly publish an EHI showcase` / `  - P2 (0.7) Web-based data viewer …`), keeps them as its own.
   */
  private groupByName(item: ListItem, content: string, implicit: NodeKind | undefined): NodeKind | undefined {
    if (implicit !== 'kr' || namesNotes(content)) return undefined;
    const nested = item.children.find((c): c is List => c.type === 'list');
    if (!ranksAKeyResult(content) && !INTRODUCES_ITS_PARTS.test(content) && !MAKES_A_THING.test(content) && this.isRankedList(nested, true, MIN_RANKED_STATEMENT_WORDS)) return 'kr';
    if (SHORT_LABEL.test(unbolded(content))) return this.isRankedList(nested, false) ? 'kr' : undefined;
    if (!isBareName(content) || this.amongStatements.has(item)) return undefined;
    return nested?.children.some((child) => this.isPlainItem(child) || Boolean(readFieldLine(this.itemContent(child).content))) ? 'kr' : undefined;
  }

  /**
   * Items of a list where statements over their details outnumber bare names over theirs (`- Improve contributor
   * documentation` / `  - …`, and `- Features` / `  - …`): there a name is one more key result with its details, not a
   * theme grouping key results (`- Twitter` / `  - Followers: 1,500` beside `- Events` / `  - …` still is).
   */
  private readonly amongStatements = new WeakSet<ListItem>();

  private markNamesAmongStatements(items: ListItem[]): void {
    let names = 0;
    let statements = 0;
    for (const item of items) {
      if (!item.children.some((c) => c.type === 'list') || !this.isPlainItem(item)) continue;
      const { content } = this.itemContent(item);
      if (isBareName(content)) names++;
      else if (content.split(/\s+/).length >= 3) statements++;
    }
    if (statements >= 2 && statements > names) for (const item of items) this.amongStatements.add(item);
  }

  /**
   * Items of a list of key results each named in bold (`- **Project Setup**: React + TypeScript project structure created`)
   * where one statement at least is long enough to be read alone: there the short statements are key results too, as their
   * siblings are; alone, a short one is a note (`**Tracked:** every Monday`).
   */
  private readonly amongNamedStatements = new WeakSet<ListItem>();

  private markNamedStatements(items: ListItem[]): void {
    const statements = items.map((item) => (item.children[0]?.type === 'paragraph' ? namedStatementOf(this.itemContent(item).content) : undefined));
    const named = statements.filter((statement) => statement !== undefined);
    if (named.length < 2 || !named.some((statement) => this.isNamedStatement(statement, 'kr'))) return;
    // A value of a word or two (`**Kapsam:** Takım`, `**Fecha límite:** Mar–Abr 2026`) is a field, whatever its name.
    for (const [index, item] of items.entries()) if ((statements[index]?.split(/\s+/).length ?? 0) >= MIN_NAMED_STATEMENT_WORDS) this.amongNamedStatements.add(item);
  }

  /** Every item of the item's nested list is a plain statement of five words or more, with no `key: value` in it. */
  private nestsMoreStatements(item: ListItem): boolean {
    const nested = item.children.find((c): c is List => c.type === 'list');
    // `1. Bounce rate (Down is better)` / `    * Bounce rate measures how often users …`: one sentence on what the metric is
    // or why it matters explains it, no more key results.
    if (!nested || (nested.children.length === 1 && this.explainsTheItem(nested.children[0]!))) return false;
    // `- We can track traffic` / `  - Encompasses deploying a tracking tool` / `  - 10% growth in traffic`: a detail saying
    // what the result counts or how it is measured is no more key results (alone, it explains the key result as the
    // sentence above does); the statements beside it are.
    const details = nested.children.filter((child) => this.saysHowItIsMeasured(child));
    const more = details.length < nested.children.length && nested.children.every((child) => {
      if (details.includes(child)) return true;
      const { content } = this.itemContent(child);
      return this.isPlainItem(child) && !content.includes(':') && !STATUS_MARK.test(content) && content.split(/\s+/).length >= 5;
    });
    if (more) for (const detail of details) this.measurementDetails.add(detail);
    return more;
  }

  /** Details under a key result saying how it is measured, among statements nested under it that are more key results. */
  private readonly measurementDetails = new WeakSet<ListItem>();

  /**
   * `- **Goal:** Create a single source of truth …` / `- **Action plan:** …` / `- **Metrics for success:**` over its nested
   * measures: one goal and one label of its measures in a list, the measures listed under the label. The goal is an
   * objective and the measures its key results, as a plan of quick wins or a 90-day plan writes them. The goals and labels so read.
   */
  private readonly goalsOverMetrics = new WeakSet<ListItem>();
  /**
   * `*   implement convertToBlob` / `*   Owner: xlai` / `*   Ship it in M57` / `*   Owners: …` / `*   This includes …`: in a
   * list where an owner item follows a statement twice or more, as a tool's export writes key results, each statement so
   * followed is a key result, its owner item that key result's owner, and the statements between are notes on the one above.
   */
  private readonly ownedStatements = new WeakSet<ListItem>();
  private readonly ownerItems = new WeakSet<ListItem>();
  private readonly notesOfOwned = new WeakSet<ListItem>();
  /** Graded items (`gradedItem`), and in a list mostly of them, the items stating something with no score of their own: key results. */
  private readonly gradedItems = new WeakSet<ListItem>();
  /** Items whose first block was a heading, read as text (`- ## Objective 1: …`). */
  private readonly headedItems = new WeakSet<ListItem>();
  private readonly metricsOfGoals = new WeakSet<ListItem>();

  /** Marks the goal and its metrics label when a list holds exactly one of each, the label after the goal, with its measures nested. */
  private markGoalOverMetrics(items: ListItem[], contents: (string | undefined)[]): void {
    const goals = items.filter((_, index) => GOAL_LABEL.test(contents[index] ?? ''));
    const metrics = items.filter((item, index) => METRICS_LABEL.test((contents[index] ?? '').trim()) && item.children.some((c) => c.type === 'list'));
    if (goals.length !== 1 || metrics.length !== 1 || items.indexOf(metrics[0]!) < items.indexOf(goals[0]!)) return;
    this.goalsOverMetrics.add(goals[0]!);
    this.metricsOfGoals.add(metrics[0]!);
  }

  /**
   * `- **Purpose**: …` / `- **Outcomes**: …` / `- **Process**: …`: where one item of a list names what the goal should bring
   * about, the items beside it labelled as notes say why and how; the outcomes alone are its key result.
   */
  private readonly notesBesideOutcomes = new WeakSet<ListItem>();

  private markNotesBesideOutcomes(items: ListItem[], contents: (string | undefined)[]): void {
    const names = contents.map((content) => (content === undefined ? undefined : BOLD_NAME.exec(content)?.[2]!.trim()));
    if (names.filter((name) => name !== undefined && OUTCOMES_NAME.test(name)).length !== 1) return;
    for (const [index, name] of names.entries()) if (name !== undefined && !OUTCOMES_NAME.test(name) && namesNotes(name)) this.notesBesideOutcomes.add(items[index]!);
  }

  /**
   * `- Author: …` / `- Start Date: 2024-11-14` / `- Category: Technical` / `- Voting Requirements: …`: a list of a
   * document's metadata (two names of it at least, half the items, every item a name and its value) is its header, no nodes.
   */
  private readonly metadataItems = new WeakSet<ListItem>();

  private markMetadataHeader(items: ListItem[], contents: (string | undefined)[]): void {
    if (items.length < 2) return;
    let metadata = 0;
    for (const content of contents) {
      const key = content === undefined ? undefined : readFieldLine(content)?.key;
      // One item that is no name and value makes the list no header: most lists stop at their first item.
      if (key === undefined) return;
      if (DOCUMENT_METADATA.test(key.replace(/[*_`]/g, '').trim())) metadata++;
    }
    if (metadata >= 2 && metadata * 2 >= items.length) for (const item of items) this.metadataItems.add(item);
  }

  /**
   * The goal a short name of a metric with no number (`* Max pods per core`) sets in the first item nested under it
   * (`  * Goal: 10`), when that goal states a number.
   */
  private goalOfMetric(item: ListItem, content: string): string | undefined {
    // The nested goal first: most items hold none, and the name's reading costs more.
    const first = item.children.find((c): c is List => c.type === 'list')?.children[0];
    const goal = first?.children[0]?.type === 'paragraph' ? METRIC_GOAL.exec(this.itemContent(first).content) : null;
    if (!goal || findQuantities(goal[1]!).length === 0) return undefined;
    return this.isPlainItem(item) && content.split(/\s+/).length <= MAX_METRIC_NAME_WORDS && findQuantities(content).length === 0 ? goal[1]!.trim() : undefined;
  }

  /** A sentence with no number that says what something is or does (`Download is a pre-requisite for …`). */
  private explainsTheItem(item: ListItem): boolean {
    const { content } = this.itemContent(item);
    return item.children.length === 1 && content.endsWith('.') && EXPLAINING_VERB.test(content) && findQuantities(content).length === 0;
  }

  /** A detail with no number opening on what a result counts or how it is measured (`Tracked across GitHub contribution history`). */
  private saysHowItIsMeasured(item: ListItem): boolean {
    const { content } = this.itemContent(item);
    return item.children.length === 1 && SAYS_HOW_MEASURED.test(content) && findQuantities(content).length === 0;
  }

  /**
   * `## Community Q1 OKRs` / `- Reach 500 stars (about 400 now)` / `- Publish 12 demos`: under a heading naming the set
   * of OKRs or goals (not `## Objectives`, which names them), a flat list whose items state numbers (a third of them at least) lists results to reach, key results with no objective
   * written, not objectives each holding a metric.
   */
  private isMeasuredFlatList(items: ListItem[]): boolean {
    // `- Publish 10 blog posts.` / `  - This gives me time for one a month.`: the writer's remarks under a goal (why it is
    // set, said as `I`) are no parts of it; other nested items are the parts of an objective.
    if (items.length < 2 || items.some((item) => item.children.some((child) => child.type === 'list' && !this.remarksOnly(child)))) return false;
    // `- Ecosystem Expansion: Develop 30 official members`: a goal named by its area is as plain.
    // `1. **Grow my Twitter following to 3k.**`: a goal wholly in bold states its number as a plain one does.
    const measured = items.filter((item) => (this.isPlainItem(item) || isBoldTitle(this.itemContent(item).content) || this.themedField(item) !== undefined) && findQuantities(this.itemContent(item).content).length > 0).length;
    // Objectives rarely carry numbers: two measured items and a third of the list make it one of results, its other
    // items results written less well (`- Improve the supporter experience`, `- Plan an event for them`); one measured
    // item takes half the list (`- Grow revenue to $2M` / `- Improve onboarding` / `- Build a great team` are objectives).
    return statesEnoughNumbers(measured, items.length);
  }

  /**
   * `  - I tripled revenues in 2019, so …`, `  - Roughly $583.33 each per month`: a nested list of the writer's remarks on
   * the item above (said as `I`, saying why, or saying the goal again in other terms), no results of its own.
   */
  private remarksOnly(list: List): boolean {
    return list.children.every((item) => item.children.length === 1 && item.children[0]?.type === 'paragraph' && isRemark(this.itemContent(item).content));
  }

  /** An item whose text is neither a field, a bold label, nor a node keyword. */
  private isPlainItem(item: ListItem): boolean {
    if (item.children[0]?.type !== 'paragraph') return false;
    const { content } = this.itemContent(item);
    return content !== '' && !readFieldLine(content) && !isBoldLabel(content) && !namesNotes(content) && !readNodeDeclaration(content) && !readGroupDeclaration(content);
  }

  /**
   * `* Collin:`, `* Samantha`, `* Next week OKRs and deliverables`: a name (ending with a colon, or of a word or two), or
   * a set of OKRs named, over objectives declared with their keyword in its nested list (for a set, one level further in
   * too); a statement over them stays a node.
   */
  private namesOverObjectives(item: ListItem, content: string): boolean {
    const name = content.endsWith(':') || content.replace(/[*_]/g, '').trim().split(/\s+/).length <= 2;
    return (name && this.holdsKeywordObjectives(item, 1)) || (OKR_ACRONYM.test(content) && this.holdsKeywordObjectives(item, 2));
  }

  /** Whether a list nested in the item, or (to `depth`) one further in, has an item declaring an objective with its keyword. */
  private holdsKeywordObjectives(item: ListItem, depth: number): boolean {
    for (const list of item.children) {
      if (list.type !== 'list') continue;
      for (const nested of list.children) {
        if (nested.children[0]?.type === 'paragraph' && readNodeDeclaration(this.itemContent(nested).content)?.kind === 'objective') return true;
        if (depth > 1 && this.holdsKeywordObjectives(nested, depth - 1)) return true;
      }
    }
    return false;
  }

  /**
   * `- Landlord recommendation score: 7.5 (+0.5)`, `- Support satisfaction: > 3.5/5`: a metric named as no field is, then
   * its level with a bar or a change (`- Budget: $50k` is a fact about the work).
   */
  private isMetricWithLevel(item: ListItem): boolean {
    const field = this.themedField(item);
    return field !== undefined && (LEVEL_CUE.test(field.value) || !FACT_OF_THE_WORK.test(field.key.trim()));
  }

  /** The name and value of an item naming something that is no known field (`Ecosystem Expansion: Develop 30 official members`), if the value states a number. */
  private themedField(item: ListItem): FieldLine | undefined {
    if (item.children[0]?.type !== 'paragraph') return undefined;
    const field = readFieldLine(this.itemContent(item).content);
    return field !== undefined && !fieldKeyOf(field.key).known && /\d/.test(field.value) ? field : undefined;
  }

  private declaresNode(item: ListItem): boolean {
    return item.children[0]?.type === 'paragraph' && readNodeDeclaration(this.itemContent(item).content) !== undefined;
  }

  private itemContent(item: ListItem): { line: number; contentStart: number; content: string; task: boolean } {
    const line = this.lineOf(item);
    const text = this.lines.lineText(line);
    // Any blank after the marker, a no-break or an em space too (text copied from a web page), is no part of the text.
    const marker = /^\s*(?:[-*+]|\d{1,9}[.)])[ \t]+\s*(\[[ xX]\][ \t]+)?/.exec(text);
    let contentStart = marker ? marker[0].length : text.length - text.trimStart().length;
    let content = text.slice(contentStart).trimEnd();
    // `- ## Objective 1: …`: the heading's marks, opening and closing, are no part of the item's text.
    if (this.headedItems.has(item)) {
      const opening = /^#{1,6}(?:[ \t]+|$)/.exec(content)?.[0].length ?? 0;
      contentStart += opening;
      content = withoutClosingHashes(content.slice(opening));
    }
    return { line, contentStart, content, task: Boolean(marker?.[1]) };
  }

  /**
   * `- ## Objective 1: Grow the community`, `*   ## 1.00P2Top-starred bugs fixed` (a page a converter wrote): an item whose
   * first block is a heading is read as one whose first block is that text, the heading's marks aside.
   */
  private readHeadingAsText(item: ListItem): void {
    const first = item.children[0];
    if (first?.type !== 'heading' || this.headedItems.has(item)) return;
    item.children[0] = { type: 'paragraph', children: first.children, ...(first.position ? { position: first.position } : {}) };
    this.headedItems.add(item);
  }

  private addListItem(item: ListItem, owner: Owner, level: number, implicit?: NodeKind, keyResultAbove?: LineNode, checklistOfOkrs = false): void {
    const { line, contentStart, content, task } = this.itemContent(item);
    const firstParagraph = item.children[0]?.type === 'paragraph' ? item.children[0] : undefined;
    // `Objective / Key Result   Owner(s)   Status`: the column names of a table written as a list.
    if (firstParagraph && columnNamesKind(content)) return;
    // `  - Tracked across GitHub history` among key results nested by accident: how the one above is measured.
    if (this.measurementDetails.has(item)) return;
    // `- 2021-OKR-O1-KRs` over the key results of `O1`, listed apart from it: a label, no node.
    const keyResultSet = firstParagraph && item.children.some((c) => c.type === 'list') ? objectiveOfKeyResultSet(content) : undefined;
    let written = firstParagraph && !keyResultSet ? (this.goalsOverMetrics.has(item) ? goalObjective(content) : (readNodeDeclaration(content) ?? (this.goalsAreKeyResults ? readGoalLabel(content) : undefined))) : undefined;
    // `- **KR1 — Normalization dataset**` with the key result itself on the next line.
    const statement = written && firstParagraph && this.statementUnderName(written, content, line, this.endLineOf(firstParagraph));
    if (statement) written = { ...written!, statement };
    // `*   Prototype relaxing parser yielding heuristics` / `    *   EOQ score: 0.95`: an item over nothing but its score is a graded key result.
    if (firstParagraph && !written && (this.gradedItems.has(item) || this.ownedStatements.has(item))) written = { kind: 'kr', title: content, titleStart: 0 };
    // `* Max pods per core` / `  * Goal: 10` / `  * Assume …`: a metric named over its goal is a key result stated with it.
    const goalOfMetric = firstParagraph && !written ? this.goalOfMetric(item, content) : undefined;
    if (goalOfMetric !== undefined) written = { kind: 'kr', title: content, titleStart: 0, statement: `${content}: ${goalOfMetric}` };
    const linesRead = statement ? 2 : 1;
    const declared = firstParagraph && !written ? (keyResultSet ? 'kr' : (readGroupDeclaration(content) ?? groupLabelOf(content) ?? (this.metricsOfGoals.has(item) ? 'kr' : undefined))) : undefined;
    const named = declared ?? (firstParagraph && !written ? this.groupByName(item, content, implicit) : undefined);
    // Under a key result, `- Learning objectives` over a nested list names what the key result's work covers: notes.
    const coveredByKeyResult = named === 'objective' && owner.node !== undefined && RANK[owner.node.kind] >= RANK.kr;
    // Under a heading over notes or how the team works (`## Review process`), `- **Success criteria**` says how reviews go: notes.
    const describesProcess = named !== undefined && !owner.node && this.underNoteHeading();
    const group = coveredByKeyResult || describesProcess || (named !== undefined && this.overNoPlan()) ? undefined : named;
    // `- Dependencies`, `- Out of scope:`: a label over notes, no node and no group.
    const besideOutcomes = this.notesBesideOutcomes.has(item);
    const note = firstParagraph && !written && !group && (coveredByKeyResult || describesProcess || besideOutcomes || this.metadataItems.has(item) || this.notesOfOwned.has(item) || namesNotes(content));
    // `* __1 month__` over what is due by then: a timeline's checkpoint, no node; what it holds is read as its list's items would be.
    // `- _I only wrote 2 articles, but …_` over the results: a remark in italics on the item above, no node of its own.
    // `* Collin:` over `* Objective: …` items: a name (a person's, a week's) over objectives declared with their keyword holds
    // them, no node of its own.
    // `+ e.g. A code of conduct` under an item: an example of what the item above names, no node of its own.
    const checkpoint = firstParagraph && !written && !group && !note && (namesATimeMark(unbolded(content)) || ITALIC_REMARK.test(content) || EXAMPLE_ITEM.test(content) || this.namesOverObjectives(item, content));
    // `1. Increase the Overall Profitability` / `Objective: Increase the company's profitability by 10%`: the item's line
    // titles the objective its next line declares, no node of its own.
    const caption = firstParagraph && !written && !group && !note && !checkpoint && this.captionsObjective(firstParagraph, line, content);
    // `- __Beds: Turn the north beds into a kitchen garden__` over indented items, in an outline of objectives: the bold title is the objective.
    const boldObjective = implicit === 'objective' && !task && isBoldTitle(content) && this.isOutlineHead(item) ? { kind: 'objective' as const, title: content, titleStart: 0 } : undefined;
    // `- Performance Metrics:` with nothing under it: a label left empty, no statement.
    const emptyLabel = firstParagraph && !written && !group && !item.children.some((c) => c.type === 'list') && EMPTY_LABEL.test(content);
    // `1. CRO: Exceed the bookings plan.` over `1. CRO KR: …` items: a role's or a team's objective in a cascade, no field.
    const cascaded = firstParagraph && !written && !group && !note && !checkpoint && this.namesOverKeywordKeyResults(item, content) ? { kind: 'objective' as const, title: content, titleStart: 0 } : undefined;
    const declaration = firstParagraph && !group && !note && !checkpoint && !caption && !emptyLabel ? (written ?? cascaded ?? boldObjective ?? this.implicitDeclaration(content, implicit, task && !checklistOfOkrs, this.amongNamedStatements.has(item))) : undefined;
    let childOwner: Owner = owner;
    if (declaration) {
      const headingDepth = this.stack[this.stack.length - 1]?.depth ?? 0;
      const node = this.newNode(declaration, line, contentStart, 'list', headingDepth + level);
      const end = this.position(item.position?.end.offset ?? 0);
      node.spanTo(end.line, end.character);
      node.enclosing = owner.node && RANK[owner.node.kind] < RANK[node.kind] ? owner.node : this.enclosingFor(node.kind, owner.node);
      node.enclosing?.nested.push(node);
      // Under `- 2021-OKR-O1-KRs`, each key result names `O1` as its parent, where the label writes it.
      const served = owner.servesObjective;
      if (served && node.kind === 'kr' && node.enclosing?.kind !== 'objective' && !fieldOf(node, 'parent')) node.fields.push(new CellField(fieldKeyOf('Parent'), served.id, served.line + this.placement.lines, served.start + this.charsBefore(served.line)));
      // The lines under a metric named over its goal (the goal, what it assumes, why) are notes on it.
      childOwner = goalOfMetric !== undefined ? { notes: true } : { node, implicit: implicitUnder(node), list: owner };
      // Under a `Key results` label, sentences indented under a key result are more of them, nested by accident.
      // One that ends with a colon, or on a word the sentence needs more after (`Openly publish an EHI toolkit with`),
      // introduces its details (`… tell us the following:`), which are no more of them.
      // A key result stated wholly in bold (`1. **Increase Video Views by 40%**`) stands out from the details under it.
      if (!written && owner.labelled && implicit === 'kr' && !INTRODUCES_ITS_PARTS.test(content) && !WHOLLY_BOLD_TEXT.test(content) && this.nestsMoreStatements(item)) childOwner = { node: owner.node, implicit: 'kr', labelled: true };
      // `- Billing: … This function provides the following:` over what it covers: the scope of the work, no key results.
      // A V2MOM's method nests what it covers (`* Customer Journey Operations: …` / `  * Funnel lifecycle management`).
      if (node.kind === 'objective' && (INTRODUCES_SCOPE.test(content) || (owner.methods && !written))) childOwner = { node, notes: true };
    } else if (group) {
      // A name that groups key results (`- Twitter`, `- Prototyping activities:`) says nothing of what its own nested lists
      // hold; a `Key results:` label does.
      childOwner = { node: owner.node, implicit: group, labelled: (declared !== undefined && !isBareName(content)) || owner.labelled, ...(keyResultSet ? { servesObjective: { id: keyResultSet.id, line, start: contentStart + keyResultSet.at } } : {}) };
      // `- **Key Results**:` with the list after it rather than inside it: the group holds for the lists that follow.
      if (!item.children.some((c) => c.type === 'list')) {
        owner.implicit = group;
        owner.labelled = true;
        owner.namesOkrs = group === 'objective' && OKR_ACRONYM.test(content);
      }
    } else if (caption) {
      // The caption is no field and no unread text: the lines under it (the objective, its fields) are read as they stand.
      childOwner = owner;
    } else if (checkpoint) {
      // Under an objective or a group, the work due then is more of its nodes (`- 30 days` / `  - 100 signups`); elsewhere, notes.
      childOwner = owner.implicit ? { node: owner.node, implicit: owner.implicit, ...(owner.labelled ? { labelled: true } : {}) } : { notes: true };
    } else if (note) {
      // Notes about the node: what follows them is no more of its key results (but for the outcomes they stand beside),
      // and what they hold is no outline.
      if (!besideOutcomes) owner.implicit = undefined;
      childOwner = { notes: true };
    } else if (firstParagraph) {
      // `- **Notes**`, `- **Final score**`: what follows is about the node, not more of its key results.
      if (isNoteLabel(content)) owner.implicit = undefined;
      const field = this.readField(line, contentStart, content);
      // `- Cut churn …` / `- Target: 2%`: a field only key results take, in an item after a key result's, is that key result's.
      const holder = field && keyResultAbove && fieldSpec(field.name)?.on.includes('kr') && (this.ownerItems.has(item) || !(owner.node && fieldSpec(field.name)?.on.includes(owner.node.kind))) ? keyResultAbove : owner.node;
      if (field && holder) {
        holder.fields.push(field);
        if (holder === owner.node) owner.lastField = field;
        const nested = item.children.find((c): c is List => c.type === 'list');
        if (field.name === 'check-ins' && nested) {
          for (const rest of this.addCheckIns(nested.children, holder)) this.addListItem(rest, { node: holder }, level + 1);
          return;
        }
        childOwner = { node: holder };
      } else {
        if (!field) this.noteUnread(line, contentStart, content, 'list item');
        childOwner = { node: undefined, outer: owner };
      }
    }
    for (const [index, child] of item.children.entries()) {
      if (child.type === 'paragraph') {
        this.addFieldLines(child, childOwner, index === 0 ? linesRead : 0);
        // `**Deliverable:** Documentation for each release …` over `- Zowe CLI` / `  - Document the new profiles`: the
        // lists after a note in the item detail it, no outline of nodes.
        if (index > 0 && !childOwner.notes && NOTE_LEAD.test(this.lines.lineText(this.lineOf(child)).trim())) childOwner = { notes: true };
      }
      // Lists under prose items hold no fields, but can still hold nodes.
      else if (child.type === 'list') this.addList(child, childOwner, level);
    }
  }

  /** A `Key: value` item whose key no field has (`Mid-quarter status: on track`): a note, among owned key results. */
  private namesNoField(content: string | undefined): boolean {
    const field = content === undefined ? undefined : readFieldLine(content);
    return field !== undefined && !fieldKeyOf(field.key).known && !nearestKnownField(field.key);
  }

  /** Marks a list's statements each followed by an owner item, their owner items and the statements between them (`ownedStatements`). */
  private markOwnedStatements(items: ListItem[], contents: (string | undefined)[]): void {
    const ownerAt = (index: number): boolean => {
      const field = contents[index] === undefined ? undefined : readFieldLine(contents[index]!);
      return field !== undefined && canonicalFieldName(field.key) === 'owner';
    };
    const statementAt = (index: number): boolean => contents[index] !== undefined && /\p{L}{2}/u.test(contents[index]!) && !readFieldLine(contents[index]!) && !readNodeDeclaration(contents[index]!) && !readGroupDeclaration(contents[index]!);
    // `*   0.56P2Top-starred bugs fixed` / `*   Fix at least the following`: where items open with a priority glued to them,
    // one so opening is a key result, and the items after it that do not are its details.
    const ranked = items.map((_, index) => statementAt(index) && GLUED_PRIORITY.test(contents[index]!));
    const owned = items.map((_, index) => statementAt(index) && ((index + 1 < items.length && ownerAt(index + 1)) || (ranked.filter(Boolean).length >= 2 && ranked[index]!)));
    if (owned.filter(Boolean).length < 2) return;
    let after = false;
    for (const [index, item] of items.entries()) {
      if (owned[index]) {
        this.ownedStatements.add(item);
        if (index + 1 < items.length && ownerAt(index + 1)) this.ownerItems.add(items[index + 1]!);
        after = true;
      } else if (after && !this.ownerItems.has(item) && (statementAt(index) || this.namesNoField(contents[index]))) this.notesOfOwned.add(item);
    }
  }

  /**
   * `title: 2020-q2 OKRs` over nothing but a flat list of more items than any team runs objectives (`*   Ship
   * FragmentItem`, `*   Grid refactoring`, …): the page lists its key results.
   */
  private listOfKeyResultsOnPage(blocks: RootContent[]): List | undefined {
    if (!this.context.titledForOkrs) return undefined;
    const body = blocks[0]?.type === 'heading' ? blocks.slice(1) : blocks;
    const list = body.length === 1 && body[0]!.type === 'list' ? body[0] : undefined;
    if (!list || list.children.length <= MOST_OBJECTIVES_OF_A_PAGE) return undefined;
    return list.children.every((item) => item.children.length === 1 && item.children[0]!.type === 'paragraph' && !this.declaresNode(item)) ? list : undefined;
  }

  /** Marks a list's graded items, and where half the items or more are graded, two of them at least, the plain statements beside them. */
  private markGradedItems(items: ListItem[]): void {
    const graded = items.filter((item) => this.gradedItem(item));
    for (const item of graded) this.gradedItems.add(item);
    if (graded.length < 2 || graded.length * 2 < items.length) return;
    for (const item of items) {
      if (item.children.length !== 1 || item.children[0]!.type !== 'paragraph') continue;
      const { content } = this.itemContent(item);
      if (/\p{L}{3}/u.test(content) && !readFieldLine(content) && !readGroupDeclaration(content) && !readNodeDeclaration(content)) this.gradedItems.add(item);
    }
  }

  /**
   * An item stating something, whose nested list holds nothing but its score from 0 to 1 (`EOQ score: 0.7`, `Score: 0.5`,
   * `Final score: 1`): a key result as graded at the period's end.
   */
  private gradedItem(item: ListItem): boolean {
    const nested = item.children[1];
    if (item.children.length !== 2 || item.children[0]!.type !== 'paragraph' || nested?.type !== 'list') return false;
    const { content } = this.itemContent(item);
    // `GridNG: design doc, commits landed`: a name no field has before a colon opens the statement; `Owner: @ana` is a field.
    if (isKnownFieldLine(content) || readGroupDeclaration(content) || !/\p{L}{3}/u.test(content)) return false;
    return nested.children.every((child) => {
      if (child.children.length !== 1 || child.children[0]!.type !== 'paragraph') return false;
      const field = readFieldLine(this.itemContent(child).content);
      // `EOQ score: 0.` with the full stop of a number left unfinished is a score of 0.
      return field !== undefined && canonicalFieldName(field.key) === 'score' && /^(?:0(?:\.\d{0,2})?|1(?:\.0{0,2})?|\.\d{1,2})$/.test(field.value.trim());
    });
  }

  /**
   * An item naming a role or a team before its statement (`CRO: Exceed the bookings plan.`, `Alliances: …`), a name no
   * field has, whose nested list declares key results with their keyword (`1. CRO KR: …`): key results are no field's.
   */
  private namesOverKeywordKeyResults(item: ListItem, content: string): boolean {
    const named = NAME_BEFORE_STATEMENT.exec(content);
    if (!named || fieldKeyOf(named[1]!).known) return false;
    const nested = item.children.find((c): c is List => c.type === 'list');
    return nested?.children.some((child) => child.children[0]?.type === 'paragraph' && readNodeDeclaration(this.itemContent(child).content)?.kind === 'kr') === true;
  }

  /** True when the item's one-line title is followed, in its paragraph, by a line declaring an objective with its keyword. */
  private captionsObjective(paragraph: Paragraph, line: number, content: string): boolean {
    if (line >= this.endLineOf(paragraph) || !PARAGRAPH_TITLE.test(content) || content.split(/\s+/).length > PARAGRAPH_TITLE_MAX_WORDS) return false;
    const next = this.lines.lineText(line + 1).trim();
    return readNodeDeclaration(next)?.kind === 'objective' && OBJECTIVE_KEYWORD.test(next.replace(/^[*_]+/, ''));
  }

  /**
   * The statement of a node whose bold title is only a short name (`**KR1 — Normalization
   * dataset**`): the next line of the same paragraph. The node stays on the name's line, where its id is.
   */
  private statementUnderName(written: NodeDeclaration, content: string, line: number, lastLine: number): string | undefined {
    if (line >= lastLine || !WHOLLY_BOLD.test(content)) return undefined;
    // `**KR1:使用水印的人数提高20%**`: a title with its number is the statement itself, however few its words.
    const title = statementOf(written.title).text;
    if (title.split(/\s+/).length >= MIN_STATEMENT_WORDS || findQuantities(title).length > 0) return undefined;
    const text = this.lines.lineText(line + 1).trim();
    // `·流程优化`: a line opening with a bullet Markdown does not know is an item of the work under the node.
    return text && !ODD_BULLET.test(text) && !readFieldLine(text) && !readNodeDeclaration(text) ? statementOf(text).text : undefined;
  }

  /**
   * A plain list item read as a node of the kind its place gives it (`implicit`): a numbered
   * `1.1 …` item keeps its number as its id. Items that are fields (a known key, or one a letter
   * or two away from one) stay fields.
   */
  private implicitDeclaration(content: string, implicit: NodeKind | undefined, task: boolean, amongNamed = false): NodeDeclaration | undefined {
    if (!implicit || !content) return undefined;
    // `[Funnel dashboard](https://…)`: a reference to another page; `@maria (PM)`: a person; `(Scoring note: …)`: an aside;
    // `Unplanned (JM): …`: work done beside the plan; `Pitch: …`: a note on the node.
    if (NOTHING_HERE.test(content) || linksElsewhere(content) || linksToAPeriodSection(content) || PERSON_ITEM.test(content) || BRACKETED_ASIDE.test(content) || UNPLANNED_ITEM.test(content) || NOTE_LEAD.test(content) || CONTINGENCY.test(content) || STATUS_UPDATE_LEAD.test(content)) return undefined;
    // `How do we know we are getting closer?`: a question asks for a key result, it states none.
    if (implicit === 'kr' && QUESTION.test(content)) return undefined;
    // A task list is work to tick off, not a set of objectives.
    if (implicit === 'objective' && task) return undefined;
    const field = readFieldLine(content);
    if (field && (fieldKeyOf(field.key).known || nearestKnownField(field.key))) return undefined;
    // `1. **Increase Video Views by 40%**`: a statement wholly in bold (three words or more, or a number) is the node; a
    // name of a word or two (`**Twitter**`) names a theme.
    const bold = isBoldTitle(content) ? WHOLLY_BOLD_TEXT.exec(content) : null;
    if (bold) {
      // `- **1. Identify Events**`: the number inside the bold counts the items, no part of the statement.
      const counted = /^\d{1,2}[.)][ \t]+(?=\p{L})/u.exec(bold[2]!)?.[0] ?? '';
      const title = bold[2]!.slice(counted.length);
      if (counted || title.trim().split(/\s+/).length >= 3 || /\d/.test(title)) return { kind: implicit, title, titleStart: bold[1]!.length + counted.length };
    }
    if (isBoldLabel(content)) {
      // `**Ticket volume:** Reduce …`: a named node whose statement follows its bold name;
      // `**Tracked:** Every Monday` and `**Notes**` label what follows them.
      const named = BOLD_NAME.exec(content);
      const statement = named ? content.slice(named[0].length) : '';
      // `**[P0] (1.0) Problem statement:**` over its parts: a ranked name is the key result itself.
      const rankedName = statement === '' && BRACKETED_PRIORITY_AND_SCORE.test(content) ? RANKED_BOLD_NAME.exec(content) : null;
      if (rankedName) return { kind: implicit, title: rankedName[2]!, titleStart: rankedName[1]!.length };
      // `**Hedef (Objective):** …` under an objective: the objective said again in the label's own language, no key result.
      // `- **Downloads:** 10,000/month`, `- **GitHub Stars:** 500+` among key results: a metric named over the level it must reach.
      if (implicit === 'kr' && METRIC_LEVEL.test(statement) && !REPORT_LABELS.test(named![2]!.trim()) && !WHEN_LABEL.test(named![2]!)) return { kind: implicit, title: content, titleStart: 0 };
      if ((!amongNamed && !this.isNamedStatement(statement, implicit)) || REPORT_LABELS.test(named![2]!.trim()) || WHEN_LABEL.test(named![2]!) || OBJECTIVE_GLOSS.test(named![2]!)) return undefined;
      return { kind: implicit, title: statement, titleStart: named![0].length };
    }
    if (implicit === 'kr') {
      const numbered = readNumberedKr(content);
      if (numbered) return numbered;
      // `Example KPI: Number of incidents (objective = 0)`: a label naming the kind of measure, then the key result.
      const measure = MEASURE_LABEL.exec(content);
      if (measure) return { kind: implicit, title: content.slice(measure[0].length), titleStart: measure[0].length };
    }
    // `Why:`, `Fall update:`: a question word or a report's name and a colon introduce what follows, and state nothing.
    if (BARE_NAME_WITH_COLON.test(content)) return undefined;
    // `Retention: Maintain a high net promoter score` in an outline under a period heading: the area names the objective's place, the statement is the objective.
    const areaAt = implicit === 'objective' && this.underPeriodHeading() ? this.areaStatement(content) : undefined;
    if (areaAt !== undefined) return { kind: implicit, title: content.slice(areaAt), titleStart: areaAt };
    return { kind: implicit, title: content, titleStart: 0 };
  }

  /**
   * The value after a bold name is a node's statement when it is a sentence, not a note (`**Tracked:** every Monday`): eight
   * words or more, or, for a key result, five or more with a number in them (`**Reach**: 100% of products installed it`).
   */
  private isNamedStatement(statement: string, implicit: NodeKind): boolean {
    const words = statement.split(/\s+/).length;
    return words >= MIN_STATEMENT_WORDS || (implicit === 'kr' && words >= MIN_COUNTED_STATEMENT_WORDS && findQuantities(statement).length > 0);
  }

  /** An OKR table: its rows become objectives and key results, its known columns their fields. */
  private addTable(table: Table, owner: Owner): void {
    if (owner.node && this.addFieldTable(table, owner.node)) return;
    this.takeTitleOverTable(table, owner);
    // `| Result | Progress | Status |` lists an objective's key results only while it has none: after them, such a table scores them.
    // Under a heading or label naming the key results, a table with a column of indicators lists them (`#### Indicators for
    // Success` / `| Specific aim | Item | Indicator |`); a table of metrics there stays a report beside them.
    const resultsOfObjective = (owner.node?.kind === 'objective' && !owner.node.nested.some((n) => n.kind === 'kr')) || (owner.implicit === 'kr' && owner.labelled === true && namesIndicatorColumn(table, this.lines));
    const read = readOkrTable(table, this.lines, owner.node?.kind === 'objective' || owner.implicit === 'kr', owner.node?.kind === 'objective' ? owner.node.id : undefined, resultsOfObjective, this.context.metricsAreKeyResults === true, owner.implicit === 'kr' && owner.labelled === true);
    if (!read) {
      this.addKeywordGrid(table, owner);
      return;
    }
    // `## Overall progress summary` / `| Objective | Key results | Status |`: the plan told again, with where it stands.
    if (this.context.reportOnPlan) return;
    // `## Measurement` / `| KR1.1 | dag_runs_total | daily |` / `| KR2.1 | latency_p95 | 5 min |`: rows naming key results of
    // several objectives by their ids alone, with no objective of their own, index key results set out elsewhere.
    if (indexesKeyResultsElsewhere(read.rows)) return;
    // `| Company goal | **O1:** More users activate |` over `### Objective 1: …` below: an overview of the objectives set out there.
    if (this.context.tableSetOutBelow && read.rows.every((row) => row.objective && row.krs.length === 0)) return;
    if (!read.rows.length) {
      this.noteUnreadAt(read.headerLine, 0, this.lines.lineText(read.headerLine).trimEnd().length, 'The table names objective or key-result columns, but none of its rows could be read as one.', undefined);
      return;
    }
    let objective: LineNode | undefined = owner.node?.kind === 'objective' ? owner.node : undefined;
    const headingDepth = this.stack[this.stack.length - 1]?.depth ?? 0;
    const objectiveOfRow = new Map<number, LineNode>();
    for (const [rowIndex, row] of read.rows.entries()) {
      let fieldsOwner: LineNode | undefined;
      if (row.objectiveOf !== undefined) objective = objectiveOfRow.get(row.objectiveOf) ?? objective;
      if (row.objective) {
        const node = this.tableNode(row.objective.declaration, row.line, row.objective.start, headingDepth + 1, this.enclosingFor('objective', owner.node));
        objective = node;
        fieldsOwner = node;
        objectiveOfRow.set(rowIndex, node);
      }
      for (const [index, kr] of row.krs.entries()) {
        const node = this.tableNode(kr.declaration, row.line, kr.start, headingDepth + 2, objective ?? this.enclosingFor('kr', owner.node));
        this.tableRowKeyResults.add(node);
        // The row's other cells are the first key result's, as for a row of one.
        if (index === 0) fieldsOwner = node;
      }
      if (!fieldsOwner) continue;
      for (const cell of row.fields) {
        fieldsOwner.fields.push(this.tableCellField(cell.key, cell.value, row.line, cell.start));
      }
    }
  }

  /**
   * A grid of cells (a weekly four-square check-in): each cell that writes an objective or a key result with its keyword
   * is one, a key result under the objective above it in its column. The node spans its cell's line.
   */
  private addKeywordGrid(table: Table, owner: Owner): void {
    const cells = readKeywordGrid(table, this.lines);
    if (!cells) return;
    const headingDepth = this.stack[this.stack.length - 1]?.depth ?? 0;
    let objective: LineNode | undefined;
    let column = -1;
    for (const cell of cells) {
      if (cell.column !== column) [objective, column] = [undefined, cell.column];
      const kind = cell.declaration.kind;
      const node = this.tableNode(cell.declaration, cell.line, cell.start, headingDepth + (kind === 'objective' ? 1 : 2), kind === 'kr' && objective ? objective : this.enclosingFor(kind, owner.node));
      if (kind === 'objective') objective = node;
    }
  }

  /** A node read from a table's cell, spanning the cell's line, nested under `enclosing`. */
  private tableNode(declaration: NodeDeclaration, line: number, start: number, depth: number, enclosing: LineNode | undefined): LineNode {
    const node = this.newNode(declaration, line, start, 'list', depth);
    node.spanTo(line + this.placement.lines, this.lines.lineText(line).length + this.charsBefore(line));
    node.enclosing = enclosing;
    enclosing?.nested.push(node);
    return node;
  }

  /** `## GOAL 1: …` / `__Objectives__:`: under a goal, the objectives a strategic plan lists are its steps, key results. */
  /**
   * `So, here are my goals for 2018, in no particular order:`, `Our financial goals for 2021 are:`: a sentence announcing
   * the writer's own goals (or a period's) names the set the list after it holds, as a `Goals:` label does; not goals in
   * general, an example or what goals might be, nor a summary where the plan declares its objectives with their keyword.
   */
  private announcedGoals(sentence: string): NodeKind | undefined {
    if (!sentence.endsWith(':') || this.context.keywordObjectives || this.context.listRestatedBelow || !OWN_GOALS_ANNOUNCED.test(sentence) || EXAMPLE_INTRO.test(sentence) || SUPPOSED_GOALS.test(sentence) || STEPS_OR_RISKS.test(sentence)) return undefined;
    return 'objective';
  }

  /** The group a paragraph's last sentence announces for the list right after it: key results, or the writer's goals outside any node. */
  private announcedGroup(sentence: string, owner: Owner): NodeKind | undefined {
    if (KEY_RESULTS_ANNOUNCED.test(sentence) && !STEPS_OR_RISKS.test(sentence)) return 'kr';
    return owner.node === undefined ? this.announcedGoals(sentence) : undefined;
  }

  /**
   * A paragraph's last sentence, over the lines it wraps across (a line that starts in lower case goes on the one above),
   * without emphasis (`**My goals for 2024:**`); empty past the length of any announcement.
   */
  private lastSentence(first: number, last: number): string {
    let sentence = '';
    for (let line = last; line >= first; line--) {
      const text = this.lines.lineText(line).trim();
      sentence = sentence === '' ? text : `${text} ${sentence}`;
      // `approx. in priority order`: a full stop before a word in lower case ends no sentence.
      const ends = [...text.matchAll(SENTENCE_END)];
      const end = ends.length > 0 ? ends[ends.length - 1]! : undefined;
      if (end) {
        sentence = sentence.slice(end.index! + end[0].length);
        break;
      }
      if (sentence.length > MAX_SENTENCE || !/^[\p{Ll}\p{N}(]/u.test(sentence)) break;
    }
    return sentence.length > MAX_SENTENCE ? '' : sentence.replace(/[*_]/g, '').trim();
  }

  /**
   * `**Strategy:**` / a list / `**Success metrics:**` / a list, under an objective: where a label or item further on in the
   * section names the objective's key results, a list under another bold label before it is notes (how the objective is
   * reached, what a phase adds), not more key results.
   */
  private labelBeforeNamedKeyResults(owner: Owner, text: string, line: number): boolean {
    if (owner.implicit !== 'kr' || owner.node?.kind !== 'objective' || !WHOLLY_BOLD.test(text) || !/[:：][ \t]*(?:\*\*|__)?$/.test(text) || readGroupDeclaration(text)) return false;
    for (let next = line + 1; next < this.lines.lineCount; next++) {
      const below = this.lines.lineText(next).trim().replace(LIST_MARKER, '');
      if (readNodeDeclaration(below)?.kind === 'objective') return false;
      if (readGroupDeclaration(below) === 'kr') return true;
    }
    return false;
  }

  /** The next line that is not blank, after `line`, opens a list item: the list the line introduces. */
  private listFollows(line: number): boolean {
    const next = this.nextNonBlank(line);
    if (next === undefined) return false;
    const text = this.lines.lineText(next);
    return LIST_ITEM_LINE.test(text) || INDENTED_LIST_LINE.test(text);
  }

  /**
   * `## Objective 1: …` / `### Key Metric: Data Consistency Score` / `**Targets:**` / `* 95% on-time delivery …`: under an
   * objective, also under a plain heading of it, a targets label lists what the objective must reach, its key results
   * (outside any objective the label names no group: a metric's levels); so does a label naming its key performance
   * indicators (`**Objective:** …` / `**Key Performance Indicator:**` / `- 85% redemption success rate …`).
   */
  private targetsOfObjective(label: string, owner: Owner): NodeKind | undefined {
    const name = unbolded(label).trim();
    if (!TARGETS_HEADING.test(name) && !KPI_LABEL.test(name)) return undefined;
    const above = this.enclosingFor('kr', (owner.outer ?? owner).node);
    return above?.kind === 'objective' || this.underEarlierObjective(above) ? 'kr' : undefined;
  }

  /** No node in this section encloses (`above`), but the section sits under an objective heading an earlier one, as its context says. */
  private underEarlierObjective(above: LineNode | undefined): boolean {
    return above === undefined && this.context.underObjective === true;
  }

  private stepsOfGoal(group: NodeKind | undefined, text: string): NodeKind | undefined {
    const name = text.replace(/[*_]/g, '').trim();
    // Objectives over their own key results written with the keyword (`- KR: …` nested) stay objectives.
    if (group === 'objective' && this.context.underGoal && OBJECTIVES_NAMED.test(name) && !KEYWORD_KR_ITEM.test(this.lines.text)) return 'kr';
    // `## Objective 3: Workflow Automation` / `### Goals` / `* Automate …`: the goals of an objective are its key results.
    if (group === 'objective' && GOALS_NAMED.test(name) && (this.context.underObjective || this.enclosingHeadingNode()?.kind === 'objective')) return 'kr';
    return group;
  }

  /**
   * `**Time saved:**` / `| Metric | Target value | Status |`: a bold title right over a table of key results, or of metrics
   * with their targets, outside any objective, is their objective.
   */
  private takeTitleOverTable(table: Table, owner: Owner): void {
    const title = this.pendingTitle;
    const objective = this.enclosingFor('kr', owner.node);
    // The objective of the table before (`**Fewer calls:**` after the rows under `**Time saved:**`) ends at the next title.
    if (!title || namesNotes(title.text) || (objective?.kind === 'objective' && !this.titledObjectives.has(objective)) || !this.onlyBlankBetween(title.line, this.lineOf(table))) return;
    const read = readOkrTable(table, this.lines, true, undefined, true);
    if (!read?.rows.length || !read.rows.every((row) => !row.objective && row.objectiveOf === undefined && row.krs.length > 0)) return;
    // `| KPI | Target | Actual |`: a table that sets the values reached beside the targets reports on them; it plans nothing.
    if (read.rows.some((row) => row.fields.some((field) => field.key === 'Current'))) return;
    const bold = boldTitle(title.text);
    this.titleIsObjective(bold ? bold.name : title.text, bold?.start ?? 0, owner);
  }

  /**
   * `### KR1 — Raise repeat orders` / `| | |` / `| **Baseline** | 10 orders |` / `| **Target** | 30 orders |`: a table of
   * keys and values right under a node gives its fields, as field lines would.
   */
  private addFieldTable(table: Table, node: LineNode): boolean {
    const rows = readFieldTable(table, this.lines, (key) => fieldKeyOf(key).known);
    if (!rows) return false;
    for (const row of rows) node.fields.push(this.tableCellField(row.key, row.value, row.line, row.valueStart));
    return true;
  }

  /** A field written in a table's cell, its value at `start` of the section's `line`. */
  private tableCellField(key: string, value: string, line: number, start: number): TableCellField {
    return new TableCellField(fieldKeyOf(key), intern(value), line + this.placement.lines, start + this.charsBefore(line));
  }

  /** The pending bold title is the objective of what follows it (`name` as written, `start` where it begins in the line). */
  private titleIsObjective(name: string, start: number, owner: Owner): void {
    const title = this.pendingTitle!;
    this.pendingTitle = undefined;
    this.addLabelNode({ kind: 'objective', title: name, titleStart: start }, title.line, title.indent, owner);
    this.titledObjectives.add(owner.node!);
  }

  /**
   * `**Engage Our Community:**` / `- Actively engage a partner in at least 50% of projects` / `- Boost participation by 25%`:
   * a bold title ending in a colon right over a measured flat list of plain items (`isMeasuredFlatList`), outside any
   * objective and naming no notes, nor under a heading naming notes (`## KPI Tree`), is the objective of the items.
   */
  private takeTitleOverList(list: List, owner: Owner): void {
    const title = this.pendingTitle;
    const bold = title && boldTitle(title.text);
    if (!title || !bold?.colon) return;
    const name = bold.name.trim();
    const objective = this.enclosingFor('kr', owner.node);
    // After the list of one such title, the next title starts the next objective.
    const afterTitledList = objective?.kind === 'objective' && this.titledObjectives.has(objective);
    if ((owner.implicit !== undefined && !afterTitledList) || (objective?.kind === 'objective' && !afterTitledList) || this.context.underObjective || namesNotes(`${name}:`) || EXPLAINS_A_LIST.test(name) || namesATimeMark(name) || namesNotes(this.innermostPlainHeading() ?? '') || !this.onlyBlankBetween(title.line, this.lineOf(list))) return;
    const items = list.children;
    if (this.isTaskList(list) || !items.every((item) => this.isPlainItem(item) && !this.declaresNode(item)) || !this.isMeasuredFlatList(items)) return;
    // `**Targets:**`, `**Targets (Week 1):**` over measured items: key results, the label no name of an objective.
    if (TARGETS_HEADING.test(name.replace(CLOSING_ASIDE, ''))) {
      this.pendingTitle = undefined;
      owner.implicit = 'kr';
      owner.labelled = true;
      return;
    }
    this.titleIsObjective(name, bold.start, owner);
  }

  /** Records text that looks like a node but was not read as one (with the colon it lacks after `KR 1.2`, `Objectif 2`, as its fix). */
  private noteUnread(line: number, start: number, text: string, where: 'heading' | 'label' | 'list item'): void {
    if (!looksLikeDeclaration(text) || isAboutANode(readNodeDeclaration(text))) return;
    const separator = KEYWORD_AND_ID.exec(text);
    const message = `This ${where} starts like a node but is not read as one: write the keyword, an optional id, a colon and the statement (\`Objective O1: …\`, \`KR1.2: …\`).`;
    const fix = separator ? { title: 'Add the colon after the id', range: { start: { line, character: start + separator[1]!.length }, end: { line, character: start + separator[1]!.length } }, newText: ':' } : undefined;
    this.noteUnreadAt(line, start, start + text.length, message, fix);
  }

  private noteUnreadAt(line: number, start: number, end: number, message: string, fix: UnreadText['fix']): void {
    this.unread.push({ message, range: { start: { line, character: start }, end: { line, character: end } }, ...(fix ? { fix } : {}) });
  }

  /** Reads check-in items up to the first item that declares a node; returns the items left. */
  private addCheckIns(items: ListItem[], kr: LineNode): ListItem[] {
    for (const [index, item] of items.entries()) {
      const line = this.lineOf(item);
      const { content, from, to } = checkInSource(this.lines.lineText(line));
      if (readNodeDeclaration(content)) return items.slice(index);
      const c = this.charsBefore(line);
      kr.checkIns.push(readCheckIn(content, line + this.placement.lines, from + c, to + c));
    }
    return [];
  }

  private lineOf(node: { position?: { start: { offset?: number } } }): number {
    return this.lines.positionAt((node.position?.start.offset ?? 0)).line;
  }

  private endLineOf(node: { position?: { end: { offset?: number } } }): number {
    return this.lines.positionAt((node.position?.end.offset ?? 0)).line;
  }
}

/**
 * A heading's text without its closing `#` sequence (`## Title ##`), an attribute list naming its anchor or classes
 * (`## Title {#title}`, `{: #title .wide}`) and trailing blanks. Not a regex over the whole: `/[ \t]+#+[ \t]*$/`
 * backtracks through every run of blanks, quadratic in a long one.
 */
export function withoutHeadingTrailer(text: string): string {
  return withoutStatusAfterBar(withoutClosingHashes(withoutAttributeList(text.trimEnd())));
}

/** `### We provide a schema | ACHIEVED`, `##### Roadmap as HTML | MUST DONE`: a state in capitals after a bar, no part of the name. */
const STATE_WORDS = /^(?:(?:MUST|SHOULD|MAY|WONT|WON'T)[ \t]+)?(?:ACHIEVED|COMMITTED|ASPIRATIONAL|DONE|TODO|IDEA|PLANNED|STARTED|ONGOING|DROPPED|BLOCKED|CANCELLED|CANCELED|WIP)$/;

function withoutStatusAfterBar(text: string): string {
  const bar = text.lastIndexOf('|');
  if (bar <= 0 || !/[ \t]/.test(text[bar - 1]!) || !STATE_WORDS.test(text.slice(bar + 1).trim())) return text;
  return text.slice(0, bar).trimEnd();
}

/** A heading line's name: its text without the `#` marks, its trailer and emphasis (`## **Q3 2024** ##` → `Q3 2024`). */
function headingName(line: string): string {
  return withoutHeadingTrailer(line.replace(/^\s{0,3}#{1,6}[ \t]*/, '')).replace(/[*_=`]/g, '').trim();
}

/** An attribute list is short: `{#id}`, `{: #id .class key=value}`. */
const ATTRIBUTE_LIST = /^\{:?[ \t]*[#.][^{}]{0,80}\}$/;

function withoutAttributeList(text: string): string {
  if (!text.endsWith('}')) return text;
  const open = text.lastIndexOf('{');
  if (open <= 0 || !/[ \t]/.test(text[open - 1]!) || !ATTRIBUTE_LIST.test(text.slice(open))) return text;
  return text.slice(0, open).trimEnd();
}


/** The objective a key result's dotted id names (`KR2.1` → `2`), or undefined for an id without one. */
function objectivePartOfId(id: string | undefined): string | undefined {
  return id === undefined ? undefined : /^(?:kr|key[ \t]*results?)?[ \t#-]*(\d{1,3})\.\d{1,3}$/i.exec(id)?.[1];
}

/** Rows of key results named by their ids alone, two or more, with dotted ids of two objectives or more and no objective. */
function indexesKeyResultsElsewhere(rows: readonly OkrTableRow[]): boolean {
  if (rows.length < 2 || rows.some((row) => row.objective !== undefined || row.objectiveOf !== undefined || row.krs.length !== 1 || row.krs[0]!.idAlone === undefined)) return false;
  const objectives = new Set(rows.map((row) => objectivePartOfId(row.krs[0]!.idAlone)));
  return !objectives.has(undefined) && objectives.size >= 2;
}

/**
 * `#### Key Result 1.2: Industry Recognition` / `**Target:** Named in 3 major analyst reports`: a target written as a
 * sentence of four words or more with a number in it, not opening with the number (`Target: 50 clients` is a level), states
 * what the key result named by its topic measures.
 */
function targetStatement(field: FieldLine): string | undefined {
  const value = field.value.replace(/^(?:\*\*|__)|(?:\*\*|__)$/g, '').trim();
  if (fieldKeyOf(field.key).name !== 'target' || !/^\p{L}/u.test(value) || value.split(/\s+/).length < 4) return undefined;
  return findQuantities(value).length > 0 ? value : undefined;
}

/**
 * One entry per distinct key as written (`Owner`, `Status`, …) however many plans write it:
 * the fields share its strings, and the canonical name is worked out once, not per field.
 */
const fieldKeys = new Map<string, FieldKey>();

function fieldKeyOf(written: string): FieldKey {
  let entry = fieldKeys.get(written);
  if (entry) return entry;
  if (fieldKeys.size >= 10_000) fieldKeys.clear();
  // Own copies: every field written with this key shares them, long after the text they came from is gone.
  const key = intern(ownCopy(written));
  const name = intern(ownCopy(canonicalFieldName(written)));
  entry = { key, name, known: fieldSpec(name) !== undefined };
  fieldKeys.set(key, entry);
  return entry;
}

/** The text of a line outside HTML comments (blanked), and whether a comment is still open after it. */
function outsideComments(text: string, inComment: boolean): [string, boolean] {
  let out = '';
  let at = 0;
  let open = inComment;
  while (at < text.length) {
    const next = text.indexOf(open ? '-->' : '<!--', at);
    if (next < 0) {
      if (!open) out += text.slice(at);
      break;
    }
    if (!open) out += text.slice(at, next);
    at = next + (open ? 3 : 4);
    open = !open;
  }
  return [out, open];
}

/** An HTML table cell on one line, and its content. */
/** The opening tag of an HTML table, as Markdown or MDX writes it (`<table>`, `<Table>`). */
const TABLE_OPEN = /<table\b/i;
const HTML_CELL = /<td\b[^<>]{0,200}>(.{0,500}?)<\/td>/gi;

/** A table cell that opens with an arrow, the mark of a child row (`<td>↳ Raise the open rate …</td>`). */
const ARROW_CELL = /<td\b[^>]{0,200}>\s{0,20}\u21b3/i;

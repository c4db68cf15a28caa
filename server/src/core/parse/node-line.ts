import { fieldOf, type NodeKind, type PlanNode, type Reference, type Range } from '../model';
import { parseQuantity } from './quantity';
import { memoByText } from './text-memo';

/** What a heading, list-item, table-cell or label-line text declares, with columns relative to the text. */
export interface NodeDeclaration {
  kind: NodeKind;
  id?: string;
  title: string;
  titleStart: number;
  /** The statement, when the title is only a name over it (`**KR1 — Normalization dataset**` with the key result on the next line). */
  statement?: string;
  /** The words written before the keyword, as read (`CEO` in `CEO KR: …`, `Company` in `Company objective: …`). */
  qualifier?: string;
}

/** A number spelled as a keyword's id (`Key result one:`, `Objective two —`): only right before the separator. */
const ID_WORDS: Record<string, string> = { one: '1', two: '2', three: '3', four: '4', five: '5', six: '6', seven: '7', eight: '8', nine: '9', ten: '10' };

/**
 * An id as writers write it after the keyword: `O1`, `1.2`, `2022.M1`, `KR-3`, `A` (one capital),
 * optionally after `#` or `No.`. Ids hold a digit, or are a single letter, or are a number spelled (`ID_WORDS`).
 */
const ID = String.raw`(?:(?:#\s*|no\.\s*)?(?<id>[A-Za-z]{0,3}[-]?\d[A-Za-z0-9]*(?:[.\-][A-Za-z0-9]+)*|[A-Za-z](?![\p{L}\p{N}]))|(?<wordId>${Object.keys(ID_WORDS).join('|')})(?=[ \t]*(?:[:：—–]|-[ \t])))`;

/** Keyword and id at the start of a declaration (after any bold marker). */
/** A tag in parentheses, ASCII or full-width, right before the separator (`(committed):`, `（商业目标）：`). */
const TAG = String.raw`(?:[ \t]*[(（](?<tag>[^()（）\n]{1,24})[)）](?=[ \t]*(?:[:：—–-]|\*\*|__|\*|_)))?`;
/** The id, then an optional tag in parentheses (`Objective 2 (committed):`). */
const ID_AND_TAG = String.raw`(?:[ \t]*${ID})?${TAG}`;

/**
 * The keywords in the languages plans are written in besides English: French, Spanish, Portuguese, Italian, German,
 * Russian, Ukrainian and Korean, and Turkish for key results (`**Objectif** : …`, `## Objetivo 1: …`, `Resultado-chave 2: …`,
 * `**Цель:** …`, `**Ключові результати:**`, `핵심 결과 1.1: …`). A key result's keyword is
 * singular; the plural names their group (`**Resultados clave:**`, `Risultati chiave`).
 */
/** The objective's keyword in the other languages: with a number alone after it (`Ziel: 40`), it names a key result's target. */
const OTHER_OBJECTIVE_WORDS = String.raw`objectif|objetivo|obiettivo|ziel|цель|ціль`;
export const OBJECTIVE_WORDS = String.raw`objective|${OTHER_OBJECTIVE_WORDS}`;
const OTHER_OBJECTIVE_WORD = new RegExp(String.raw`^(?:${OTHER_OBJECTIVE_WORDS})(?![\p{L}\p{N}])`, 'iu');
/**
 * The key result's keyword written out; Korean `핵심 결과` takes an id, since without one it also names their group. So
 * does Spanish and Portuguese `Meta`, with a number of a digit or two and a colon (`Meta 1:`, `**Meta 1.2:**`): alone it
 * names a key result's target (`Meta: 40%`), and `Meta 2025:` a year's.
 */
export const KR_NAME_WORDS = String.raw`key[ \t]+result|r[ée]sultat[- \t]+cl[ée]|resultado[- \t]+clave|resultado[- \t]chave|risultato[ \t]+chiave|schl[üu]sselergebnis|anahtar[ \t]+sonuç|ключевой[ \t]+результат|ключовий[ \t]+результат|핵심[ \t]*결과(?=[ \t]*\d)|meta(?=[ \t]*\d{1,2}(?:\.\d{1,2})?[ \t]*(?:\*\*|__)?[ \t]*[:：])`;
export const KR_WORDS = String.raw`kr|${KR_NAME_WORDS}`;
const KR_GROUP_WORDS = String.raw`r[ée]sultats[- \t]+cl[ée]s|resultados[- \t]+clave|resultados[- \t]chave|risultati[ \t]+chiave|schl[üu]sselergebnisse|anahtar[ \t]+sonuçlar[ıi]?|ключевые[ \t]+результаты|ключові[ \t]+результати|핵심[ \t]*결과|(?:метрики|критерии|показатели)[ \t]+успеха|(?:метрики|критерії|показники)[ \t]+успіху|indikator[ \t]+keberhasilan|m[ée]tricas[ \t]+de[ \t]+(?:[ée]xito|sucesso)|crit[ée]rios?[ \t]+de[ \t]+(?:[ée]xito|sucesso)|indicateurs[ \t]+de[ \t]+(?:succ[èe]s|r[ée]ussite)|crit[èe]res[ \t]+de[ \t]+(?:succ[èe]s|r[ée]ussite)|erfolgs(?:kriterien|kennzahlen|metriken)`;
const OBJECTIVES_WORDS = String.raw`objectifs|objetivos|obiettivi|ziele|цели|цілі`;
/** A year's, a quarter's or this period's goals in Chinese, Japanese or Korean (`2022年目标`, `年度目标`, `今年の目標`, `2025년 목표`). */
const CJK_GOALS_WORDS = String.raw`(?:(?:19|20)\d{2}[ 	]*(?:年度?|년)?[ 	]*|(?:Q[1-4]|H[12])[ 	]*)?(?:年度|年間|季度|四半期|半年度?|本季度|本年度?|今年の?|今期の?|연간|올해|분기|상반기|하반기)?[ 	]*(?:目标|目標|목표)`;
const INITIATIVE_WORDS = String.raw`initiative|iniciativa|iniziativa`;
const INITIATIVES_WORDS = String.raw`initiatives|iniciativas|iniziative`;
const MISSION_WORDS = String.raw`mission|misi[óo]n|miss[ãa]o|missione|ミッション|미션`;

/** The objective's keyword as a word (not the short `O1`), the only one qualifying words may come before. */
export const OBJECTIVE_KEYWORD = new RegExp(String.raw`^(?:${OBJECTIVE_WORDS})`, 'iu');

const KEYWORDS: { kind: NodeKind; re: RegExp }[] = [
  { kind: 'mission', re: new RegExp(String.raw`^(?:${MISSION_WORDS})(?:[ \t]+statement)?(?![\p{L}\p{N}])`, 'iu') },
  // `Objective/Outcome 1:`: a second name for the keyword after a slash.
  { kind: 'objective', re: new RegExp(String.raw`^(?:${OBJECTIVE_WORDS})(?:[ \t]*/[ \t]*[\p{L}]+)?(?![\p{L}\p{N}])${ID_AND_TAG}`, 'iu') },
  { kind: 'objective', re: new RegExp(String.raw`^(?<id>o[-\s]?\d+(?:[.-]\d+)*)(?![\p{L}\p{N}])${TAG}`, 'iu') },
  // `R0-O1: Establish semantic foundations`, `P2-O3`: an objective's number after its release's or phase's, in capitals.
  { kind: 'objective', re: new RegExp(String.raw`^(?<id>[A-Z]{1,2}\d{1,2}-O\d{1,2})(?![\p{L}\p{N}])${TAG}`, 'u') },
  // `Obj 3: Ingestion pipeline`, `Obj. 2 —`: the keyword cut short, always with its number.
  { kind: 'objective', re: /^obj\.?[ \t]*(?<id>\d{1,3}(?:\.\d{1,3})?)(?![\p{L}\p{N}])/iu },
  // `O: Grow the community`: the short label writers pair with `KR:`. Only a capital O right before a colon, so a
  // stray letter or an `o:` in prose stays prose.
  { kind: 'objective', re: /^O(?=[ \t]*[:：])/u },
  // `OKR 2: Grow the community`, `OKR-4: …` (not a year: `OKR-2024: Acme plan`): numbered OKRs are objectives with their key results. So is `OKR: make the docs easy
  // to keep current`, the label alone over a statement (`OKRs:` and `OKR stands for …` are no label).
  { kind: 'objective', re: /^okr(?:[ \t]*[#-]?[ \t]*(?<id>\d{1,3}))?(?![\p{L}\p{N}])(?=[ \t]*[:：—–.-][ \t]*[^@\s])/iu },
  // `### okr1 湖仓一体`: the number glued to `OKR`, as to `O1`, needs no separator; a year (`# OKR2024 Plan`) is no id.
  { kind: 'objective', re: /^okr(?<id>\d{1,2})(?![\p{L}\p{N}])(?=[ \t]+[^@\s])/iu },
  { kind: 'kr', re: new RegExp(String.raw`^(?:${KR_WORDS})(?![\p{L}])${ID_AND_TAG}`, 'iu') },
  { kind: 'initiative', re: new RegExp(String.raw`^(?:${INITIATIVE_WORDS})(?![\p{L}\p{N}])${ID_AND_TAG}`, 'iu') },
];

/**
 * A tag in brackets that is a statement, not a kind or a priority: two words or more (`(Grow MentraOS)`; not
 * `(committed)`, `(P0)`, `(draft)`).
 */
const STATEMENT_IN_TAG = /^(?!(?:committed|aspirational|stretch|learning|roofshot|moonshot|draft|wip|new|p\d)\b)\p{L}[\p{L}\p{N}'’&.-]*(?:[ \t]+[\p{L}\p{N}'’&.-]+)+$/iu;

/**
 * What may stand between the keyword (and id) and the statement: a colon, a dash, a full stop, a parenthesis, or a pipe
 * that is the line's only one (`O1 | Grow …`; `KR1 | Raise … | 20` is a table's row written without its outer pipes).
 */
const SEPARATOR = /^[ \t]*(?:[:：]|[—–]|-(?=[ \t])|[.)](?=[ \t])|\|(?=[ \t])(?![^|\n]*\|))[ \t]*/;
/** Emphasis around the keyword: bold (`**Objective:**`), or italic (`_Objective_:`). */
const BOLD = /^(\*\*|__|\*(?!\*)|_(?!_))(?=\S)/;

/**
 * Headings, labels and list items that announce a group of nodes, with up to two qualifying
 * words before them: `Key results`, `**KRs:**`, `Success criteria`, `We'll know we're successful
 * when:`, `Initiatives`, `Ultimate Objectives`, `Company OKRs`, `Objectives and key results`.
 */
const GROUPS: { kind: NodeKind; words: string }[] = [
  // `Goals and KPIs`, `Objectives & metrics`: objectives whose own nested items measure them.
  { kind: 'objective', words: String.raw`okrs?|objectives?[ \t]*(?:and|&)[ \t]*key[ \t]+results|(?:goals|objectives)[ \t]*(?:and|&)[ \t]*(?:kpis|metrics|measures|success[ \t]+metrics)|objectives|goals|${OBJECTIVES_WORDS}|${CJK_GOALS_WORDS}` },
  // `## KR` alone over a list names them as `## KRs` does (`KR: …` with a statement declares one).
  // `Key Outcomes`, `Desired outcomes`, `Success indicators`: outcome-based plans name their key results so; `Keyresults` is written as one word too.
  { kind: 'kr', words: String.raw`key[ \t]*results?|krs?|(?:key|desired|expected|target)[ \t]+outcomes|(?:success[ \t]+indicators?|indicators[ \t]+(?:of|for)[ \t]+success)(?:[ \t]+for[ \t]+(?:outcome|objective|goal)[ \t]*#?\d+)?|${KR_GROUP_WORDS}|success[ \t]+(?:criteria|metrics|measures)|measure(?:ment)?s[ \t]+of[ \t]+success(?:[ \t]+and[ \t]+expectations)?|what[ \t]+(?:done|success)[ \t]+looks[ \t]+like|we(?:'|’)?ll[ \t]+know[ \t]+we(?:'|’)?re[ \t]+successful[ \t]+(?:when|if)|how[ \t]+we(?:'|’)?ll[ \t]+measure(?:[ \t]+(?:our[ \t]+)?success)?|we(?:[ \t]+(?:would|will)|(?:'|’)d|(?:'|’)ll)[ \t]+consider[ \t]+(?:the|this|our)[ \t]+project[ \t]+(?:a[ \t]+)?success(?:ful)?[ \t]+(?:if|when)|we(?:[ \t]+will|(?:'|’)ll)[ \t]+measure[ \t]+(?:our[ \t]+)?(?:progress|success)(?:[ \t]+(?:on|against|towards?|in)[ \t]+(?:this|the|each|our)[ \t]+(?:mission|objective|goal|aim))?(?:[ \t]+by(?:[ \t]+(?:tracking|looking[ \t]+at|monitoring))?)?|measuring[ \t]+(?:your|our|the)[ \t]+(?:project(?:'|’)s[ \t]+)?success` },
  { kind: 'initiative', words: String.raw`${INITIATIVES_WORDS}|what[ \t]+we(?:'|’)?ll[ \t]+(?:ship|do|build)|(?:(?:key|planned)[ \t]+)?actions` },
];
const GROUP_RES = GROUPS.map(({ kind, words }) => ({
  kind,
  re: new RegExp(String.raw`^(?:(\*\*|__)[ \t]*)?(?:[\p{L}\p{N}][\p{L}\p{N}-]*[ \t]+){0,2}(?:${words})[ \t]*[:：]?[ \t]*(?:\1)?[ \t]*[:：]?[ \t]*$`, 'iu'),
}));

/** A non-breaking space, as a character or as the HTML entity a page written for the web keeps. */
const NON_BREAKING_SPACE = /&nbsp;|&#160;|&#xa0;|\u00a0/giu;

/** A word every group pattern holds. */
const GROUP_HINT = new RegExp(String.raw`results?|krs?|okr|objectives|goals|目标|目標|목표|success|done[ \t]+looks|initiatives|measure|outcomes|actions|we(?:'|’)?ll|${KR_GROUP_WORDS}|${OBJECTIVES_WORDS}|${INITIATIVES_WORDS}`, 'iu');

/** A name in bold and italic at once (`_**Primary Goals and KPIs:**_`, `***Goals***`): its emphasis is no part of it. */
const BOLD_AND_ITALIC = /^(?:_\*\*|\*\*_|\*\*\*|___)(.+?)(?:\*\*_|_\*\*|\*\*\*|___)$/;

/** `O:` alone on its line, the short label writers pair with `KR:`, over the objectives listed below it. */
const BARE_O_LABEL = /^[ \t]*(?:\*\*|__)?O[ \t]*[:：][ \t]*(?:\*\*|__)?[ \t]*$/u;

/** An aside in brackets closing a group's name, after a blank: ` (Need to Have)`, ` (Q3)`. */
const GROUP_ASIDE = / \([^()]{1,40}\)$/;

/** The kind of nodes a group heading, label or list item announces (`Key results` → `kr`), if the text is one. */
export function readGroupDeclaration(text: string): NodeKind | undefined {
  if (BARE_O_LABEL.test(text)) return 'objective';
  // Most lines name no group: one cheap look for a group word spares the full patterns.
  if (!GROUP_HINT.test(text)) return undefined;
  // Runs of blanks collapsed first: the patterns' blanks around optional colons and emphasis backtrack through every
  // split of a long run (`## Key Results` and 1,000 blanks took 36 s).
  // A page written for the web keeps its non-breaking spaces as entities (`Key&nbsp;Results`).
  let trimmed = text.replace(NON_BREAKING_SPACE, ' ').trim().replace(/[ \t]+/g, ' ');
  trimmed = trimmed.slice(decorationLength(trimmed)).replace(BOLD_AND_ITALIC, '$1');
  return GROUP_RES.find(({ re }) => re.test(trimmed))?.kind;
}

/** A period closing a group's name: ` for 2025`, ` 2025`, ` for Q3 2024`, ` for the year 2025`, ` 2024-2025`, ` for FY26`. */
const PERIOD_AFTER_GROUP = /[ \t](?:(?:for|in|of)[ \t])?(?:the[ \t](?:year[ \t])?)?(?:(?:Q[1-4]|H[12])[ \t])?(?:FY[ \t]?\d{2,4}|(?:19|20)\d{2}(?:[ \t]?[-–/][ \t]?(?:19|20)?\d{2})?|Q[1-4]|H[12]|(?:season|sprint|cycle|term|semester|phase)[ \t]?\d{1,2})(?:[ \t](?:Q[1-4]|H[12]))?[ \t]?[:：]?$/i;

/**
 * The kind of nodes a heading announces: as `readGroupDeclaration`, and with an aside closing the name, which qualifies
 * the group it names (`## Core Goals (Need to Have)`, `### Key Results (Q3)`), or the period it is for (`## Goals for
 * 2025`). A list item's aside (`- Publish team goals (by week 2)`) is its statement's.
 */
export const readGroupHeading = memoByText(readGroupHeadingAnew);

function readGroupHeadingAnew(text: string): NodeKind | undefined {
  const written = readGroupDeclaration(text);
  if (written !== undefined) return written;
  // Runs of blanks collapsed first: a blank run before the aside would be tried from each of its blanks.
  const collapsed = text.trim().replace(/[ \t]+/g, ' ');
  if (collapsed.endsWith(')')) {
    const named = collapsed.replace(GROUP_ASIDE, '');
    return named.endsWith(')') ? undefined : readGroupDeclaration(named);
  }
  // `## Goals for 2025`, `## Objectives for H1 2026`, `## Key Results for Season 2`: the period a group is for, after its name, leaves it that group
  // (`# OKRs for Q3 2018` heads a set of OKRs, read by its own shapes).
  const period = PERIOD_AFTER_GROUP.exec(collapsed);
  const head = period ? collapsed.slice(0, period.index) : undefined;
  return head && !/\bokrs?\b/i.test(head) ? readGroupDeclaration(head) : undefined;
}

/**
 * Words that may qualify a keyword before it: a level (`Company objective:`, `Team key result:`),
 * a role (`CEO KR:`), a status tag or emoji code (`!WIP! :construction_worker: Objective:`).
 * With a qualifier, the keyword must be followed by its separator.
 */
const QUALIFIER_WORD = /^(?:![\p{L}\p{N}]+!|:[a-z0-9_+-]+:|\[[^\]\n]{1,20}\]|[\p{L}\p{N}][\p{L}\p{N}&/.'’-]*)[ \t]+/iu;
const MAX_QUALIFIERS = 3;
/** A word in Arabic or Hebrew script (Persian, Urdu…). */
const RIGHT_TO_LEFT_WORD = /^[\p{Script=Arabic}\p{Script=Hebrew}]/u;
/** `and` joining two capitalised words of an area's name before a keyword (`Equity and Social Justice Key Result A:`). */
const AREA_JOINER = /^and[ \t]+$/;
/** A keyword after one to four words (three, and `and` joining two of them): the only texts worth trying qualifiers on. */
const QUALIFIED_HINT = /^\S*(?:[ \t]+\S+){0,3}?[ \t]+(?:\*\*|__|\*|_)?(?:objective|okr|kr|key[ \t]+result|initiative|mission)/i;
/** Words that make the keyword prose rather than a label (`Not an objective:`, `The key result:`, `One owner per objective.`, `confianza actual por KR.`, prepositions and articles of other languages too), and the keywords themselves. */
const NOT_QUALIFIERS = /^(?:objective|kr|key|initiative|mission|not|no|non|never|an?|the|this|that|these|those|each|every|any|which|what|why|how|is|was|per|of|for|by|in|on|to|with|from|one|and|or|as|at|por|para|de|del|con|en|el|la|los|las|cada|pelo|pela|da|do|par|pour|du|des|les|pro|für|je|von|und|oder|der|die|das)(?![\p{L}\p{N}])/iu;

/**
 * Reads a node keyword at the start of a heading, list-item or label text, in the forms plans
 * are written in: `Objective O1: …`, `O1: …`, `O-1 — …`, `Objective 2022.M1: …`, `KR 1.2: …`,
 * `KR A: …`, `Key Result: …`, `**Objective:** …`, `**KR 1.2** — …`, `**Objective 1: …**`.
 * An id glued to its keyword (`KR1.2 Raise …`, `O1 Grow …`) needs no separator; otherwise one of
 * `:`, a dash, `.` or `)` must follow.
 */
export const readNodeDeclaration = memoByText(readNodeDeclarationAnew);

function readNodeDeclarationAnew(text: string): NodeDeclaration | undefined {
  const lead = decorationLength(text);
  if (lead) {
    const declaration = readUndecorated(text.slice(lead));
    return declaration && { ...declaration, titleStart: declaration.titleStart + lead };
  }
  return readUndecorated(text);
}

/**
 * `### Goal #1: Fully implemented focus areas`, `#### G3 - By the end of 2024, …`: a goal heading with its number is an objective, where no objective
 * heading is above it. A goal label (`**Goal:** …`, `* Goal: …`) names objectives as often as key results and is read
 * by where it stands; a numbered goal heading opens a section of its own, as objectives do.
 */
const GOAL_HEADING = /^(?:goal[ \t]*(?:#[ \t]*)?|g(?=\d))(\d{1,2})(?!\d|\.\d)[ \t]*(?:[:：.—–]|-(?=[ \t]))[ \t]*(?=\S)/i;
/** `(1) Goal: Community outreach`, `1. Goal – …`: the number before the word. */
const NUMBER_BEFORE_GOAL = /^(?:\((\d{1,2})\)|(\d{1,2})[.)])[ \t]+goal[ \t]*(?:[:：—–]|-(?=[ \t]))[ \t]*(?=\S)/i;

/** `Goal: Attract readers`: the word and a separator, no number; a goal only among others so written (`inSeries`). */
export const UNNUMBERED_GOAL = /^goal[ \t]*(?:[:：—–]|-(?=[ \t]))[ \t]*(?=\S)/i;

/**
 * `23Q1: Demonstrate dataset provision`, `Q3 2024 – Grow the community`: a quarter (or a half) and its aim; an objective
 * only among others so written (`inSeries`).
 */
export const QUARTER_AIM = /^(?:\d{2}[ \t]?(?:q[1-4]|h[12])|(?:q[1-4]|h[12])(?:[ \t]*['’]?(?:19|20)?\d{2})?|(?:19|20)\d{2}[ \t-]?(?:q[1-4]|h[12])|fy[ \t]?\d{2,4}[ \t-]?(?:q[1-4]|h[12]))[ \t]*(?:[:：—–]|-(?=[ \t]))[ \t]*(?=\S)/i;

export function readGoalHeading(text: string, inSeries = false): NodeDeclaration | undefined {
  const unnumbered = inSeries ? (UNNUMBERED_GOAL.exec(text) ?? QUARTER_AIM.exec(text)) : null;
  if (unnumbered) return { kind: 'objective', title: text.slice(unnumbered[0].length).trimEnd(), titleStart: unnumbered[0].length };
  const before = NUMBER_BEFORE_GOAL.exec(text);
  if (before) return { kind: 'objective', id: `O${before[1] ?? before[2]}`, title: text.slice(before[0].length).trimEnd(), titleStart: before[0].length };
  const goal = GOAL_HEADING.exec(text);
  const title = goal ? text.slice(goal[0].length).trimEnd() : '';
  // `G1 - Concept approval` names a stage gate: the short form numbers a goal only before a statement of five words or more.
  if (!goal || (/^g\d/i.test(goal[0]) && title.split(/\s+/).length < 5)) return undefined;
  return { kind: 'objective', id: `O${goal[1]}`, title, titleStart: goal[0].length };
}

/**
 * Emoji and other pictographs writers put before a heading, item or label (`## 🎯 Objective 1: …`, `### 📈 Key results`,
 * `## ➡️ Grow the community`), with their variation selectors, joiners and skin tones: decoration, no part of the text.
 */
const DECORATION = /^[\p{Extended_Pictographic}\u{FE0F}\u{200D}\p{Emoji_Modifier}\u{1F1E6}-\u{1F1FF}]+[ \t]*(?=\S)/u;

/**
 * A status badge written as an HTML span before a key result (`<span class='label'><i class='fa fa-check'></i>
 * ACHIEVED</span> Key Result 1.1: …`): how it went, no part of the statement. Its content is bounded and holds no span.
 */
const HTML_BADGE = /^<span\b[^<>]{0,200}>(?:(?!<\/?span\b)[^\n]){0,200}?<\/span>[ \t]*(?=\S)/i;

/**
 * `Example: Objective – Improve Math Skills`, `E.g.: KR: …`: a lead saying that the node shows how to write one, as a
 * guide's worked examples do; the node is declared after it as without it.
 */
const EXAMPLE_LEAD = /^(?:for[ \t]+example|example|e\.g\.|sample)[ \t]*[:：][ \t]*(?=(?:\*\*|__)?(?:objective|key[ \t]+result|kr|initiative)(?![\p{L}]))/iu;

/** How many columns of decoration open `text` (0 when none). */
export function decorationLength(text: string): number {
  return (DECORATION.exec(text) ?? (text.startsWith('<') ? HTML_BADGE.exec(text) : EXAMPLE_LEAD.exec(text)))?.[0].length ?? 0;
}

function readUndecorated(text: string): NodeDeclaration | undefined {
  if (speaksOfOtherNodes(text)) return undefined;
  const bracketed = BRACKETED_KEYWORD.exec(text);
  if (bracketed) return { kind: bracketed[1] ? 'objective' : bracketed[2] ? 'kr' : 'initiative', title: text.slice(bracketed[0].length).trimEnd(), titleStart: bracketed[0].length };
  // Most lines hold no keyword at all: one cheap look for one spares every keyword and qualifier pattern.
  if (!KEYWORD_HINT.test(text)) return undefined;
  // `(KR4) Raise …`, `[O1] Grow …`: the keyword and its id in brackets declare as they do bare; the brackets shift the statement.
  const enclosed = BRACKETED_ID.exec(text);
  const declared = enclosed ? readDeclarationAt(`${enclosed[1]!}: x`, 0, false) : undefined;
  if (enclosed && declared?.id) {
    const separator = /^[ \t]*(?:[:：—–]|-(?=[ \t]))?[ \t]*/.exec(text.slice(enclosed[0].length))![0];
    const start = enclosed[0].length + separator.length;
    if (/[:：—–-]/.test(separator) || STATEMENT_OPENING.test(text.slice(start))) return { kind: declared.kind, id: declared.id, title: text.slice(start).trimEnd(), titleStart: start };
  }
  // `` `KR-1-1` 完成…``, `` `O-1` **Title** ``: the id written as code declares as it does bare; the two backticks shift the statement.
  const coded = CODE_ID.exec(text);
  if (coded) {
    const declared = readDeclarationAt(coded[1]! + text.slice(coded[0].length), 0, false);
    if (declared?.id) return { ...declared, titleStart: declared.titleStart + 2 };
  }
  return readDeclarationAt(text, 0, false) ?? readQualified(text);
}

/**
 * `[Objective] Make … easy to debug`, `[Key Result] Cut …`, `[KeyResult] Ship …`: the keyword in square brackets labels
 * the node, with no separator after it, also with a slip of one letter in "key" (`[Ket Result]`). A link (`[Objective](#o1)`) or a tag (`[P0]`) is no such label.
 */
const BRACKETED_KEYWORD = /^\[[ \t]*(?:(objective)|((?:ke[a-z]|k[a-z]y)[ \t]*result|kr)|(initiative))[ \t]*\](?!\()[ \t]*(?=\S)/i;

/** A statement's first character: a capital, a letter of a script with no case (CJK), or a number. */
const STATEMENT_OPENING = /^[\p{Lu}\p{Lo}\d]/u;

/**
 * A keyword and its id in round or square brackets at the start of a line (`(KR4)`, `[O1]`, `[Objective 1]`, `[KR 1.2]`),
 * before a separator or a statement opening with a capital, a CJK character or a number; a link (`[O1](#o1)`) or prose
 * (`(KR3) is late.`) is none.
 */
const BRACKETED_ID = /^[[(]((?:kr|key[ \t]*result|o|obj\.?|objective|initiative)[ \t]*(?:[-#][ \t]*)?\d{1,3}(?:[.-]\d{1,3}){0,3})[\])](?=[ \t]*\S)/iu;

/**
 * An id with its keyword glued to it, written as inline code at the start of a line (`` `KR-1-1` ``, `` `O2` ``), before a
 * separator, bold, or a statement opening with a capital, a CJK character or a number (`` `O1` is owned by Ana `` is prose).
 */
const CODE_ID = /^`((?:[Kk][Rr]|[Oo])[-.]?\d{1,3}(?:[-.]\d{1,3}){0,3})`(?=[ \t]*(?:[:：—–-][ \t]|\*\*|__)|[ \t]+[\p{Lu}\p{Lo}\d])/u;

/** A word every declaration holds: a keyword, a short id (`O1`, `O-1`, `Obj 1`) or the short label `O:`. */
const KEYWORD_HINT = new RegExp(String.raw`${MISSION_WORDS}|${OBJECTIVE_WORDS}|okr|${KR_WORDS}|${INITIATIVE_WORDS}|o[-\s]?\d|o[ \t]*[:：]|obj\.?[ \t]*\d`, 'iu');

/** `Company objective: …`, `**CEO KR:** …`: a keyword after qualifying words, with its separator. */
function readQualified(text: string): NodeDeclaration | undefined {
  if (!QUALIFIED_HINT.test(text)) return undefined;
  const bold = BOLD.exec(text)?.[1];
  const at = bold ? bold.length : 0;
  let length = 0;
  let capitalised = false;
  for (let words = 0; words < MAX_QUALIFIERS; words++) {
    const word = QUALIFIER_WORD.exec(text.slice(at + length));
    if (!word) return undefined;
    // `Equity and Social Justice Key Result A:`: `and` between capitalised words joins the parts of an area's name, and
    // counts as no qualifier of its own.
    if (capitalised && AREA_JOINER.test(word[0]) && /^\p{Lu}/u.test(text.slice(at + length + word[0].length))) {
      length += word[0].length;
      words--;
      capitalised = false;
      continue;
    }
    // `وابستگی به KR1:` ("depends on KR1:"): words of a right-to-left script before the Latin keyword are a sentence about it.
    if (NOT_QUALIFIERS.test(word[0]) || RIGHT_TO_LEFT_WORD.test(word[0])) return undefined;
    capitalised = /^\p{Lu}/u.test(word[0]);
    length += word[0].length;
    const declaration = bold
      ? readDeclarationAt(text.slice(0, at) + text.slice(at + length), 0, true, length, at)
      : readDeclarationAt(text, length, true);
    if (declaration) return { ...declaration, qualifier: text.slice(at, at + length).trimEnd() };
  }
  return undefined;
}

/**
 * The declaration whose keyword starts at `from` (after a bold marker, if the text opens with one).
 * `shift`/`shiftAt`: columns cut out of the text at `shiftAt` (a qualifier inside the bold), added back to `titleStart`.
 */
function readDeclarationAt(text: string, from: number, needsSeparator: boolean, shift = 0, shiftAt = 0): NodeDeclaration | undefined {
  const bold = from === 0 ? BOLD.exec(text)?.[1] : undefined;
  const at = bold ? bold.length : from;
  const after = text.slice(at);
  for (const { kind, re } of KEYWORDS) {
    const m = re.exec(after);
    if (!m) continue;
    if (needsSeparator && kind === 'objective' && !OBJECTIVE_KEYWORD.test(m[0])) continue;
    const wordId = m.groups?.wordId;
    const idText = m.groups?.id ?? (wordId === undefined ? undefined : ID_WORDS[wordId.toLowerCase()]);
    let rest = at + m[0].length;
    /** Where a statement inside the bold ends (`**Objective 1: …**`, `**Key result: … .** remarks`). */
    let statementEnd: number | undefined;
    if (bold) {
      const close = closeBold(text, rest, bold);
      if (close === undefined) continue;
      ({ start: rest, end: statementEnd } = close);
    } else {
      const separator = SEPARATOR.exec(text.slice(rest));
      if (separator) rest += separator[0].length;
      else if (!needsSeparator && idText && kind !== 'mission' && /^[ \t]+\S/.test(text.slice(rest)) && gluedId(m[0])) rest += /^[ \t]+/.exec(text.slice(rest))![0].length;
      else continue;
    }
    const title = text.slice(rest, statementEnd).trimEnd();
    // `**Company Objective 1 (Grow MentraOS):**` with nothing after it: the words in brackets are the statement.
    const tag = m.groups?.tag;
    // Only after qualifying words (`Company Objective 1 (…)`): the objective of another plan, named for reference, its
    // figures on the next line. `**Objective 1 (High priority):**` over its statement keeps the tag a tag.
    if (kind === 'objective' && tag && !title && needsSeparator && STATEMENT_IN_TAG.test(tag)) {
      const tagStart = at + m[0].lastIndexOf(tag);
      // The id is the other plan's numbering: this plan numbers the objective as its own.
      return { kind, title: tag, titleStart: tagStart + (tagStart >= shiftAt ? shift : 0) };
    }
    // `Ziel: 40`, `Objetivo: 40%` under a key result: the other languages' objective word names its target too.
    if (kind === 'objective' && !idText && OTHER_OBJECTIVE_WORD.test(m[0]) && parseQuantity(title) !== undefined) continue;
    // `**Objective**` on its own labels what follows; it declares nothing.
    if (bold && !title && !/[:：]/.test(text.slice(at, rest))) continue;
    // `OKR — Active objectives & key results`: the label over the name of the set is a title, no objective.
    // `# OKR — Q3 2026`: the label over a period is the page's title, no objective.
    if (!idText && /^okr/i.test(m[0]) && (readGroupDeclaration(title) !== undefined || namesOnlyPeriod(title))) continue;
    const declaration: NodeDeclaration = { kind, title, titleStart: rest + (rest >= shiftAt ? shift : 0) };
    if (kind === 'mission') declaration.id = 'mission';
    else if (idText) declaration.id = normalizeId(kind === 'kr' ? `KR${idText}` : idText, kind);
    return declaration;
  }
  return undefined;
}

/**
 * A quarter, a half, a year or a program increment alone, maybe with its grade or a count of how it went in brackets
 * (`Q4 2023 (57%)`, `2020 Q4`, `H1 2020 (0.6)`, `2022`, `PI 26.3 (8 original objectives; 4 closed as completed)`).
 */
const ONLY_PERIOD = /^(?:(?:Q[1-4]|H[12])[\s-]*(?:(?:19|20)\d{2}|FY\d{2})|(?:(?:19|20)\d{2}|FY\d{2})[\s-]*(?:Q[1-4]|H[12])|(?:19|20)\d{2}|FY\d{2}|PI[\s-]?\d{1,2}(?:\.\d{1,2})?)(?:\s*\(\s*\d+(?:[.,]\d+)?\s*%?\s*\)|\s*\(\s*\d+[ \t]+[^()]{1,120}\))?$/i;

/** Whether a summary's text names only a quarter, a half or a year (with its grade, maybe): a period, not an objective. */
export function namesOnlyPeriod(text: string): boolean {
  return ONLY_PERIOD.test(text.trim());
}

/** `KR1.2`, `O1`, `KR-3`: an id written against its keyword, so a space can end it. */
function gluedId(written: string): boolean {
  return /^(?:kr|o|okr)-?\d/i.test(written);
}

/**
 * Where the statement starts after a bold keyword: `**Objective:** …`, `**KR 1.2** — …`, `**Objective 1**: …`; or inside
 * the bold, with where it ends, when the bold runs to the end (`**Objective 1: …**`) or closes on the statement's full stop
 * before remarks on it (`**Key result: Days below target weight.** After losing quite a bit …`).
 */
function closeBold(text: string, from: number, bold: string): { start: number; end?: number } | undefined {
  let at = from;
  const before = /^[ \t]*(?:[:：.—–-][ \t]*)?/.exec(text.slice(at))![0];
  if (text.startsWith(bold, at + before.length)) {
    at += before.length + bold.length;
    const after = SEPARATOR.exec(text.slice(at)) ?? /^[ \t]*/.exec(text.slice(at))!;
    return { start: at + after[0].length };
  }
  const separator = SEPARATOR.exec(text.slice(at));
  if (!separator) return undefined;
  const start = at + separator[0].length;
  const trimmed = text.trimEnd();
  if (trimmed.endsWith(bold)) return { start, end: trimmed.length - bold.length };
  const close = text.indexOf(bold, start);
  if (close <= start || !/[.!?]$/.test(text.slice(start, close)) || !/^[ \t]+\S/.test(text.slice(close + bold.length))) return undefined;
  return { start, end: close };
}

/**
 * A numbered key result written as a paragraph line or heading under an objective:
 * `1.1 Raise …`, `2.3. Cut …`, `1.2) Grow …`. The number becomes its id (`KR1.1`).
 */
export function readNumberedKr(text: string): NodeDeclaration | undefined {
  const m = /^(\d{1,3}(?:\.\d{1,3})+[a-z]?)\.?[)]?[ \t]+(?=\S)/.exec(text);
  if (!m) return undefined;
  return { kind: 'kr', id: `KR${m[1]}`, title: text.slice(m[0].length).trimEnd(), titleStart: m[0].length };
}

/**
 * `1.Cloud cost`, `2. Deployment frequency …` inside a paragraph, where Markdown makes no list of
 * them (no space after the number, or a number other than 1 interrupting a paragraph).
 */
export function readNumberedLine(text: string): NodeDeclaration | undefined {
  const m = /^\d{1,2}[.)][ \t]*(?=\p{L})/u.exec(text);
  return m ? { kind: 'kr', title: text.slice(m[0].length).trimEnd(), titleStart: m[0].length } : undefined;
}

const LOOKS_DECLARED = new RegExp(String.raw`^(?:${OBJECTIVE_WORDS}|${KR_WORDS}|${INITIATIVE_WORDS})(?![\p{L}])[ \t]*(?:[-#(:：—–.]|[A-Za-z]{0,3}\d|$|\*\*|__)`, 'iu');

/**
 * Text that starts like a node but was not read as one: the keyword at the start of a heading,
 * label or list item, followed by an id, a separator or nothing. Prose that merely begins with
 * the word ("KR owners meet weekly") does not count.
 */
export function looksLikeDeclaration(text: string): boolean {
  const plain = text.replace(/^(?:\*\*|__)/, '');
  return LOOKS_DECLARED.test(plain) && readGroupDeclaration(text) === undefined && !speaksOfOtherNodes(text);
}

/**
 * `O1 安装量 > O2 内容库 > O5 导流`: the objectives ranked by their ids, a line about them, no objective of its own. An id
 * with a colon after it opens an objective, whatever arrow its statement holds (`O1: Grow signups (hand-off -> O2)`).
 */
const RANKS_OBJECTIVES = /^O-?\d+(?![\p{N}])(?![ \t]*[:：])[^>＞:：\n]{0,60}[>＞][ \t]*O-?\d/u;

/** An objective's or a key result's id as written to name it, maybe in bold: `KR1`, `**O2**`, `KR 1.1`, `KR-3`. */
// A key result's id may carry its objective's first (`O2-KR1`, `O2 KR1`).
export const NODE_ID_WRITTEN = String.raw`(?:\*\*|__)?(?:O[ \t-]?\d{1,3}[ \t-]?(?=KR))?(?:O|KR)[ \t-]?\d{1,3}(?:\.\d{1,3})*(?:\*\*|__)?`;

/**
 * `KR1 --> Company O2 KR2 (All client SEO scores at 80+)`: a node's id, then an arrow to what it serves, a line mapping the
 * node declared above to another, no node of its own.
 */
const LINKS_A_NODE = new RegExp(String.raw`^${NODE_ID_WRITTEN}[ \t]*(?:-{1,2}>|={1,2}>|→|⟶|➔|➜)`, 'iu');

/** A line about nodes declared elsewhere, ranking them or mapping one to another: it declares none. */
function speaksOfOtherNodes(text: string): boolean {
  return RANKS_OBJECTIVES.test(text) || LINKS_A_NODE.test(text);
}

const PREFIX: Record<NodeKind, string> = { mission: '', objective: 'O', kr: 'KR', initiative: 'I' };

/**
 * The canonical form of an id as written: `kr 1.2` → `KR1.2`, `Objective o1` → `O1`,
 * `key result 1.2` → `KR1.2`. Unknown shapes are kept, upper-cased and without spaces.
 */
export function normalizeId(text: string, kindHint?: NodeKind): string {
  const t = text.trim().replace(/\s+/g, ' ');
  if (/^mission$/i.test(t)) return 'mission';
  let m = /^(?:objective ?)?o ?-?(\d+)$/i.exec(t);
  if (m) return `O${m[1]}`;
  m = /^(?:kr|key ?results?) ?-?(\d+(?:\.\d+)*)$/i.exec(t);
  if (m) return `KR${m[1]}`;
  m = /^(?:initiative ?)?i ?(\d+(?:\.\d+)*)$/i.exec(t);
  if (m) return `I${m[1]}`;
  m = /^(\d+(?:\.\d+)*)$/.exec(t);
  if (m && kindHint) return `${PREFIX[kindHint]}${m[1]}`;
  return t.replace(/ /g, '').toUpperCase();
}

/** Ids compare case-insensitively. */
export function idKey(id: string): string {
  return id.toLowerCase();
}

/** A key of up to three words, in any alphabet (`Owner`, `Measured by`, `Valeur initiale`, `현재 상태`). */
const FIELD_KEY = String.raw`\p{L}[\p{L}\p{N}_-]*(?: [\p{L}\p{N}_-]+){0,2}`;
const FIELD_LINE = new RegExp(String.raw`^(${FIELD_KEY})[ \t]*:(?!\/\/)[ \t]*(.*)$`, 'u');

export interface FieldLine {
  key: string;
  value: string;
  keyStart: number;
  valueStart: number;
}

/** `**Owner:** …` and `**Owner**: …`: a key in bold. */
const BOLD_FIELD_LINE = new RegExp(String.raw`^(\*\*|__)(${FIELD_KEY})[ \t]*(?::\1|\1[ \t]*:)(?!\/\/)[ \t]*(.*)$`, 'u');

/** Reads `Key: value` (or a bold `**Key:** value`) from a line's text (already without list marker). */
export function readFieldLine(text: string): FieldLine | undefined {
  const bold = BOLD_FIELD_LINE.exec(text);
  if (bold) return { key: bold[2]!, value: bold[3]!.trimEnd(), keyStart: bold[1]!.length, valueStart: text.length - bold[3]!.length };
  const m = FIELD_LINE.exec(text);
  if (!m) return undefined;
  const value = m[2]!.trimEnd();
  return { key: m[1]!, value, keyStart: 0, valueStart: text.length - m[2]!.length };
}

/** A bold label that introduces what follows (`**Notes**`, `**Tracking:**`, `**Owner:** …`): never a node by its place alone. */
export function isBoldLabel(text: string): boolean {
  return /^(\*\*|__)[^*_]+?(?:\1[ \t]*(?::|$)|:[ \t]*\1)/.test(text);
}

const MARKDOWN_LINK = /^\[(?:[^\]\\]|\\.)*\]\(\s*<?([^)>\s]*)>?(?:\s+"[^"]*")?\s*\)$/;

/** The `Parent:` reference a node declares, if any (an empty value is a reference to nothing, kept for its range). */
export function parentReferenceOf(node: PlanNode): Reference | undefined {
  const field = fieldOf(node, 'parent');
  return field ? readReference(field.value, field.range) ?? { raw: '', range: field.range } : undefined;
}

/** Reads a `Parent:` value or a front-matter `parent`: bare id, `path#id`, or a Markdown link to either. */
export function readReference(raw: string, range: Range): Reference | undefined {
  let target = raw.trim();
  if (!target) return undefined;
  const link = MARKDOWN_LINK.exec(target);
  if (link) target = link[1]!;
  else if (target.startsWith('<') && target.endsWith('>')) target = target.slice(1, -1);
  target = target.replace(/^`|`$/g, '');
  const hash = target.indexOf('#');
  let path: string | undefined;
  let id: string | undefined;
  if (hash >= 0) {
    path = target.slice(0, hash) || undefined;
    id = safeDecode(target.slice(hash + 1)) || undefined;
  } else if (/[/\\]|\.md$/i.test(target)) {
    path = target;
  } else {
    id = target;
  }
  const ref: Reference = { raw: raw.trim(), range };
  if (path) ref.path = safeDecode(path);
  if (id) ref.id = normalizeId(id);
  return ref;
}

function safeDecode(text: string): string {
  if (!text.includes('%')) return text;
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

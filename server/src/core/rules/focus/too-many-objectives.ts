import type { Rule } from '../types';
import { nodesOfKind, type Plan, type PlanNode } from '../../model';
import { LineIndex } from '../../parse/positions';
import { withoutHeadingTrailer } from '../../parse/parser';
import { BARE_PERIOD_HEADING, PERIOD_HEADING, YEAR_HEADING } from '../../period';
import { decorationLength, namesOnlyPeriod } from '../../parse/node-line';
import { objectiveRuns } from '../helpers/numbering-runs';

/**
 * A heading that gives the objectives under it to one team or person (`## Team OKRs`, `### 1. OKR: @maria`,
 * `#### Business Planning WG`, `### <TeamMember name="…" />`), or names one example of a set (`### Example 2`, `## Sales
 * Examples`): a file of several such sets is several plans.
 */
const OWNER_HEADING = /@[\w-]+|<TeamMember\b|\bteam\b|\bokrs?\b|\bwg\b|working group|\bsquad\b|\bdepartment\b|\b(?:personal|individual)\s+(?:okrs?|objectives|goals)\b|\bexamples?\b|\bsamples?\b/i;

/** An example's heading (`### Example 2`): named again under each function, it is told apart by the heading above it. */
const EXAMPLE_HEADING = /\b(?:examples?|samples?)\b/i;

/** A heading over what the team takes on only if the plan is done: `## Stretch Goals`, `### Stretch objectives`. */
const STRETCH_HEADING = /^stretch(?:[ \t]+(?:goals?|objectives?|okrs?))?$/i;

/** Lines that are only a bold name, as a period written between sets (`**2019 Q1**`), found in one search of the text. */
const BOLD_NAME_LINES = /(?<![^\r\n])[ \t]{0,3}(?:\*\*|__)([^*_\r\n]{1,40})(?:\*\*|__)[ \t]*(?![^\r\n])/g;

/** A heading that opens with a quarter or half and names the set it holds (`## Q2 Objectives`, `## Q1 OKRs (Quarter End Review)`). */
const QUARTER_SET_HEADING = /^(?:Q[1-4]|H[12])[ \t]+(?:[\p{L}/&-]+[ \t]+){0,2}(?:okrs?|objectives|goals)\b/iu;

/** A heading naming a sprint, an iteration or a program increment (`## Sprint: Akhlut (1/3/24)`, `## PI 26.3`): a period of its own. */
const INCREMENT_HEADING = /^(?:sprint|iteration|pi|program[ \t]+increment)(?:[ \t]*[:#-][ \t]*|[ \t]+)(?=[\p{L}\p{N}])/iu;

/** A heading over a release's or a phase's set (`### R1 Objectives (Sep-Nov 2026)`, `## Phase 2 goals`): a period of its own. */
const RELEASE_SET_HEADING = /^(?:R\d{1,2}|release[ \t]+[\p{L}\p{N}.]+|phase[ \t]+\d{1,2}|stage[ \t]+\d{1,2}|milestone[ \t]+\d{1,2})[ \t]+(?:objectives|okrs?|goals)\b/iu;

/** A heading over the plan for a year (`# Planning for 2019`, `## 2020 Goals`): a review of the year before it is another set. */
const YEAR_PLAN_HEADING = /^(?:(?:planning|plans?|goals|okrs?|objectives|resolutions|looking[ \t]+ahead)[ \t]+(?:for|to|in)[ \t]+(?:19|20)\d{2}|(?:19|20)\d{2}[ \t]+(?:planning|plans?|goals|okrs?|objectives|resolutions))$/i;

/**
 * The plan's objectives grouped by the nearest heading above each that names an owner, and by the nearest that
 * names a period (`undefined`: none does).
 */
function objectivesByOwnerSection(plan: Plan): Map<string | undefined, PlanNode[]> {
  // A resting plan works its sections out from its text at each ask: asked once.
  const sections = plan.sections;
  const lines = new LineIndex(plan.text);
  // A heading that declares a node (`## Objective: Ship it by Q3 2025`) is that node, not a period or a team.
  const nodeLines = new Set(plan.nodes.map((n) => n.range.start.line));
  const open: { depth: number; text: string; owner?: string; period?: string; year?: string; stretch?: boolean; line: number }[] = [];
  const ownerAt = new Map<number, { owner: string; line: number } | undefined>();
  // `## Stretch Goals`: what the team takes on only if the set is done is no part of the set.
  const stretchSections = new Set<number>();
  for (const section of sections) {
    const heading = /^ {0,3}(#{1,6})[ \t]+(.*)$/.exec(lines.lineText(section.startLine));
    if (!heading) {
      ownerAt.set(section.startLine, undefined);
      continue;
    }
    const declaresNode = nodeLines.has(section.startLine);
    // An objective written at the level of the period heading above it (`## 2021` / `### 1. …` / `## 2. …`) is still one of that period's.
    while (open.length && open[open.length - 1]!.depth >= heading[1]!.length && !(declaresNode && open[open.length - 1]!.period !== undefined && open[open.length - 1]!.depth === heading[1]!.length)) open.pop();
    const text = withoutHeadingTrailer(heading[2]!).replace(/<TeamMember\b[^>]{0,200}?name="([^"]{0,100})"[^>]{0,200}>/, "$1");
    const written = text.replace(/[*_=`]/g, '').trim();
    // `# 📌 2023`: an emoji before the name is decoration.
    const plain = written.slice(decorationLength(written));
    const year = [...open].reverse().find((h) => h.year !== undefined)?.year;
    // A year heading is a period too: the objectives right under it are that year's (a quarter under it is nearer). A quarter with
    // no year above it (`### 第一季度`, `### Q2`) still sets its objectives apart from the next quarter's.
    const periodNamed = declaresNode ? undefined : PERIOD_HEADING.test(plain) || QUARTER_SET_HEADING.test(plain) || INCREMENT_HEADING.test(plain) || RELEASE_SET_HEADING.test(plain) || YEAR_PLAN_HEADING.test(plain) ? text.trim() : BARE_PERIOD_HEADING.test(plain) ? (year ? `${plain} ${year}` : plain) : YEAR_HEADING.test(plain) ? plain : undefined;
    const above = open.at(-1);
    const owner = EXAMPLE_HEADING.test(plain) && above ? `${above.text.trim()} / ${text.trim()}` : text;
    open.push({
      depth: heading[1]!.length,
      text,
      line: section.startLine,
      // "#### Objective 3: Make bills predictable (Owner: @cory)": an objective naming its own owner is one of the set.
      ...(!declaresNode && OWNER_HEADING.test(heading[2]!) ? { owner } : {}),
      ...(periodNamed ? { period: periodNamed } : {}),
      ...(!declaresNode && YEAR_HEADING.test(plain) ? { year: plain } : {}),
      ...(!declaresNode && STRETCH_HEADING.test(plain) ? { stretch: true } : {}),
    });
    if (open.some((h) => h.stretch)) stretchSections.add(section.startLine);
    const nearestOwner = [...open].reverse().find((h) => h.owner !== undefined);
    const period = [...open].reverse().find((h) => h.period !== undefined);
    const name = nearestOwner && period ? `${nearestOwner.owner} (${period.period})` : (nearestOwner?.owner ?? period?.period);
    ownerAt.set(section.startLine, name === undefined ? undefined : { owner: name, line: (nearestOwner ?? period)!.line });
  }
  // `<details><summary>Q4 2023 (57%)</summary>`, or `**2019 Q1**` on a line of its own: the objectives after it in its
  // section are that quarter's.
  const summaries: { line: number; period: string }[] = [];
  const summaryLines = new Set<number>();
  if (plan.text.includes('<summary>')) {
    for (let line = 0; line < lines.lineCount; line++) {
      const summary = /<summary>\s*(.{0,200}?)\s*<\/summary>/i.exec(lines.lineText(line));
      if (!summary) continue;
      summaryLines.add(line);
      if (summary[1] && namesOnlyPeriod(summary[1])) summaries.push({ line, period: summary[1] });
    }
  }
  for (const bold of plan.text.matchAll(BOLD_NAME_LINES)) {
    const line = lines.positionAt(bold.index).line;
    // A line holding a summary is read for it alone.
    if (!summaryLines.has(line) && namesOnlyPeriod(bold[1]!)) summaries.push({ line, period: bold[1]! });
  }
  summaries.sort((a, b) => a.line - b.line);
  const groups = new Map<string | undefined, PlanNode[]>();
  const starts = sections.map((s) => s.startLine);
  // `# Payments` / `O1`…`O3`, then `# Search` / `O1`…: numbering that starts again is another team's set.
  const runOf = objectiveRuns(plan);
  const runStarts = new Map<number, number>();
  // Objectives come in document order: the section and summary pointers only move forward.
  let section = 0;
  let summary = -1;
  for (const objective of nodesOfKind(plan, 'objective')) {
    while (section + 1 < starts.length && starts[section + 1]! <= objective.range.start.line) section++;
    while (summary + 1 < summaries.length && summaries[summary + 1]!.line <= objective.range.start.line) summary++;
    if (stretchSections.has(starts[section] ?? -1)) continue;
    const owner = ownerAt.get(starts[section] ?? 0);
    const period = summary >= 0 && summaries[summary]!.line >= (starts[section] ?? 0) ? summaries[summary]!.period : undefined;
    const named = period === undefined ? owner?.owner.trim() : owner ? `${owner.owner.trim()} (${period})` : period;
    const run = runOf.get(objective) ?? 0;
    if (run > 0 && !runStarts.has(run)) runStarts.set(run, objective.range.start.line + 1);
    const key = run === 0 ? named : named ? `${named} (from line ${runStarts.get(run)})` : `the set starting on line ${runStarts.get(run)}`;
    const group = groups.get(key);
    if (group) group.push(objective);
    else groups.set(key, [objective]);
  }
  // One owner heading for the whole file is the plan's own title: report as the plan.
  if (groups.size === 1 && !groups.has(undefined)) return new Map([[undefined, [...groups.values()][0]!]]);
  return groups;
}

/** Related locations listed at most, however many objectives lie beyond the limit. */
const MAX_RELATED = 20;

function ordinal(n: number): string {
  const suffix = n % 100 >= 11 && n % 100 <= 13 ? 'th' : ({ 1: 'st', 2: 'nd', 3: 'rd' } as Record<number, string>)[n % 10] ?? 'th';
  return `${n}${suffix}`;
}

export const tooManyObjectives: Rule = {
  code: 'OKR101',
  name: 'too-many-objectives',
  structural: true,
  defaultSeverity: 'warning',
  group: 'Focus',
  description: 'More than `max` objectives in one plan; reported once, on the first objective beyond the limit, naming how many there are (the others beyond it are related locations). A file that holds several teams\' or people\'s sets under headings that name them (`## Team OKRs`, `### OKR: @maria`, `#### Finance WG`), or several examples under headings that name each (`### Example 2`, told apart by the heading above it, `## Sales Examples`), or several periods\' under headings that name a quarter or half (`# Q1 2023`, `## H2 2025`, `### Q1` under `## 2018`, or `## Q2 Objectives`) or only a year (`# 2024`, `## 📌 2025`), or a sprint, an iteration or a program increment (`## Sprint: Akhlut (1/3/24)`, `## PI 26.3`), or under collapsible blocks whose summary names only a quarter or an increment (`<summary>Q4 2023 (57%)</summary>`, `<summary>PI 26.3 (8 original objectives; …)</summary>`) or bold lines that do (`**2019 Q1**`), counts each set on its own; so does a file whose objective ids are numbered from one again (`O1`…`O3` under `# Payments`, then `O1`… under `# Search`). Objectives under a `Stretch goals` heading are taken on only if the set is done and are not counted. An objective\'s own heading that names its owner (`#### Objective 3: Make bills predictable (Owner: @cory)`) is one of the set, not a set of its own.',
  rationale:
    'A plan is a statement of what the team will not do as much as of what it will. Past a handful of objectives, every one gets a sliver of attention, priorities stop guiding daily choices, and the plan reads like a backlog. Three to five is where focus still holds.',
  weak: 'Seven objectives in one quarterly plan',
  strong: 'Three objectives, and a "not this quarter" list for the rest',
  fix: 'Merge objectives that serve the same change, or move the weakest ones to a later period.',
  options: { max: { type: 'number', default: 5, description: 'The most objectives a plan may have.' } },
  check({ plan, options, report }) {
    const max = options.max ?? 5;
    // No set can be over the limit when the whole plan is not: most plans stop here, without reading their headings' text.
    if (nodesOfKind(plan, 'objective').length <= max) return;
    for (const [owner, objectives] of objectivesByOwnerSection(plan)) {
      const beyond = objectives.slice(max);
      if (!beyond.length) continue;
      // One finding per set: the fix is one decision about the whole set, not one per extra objective.
      const whose = owner ? `“${owner}” has` : 'The plan has';
      report({
        range: beyond[0]!.range,
        message: `${whose} ${objectives.length} objectives; at most ${max} keep a team focused, and this is the ${ordinal(max + 1)}.`,
        related: beyond.slice(1, 1 + MAX_RELATED).map((objective) => ({ file: plan.file, range: objective.range, message: `Objective beyond the limit: \`${objective.id}\`` })),
      });
    }
  },
};

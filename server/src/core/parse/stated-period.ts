import { parsePeriod, PERIOD_HEADING, PLAN_WORDS, statedPeriodIn, YEAR_HEADING } from '../period';
import type { StatedPeriod } from '../model';
import { readNodeDeclaration } from './node-line';
import { LineIndex } from './positions';
import { scanLines, withoutClosingHashes, type LineScan } from './scan';

/** `Period:`, `**Quarter**:`, `OKR period:`, `Time frame:` and their like in other languages: a plan-level label naming the period. */
const PERIOD_LABEL = /^[ \t]{0,3}(?:[-*+][ \t]{1,4})?(?:\*\*|__)?(?:(?:okr|plan|planning|reporting)[ \t])?(?:period|quarter|time[ -]?frame|time period|cycle|zeitraum|quartal|periodo|período|période|trimestre)(?:\*\*|__)?[ \t]{0,2}:(?:\*\*|__)?[ \t]{0,4}(.{1,120})$/i;
const ATX_OPENER = /^ {0,3}#{1,6}[ \t]+/;
/** Past the first lines of the title's section, a `Period:` line belongs to something else. */
const TITLE_SECTION_LINES = 40;
/** A title is a few words: longer lines are read no further. */
const LONGEST_TITLE = 200;

/** A heading's text, without its closing `#`s, and where it starts on its line. */
function headingText(line: string): { text: string; start: number } | undefined {
  const opener = ATX_OPENER.exec(line);
  if (!opener) return undefined;
  return { text: withoutClosingHashes(line.slice(opener[0].length, opener[0].length + LONGEST_TITLE)), start: opener[0].length };
}

/**
 * The period a plan without one in its front matter states for people: a label line in its title's section
 * (`**Period**: Q2 2026 (April - June)`), else its title (`# Payments OKRs — Q2 2026`, or front matter's `title:`), else
 * the first heading naming the set of its OKRs (`## 📅 Q1 2026 OKRs`), when it names one period.
 * A title that declares a node states none (`declaresNode`: its line is a node's). A file whose later headings name
 * periods outside it keeps several plans' periods (an archive), and states none.
 */
export function readStatedPeriod(lines: LineIndex, scan: LineScan, declaresNode: (line: number) => boolean, frontMatterTitle?: { text: string; line: number }): StatedPeriod | undefined {
  const headings = scan.sections.map((s) => s.startLine).filter((line) => ATX_OPENER.test(lines.lineText(line)));
  const from = scan.sections[0]?.startLine ?? 0;
  const end = Math.min(headings[1] ?? lines.lineCount, (headings[0] ?? from) + TITLE_SECTION_LINES);
  const stated = (line: number, value: { text: string; start: number }, inTitle: boolean): StatedPeriod | undefined => {
    const mention = statedPeriodIn(value.text, inTitle);
    if (!mention) return undefined;
    const character = value.start + mention.index;
    return { period: mention.period, written: value.text.slice(mention.index, mention.index + mention.length), range: { start: { line, character }, end: { line, character: character + mention.length } } };
  };
  let labelled: StatedPeriod | undefined;
  for (let line = from; line < end && !labelled; line++) {
    const label = line === headings[0] ? null : PERIOD_LABEL.exec(lines.lineText(line));
    if (label) labelled = stated(line, { text: label[1]!, start: label.index + label[0].length - label[1]!.length }, false);
  }
  const title = headings[0] === undefined || declaresNode(headings[0]) ? undefined : headingText(lines.lineText(headings[0]));
  const titled = title && stated(headings[0]!, title, true);
  // The `Period:` line says it for the plan, unless the title names a part of it (`# … — Q2 2026` over `Period: 2026`).
  let found = labelled && titled && within(titled.period, labelled.period) ? titled : (labelled ?? titled);
  // `title: OKR-a-rama Q3 2019` in front matter names the document as a `#` title does.
  const titleAt = frontMatterTitle ? lines.lineText(frontMatterTitle.line).indexOf(frontMatterTitle.text) : -1;
  if (!found && frontMatterTitle && titleAt >= 0) found = stated(frontMatterTitle.line, { text: frontMatterTitle.text, start: titleAt }, true);
  // `# OKRs: AI vs Freelancer` / `## 📅 Q1 2026 OKRs`: the first heading naming the set of the plan's OKRs with its period.
  for (const line of headings.slice(1)) {
    if (found) break;
    const heading = declaresNode(line) ? undefined : headingText(lines.lineText(line));
    if (heading && PLAN_WORDS.test(heading.text)) found = stated(line, heading, true);
  }
  if (!found) return undefined;
  const range = parsePeriod(found.period)!;
  const outside = (line: number): boolean => !declaresNode(line) && namesPeriodOutside(lines.lineText(line), range.start, range.end);
  return headings.slice(1).some(outside) ? undefined : found;
}

/** Whether period `inner` lies within period `outer`. */
function within(inner: string, outer: string): boolean {
  const [a, b] = [parsePeriod(inner), parsePeriod(outer)];
  return !!a && !!b && b.start <= a.start && a.end <= b.end;
}

/**
 * A heading naming another plan's period (`# Q2 2023`, `## 2019`, `# 2026 OKRs`, `## OKRs for Q3 2018`): the period,
 * words for the plan and two words more at most (`## Lessons from our 2025 OKRs` says more), outside the stated one.
 */
function namesPeriodOutside(line: string, start: string, end: string): boolean {
  const name = headingText(line)?.text;
  const mention = name === undefined ? undefined : statedPeriodIn(name, true);
  if (name === undefined || !mention) return false;
  const rest = (name.slice(0, mention.index) + ' ' + name.slice(mention.index + mention.length)).replace(PLAN_WORDS_ALL, ' ');
  if (!(PERIOD_HEADING.test(name) || YEAR_HEADING.test(name)) && rest.split(/[^\p{L}\p{N}]+/u).filter(Boolean).length > 2) return false;
  const named = parsePeriod(mention.period);
  return !!named && (named.start < start || named.end > end);
}

/** Every word for the plan in a heading, to count what else it says. */
const PLAN_WORDS_ALL = new RegExp(PLAN_WORDS.source, 'giu');

/** The period a plan's text states for people, read without parsing the plan (its title may not declare a node by keyword). */
export function statedPeriodOfText(text: string, frontMatterTitle?: string): string | undefined {
  const lines = new LineIndex(text);
  const scan = scanLines(lines);
  const title = frontMatterTitle === undefined || !scan.frontMatter ? undefined : { text: frontMatterTitle, line: titleLine(lines, scan.frontMatter) };
  return readStatedPeriod(lines, scan, (line) => readNodeDeclaration(headingText(lines.lineText(line))?.text ?? '') !== undefined, title)?.period;
}

/** The front matter's `title:` line. */
function titleLine(lines: LineIndex, block: NonNullable<LineScan['frontMatter']>): number {
  for (let line = block.startLine + 1; line < block.endLine; line++) if (/^title[ \t]*:/i.test(lines.lineText(line))) return line;
  return block.startLine;
}

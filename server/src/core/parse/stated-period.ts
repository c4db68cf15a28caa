import type { Plan, StatedPeriod } from '../model';
import { parsePeriod, PERIOD_HEADING, statedPeriodIn, YEAR_HEADING } from '../period';
import type { LineIndex } from './positions';
import type { LineScan } from './scan';

/** `Period:`, `**Quarter**:`, `Time frame:` and their like in other languages: a plan-level label naming the period. */
const PERIOD_LABEL = /^[ \t]{0,3}(?:[-*+][ \t]{1,4})?(?:\*\*|__)?(?:period|quarter|time[ -]?frame|time period|cycle|zeitraum|quartal|periodo|período|période|trimestre)(?:\*\*|__)?[ \t]{0,2}:(?:\*\*|__)?[ \t]{0,4}(.{1,120})$/i;
const HEADING = /^ {0,3}(#{1,6})[ \t]+(.{1,200}?)[ \t#]*$/;
/** Past the first lines of the title's section, a `Period:` line belongs to something else. */
const TITLE_SECTION_LINES = 40;

/**
 * The period a plan without one in its front matter states for people: its title (`# Payments OKRs — Q2 2026`)
 * or a label line in the title's section (`**Period**: Q2 2026 (April - June)`), when it names one period. A file
 * whose later headings name periods outside it keeps several plans' periods (an archive), and states none.
 */
export function readStatedPeriod(lines: LineIndex, scan: LineScan, nodes: Plan['nodes']): StatedPeriod | undefined {
  const nodeLines = new Set(nodes.map((n) => n.range.start.line));
  const headings = scan.sections.filter((s) => HEADING.test(lines.lineText(s.startLine)));
  const first = headings[0]?.startLine;
  const end = Math.min(headings[1]?.startLine ?? lines.lineCount, (first ?? scan.sections[0]?.startLine ?? 0) + TITLE_SECTION_LINES);
  for (let line = scan.sections[0]?.startLine ?? 0; line < end; line++) {
    const text = lines.lineText(line);
    const value = line === first ? HEADING.exec(text)?.[2] : PERIOD_LABEL.exec(text)?.[1];
    if (value === undefined || nodeLines.has(line)) continue;
    const mention = statedPeriodIn(value);
    if (!mention) continue;
    const character = text.indexOf(value) + mention.index;
    const stated = { period: mention.period, written: value.slice(mention.index, mention.index + mention.length), range: { start: { line, character }, end: { line, character: character + mention.length } } };
    return headings.slice(1).some((h) => namesPeriodOutside(lines.lineText(h.startLine), stated.period)) ? undefined : stated;
  }
  return undefined;
}

/** A heading naming a period (`# Q2 2023`, `## 2019`) that reaches outside the stated one. */
function namesPeriodOutside(heading: string, stated: string): boolean {
  const name = HEADING.exec(heading)?.[2];
  if (name === undefined || !(PERIOD_HEADING.test(name) || YEAR_HEADING.test(name))) return false;
  const [named, within] = [parsePeriod(statedPeriodIn(name)?.period ?? ''), parsePeriod(stated)];
  return !!named && !!within && (named.start < within.start || named.end > within.end);
}

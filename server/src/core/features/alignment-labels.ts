import type { AlignmentItem } from './alignment-tree';

/**
 * What a row of the Alignment view says, made to fit VS Code's side bar at its default width: the
 * owner and a progress bar always show, the title is cut to what room is left (the tooltip has it
 * whole). A tree item's label and description are plain strings that VS Code cuts at the right
 * edge, label first in line: a long title would push the owner and the bar out of sight.
 */

/** What the view shows for an item: the row's label and its (muted) description, and the tooltip. */
export interface ItemText {
  label: string;
  description: string;
  tooltip: string;
}

/**
 * A tree row in the side bar at its default width (300 px), in pixels, as VS Code lays it out: the
 * label starts 57 px in (after the twistie and the icon) and the text ends 18 px before the edge;
 * each level below the top indents 8 px more (`workbench.tree.indent`). The description is drawn
 * at 0.9 of the label's 13 px font, half its em after the label.
 */
export const ROW_ROOM = 225;
const LEVEL_INDENT = 8;
const DESCRIPTION_SCALE = 0.9;
const DESCRIPTION_GAP = 0.5 * 13 * DESCRIPTION_SCALE;

/**
 * Glyph widths in pixels of DejaVu Sans at 13 px, the Linux UI font, wider than Segoe UI or San
 * Francisco: a label cut to fit it fits those too. A little generous (about 5% over the measured
 * titles of the examples), so a label is never cut by the editor.
 */
const GLYPH_WIDTHS: [RegExp, number][] = [
  [/[ .,:;'!|/ijlIJ]/, 4.2],
  [/[frt\-()"]/, 5.1],
  [/[mwMW@%#&—…]/, 13],
  [/[▰▱]/, 10],
  [/⚠/, 11.7],
  [/[A-Z]/, 10.1],
  [/[cksz]/, 7.3],
  [/[vxy]/, 7.8],
  // Other Latin letters, digits and signs; anything beyond (CJK, emoji) takes a whole em.
  [/[\u0000-\u02ff]/, 8.3],
];
const WIDE_GLYPH = 13;

/** The width of `text` in the side bar's 13 px font, in pixels (an estimate on the generous side). */
export function textWidth(text: string): number {
  let width = 0;
  for (const char of text) width += GLYPH_WIDTHS.find(([glyphs]) => glyphs.test(char))?.[1] ?? WIDE_GLYPH;
  return width;
}

/** A progress bar of five cells, `▰▰▰▱▱`. */
function progressBar(progress: number): string {
  const filled = Math.round(Math.min(1, Math.max(0, progress)) * 5);
  return '▰'.repeat(filled) + '▱'.repeat(5 - filled);
}

/** The fewest letters of a cut word worth showing: fewer say less than the id alone (`KR1.2: Red…`). */
const MIN_CUT_LETTERS = 6;

/**
 * `head: title` when it fits in `room` pixels, else the title's first words that fit with an
 * ellipsis (`KR1.2: Reduce time-to-first-value…`), else as much of the first word as fits
 * (`O2: Bookkeep…`), else the head alone.
 */
export function fitTitle(head: string, title: string, room: number): string {
  const whole = `${head}: ${title}`;
  if (textWidth(whole) <= room) return whole;
  const fits = (cut: string): boolean => textWidth(`${head}: ${cut}…`) <= room;
  const words = title.split(/\s+/);
  const cut = firstWordsThatFit(words, fits) ?? firstLettersThatFit(words[0]!, fits);
  return cut ? `${head}: ${cut}…` : head;
}

/** The most of the first words (never all of them) that fit. */
function firstWordsThatFit(words: string[], fits: (cut: string) => boolean): string | undefined {
  let fitted: string | undefined;
  for (let count = 1; count < words.length; count++) {
    // A cut after `from 4%,` reads better without the comma.
    const cut = words.slice(0, count).join(' ').replace(/[,;:.\-–—]+$/, '');
    if (!fits(cut)) break;
    fitted = cut;
  }
  return fitted;
}

/** As much of a word as fits, when that is enough of it to be read. */
function firstLettersThatFit(word: string, fits: (cut: string) => boolean): string | undefined {
  let letters = 0;
  while (letters < word.length && fits(word.slice(0, letters + 1))) letters++;
  return letters >= MIN_CUT_LETTERS ? word.slice(0, letters) : undefined;
}

const percentOf = (progress: number): string => `${Math.round(progress * 100)}%`;

/** The owner as written, or the first of several handles and how many more (`@tom +1`; the tooltip names them all). */
function shortOwner(owner: string): string {
  const handles = owner.match(/@[\w.-]+/g) ?? [];
  return handles.length > 1 ? `${handles[0]} +${handles.length - 1}` : owner;
}

/** The description: the progress bar, the owner and how many problems the node has (the percentage is in the tooltip). */
function describe(item: AlignmentItem): string {
  return [item.progress === undefined ? '' : progressBar(item.progress), item.owner ? shortOwner(item.owner) : '', item.problems ? `⚠ ${item.problems}` : ''].filter(Boolean).join(' ');
}

/** The tooltip: the whole title, owner and progress, each problem on its own line, and the plan's path. */
function tooltipOf(item: AlignmentItem, path: string): string {
  const facts = [item.owner && `Owner ${item.owner}`, item.progress !== undefined && `Progress ${percentOf(item.progress)}`].filter(Boolean).join(' · ');
  const named = item.kind === 'mission' ? 'Mission' : item.label;
  return [`${named}: ${item.title}`, facts, ...(item.problemList ?? []).map((p) => `• ${p}`), path].filter(Boolean).join('\n');
}

/** How far a row's text runs, in pixels from where a top-level label starts, `depth` levels below the top (at most `ROW_ROOM` to fit). */
export function rowWidth(depth: number, label: string, description: string): number {
  return LEVEL_INDENT * depth + textWidth(label) + (description ? DESCRIPTION_GAP + DESCRIPTION_SCALE * textWidth(description) : 0);
}

/** What the row of `item`, `depth` levels below the top, shows at the side bar's default width; `path` is its plan's, as the workspace names it. */
export function alignmentItemText(item: AlignmentItem, depth: number, path: string): ItemText {
  const description = describe(item);
  const room = ROW_ROOM - rowWidth(depth, '', description);
  const label = fitTitle(item.kind === 'mission' ? 'Mission' : item.id, item.title, room);
  return { label, description, tooltip: tooltipOf(item, path) };
}

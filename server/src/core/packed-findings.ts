import type { Range } from './model';
import { SEVERITIES, type Finding, type Fix } from './rules/types';
import { RULES } from './rules/registry';
import { ownCopy } from './parse/detach';

/*
 * The findings of a plan that rests on disk, kept until it changes: the language server
 * published them once, and reads them again only when a view asks (the alignment tree, the
 * map) or when a plan they depend on changes (what the rules that do not read other plans
 * found is reused then). As objects they took some 200 bytes each; plans written as
 * organisations write them carry 180 findings each, 73 MB per 2,000 plans. Packed, a finding
 * is five numbers and its message, one copy of each message for the whole workspace.
 */

const RULE_INDEX = new Map(RULES.map((rule, index) => [rule.code, index]));
/** Numbers per finding: rule, severity and flags in one; then the range. */
const STRIDE = 5;
const INCOMPLETE = 1 << 16;
const SYNTAX = 1 << 17;
/** Found by a rule that read only the plan: reused as it is while the plan is unchanged (`OwnFindings`). */
const OWN = 1 << 18;

/**
 * What few findings carry besides their rule, range and message (related places, fixes; the
 * code and rule name when no registered rule has them), written out flat: strings and numbers in
 * one array, read back in the same order. As objects, with a range of three objects each, they
 * were most of what packed plans still held.
 */
type Extras = readonly (string | number)[];

export class PackedFindings {
  private constructor(
    private readonly file: string,
    private readonly numbers: Int32Array,
    private readonly messages: readonly string[],
    /** By finding; undefined when no finding has any, as on most plans (no empty map on each of 20,000). */
    private readonly extras: ReadonlyMap<number, Extras> | undefined,
  ) {}

  /** `findings` (all of `file`) packed; their strings are copies, holding no plan's text alive. `isOwn` marks those `unpack(true)` gives. */
  static pack(file: string, findings: readonly Finding[], isOwn: (finding: Finding) => boolean = () => false): PackedFindings {
    const numbers = new Int32Array(findings.length * STRIDE);
    const extras = new Map<number, Extras>();
    findings.forEach((finding, index) => {
      const rule = RULE_INDEX.get(finding.code);
      const at = index * STRIDE;
      numbers[at] = (rule ?? 0) | (SEVERITIES.indexOf(finding.severity) << 8) | (finding.incomplete ? INCOMPLETE : 0) | (finding.syntax ? SYNTAX : 0) | (isOwn(finding) ? OWN : 0);
      const { start, end } = finding.range;
      numbers[at + 1] = start.line;
      numbers[at + 2] = start.character;
      numbers[at + 3] = end.line;
      numbers[at + 4] = end.character;
      const extra = extrasOf(finding, rule === undefined);
      if (extra) extras.set(index, extra);
    });
    return new PackedFindings(file, numbers, findings.map((finding) => ownCopy(finding.message)), extras.size ? extras : undefined);
  }

  get length(): number {
    return this.messages.length;
  }

  /** The findings as objects again (only those marked own, with `ownOnly`), new ones at each call. */
  unpack(ownOnly = false): Finding[] {
    const findings: Finding[] = [];
    this.messages.forEach((message, index) => {
      const at = index * STRIDE;
      const head = this.numbers[at]!;
      if (ownOnly && !(head & OWN)) return;
      const rule = RULES[head & 0xff]!;
      const range: Range = { start: { line: this.numbers[at + 1]!, character: this.numbers[at + 2]! }, end: { line: this.numbers[at + 3]!, character: this.numbers[at + 4]! } };
      const finding: Finding = { file: this.file, code: rule.code, rule: rule.name, severity: SEVERITIES[(head >> 8) & 0xff]!, range, message };
      const extras = this.extras?.get(index);
      if (extras) readExtras(extras, finding);
      if (head & INCOMPLETE) finding.incomplete = true;
      if (head & SYNTAX) finding.syntax = true;
      findings.push(finding);
    });
    return findings;
  }
}

/** A finding's related places and fixes (their strings copied), and its code and rule when no registered rule has them. */
function extrasOf(finding: Finding, unregistered: boolean): Extras | undefined {
  if (!unregistered && !finding.fix && !finding.otherFixes && !finding.related) return undefined;
  const out: (string | number)[] = unregistered ? [finding.code, finding.rule] : ['', ''];
  out.push(finding.related?.length ?? -1);
  for (const related of finding.related ?? []) out.push(related.file, ...rangeNumbers(related.range), ownCopy(related.message));
  const fixes = [finding.fix, ...(finding.otherFixes ?? [])];
  out.push(finding.fix ? 1 : 0, finding.otherFixes?.length ?? -1);
  for (const fix of fixes) if (fix) writeFix(out, fix);
  return out;
}

function writeFix(out: (string | number)[], fix: Fix): void {
  out.push(ownCopy(fix.title), fix.repeatable ? 1 : 0, fix.edits.length);
  for (const edit of fix.edits) out.push(edit.file, ...rangeNumbers(edit.range), ownCopy(edit.newText));
}

const rangeNumbers = (range: Range): number[] => [range.start.line, range.start.character, range.end.line, range.end.character];

/** Reads what `extrasOf` wrote onto `finding`. */
function readExtras(extras: Extras, finding: Finding): void {
  let at = 0;
  const next = <T extends string | number>(): T => extras[at++] as T;
  const range = (): Range => ({ start: { line: next(), character: next() }, end: { line: next(), character: next() } });
  const code = next<string>();
  const rule = next<string>();
  if (code) Object.assign(finding, { code, rule });
  const relatedCount = next<number>();
  if (relatedCount >= 0) finding.related = Array.from({ length: relatedCount }, () => ({ file: next<string>(), range: range(), message: next<string>() }));
  const hasFix = next<number>() === 1;
  const otherCount = next<number>();
  const fix = (): Fix => {
    const title = next<string>();
    const repeatable = next<number>() === 1;
    const edits = Array.from({ length: next<number>() }, () => ({ file: next<string>(), range: range(), newText: next<string>() }));
    return { title, edits, ...(repeatable ? { repeatable: true as const } : {}) };
  };
  if (hasFix) finding.fix = fix();
  if (otherCount >= 0) finding.otherFixes = Array.from({ length: otherCount }, fix);
}

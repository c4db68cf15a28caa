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

/** The finding has extras (`writeExtras`): the next ones in the plan's streams. */
const EXTRAS = 1 << 19;

/**
 * What few findings carry besides their rule, range and message (related places, fixes; the
 * code and rule name when no registered rule has them), written out flat in the findings' order:
 * the numbers of all of a plan's findings in one typed array, their strings in one array, read
 * back in the same order as the findings are unpacked. Kept as an array per finding, they were
 * 10 MB of 2,000 published-shape plans' findings (a `duplicate-objective` finding names twenty
 * places), most of it the arrays' own slots and spare room.
 */
interface ExtrasStreams {
  numbers: ArrayLike<number>;
  strings: readonly string[];
}

export class PackedFindings {
  private constructor(
    private readonly file: string,
    private readonly numbers: Int32Array,
    private readonly messages: readonly string[],
    /** Undefined when no finding has any, as on most plans (no empty arrays on each of 20,000). */
    private readonly extras: ExtrasStreams | undefined,
  ) {}

  /** `findings` (all of `file`) packed; their strings are copies, holding no plan's text alive. `isOwn` marks those `unpack(true)` gives. */
  static pack(file: string, findings: readonly Finding[], isOwn: (finding: Finding) => boolean = () => false): PackedFindings {
    const numbers = new Int32Array(findings.length * STRIDE);
    const extras = { numbers: [] as number[], strings: [] as string[] };
    findings.forEach((finding, index) => {
      const rule = RULE_INDEX.get(finding.code);
      const at = index * STRIDE;
      const hasExtras = writeExtras(finding, rule === undefined, extras);
      numbers[at] = (rule ?? 0) | (SEVERITIES.indexOf(finding.severity) << 8) | (finding.incomplete ? INCOMPLETE : 0) | (finding.syntax ? SYNTAX : 0) | (isOwn(finding) ? OWN : 0) | (hasExtras ? EXTRAS : 0);
      const { start, end } = finding.range;
      numbers[at + 1] = start.line;
      numbers[at + 2] = start.character;
      numbers[at + 3] = end.line;
      numbers[at + 4] = end.character;
    });
    const packedExtras = extras.numbers.length ? { numbers: Int32Array.from(extras.numbers), strings: extras.strings.slice() } : undefined;
    return new PackedFindings(file, numbers, findings.map((finding) => ownCopy(finding.message)), packedExtras);
  }

  get length(): number {
    return this.messages.length;
  }

  /** The findings as objects again (only those marked own, with `ownOnly`), new ones at each call. */
  unpack(ownOnly = false): Finding[] {
    const findings: Finding[] = [];
    const extras = this.extras ? new ExtrasReader(this.extras) : undefined;
    this.messages.forEach((message, index) => {
      const at = index * STRIDE;
      const head = this.numbers[at]!;
      const rule = RULES[head & 0xff]!;
      const range: Range = { start: { line: this.numbers[at + 1]!, character: this.numbers[at + 2]! }, end: { line: this.numbers[at + 3]!, character: this.numbers[at + 4]! } };
      const finding: Finding = { file: this.file, code: rule.code, rule: rule.name, severity: SEVERITIES[(head >> 8) & 0xff]!, range, message };
      // Read even when the finding is skipped: the next finding's extras follow its.
      if (head & EXTRAS) extras!.readOnto(finding);
      if (ownOnly && !(head & OWN)) return;
      if (head & INCOMPLETE) finding.incomplete = true;
      if (head & SYNTAX) finding.syntax = true;
      findings.push(finding);
    });
    return findings;
  }
}

/** Writes a finding's related places and fixes (their strings copied), and its code and rule when no registered rule has them; false when it has none. */
function writeExtras(finding: Finding, unregistered: boolean, out: { numbers: number[]; strings: string[] }): boolean {
  if (!unregistered && !finding.fix && !finding.otherFixes && !finding.related) return false;
  const range = ({ start, end }: Range): void => void out.numbers.push(start.line, start.character, end.line, end.character);
  out.numbers.push(unregistered ? 1 : 0);
  if (unregistered) out.strings.push(finding.code, finding.rule);
  out.numbers.push(finding.related?.length ?? -1);
  for (const related of finding.related ?? []) {
    out.strings.push(related.file, ownCopy(related.message));
    range(related.range);
  }
  out.numbers.push(finding.fix ? 1 : 0, finding.otherFixes?.length ?? -1);
  for (const fix of [finding.fix, ...(finding.otherFixes ?? [])]) {
    if (!fix) continue;
    out.strings.push(ownCopy(fix.title));
    out.numbers.push(fix.repeatable ? 1 : 0, fix.edits.length);
    for (const edit of fix.edits) {
      out.strings.push(edit.file, ownCopy(edit.newText));
      range(edit.range);
    }
  }
  return true;
}

/** Reads back, finding after finding, what `writeExtras` wrote. */
class ExtrasReader {
  private number = 0;
  private string = 0;

  constructor(private readonly streams: ExtrasStreams) {}

  readOnto(finding: Finding): void {
    if (this.nextNumber() === 1) Object.assign(finding, { code: this.nextString(), rule: this.nextString() });
    const relatedCount = this.nextNumber();
    if (relatedCount >= 0) finding.related = Array.from({ length: relatedCount }, () => this.place((file, range, message) => ({ file, range, message })));
    const hasFix = this.nextNumber() === 1;
    const otherCount = this.nextNumber();
    if (hasFix) finding.fix = this.fix();
    if (otherCount >= 0) finding.otherFixes = Array.from({ length: otherCount }, () => this.fix());
  }

  private fix(): Fix {
    const title = this.nextString();
    const repeatable = this.nextNumber() === 1;
    const edits = Array.from({ length: this.nextNumber() }, () => this.place((file, range, newText) => ({ file, range, newText })));
    return { title, edits, ...(repeatable ? { repeatable: true as const } : {}) };
  }

  /** A related place or an edit: a file, a range and a text (written as two strings, then four numbers). */
  private place<T>(make: (file: string, range: Range, text: string) => T): T {
    const file = this.nextString();
    const text = this.nextString();
    return make(file, this.range(), text);
  }

  private range(): Range {
    return { start: { line: this.nextNumber(), character: this.nextNumber() }, end: { line: this.nextNumber(), character: this.nextNumber() } };
  }

  private nextNumber(): number {
    return this.streams.numbers[this.number++]!;
  }

  private nextString(): string {
    return this.streams.strings[this.string++]!;
  }
}

/**
 * The texts of the few plans not open in an editor that were read last. A plan that rests on
 * disk is kept without its text (most of what a plan weighs); the rules and features that
 * need it ask a few times in a row (a check runs right after a parse, a rename edits one file
 * after another), so the last few are kept rather than read again each time.
 */
export class RestingTexts {
  /** In the order they were last used: a Map iterates in insertion order. */
  private readonly texts = new Map<string, string>();

  constructor(
    private readonly read: (file: string) => string,
    private readonly capacity = 8,
  ) {}

  /** The text of a plan resting on disk. */
  get(file: string): string {
    const kept = this.texts.get(file);
    if (kept !== undefined) {
      this.texts.delete(file);
      this.texts.set(file, kept);
      return kept;
    }
    const text = this.read(file);
    this.keep(file, text);
    return text;
  }

  /** The text a plan was just parsed from. */
  keep(file: string, text: string): void {
    this.texts.delete(file);
    this.texts.set(file, text);
    if (this.texts.size > this.capacity) this.texts.delete(this.texts.keys().next().value!);
  }

  forget(file: string): void {
    this.texts.delete(file);
  }
}

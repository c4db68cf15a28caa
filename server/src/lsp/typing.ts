import { editedLine, heldWhileTyping } from '../core/features/typing';
import type { Finding } from '../core/rules/types';

/** How long typing must pause before a held finding shows, in editors that do not say where the cursor is. */
export const TYPING_IDLE_MS = 1500;

/**
 * Where each open plan is being typed, for `heldWhileTyping`: the line of its last edit, and the
 * cursor's line when the client sends `throughline/cursorLine` (the VS Code client does). With
 * the cursor known, findings on the typed line are held while the cursor stays there; without
 * it, until typing pauses for `TYPING_IDLE_MS`. `release` is called with a file whose held
 * findings should now be published.
 */
export class TypingTracker {
  private readonly texts = new Map<string, string>();
  private readonly lines = new Map<string, number>();
  private readonly cursors = new Map<string, number>();
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();

  constructor(private readonly release: (file: string) => void) {}

  /** A document's new text (open or change); true when it is an edit (the first text of a document is none). */
  changed(file: string, text: string): boolean {
    const before = this.texts.get(file);
    this.texts.set(file, text);
    if (before === undefined) return false;
    const line = editedLine(before, text);
    if (line === undefined) return false;
    this.lines.set(file, line);
    if (this.cursors.has(file)) return true;
    clearTimeout(this.timers.get(file));
    const timer = setTimeout(() => this.stop(file), TYPING_IDLE_MS);
    timer.unref?.();
    this.timers.set(file, timer);
    return true;
  }

  /** The client says where the cursor is: leaving the typed line releases what was held there. */
  cursor(file: string, line: number): void {
    this.cursors.set(file, line);
    const typed = this.lines.get(file);
    if (typed !== undefined && typed !== line) this.stop(file);
  }

  closed(file: string): void {
    clearTimeout(this.timers.get(file));
    for (const map of [this.texts, this.lines, this.cursors, this.timers]) map.delete(file);
  }

  /** The findings to show now. */
  visible(file: string, findings: Finding[]): Finding[] {
    const line = this.lines.get(file);
    const cursor = this.cursors.get(file);
    return heldWhileTyping(findings, cursor === undefined || cursor === line ? line : undefined);
  }

  private stop(file: string): void {
    clearTimeout(this.timers.get(file));
    this.timers.delete(file);
    if (this.lines.delete(file)) this.release(file);
  }
}

/**
 * Characters that must not reach a terminal or a CI log as they are: C0 and C1 controls (ESC
 * starts terminal sequences, BEL rings, a newline can start a line GitHub Actions reads as a
 * workflow command), line and paragraph separators, and bidi controls (which reorder what a
 * reader sees). Tabs are harmless and kept.
 */
const UNSAFE = /[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/** Plan text made safe to print: each unsafe character is written as its `\uXXXX` escape, so it stays visible. */
export function terminalSafe(text: string): string {
  return text.replace(UNSAFE, (c) => `\\u${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`);
}

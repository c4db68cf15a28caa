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

/** What JSON.stringify leaves raw in strings that a terminal would still act on: DEL and C1 controls, line separators, bidi controls. */
const UNSAFE_IN_JSON = /[\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/**
 * JSON with every unsafe character written as a `\uXXXX` escape: the same value for a parser,
 * and nothing that acts on a terminal when the output is printed as it is (JSON.stringify
 * escapes only C0 controls). Such characters only occur inside strings, so this is exact.
 */
export function safeJson(value: unknown): string {
  return JSON.stringify(value, null, 2).replace(UNSAFE_IN_JSON, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** `safeJson` of a value that stands `depth` spaces in within a larger document written the same way. */
export function indentedJson(value: unknown, depth: number): string {
  return safeJson(value).replace(/\n/g, `\n${' '.repeat(depth)}`);
}

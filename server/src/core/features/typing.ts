import type { Finding } from '../rules/types';

/**
 * A field still being typed (`Type:` with no value yet) is not an error while the writer is on
 * it. Findings marked `incomplete` on the line of the last edit are held back; the host decides
 * how long (the language server: while the editor's cursor stays on that line, or, for editors
 * that do not say where the cursor is, until typing pauses).
 */
export function heldWhileTyping(findings: Finding[], typingLine: number | undefined): Finding[] {
  if (typingLine === undefined || !findings.some((f) => f.incomplete && f.range.start.line === typingLine)) return findings;
  return findings.filter((f) => !(f.incomplete && f.range.start.line === typingLine));
}

/** The line of `after` where it first differs from `before` (the line an edit touched), or undefined when they are equal. */
export function editedLine(before: string, after: string): number | undefined {
  const length = Math.min(before.length, after.length);
  let at = 0;
  while (at < length && before.charCodeAt(at) === after.charCodeAt(at)) at++;
  if (at === length && before.length === after.length) return undefined;
  let line = 0;
  for (let i = after.indexOf('\n'); i >= 0 && i < at; i = after.indexOf('\n', i + 1)) line++;
  return line;
}

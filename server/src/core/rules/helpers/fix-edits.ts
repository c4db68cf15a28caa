import type { Fix } from '../types';

type Edit = Fix['edits'][number];

/** An edit that removes a whole line, its line break included (editors clamp the end on the last line). */
export function deleteLine(file: string, line: number): Edit {
  return { file, range: { start: { line, character: 0 }, end: { line: line + 1, character: 0 } }, newText: '' };
}

/** An edit that inserts whole lines before `line`. */
export function insertLines(file: string, line: number, lines: string[]): Edit {
  const at = { line, character: 0 };
  return { file, range: { start: at, end: at }, newText: lines.map((l) => `${l}\n`).join('') };
}

import { LineIndex } from '../core/parse/positions';
import { readRegularFile } from './regular-file';
import { MAX_PLAN_BYTES, type PlanRead } from '../core/service/plan-files';

const utf8 = new TextDecoder('utf-8', { fatal: true });
const lenient = new TextDecoder('utf-8', { fatal: false });

/** Offset of the first byte that does not start or continue a valid UTF-8 sequence. */
function firstInvalidByte(bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i]!;
    const length = b < 0x80 ? 1 : b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    if (length === 0) return i;
    try {
      utf8.decode(bytes.subarray(i, i + length));
    } catch {
      return i;
    }
    i += length;
  }
  return bytes.length;
}

/**
 * Reads a plan as UTF-8 text, as an editor would: the BOM is dropped, invalid bytes become
 * U+FFFD with one located problem, binary content (NUL bytes) is not parsed. Never throws.
 */
export function readTextFile(path: string): PlanRead {
  const read = readRegularFile(path, MAX_PLAN_BYTES);
  if ('error' in read) return { error: `${path} ${read.error}` };
  const { bytes } = read;
  const start = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  const body = bytes.subarray(start);
  const nul = body.indexOf(0);
  if (nul >= 0) {
    const before = lenient.decode(body.subarray(0, nul));
    const at = new LineIndex(before).positionAt(before.length);
    return { text: '', problems: [{ message: 'The file holds binary content (a NUL byte), so it is not read as a plan.', range: { start: at, end: at }, unreadable: true }] };
  }
  try {
    return { text: utf8.decode(body), problems: [] };
  } catch {
    const bad = firstInvalidByte(body);
    const text = lenient.decode(body);
    const before = lenient.decode(body.subarray(0, bad));
    const at = new LineIndex(text).positionAt(before.length);
    return {
      text,
      problems: [{ message: `The file is not valid UTF-8 (first bad byte at offset ${bad + start}); invalid bytes read as �.`, range: { start: at, end: { line: at.line, character: at.character + 1 } } }],
    };
  }
}

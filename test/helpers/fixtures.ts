import { readFileSync, readdirSync, statSync, existsSync } from 'node:fs';
import { join, posix, relative } from 'node:path';
import { analyzePlans } from '../../server/src/core/analyze';
import { defaultConfig } from '../../server/src/core/config-model';
import type { Finding } from '../../server/src/core/rules/types';

/**
 * Fixture plans mark each expected finding at the end of its line: ` {OKR401}` or
 * ` {OKR401,OKR303}` (0-based line of the marker = the finding's start line).
 * The harness strips the markers before parsing. A folder fixture is a multi-plan
 * workspace; an optional `fixture.json` sets `{ "today": "YYYY-MM-DD" }`.
 */
const MARKER = /[ \t]*\{((?:OKR\d{3})(?:\s*,\s*OKR\d{3})*)\}[ \t]*(?=\r?\n|$)/gm;

export const FIXTURE_TODAY = '2026-02-02';
export const FIXTURE_ROOT = '/ws';

export interface Expected {
  file: string;
  line: number;
  code: string;
}

export interface Fixture {
  plans: Map<string, string>;
  expected: Expected[];
  today: string;
}

function stripMarkers(file: string, text: string, expected: Expected[]): string {
  const lines = text.split(/\r\n|\r|\n/);
  lines.forEach((line, index) => {
    for (const m of line.matchAll(MARKER)) {
      for (const code of m[1]!.split(',')) expected.push({ file, line: index, code: code.trim() });
    }
  });
  return text.replace(MARKER, '');
}

function listFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? listFiles(full) : [full];
  });
}

/** Loads a fixture file or folder into an in-memory workspace rooted at `/ws`. */
export function loadFixture(path: string): Fixture {
  const isDir = statSync(path).isDirectory();
  const files = isDir ? listFiles(path).filter((f) => f.endsWith('.md')) : [path];
  const expected: Expected[] = [];
  const plans = new Map<string, string>();
  for (const file of files) {
    const key = posix.join(FIXTURE_ROOT, (isDir ? relative(path, file) : relative(join(path, '..'), file)).split('\\').join('/'));
    plans.set(key, stripMarkers(key, readFileSync(file, 'utf8'), expected));
  }
  const settings = isDir && existsSync(join(path, 'fixture.json')) ? (JSON.parse(readFileSync(join(path, 'fixture.json'), 'utf8')) as { today?: string }) : {};
  return { plans, expected, today: settings.today ?? FIXTURE_TODAY };
}

/** Runs the whole engine on a fixture. */
export function runFixture(fixture: Fixture): Finding[] {
  return analyzePlans(fixture.plans, { roots: [FIXTURE_ROOT], today: fixture.today, configFor: () => defaultConfig() }).findings;
}

/** `file:line code` strings, sorted, for readable diffs. */
export function asKeys(items: { file: string; line: number; code: string }[]): string[] {
  return items.map((i) => `${i.file.replace(`${FIXTURE_ROOT}/`, '')}:${i.line + 1} ${i.code}`).sort();
}

export function findingKeys(findings: Finding[], codes?: Set<string>): string[] {
  return asKeys(findings.filter((f) => !codes || codes.has(f.code)).map((f) => ({ file: f.file, line: f.range.start.line, code: f.code })));
}

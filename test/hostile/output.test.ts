import { describe, expect, it } from 'vitest';
import { expectBounded, runCli, workspace } from './harness';

/** Control, separator and bidi characters a plan can smuggle into a title, a value or a file name. */
const UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;

const HOSTILE_PLAN = [
  '---',
  'period: 2026-Q1',
  'parent: "nowhere.okr.md\\n::error file=x.okr.md::pwned\\u001b]0;title\\u0007"',
  '---',
  '## Objective O1: \u001b[31mRed\u001b[0m owners \u0007 trust \u202eevil\u202c numbers \u2028 more',
  'Parent: \u001b[2Jnowhere.okr.md#KR1',
  '### KR1.1: Cut errors from 4% to 1%\u0085',
  '',
].join('\n');

describe('output cannot be used to attack its reader', () => {
  it('stylish, github and chain output carry no control or bidi character and no line a CI reads as a command', () => {
    const dir = workspace({ 'team.okr.md': HOSTILE_PLAN, 'we\u001b[1mird\u202e.okr.md': '## Objective O1: x\u0007\n' });
    for (const args of [['check'], ['check', '--format', 'github'], ['chain', 'team.okr.md:7']]) {
      const run = runCli(args, dir);
      expectBounded(run);
      expect(run.stdout.length).toBeGreaterThan(0);
      expect(run.stdout.replace(/\n/g, '')).not.toMatch(UNSAFE);
      const lines = run.stdout.split('\n');
      const commands = lines.filter((line) => line.startsWith('::'));
      // github: one workflow command per finding, nothing a plan wrote starts a line.
      expect(commands.every((line) => /^::(error|warning|notice) file=/.test(line))).toBe(true);
      expect(lines.some((line) => line.startsWith('::error file=x.okr.md'))).toBe(false);
    }
  });

  it('JSON and SARIF carry plan text with every control and bidi character escaped, the same value once parsed', () => {
    const dir = workspace({ 'team.okr.md': HOSTILE_PLAN });
    for (const format of ['json', 'sarif']) {
      const run = runCli(['check', '--format', format], dir);
      expectBounded(run);
      expect(run.stdout.replace(/\n/g, '')).not.toMatch(UNSAFE);
      // The plan's ESC is still there for a program that reads the JSON.
      expect(JSON.stringify(JSON.parse(run.stdout))).toContain('\\u001b[2J');
    }
  });

  it('usage errors quote arguments without their control characters', () => {
    const dir = workspace({});
    for (const args of [['check', '--format', '\u001b[31mx\u0007'], ['explain', '\u001b]0;t\u0007'], ['chain', 'x\u001b[2J.okr.md:1']]) {
      const run = runCli(args, dir);
      expectBounded(run);
      expect(run.status).toBe(2);
      expect(run.stderr.replace(/\n/g, '')).not.toMatch(UNSAFE);
    }
  });

  it('echoed plan text is capped: a 900 KB Parent value does not make a 900 KB message', () => {
    const dir = workspace({ 'team.okr.md': `## Objective O1: Owners trust\nParent: ${'x'.repeat(900_000)}.okr.md#KR1\n` });
    const run = runCli(['check', '--format', 'json'], dir);
    expectBounded(run);
    const { diagnostics } = JSON.parse(run.stdout) as { diagnostics: { code: string; message: string }[] };
    expect(diagnostics.find((d) => d.code === 'OKR001')).toBeDefined();
    expect(Math.max(...diagnostics.map((d) => d.message.length))).toBeLessThanOrEqual(600);
    expect(run.stdout.length).toBeLessThan(20_000);
  });

  it('SARIF artifact locations are URIs: #, ?, % and spaces percent-encoded', () => {
    const dir = workspace({ 'odd #1 ?50% done/a b.okr.md': '## Objective O1: Owners trust\n' });
    const run = runCli(['check', '--format', 'sarif'], dir);
    expectBounded(run);
    const sarif = JSON.parse(run.stdout) as { runs: { results: { locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }[] }[] };
    const uris = new Set(sarif.runs[0]!.results.map((r) => r.locations[0]!.physicalLocation.artifactLocation.uri));
    expect([...uris]).toEqual(['odd%20%231%20%3F50%25%20done/a%20b.okr.md']);
    expect(() => new URL([...uris][0]!, 'file:///root/')).not.toThrow();
  });
});

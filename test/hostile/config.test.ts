import { describe, expect, it } from 'vitest';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseConfig } from '../../server/src/core/config/parse-config';
import { expectBounded, runCli, workspace } from './harness';

describe('config mistakes are never silent', () => {
  it('__proto__, constructor and Object method names get the usual warning wherever they are written', () => {
    const text = `{
  "__proto__": { "x": 1 },
  "constructor": 1,
  "rules": { "__proto__": "off", "constructor": "off", "too-many-objectives": ["warning", { "constructor": 3, "toString": 4, "__proto__": 5, "hasOwnProperty": 6 }] },
  "lexicon": { "toString": { "add": ["x"] }, "__proto__": { "add": ["y"] }, "constructor": { "add": ["z"] } }
}`;
    const config = parseConfig('/ws/.okrrc.json', text);
    const flagged = config.problems.map((p) => p.message);
    for (const name of ['__proto__', 'constructor']) expect(flagged.filter((m) => m.startsWith(`\`${name}\` is not a setting`))).toHaveLength(1);
    for (const name of ['__proto__', 'constructor']) expect(flagged.filter((m) => m.startsWith(`\`${name}\` is not a rule`))).toHaveLength(1);
    for (const name of ['constructor', 'toString', '__proto__', 'hasOwnProperty']) expect(flagged).toContain(`\`too-many-objectives\` has no option \`${name}\`; it takes \`max\`.`);
    for (const name of ['toString', '__proto__', 'constructor']) expect(flagged.some((m) => m.startsWith(`\`${name}\` is not a word list`))).toBe(true);
    expect(config.rules.get('OKR101')!.options).toEqual({ max: 5 });
    expect(Object.getPrototypeOf(config.rules.get('OKR101')!.options)).toBe(Object.prototype);
  });

  it('JSON nested too deep for the parser is reported in the config, not a crash', () => {
    const dir = workspace({ '.okrrc.json': `{"rules": ${'['.repeat(50_000)}${']'.repeat(50_000)}}`, 'a.okr.md': '## Objective O1: Owners trust\n' });
    const run = runCli(['check', '--format', 'json'], dir);
    expectBounded(run);
    const { diagnostics } = JSON.parse(run.stdout) as { diagnostics: { file: string; code: string; message: string }[] };
    expect(diagnostics.filter((d) => d.file === '.okrrc.json')).toEqual([expect.objectContaining({ code: 'OKR900', message: expect.stringContaining('could not be parsed') })]);
  });

  it('an unreadable .okrrc.json is reported in it', () => {
    // A folder named like the config cannot be read by anyone, root included (a chmod 000 file can be, by root).
    const dir = workspace({ 'a.okr.md': '## Objective O1: Owners trust\n' });
    mkdirSync(join(dir, '.okrrc.json'));
    const run = runCli(['check', '--format', 'json'], dir);
    expectBounded(run);
    const { diagnostics } = JSON.parse(run.stdout) as { diagnostics: { file: string; code: string; message: string }[] };
    expect(diagnostics.filter((d) => d.file === '.okrrc.json')).toEqual([expect.objectContaining({ code: 'OKR900' })]);
  });

  it('a binary plan gets its one located problem, not also missing-period', () => {
    const dir = workspace({ 'a.okr.md': '## Objective O1: x\n\u0000\u0001binary' });
    const run = runCli(['check', '--format', 'json'], dir);
    expectBounded(run);
    const { diagnostics } = JSON.parse(run.stdout) as { diagnostics: { code: string }[] };
    expect(diagnostics.map((d) => d.code)).toEqual(['OKR901']);
  });
});

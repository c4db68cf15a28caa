import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseConfig } from '../server/src/core/config/parse-config';
import { ConfigResolver } from '../server/src/core/config/resolver';
import { configJsonSchema } from '../server/src/core/config/schema';

const problems = (text: string) => parseConfig('/ws/.okrrc.json', text).problems.map((p) => `${p.range.start.line + 1}:${p.severity}:${p.message}`);

describe('parseConfig', () => {
  it('reads rules by name or code, severities, options, files, lexicon and checkInMaxAgeDays (JSONC)', () => {
    const config = parseConfig('/ws/.okrrc.json', `{
      // comments and trailing commas are fine
      "files": ["plans/**/*.md"],
      "rules": {
        "too-many-objectives": ["warning", { "max": 3 }],
        "missing-tradeoff": "off",
        "OKR402": "error",
        "kr402": "error",
      },
      "lexicon": { "taskVerbs": { "add": ["Spike"], "remove": ["hold"] } },
      "checkInMaxAgeDays": 7,
    }`);
    expect(config.problems.map((p) => p.message)).toEqual(['`kr402` is not a rule; did you mean `OKR402`?']);
    expect(config.rules.get('OKR101')).toEqual({ severity: 'warning', options: { max: 3 } });
    expect(config.rules.get('OKR305')!.severity).toBe('off');
    expect(config.rules.get('OKR402')!.severity).toBe('error');
    expect(config.files).toEqual(['plans/**/*.md']);
    expect(config.lexicon.taskVerbs).toContain('spike');
    expect(config.lexicon.taskVerbs).not.toContain('hold');
    expect(config.checkInMaxAgeDays).toBe(7);
  });

  it('locates a syntax error and falls back to the defaults', () => {
    const config = parseConfig('/ws/.okrrc.json', '{\n  "rules": {\n    "missing-period": "off"\n  \n');
    expect(config.problems).toHaveLength(1);
    expect(config.problems[0]).toMatchObject({ code: 'OKR900', rule: 'invalid-config', severity: 'error', file: '/ws/.okrrc.json' });
    expect(config.rules.get('OKR008')!.severity).toBe('warning');
  });

  it('warns at each wrong key or value and keeps the rest', () => {
    expect(
      problems(`{
  "rules": { "missing-period": "sometimes", "too-many-objectives": ["warning", { "maximum": 3, "max": -1 }] },
  "files": "plans/*.md",
  "lexicon": { "verbs": { "add": ["x"] }, "taskVerbs": { "add": [1], "drop": [] } },
  "checkInMaxAgeDays": "two weeks",
  "colour": "blue",
  "checkPastPlans": "yes"
}`),
    ).toEqual([
      '2:warning:A rule setting must be "off", "error", "warning", "info" or "hint"; found "sometimes".',
      '2:warning:`too-many-objectives` has no option `maximum`; it takes `max`.',
      '2:warning:`too-many-objectives` option `max` must be a whole number of 0 or more.',
      '3:warning:`files` must be an array of strings.',
      '4:warning:`verbs` is not a word list; known lists: `taskVerbs`, `deliverableVerbs`, `activityVerbs`, `laggingMetrics`, `positioningPhrases`, `deadlineWords`, `outcomeNouns`.',
      '4:warning:`lexicon.taskVerbs.add` must hold only strings.',
      '4:warning:`lexicon.taskVerbs` takes `add` and `remove`; found `drop`.',
      '5:warning:`checkInMaxAgeDays` must be a whole number of days, 1 or more.',
      '6:warning:`colour` is not a setting; known settings: `files`, `rules`, `lexicon`, `checkInMaxAgeDays`, `planMaxSizeKb`, `checkPastPlans`.',
      '7:warning:`checkPastPlans` must be `true` or `false`.',
    ]);
  });

  it('offers the severity a rule setting most likely meant as its fix', () => {
    const text = '{ "rules": { "missing-period": "warn", "missing-owner": "Error", "orphan-initiative": "none", "kr-not-measurable": "infro", "too-many-objectives": "sometimes" } }';
    const config = parseConfig('/ws/.okrrc.json', text);
    const fixes = config.problems.map((p) => [p.message, p.fix?.title, p.fix?.edits[0]?.newText]);
    expect(fixes).toEqual([
      ['A rule setting must be "off", "error", "warning", "info" or "hint"; found "warn": did you mean "warning"?', 'Change to "warning"', '"warning"'],
      ['A rule setting must be "off", "error", "warning", "info" or "hint"; found "Error": did you mean "error"?', 'Change to "error"', '"error"'],
      ['A rule setting must be "off", "error", "warning", "info" or "hint"; found "none": did you mean "off"?', 'Change to "off"', '"off"'],
      ['A rule setting must be "off", "error", "warning", "info" or "hint"; found "infro": did you mean "info"?', 'Change to "info"', '"info"'],
      ['A rule setting must be "off", "error", "warning", "info" or "hint"; found "sometimes".', undefined, undefined],
    ]);
    const fixed = config.problems.filter((p) => p.fix).reduce((t, p) => t.replace(JSON.stringify(p.message.match(/found (".*?")/)![1]!.slice(1, -1)), p.fix!.edits[0]!.newText), text);
    expect(parseConfig('/ws/.okrrc.json', fixed).problems.map((p) => p.message)).toEqual(['A rule setting must be "off", "error", "warning", "info" or "hint"; found "sometimes".']);
  });

  it('never throws on arbitrary text (property)', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json(), fc.jsonValue().map((v) => JSON.stringify({ rules: v, files: v, lexicon: v }))), (text) => {
        const config = parseConfig('/ws/.okrrc.json', text);
        expect(config.rules.size).toBe(35);
      }),
      { seed: 7, numRuns: 300 },
    );
  });
});

describe('ConfigResolver', () => {
  const files: Record<string, string> = {
    '/ws/.okrrc.json': '{ "rules": { "missing-period": "off" } }',
    '/ws/teams/.okrrc.json': '{ "rules": { "missing-owner": "error" } }',
    '/.okrrc.json': '{ "rules": { "missing-tradeoff": "off" } }',
    '/other/strict.json': '{ "rules": { "kr-is-task": "error" } }',
  };
  const readFile = (path: string) => files[path];

  it('uses the nearest config, merged over the defaults (not over configs further up)', () => {
    const resolver = new ConfigResolver({ roots: ['/ws'], readFile });
    expect(resolver.configFor('/ws/a.okr.md').rules.get('OKR008')!.severity).toBe('off');
    const team = resolver.configFor('/ws/teams/deep/b.okr.md');
    expect(team.file).toBe('/ws/teams/.okrrc.json');
    expect(team.rules.get('OKR303')!.severity).toBe('error');
    expect(team.rules.get('OKR008')!.severity).toBe('warning');
  });

  it('stops at the workspace folder', () => {
    const resolver = new ConfigResolver({ roots: ['/ws2'], readFile });
    expect(resolver.configFor('/ws2/a.okr.md').file).toBeUndefined();
    expect(resolver.configFor('/ws2/a.okr.md').rules.get('OKR305')!.severity).toBe('info');
  });

  it('uses an explicit config for every plan', () => {
    const resolver = new ConfigResolver({ roots: ['/ws'], readFile, explicitConfig: '/other/strict.json' });
    expect(resolver.configFor('/ws/teams/b.okr.md').rules.get('OKR402')!.severity).toBe('error');
    expect(resolver.configFor('/ws/teams/b.okr.md').rules.get('OKR303')!.severity).toBe('warning');
  });

  it('forgets a changed config', () => {
    const local: Record<string, string> = { '/ws/.okrrc.json': '{ "rules": { "missing-period": "off" } }' };
    const resolver = new ConfigResolver({ roots: ['/ws'], readFile: (p) => local[p] });
    expect(resolver.configFor('/ws/a.okr.md').rules.get('OKR008')!.severity).toBe('off');
    local['/ws/.okrrc.json'] = '{}';
    resolver.invalidate('/ws/.okrrc.json');
    expect(resolver.configFor('/ws/a.okr.md').rules.get('OKR008')!.severity).toBe('warning');
  });
});

describe('configJsonSchema', () => {
  it('describes every rule by name and code, with its options', () => {
    const schema = configJsonSchema() as { properties: { rules: { properties: Record<string, { description: string; examples: string[] }> } } };
    const rules = schema.properties.rules.properties;
    expect(Object.keys(rules)).toHaveLength(70);
    expect(rules['too-many-objectives']!.description).toContain('OKR101');
    expect(JSON.stringify(rules.OKR101)).toContain('"max"');
  });

  it('validates nothing, so a config mistake is reported once (by the server)', () => {
    const text = JSON.stringify(configJsonSchema());
    expect(text).not.toMatch(/"(type|enum|oneOf|anyOf|minimum|maxItems|minItems|additionalProperties|required)":/);
  });
});

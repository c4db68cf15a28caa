import { describe, expect, it } from 'vitest';
import { readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { RULES } from '../server/src/core/rules/registry';
import { asKeys, findingKeys, loadFixture, runFixture } from './helpers/fixtures';

/**
 * `test/fixtures/rules/<rule-name>/` holds that rule's fixtures: files or folders.
 * Only the rule's own findings are compared there; `test/fixtures/plans/` compares all.
 */
const RULE_FIXTURES = join(__dirname, 'fixtures', 'rules');

describe.each(RULES.map((r) => [r.name, r] as const))('%s', (name, rule) => {
  const dir = join(RULE_FIXTURES, name);
  it('has positive and negative fixtures', () => {
    expect(existsSync(dir), `missing ${dir}`).toBe(true);
    const entries = readdirSync(dir);
    expect(entries.some((e) => e.startsWith('positive')), 'a positive fixture').toBe(true);
    expect(entries.some((e) => e.startsWith('negative')), 'a negative fixture').toBe(true);
  });
  const entries = existsSync(dir) ? readdirSync(dir) : [];
  it.each(entries)('%s', (entry) => {
    const fixture = loadFixture(join(dir, entry));
    const expected = asKeys(fixture.expected.filter((e) => e.code === rule.code));
    if (entry.startsWith('positive')) expect(expected.length).toBeGreaterThan(0);
    else expect(expected).toEqual([]);
    expect(findingKeys(runFixture(fixture), new Set([rule.code]))).toEqual(expected);
  });
});

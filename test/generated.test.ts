import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { generatedFiles } from '../scripts/generate';
import { RULES } from '../server/src/core/rules/registry';

describe('generated artefacts', () => {
  it.each(Object.entries(generatedFiles()))('%s is up to date (run `npm run generate`)', (path, content) => {
    expect(readFileSync(join(__dirname, '..', path), 'utf8')).toBe(content);
  });

  it('lists every rule of the catalog once, with unique codes and names', () => {
    expect(RULES).toHaveLength(35);
    expect(new Set(RULES.map((r) => r.code)).size).toBe(35);
    expect(new Set(RULES.map((r) => r.name)).size).toBe(35);
  });

  it('gives every rule its full explanation', () => {
    for (const rule of RULES) {
      for (const key of ['description', 'rationale', 'weak', 'strong', 'fix'] as const) {
        expect(rule[key].trim().length, `${rule.name}.${key}`).toBeGreaterThan(10);
      }
    }
  });
});

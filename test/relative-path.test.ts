import { posix } from 'node:path';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { propertyRuns } from './helpers/property-runs';
import { relativePath } from '../server/src/core/relative-path';

const segment = fc.constantFrom('a', 'ab', 'b', 'org', 'org-0', 'unit 1', 'é', '.', '..', '', '2026-Q1.okr.md', '.hidden');
const path = fc.tuple(fc.boolean(), fc.array(segment, { maxLength: 5 }), fc.boolean()).map(([absolute, parts, slash]) => `${absolute ? '/' : ''}${parts.join('/')}${slash ? '/' : ''}`);

describe('relative paths between plans', () => {
  it('equal posix.relative for any two paths (property)', () => {
    fc.assert(
      fc.property(path, path, (from, to) => {
        expect(relativePath(from, to)).toBe(posix.relative(from, to));
      }),
      propertyRuns(3000, 20261203),
    );
  });

  it('are worked out for the paths plans have', () => {
    expect(relativePath('/ws/org/team', '/ws/org/company.okr.md')).toBe('../company.okr.md');
    expect(relativePath('/ws', '/ws/a/b.okr.md')).toBe('a/b.okr.md');
    expect(relativePath('/', '/a.okr.md')).toBe('a.okr.md');
    expect(relativePath('/ws/a', '/ws/a')).toBe('');
  });
});

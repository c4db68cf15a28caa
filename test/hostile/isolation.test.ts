import { afterEach, describe, expect, it, vi } from 'vitest';
import { analyzePlans } from '../../server/src/core/analyze';
import { defaultConfig } from '../../server/src/core/config-model';
import { findRule } from '../../server/src/core/rules/registry';
import * as parser from '../../server/src/core/parse/parser';
import { ALIAS_BOMB } from './harness';

vi.mock('../../server/src/core/parse/parser', async (original) => {
  const actual = await original<typeof import('../../server/src/core/parse/parser')>();
  return { ...actual, parsePlan: vi.fn(actual.parsePlan) };
});

const GOOD = '---\nperiod: 2026-Q1\n---\n# Mission: m\nServes: a\nRefuses: b\n## Objective O1: Owners trust the numbers\n';


function analyze(plans: Record<string, string>) {
  const errors: unknown[] = [];
  const analysis = analyzePlans(new Map(Object.entries(plans)), { roots: ['/ws'], today: '2026-02-02', configFor: () => defaultConfig(), onRuleError: (_rule, error) => errors.push(error) });
  return { ...analysis, errors };
}

const byFile = (findings: { file: string; code: string }[], file: string): string[] => findings.filter((f) => f.file === file).map((f) => f.code);

describe('one bad plan never takes the others down', () => {
  afterEach(() => vi.restoreAllMocks());

  it('front matter with an alias bomb is a located OKR901 on that plan; the other plan is checked', () => {
    const { findings } = analyze({ '/ws/bomb.okr.md': ALIAS_BOMB, '/ws/good.okr.md': GOOD });
    const bomb = findings.filter((f) => f.file === '/ws/bomb.okr.md' && f.code === 'OKR901');
    expect(bomb).toHaveLength(1);
    expect(bomb[0]!.message).toMatch(/front matter/i);
    expect(bomb[0]!.range.start.line).toBe(0);
    expect(byFile(findings, '/ws/good.okr.md')).toEqual(byFile(analyze({ '/ws/good.okr.md': GOOD }).findings, '/ws/good.okr.md'));
  });

  it('a parser that throws costs its plan one located OKR901 and nothing else', () => {
    vi.mocked(parser.parsePlan).mockImplementationOnce(() => {
      throw new Error('parser exploded');
    });
    const { findings } = analyze({ '/ws/a.okr.md': GOOD, '/ws/b.okr.md': GOOD });
    expect(findings.filter((f) => f.file === '/ws/a.okr.md')).toEqual([
      expect.objectContaining({ code: 'OKR901', message: 'The plan could not be read (parser exploded).', range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } } }),
    ]);
    expect(byFile(findings, '/ws/b.okr.md').length).toBeGreaterThan(0);
  });

  it('a rule that throws leaves one located OKR903 naming it; the other rules and plans still report', () => {
    const rule = findRule('missing-tradeoff')!;
    vi.spyOn(rule, 'check').mockImplementation(() => {
      throw new Error('rule exploded');
    });
    const { findings, errors } = analyze({ '/ws/a.okr.md': GOOD, '/ws/b.okr.md': GOOD });
    expect(errors).toHaveLength(2);
    for (const file of ['/ws/a.okr.md', '/ws/b.okr.md']) {
      const failed = findings.filter((f) => f.file === file && f.code === 'OKR903');
      expect(failed).toHaveLength(1);
      expect(failed[0]!.message).toContain('missing-tradeoff');
      expect(failed[0]!.message).toContain('rule exploded');
      expect(byFile(findings, file)).toContain('OKR303');
    }
  });
});

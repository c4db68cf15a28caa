import { describe, expect, it } from 'vitest';
import { expectBounded, runCli, workspace } from './harness';

describe('one rule for what a plan is', () => {
  it('a Parent into a plain .md is unresolved however the check is started', () => {
    const dir = workspace({
      'notes.md': '# Mission: Not a plan\n## Objective O1: Notes\n',
      'team/t.okr.md': '---\nperiod: 2026-Q1\nparent: ../notes.md\n---\n## Objective O1: Owners trust the numbers\nOwner: @a\nParent: ../notes.md#O1\n',
    });
    const findingsOf = (args: string[]): string[] => {
      const run = runCli([...args, '--format', 'json'], dir);
      expectBounded(run);
      const { diagnostics } = JSON.parse(run.stdout) as { diagnostics: { file: string; line: number; code: string }[] };
      return diagnostics.filter((d) => d.file === 'team/t.okr.md').map((d) => `${d.line} ${d.code}`);
    };
    const fromFolder = findingsOf(['check', 'team']);
    expect(fromFolder).toContain('7 OKR001');
    expect(findingsOf(['check', 'team/t.okr.md'])).toEqual(fromFolder);
    expect(findingsOf(['check'])).toEqual(fromFolder);
  });
});

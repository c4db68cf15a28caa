import { describe, expect, it } from 'vitest';
import { analyzePlans } from '../server/src/core/analyze';
import { defaultConfig } from '../server/src/core/config-model';

const BAD_MISSION = '# Mission: Reach $10M ARR by 2027';

function codesByLine(text: string): string[] {
  const plans = new Map([['/ws/a.okr.md', `---\nperiod: 2026-Q1\n---\n${text}`]]);
  const { findings } = analyzePlans(plans, { roots: ['/ws'], today: '2026-02-02', configFor: () => defaultConfig() });
  return findings.map((f) => `${f.range.start.line - 2}:${f.code}`);
}

describe('suppression comments', () => {
  const loud = codesByLine(`${BAD_MISSION}\n`);
  it('reports both mission rules without comments', () => {
    expect(loud).toEqual(['1:OKR201', '1:OKR203']);
  });
  it('okr-disable-next-line silences the next line, for named rules (by name or code) or all', () => {
    expect(codesByLine(`<!-- okr-disable-next-line mission-is-a-goal -->\n${BAD_MISSION}\n`)).toEqual(['2:OKR203']);
    expect(codesByLine(`<!-- okr-disable-next-line OKR203 -->\n${BAD_MISSION}\n`)).toEqual(['2:OKR201']);
    expect(codesByLine(`<!-- okr-disable-next-line OKR203, mission-is-a-goal -->\n${BAD_MISSION}\n`)).toEqual([]);
    expect(codesByLine(`<!-- okr-disable-next-line -->\n${BAD_MISSION}\n`)).toEqual([]);
    expect(codesByLine(`<!-- okr-disable-next-line -->\n\n${BAD_MISSION}\n`)).toEqual(['3:OKR201', '3:OKR203']);
  });
  it('okr-disable … okr-enable silences a range', () => {
    const text = `<!-- okr-disable mission-is-a-goal -->\n${BAD_MISSION}\n<!-- okr-enable mission-is-a-goal -->\n${BAD_MISSION}\n`;
    expect(codesByLine(text)).toEqual(['2:OKR203', '4:OKR201', '4:OKR203', '4:OKR204']);
  });
  it('okr-disable without names silences everything, and enabling one rule inside brings it back', () => {
    const text = `<!-- okr-disable -->\n${BAD_MISSION}\n<!-- okr-enable OKR204 -->\n${BAD_MISSION}\n<!-- okr-enable -->\n${BAD_MISSION}\n`;
    expect(codesByLine(text)).toEqual(['4:OKR204', '6:OKR201', '6:OKR203', '6:OKR204']);
  });
  it('ignores comments inside code fences', () => {
    expect(codesByLine('```\n<!-- okr-disable -->\n```\n' + `${BAD_MISSION}\n`)).toEqual(['4:OKR201', '4:OKR203']);
  });
});

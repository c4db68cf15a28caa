import { describe, expect, it } from 'vitest';
import { addDays, daysBetween, parsePeriod, periodContains, statedPeriodIn } from '../server/src/core/period';
import { parsePlan } from '../server/src/core/parse/parser';

describe('parsePeriod', () => {
  it.each([
    ['2026-Q1', '2026-01-01', '2026-03-31'],
    ['2026-Q2', '2026-04-01', '2026-06-30'],
    ['2026-Q3', '2026-07-01', '2026-09-30'],
    ['2026-Q4', '2026-10-01', '2026-12-31'],
    ['2026-H1', '2026-01-01', '2026-06-30'],
    ['2026-H2', '2026-07-01', '2026-12-31'],
    ['2026', '2026-01-01', '2026-12-31'],
    ['2026-01-05..2026-03-27', '2026-01-05', '2026-03-27'],
    ['2026-01-05 .. 2026-03-27', '2026-01-05', '2026-03-27'],
    ['2026-02-01..2026-02-01', '2026-02-01', '2026-02-01'],
    ['2026-q1', '2026-01-01', '2026-03-31'],
    ['2026Q1', '2026-01-01', '2026-03-31'],
    [' 2026-h2 ', '2026-07-01', '2026-12-31'],
  ])('%j runs from %s to %s', (text, start, end) => {
    expect(parsePeriod(text)).toEqual({ start, end });
  });

  it.each([
    'next quarter',
    'Q1 2026',
    '2026-Q5',
    '2026-H3',
    '26',
    '2026-01',
    '2026-03-27..2026-01-05',
    '2026-02-30..2026-03-27',
    '2026-01-05..',
    '2026-01-05...2026-03-27',
    '',
  ])('rejects %j', (text) => {
    expect(parsePeriod(text)).toBeUndefined();
  });
});

describe('periodContains', () => {
  const q1 = parsePeriod('2026-Q1')!;

  it('includes both ends', () => {
    expect(periodContains(q1, '2026-01-01')).toBe(true);
    expect(periodContains(q1, '2026-02-02')).toBe(true);
    expect(periodContains(q1, '2026-03-31')).toBe(true);
  });

  it('excludes the days around it', () => {
    expect(periodContains(q1, '2025-12-31')).toBe(false);
    expect(periodContains(q1, '2026-04-01')).toBe(false);
  });
});

describe('daysBetween and addDays', () => {
  it('counts whole days, across months, years and leap days', () => {
    expect(daysBetween('2026-01-27', '2026-02-10')).toBe(14);
    expect(daysBetween('2025-12-31', '2026-01-01')).toBe(1);
    expect(daysBetween('2028-02-28', '2028-03-01')).toBe(2);
    expect(daysBetween('2026-03-01', '2026-02-01')).toBe(-28);
  });

  it('adds days forward and back', () => {
    expect(addDays('2026-01-01', 14)).toBe('2026-01-15');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2026-01-01', -1)).toBe('2025-12-31');
  });

  it('round-trips', () => {
    for (const days of [0, 1, 13, 14, 15, 90, 365]) expect(daysBetween('2026-01-05', addDays('2026-01-05', days))).toBe(days);
  });
});

describe('statedPeriodIn: a period written for people, in a title or a `Period:` line', () => {
  it.each([
    ['Payments OKRs — Q2 2026', '2026-Q2', 'Q2 2026'],
    ['Q2 2026 (April - June)', '2026-Q2', 'Q2 2026'],
    ['2026 Q3 OKRs', '2026-Q3', '2026 Q3'],
    ['OKRs 2018 Q4', '2018-Q4', '2018 Q4'],
    ['Q1-2026 — Fundaciones', '2026-Q1', 'Q1-2026'],
    ["OKRs for Q3 '24", undefined, undefined],
    ['Goast OKR Definitions (Q1-Q3 2026)', '2026-01-01..2026-09-30', 'Q1-Q3 2026'],
    ['2025 Q3-Q4 OKR Taslağı (4 Aylık)', '2025-07-01..2025-12-31', '2025 Q3-Q4'],
    ['H1 2025 goals', '2025-H1', 'H1 2025'],
    ['2021 Goals', '2021', '2021'],
    ['OCTO-DE Priorities 2024', '2024', '2024'],
    ['Plan Marketing Stratégique 2026-2028', '2026-01-01..2028-12-31', '2026-2028'],
    ['LunarDAO Objectives & Key Results - February 2023', '2023-02-01..2023-02-28', 'February 2023'],
    ['Measurable goals: December 2020 - March 2021', '2020-12-01..2021-03-31', 'December 2020 - March 2021'],
    ['Objectives & Key Results - March & April 2023', '2023-03-01..2023-04-30', 'March & April 2023'],
  ])('%j states %j', (text, period, written) => {
    const stated = statedPeriodIn(text);
    expect(stated?.period).toEqual(period);
    if (written !== undefined) expect(text.slice(stated!.index, stated!.index + stated!.length)).toBe(written);
  });

  it.each([
    ['Payments OKRs 2026 — Q2', '2026-Q2'],
    ['Q2 OKRs (as of May 5, 2026)', '2026-Q2'],
    ['Q2 2026 (Apr 1 – Jun 30, 2026)', '2026-Q2'],
    ['H1-H2 2026 goals', '2026-01-01..2026-12-31'],
    ['2026 H1 & H2 goals', '2026-01-01..2026-12-31'],
    ['OKRs — Mar. 2026', '2026-03-01..2026-03-31'],
    ['2026-04-01 to 2026-06-30', '2026-04-01..2026-06-30'],
    ['OKRs 2026-04-01..2026-06-30', '2026-04-01..2026-06-30'],
  ])('%j, its parts written apart or twice, states %j', (text, period) => {
    expect(statedPeriodIn(text, true)?.period).toBe(period);
  });

  it.each([
    ['Payments OKRs — Q2 2026 (April 1 – June 30, 2026)', '2026-Q2'],
    ['April 1 – June 30, 2026', '2026-04-01..2026-06-30'],
    ['1 April – 30 June 2026', '2026-04-01..2026-06-30'],
    ['2026 OKRs (revised March 2026)', '2026'],
    ['Q2 2026 OKRs — kick-off April 2026', '2026-Q2'],
    ['Q2 2026 (as of May 2026)', '2026-Q2'],
    ['OKRs 2026 (Q1–Q4)', '2026'],
    ['Q2 2026 OKRs (Q1 retro in appendix)', '2026-Q2'],
    ['H1 2026 OKRs — Q1 focus', '2026-H1'],
    ['2026', '2026'],
    ['Jahresziele 2026', '2026'],
    ['Metas 2026', '2026'],
  ])('a dated aside does not narrow the period: %j states %j', (text, period) => {
    expect(statedPeriodIn(text, true)?.period).toBe(period);
  });

  it('in a title, a year alone states a period only beside a word for the plan; a fiscal year states none', () => {
    expect(statedPeriodIn('Vision 2030', true)).toBeUndefined();
    expect(statedPeriodIn('Project 2048', true)).toBeUndefined();
    expect(statedPeriodIn('2030', false)?.period).toBe('2030');
    expect(statedPeriodIn('Q2 FY 2026 OKRs', true)).toBeUndefined();
    expect(statedPeriodIn('FY26 goals', true)).toBeUndefined();
  });

  it.each(['Team OKRs', 'Q1 2023 and Q2 2023', 'Roadmap 2024 to 2030 and 2040', 'Released 2026-03-01', 'Q3 planning', 'Version 2026.1'])('%j states none', (text) => {
    expect(statedPeriodIn(text)).toBeUndefined();
  });

  it('is linear on long runs of digits, blanks and quarter words', () => {
    for (const run of [' ', 'Q1 ', '2026 ', 'Q1-', 'March ', '2026-']) {
      const started = performance.now();
      statedPeriodIn(`x${run.repeat(20_000)}y`);
      expect(performance.now() - started, run).toBeLessThan(1_000);
    }
  });
});

describe('a plan states its period in its title or a label line above its objectives', () => {
  const stated = (text: string) => parsePlan('/ws/a.okr.md', text).statedPeriod;

  it('reads the title, with the range of the words that state it (UTF-16 after an emoji, CRLF)', () => {
    expect(stated('# 🚀 Payments — Q2 2026\r\n\r\n## Objective O1: Shops get paid\r\n')).toEqual({ period: '2026-Q2', written: 'Q2 2026', range: { start: { line: 0, character: 16 }, end: { line: 0, character: 23 } } });
  });

  it('reads a `Period:` label line, bold or not, in the title’s section', () => {
    expect(stated('# Sutra OKRs\n\n**Period**: Q2 2026 (April - June)\n\n## Objective O1: Ship faster\n')).toMatchObject({ period: '2026-Q2', range: { start: { line: 2, character: 12 } } });
    expect(stated('Quarter: 2026 Q1\n\n## Objective O1: Ship faster\n')?.period).toBe('2026-Q1');
    expect(stated('# OKRs\n\n## Objective O1: Ship faster\n\nPeriod: Q2 2026\n')).toBeUndefined();
  });

  it('a `Period:` line says more than the title; a file of several years or months states none; a long title costs its length', () => {
    expect(stated('# Company OKRs 2026\n\n**Period**: Q2 2026\n\n## Objective O1: Ship faster\n')?.period).toBe('2026-Q2');
    expect(stated('# 2025 OKRs\n\n## Objective O1: a\n\n# 2026 OKRs\n\n## Objective O2: b\n')).toBeUndefined();
    expect(stated('# January 2026\n\n## Objective O1: a\n\n# February 2026\n\n## Objective O2: b\n')).toBeUndefined();
    expect(stated('# Payments 2026 OKRs\n\n## Launch in 2027 the new app\n')?.period).toBe('2026');
    // A heading that declares a node, or says more than a period, names no other plan's period.
    expect(stated('# Payments OKRs — Q2 2026\n## Objective 1: Clear the backlog\n- KR1: Close 80% of 2025 tickets\n### Key result 3: Retire the 2025 billing system\n## Lessons from our 2025 OKRs\n')?.period).toBe('2026-Q2');
    // A title narrower than the Period line is the plan's.
    expect(stated('# Payments OKRs — Q2 2026\n**Period:** 2026\n')?.period).toBe('2026-Q2');
    for (const blank of [' ', '\t']) {
      const started = performance.now();
      stated(`#${blank.repeat(50_000)}${'a'.repeat(250)}\n`);
      expect(performance.now() - started).toBeLessThan(1_000);
    }
  });

  it('front matter’s `title:`, or the first heading naming the set of OKRs under a title naming none, states the period', () => {
    expect(stated('---\ntitle: OKR-a-rama Q3 2019\ndate: 2019-07-02\n---\n\nSome prose.\n\n### Objective 1: Get fit\n')).toEqual({ period: '2019-Q3', written: 'Q3 2019', range: { start: { line: 1, character: 18 }, end: { line: 1, character: 25 } } });
    expect(stated('# OKRs: AI vs Freelancer\n## Q4 2025 Objectives and Key Results\n\n### Objective 1: Grow\n')?.period).toBe('2025-Q4');
    expect(stated('# 🎯 OKRs & Success Metrics\n\n> Intro.\n\n## 📅 Q1 2026 OKRs\n\n### Objective 1: Grow\n')?.period).toBe('2026-Q1');
    // A heading that only dates something (`## Launch in Q3 2026`) names no set of OKRs.
    expect(stated('# OKRs\n\n## Launch in Q3 2026\n')).toBeUndefined();
  });

  it('the front matter’s period is the plan’s; a heading that is a node, or a file of several periods, states none', () => {
    expect(stated('# Objective O1: Grow in 2026\n')).toBeUndefined();
    expect(stated('# Q1 2023\n\n## Objective O1: a\n\n# Q2 2023\n\n## Objective O2: b\n')).toBeUndefined();
    expect(stated('# 2024 OKRs\n\n## Q1\n\n## Objective O1: a\n\n## Q2 2024\n\n## Objective O2: b\n')?.period).toBe('2024');
  });
});

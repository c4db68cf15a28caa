import { describe, expect, it } from 'vitest';
import { addDays, daysBetween, parsePeriod, periodContains } from '../server/src/core/period';

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

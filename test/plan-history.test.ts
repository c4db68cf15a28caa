import { describe, expect, it } from 'vitest';
import { defaultConfig, type ResolvedConfig } from '../server/src/core/config-model';
import { createPlanService } from '../server/src/core/service/plan-service';
import { memoryPlanFiles } from '../server/src/core/service/memory-files';
import { readPlanHeader, teamKeyOf } from '../server/src/core/service/plan-history';
import { run, workspace } from './helpers/cli';

/*
 * Plans of past periods in a workspace that keeps history (docs/decisions.md, "Plans of past
 * periods"): a plan whose period ended more than 30 days ago and that a later plan of the same
 * team follows is indexed for navigation, not checked, unless it is open, named on the command
 * line, or `checkPastPlans` is set. A team's latest plan is always checked, however late.
 */

const ROOT = '/ws';
const TODAY = '2026-02-15';

/** A plan with one finding at least (a key result with no number). */
const plan = (period: string, team = 'Payments') => `---\nperiod: ${period}\nteam: ${team}\n---\n\n## Objective O1: Owners trust the payouts they see\nOwner: @ana\n\n### KR1.1: Improve the payout screen\nOwner: @lee\n`;

function service(disk: Map<string, string>, config: Partial<ResolvedConfig> = {}) {
  const s = createPlanService({ roots: [ROOT], today: TODAY, files: memoryPlanFiles(disk), log: () => {}, configFor: () => ({ ...defaultConfig(), ...config }) });
  s.loadAll();
  return s;
}

const Q3 = `${ROOT}/payments/2025-Q3.okr.md`;
const Q4 = `${ROOT}/payments/2025-Q4.okr.md`;
const Q1 = `${ROOT}/payments/2026-Q1.okr.md`;
const LONE = `${ROOT}/growth/2025-Q2.okr.md`;

function history(): Map<string, string> {
  return new Map([
    [Q3, plan('2025-Q3')],
    [Q4, plan('2025-Q4')],
    [Q1, plan('2026-Q1')],
    [LONE, plan('2025-Q2', 'Growth')],
  ]);
}

describe('the period and team of a plan, read without parsing it', () => {
  it('reads quoted values, trailing comments, a byte-order mark and CRLF', () => {
    expect(readPlanHeader('\uFEFF---\r\nperiod: "2026-Q1" # this quarter\r\nteam: \'Payments\'\r\n---\r\n# Plan')).toEqual({ period: { start: '2026-01-01', end: '2026-03-31' }, team: 'Payments' });
    // Out of front matter, a `period:` line in the title's section states the period for people, as the parser reads it.
    expect(readPlanHeader('# Plan\n\nperiod: 2026-Q1\n')).toEqual({ period: { start: '2026-01-01', end: '2026-03-31' } });
    expect(readPlanHeader('# Plan\n\n## Objective O1: Grow\n\nperiod: 2026-Q1\n')).toEqual({});
    expect(readPlanHeader('---\ntitle: "OKR-a-rama Q3 2019"\n---\n\nProse.\n')).toEqual({ period: { start: '2019-07-01', end: '2019-09-30' } });
    expect(readPlanHeader('---\nperiod: someday\n---\n')).toEqual({});
  });

  it('keys a team’s plans alike whether the period names the file or the folder', () => {
    expect(teamKeyOf('/ws/payments/2025-Q4.okr.md', undefined)).toBe(teamKeyOf('/ws/payments/2026-Q1.okr.md', undefined));
    expect(teamKeyOf('/ws/2025-Q4/payments.okr.md', 'Payments')).toBe(teamKeyOf('/ws/2026-Q1/payments.okr.md', 'payments'));
    expect(teamKeyOf('/ws/okrs/payments-Q4-2025.okr.md', undefined)).toBe(teamKeyOf('/ws/okrs/payments-Q1-2026.okr.md', undefined));
    expect(teamKeyOf('/ws/payments/2026-Q1.okr.md', 'Payments')).not.toBe(teamKeyOf('/ws/payments/2026-Q1.okr.md', 'Growth'));
    expect(teamKeyOf('/ws/payments/2026-Q1.okr.md', undefined)).not.toBe(teamKeyOf('/ws/growth/2026-Q1.okr.md', undefined));
  });
});

describe('plans of past periods in the plan service', () => {
  it('checks the current plan and a team’s latest plan however late, not the plans a later one follows', () => {
    const s = service(history());
    expect(s.findingsFor(Q1).length).toBeGreaterThan(0);
    expect(s.findingsFor(LONE).length).toBeGreaterThan(0);
    expect(s.findingsFor(Q3)).toEqual([]);
    expect(s.findingsFor(Q4)).toEqual([]);
  });

  it('reads a period stated in the title as front matter’s: a titled plan a later one follows is history too', () => {
    const titled = (period: string) => plan(period).replace(/^---\nperiod: [^\n]*\n/, '---\n').replace('## Objective', `# Payments — ${period.replace(/(\d{4})-(Q\d)/, '$2 $1')}\n\n## Objective`);
    expect(readPlanHeader(titled('2025-Q3')).period).toEqual({ start: '2025-07-01', end: '2025-09-30' });
    const s = service(new Map([[Q3, titled('2025-Q3')], [Q4, titled('2025-Q4')], [Q1, titled('2026-Q1')]]));
    expect(s.findingsFor(Q1).length).toBeGreaterThan(0);
    expect(s.findingsFor(Q3)).toEqual([]);
    expect(s.findingsFor(Q4)).toEqual([]);
  });

  it('keeps history out of the startup parse, yet reads it when navigation asks', () => {
    const s = service(history());
    expect(s.pendingCount()).toBe(2);
    expect(s.parsePending(Infinity)).toBe(0);
    expect(s.graph.pendingFiles().sort()).toEqual([Q3, Q4].sort());
    expect(s.graph.plan(Q3)?.nodes.map((n) => n.id)).toEqual(['O1', 'KR1.1']);
  });

  it('counts a quarter as current for 30 days after it ends, while it is closed', () => {
    const disk = new Map([
      [Q4, plan('2025-Q4')],
      [Q1, plan('2026-Q1')],
    ]);
    const s = createPlanService({ roots: [ROOT], today: '2026-01-30', files: memoryPlanFiles(disk), log: () => {}, configFor: () => defaultConfig() });
    s.loadAll();
    expect(s.findingsFor(Q4).length).toBeGreaterThan(0);
    expect(s.setToday('2026-01-31')).toBe(true);
    expect(s.findingsFor(Q4)).toEqual([]);
  });

  it('checks history that is open in an editor, and drops its findings when it is closed', () => {
    const disk = history();
    const s = service(disk);
    s.updateDocument(Q3, disk.get(Q3)!, 1);
    expect(s.findingsFor(Q3).length).toBeGreaterThan(0);
    expect(s.closeDocument(Q3).has(Q3)).toBe(true);
    expect(s.findingsFor(Q3)).toEqual([]);
  });

  it('checks every plan with checkPastPlans', () => {
    const s = service(history(), { checkPastPlans: true });
    expect(s.pendingCount()).toBe(4);
    for (const file of [Q3, Q4, Q1, LONE]) expect(s.findingsFor(file).length, file).toBeGreaterThan(0);
  });

  it('makes a team’s latest plan history when a later one is written, and re-checks it when that one goes', () => {
    const disk = new Map([[LONE, plan('2025-Q2', 'Growth')]]);
    const s = service(disk);
    expect(s.findingsFor(LONE).length).toBeGreaterThan(0);
    const next = `${ROOT}/growth/2025-Q3.okr.md`;
    disk.set(next, plan('2025-Q3', 'Growth'));
    expect(s.fileChanged(next).has(LONE)).toBe(true);
    expect(s.findingsFor(LONE)).toEqual([]);
    disk.delete(next);
    expect(s.fileChanged(next).has(LONE)).toBe(true);
    expect(s.findingsFor(LONE).length).toBeGreaterThan(0);
  });
});

describe('throughline check on a workspace that keeps history', () => {
  const files = { 'payments/2025-Q3.okr.md': plan('2025-Q3'), 'payments/2026-Q1.okr.md': plan('2026-Q1') };

  it('checks the current plans and says how many past ones it left, and how to check them', () => {
    const dir = workspace(files);
    const out = run(['check', '.', '--today', TODAY], dir);
    expect(out.stdout).toContain('payments/2026-Q1.okr.md');
    expect(out.stdout).not.toContain('payments/2025-Q3.okr.md');
    expect(out.stdout).toMatch(/in 1 plan\n1 plan of past periods, followed by a later plan of the same team, not checked: name them, or set `checkPastPlans` in \.okrrc\.json\.\n$/);
    const json = JSON.parse(run(['check', '.', '--today', TODAY, '--format', 'json'], dir).stdout) as { summary: { plans: number; pastPlansNotChecked: number } };
    expect(json.summary).toMatchObject({ plans: 1, pastPlansNotChecked: 1 });
  });

  it('checks a past plan named on its own, and every plan with checkPastPlans', () => {
    const dir = workspace(files);
    expect(run(['check', 'payments/2025-Q3.okr.md', '--today', TODAY], dir).stdout).toContain('payments/2025-Q3.okr.md');
    const configured = workspace({ ...files, '.okrrc.json': '{ "checkPastPlans": true }' });
    const out = run(['check', '.', '--today', TODAY], configured).stdout;
    expect(out).toContain('payments/2025-Q3.okr.md');
    expect(out).not.toContain('past periods');
  });
});

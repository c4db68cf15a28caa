import { describe, expect, it, beforeAll } from 'vitest';
import { spawn, spawnSync } from 'node:child_process';
import { CLI, run, workspace } from './helpers/cli';
import { existsSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const COMPANY = `---
period: 2025-Q4
---
# Mission: Help owners understand their cash
Serves: first-time owners
Refuses: dark patterns

## Objective O1: Owners trust our numbers
Owner: @dana
Tradeoff: no new integrations

### KR1.1: Cut reconciliation errors from 4% to 1%
Owner: @omar
Indicator: leading

### KR1.2: Raise weekly active owners from 10k to 12k
Owner: @priya
Indicator: leading
`;

const TEAM = `---
period: 2025-Q4
parent: ../company.okr.md
---
## Objective O1: 🎯 新用户 see their cash in week one
Owner: @maria
Parent: ../company.okr.md#KR1.1
Tradeoff: partner API waits
### KR1.1: Reduce time to first sync from 3 days to 1 day
Owner: @lee
Indicator: leading
#### Initiative: Rebuild the checklist
Owner: @sam
Status: in progress
Due: 2026-01-20
### KR1.2: Raise tour completion from 35% to 60%
Owner: @li
Indicator: leading
#### Initiative: Shorter tour
`;

interface JsonReport {
  diagnostics: { file: string; line: number; column: number; endLine: number; endColumn: number; severity: string; code: string; rule: string; message: string }[];
  summary: { plans: number; error: number; warning: number; info: number; hint: number; total: number };
}

describe('throughline CLI', () => {
  beforeAll(() => expect(existsSync(CLI.replace('bin/throughline.js', 'out/cli.js')), 'run `npm run build` first (npm test does)').toBe(true));

  it('checks a workspace and prints exactly one JSON object with relative paths and 1-based positions', () => {
    const dir = workspace({ 'company.okr.md': COMPANY, 'teams/team.okr.md': TEAM, 'README.md': '# Mission: not a plan\n' });
    const { status, stdout } = run(['check', '--format', 'json', '--today', '2026-02-02'], dir);
    expect(status).toBe(0);
    const report = JSON.parse(stdout) as JsonReport;
    expect(report.summary).toEqual({ plans: 2, error: 0, warning: 1, info: 0, hint: 1, total: 2 });
    expect(report.diagnostics.map((d) => `${d.file}:${d.line} ${d.code}`)).toEqual([
      'company.okr.md:16 OKR501',
      'teams/team.okr.md:15 OKR502',
    ]);
    expect(report.diagnostics[1]).toEqual({
      file: 'teams/team.okr.md', line: 15, column: 1, endLine: 15, endColumn: 16, severity: 'warning', code: 'OKR502', rule: 'initiative-past-due', message: expect.stringContaining('2026-01-20'),
    });
  });

  it('blocks on a pipe rather than queue its whole output in memory (check | less, a CI log)', () => {
    // Node writes to a pipe asynchronously, and check writes file by file in one pass: 175 MB of JSON held 1.1 GB.
    const preload = join(__dirname, 'helpers', 'watch-blocking.cjs');
    const dir = workspace({ 'company.okr.md': COMPANY, 'teams/team.okr.md': TEAM });
    const result = spawnSync(process.execPath, ['--require', preload, CLI, 'check', '--format', 'json', '--today', '2026-02-02', '.'], { cwd: dir, encoding: 'utf8', input: '' });
    expect(result.stderr).toContain('stdout blocking: true');
    expect(JSON.parse(result.stdout).diagnostics.length).toBeGreaterThan(0);
  });

  it('exits 1 on an error-severity finding and reports it with UTF-16 columns', () => {
    const dir = workspace({ 'company.okr.md': COMPANY, 'team.okr.md': TEAM.replace('#KR1.1', '#KR9.9').replace('../company', 'company').replace('../company', 'company') });
    const { status, stdout } = run(['check', '--format', 'json', '--today', '2026-02-02', 'team.okr.md', 'company.okr.md'], dir);
    expect(status).toBe(1);
    const unresolved = (JSON.parse(stdout) as JsonReport).diagnostics.find((d) => d.code === 'OKR001')!;
    expect(unresolved).toMatchObject({ file: 'team.okr.md', line: 7, column: 1, rule: 'unresolved-parent' });
    const twoMissions = workspace({ 'a.okr.md': '---\nperiod: 2025-Q4\n---\n# Mission: Help owners\nServes: owners\nRefuses: tricks\n\n# Mission: 🎯 新用户 help\n' });
    const second = run(['check', '--format', 'json'], twoMissions);
    expect(second.status).toBe(1);
    // `# Mission: 🎯 新用户 help` is 22 UTF-16 code units (the emoji counts two): the range ends at column 23.
    expect((JSON.parse(second.stdout) as JsonReport).diagnostics.find((d) => d.code === 'OKR204')).toMatchObject({
      file: 'a.okr.md', line: 8, column: 3, endLine: 8, endColumn: 23, severity: 'error', rule: 'multiple-missions',
    });
  });

  it('checks a file against its whole workspace folder but reports only that file', () => {
    const dir = workspace({ 'company.okr.md': COMPANY, 'teams/team.okr.md': TEAM, 'teams/other.okr.md': '## Objective O1: Orphan\nParent: nowhere.okr.md#O1\n',
      'archive/.okrrc.json': '{ "rules": ', 'archive/old.okr.md': '# Mission: Old\n' });
    const team = JSON.parse(run(['check', '--format', 'json', '--today', '2026-02-02', 'teams/team.okr.md'], dir).stdout) as JsonReport;
    // The team's `Parent` resolves into company.okr.md although only the team plan is checked.
    expect(team.diagnostics.map((d) => `${d.file}:${d.line} ${d.code}`)).toEqual(['teams/team.okr.md:15 OKR502']);
    expect(team.summary.plans).toBe(1);
    const company = run(['check', '--format', 'json', '--today', '2026-02-02', 'company.okr.md'], dir);
    expect(company.status).toBe(0);
    // KR1.1 has a cascaded objective in the team plan, so only KR1.2 lacks initiatives.
    // archive/.okrrc.json is broken, but it applies to no plan in scope.
    expect((JSON.parse(company.stdout) as JsonReport).diagnostics.map((d) => `${d.file}:${d.line} ${d.code}`)).toEqual(['company.okr.md:16 OKR501']);
    expect((JSON.parse(run(['check', '--format', 'json', 'archive'], dir).stdout) as JsonReport).diagnostics.map((d) => `${d.file} ${d.code}`)).toContain('archive/.okrrc.json OKR900');
    // Outside the working directory, the plan's own folder is the workspace and paths stay absolute.
    const outside = run(['check', '--format', 'json', '--today', '2026-02-02', join(dir, 'teams', 'other.okr.md')], workspace({}));
    expect((JSON.parse(outside.stdout) as JsonReport).diagnostics.filter((d) => d.code === 'OKR001').map((d) => `${d.file}:${d.line}`)).toEqual([`${join(dir, 'teams', 'other.okr.md').replace(/\\/g, '/')}:2`]);
  });

  it('checks a folder on its own, reading only the plans named as parents outside it', () => {
    const dir = workspace({
      'company.okr.md': COMPANY, 'teams/team.okr.md': TEAM,
      // Same objective text as the team plan's: a duplicate only if this plan were read.
      'drafts/copy.okr.md': '---\nperiod: 2025-Q4\n---\n## Objective O1: 🎯 新用户 see their cash in week one\n',
    });
    const { status, stdout } = run(['check', '--format', 'json', '--today', '2026-02-02', 'teams'], dir);
    expect(status).toBe(0);
    expect((JSON.parse(stdout) as JsonReport).diagnostics.map((d) => `${d.file}:${d.line} ${d.code}`)).toEqual(['teams/team.okr.md:15 OKR502']);
  });

  it('honours --today for the date rules', () => {
    const dir = workspace({ 'company.okr.md': COMPANY, 'teams/team.okr.md': TEAM });
    const early = JSON.parse(run(['check', '--format', 'json', '--today', '2026-01-10'], dir).stdout) as JsonReport;
    expect(early.diagnostics.map((d) => d.code)).not.toContain('OKR502');
    const late = JSON.parse(run(['check', '--format', 'json', '--today', '2025-12-20'], dir).stdout) as JsonReport;
    expect(late.diagnostics.filter((d) => d.code === 'OKR406')).toHaveLength(4);
  });

  it('reads .okrrc.json, applies suppression comments, and reports a broken config in the config file', () => {
    const dir = workspace({
      'plans/a.md': '# Mission: Reach $10M ARR by 2027\n',
      'plans/b.okr.md': '<!-- okr-disable-next-line mission-is-a-goal -->\n# Mission: Reach $10M ARR by 2027\n',
      '.okrrc.json': '{\n  // plans without the .okr.md suffix\n  "files": ["plans/*.md"],\n  "rules": { "missing-period": "off", "OKR203": "off", "mission-is-a-goal": "error" },\n}\n',
    });
    const ok = run(['check', '--format', 'json'], dir);
    expect((JSON.parse(ok.stdout) as JsonReport).diagnostics.map((d) => `${d.file}:${d.line} ${d.code} ${d.severity}`)).toEqual(['plans/a.md:1 OKR201 error']);
    expect(ok.status).toBe(1);
    writeFileSync(join(dir, '.okrrc.json'), '{ "rules": { "missing-period": "sometimes" }, "checkInMaxAgeDays": "two weeks" ');
    const broken = JSON.parse(run(['check', '--format', 'json'], dir).stdout) as JsonReport;
    expect(broken.diagnostics.filter((d) => d.file === '.okrrc.json').map((d) => `${d.line} ${d.code} ${d.severity}`)).toEqual(['1 OKR900 error']);
    expect(broken.diagnostics.some((d) => d.code === 'OKR008')).toBe(true);
  });

  it('prints stylish, SARIF and GitHub formats', () => {
    const dir = workspace({ 'company.okr.md': COMPANY, 'teams/team.okr.md': TEAM });
    const stylish = run(['check', '--today', '2026-02-02'], dir).stdout;
    expect(stylish).toContain('teams/team.okr.md');
    expect(stylish).toMatch(/15:1 +warning +This initiative was due 2026-01-20/);
    expect(stylish).toContain('2 problems (1 warning, 1 hint) in 2 plans');
    type SarifRule = { id: string; defaultConfiguration: { level: string } };
    const sarif = JSON.parse(run(['check', '--format', 'sarif', '--today', '2026-02-02'], dir).stdout) as { version: string; runs: { tool: { driver: { rules: SarifRule[] } }; results: { ruleId: string; locations: { physicalLocation: { region: { startLine: number } } }[] }[] }[] };
    expect(sarif.version).toBe('2.1.0');
    expect(sarif.runs[0]!.tool.driver.rules.map((r) => r.id)).toContain('OKR502');
    // System codes carry the level they are reported at: a plan too large is a warning.
    const levels = Object.fromEntries(sarif.runs[0]!.tool.driver.rules.map((r) => [r.id, r.defaultConfiguration.level]));
    expect([levels.OKR900, levels.OKR901, levels.OKR902]).toEqual(['error', 'error', 'warning']);
    expect(sarif.runs[0]!.results.map((r) => r.ruleId)).toEqual(['OKR501', 'OKR502']);
    expect(sarif.runs[0]!.results[1]!.locations[0]!.physicalLocation.region.startLine).toBe(15);
    const github = run(['check', '--format', 'github', '--today', '2026-02-02'], dir).stdout.split('\n');
    expect(github).toContain('::warning file=teams/team.okr.md,line=15,col=1,endLine=15,endColumn=16,title=OKR502 initiative-past-due::This initiative was due 2026-01-20 and is still `in progress`; update its `Status` or `Due`.');
    expect(github.filter((l) => l.startsWith('::notice'))).toHaveLength(1);
  });

  it('explains a rule by code or by name, and suggests a name for a typo', () => {
    const byCode = run(['explain', 'OKR402'], tmpdir());
    expect(byCode.status).toBe(0);
    expect(byCode.stdout).toContain('### OKR402 kr-is-task');
    expect(byCode.stdout).toContain('**Why it matters.**');
    expect(run(['explain', 'kr-is-task'], tmpdir()).stdout).toBe(byCode.stdout);
    const typo = run(['explain', 'kr-is-tsk'], tmpdir());
    expect(typo.status).toBe(2);
    expect(typo.stderr.trim()).toBe('throughline: no rule "kr-is-tsk"; did you mean kr-is-task (OKR402)?');
    expect(run(['explain', 'OKR4019'], tmpdir()).stderr.trim()).toBe('throughline: no rule "OKR4019"; did you mean kr-not-measurable (OKR401)?');
    const system = run(['explain', 'okr900'], tmpdir());
    expect(system.status).toBe(0);
    expect(system.stdout).toContain('### OKR900 invalid-config');
  });

  it('prints the chain of an initiative across plans up to the mission', () => {
    const dir = workspace({ 'company.okr.md': COMPANY, 'teams/team.okr.md': TEAM });
    const { status, stdout } = run(['chain', 'teams/team.okr.md:13'], dir);
    expect(status).toBe(0);
    expect(stdout.trim().split('\n').map((l) => l.replace(/\s+/g, ' '))).toEqual([
      'initiative I1.1.1 Rebuild the checklist (teams/team.okr.md:12)',
      'key result KR1.1 Reduce time to first sync from 3 days to 1 day (teams/team.okr.md:9)',
      'objective O1 🎯 新用户 see their cash in week one (teams/team.okr.md:5)',
      'key result KR1.1 Cut reconciliation errors from 4% to 1% (company.okr.md:12)',
      'objective O1 Owners trust our numbers (company.okr.md:8)',
      'mission mission Help owners understand their cash (company.okr.md:4)',
    ]);
    // Progress shows on objectives and key results, rolled up across plans (a company KR without numbers shows its cascaded objective).
    const measured = workspace({ 'company.okr.md': COMPANY, 'teams/team.okr.md': TEAM.replace('Owner: @lee\n', 'Owner: @lee\nCurrent: 2 days\n') });
    expect(run(['chain', 'teams/team.okr.md:13'], measured).stdout.trim().split('\n').map((l) => l.replace(/\s+/g, ' ')).slice(1, 5)).toEqual([
      'key result KR1.1 Reduce time to first sync from 3 days to 1 day [50%] (teams/team.okr.md:9)',
      'objective O1 🎯 新用户 see their cash in week one [50%] (teams/team.okr.md:5)',
      'key result KR1.1 Cut reconciliation errors from 4% to 1% [50% (cascaded)] (company.okr.md:12)',
      'objective O1 Owners trust our numbers [50%] (company.okr.md:8)',
    ]);
    const broken = workspace({ 'team.okr.md': '## Objective O1: Alone\n### KR1.1: x from 1 to 2\n' });
    const stops = run(['chain', 'team.okr.md:2'], broken);
    expect(stops.status).toBe(1);
    expect(stops.stdout).toContain('(stops: `O1` reaches no mission');
    const unresolved = workspace({ 'company.okr.md': COMPANY, 'teams/team.okr.md': TEAM.replace('#KR1.1', '#KR9.9') });
    const cut = run(['chain', 'teams/team.okr.md:14'], unresolved);
    expect(cut.status).toBe(1);
    expect(cut.stdout.trim().split('\n').map((l) => l.replace(/\s+/g, ' '))).toEqual([
      'initiative I1.1.1 Rebuild the checklist (teams/team.okr.md:12)',
      'key result KR1.1 Reduce time to first sync from 3 days to 1 day (teams/team.okr.md:9)',
      'objective O1 🎯 新用户 see their cash in week one (teams/team.okr.md:5)',
      '(stops: `O1` names a parent that does not resolve: `../company.okr.md` has no node `KR9.9`.)',
    ]);
  });

  it('reports usage errors in one line with exit code 2 and no stack trace', () => {
    const dir = workspace({ 'a.okr.md': COMPANY });
    for (const args of [['check', 'missing-folder'], ['check', '--today', '2026-02-30'], ['check', '--format', 'xml'], ['check', '--config', 'nope.json'], ['chain', 'a.okr.md'], ['chain', 'a.okr.md:2'], ['frobnicate']]) {
      const { status, stderr } = run(args, dir);
      expect(status, args.join(' ')).toBe(2);
      expect(stderr).not.toMatch(/\n\s+at /);
      expect(stderr.trim().length).toBeGreaterThan(0);
    }
    expect(run(['--version'], dir).stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
    for (const command of ['check', 'explain', 'chain']) {
      const help = run([command, '--help'], dir);
      expect(help.status, command).toBe(0);
      expect(help.stdout).toContain(`Usage: throughline ${command}`);
    }
  });

  it('stops quietly when the reader of its output goes away (check | head)', async () => {
    // A reader that closes the pipe early is a Unix tool's everyday case: `check | head` printed an unhandled EPIPE stack.
    const objectives = Array.from({ length: 400 }, (_, i) => `## Objective O${i + 1}: Launch feature ${i + 1}\n\n### KR${i + 1}.1: Ship it\n`).join('\n');
    const dir = workspace({ 'big.okr.md': `# Plan\n\n${objectives}` });
    const child = spawn(process.execPath, [CLI, 'check', '--today', '2026-02-02', '.'], { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, NO_COLOR: '1' } });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.stdout.once('data', () => child.stdout.destroy());
    const code = await new Promise<number | null>((resolve) => child.on('close', (exit) => resolve(exit)));
    expect(stderr).toBe('');
    expect(code).toBe(run(['check', '--today', '2026-02-02', '.'], dir).status);
  });

  it('reports unreadable plans and keeps checking the others', () => {
    const dir = workspace({ 'company.okr.md': COMPANY });
    writeFileSync(join(dir, 'bad.okr.md'), Buffer.from([0x23, 0x20, 0x4d, 0x69, 0xff, 0xfe, 0x0a]));
    writeFileSync(join(dir, 'binary.okr.md'), Buffer.from([0x00, 0x01, 0x02]));
    const report = JSON.parse(run(['check', '--format', 'json', '--today', '2026-02-02'], dir).stdout) as JsonReport;
    expect(report.diagnostics.filter((d) => d.code === 'OKR901').map((d) => `${d.file}:${d.line}:${d.column}`)).toEqual(['bad.okr.md:1:5', 'binary.okr.md:1:1']);
    expect(report.diagnostics.some((d) => d.file === 'company.okr.md')).toBe(true);
  });
});

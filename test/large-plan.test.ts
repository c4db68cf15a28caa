import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Hover } from 'vscode-languageserver-protocol';
import { analyzePlans } from '../server/src/core/analyze';
import { parseConfig } from '../server/src/core/config/parse-config';
import { DEFAULT_PLAN_MAX_SIZE_KB, defaultConfig } from '../server/src/core/config-model';
import { explainSystemCode } from '../server/src/core/features/explain';
import { STRUCTURAL_RULES, planSizeProblem, utf8Length } from '../server/src/core/plan-size-limit';
import { RULES, findRule } from '../server/src/core/rules/registry';
import type { Finding } from '../server/src/core/rules/types';
import { CLI, TestClient, lineOf, uriOf } from './lsp/client';

const TODAY = '2026-02-02';
const STRUCTURAL_CODES = new Set(RULES.filter((r) => STRUCTURAL_RULES.has(r.name)).map((r) => r.code));
/** A rule's code that the size limit skips (system codes, OKR9xx, are not rules). */
const isHeavy = (code: string): boolean => code.startsWith('OKR') && Number(code.slice(3)) < 900 && !STRUCTURAL_CODES.has(code);

/**
 * A plan with findings of both kinds — an unresolved parent and a missing owner (structural),
 * a task-like objective and an unmeasurable key result (heavy) — padded with prose under a
 * heading that is not a node until it is at least `minBytes` long.
 */
function planOfSize(minBytes: number): string {
  const head = [
    '---',
    'period: 2026-Q1',
    '---',
    '# Mission: Help owners understand their cash',
    'Serves: first-time owners',
    'Refuses: dark patterns',
    '',
    '## Objective O1: Launch the new mobile app',
    'Owner: @dana',
    'Tradeoff: no new integrations',
    'Parent: ./nowhere.okr.md#KR9.9',
    '',
    '### KR1.1: Improve onboarding',
    'Indicator: leading',
    '',
    '## Notes',
    '',
  ].join('\n');
  const paragraph = 'Owners who see a clear picture of their cash in the first week stay; 新用户 who do not drift away 📉.\n\n';
  return head + paragraph.repeat(Math.max(0, Math.ceil((minBytes - utf8Length(head)) / utf8Length(paragraph))));
}

function check(plan: string, okrrc?: string): Finding[] {
  const config = okrrc === undefined ? defaultConfig() : parseConfig('/ws/.okrrc.json', okrrc);
  return analyzePlans(new Map([['/ws/plan.okr.md', plan]]), { roots: ['/ws'], today: TODAY, configFor: () => config }).findings;
}

const codes = (findings: { code: string }[]): string[] => findings.map((f) => f.code).sort();
const onlyTooLarge = <T extends { code: string }>(findings: T[]): T[] => findings.filter((f) => f.code === 'OKR902');

describe('plans above planMaxSizeKb (in process)', () => {
  const small = planOfSize(3 * 1024);
  const fullCheck = check(small, '{ "planMaxSizeKb": 4 }');

  it('has a test plan that the heavy and the structural rules both flag', () => {
    expect(utf8Length(small)).toBeGreaterThan(3 * 1024);
    expect(codes(fullCheck)).toEqual(expect.arrayContaining(['OKR001', 'OKR303', 'OKR302', 'OKR401']));
    expect(onlyTooLarge(fullCheck)).toEqual([]);
  });

  it('gives a plan above the default limit one OKR902 on its first line, naming its size, the limit and the key', () => {
    const big = planOfSize(1100 * 1024);
    const findings = check(big);
    const [notice, ...more] = onlyTooLarge(findings);
    expect(more).toEqual([]);
    expect(notice).toMatchObject({ file: '/ws/plan.okr.md', rule: 'plan-too-large', severity: 'warning', range: { start: { line: 0, character: 0 }, end: { line: 0, character: 3 } } });
    expect(notice!.message).toContain(`${Math.ceil(utf8Length(big) / 1024).toLocaleString('en-US')} KB`);
    expect(notice!.message).toContain(`${DEFAULT_PLAN_MAX_SIZE_KB.toLocaleString('en-US')} KB limit`);
    expect(notice!.message).toContain('`planMaxSizeKb`');
    expect(findings.filter((f) => isHeavy(f.code))).toEqual([]);
    expect(codes(findings)).toEqual(['OKR001', 'OKR303', 'OKR902']);
  });

  it('honours planMaxSizeKb from .okrrc.json: above it, exactly the structural findings and the notice', () => {
    const findings = check(small, '{ "planMaxSizeKb": 2 }');
    expect(onlyTooLarge(findings)).toHaveLength(1);
    expect(onlyTooLarge(findings)[0]!.message).toContain('This plan is 4 KB, above the 2 KB limit');
    expect(codes(findings)).toEqual([...codes(fullCheck.filter((f) => STRUCTURAL_CODES.has(f.code))), 'OKR902'].sort());
  });

  it('warns at a planMaxSizeKb that is not a whole number of 1 or more, and keeps the default', () => {
    for (const value of ['"2"', '0', '1.5', 'null']) {
      const config = parseConfig('/ws/.okrrc.json', `{\n  "planMaxSizeKb": ${value}\n}`);
      expect(config.planMaxSizeKb).toBe(DEFAULT_PLAN_MAX_SIZE_KB);
      expect(config.problems.map((p) => `${p.code}:${p.severity}:${p.range.start.line}:${p.message}`)).toEqual([
        'OKR900:warning:1:`planMaxSizeKb` must be a whole number of kilobytes, 1 or more.',
      ]);
    }
    const findings = check(small, '{ "planMaxSizeKb": "2" }');
    expect(onlyTooLarge(findings)).toEqual([]);
    expect(findings.filter((f) => f.file === '/ws/.okrrc.json').map((f) => f.code)).toEqual(['OKR900']);
  });

  it('cannot be silenced by a suppression comment', () => {
    const findings = check(`<!-- okr-disable -->\n${small}`, '{ "planMaxSizeKb": 2 }');
    expect(codes(findings)).toEqual(['OKR902']);
  });

  it('measures size in UTF-8 bytes, as on disk, and a plan exactly at the limit fits', () => {
    for (const text of ['plain', 'é and ü', '新用户 📈', 'lone \ud800 surrogate \udc00', '']) expect(utf8Length(text)).toBe(Buffer.byteLength(text, 'utf8'));
    expect(planSizeProblem('x'.repeat(1024), 1)).toBeUndefined();
    expect(planSizeProblem('x'.repeat(1025), 1)!.message).toContain('This plan is 2 KB, above the 1 KB limit');
    expect(planSizeProblem('新'.repeat(342), 1)!.message).toContain('2 KB');
  });

  it('names only rules that exist as structural, and leaves some to skip', () => {
    expect([...STRUCTURAL_RULES].filter((name) => findRule(name)?.name !== name)).toEqual([]);
    expect(RULES.length - STRUCTURAL_RULES.size).toBeGreaterThan(0);
  });

  it('explains OKR902 by code and by name, listing the rules that still run', () => {
    const text = explainSystemCode('OKR902');
    expect(text).toBe(explainSystemCode('plan-too-large'));
    expect(text).toContain('### OKR902 plan-too-large');
    expect(text).toContain('`planMaxSizeKb`');
    for (const name of STRUCTURAL_RULES) expect(text).toContain(`\`${name}\``);
  });
});

describe('plans above planMaxSizeKb (CLI)', () => {
  const folders: string[] = [];
  beforeAll(() => {
    expect(existsSync(CLI), 'run `npm run build` first (npm test does)').toBe(true);
  });
  afterAll(() => {
    for (const folder of folders) rmSync(folder, { recursive: true, force: true });
  });

  function checkWithCli(files: Record<string, string>): { status: number | null; diagnostics: { file: string; line: number; column: number; code: string; severity: string; message: string }[] } {
    const dir = mkdtempSync(join(tmpdir(), 'throughline-large-'));
    folders.push(dir);
    for (const [path, text] of Object.entries(files)) writeFileSync(join(dir, path), text);
    const result = spawnSync(process.execPath, [CLI, 'check', '--format', 'json', '--today', TODAY, '.'], { cwd: dir, encoding: 'utf8' });
    return { status: result.status, diagnostics: (JSON.parse(result.stdout) as { diagnostics: [] }).diagnostics };
  }

  it('reports one OKR902 and only structural findings for a plan above the default limit', () => {
    const { status, diagnostics } = checkWithCli({ 'big.okr.md': planOfSize(1100 * 1024) });
    expect(diagnostics.map((d) => `${d.file}:${d.line}:${d.column} ${d.code}`).filter((d) => d.endsWith('OKR902'))).toEqual(['big.okr.md:1:1 OKR902']);
    expect(codes(diagnostics)).toEqual(['OKR001', 'OKR303', 'OKR902']);
    expect(status).toBe(1);
  });

  it('honours planMaxSizeKb from .okrrc.json', () => {
    const plan = planOfSize(3 * 1024);
    const limited = checkWithCli({ 'plan.okr.md': plan, '.okrrc.json': '{ "planMaxSizeKb": 2 }' });
    expect(onlyTooLarge(limited.diagnostics).map((d) => d.message)).toEqual([expect.stringContaining('This plan is 4 KB, above the 2 KB limit')]);
    expect(limited.diagnostics.filter((d) => isHeavy(d.code))).toEqual([]);
    const roomy = checkWithCli({ 'plan.okr.md': plan, '.okrrc.json': '{ "planMaxSizeKb": 4 }' });
    expect(onlyTooLarge(roomy.diagnostics)).toEqual([]);
    expect(codes(roomy.diagnostics)).toEqual(expect.arrayContaining(['OKR302', 'OKR401']));
  });

  it('warns in .okrrc.json at a wrong-typed planMaxSizeKb and applies the default', () => {
    const { diagnostics } = checkWithCli({ 'plan.okr.md': planOfSize(3 * 1024), '.okrrc.json': '{\n  "planMaxSizeKb": "2 KB"\n}' });
    expect(diagnostics.filter((d) => d.code === 'OKR900').map((d) => `${d.file}:${d.line} ${d.severity}`)).toEqual(['.okrrc.json:2 warning']);
    expect(onlyTooLarge(diagnostics)).toEqual([]);
    expect(codes(diagnostics)).toEqual(expect.arrayContaining(['OKR302', 'OKR401']));
  });

  it('explains OKR902', () => {
    const result = spawnSync(process.execPath, [CLI, 'explain', 'OKR902'], { encoding: 'utf8' });
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('OKR902 plan-too-large');
  });
});

describe('plans above planMaxSizeKb (language server)', () => {
  let client: TestClient;
  let plan: string;

  beforeAll(async () => {
    expect(existsSync(CLI), 'run `npm run build` first (npm test does)').toBe(true);
    const folder = mkdtempSync(join(tmpdir(), 'throughline-lsp-large-'));
    plan = join(folder, 'big.okr.md');
    writeFileSync(plan, planOfSize(1100 * 1024));
    client = await TestClient.start(folder);
    await client.initialize({ today: TODAY });
  });
  afterAll(() => client.close());

  const hoverOnKr = () => client.request<Hover | null>('textDocument/hover', { textDocument: { uri: uriOf(plan) }, position: { line: lineOf(plan, 'KR1.1:'), character: 8 } });

  it('publishes one OKR902 for a big plan, keeps answering, and keeps checking edits', async () => {
    const first = await client.waitForDiagnostics(uriOf(plan), (p) => p.diagnostics.length > 0);
    expect(first.diagnostics.filter((d) => d.code === 'OKR902').map((d) => d.range.start.line)).toEqual([0]);
    expect(codes(first.diagnostics.map((d) => ({ code: String(d.code) })))).toEqual(['OKR001', 'OKR303', 'OKR902']);
    expect(((await hoverOnKr())!.contents as { value: string }).value).toContain('Improve onboarding');

    await client.open(plan);
    const line = lineOf(plan, 'Indicator: leading');
    await client.change(plan, 2, [{ range: { start: { line, character: 0 }, end: { line, character: 0 } }, text: 'Parent: O7\n' }]);
    const edited = await client.waitForDiagnostics(uriOf(plan), (p) => p.version === 2);
    expect(edited.diagnostics.filter((d) => d.code === 'OKR902')).toHaveLength(1);
    expect(edited.diagnostics.filter((d) => d.code === 'OKR001').map((d) => d.range.start.line)).toEqual([lineOf(plan, 'Parent: ./nowhere'), line]);
    expect(edited.diagnostics.filter((d) => isHeavy(String(d.code)))).toEqual([]);
    expect(((await hoverOnKr())!.contents as { value: string }).value).toContain('Improve onboarding');
  });
});

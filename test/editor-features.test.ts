import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { CodeAction, CompletionItem, CompletionList, Hover } from 'vscode-languageserver-types';
import { analyzePlans } from '../server/src/core/analyze';
import { defaultConfig } from '../server/src/core/config-model';
import { parseConfig } from '../server/src/core/config/parse-config';
import { completionAt } from '../server/src/core/features/completion';
import { hoverAt } from '../server/src/core/features/hover';
import { FIX_ALL_KIND, codeActionsFor, fixAllAction } from '../server/src/core/features/code-actions';
import type { FeatureContext } from '../server/src/core/features/context';
import type { Finding } from '../server/src/core/rules/types';
import { didYouMean } from '../server/src/core/did-you-mean';

const CASCADE = join(__dirname, 'fixtures', 'workspaces', 'cascade');
const COMPANY = '/ws/company/2026-Q1.okr.md';
const ONBOARDING = '/ws/teams/onboarding.okr.md';
const BOOKKEEPERS = '/ws/teams/bookkeepers.okr.md';

function cascadePlans(): Map<string, string> {
  const walk = (dir: string): string[] => readdirSync(dir).flatMap((n) => (statSync(join(dir, n)).isDirectory() ? walk(join(dir, n)) : [join(dir, n)]));
  return new Map(walk(CASCADE).map((f) => [`/ws/${relative(CASCADE, f)}`, readFileSync(f, 'utf8')]));
}

/** The cascade workspace with `edit` applied to one plan's lines, and a feature context over it. */
function workspace(file = ONBOARDING, edit: (lines: string[]) => void = () => undefined, extra: [string, string][] = []): { ctx: FeatureContext; findings: Finding[]; lines: string[] } {
  const plans = cascadePlans();
  for (const [f, text] of extra) plans.set(f, text);
  const lines = plans.get(file)!.split('\n');
  edit(lines);
  plans.set(file, lines.join('\n'));
  const { graph, findings } = analyzePlans(plans, { roots: ['/ws'], today: '2026-02-02', configFor: () => defaultConfig() });
  return { ctx: { graph, uriOf: (f) => `file://${f}`, findingsFor: (f) => findings.filter((x) => x.file === f) }, findings, lines };
}

const labels = (result: CompletionItem[] | CompletionList): string[] => (Array.isArray(result) ? result : result.items).map((i) => i.label);
const sorted = (result: CompletionItem[] | CompletionList): CompletionItem[] => [...(Array.isArray(result) ? result : result.items)].sort((a, b) => (a.sortText ?? a.label).localeCompare(b.sortText ?? b.label));
const text = (hover: Hover | null): string => (hover?.contents as { value: string }).value;

describe('did-you-mean', () => {
  it('names the one clearly nearest candidate, and nothing on a tie or from far away', () => {
    expect(didYouMean('comitted', ['committed', 'aspirational', 'learning'])).toBe('committed');
    expect(didYouMean('KR1.7', ['KR1.1', 'KR1.2'])).toBeUndefined();
    expect(didYouMean('stretch', ['committed', 'aspirational', 'learning'])).toBeUndefined();
    expect(didYouMean('committed', ['committed'])).toBeUndefined();
  });
});

describe('Parent completion offers only what fits', () => {
  it('on a key result: objectives only, its own plan’s first, never itself or other kinds', () => {
    const { ctx, lines } = workspace(ONBOARDING, (l) => l.splice(l.indexOf('Owner: @lee') + 1, 0, 'Parent: '));
    const line = lines.indexOf('Parent: ');
    const items = sorted(completionAt(ctx, ONBOARDING, { line, character: 8 }, ' '));
    // Its own plan, then the parent plan (a bare id where it does not clash with one of this plan's), then a sibling plan.
    expect(items.map((i) => i.label)).toEqual(['O1', '../company/2026-Q1.okr.md#O1', 'O2', '../company/2026-Q1.okr.md#O2', 'bookkeepers.okr.md#O1', 'bookkeepers.okr.md#O2']);
    expect(items.every((i) => i.detail!.startsWith('objective'))).toBe(true);
  });

  it('on an objective: the parent plan’s nodes first, then sibling plans; never a key result of its own plan', () => {
    const { ctx, lines } = workspace(ONBOARDING, (l) => (l[l.indexOf('Parent: ../company/2026-Q1.okr.md#KR1.1')] = 'Parent: '));
    const line = lines.indexOf('Parent: ');
    const items = sorted(completionAt(ctx, ONBOARDING, { line, character: 8 }));
    const names = items.map((i) => i.label);
    expect(names.slice(0, 3)).toEqual(['mission', '../company/2026-Q1.okr.md#mission', '../company/2026-Q1.okr.md#O1']);
    expect(names.indexOf('../company/2026-Q1.okr.md#KR1.1')).toBeLessThan(names.indexOf('bookkeepers.okr.md#KR1.1'));
    expect(names.filter((n) => !n.includes('#'))).not.toContain('KR1.2'); // its own plan's KR1.2 is no parent for an objective
    expect(names).not.toContain('KR1.1'); // a bare KR1.1 would resolve to its own plan's key result
    expect(items.filter((i) => i.label.startsWith('../company')).map((i) => i.detail!.split(' ')[0])).toEqual(['mission', 'objective', 'key', 'key', 'objective', 'key', 'key']);
  });

  it('front-matter `parent` offers plan paths, the plan others cascade from first, never the plan itself', () => {
    const { ctx, lines } = workspace(ONBOARDING, (l) => (l[l.indexOf('parent: ../company/2026-Q1.okr.md')] = 'parent: '));
    const items = sorted(completionAt(ctx, ONBOARDING, { line: lines.indexOf('parent: '), character: 8 }, ' '));
    expect(items.map((i) => i.label)).toEqual(['../company/2026-Q1.okr.md', 'bookkeepers.okr.md']);
    expect(items[0]!.detail).toBe('2026-Q1 · mission: Help first-time business owners understand their cash flow with confidence · 1 plan cascades from it');
  });

  it('enum values carry a one-line description', () => {
    const { ctx, lines } = workspace(ONBOARDING, (l) => l.splice(l.indexOf('Owner: @maria') + 1, 0, 'Type: '));
    const items = completionAt(ctx, ONBOARDING, { line: lines.indexOf('Type: '), character: 6 }, ' ') as CompletionItem[];
    expect(items.map((i) => [i.label, i.detail])).toEqual([
      ['committed', expect.stringMatching(/^Must be met/)],
      ['aspirational', expect.stringMatching(/stretch/)],
      ['learning', expect.stringMatching(/possible/)],
    ]);
  });

  it('a space after a finished value, or on indentation, opens no list; inside a value of several words it does', () => {
    const { ctx, lines } = workspace(ONBOARDING, (l) => l.push('Status: done ', 'Status: in ', '  ', '- ', 'Parent: KR1.1 '));
    const at = (needle: string, trigger?: string) => completionAt(ctx, ONBOARDING, { line: lines.indexOf(needle), character: needle.length }, trigger);
    expect(labels(at('Status: done ', ' '))).toEqual([]);
    expect(labels(at('Status: done '))).toEqual([]);
    expect(labels(at('Status: in ', ' '))).toContain('in progress');
    expect(labels(at('  ', ' '))).toEqual([]);
    expect(labels(at('- ', ' '))).toEqual([]);
    expect(labels(at('- '))).toContain('Status');
    expect(labels(at('Parent: KR1.1 ', ' '))).toEqual([]);
  });
});

describe('hovers respect the reader', () => {
  it('on a finding: the rule and one line of advice, not the message; the rationale behind a link', () => {
    const { ctx, findings } = workspace();
    const hint = findings.find((f) => f.file === COMPANY && f.code === 'OKR501')!;
    const hover = text(hoverAt(ctx, COMPANY, { line: hint.range.start.line, character: hint.range.end.character - 2 }));
    expect(hover).not.toContain(hint.message);
    const sections = hover.split('\n\n---\n\n');
    // On a node's title, the node's own facts come first.
    expect(sections[0]).toMatch(/^\*\*key result `KR1.2`\*\*/);
    expect(sections[0]).toContain('**Owner:** @omar');
    expect(sections[1]).toMatch(/^`OKR501 kr-without-initiatives` — \S/);
    expect(sections[1]!.split('\n\n')[0]!.split('\n')).toHaveLength(1);
    expect(sections[1]).toContain('[Why it matters, with examples](https://');
    expect(sections[1]).not.toContain('**Weak**');
  });

  it('on a field with a finding: the advice first, with the quick fix it offers', () => {
    const { ctx, lines } = workspace(ONBOARDING, (l) => (l[l.indexOf('Status: done')] = 'Status: don'));
    const hover = text(hoverAt(ctx, ONBOARDING, { line: lines.indexOf('Status: don'), character: 9 }));
    expect(hover).toMatch(/^`OKR009 invalid-field-value` — /);
    expect(hover).toContain('Quick fix: Change to `done`');
    expect(hover).not.toContain('must be one of');
  });
});

describe('code actions: fixes that fix', () => {
  const diagnostic = (f: Finding) => ({ range: f.range, message: f.message, code: f.code });

  it('offers the did-you-mean fix as the preferred quick fix, and never prefers a disable', () => {
    const { ctx, lines } = workspace(ONBOARDING, (l) => (l[l.indexOf('Status: done')] = 'Status: dnoe'));
    const line = lines.indexOf('Status: dnoe');
    const actions = codeActionsFor(ctx, ONBOARDING, { start: { line, character: 0 }, end: { line, character: 0 } }, diagnostic);
    expect(actions.map((a) => [a.title, a.isPreferred ?? false])).toEqual([
      ['Change to done', true],
      ['Disable invalid-field-value for this line', false],
      ['Disable invalid-field-value in this file', false],
      ['Show documentation for invalid-field-value', false],
    ]);
    expect(actions[0]!.edit!.changes![`file://${ONBOARDING}`]).toEqual([{ range: { start: { line, character: 8 }, end: { line, character: 12 } }, newText: 'done' }]);
  });

  it('offers Fix all for a rule whose fix is repeatable, and source.fixAll for the file', () => {
    const { ctx, lines } = workspace(ONBOARDING, (l) => {
      l[l.indexOf('Status: done')] = 'Status: dnoe';
      l[l.indexOf('Status: in progress')] = 'Status: in-progress';
    });
    const line = lines.indexOf('Status: dnoe');
    const actions = codeActionsFor(ctx, ONBOARDING, { start: { line, character: 0 }, end: { line, character: 0 } }, diagnostic);
    const all = actions.find((a) => a.title.startsWith('Fix all'))!;
    expect(all.title).toBe('Fix all 2 invalid-field-value problems in this file');
    expect(all.isPreferred).toBeFalsy();
    expect(all.edit!.changes![`file://${ONBOARDING}`]!.map((e) => e.newText)).toEqual(['in progress', 'done']);
    const [fixAll] = fixAllAction(ctx, ONBOARDING, diagnostic);
    expect(fixAll).toMatchObject({ kind: FIX_ALL_KIND });
    expect(fixAllAction(ctx, BOOKKEEPERS, diagnostic)).toEqual([]);
  });

  it('a misspelt key whose field is there offers the choice, preferring neither', () => {
    const { ctx, lines } = workspace(ONBOARDING, (l) => l.splice(l.indexOf('Owner: @lee') + 1, 0, 'Onwer: @ana'));
    const line = lines.indexOf('Onwer: @ana');
    const actions = codeActionsFor(ctx, ONBOARDING, { start: { line, character: 0 }, end: { line, character: 0 } }, diagnostic);
    expect(actions.slice(0, 2).map((a) => [a.title, a.isPreferred ?? false])).toEqual([
      ['Keep Owner: @lee and remove this line', false],
      ['Use @ana as the Owner and remove this line', false],
    ]);
    expect(actions.map((a) => a.title)).not.toContain('Rename to Owner');
  });

  it('kr-is-task makes the task an initiative under the key result and asks for the outcome', () => {
    const { ctx, lines } = workspace(BOOKKEEPERS, (l) => (l[l.indexOf('- KR2.2: Raise bookkeepers active weekly from 40% to 55%')] = '- KR2.2: Launch a weekly digest for bookkeepers'));
    const line = lines.indexOf('- KR2.2: Launch a weekly digest for bookkeepers');
    const [fix] = codeActionsFor(ctx, BOOKKEEPERS, { start: { line, character: 0 }, end: { line, character: 0 } }, diagnostic) as CodeAction[];
    expect(fix).toMatchObject({ title: 'Make the task an initiative and ask for the outcome', isPreferred: true });
    const edits = fix!.edit!.changes![`file://${BOOKKEEPERS}`]!;
    expect(edits[0]).toMatchObject({ range: { start: { line, character: 9 } }, newText: expect.stringMatching(/^Which number moves/) });
    expect(edits[1]).toEqual({ range: { start: { line: lines.indexOf('    - 2026-01-31: 44%') + 1, character: 0 }, end: { line: lines.indexOf('    - 2026-01-31: 44%') + 1, character: 0 } }, newText: '  - Initiative: Launch a weekly digest for bookkeepers\n' });
  });

  it('a misspelt rule name in .okrrc.json gets its fix, without disable comments', () => {
    const config = parseConfig('/ws/.okrrc.json', '{\n  "rules": {\n    "kr-not-measurabel": "off",\n    "OKR4O2": "error"\n  }\n}');
    expect(config.problems.map((p) => [p.message, p.fix?.edits[0]!.newText])).toEqual([
      ['`kr-not-measurabel` is not a rule; did you mean `kr-not-measurable`?', '"kr-not-measurable"'],
      ['`OKR4O2` is not a rule; did you mean `OKR402`?', '"OKR402"'],
    ]);
    const ctx: FeatureContext = { ...workspace().ctx, findingsFor: () => config.problems };
    const actions = codeActionsFor(ctx, '/ws/.okrrc.json', config.problems[0]!.range, diagnostic);
    expect(actions.map((a) => a.title)).toEqual(['Change to kr-not-measurable', 'Fix all 2 invalid-config problems in this file', 'Show documentation for invalid-config']);
  });

  it('a misspelt rule in a suppression comment is reported, with its fix', () => {
    const plan = '---\nperiod: 2026-Q1\n---\n# Mission: Serve owners\nServes: owners\nRefuses: dark patterns\n<!-- okr-disable-next-line objective-is-tsak -->\n## Objective O1: Build the billing service\nOwner: @a\nTradeoff: none\n### KR1.1: Raise trust from 1 to 2\nOwner: @b\n';
    const { findings } = workspace(ONBOARDING, () => undefined, [['/ws/teams/extra.okr.md', plan]]);
    const found = findings.filter((f) => f.file === '/ws/teams/extra.okr.md' && (f.code === 'OKR900' || f.code === 'OKR302'));
    expect(found.map((f) => [f.code, f.range.start.line, f.range.start.character, f.fix?.edits[0]!.newText])).toEqual([
      ['OKR900', 6, 27, 'objective-is-task'],
      ['OKR302', 7, 3, undefined],
    ]);
  });
});

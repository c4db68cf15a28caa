import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';

const CORE = join(__dirname, '..', 'server', 'src', 'core');

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? sources(full) : full.endsWith('.ts') ? [full] : [];
  });
}

function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(/(?:from\s+|import\s*\(\s*|require\s*\(\s*|import\s+)['"]([^'"]+)['"]/g)].map((m) => m[1]!);
}

/** The core may use LSP *types*, never the editor, the server library, the protocol or the file system. */
const FORBIDDEN = /^(vscode|vscode-languageserver|vscode-languageserver\/.*|vscode-languageserver-protocol.*|vscode-jsonrpc.*|(node:)?fs(\/.*)?|(node:)?child_process)$/;

describe('architecture', () => {
  it('keeps the analysis core free of editor, server and file-system imports', () => {
    const offenders = sources(CORE).flatMap((file) =>
      importsOf(file)
        .filter((spec) => FORBIDDEN.test(spec))
        .map((spec) => `${relative(CORE, file)} imports ${spec}`),
    );
    expect(sources(CORE).length).toBeGreaterThan(10);
    expect(offenders).toEqual([]);
  });

  it('keeps rules apart: a rule imports no other rule, only the shared helpers in rules/helpers/', () => {
    const RULES = join(CORE, 'rules');
    // A rule is a file in a group folder (`rules/focus/too-many-objectives.ts`); `helpers/` is not a group.
    const ruleFiles = sources(RULES).filter((file) => relative(RULES, file).split('/').length === 2 && !relative(RULES, file).startsWith('helpers/') && !file.endsWith('index.ts'));
    expect(ruleFiles.length).toBeGreaterThan(30);
    const offenders = ruleFiles.flatMap((file) =>
      importsOf(file)
        .filter((spec) => spec.startsWith('.'))
        .map((spec) => relative(RULES, join(dirname(file), spec)))
        .filter((target) => !target.startsWith('..') && !target.startsWith('helpers/') && target !== 'types')
        .map((target) => `${relative(RULES, file)} imports ${target}`),
    );
    expect(offenders).toEqual([]);
  });

  it('lets the language server reach plans and files only through the plan service', () => {
    const LSP = join(CORE, '..', 'lsp');
    const offenders = sources(LSP).flatMap((file) =>
      importsOf(file)
        .filter((spec) => /^(?:node:)?fs(?:\/|$)/.test(spec) || /\/node\/(?!plan-files$|today$|paths$)/.test(spec) || /core\/(?:graph|analyze|parse\/parser|engine)$/.test(spec))
        .map((spec) => `${relative(LSP, file)} imports ${spec}`),
    );
    expect(offenders).toEqual([]);
  });

  it('lets the CLI check plans only through the plan service (no second pipeline)', () => {
    const CLI = join(CORE, '..', 'cli');
    const offenders = sources(CLI).flatMap((file) => [
      ...importsOf(file)
        .filter((spec) => /core\/(?:analyze|parse\/parser|parse\/guarded-parse)$/.test(spec))
        .map((spec) => `${relative(CLI, file)} imports ${spec}`),
      ...(/\b(?:checkPlan|checkPlanGuarded|new WorkspaceGraph)\b/.test(readFileSync(file, 'utf8')) ? [`${relative(CLI, file)} checks plans itself`] : []),
    ]);
    expect(offenders).toEqual([]);
  });

  it('pins micromark 4.0.2: 4.0.3 is quadratic in the number of list blocks (see docs/decisions.md)', () => {
    const lock = JSON.parse(readFileSync(join(__dirname, '..', 'package-lock.json'), 'utf8')) as {
      packages: Record<string, { version?: string }>;
    };
    const copies = Object.entries(lock.packages).filter(([path]) => path.endsWith('node_modules/micromark'));
    expect(copies.map(([, p]) => p.version)).toEqual(['4.0.2']);
  });
});

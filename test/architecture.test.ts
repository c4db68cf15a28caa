import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

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

  it('pins micromark 4.0.2: 4.0.3 is quadratic in the number of list blocks (see docs/decisions.md)', () => {
    const lock = JSON.parse(readFileSync(join(__dirname, '..', 'package-lock.json'), 'utf8')) as {
      packages: Record<string, { version?: string }>;
    };
    const copies = Object.entries(lock.packages).filter(([path]) => path.endsWith('node_modules/micromark'));
    expect(copies.map(([, p]) => p.version)).toEqual(['4.0.2']);
  });
});

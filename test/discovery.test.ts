import { describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { findPlans } from '../server/src/node/discovery';
import { readTextFile } from '../server/src/node/read-file';
import { ConfigResolver } from '../server/src/core/config/resolver';

function tree(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'throughline-discovery-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

function discover(dir: string, paths: string[] = [dir]) {
  const resolver = new ConfigResolver({ roots: [dir], readFile: (p) => { try { return readFileSync(p, 'utf8'); } catch { return undefined; } } });
  const result = findPlans(paths, { cwd: dir, resolver });
  return { plans: result.plans.map((p) => relative(dir, p)), errors: result.errors };
}

describe('findPlans', () => {
  it('finds *.okr.md, honours .gitignore files at every level, skips node_modules and .git', () => {
    const dir = tree({
      'a.okr.md': '', 'notes.md': '', 'teams/b.okr.md': '', 'teams/drafts/c.okr.md': '', 'teams/d.okr.md': '',
      '.gitignore': 'drafts/\n', 'teams/.gitignore': 'd.okr.md\n', 'node_modules/x/e.okr.md': '', '.git/f.okr.md': '',
    });
    expect(discover(dir).plans).toEqual(['a.okr.md', 'teams/b.okr.md']);
  });
  it('adds Markdown matched by the config’s files globs, relative to the config', () => {
    const dir = tree({ 'plans/q1/team.md': '', 'plans/README.txt': '', 'other.md': '', '.okrrc.json': '{ "files": ["plans/**/*.md"] }' });
    expect(discover(dir).plans).toEqual(['plans/q1/team.md']);
  });
  it('always includes a file given explicitly, and reports a missing path', () => {
    const dir = tree({ 'notes.md': '', 'a.okr.md': '' });
    const result = discover(dir, ['notes.md', 'missing']);
    expect(result.plans).toEqual(['notes.md']);
    expect(result.errors).toEqual([{ path: 'missing', message: 'does not exist' }]);
  });
  it('survives symlink loops', () => {
    const dir = tree({ 'teams/a.okr.md': '' });
    symlinkSync(dir, join(dir, 'teams', 'loop'));
    symlinkSync(join(dir, 'nowhere'), join(dir, 'dangling.okr.md'));
    expect(discover(dir).plans).toEqual(['teams/a.okr.md']);
  });
});

describe('readTextFile', () => {
  const write = (bytes: Buffer | string): string => {
    const file = join(mkdtempSync(join(tmpdir(), 'throughline-read-')), 'p.okr.md');
    writeFileSync(file, bytes);
    return file;
  };
  it('drops a BOM and keeps CRLF', () => {
    expect(readTextFile(write(Buffer.from('\uFEFF# Mission: m\r\nServes: x\r\n', 'utf8')))).toEqual({ text: '# Mission: m\r\nServes: x\r\n', problems: [] });
  });
  it('locates invalid UTF-8 and reads the rest', () => {
    const result = readTextFile(write(Buffer.concat([Buffer.from('# Mission: ok\n## Objective: caf'), Buffer.from([0xe9]), Buffer.from(' au lait\n')])));
    expect('text' in result && result.text).toContain('caf\uFFFD au lait');
    expect('problems' in result && result.problems[0]!.range.start).toEqual({ line: 1, character: '## Objective: caf'.length });
  });
  it('does not parse binary content', () => {
    const result = readTextFile(write(Buffer.from([0x41, 0x0a, 0x42, 0x00, 0x43])));
    expect(result).toMatchObject({ text: '', problems: [{ range: { start: { line: 1, character: 1 } } }] });
  });
  it('says why a file cannot be read', () => {
    expect(readTextFile('/nowhere/x.okr.md')).toEqual({ error: '/nowhere/x.okr.md does not exist' });
    expect(readTextFile(tmpdir())).toEqual({ error: `${tmpdir()} is a folder` });
  });
});

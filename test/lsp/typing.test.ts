import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CLI, TestClient, copyWorkspace, lineOf, uriOf } from './client';
import { editedLine, heldWhileTyping } from '../../server/src/core/features/typing';
import type { Finding } from '../../server/src/core/rules/types';
import type { PublishDiagnosticsParams } from 'vscode-languageserver-protocol';

describe('a field still being typed', () => {
  it('is held back only on the typed line, and only when incomplete', () => {
    const finding = (line: number, incomplete: boolean): Finding => ({
      file: '/p',
      code: 'OKR009',
      rule: 'invalid-field-value',
      severity: 'error',
      message: '',
      range: { start: { line, character: 0 }, end: { line, character: 5 } },
      ...(incomplete ? { incomplete: true as const } : {}),
    });
    const findings = [finding(3, true), finding(3, false), finding(4, true)];
    expect(heldWhileTyping(findings, 3)).toEqual([finding(3, false), finding(4, true)]);
    expect(heldWhileTyping(findings, undefined)).toBe(findings);
    expect([editedLine('a\nb', 'a\n\nb'), editedLine('a\nb', 'a\nbc'), editedLine('a', 'a'), editedLine('a\nb\n', 'a\nb\nT')]).toEqual([1, 1, undefined, 2]);
  });
});

describe('language server: a field still being typed', () => {
  let client: TestClient;
  let plan: string;
  const uri = (): string => uriOf(plan);
  const empty = (p: PublishDiagnosticsParams) => p.diagnostics.filter((d) => d.code === 'OKR009' && /is empty/.test(String(d.message)));

  beforeAll(async () => {
    expect(existsSync(CLI), 'run `npm run build` first (npm test does)').toBe(true);
    client = await TestClient.start(copyWorkspace('cascade'));
    plan = join(client.folder, 'teams', 'typing.okr.md');
    writeFileSync(plan, '---\nperiod: 2026-Q1\n---\n# Mission: Help owners understand their cash\n## Objective O1: Owners trust their numbers\nOwner: @a\n');
    await client.initialize({ today: '2026-02-02' });
    await client.open(plan);
    await client.waitForDiagnostics(uri());
  });
  afterAll(() => client.close());

  it('is not an error while the cursor is on its line, and is once the cursor leaves', async () => {
    const line = lineOf(plan, 'Owner: @a') + 1;
    await client.connection.sendNotification('throughline/cursorLine', { uri: uri(), line });
    // A later edit on another line proves the typed version was checked: its finding is there, the empty value is not.
    const typed = client.nextDiagnostics(uri(), (p) => p.version === 2);
    await client.change(plan, 2, [{ range: { start: { line, character: 0 }, end: { line, character: 0 } }, text: 'Type:' }]);
    expect(empty(await typed)).toEqual([]);
    const left = client.nextDiagnostics(uri(), (p) => empty(p).length === 1);
    await client.connection.sendNotification('throughline/cursorLine', { uri: uri(), line: line - 1 });
    expect(empty(await left).map((d) => d.message)).toEqual(['`Type` is empty; it takes one of `committed`, `aspirational`, `learning`. (invalid-field-value)']);
    // Back on the line and typing again: held again; a value clears it.
    await client.connection.sendNotification('throughline/cursorLine', { uri: uri(), line });
    const again = client.nextDiagnostics(uri(), (p) => p.version === 3);
    await client.change(plan, 3, [{ range: { start: { line, character: 5 }, end: { line, character: 5 } }, text: ' ' }]);
    expect(empty(await again)).toEqual([]);
    const valued = client.nextDiagnostics(uri(), (p) => p.version === 4);
    await client.change(plan, 4, [{ range: { start: { line, character: 6 }, end: { line, character: 6 } }, text: 'committed' }]);
    expect((await valued).diagnostics.filter((d) => d.code === 'OKR009')).toEqual([]);
  });
});

describe('without the cursor', () => {
  it('holds an empty field on the typed line until typing pauses', async () => {
    const { TypingTracker, TYPING_IDLE_MS } = await import('../../server/src/lsp/typing');
    vi.useFakeTimers();
    try {
      const released: string[] = [];
      const tracker = new TypingTracker((file) => released.push(file));
      const empty: Finding = { file: '/p', code: 'OKR009', rule: 'invalid-field-value', severity: 'error', message: '', incomplete: true, range: { start: { line: 1, character: 0 }, end: { line: 1, character: 5 } } };
      tracker.changed('/p', 'a\n');
      tracker.changed('/p', 'a\nType:');
      expect(tracker.visible('/p', [empty])).toEqual([]);
      vi.advanceTimersByTime(TYPING_IDLE_MS - 1);
      tracker.changed('/p', 'a\nType: ');
      vi.advanceTimersByTime(TYPING_IDLE_MS - 1);
      expect(released).toEqual([]);
      vi.advanceTimersByTime(1);
      expect(released).toEqual(['/p']);
      expect(tracker.visible('/p', [empty])).toEqual([empty]);
    } finally {
      vi.useRealTimers();
    }
  });
});

import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Connection } from 'vscode-languageserver';
import { DiagnosticsPublisher, MAX_DEFER_MS, TYPING_PAUSE_MS } from '../../server/src/lsp/diagnostics';
import type { PlanService } from '../../server/src/core/service/plan-service';

/** A publisher over a workspace whose plans are all open and clean: what it publishes, in order, by file name. */
function publisher(): { publisher: DiagnosticsPublisher; published: string[] } {
  const published: string[] = [];
  const connection = { sendDiagnostics: (p: { uri: string }) => void published.push(p.uri.slice(p.uri.lastIndexOf('/') + 1)) } as unknown as Connection;
  const workspace = { findingsFor: () => [], isOpen: () => true, versionOf: () => 1, pendingCount: () => 0 } as unknown as PlanService;
  const result = new DiagnosticsPublisher(connection, () => workspace, false, false);
  result.release();
  return { publisher: result, published };
}

describe('publishing after an edit', () => {
  beforeEach(() => void vi.useFakeTimers());
  afterEach(() => void vi.useRealTimers());

  it('checks the edited plan at once and the plans it touched once typing pauses', () => {
    const { publisher: p, published } = publisher();
    p.schedule(['/w/edited.okr.md', '/w/company.okr.md'], '/w/edited.okr.md', true);
    vi.advanceTimersByTime(0);
    expect(published).toEqual(['edited.okr.md']);
    // The next key restarts the wait: keys sent back to back never wait behind the company plan.
    vi.advanceTimersByTime(TYPING_PAUSE_MS - 10);
    p.schedule(['/w/edited.okr.md', '/w/company.okr.md'], '/w/edited.okr.md', true);
    vi.advanceTimersByTime(TYPING_PAUSE_MS - 1);
    expect(published).toEqual(['edited.okr.md', 'edited.okr.md']);
    vi.advanceTimersByTime(1);
    // The pause ended: the check runs on the next turn of the event loop.
    vi.advanceTimersByTime(1);
    expect(published).toEqual(['edited.okr.md', 'edited.okr.md', 'company.okr.md']);
  });

  it('does not keep the touched plans waiting longer than a second while keys keep coming', () => {
    const { publisher: p, published } = publisher();
    let elapsed = 0;
    while (!published.includes('company.okr.md') && elapsed <= 2 * MAX_DEFER_MS) {
      p.schedule(['/w/edited.okr.md', '/w/company.okr.md'], '/w/edited.okr.md', true);
      vi.advanceTimersByTime(10);
      elapsed += 10;
    }
    expect(elapsed).toBeGreaterThanOrEqual(MAX_DEFER_MS);
    expect(elapsed).toBeLessThanOrEqual(MAX_DEFER_MS + 20);
    expect(published.filter((file) => file === 'company.okr.md')).toEqual(['company.okr.md']);
  });

  it('checks what an opened document or a change on disk touched without waiting', () => {
    const { publisher: p, published } = publisher();
    p.schedule(['/w/opened.okr.md', '/w/company.okr.md'], '/w/opened.okr.md');
    vi.advanceTimersByTime(1);
    p.schedule(['/w/team.okr.md', '/w/company.okr.md']);
    vi.advanceTimersByTime(1);
    expect(published).toEqual(['opened.okr.md', 'company.okr.md', 'team.okr.md', 'company.okr.md']);
  });
});

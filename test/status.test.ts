import { describe, expect, it } from 'vitest';
import { readStatus } from '../server/src/core/fields';

describe('readStatus: a status as a person reads it', () => {
  it.each([
    ['done', 'done'],
    ['In Progress', 'in progress'],
    ['✅', 'done'],
    ['✅ Complete', 'done'],
    ['🟡', 'in progress'],
    ['🟢 On track', 'in progress'],
    ['🔄 In Progress (partial)', 'in progress'],
    ['Blocked on Board approval', 'blocked'],
    ['Not started', 'not started'],
    ['⬜', 'not started'],
    ['Cancelled (replaced)', 'dropped'],
    ['**Done**', 'done'],
    ['En curso', 'in progress'],
    ['Erledigt', 'done'],
    ['已完成', 'done'],
    ['Done (v2)', 'done'],
    ['Shipped — see #12', 'done'],
    ['✓ Done', 'done'],
    ['Done ✓', 'done'],
    ['🟩', 'in progress'],
    ['To-Do', 'not started'],
    ['Done, shipped in v2', 'done'],
    ['Done. Shipped in v2.', 'done'],
    ['Done 2026-01-20', 'done'],
    ['Completed on 2026-03-15', 'done'],
    ['Done 100%', 'done'],
    ['Cancelled, no budget', 'dropped'],
    ['已完成，见文档', 'done'],
    ['open', 'not started'],
  ] as const)('%s reads as %s', (written, status) => {
    expect(readStatus(written)).toBe(status);
  });

  it.each(['in-progress', 'blokced', 'Not_Started', 'maybe later', 'Startedness', 'Doneness', '', '完成率 80%', 'Done by legal?', 'Complete by Friday', 'Completed 2 of 5 milestones', 'Achieved 40%', 'Closed beta', 'Delivered to QA, awaiting sign-off', 'Done?'])('%s states no status', (written) => {
    expect(readStatus(written)).toBeUndefined();
  });
});

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
  ] as const)('%s reads as %s', (written, status) => {
    expect(readStatus(written)).toBe(status);
  });

  it.each(['in-progress', 'blokced', 'Not_Started', 'maybe later', 'Startedness', 'Doneness', '', '完成率 80%', 'Done by legal?', 'Complete by Friday', 'Completed 2 of 5 milestones', 'Achieved 40%', 'Closed beta', 'Delivered to QA, awaiting sign-off'])('%s states no status', (written) => {
    expect(readStatus(written)).toBeUndefined();
  });
});

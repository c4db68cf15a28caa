import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

/*
 * The heap settings of `check` and the language server (server/src/node/heap.ts). V8 flags
 * apply to the whole process, so each case runs in a process of its own.
 */

/** The size of V8's young generation after allocating plenty that dies young, in MB, with the settings `setup` applies (tsx's own start may grow it once before they do). */
function youngGenerationMb(setup: string): number {
  const script = `
    import { getHeapSpaceStatistics } from 'node:v8';
    const heap = await import('./server/src/node/heap.ts');
    const { keepHeapNearLive, fitHeapToWorkspace } = heap.default ?? heap;
    ${setup}
    const kept = [];
    for (let i = 0; i < 2e6; i++) { const o = { i, s: 'item ' + i }; if (i % 8 === 0) kept.push(o); }
    const young = getHeapSpaceStatistics().find((space) => space.space_name === 'new_space');
    console.log(young.space_size / 2 ** 20);
  `;
  return Number(execFileSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { encoding: 'utf8' }).trim());
}

describe('the heap of check and the language server', () => {
  it('keeps the young generation at its smallest for a workspace of a few thousand plans', () => {
    expect(youngGenerationMb('keepHeapNearLive(); fitHeapToWorkspace(2001);')).toBeLessThanOrEqual(4);
  });

  it('lets the young generation grow for a big workspace, and where the heap is left alone', () => {
    expect(youngGenerationMb('keepHeapNearLive(); fitHeapToWorkspace(20010);')).toBeGreaterThanOrEqual(16);
    expect(youngGenerationMb('')).toBeGreaterThanOrEqual(16);
  });
});

import { setFlagsFromString } from 'node:v8';

/**
 * How far the heap may grow past what the last full collection left alive, in percent.
 * V8 by default lets it grow up to four times that before collecting again: a language server
 * whose 2,000 plans hold 200 MB then reached 500 MB when a company key result was renamed
 * twice (each rename re-links and re-checks every team plan, and the old links and findings
 * die in the old generation). At 20% the peak stays near what is alive, and the extra
 * collections are incremental and concurrent: the re-check took no longer
 * (docs/benchmarks.md, "Memory").
 */
const HEAP_GROWING_PERCENT = 20;

/**
 * Up to this many plans, V8's young generation is kept at its smallest (two 1 MB halves instead
 * of growing to two of 16 MB). On 2,000 plans that is 40 MB less at the peak (270 → 226 MB for
 * `check`) for about 15% more time; on 20,000 it saves 3% and costs 30–45%, because objects
 * promoted early make the collector go through a big old generation more often
 * (docs/benchmarks.md, "The young generation").
 */
const SMALL_YOUNG_GENERATION_MAX_PLANS = 5_000;

/**
 * Keeps the process's heap close to what it holds (read by V8 at each collection, so it applies
 * from now on). For the language server and `check`, whose memory is bounded (issue 13); not for
 * `report`, which holds the whole workspace's model and findings to draw them anyway: there the
 * extra collections cost a third of a second on 2,000 plans for 25 MB less. The young generation
 * stays small until `fitHeapToWorkspace` learns that the workspace is big.
 */
export function keepHeapNearLive(): void {
  setFlagsFromString(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`);
  setFlagsFromString('--semi-space-growth-factor=1');
}

/**
 * Past the same size the heap grows at most this far past what is alive, in percent. A workspace
 * of 20,000 plans is checked in a tenth of markdownlint's time, so there is time to spare and not
 * memory: more frequent collections keep its peak some 100 MB lower for some 10% more time
 * (docs/benchmarks.md, "Memory").
 */
const BIG_WORKSPACE_HEAP_GROWING_PERCENT = 10;

/** Once the workspace's plans are known (before they are parsed): a big one lets the young generation grow as V8 would, and keeps its heap closer to what it holds. */
export function fitHeapToWorkspace(planCount: number): void {
  if (planCount <= SMALL_YOUNG_GENERATION_MAX_PLANS) return;
  setFlagsFromString('--semi-space-growth-factor=2');
  setFlagsFromString(`--heap-growing-percent=${BIG_WORKSPACE_HEAP_GROWING_PERCENT}`);
}

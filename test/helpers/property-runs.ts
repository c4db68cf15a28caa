/**
 * Property tests run seeded and bounded in `npm test`; `npm run soak` sets SOAK_RUNS for a long
 * run with a fresh seed (printed, so a failure can be replayed with SOAK_SEED).
 */
export function propertyRuns(bounded: number, seed: number): { numRuns: number; seed: number } {
  const runs = Number(process.env.SOAK_RUNS);
  if (!runs) return { numRuns: bounded, seed };
  const soakSeed = Number(process.env.SOAK_SEED) || Date.now() % 2_147_483_647;
  console.log(`soak: ${runs} runs, seed ${soakSeed}`);
  return { numRuns: runs, seed: soakSeed };
}

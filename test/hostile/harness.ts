import { spawnSync } from 'node:child_process';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, realpathSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

export const CLI = join(__dirname, '..', '..', 'bin', 'throughline.js');

const SCALE = Number(process.env.HOSTILE_SCALE) || 1;

/**
 * Sizes of the hostile inputs: `npm test` runs them small enough to stay fast on a busy 2-core
 * machine; `npm run soak` sets HOSTILE_SCALE to grow them.
 */
export function scaled(size: number): number {
  return Math.round(size * SCALE);
}

/** Per-case limits from outside: no case may hang or balloon. Cost is linear in size, so the limits grow with the scale. */
export const CASE_TIMEOUT_MS = 5_000 * SCALE;
export const CASE_MAX_RSS_MB = 500 * SCALE;

/** A workspace folder (real path, so links are judged against it) with the given files. */
export function workspace(files: Record<string, string> = {}): string {
  const dir = realpathSync(mkdtempSync(join(tmpdir(), 'throughline-hostile-')));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

/** About a hundred `*a` references to an anchored list: the yaml library throws on expanding them. */
export const ALIAS_BOMB = `---\nperiod: 2026-Q1\nx: &a [1, 2, 3]\ny: [${Array.from({ length: 120 }, () => '*a').join(', ')}]\n---\n# Mission: m\n`;

export function fifo(path: string): void {
  mkdirSync(join(path, '..'), { recursive: true });
  execFileSync('mkfifo', [path]);
}

export interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
  ms: number;
  maxRssMb: number;
}

/** Runs the built CLI with a timeout, and reads its peak memory. */
export function runCli(args: string[], cwd: string, timeout = CASE_TIMEOUT_MS): CliRun {
  const started = performance.now();
  const result = spawnSync(process.execPath, ['--require', join(__dirname, 'report-rss.cjs'), CLI, ...args], {
    cwd,
    input: '',
    encoding: 'utf8',
    timeout,
    maxBuffer: 256 * 1024 * 1024,
    env: { ...process.env, NO_COLOR: '1' },
  });
  const ms = performance.now() - started;
  const rss = /\nhostile-maxrss-kb=(\d+)\n$/.exec(result.stderr ?? '');
  return { status: result.status, stdout: result.stdout ?? '', stderr: (result.stderr ?? '').replace(/\nhostile-maxrss-kb=\d+\n$/, ''), ms, maxRssMb: rss ? Number(rss[1]) / 1024 : Infinity };
}

/** A CLI run that finished on its own, in time and memory, with a check's exit code (0 or 1). */
export function expectBounded(run: CliRun): void {
  if (run.status === null || run.ms > CASE_TIMEOUT_MS) throw new Error(`the CLI did not finish in ${CASE_TIMEOUT_MS} ms (${Math.round(run.ms)} ms)`);
  if (run.maxRssMb > CASE_MAX_RSS_MB) throw new Error(`the CLI used ${Math.round(run.maxRssMb)} MB`);
}

/**
 * A full collection before each timed run: otherwise a run that happens to pay for the garbage of
 * the runs before it decides the ratio (a case making 80,000 quantities measured 1.6 to 4.2 so).
 */
const collectGarbage: () => void = (() => {
  setFlagsFromString('--expose-gc');
  return runInNewContext('gc') as () => void;
})();

/**
 * Time of `run` on inputs of size n and 2n (the fastest of several runs each, after a warm-up at
 * n): the ratio stays near 2 when the cost is linear and near 4 when it is quadratic. The two sizes
 * take turns, so that a slow spell of the machine falls on both rather than on one.
 */
export function doublingRatio(build: (n: number) => unknown, run: (input: never) => unknown, n: number): number {
  const [small, large] = [build(n), build(2 * n)];
  run(small as never);
  const timed = (input: unknown): number => {
    collectGarbage();
    const started = performance.now();
    run(input as never);
    return performance.now() - started;
  };
  let [fastestSmall, fastestLarge] = [Infinity, Infinity];
  // At least five runs, more while they are quick, so that a few milliseconds of noise cannot decide:
  // with three, a 200 ms case run beside the code-server suite was slowed on every run of one size (a CI run failed so).
  // The time spent counts the collections, which cost more than a quick case's runs.
  const begun = performance.now();
  for (let i = 0; i < 5 || (performance.now() - begun < 600 && i < 20); i++) {
    fastestSmall = Math.min(fastestSmall, timed(small));
    fastestLarge = Math.min(fastestLarge, timed(large));
  }
  return fastestLarge / fastestSmall;
}

// Whole-process timing shared by the bench scripts (no side effects).
import { spawnSync } from 'node:child_process';
import { median } from './stats';

/** Wall time of a whole process (node start included, as a user or CI feels it) and its peak RSS. */
export function timeProcess(args: string[], cwd: string): { ms: number; rssMb: number } {
  const start = performance.now();
  const result = spawnSync('/usr/bin/time', ['-f', '%M', process.execPath, ...args], { cwd, encoding: 'utf8', maxBuffer: 1 << 30 });
  const elapsed = performance.now() - start;
  if (result.status !== 0 && result.status !== 1) throw new Error(`${args.join(' ')} failed: ${result.stderr.slice(-500)}`);
  const rssKb = Number(result.stderr.trim().split('\n').pop());
  return { ms: elapsed, rssMb: Number.isFinite(rssKb) ? rssKb / 1024 : NaN };
}

/** The median time and the highest peak RSS of `runs` runs. */
export function repeat(runs: number, args: string[], cwd: string): { ms: number; rssMb: number } {
  const samples = Array.from({ length: runs }, () => timeProcess(args, cwd));
  return { ms: median(samples.map((s) => s.ms)), rssMb: Math.max(...samples.map((s) => s.rssMb)) };
}

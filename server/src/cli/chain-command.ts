import { existsSync } from 'node:fs';
import { posix } from 'node:path';
import { chainBreak, formatChain, nodeAtLine } from '../core/features/chain';
import { toCorePath } from '../node/paths';
import { absolutePath, loadWorkspace } from './load';
import { UsageError } from './usage-error';
import { terminalSafe } from './terminal-text';

/** Runs `throughline chain <file>:<line>`; returns the exit code (1 when the chain stops short of a mission). */
export function runChain(target: string, options: { today: string; config?: string }, io: { cwd: string; write(text: string): void }): number {
  const m = /^(.*):(\d+)$/.exec(target);
  if (!m) throw new UsageError(`expected <file>:<line>, got "${target}"`);
  const file = absolutePath(m[1]!, io.cwd);
  if (!existsSync(file)) throw new UsageError(`${m[1]} does not exist`);
  const base = toCorePath(io.cwd);
  // The whole workspace around the file (the working directory, or the file's folder) is read.
  const workspace = loadWorkspace({ paths: [file], cwd: io.cwd, today: options.today, ...(options.config ? { configPath: options.config } : {}) });
  const plan = workspace.graph.plan(file);
  if (!plan) throw new UsageError(`${m[1]} is not a plan`);
  const node = nodeAtLine(plan, Number(m[2]) - 1);
  if (!node) throw new UsageError(`no node on line ${m[2]} of ${m[1]}`);
  const chain = workspace.graph.chainOf(node);
  const relative = (path: string): string => (path.startsWith(`${base}/`) ? posix.relative(base, path) : path);
  const lines = formatChain(workspace.graph, chain, relative);
  const stop = chainBreak(workspace.graph, chain);
  io.write(`${[...lines, ...(stop ? [`(stops: ${stop})`] : [])].map(terminalSafe).join('\n')}\n`);
  return stop ? 1 : 0;
}

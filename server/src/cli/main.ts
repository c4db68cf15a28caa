import { Command, CommanderError, Option } from 'commander';
import { RULES, findRule } from '../core/rules/registry';
import { explainRule, explainSystemCode } from '../core/features/explain';
import { editDistance } from '../core/did-you-mean';
import { runCheck, FORMATTERS } from './check';
import { runChain } from './chain-command';
import { runReport, REPORT_FORMATS } from './report-command';
import { UsageError } from './usage-error';
import { terminalSafe } from './terminal-text';
import { isIsoDate } from '../core/parse/quantity';
import { version } from '../../../package.json';
import { localToday } from '../node/today';
import { keepHeapNearLive } from '../node/heap';

function parseToday(value: string): string {
  if (!isIsoDate(value)) throw new UsageError(`--today must be a date written YYYY-MM-DD, got "${value}"`);
  return value;
}

function explain(name: string): number {
  const rule = findRule(name);
  const system = rule ? undefined : explainSystemCode(name);
  if (!rule && !system) {
    const key = name.toLowerCase();
    const distance = (r: (typeof RULES)[number]): number => Math.min(editDistance(key, r.name), editDistance(key, r.code.toLowerCase()));
    const nearest = [...RULES].sort((a, b) => distance(a) - distance(b))[0];
    throw new UsageError(`no rule "${name}"${nearest ? `; did you mean ${nearest.name} (${nearest.code})?` : ''}`);
  }
  writeOut(`${rule ? explainRule(rule) : system}\n`);
  return 0;
}

async function startLanguageServer(): Promise<void> {
  keepHeapNearLive();
  const [{ startServer }, { nodeServer }] = await Promise.all([import('../lsp/server'), import('../node/host')]);
  const { connection, host } = nodeServer();
  startServer(connection, host);
}

/**
 * Writes to standard output. A pipe (`check | less`, a CI step capturing it) is made blocking,
 * as a Unix tool's output is: Node writes to a pipe asynchronously, and `check` writes file by
 * file in one synchronous pass, so the whole output was queued in memory until the end (175 MB
 * of JSON held 1,093 MB at the peak, against 238 MB written to a file).
 */
function writeOut(text: string): void {
  if (readerGone) return;
  if (!stdoutBlocks) {
    stdoutBlocks = true;
    stopWritingWhenTheReaderGoes();
    (process.stdout as unknown as { _handle?: { setBlocking?: (blocking: boolean) => number } })._handle?.setBlocking?.(true);
  }
  process.stdout.write(text);
}

let stdoutBlocks = false;

/**
 * Whether the reader of standard output closed it (`check | head`). The rest of the output has nowhere to go; the run
 * still ends with the exit code its findings give, as a pipeline with `pipefail` expects.
 */
let readerGone = false;

function stopWritingWhenTheReaderGoes(): void {
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
    readerGone = true;
  });
}

function program(setExit: (code: number) => void): Command {
  const cli = new Command('throughline')
    .description('Lint, explain and navigate OKR plans written in Markdown.')
    .version(version)
    .exitOverride()
    // Commander's messages quote the arguments, which may come from a plan's name or a script: their lines are kept, nothing else.
    .configureOutput({ writeErr: (text) => process.stderr.write(text.split('\n').map(terminalSafe).join('\n')) });
  const today = new Option('--today <date>', 'the date the date rules use (YYYY-MM-DD)').default(localToday(), 'today').argParser(parseToday);
  cli
    .command('check')
    .description('check plans (files or folders, default .) and report findings')
    .argument('[paths...]', 'plan files or folders to search')
    .addOption(new Option('--format <format>', 'output format').choices(Object.keys(FORMATTERS)).default('stylish'))
    .addOption(today)
    .option('--config <file>', 'use this .okrrc.json for every plan')
    .action((paths: string[], options: { format: string; today: string; config?: string }) => {
      keepHeapNearLive();
      const color = Boolean(process.stdout.isTTY) && !process.env.NO_COLOR;
      setExit(runCheck(paths, options, { cwd: process.cwd(), write: writeOut, color }));
    });
  cli
    .command('explain')
    .description('explain a rule: what it flags, why it matters, how to fix it')
    .argument('<rule>', 'rule code (OKR401) or name (kr-not-measurable)')
    .action((rule: string) => setExit(explain(rule)));
  cli
    .command('chain')
    .description('print the alignment chain of the node on a line, up to the mission')
    .argument('<file:line>', 'a plan and a 1-based line of a node or one of its fields')
    .addOption(new Option('--today <date>', 'the date the date rules use').default(localToday(), 'today').argParser(parseToday))
    .option('--config <file>', 'use this .okrrc.json for every plan')
    .action((target: string, options: { today: string; config?: string }) => setExit(runChain(target, options, { cwd: process.cwd(), write: writeOut })));
  cli
    .command('report')
    .description('write the alignment map, check-in charts and review lists as one HTML page (or Markdown for a CI summary)')
    .argument('[paths...]', 'plan files or folders to search (as for check)')
    .addOption(new Option('--format <format>', 'output format').choices([...REPORT_FORMATS]).default('html'))
    .addOption(new Option('--today <date>', 'the date the report is as of (YYYY-MM-DD)').default(localToday(), 'today').argParser(parseToday))
    .option('--period <period>', 'only plans whose period overlaps this one (2026-Q1, 2026-H2, 2026, 2026-01-05..2026-03-27)')
    .option('--close', 'add the quarter close: final scores by Type, with call-outs')
    .option('--out <file>', 'write to this file instead of standard output')
    .option('--config <file>', 'use this .okrrc.json for every plan')
    .action((paths: string[], options: { format: string; today: string; period?: string; close?: boolean; out?: string; config?: string }) =>
      setExit(runReport(paths, options, { cwd: process.cwd(), write: writeOut })),
    );
  cli
    .command('lsp')
    .description('start the language server (--stdio, --node-ipc or --socket=<port>)')
    .allowUnknownOption()
    .allowExcessArguments()
    .option('--stdio', 'talk over standard input and output')
    .option('--node-ipc', 'talk over Node IPC (how the VS Code extension starts it)')
    .option('--socket <port>', 'talk over a socket on this port')
    .option('--clientProcessId <pid>', 'exit when this process exits')
    .action(startLanguageServer);
  return cli;
}

async function main(): Promise<void> {
  let exitCode = 0;
  try {
    await program((code) => (exitCode = code)).parseAsync(process.argv);
  } catch (error) {
    if (error instanceof CommanderError) {
      exitCode = error.exitCode === 0 ? 0 : 2;
    } else if (error instanceof UsageError) {
      process.stderr.write(`throughline: ${terminalSafe(error.message)}\n`);
      exitCode = 2;
    } else {
      process.stderr.write(`throughline: internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
      exitCode = 2;
    }
  }
  process.exitCode = exitCode;
}

void main();

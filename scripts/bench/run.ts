// `npm run bench`: Throughline against markdownlint and a bare remark parse on the same
// generated plans, the language server's latencies over stdio, and the report and the
// Alignment Map (report-bench.ts). Prints one Markdown table of medians (and p95 where it
// matters) with the ratios. See docs/benchmarks.md.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { cpus, totalmem } from 'node:os';
import { fileURLToPath } from 'node:url';
import { generatePlan, generateWorkspace } from './generate-plans';
import { measureServer, type ServerFigures } from './lsp-bench';
import { measureCoupled } from './coupled-bench';
import { measureReport, writeDeepWorkspace } from './report-bench';
import { ms, type Row } from './stats';
import { repeat as repeatIn } from './process';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const WORK = join(ROOT, '.bench');
const QUICK = process.argv.includes('--quick');
/** Only the coupled workspaces of issue 13 (coupled-bench.ts). */
const COUPLED_ONLY = process.argv.includes('--coupled-only');
/** `--case company|shared|none|deep|many|corpus`: only these coupled cases (repeatable; all by default). */
const CASES = process.argv.flatMap((arg, i) => (process.argv[i - 1] === '--case' ? [arg] : []));
/** Only the report and the Alignment Map of issue 15 (report-bench.ts). */
const REPORT_ONLY = process.argv.includes('--report-only');

const repeat = (runs: number, args: string[], cwd = ROOT) => repeatIn(runs, args, cwd);

function writeFiles(): { single: Record<string, string>; workspace: string; workspaceList: string } {
  rmSync(WORK, { recursive: true, force: true });
  const single: Record<string, string> = {};
  for (const [label, lines] of [['1k', 1000], ['10k', 10_000], ['100k', 100_000]] as const) {
    if (QUICK && label === '100k') continue;
    const dir = join(WORK, `plan-${label}`);
    mkdirSync(dir, { recursive: true });
    single[label] = join(dir, 'plan.okr.md');
    writeFileSync(single[label]!, generatePlan({ seed: lines, lines }));
  }
  const workspace = join(WORK, 'workspace');
  const files = generateWorkspace(QUICK ? 200 : 2000, 200);
  for (const [path, text] of files) {
    mkdirSync(dirname(join(workspace, path)), { recursive: true });
    writeFileSync(join(workspace, path), text);
  }
  const workspaceList = join(WORK, 'workspace-files.txt');
  writeFileSync(workspaceList, [...files.keys()].map((p) => join(workspace, p)).join('\n'));
  return { single, workspace, workspaceList };
}

function batchRows(single: Record<string, string>, workspace: string, workspaceList: string): Row[] {
  const cli = join(ROOT, 'bin', 'throughline.js');
  const lint = join(ROOT, 'scripts', 'bench', 'markdownlint-lint.mjs');
  const remark = join(ROOT, 'scripts', 'bench', 'remark-parse.mjs');
  const rows: Row[] = [];
  const runs = QUICK ? 1 : 3;
  const targets: [string, string, string, string][] = [
    ...Object.entries(single).map(([label, file]) => [`${label}-line plan`, dirname(file), file, file] as [string, string, string, string]),
    [`workspace of ${QUICK ? 200 : 2000} plans`, workspace, `@${workspaceList}`, `@${workspaceList}`],
  ];
  for (const [what, dir, lintArg, remarkArg] of targets) {
    // Run inside the folder: .bench/ is git-ignored at the repository root.
    const ours = repeat(runs, [cli, 'check', '--format', 'json', '--today', '2026-02-02', '.'], dir);
    const theirs = repeat(runs, [lint, lintArg]);
    const bare = repeat(runs, [remark, remarkArg]);
    rows.push({
      what: `\`throughline check\` · ${what} (peak RSS)`,
      throughline: `${ms(ours.ms)} (${ours.rssMb.toFixed(0)} MB)`,
      markdownlint: `${ms(theirs.ms)} (${theirs.rssMb.toFixed(0)} MB)`,
      remark: `${ms(bare.ms)} (${bare.rssMb.toFixed(0)} MB)`,
      ratio: `${(ours.ms / theirs.ms).toFixed(2)}× markdownlint`,
    });
  }
  return rows;
}

function printTable(rows: Row[], figures: ServerFigures | undefined, report: Row[], coupled: Row[]): void {
  console.log(`\nMachine: ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}${QUICK ? ' (quick run)' : ''}\n`);
  console.log('| measurement | Throughline | markdownlint | remark | ratio | target |');
  console.log('|---|---|---|---|---|---|');
  for (const r of [...rows, ...(figures?.rows ?? []), ...report, ...coupled]) {
    console.log(`| ${r.what} | ${r.throughline} | ${r.markdownlint ?? ''} | ${r.remark ?? ''} | ${r.ratio ?? ''} | ${r.target ?? ''} |`);
  }
}

async function main(): Promise<void> {
  let rows: Row[] = [];
  let figures: ServerFigures | undefined;
  let report: Row[] = [];
  if (COUPLED_ONLY) {
    rmSync(WORK, { recursive: true, force: true });
  } else {
    const { single, workspace, workspaceList } = writeFiles();
    if (!REPORT_ONLY) {
      rows = batchRows(single, workspace, workspaceList);
      figures = await measureServer({ root: ROOT, single, workspace, quick: QUICK });
    }
    const plans = QUICK ? 200 : 2000;
    const spaces = [
      { label: `workspace of ${plans} plans`, folder: workspace, today: '2026-02-02', edited: 'teams/group-0/team-7.okr.md' },
      writeDeepWorkspace(WORK, plans),
    ];
    report = await measureReport({ root: ROOT, work: WORK, spaces, quick: QUICK });
  }
  const coupled = REPORT_ONLY ? [] : await measureCoupled({ root: ROOT, work: WORK, quick: QUICK, cases: CASES });
  printTable(rows, figures, report, coupled);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.stack : error);
  process.exit(1);
});

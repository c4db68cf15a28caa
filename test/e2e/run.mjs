// Tests inside a real VS Code: code-server (from npm, run on Node 24) driven by Debian's
// Chromium through playwright-core.
//   1. The suite (test/e2e/suite) runs in the extension host through the smoke-test driver,
//      with the extension loaded from the repository.
//   2. The packaged .vsix is installed into a fresh code-server, and the workbench itself is
//      checked the way a user sees it, typing key by key (test/e2e/checks/*.mjs, in order: each
//      module's checks build on the edits of those before), saving screenshots to out/e2e/.
// Usage: npm run test:e2e   (it runs scripts/setup-e2e.sh first, which installs what is missing)
import { existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import { OUT, ROOT, VSIX, launchBrowser, removeTemporary, setup, startCodeServer, workbenchUrl, workspace } from './code-server.mjs';
import { Workbench } from './workbench.mjs';
import { checks as firstLook } from './checks/first-look.mjs';
import { checks as onboardingEdits } from './checks/onboarding-edits.mjs';
import { checks as map } from './checks/map.mjs';
import { checks as firstHour } from './checks/first-hour.mjs';
import { checks as platformEdits } from './checks/platform-edits.mjs';
import { checks as views } from './checks/views.mjs';
import { checks as welcome } from './checks/welcome.mjs';

/** The workbench checks, in the order they run. */
const CHECKS = [...firstLook, ...onboardingEdits, ...map, ...firstHour, ...platformEdits, ...views, ...welcome];

async function buildSuite() {
  await build({
    entryPoints: [join(ROOT, 'test', 'e2e', 'suite', 'index.ts')],
    outfile: join(OUT, 'suite.js'),
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    external: ['vscode'],
    logLevel: 'warning',
  });
}

/** Phase 1: the suite in the extension host; resolves with its exit code. */
async function runSuite(port, folder) {
  const { browser, page } = await launchBrowser();
  try {
    let finish;
    const exited = new Promise((resolve) => (finish = resolve));
    // The suite prints `  ✔ name`, `  ✘ name` with indented details, and a summary; the workbench's own log stays out.
    await page.exposeFunction('codeAutomationLog', (_type, args) => {
      const text = args.map(String).join(' ');
      if (/^ {2}[✔✘]|^ {4}|^\d+ passed, \d+ failed/.test(text)) console.log(text);
    });
    await page.exposeFunction('codeAutomationExit', (code) => finish(code));
    await page.goto(workbenchUrl(port, folder, [['extensionDevelopmentPath', ROOT], ['extensionTestsPath', join(OUT, 'suite.js')]]));
    const timer = setTimeout(() => finish('timeout after 180 s'), 180_000);
    const code = await exited;
    clearTimeout(timer);
    return code;
  } finally {
    await browser.close();
  }
}

/** Phase 2: the packaged extension in the workbench, as a user sees it. Resolves with the number of failed checks. */
async function checkWorkbench(port, folder) {
  const { browser, page } = await launchBrowser();
  mkdirSync(OUT, { recursive: true });
  for (const file of readdirSync(OUT)) if (file.startsWith('failure-')) rmSync(join(OUT, file));
  let failed = 0;
  try {
    const w = new Workbench(page, port, folder);
    await w.openFolder(folder);
    for (const { name, run } of CHECKS) {
      const started = Date.now();
      try {
        await run(w);
        console.log(`  ✔ workbench: ${name} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
      } catch (error) {
        failed++;
        const shot = join(OUT, `failure-${name.replace(/\W+/g, '-').slice(0, 80)}.png`);
        await page.screenshot({ path: shot }).catch(() => undefined);
        console.log(`  ✘ workbench: ${name}\n    ${error instanceof Error ? error.message.split('\n')[0] : String(error)} (screenshot ${shot})`);
      }
    }
  } finally {
    await browser.close();
  }
  return failed;
}

async function main() {
  const tools = setup();
  await buildSuite();
  if (!existsSync(VSIX)) throw new Error('throughline.vsix is missing: run `npm run package` first (npm test and npm run test:e2e do)');

  const suiteFolder = workspace();
  const dev = await startCodeServer(tools, suiteFolder);
  let suite;
  try {
    suite = await runSuite(dev.port, suiteFolder);
  } finally {
    dev.stop();
  }

  const userFolder = workspace();
  const installed = await startCodeServer(tools, userFolder, VSIX);
  let workbench;
  try {
    workbench = await checkWorkbench(installed.port, userFolder);
  } finally {
    installed.stop();
  }
  console.log(`extension tests exit code: ${suite}; workbench checks failed: ${workbench}`);
  process.exitCode = suite === 0 && workbench === 0 ? 0 : 1;
}

main()
  .catch((error) => {
    console.error(error instanceof Error ? error.stack : error);
    process.exitCode = 2;
  })
  .finally(removeTemporary);

// Tests inside a real VS Code: code-server (from npm, run on Node 24) driven by Debian's
// Chromium through playwright-core. Phase 1 runs test/e2e/suite in the extension host via the
// smoke-test driver (extension loaded from the repository); phase 2 installs the packaged
// .vsix into a fresh code-server and checks the workbench itself, saving screenshots.
// Usage: npm run test:e2e   (scripts/setup-e2e.sh installs what it needs; it is run first)
import { spawn, execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const OUT = join(ROOT, 'out', 'e2e');
const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

function setup() {
  const output = execFileSync('bash', [join(ROOT, 'scripts', 'setup-e2e.sh')], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
  const value = (key) => /^(\w+)=(.*)$/m.exec(output.split('\n').find((l) => l.startsWith(`${key}=`)) ?? '')?.[2];
  return { node24: value('NODE24'), codeServer: value('CODE_SERVER') };
}

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

/** A fresh copy of examples/ with the date rules pinned. */
function workspace() {
  const dir = mkdtempSync(join(tmpdir(), 'throughline-e2e-ws-'));
  cpSync(join(ROOT, 'examples'), dir, { recursive: true });
  mkdirSync(join(dir, '.vscode'));
  writeFileSync(join(dir, '.vscode', 'settings.json'), JSON.stringify({ 'throughline.today': '2026-02-02' }));
  return dir;
}

/** Resolves when code-server says it listens (an event, not a poll). */
function waitForListening(server) {
  return new Promise((resolve, reject) => {
    let log = '';
    const timer = setTimeout(() => reject(new Error(`code-server did not start in 60 s:\n${log}`)), 60_000);
    const onData = (data) => {
      log += data.toString();
      if (/HTTP server listening/.test(log)) {
        clearTimeout(timer);
        resolve();
      }
    };
    server.stdout.on('data', onData);
    server.stderr.on('data', onData);
    server.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`code-server exited with ${code}:\n${log}`));
    });
  });
}

/** Starts code-server; with `vsix`, that package is installed first, as a user would. */
async function startCodeServer({ node24, codeServer }, folder, vsix) {
  const home = mkdtempSync(join(tmpdir(), 'throughline-e2e-home-'));
  const userData = join(home, 'user');
  mkdirSync(join(userData, 'User'), { recursive: true });
  writeFileSync(join(userData, 'User', 'settings.json'), JSON.stringify({
    'workbench.startupEditor': 'none', 'security.workspace.trust.enabled': false, 'telemetry.telemetryLevel': 'off',
    'extensions.autoCheckUpdates': false, 'extensions.autoUpdate': false, 'update.mode': 'none', 'chat.disableAIFeatures': true,
    'workbench.tips.enabled': false, 'editor.hover.delay': 100,
  }));
  const port = 20000 + Math.floor(Math.random() * 20000);
  if (vsix) {
    execFileSync(node24, [codeServer, '--user-data-dir', userData, '--extensions-dir', join(home, 'ext'), '--install-extension', vsix], {
      env: { ...process.env, HOME: home },
      stdio: 'ignore',
    });
  }
  const server = spawn(node24, [codeServer, '--auth', 'none', '--bind-addr', `127.0.0.1:${port}`, '--disable-telemetry', '--disable-update-check',
    '--disable-workspace-trust', '--reconnection-grace-time', '5', '--user-data-dir', userData, '--extensions-dir', join(home, 'ext'),
    '--vscode-option', 'enable-smoke-test-driver', folder], {
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, HOME: home, VSCODE_SKIP_BUILTIN_EXTENSIONS: 'vscode.markdown-language-features' },
  });
  await waitForListening(server);
  // One kill of the process group ends code-server, its extension hosts and our language server.
  const stop = () => { try { process.kill(-server.pid, 'SIGKILL'); } catch { /* already gone */ } };
  return { port, stop };
}

async function launchBrowser() {
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: CHROMIUM_ARGS });
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  return { browser, page };
}

function workbenchUrl(port, folder, payload, development = true) {
  const remote = (p) => `vscode-remote://127.0.0.1:${port}${p}`;
  const entries = [...(development ? [['extensionDevelopmentPath', remote(ROOT)]] : []), ['skipWelcome', 'true'], ...payload.map(([k, v]) => [k, remote(v)])];
  return `http://127.0.0.1:${port}/?folder=${encodeURIComponent(folder)}&payload=${encodeURIComponent(JSON.stringify(entries))}`;
}

/** Phase 1: the suite in the extension host; resolves with its exit code. */
async function runSuite(port, folder) {
  const { browser, page } = await launchBrowser();
  let finish;
  const exited = new Promise((resolve) => (finish = resolve));
  await page.exposeFunction('codeAutomationLog', (_type, args) => console.log(...args));
  await page.exposeFunction('codeAutomationExit', (code) => finish(code));
  page.on('console', (message) => {
    const text = message.text();
    if (/✔|✘|passed, \d+ failed|Error/.test(text) && !/ENOTFOUND|open-vsx|marketplace/.test(text)) console.log(text);
  });
  await page.goto(workbenchUrl(port, folder, [['extensionTestsPath', join(OUT, 'suite.js')]]));
  const timer = setTimeout(() => finish('timeout after 180 s'), 180_000);
  const code = await exited;
  clearTimeout(timer);
  await browser.close();
  return code;
}

/** Phase 2: the packaged .vsix installed in a fresh code-server: a hover widget and a Problems panel row, with screenshots. */
async function checkWorkbench(port, folder) {
  const { browser, page } = await launchBrowser();
  try {
    await page.goto(workbenchUrl(port, folder, [], false));
    await page.locator('.monaco-workbench').waitFor({ timeout: 60_000 });
    await page.keyboard.press('Control+P');
    await page.keyboard.type('onboarding.okr.md');
    await page.locator('.quick-input-list .monaco-list-row').first().waitFor({ timeout: 20_000 });
    await page.keyboard.press('Enter');
    const line = page.locator('.view-line', { hasText: 'Due: 2026-01-30' });
    await line.waitFor({ timeout: 30_000 });
    const hover = page.locator('.monaco-hover', { hasText: 'initiative-past-due' });
    // The editor shows a hover only after it has laid out and seen the mouse move: move in again until it does.
    for (let attempt = 0; ; attempt++) {
      await page.mouse.move(5, 5);
      await line.hover({ position: { x: 40, y: 8 } });
      const shown = await hover.first().waitFor({ state: 'visible', timeout: 5_000 }).then(() => true, () => false);
      if (shown) break;
      if (attempt === 5) throw new Error('no hover widget on the Due line');
    }
    mkdirSync(OUT, { recursive: true });
    await page.screenshot({ path: join(OUT, 'workbench-hover.png') });
    await page.keyboard.press('Escape');
    await page.keyboard.press('Control+Shift+M');
    const row = page.locator('.markers-panel .monaco-list-row', { hasText: 'initiative-past-due' });
    await row.first().waitFor({ timeout: 60_000 });
    await page.screenshot({ path: join(OUT, 'workbench.png') });
    console.log(`  ✔ workbench: hover widget and Problems panel row (screenshots out/e2e/workbench-hover.png, out/e2e/workbench.png)`);
    return 0;
  } catch (error) {
    mkdirSync(OUT, { recursive: true });
    await page.screenshot({ path: join(OUT, 'workbench-failure.png') }).catch(() => undefined);
    console.log(`  ✘ workbench: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  } finally {
    await browser.close();
  }
}

async function main() {
  const tools = setup();
  if (!tools.node24 || !tools.codeServer) throw new Error('scripts/setup-e2e.sh did not report NODE24 and CODE_SERVER');
  await buildSuite();
  const folder = workspace();
  const server = await startCodeServer(tools, folder);
  let suite;
  try {
    suite = await runSuite(server.port, folder);
  } finally {
    server.stop();
  }
  const vsix = join(ROOT, 'throughline.vsix');
  if (!existsSync(vsix)) throw new Error('throughline.vsix is missing: run `npm run package` first (npm test does)');
  const installed = await startCodeServer(tools, folder, vsix);
  try {
    const workbench = await checkWorkbench(installed.port, workspace());
    console.log(`extension tests exit code: ${suite}; workbench check: ${workbench}`);
    process.exitCode = suite === 0 && workbench === 0 ? 0 : 1;
  } finally {
    installed.stop();
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.stack : error);
  process.exitCode = 2;
});

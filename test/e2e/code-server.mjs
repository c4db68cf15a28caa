// What the tests inside a real VS Code run on: code-server (from npm, run on Node 24) with a fresh
// home, a copy of examples/ as the workspace, and Debian's Chromium driven by playwright-core.
import { spawn, execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const OUT = join(ROOT, 'out', 'e2e');
export const VSIX = join(ROOT, 'throughline.vsix');
const TODAY = '2026-02-02';
const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
/** Browser console lines worth showing: ours, not the workbench's offline noise. */
const INTERESTING = /throughline/i;
const NOISE = /ENOTFOUND|open-vsx|marketplace|AgentHost|signed-in session/;

/** Temporary folders (workspaces, homes) removed by `removeTemporary` when the run ends. */
const temporary = [];
function temporaryDir(prefix) {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  temporary.push(dir);
  return dir;
}

export function removeTemporary() {
  for (const dir of temporary.splice(0)) rmSync(dir, { recursive: true, force: true });
}

/** Runs scripts/setup-e2e.sh (installs what is missing, cached) and returns the tools it reports. */
export function setup() {
  const output = execFileSync('bash', [join(ROOT, 'scripts', 'setup-e2e.sh')], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
  const value = (key) => output.split('\n').find((l) => l.startsWith(`${key}=`))?.slice(key.length + 1);
  const tools = { node24: value('NODE24'), codeServer: value('CODE_SERVER') };
  if (!tools.node24 || !tools.codeServer) throw new Error('scripts/setup-e2e.sh did not report NODE24 and CODE_SERVER');
  return tools;
}

/** A plain Markdown plan that only a `.okrrc.json` `files` glob makes a plan (and one finding: a KR with no owner). */
const NOTES_PLAN = `---
period: 2026-Q1
team: Support
parent: ../company/2026-Q1.okr.md
---

## Objective O1: Owners get answers about their bank sync the same day
Owner: @kim
Parent: ../company/2026-Q1.okr.md#KR1.2
Tradeoff: phone support waits until Q3

### KR1.1: Cut median first reply from 9 hours to 2 hours
Owner: @kim
Indicator: leading
Check-ins:
- 2026-01-26: 7 hours

### KR1.2: Raise sync questions solved in the first reply from 40% to 70%
Indicator: leading
Check-ins:
- 2026-01-26: 45%
`;

/** A fresh folder whose workspace settings pin the date the date rules (and New Plan's current quarter) use. */
function pinnedFolder() {
  const dir = temporaryDir('throughline-e2e-ws-');
  mkdirSync(join(dir, '.vscode'));
  writeFileSync(join(dir, '.vscode', 'settings.json'), JSON.stringify({ 'throughline.today': TODAY }));
  return dir;
}

/** A fresh copy of examples/ (plus notes/, a plan by config glob) with the date rules pinned. */
export function workspace() {
  const dir = pinnedFolder();
  cpSync(join(ROOT, 'examples'), dir, { recursive: true });
  mkdirSync(join(dir, 'notes'));
  writeFileSync(join(dir, 'notes', '.okrrc.json'), `${JSON.stringify({ files: ['*.md'] }, null, 2)}\n`);
  writeFileSync(join(dir, 'notes', 'support.md'), NOTES_PLAN);
  return dir;
}

/** A folder with nothing in it: nothing there starts the extension. */
export function emptyFolder() {
  return temporaryDir('throughline-e2e-empty-');
}

/** A folder with no plan yet, only a `.okrrc.json` (which starts the extension), the date rules pinned. */
export function workspaceWithoutPlans() {
  const dir = pinnedFolder();
  writeFileSync(join(dir, '.okrrc.json'), '{}\n');
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

/**
 * Starts code-server on a fresh home, user data and extensions folder; with `vsix`, installs it first, as a user would.
 * The built-in Markdown extension stays off for the extension-host suite (it is not what the suite tests) and is on
 * for the workbench, whose preview check needs it.
 */
export async function startCodeServer({ node24, codeServer }, folder, vsix) {
  const home = temporaryDir('throughline-e2e-home-');
  const userData = join(home, 'user');
  const extensions = join(home, 'ext');
  mkdirSync(join(userData, 'User'), { recursive: true });
  writeFileSync(join(userData, 'User', 'settings.json'), JSON.stringify({
    'workbench.startupEditor': 'none', 'security.workspace.trust.enabled': false, 'telemetry.telemetryLevel': 'off',
    'extensions.autoCheckUpdates': false, 'extensions.autoUpdate': false, 'update.mode': 'none', 'chat.disableAIFeatures': true,
    'workbench.tips.enabled': false, 'workbench.secondarySideBar.defaultVisibility': 'hidden', 'editor.hover.delay': 100,
  }));
  const env = { ...process.env, HOME: home, ...(vsix ? {} : { VSCODE_SKIP_BUILTIN_EXTENSIONS: 'vscode.markdown-language-features' }) };
  if (vsix) execFileSync(node24, [codeServer, '--user-data-dir', userData, '--extensions-dir', extensions, '--install-extension', vsix], { env, stdio: 'ignore' });
  const port = 20000 + Math.floor(Math.random() * 20000);
  const server = spawn(node24, [codeServer, '--auth', 'none', '--bind-addr', `127.0.0.1:${port}`, '--disable-telemetry', '--disable-update-check',
    '--disable-workspace-trust', '--reconnection-grace-time', '5', '--user-data-dir', userData, '--extensions-dir', extensions,
    '--vscode-option', 'enable-smoke-test-driver', folder], { detached: true, stdio: ['ignore', 'pipe', 'pipe'], env });
  // Its own process group: one kill ends code-server, its extension hosts and our language server.
  const stop = () => { try { process.kill(-server.pid, 'SIGKILL'); } catch { /* already gone */ } };
  await waitForListening(server).catch((error) => { stop(); throw error; });
  return { port, stop };
}

export async function launchBrowser() {
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: CHROMIUM_ARGS });
  const page = await browser.newPage({ viewport: { width: 1600, height: 960 } });
  page.on('console', (message) => {
    const text = message.text();
    if (message.type() === 'error' && INTERESTING.test(text) && !NOISE.test(text)) console.log(`  [workbench] ${text.split('\n')[0]}`);
  });
  return { browser, page };
}

export function workbenchUrl(port, folder, payload) {
  const remote = (p) => `vscode-remote://127.0.0.1:${port}${p}`;
  const entries = [['skipWelcome', 'true'], ...payload.map(([k, v]) => [k, remote(v)])];
  return `http://127.0.0.1:${port}/?folder=${encodeURIComponent(folder)}&payload=${encodeURIComponent(JSON.stringify(entries))}`;
}

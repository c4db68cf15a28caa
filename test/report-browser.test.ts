// The HTML report in a real browser: headless Chromium opens it from disk, with every request
// routed and anything but a file URL refused; the DOM must hold every plan and node with the
// core's progress and findings. Chromium comes from scripts/setup-e2e.sh (run by `npm test`).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { analyzePlans } from '../server/src/core/analyze';
import { defaultConfig } from '../server/src/core/config-model';
import type { WorkspaceGraph } from '../server/src/core/graph';
import type { Finding } from '../server/src/core/rules/types';
import { generateWorkspace } from '../scripts/bench/generate-plans';

const ROOT = join(__dirname, '..');
const CLI = join(ROOT, 'bin', 'throughline.js');
const CHROMIUM = '/usr/bin/chromium';
const TODAY = '2026-02-02';
/** Screenshots go here; `UPDATE_SCREENSHOTS=1` also refreshes the README's picture. */
const SHOTS = mkdtempSync(join(tmpdir(), 'throughline-report-shots-'));

function plansUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? plansUnder(full) : full.endsWith('.okr.md') ? [full] : [];
  });
}

/** What the core says about the plans under `folder`, with paths as the CLI prints them from `cwd`. */
function core(folder: string, cwd: string): { graph: WorkspaceGraph; findings: Finding[]; rel: (file: string) => string } {
  const plans = new Map(plansUnder(folder).map((file) => [file, readFileSync(file, 'utf8')]));
  const { graph, findings } = analyzePlans(plans, { roots: [folder], today: TODAY, configFor: () => defaultConfig() });
  return { graph, findings, rel: (file) => relative(cwd, file).split('\\').join('/') };
}

function report(folder: string, cwd: string, out: string): void {
  const result = spawnSync(process.execPath, [CLI, 'report', '--today', TODAY, '--out', out, relative(cwd, folder) || '.'], { cwd, encoding: 'utf8' });
  expect(result.stderr).toBe('');
  expect(result.status).toBe(0);
}

interface Opened {
  page: Page;
  errors: string[];
  remote: string[];
}

/** Loading the page of 2,000 plans (11 MB) takes its time on a machine whose two cores also run the other test files. */
const LOAD_TIMEOUT_MS = 90_000;

async function open(browser: Browser, file: string, colorScheme: 'light' | 'dark' = 'light'): Promise<Opened> {
  const page = await browser.newPage({ viewport: { width: 1200, height: 1000 }, colorScheme });
  const errors: string[] = [];
  const remote: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  await page.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith('file:')) return route.continue();
    remote.push(url);
    return route.abort();
  });
  await page.goto(pathToFileURL(file).href, { waitUntil: 'load', timeout: LOAD_TIMEOUT_MS });
  return { page, errors, remote };
}

/** data-key → data-progress of every node in the page, and the plans it lists. */
async function domOf(page: Page): Promise<{ nodes: Record<string, string | null>; plans: string[]; findings: number }> {
  // A string, not a function: the tests are type-checked without the DOM library.
  return page.evaluate(`(() => {
    const nodes = {};
    for (const el of document.querySelectorAll('#map .node')) nodes[el.getAttribute('data-key')] = el.getAttribute('data-progress');
    const plans = [...document.querySelectorAll('#plans tr[data-plan]')].map((el) => el.getAttribute('data-plan'));
    return { nodes, plans, findings: document.querySelectorAll('ul.findings li[data-code]').length };
  })()`);
}

function expectSameAsCore(dom: Awaited<ReturnType<typeof domOf>>, truth: ReturnType<typeof core>): void {
  const plans = truth.graph.plans();
  expect([...dom.plans].sort()).toEqual(plans.map((p) => truth.rel(p.file)).sort());
  const expected: Record<string, string | null> = {};
  for (const plan of plans) {
    for (const node of plan.nodes) {
      const progress = node.kind === 'kr' || node.kind === 'objective' ? truth.graph.progressOf(node) : undefined;
      expected[`${truth.rel(node.file)}:${node.range.start.line + 1}`] = progress === undefined ? null : String(progress);
    }
  }
  expect(Object.keys(dom.nodes).length).toBe(Object.keys(expected).length);
  expect(dom.nodes).toEqual(expected);
  expect(dom.findings).toBe(truth.findings.length);
}

describe('the HTML report in headless Chromium', () => {
  let browser: Browser;
  const work = mkdtempSync(join(tmpdir(), 'throughline-report-browser-'));

  beforeAll(async () => {
    expect(existsSync(join(ROOT, 'out', 'cli.js')), 'run `npm run build` first (npm test does)').toBe(true);
    expect(existsSync(CHROMIUM), 'Chromium is missing: run `bash scripts/setup-e2e.sh` as root (npm test does)').toBe(true);
    browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox', '--disable-background-networking', '--disable-gpu'] });
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('shows every plan and node of examples/ with the core’s progress and findings, offline, in light and dark', async () => {
    const out = join(work, 'examples.html');
    report(join(ROOT, 'examples'), ROOT, out);
    const truth = core(join(ROOT, 'examples'), ROOT);
    for (const scheme of ['light', 'dark'] as const) {
      const { page, errors, remote } = await open(browser, out, scheme);
      expectSameAsCore(await domOf(page), truth);
      // Findings sit on their node: the past-due initiative's card names its rule.
      const pastDue = await page.locator('#map .node', { hasText: 'Offer a guided sync call' }).first().locator('li[data-code="OKR502"]').count();
      expect(pastDue).toBe(1);
      expect(await page.locator('#past-due + table tbody tr').count()).toBe(1);
      // Each review line links to its node's card on the map.
      const linked = await page.evaluate(`[...document.querySelectorAll('#review a[href^="#"]')].map((a) => document.getElementById(decodeURIComponent(a.getAttribute('href').slice(1)))?.classList.contains('node') ?? false)`);
      expect((linked as boolean[]).length).toBeGreaterThan(0);
      expect(linked).not.toContain(false);
      // The theme follows the system: the page background differs between light and dark.
      const background = await page.evaluate('getComputedStyle(document.body).backgroundColor');
      expect(background).toBe(scheme === 'light' ? 'rgb(255, 255, 255)' : 'rgb(20, 23, 31)');
      await page.screenshot({ path: join(SHOTS, `examples-${scheme}.png`) });
      if (scheme === 'light' && process.env.UPDATE_SCREENSHOTS) await page.screenshot({ path: join(ROOT, 'images', 'alignment-map.png') });
      expect(errors).toEqual([]);
      expect(remote).toEqual([]);
      await page.close();
    }
    expect(existsSync(join(SHOTS, 'examples-dark.png'))).toBe(true);
  });

  it('opens the report of a generated workspace of 2,000 plans with every node in place', async () => {
    const folder = join(work, 'generated');
    for (const [path, text] of generateWorkspace(1996, 200, 4)) {
      mkdirSync(dirname(join(folder, path)), { recursive: true });
      writeFileSync(join(folder, path), text);
    }
    const out = join(work, 'generated.html');
    report(folder, folder, out);
    const truth = core(folder, folder);
    expect(truth.graph.plans()).toHaveLength(2000);
    const { page, errors, remote } = await open(browser, out);
    expectSameAsCore(await domOf(page), truth);
    await page.screenshot({ path: join(SHOTS, 'generated.png') });
    expect(errors).toEqual([]);
    expect(remote).toEqual([]);
    await page.close();
  }, 180_000);
});

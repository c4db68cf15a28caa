// Check-in charts in the hover and the Alignment Map (issue 15), on plans other than onboarding.okr.md, which the
// checks before edited.
import { lineIn } from '../workbench.mjs';

/** @type {{ name: string, run: (w: import('../workbench.mjs').Workbench) => Promise<void> }[]} */
export const checks = [
  {
    name: 'a key result’s hover draws its check-ins as an inline data-URI SVG image',
    async run(w) {
      const { page } = w;
      // Open in a tab since the Ctrl+Alt+Up check: bring it to the front.
      await w.showTab('2026-Q1.okr.md');
      await w.gotoLine(lineIn(w.path('company/2026-Q1.okr.md'), '### KR1.1:'));
      const line = w.viewLine('KR1.1: Raise weekly active owners');
      await line.waitFor({ timeout: 30_000 });
      const image = page.locator('.monaco-hover:not(.hidden) img[src^="data:image/svg+xml;base64,"]').first();
      await w.hoverUntil(line, image, { x: 60, y: 8 }, 'KR1.1 (with a chart image)');
      // Rendered, not just present: the browser decoded the SVG to its size.
      await page.waitForFunction(() => {
        const img = document.querySelector('.monaco-hover:not(.hidden) img[src^="data:image/svg+xml;base64,"]');
        return img instanceof HTMLImageElement && img.complete && img.naturalWidth === 240 && img.naturalHeight === 64;
      }, undefined, { timeout: 10_000 });
      const alt = await image.getAttribute('alt');
      if (!alt?.includes('2026-01-26: 13.1k; baseline 12k, target 18k')) throw new Error(`the image says "${alt}"`);
      await w.screenshot('workbench-hover-chart.png');
      await w.dismiss();
    },
  },

  {
    name: 'the Alignment Map follows a check-in typed key by key and opens a clicked node at its line',
    async run(w) {
      const { page } = w;
      const company = w.path('company/2026-Q1.okr.md');
      const bookkeepers = w.path('teams/bookkeepers.okr.md');
      // The button in the Alignment view's title bar opens it.
      await page.locator('.part.sidebar .action-label[aria-label="Open Alignment Map"]:visible').first().click({ timeout: 15_000 });
      // A webview is an iframe in an iframe.
      const map = page.frameLocator('iframe.webview.ready').frameLocator('#active-frame');
      const kr = lineIn(bookkeepers, '- KR1.1:');
      const card = map.locator(`.node[data-key="teams/bookkeepers.okr.md:${kr}"]`);
      await card.locator('.pct', { hasText: /^32%$/ }).waitFor({ timeout: 30_000 });
      await map.locator('.node[data-key^="company/2026-Q1.okr.md:"]').first().waitFor({ timeout: 10_000 });
      // Click the key result's title: its plan opens beside the map, the cursor on its line.
      await card.locator('.head').click();
      await w.cursorAt('bookkeepers.okr', kr);
      await w.gotoLine(lineIn(bookkeepers, '- 2026-01-30: 63%'));
      await page.keyboard.press('End');
      for (let i = 0; i < 3; i++) await page.keyboard.press('Backspace');
      await w.type('70%');
      const typed = Date.now();
      await card.locator('.pct', { hasText: /^60%$/ }).waitFor({ timeout: 10_000 });
      await card.locator('progress[value="60"]').waitFor({ timeout: 1_000 });
      const followed = Date.now() - typed;
      console.log(`    the map showed the new value ${followed} ms after the last key`);
      if (followed > 2_000) throw new Error(`the map took ${followed} ms to follow the edit`);
      await w.screenshot('workbench-alignment-map.png');
      // Filter by team: only that team's nodes and the way to them.
      await map.locator('#team').selectOption({ label: 'Bookkeeper Growth' });
      await map.locator('.node.context[data-key^="company/"]').first().waitFor({ timeout: 10_000 });
      if (await map.locator('.node[data-key^="teams/onboarding.okr.md:"]').count()) throw new Error('the team filter kept onboarding nodes');
      await map.locator('#clear').click();
      await map.locator('.node[data-key^="teams/onboarding.okr.md:"]').first().waitFor({ timeout: 10_000 });
      // Another plan's node: the editor beside the map switches to it.
      const target = lineIn(company, '### KR2.1:');
      await map.locator(`.node[data-key="company/2026-Q1.okr.md:${target}"] .head`).click();
      await w.cursorAt('2026-Q1.okr', target);
    },
  },
];

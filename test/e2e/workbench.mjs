// What the workbench checks share: the page, the workspace folder, and the ways a person works the
// workbench with the keyboard and the mouse (quick open, go to line, the command palette, the
// Problems panel), each waiting on what the workbench shows, never on time.
import { readFileSync, watch } from 'node:fs';
import { join } from 'node:path';
import { OUT, workbenchUrl } from './code-server.mjs';

const indexIn = (file, needle) => readFileSync(file, 'utf8').split('\n').findIndex((l) => l.includes(needle));

/** 1-based line of the first line of `file` that contains `needle`. */
export function lineIn(file, needle) {
  const index = indexIn(file, needle);
  if (index < 0) throw new Error(`"${needle}" not in ${file}`);
  return index + 1;
}

/**
 * 1-based line of `needle` in `file` once the file on disk holds it: a check that follows a save
 * may read the file while the editor is still writing it (it is written in place, truncated
 * first). Waits for the file's change events, at most `timeout` ms.
 */
export async function lineOnDisk(file, needle, timeout = 10_000) {
  const deadline = Date.now() + timeout;
  for (;;) {
    const index = indexIn(file, needle);
    if (index >= 0) return index + 1;
    const left = deadline - Date.now();
    // The file as it is then, to tell a slow write from lost text.
    if (left <= 0) throw new Error(`"${needle}" not in ${file}, which reads:\n${readFileSync(file, 'utf8')}`);
    await new Promise((resolve) => {
      const watcher = watch(file, () => done());
      const timer = setTimeout(() => done(), left);
      function done() {
        clearTimeout(timer);
        watcher.close();
        resolve(undefined);
      }
    });
  }
}

/** Whether `locator` shows within `timeout` ms (false instead of a timeout error). */
export const shows = (locator, timeout) => locator.waitFor({ state: 'visible', timeout }).then(() => true, () => false);

/**
 * The lines of the active editor on screen, `{ n, text }` in order (an expression evaluated in the page): the line numbers in
 * the margin and the lines of text sit at the same offsets from the top.
 */
const SHOWN_LINES = `(() => {
  const editor = document.querySelector('.part.editor .editor-group-container.active .monaco-editor');
  if (!editor) return [];
  const numbers = new Map([...editor.querySelectorAll('.margin-view-overlays > div')].map((d) => [d.style.top, d.querySelector('.line-numbers')?.textContent?.trim()]));
  return [...editor.querySelectorAll('.view-lines > .view-line')]
    .map((line) => ({ n: Number(numbers.get(line.style.top)), text: (line.textContent ?? '').replace(/\\u00a0/g, ' ') }))
    .filter((line) => line.n > 0)
    .sort((a, b) => a.n - b.n);
})()`;

/** The titles of the quick input's rows, in order (an expression for the page). */
const PALETTE_TITLES = `[...document.querySelectorAll('.quick-input-list .monaco-list-row .label-name')].map((l) => l.textContent ?? '')`;

/** Fails when the quick fix menu preselects anything but `preferred`, or lacks its "Disable…" actions. */
export function expectPreferred(menu, preferred) {
  if (!menu.focused.includes(preferred)) throw new Error(`the preselected quick fix is "${menu.focused}", not "${preferred}"`);
  if (!menu.rows.some((r) => r.startsWith('Disable'))) throw new Error(`no disable actions in the menu: ${menu.rows.join(' | ')}`);
  if (new Set(menu.rows).size !== menu.rows.length) throw new Error(`the menu repeats actions: ${menu.rows.join(' | ')}`);
}

export class Workbench {
  /** @param {import('playwright-core').Page} page */
  constructor(page, port, folder) {
    this.page = page;
    this.port = port;
    this.folder = folder;
  }

  /** Opens the workbench on `folder` (in this window, as File > Open Folder does). */
  async openFolder(folder) {
    this.folder = folder;
    await this.page.goto(workbenchUrl(this.port, folder, []));
    await this.page.locator('.monaco-workbench').waitFor({ timeout: 60_000 });
  }

  /** The Throughline item of the activity bar (its badge counts the plans' problems). */
  get activityItem() {
    return this.page.locator('.activitybar li.action-item:is([aria-label^="Throughline"], :has(a[aria-label^="Throughline"]))').first();
  }

  /**
   * A row of the Alignment view (in the side bar) whose accessible label has all of `texts`: the row's tooltip, which has the
   * whole title (`key result KR1.3: Cut reconciliation errors…`), owner, progress, problems and plan (the label is cut to fit).
   */
  alignmentRow(...texts) {
    return this.page.locator(`.part.sidebar .monaco-list-row${texts.map((t) => `[aria-label*=${JSON.stringify(t)}]`).join('')}`).first();
  }

  /** Throughline's plan health item in the status bar. */
  get planStatus() {
    return this.page.locator('[id="throughline.throughline.throughline.plan"]');
  }

  /**
   * Waits until the Throughline badge counts what the Problems panel lists (the status bar's errors + warnings + infos; no
   * hints in either) and, when given, equals `expected`; resolves with the count.
   */
  async badgeMatchesProblems(expected) {
    const state = `(() => {
      const item = [...document.querySelectorAll('.activitybar li.action-item')].find((li) =>
        (li.getAttribute('aria-label') || li.querySelector('a')?.getAttribute('aria-label') || '').startsWith('Throughline'));
      const counts = (document.querySelector('[id="status.problems"]')?.textContent ?? '').match(/\\d+/g)?.map(Number) ?? [];
      return { badge: Number(item?.querySelector('.badge-content')?.textContent ?? NaN), problems: counts.length === 3 ? counts[0] + counts[1] + counts[2] : NaN };
    })()`;
    const wanted = expected === undefined ? 's.badge > 0' : `s.badge === ${Number(expected)}`;
    try {
      const matched = await this.page.waitForFunction(`(() => { const s = ${state}; return s.badge === s.problems && ${wanted} && s.badge; })()`, undefined, { timeout: 30_000 });
      return await matched.jsonValue();
    } catch {
      const { badge, problems } = await this.page.evaluate(state);
      throw new Error(`the badge says ${badge} and the Problems panel counts ${problems}${expected === undefined ? '' : ` (expected ${expected})`}`);
    }
  }

  /** A file of the workspace, by its path in it. */
  path(relative) {
    return join(this.folder, relative);
  }

  /** Saves a screenshot of the whole window to out/e2e/`name`. */
  async screenshot(name) {
    await this.page.screenshot({ path: join(OUT, name) });
  }

  /** Presses `keys` (Ctrl+P, Ctrl+G, Ctrl+Shift+P…) and types `text` into the quick input that opens. */
  async quickInput(keys, text) {
    await this.page.keyboard.press(keys);
    await this.page.locator('.quick-input-widget input').waitFor({ timeout: 10_000 });
    await this.page.keyboard.type(text);
  }

  /** Opens a file by typing its name (or path) into quick open; waits for its tab. */
  async openFile(name) {
    await this.quickInput('Control+P', name);
    const base = name.split('/').pop();
    await this.page.locator('.quick-input-list .monaco-list-row.focused', { hasText: base }).waitFor({ timeout: 20_000 });
    await this.page.keyboard.press('Enter');
    await this.activeTab(base);
  }

  /** Waits until the active tab shows `name` (`.md` dropped: a tab may show the name shortened). */
  async activeTab(name) {
    await this.page.locator('.tabs-container .tab.active', { hasText: name.replace(/\.md$/, '') }).first().waitFor({ timeout: 20_000 });
  }

  /**
   * Saves the active editor (Ctrl+S) and waits until its tab is no longer dirty, so the file on disk is what the editor
   * shows (code-server also saves by itself a second after typing stops, as VS Code on the web does).
   */
  async save() {
    await this.page.keyboard.press('Control+S');
    await this.page.locator('.tabs-container .tab.active.dirty').waitFor({ state: 'detached', timeout: 10_000 });
  }

  /** Saves every editor (Ctrl+K S) and waits until no tab is dirty. */
  async saveAll() {
    await this.page.keyboard.press('Control+K');
    await this.page.keyboard.press('S');
    await this.page.locator('.tabs-container .tab.dirty').first().waitFor({ state: 'detached', timeout: 10_000 });
  }

  /** Brings an open tab to the front by clicking it. */
  async showTab(name) {
    await this.page.locator('.tabs-container .tab', { hasText: name }).first().click();
    await this.activeTab(name);
  }

  /** Waits until the focused editor group's active tab and the cursor's line are what we expect. */
  async cursorAt(tab, line) {
    await this.page.waitForFunction(
      ([t, l]) =>
        document.querySelector('.part.editor .editor-group-container.active .tab.active')?.textContent?.includes(t) &&
        new RegExp(`^Ln ${l},`).test(document.querySelector('[id="status.editor.selection"]')?.textContent?.trim() ?? ''),
      [tab, line],
      { timeout: 15_000 },
    );
  }

  /** Ctrl+G to a 1-based line; waits until the status bar says the cursor is there. */
  async gotoLine(line) {
    await this.quickInput('Control+G', String(line));
    await this.page.locator('.quick-input-list .monaco-list-row', { hasText: `line ${line}` }).waitFor({ timeout: 10_000 });
    await this.page.keyboard.press('Enter');
    await this.page.locator('.quick-input-widget').waitFor({ state: 'hidden', timeout: 10_000 });
    await this.page.waitForFunction((l) => new RegExp(`^Ln ${l},`).test(document.querySelector('[id="status.editor.selection"]')?.textContent?.trim() ?? ''), line, { timeout: 10_000 });
  }

  /** Goes to the end of a 1-based line of the active editor, opens a new line after it and types `text` key by key. */
  async typeNewLine(line, text) {
    await this.gotoLine(line);
    await this.page.keyboard.press('End');
    await this.page.keyboard.press('Enter');
    await this.type(text);
  }

  /** Types key by key, as a person does. */
  async type(text) {
    await this.page.keyboard.type(text, { delay: 60 });
  }

  /** Runs a command from the palette, typing its title. */
  async runCommand(title) {
    await this.findCommand(title);
    await this.pick(title);
  }

  /**
   * Opens the palette and types `query` until its rows' titles are `titles` (without them: until a row shows `query`). The
   * palette lists an extension's commands once the workbench has read the extension's manifest (before, only those in its
   * history), and does not always update while open: reopen it.
   */
  async findCommand(query, titles) {
    const listed = titles
      ? `${PALETTE_TITLES}.join('\\n') === ${JSON.stringify(titles.join('\n'))}`
      : `${PALETTE_TITLES}.some((t) => t.includes(${JSON.stringify(query)}))`;
    for (let attempt = 0; ; attempt++) {
      await this.quickInput('Control+Shift+P', query);
      if (await this.page.waitForFunction(listed, undefined, { timeout: 5_000 }).then(() => true, () => false)) return;
      if (attempt === 5) throw new Error(`for "${query}" the command palette lists ${(await this.page.evaluate(PALETTE_TITLES)).join(' | ') || 'nothing'}`);
      await this.page.keyboard.press('Escape');
      await this.page.locator('.quick-input-widget').waitFor({ state: 'hidden', timeout: 10_000 });
    }
  }

  /** Moves the quick input's focus down to the row that shows `text` (a recently used item may come first) and presses Enter. */
  async pick(text) {
    await this.page.locator('.quick-input-list .monaco-list-row', { hasText: text }).first().waitFor({ timeout: 15_000 });
    const focused = this.page.locator('.quick-input-list .monaco-list-row.focused');
    for (let down = 0; !((await focused.textContent()) ?? '').includes(text); down++) {
      if (down === 10) throw new Error(`"${text}" is listed but ${down} presses of ↓ did not reach it`);
      await this.page.keyboard.press('ArrowDown');
    }
    await this.page.keyboard.press('Enter');
  }

  /** Waits for a quick input whose title contains `title`, types `text` key by key, waits for a focused `row` if given, and presses Enter. */
  async answer(title, text, row) {
    await this.page.locator('.quick-input-widget .quick-input-title', { hasText: title }).waitFor({ timeout: 15_000 });
    if (text) await this.page.keyboard.type(text, { delay: 40 });
    if (row) await this.page.locator('.quick-input-list .monaco-list-row.focused', { hasText: row }).waitFor({ timeout: 10_000 });
    await this.page.keyboard.press('Enter');
  }

  /** A line of the visible editor, by its text. */
  viewLine(text) {
    return this.page.locator('.part.editor .editor-group-container.active .view-line', { hasText: text }).first();
  }

  /**
   * Moves the mouse onto `target` (away first, then over it) until `widget` shows: the editor shows a hover once it has laid
   * out and seen the mouse move over the text.
   */
  async hoverUntil(target, widget, position, what) {
    for (let attempt = 0; ; attempt++) {
      await this.page.mouse.move(5, 5);
      await target.hover({ position });
      if (await shows(widget, 5_000)) return;
      if (attempt === 5) throw new Error(`no hover widget on ${what}`);
    }
  }

  /** Moves the mouse away and closes what it opened. */
  async dismiss() {
    await this.page.mouse.move(5, 5);
    await this.page.keyboard.press('Escape');
  }

  /**
   * Expands a tree row by its twistie (a click on the row would also open its node) until `child` shows. A view refreshes as
   * the server's results come in, and an expand that lands mid-refresh is dropped by the workbench ("Data tree node not
   * found"), sometimes leaving the row shown open with nothing under it: expand again (closing it first) until the child
   * shows.
   */
  async expandUntil(row, child, what) {
    const twistie = row.locator('.monaco-tl-twistie');
    const collapsed = async () => (await twistie.getAttribute('class', { timeout: 10_000 }))?.includes('collapsed');
    for (let attempt = 0; ; attempt++) {
      if (await collapsed()) await twistie.click();
      // Longer at each attempt: on a loaded machine the tree may take seconds to render what an expand asked for.
      if (await shows(child, 3_000 * (attempt + 1))) return;
      if (attempt === 5) throw new Error(`${what} never showed`);
      if (!(await collapsed())) await twistie.click();
    }
  }

  /** A row of the Problems panel. */
  problemRow(text) {
    return this.page.locator('.markers-panel .monaco-list-row', { hasText: text }).first();
  }

  /** Opens the Problems panel on one file's findings (its filter set to the file's name), then focuses the editor again. */
  async showProblems(name) {
    // Ctrl+Shift+M shows the Problems panel (pressed again, it may hide it): press it only when the panel is not shown, then
    // click its filter box (in the panel's title bar) and select what it holds.
    if (!(await this.page.locator('.markers-panel').isVisible())) await this.page.keyboard.press('Control+Shift+M');
    await this.page.locator('.markers-panel').waitFor({ timeout: 10_000 });
    // A click that lands while the panel still lays out leaves the focus where it was: click again until the box has it.
    for (let attempt = 0; ; attempt++) {
      // Its left end: the count of shown problems ("Showing 5 of 11") lies over the rest of the box.
      await this.page.locator('.part.panel .viewpane-filter').first().click({ position: { x: 20, y: 8 } });
      const focused = await this.page.waitForFunction(() => document.activeElement?.closest('.viewpane-filter'), undefined, { timeout: 3_000 }).then(() => true, () => false);
      if (focused) break;
      if (attempt === 4) throw new Error('the Problems panel’s filter box never took the focus');
    }
    await this.page.keyboard.press('Control+A');
    await this.page.keyboard.type(`**/${name}`);
    await this.problemRow(name).waitFor({ timeout: 20_000 });
    await this.page.keyboard.press('Control+1');
  }

  /** Ctrl+. on the cursor's line; resolves with the quick fix menu's rows and the one preselected. */
  async quickFixMenu() {
    await this.page.keyboard.press('Control+.');
    const focused = this.page.locator('.action-widget .monaco-list-row.focused');
    await focused.waitFor({ timeout: 15_000 });
    return { focused: (await focused.textContent()) ?? '', rows: await this.page.locator('.action-widget .monaco-list-row').allTextContents() };
  }

  /** Waits for the light bulb of the cursor's line: the editor asked the server for its code actions and got some. `autoFix`: one is preferred. */
  async lightBulb(autoFix = false) {
    const icon = autoFix ? '.part.editor [class*="lightbulb-autofix"], .part.editor [class*="lightbulb-auto-fix"]' : '.part.editor [class*="lightbulb"]';
    await this.page.locator(icon).first().waitFor({ timeout: 30_000 });
  }

  /** With the quick fix menu open: moves its focus down to the action that shows `text`, and applies it. */
  async applyAction(text) {
    await this.focusRow('.action-widget', text);
    await this.page.keyboard.press('Enter');
    await this.page.locator('.action-widget .monaco-list-row').first().waitFor({ state: 'hidden', timeout: 10_000 });
  }

  /** Presses ↓ until the focused row of the list in `container` shows `text` (it must be listed). */
  async focusRow(container, text) {
    await this.page.locator(`${container} .monaco-list-row`, { hasText: text }).first().waitFor({ timeout: 15_000 });
    const focused = this.page.locator(`${container} .monaco-list-row.focused`);
    for (let down = 0; !((await focused.textContent()) ?? '').includes(text); down++) {
      if (down === 15) throw new Error(`"${text}" is listed but ${down} presses of ↓ did not reach it`);
      await this.page.keyboard.press('ArrowDown');
    }
  }

  /** The lines of the active editor that are on screen, as `{ n, text }` (1-based line number, text as shown). */
  editorLines() {
    return this.page.evaluate(SHOWN_LINES);
  }

  /** Waits until the active editor shows `texts` on consecutive lines (each line equal to its text, trailing spaces aside); resolves with the first one's number. */
  async showsLines(texts, timeout = 10_000) {
    const found = `((texts) => {
      const lines = ${SHOWN_LINES};
      const at = lines.findIndex((_, i) => texts.every((t, j) => lines[i + j]?.text.trimEnd() === t && lines[i + j].n === lines[i].n + j));
      return at >= 0 && lines[at].n;
    })(${JSON.stringify(texts)})`;
    try {
      return await (await this.page.waitForFunction(found, undefined, { timeout })).jsonValue();
    } catch {
      const lines = await this.editorLines();
      throw new Error(`the editor does not show the lines ${JSON.stringify(texts)}; it shows ${lines.map((l) => `${l.n}: ${l.text}`).join(' ⏎ ')}`);
    }
  }

  /** The labels of the open completion list, once it shows. */
  async completionLabels() {
    await this.page.locator('.suggest-widget .monaco-list-row .label-name').first().waitFor({ timeout: 15_000 });
    // The rows on screen (the list draws only those), in the list's order.
    return this.page.locator('.suggest-widget .monaco-list-row').evaluateAll((rows) =>
      rows.sort((a, b) => Number(a.dataset.index) - Number(b.dataset.index)).map((row) => row.querySelector('.label-name')?.textContent ?? ''),
    );
  }
}

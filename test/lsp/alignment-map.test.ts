import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Hover } from 'vscode-languageserver-protocol';
import type { MapViewAnswer } from '../../server/src/protocol';
import { CLI, TestClient, copyWorkspace, lineOf, positionOf, uriOf } from './client';

const TODAY = '2026-02-02';

/** A card of a rendered map, from its key to the end of its progress figures. */
function card(answer: MapViewAnswer, key: string): string {
  expect(answer.type).toBe('render');
  const map = (answer as Extract<MapViewAnswer, { type: 'render' }>).map;
  const at = map.indexOf(`data-key="${key}"`);
  expect(at, `no card ${key}`).toBeGreaterThan(0);
  return map.slice(at, map.indexOf('</div></div>', at));
}

describe('the Alignment Map and check-in charts over the protocol', () => {
  let client: TestClient;
  let onboarding: string;

  beforeAll(async () => {
    expect(existsSync(CLI), 'run `npm run build` first (npm test does)').toBe(true);
    client = await TestClient.start(copyWorkspace('cascade'));
    onboarding = join(client.folder, 'teams', 'onboarding.okr.md');
    await client.initialize({ today: TODAY });
  });
  afterAll(() => client.close());

  it('answers throughline/mapView with the visible map, follows an edit of a check-in, and says where a node is', async () => {
    const line = lineOf(onboarding, '### KR1.1:') + 1;
    const kr = `teams/onboarding.okr.md:${line}`;
    const before = await client.request<MapViewAnswer>('throughline/mapView', { type: 'ready' });
    expect(card(before, kr)).toMatch(/data-progress="0.5".*<span class="pct">50%<\/span>/);

    const changed = new Promise<void>((resolve) => client.connection.onNotification('throughline/plansChanged', () => resolve()));
    await client.open(onboarding);
    const at = positionOf(onboarding, '- 2026-01-26: 2 days', '- 2026-01-26: '.length);
    await client.change(onboarding, 2, [{ range: { start: at, end: { line: at.line, character: at.character + 1 } }, text: '1.5' }]);
    await changed;
    const after = await client.request<MapViewAnswer>('throughline/mapView', { type: 'refresh' });
    expect(card(after, kr)).toMatch(/data-progress="0.75".*<span class="pct">75%<\/span>/);
    expect((after as Extract<MapViewAnswer, { type: 'render' }>).map).toContain('last 1.5 days on 2026-01-26');

    expect(await client.request<MapViewAnswer>('throughline/mapView', { type: 'open', key: kr })).toEqual({ type: 'reveal', uri: uriOf(onboarding), line });
    expect(await client.request<MapViewAnswer>('throughline/mapView', { type: 'close' })).toEqual({ type: 'none' });
    expect(await client.request<MapViewAnswer>('throughline/mapView', { type: 'open', key: kr })).toEqual({ type: 'none' });
  });

  it('hovers a key result with its check-ins as an inline SVG chart', async () => {
    const hover = await client.request<Hover>('textDocument/hover', { textDocument: { uri: uriOf(onboarding) }, position: positionOf(onboarding, '### KR1.1:', 6) });
    const text = (hover.contents as { value: string }).value;
    expect(text).toContain('**Check-ins** — baseline 3 days → target 1 day · last 1.5 days on 2026-01-26');
    const image = /!\[Check-ins: [^\]]+\]\(data:image\/svg\+xml;base64,([A-Za-z0-9+/=]+)\)/.exec(text);
    expect(image).not.toBeNull();
    expect(Buffer.from(image![1]!, 'base64').toString('utf8')).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"[^>]*>.*<polyline class="cl"/);
  });
});

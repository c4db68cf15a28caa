import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Hover } from 'vscode-languageserver-protocol';
import type { AlignmentMap } from '../../server/src/protocol';
import type { MapNode } from '../../server/src/core/report/model';
import { CLI, TestClient, copyWorkspace, lineOf, positionOf, uriOf } from './client';

const TODAY = '2026-02-02';

function find(nodes: MapNode[], key: string): MapNode | undefined {
  const stack = [...nodes];
  while (stack.length) {
    const node = stack.pop()!;
    if (node.key === key) return node;
    stack.push(...node.children);
  }
  return undefined;
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

  it('answers throughline/alignmentMap with the report’s model, and follows an edit of a check-in', async () => {
    const kr = `teams/onboarding.okr.md:${lineOf(onboarding, '### KR1.1:') + 1}`;
    const before = await client.request<AlignmentMap>('throughline/alignmentMap', {});
    expect(before.model.today).toBe(TODAY);
    expect(before.uris['teams/onboarding.okr.md']).toBe(uriOf(onboarding));
    expect(find(before.model.map, kr)).toMatchObject({ id: 'KR1.1', progress: 0.5 });

    const changed = new Promise<void>((resolve) => client.connection.onNotification('throughline/plansChanged', () => resolve()));
    await client.open(onboarding);
    const at = positionOf(onboarding, '- 2026-01-26: 2 days', '- 2026-01-26: '.length);
    await client.change(onboarding, 2, [{ range: { start: at, end: { line: at.line, character: at.character + 1 } }, text: '1.5' }]);
    await changed;
    const after = await client.request<AlignmentMap>('throughline/alignmentMap', {});
    expect(find(after.model.map, kr)).toMatchObject({ id: 'KR1.1', progress: 0.75 });
    expect(find(after.model.map, kr)!.chart!.points.map((p) => p.raw)).toEqual(['2.5 days', '1.5 days']);
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

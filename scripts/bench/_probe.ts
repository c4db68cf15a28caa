import { writeHeapSnapshot } from 'node:v8';
import { setFlagsFromString } from 'node:v8'; if (process.env.HGP) setFlagsFromString('--heap-growing-percent=' + process.env.HGP);
import { mkdirSync, writeFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { generateCoupledWorkspace } from './generate-plans';
import { createPlanService } from '../../server/src/core/service/plan-service';
import { nodePlanFiles } from '../../server/src/node/plan-files';

const teams = Number(process.argv[2] ?? 2000);
const dir = '/tmp/mem/ws';
rmSync(dir, { recursive: true, force: true });
let ws: any = generateCoupledWorkspace({ seed: 1, teams });
let bytes = 0;
for (const [p, t] of ws.files) { const f = join(dir, p); mkdirSync(dirname(f), { recursive: true }); writeFileSync(f, t); bytes += t.length; }
const gc = (globalThis as any).gc as () => void;
const heap = (label: string) => { gc(); gc(); const m = process.memoryUsage(); console.log(label.padEnd(30), 'heap', (m.heapUsed / 1e6).toFixed(0), 'MB  rss', (m.rss / 1e6).toFixed(0), 'ext', (m.external/1e6).toFixed(0), 'ab', (m.arrayBuffers/1e6).toFixed(0)); };
console.log('plans', 'chars', (bytes / 1e6).toFixed(1), 'M');
ws = undefined; heap("start");
const s = createPlanService({ roots: [dir], today: '2026-02-02', files: nodePlanFiles(), log: () => {} });
const files = s.loadAll();
heap('loaded (pending)');
while (s.parsePending(100) > 0);
heap('parsed');
if (process.argv[3]) writeHeapSnapshot(process.argv[3] + '.parsed');
let n = 0;
for (const f of files) n += s.findingsFor(f).length;
heap(`findings (${n})`);
(globalThis as any).keep = s;
if (process.argv[3]) { gc(); console.log(writeHeapSnapshot(process.argv[3])); }
(s as any).findings.clear();
heap('findings dropped');
for (const f of files) (s.graph.plan(f) as any).sections = [];
heap('sections dropped');
void (async () => {
  const { readFileSync } = await import('node:fs');
  const company = files.find((f) => f.includes('company'))!;
  const text = readFileSync(company, 'utf8');
  let maxHeap = 0, maxRss = 0;
  const sample = () => { const m = process.memoryUsage(); maxHeap = Math.max(maxHeap, m.heapUsed); maxRss = Math.max(maxRss, m.rss); };
  const { Session } = await import('node:inspector');
  const session = new Session(); session.connect();
  const post = (m: string, p?: object) => new Promise<any>((res, rej) => session.post(m, p ?? {}, (e, r) => (e ? rej(e) : res(r))));
  await post('HeapProfiler.startSampling', { samplingInterval: 16384, includeObjectsCollectedByMajorGC: true, includeObjectsCollectedByMinorGC: true });
  for (let round = 0; round < 6; round++) {
    const next = round % 2 === 0 ? text.replace('KR1.1:', 'KR1.9:') : text;
    const t = performance.now();
    const affected = s.updateDocument(company, next, round + 2);
    let i = 0;
    for (const f of affected) { s.findingsFor(f); if (++i % 25 === 0) sample(); }
    sample();
    console.log(`round ${round}: ${affected.size} re-checked in ${(performance.now() - t).toFixed(0)} ms; max heap ${(maxHeap / 1e6).toFixed(0)} MB, max rss ${(maxRss / 1e6).toFixed(0)} MB`);
  }
  const { profile } = await post('HeapProfiler.stopSampling');
  writeFileSync('/tmp/mem/hp/churn.heapprofile', JSON.stringify(profile));
  heap('after renames');
})();

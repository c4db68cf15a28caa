import { readFileSync } from 'node:fs';
import { createPlanService } from '../../server/src/core/service/plan-service';
import { nodePlanFiles } from '../../server/src/node/plan-files';
const s = createPlanService({ roots: ['/tmp/mem/ws'], today: '2026-02-02', files: nodePlanFiles(), log: () => {} });
const files = s.loadAll();
while (s.parsePending(100) > 0);
for (const f of files) s.findingsFor(f);
const company = files.find((f) => f.includes('company'))!;
let text = readFileSync(company, 'utf8');
const lines = text.split('\n');
const line = lines.findIndex((l, i) => i > lines.length / 2 && /^(### |- )KR\d/.test(l));
s.updateDocument(company, text, 1);
s.findingsFor(company);
const { Session } = require('node:inspector');
const session = new Session(); session.connect();
const post = (m: string, p?: object) => new Promise<any>((res, rej) => session.post(m, p ?? {}, (e: any, r: any) => (e ? rej(e) : res(r))));
void (async () => {
await post('Profiler.enable'); await post('Profiler.setSamplingInterval', { interval: 200 }); await post('Profiler.start');
const times: number[][] = [];
for (let k = 0; k < 60; k++) {
  lines[line] = k % 20 < 10 ? lines[line] + 'x' : lines[line]!.slice(0, -1);
  text = lines.join('\n');
  const t0 = performance.now();
  const affected = s.updateDocument(company, text, k + 2);
  const t1 = performance.now();
  s.findingsFor(company);
  const t2 = performance.now();
  times.push([t1 - t0, t2 - t1, affected.size]);
}
const med = (a: number[]) => a.sort((x, y) => x - y)[Math.floor(a.length / 2)]!.toFixed(1);
const { profile } = await post('Profiler.stop');
require('node:fs').writeFileSync('/tmp/mem/typing.cpuprofile', JSON.stringify(profile));
console.log('update p50', med(times.map((t) => t[0]!)), 'ms; check p50', med(times.map((t) => t[1]!)), 'ms; affected', times[5]![2], 'lines', lines.length);
})();

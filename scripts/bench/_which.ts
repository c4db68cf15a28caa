import { createPlanService } from '../../server/src/core/service/plan-service';
import { nodePlanFiles } from '../../server/src/node/plan-files';
const s = createPlanService({ roots: ['/tmp/mem/ws'], today: '2026-02-02', files: nodePlanFiles(), log: () => {} });
const files = s.loadAll();
for (const f of files.slice(0, 50)) s.findingsFor(f);
const counts = new Map<string, number>();
for (const f of files.slice(0, 50)) { const own = (s as any).ownFindings.get(f); for (const r of own?.kept?.graphRules ?? []) counts.set(r.name, (counts.get(r.name) ?? 0) + 1); }
console.log([...counts].sort((a, b) => b[1] - a[1]));

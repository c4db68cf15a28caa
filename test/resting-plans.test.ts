import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parsePlan } from '../server/src/core/parse/parser';
import { detachStrings } from '../server/src/core/parse/detach';
import type { Plan, PlanNode } from '../server/src/core/model';
import { defaultConfig } from '../server/src/core/config-model';
import { createPlanService } from '../server/src/core/service/plan-service';
import { finalScore } from '../server/src/core/report/close';
import { memoryPlanFiles } from '../server/src/core/service/memory-files';
import type { PlanFiles } from '../server/src/core/service/plan-files';

/*
 * Plans not open in an editor rest without their text (issue 13, point 4): their model's
 * strings are copied off the text, and `plan.text` reads the file again when a rule or a
 * feature asks. Neither may change what anyone reads of the plan.
 */

const ROOT = '/ws';
const TODAY = '2026-02-02';

function plansUnder(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) return plansUnder(path);
    return name.endsWith('.md') ? [path] : [];
  });
}

/** True when the node keeps its check-ins as their sources (`packCheckIns`), read again when asked. */
function isPacked(node: PlanNode): boolean {
  return typeof (node as unknown as { heldCheckIns?: unknown }).heldCheckIns === 'string';
}

/** Everything the faces read of a plan's model, ranges built by the getters included. */
function reading(plan: Plan): unknown {
  return {
    frontMatter: plan.frontMatter,
    unread: plan.unread,
    textProblems: plan.textProblems,
    suppressions: plan.suppressions,
    nodes: plan.nodes.map((node) => ({
      kind: node.kind,
      id: node.id,
      title: node.title,
      range: node.range,
      titleRange: node.titleRange,
      fullRange: node.fullRange,
      fields: node.fields.map((f) => ({ key: f.key, name: f.name, known: f.known, value: f.value, line: f.line, range: f.range, keyRange: f.keyRange, valueRange: f.valueRange })),
      checkIns: node.checkIns.map((c) => ({ date: c.date, validDate: c.validDate, value: c.value, confidence: c.confidence, note: c.note, line: c.line, range: c.range })),
      enclosing: node.enclosing && plan.nodes.indexOf(node.enclosing),
      nested: node.nested.map((n) => plan.nodes.indexOf(n)),
    })),
  };
}

describe('a plan resting on disk', () => {
  const files = [...plansUnder('examples'), ...plansUnder('test/fixtures'), ...plansUnder('test/corpus')];

  it('reads the same once its strings are detached from its text (examples, fixtures, corpus)', () => {
    expect(files.length).toBeGreaterThan(100);
    let packed = 0;
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      const detached = parsePlan(file, text);
      detachStrings(detached);
      expect(reading(detached), file).toEqual(reading(parsePlan(file, text)));
      packed += detached.nodes.filter(isPacked).length;
    }
    expect(packed).toBeGreaterThan(40);
  });

  it('reads odd check-ins the same once they are kept as their sources', () => {
    const texts = [
      '## Objective O1: Owners trust the numbers\n\n- KR 1.1: Cut close time from 10 days to 4 days\n  - Check-ins:\n    - 2026-01-12: 8 days, confidence 0.5 — bank sync still slow\n    - 2026-01-26: 7 days -- better\n    -\n    - not a date: 5\n    - 2026-02-01:\n    1. 2026-02-02: 45%, confidence 70% - done\n    - : 3\n',
      '\ufeff## Objective O1: Owners trust the numbers\r\n\r\n- KR 1.1: Cut close time from 10 days to 4 days\r\n  Check-ins:\r\n  - 2026-01-12: 8 days — 每月 note\r\n  - 2026-01-26: 7 days\r\n',
      '## Objective O1: Owners trust the numbers\r- KR 1.1: Reach 40 NPS\r  - Check-ins:\r    - 2026-01-12: 30 NPS\r',
      '## Objective O1: Owners trust the numbers\n\n> - KR 1.1: Reach 40 NPS\n>   - Check-ins:\n>     - 2026-01-12: 30 NPS\n\n### KR 1.2: Reach 50 NPS\n\nCheck-ins:\n- 2026-01-12: 30 NPS\n- 2026-01-19: 35 NPS\n',
    ];
    for (const text of texts) {
      const detached = parsePlan('/ws/p.okr.md', text);
      detachStrings(detached);
      const parsed = parsePlan('/ws/p.okr.md', text);
      expect(parsed.nodes.some((node) => node.checkIns.length), text).toBe(true);
      expect(reading(detached), text).toEqual(reading(parsed));
    }
  });

  it('scores a key result from its last check-in when its check-ins are read again from their sources', () => {
    const plan = (current: string) => `---\nperiod: 2026-Q1\n---\n\n## Objective O1: Owners trust the numbers\n\n- KR 1.1: Cut close time from 10 days to 4 days\n${current}  - Check-ins:\n    - 2026-01-12: 8 days\n    - 2026-01-26: 7 days\n`;
    const disk = new Map([[`${ROOT}/a.okr.md`, plan('')], [`${ROOT}/b.okr.md`, plan('  - Current: 7 days\n')]]);
    const service = createPlanService({ roots: [ROOT], today: TODAY, files: memoryPlanFiles(disk), log: () => {}, configFor: () => defaultConfig() });
    service.loadAll();
    service.parsePending(Infinity);
    const kr = (file: string) => service.graph.plan(`${ROOT}/${file}`)!.nodes.find((node) => node.kind === 'kr')!;
    expect(isPacked(kr('a.okr.md'))).toBe(true);
    expect(finalScore(service.graph, kr('a.okr.md'))).toEqual({ score: 0.5, source: 'check-in', lastCheckIn: '2026-01-26' });
    expect(finalScore(service.graph, kr('b.okr.md'))).toEqual({ score: 0.5, source: 'current' });
  });

  it('gives the sections a fresh parse records, worked out from its text (examples, fixtures, corpus)', () => {
    const disk = new Map(files.map((file) => [`${ROOT}/${file}`, readFileSync(file, 'utf8')]));
    disk.set(`${ROOT}/bom.okr.md`, '\ufeff# Plan\n\n```\n## Objective O9: not a section\n```\n\nObjective O1: Setext\n====\n\n## Objective O2: Owners trust the numbers\r\n- KR 2.1: Reach 40 NPS\r\n');
    const service = createPlanService({ roots: [ROOT], today: TODAY, files: memoryPlanFiles(disk), log: () => {}, configFor: () => defaultConfig() });
    service.loadAll();
    service.parsePending(Infinity);
    let compared = 0;
    for (const [file, text] of disk) {
      const plan = service.graph.plan(file);
      if (!plan) continue;
      expect(plan.sections, file).toEqual(parsePlan(file, text).sections);
      if (Object.getOwnPropertyDescriptor(plan, 'sections')?.get) compared += plan.sections.length;
    }
    expect(compared).toBeGreaterThan(500);
  });

  it('keeps a front-matter key named __proto__ as data when detaching', () => {
    const plan = parsePlan('/ws/p.okr.md', '---\nperiod: 2026-Q1\n__proto__:\n  polluted: a long enough value\n---\n\n## Objective O1: Owners trust the numbers\n');
    detachStrings(plan);
    expect(Object.getPrototypeOf(plan.frontMatter!.data)).toBe(Object.prototype);
    expect(Object.getOwnPropertyDescriptor(plan.frontMatter!.data, '__proto__')?.value).toEqual({ polluted: 'a long enough value' });
  });

  it('gives its text again when asked, reading the file only when the last few read are not it', () => {
    const disk = new Map<string, string>();
    for (let i = 0; i < 20; i++) disk.set(`${ROOT}/team-${i}.okr.md`, `---\nperiod: 2026-Q1\n---\n\n## Objective O1: Team ${i} owners trust their numbers — 每月\n`);
    const inMemory = memoryPlanFiles(disk);
    const reads: string[] = [];
    const counting: PlanFiles = { ...inMemory, readPlan: (path) => (reads.push(path), inMemory.readPlan(path)) };
    const service = createPlanService({ roots: [ROOT], today: TODAY, files: counting, log: () => {}, configFor: () => defaultConfig() });
    service.loadAll();
    service.parsePending(Infinity);
    reads.length = 0;
    const first = `${ROOT}/team-0.okr.md`;
    // Parsed first of twenty: no longer among the last texts kept, so read once, then kept.
    expect(service.graph.plan(first)!.text).toBe(disk.get(first));
    expect(service.graph.plan(first)!.text).toBe(disk.get(first));
    expect(reads).toEqual([first]);
    // The last one parsed (they are read in path order) is still kept.
    const last = [...disk.keys()].sort().at(-1)!;
    expect(service.graph.plan(last)!.text).toBe(disk.get(last));
    expect(reads).toEqual([first]);
  });

  it('is read at startup for its links, and read again when parsed rather than kept until then', () => {
    const disk = new Map<string, string>();
    for (let i = 0; i < 5; i++) disk.set(`${ROOT}/team-${i}.okr.md`, `---\nperiod: 2026-Q1\n---\n\n## Objective O1: Team ${i} owners trust their numbers 🎯\n`);
    const inMemory = memoryPlanFiles(disk);
    const reads: string[] = [];
    const counting: PlanFiles = { ...inMemory, readPlan: (path) => (reads.push(path), inMemory.readPlan(path)) };
    const service = createPlanService({ roots: [ROOT], today: TODAY, files: counting, log: () => {}, configFor: () => defaultConfig() });
    service.loadAll();
    expect(reads.sort()).toEqual([...disk.keys()].sort());
    reads.length = 0;
    service.parsePending(Infinity);
    expect(reads.sort()).toEqual([...disk.keys()].sort());
    expect(service.graph.plan(`${ROOT}/team-3.okr.md`)!.nodes[0]!.title).toBe('Team 3 owners trust their numbers 🎯');
  });

  it('read at startup and gone before it is parsed, is an empty plan until its deletion is seen', () => {
    const disk = new Map([[`${ROOT}/a.okr.md`, '## Objective O1: Owners trust the numbers\n'], [`${ROOT}/b.okr.md`, '## Objective O1: Buyers come back\n']]);
    const logged: string[] = [];
    const service = createPlanService({ roots: [ROOT], today: TODAY, files: memoryPlanFiles(disk), log: (line) => logged.push(line), configFor: () => defaultConfig() });
    service.loadAll();
    disk.delete(`${ROOT}/a.okr.md`);
    service.parsePending(Infinity);
    expect(service.graph.plan(`${ROOT}/a.okr.md`)!.nodes).toEqual([]);
    expect(logged.join('\n')).toContain('a.okr.md');
    expect(service.graph.plan(`${ROOT}/b.okr.md`)!.nodes[0]!.title).toBe('Buyers come back');
    service.fileChanged(`${ROOT}/a.okr.md`);
    expect(service.graph.has(`${ROOT}/a.okr.md`)).toBe(false);
  });

  it('is checked as the same plan open in an editor (rules that read its lines included)', () => {
    const texts = files.filter((file) => file.endsWith('.okr.md') && (file.includes('corpus') || file.includes('examples'))).slice(0, 60);
    const disk = new Map(texts.map((file) => [`${ROOT}/${file}`, readFileSync(file, 'utf8')]));
    // Plans of past periods too (the corpus keeps a team's 2024 and 2025 plans): an open plan is checked whatever its period.
    const configFor = () => ({ ...defaultConfig(), checkPastPlans: true });
    const resting = createPlanService({ roots: [ROOT], today: TODAY, files: memoryPlanFiles(disk), log: () => {}, configFor });
    resting.loadAll();
    const open = createPlanService({ roots: [ROOT], today: TODAY, files: memoryPlanFiles(disk), log: () => {}, configFor });
    open.loadAll();
    for (const [file, text] of disk) open.updateDocument(file, text, 1);
    const view = (findings: { code: string; range: unknown; message: string; fix?: unknown }[]) => findings.map((f) => JSON.stringify([f.code, f.range, f.message, f.fix ?? null])).sort();
    let compared = 0;
    for (const file of disk.keys()) {
      expect(view(resting.findingsFor(file)), file).toEqual(view(open.findingsFor(file)));
      compared += resting.findingsFor(file).length;
    }
    expect(compared).toBeGreaterThan(50);
  });
});

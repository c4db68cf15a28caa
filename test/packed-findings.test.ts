import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { propertyRuns } from './helpers/property-runs';
import { PackedFindings } from '../server/src/core/packed-findings';
import { RULES } from '../server/src/core/rules/registry';
import { SEVERITIES, type Finding } from '../server/src/core/rules/types';
import { analyzePlans } from '../server/src/core/analyze';
import { defaultConfig } from '../server/src/core/config-model';
import { createPlanService } from '../server/src/core/service/plan-service';
import { memoryPlanFiles } from '../server/src/core/service/memory-files';

const FILE = '/ws/a.okr.md';
const position = fc.record({ line: fc.nat(2_000_000), character: fc.nat(100_000) });
const range = fc.record({ start: position, end: position });
const fix = fc.record({ title: fc.string(), edits: fc.array(fc.record({ file: fc.constant(FILE), range, newText: fc.string() }), { maxLength: 2 }), repeatable: fc.constant(true as const) }, { requiredKeys: ['title', 'edits'] });

/** Findings as rules report them: registered codes (and a code no rule has), with or without fixes and related places. */
const finding: fc.Arbitrary<Finding> = fc
  .record(
    {
      rule: fc.constantFrom(...RULES.map((r) => ({ code: r.code, rule: r.name })), { code: 'OKR999', rule: 'not-registered' }),
      severity: fc.constantFrom(...SEVERITIES),
      range,
      message: fc.string({ unit: 'grapheme' }),
      fix,
      otherFixes: fc.array(fix, { maxLength: 2 }),
      related: fc.array(fc.record({ file: fc.constant('/ws/b.okr.md'), range, message: fc.string() }), { maxLength: 2 }),
      incomplete: fc.constant(true as const),
      syntax: fc.constant(true as const),
    },
    { requiredKeys: ['rule', 'severity', 'range', 'message'] },
  )
  .map(({ rule, ...rest }) => ({ file: FILE, ...rule, ...rest }));

describe('findings packed while their plan rests', () => {
  it('unpack to the findings packed (property)', () => {
    fc.assert(
      fc.property(fc.array(finding, { maxLength: 30 }), (findings) => {
        const packed = PackedFindings.pack(FILE, findings);
        expect(packed.length).toBe(findings.length);
        expect(packed.unpack()).toEqual(findings);
      }),
      propertyRuns(300, 20261203),
    );
  });

  it('unpack to the own findings alone, whatever the others carry (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(finding, fc.boolean()), { maxLength: 30 }), (marked) => {
        const own = new Set(marked.filter(([, isOwn]) => isOwn).map(([f]) => f));
        const packed = PackedFindings.pack(FILE, marked.map(([f]) => f), (f) => own.has(f));
        expect(packed.unpack(true)).toEqual([...own]);
      }),
      propertyRuns(300, 20261204),
    );
  });

  it('unpack to the findings of every published and example plan', () => {
    const folders = ['test/corpus', 'examples'];
    const files = new Map(folders.flatMap((folder) => readdirSync(folder, { recursive: true, encoding: 'utf8' }).filter((p) => p.endsWith('.okr.md')).map((p) => [`/ws/${folder}/${p}`, readFileSync(join(folder, p), 'utf8')] as const)));
    const { findings } = analyzePlans(files, { roots: ['/ws'], today: '2026-02-02', configFor: () => defaultConfig() });
    expect(findings.length).toBeGreaterThan(500);
    const byFile = new Map<string, Finding[]>();
    for (const f of findings) byFile.set(f.file, [...(byFile.get(f.file) ?? []), f]);
    for (const [file, own] of byFile) expect(PackedFindings.pack(file, own).unpack(), file).toEqual(own);
  });
});

describe('a resting plan checked again after a plan it reads changes', () => {
  const company = (objective: string) => `---\nperiod: 2026-Q1\n---\n# Mission: Help owners\n\n## Objective O1: ${objective}\n\n### KR1.1: Raise activation from 18% to 35%\nOwner: @dana\n`;
  const team = `---\nperiod: 2026-Q1\nparent: company.okr.md\n---\n## Objective O1: Owners trust the numbers\nParent: company.okr.md#KR1.1\n\n### KR1.1: Launch the sync page\n\n### KR1.2: Cut sync errors from 4% to 1%\nOwner: @li\n<!-- okr-disable-next-line missing-owner -->\n### KR1.3: Publish 3 posts\n${'Prose that makes the plan long. '.repeat(60)}\n`;
  const view = (findings: Finding[]) => findings.map((f) => JSON.stringify([f.code, f.range, f.message])).sort();

  for (const planMaxSizeKb of [256, 1]) {
    it(`gives the findings of a fresh analysis, its own ones reused (planMaxSizeKb ${planMaxSizeKb})`, () => {
      const disk = new Map([['/ws/company.okr.md', company('Grow the base')], ['/ws/team.okr.md', team]]);
      const configFor = () => ({ ...defaultConfig(), planMaxSizeKb });
      const service = createPlanService({ roots: ['/ws'], today: '2026-02-02', files: memoryPlanFiles(disk), log: () => {}, configFor });
      service.loadAll();
      // A check that keeps nothing (as `throughline check` runs it) is the reference.
      const fresh = () => {
        const once = createPlanService({ roots: ['/ws'], today: '2026-02-02', files: memoryPlanFiles(new Map(disk)), log: () => {}, configFor });
        once.loadAll();
        return view(once.takeFindings('/ws/team.okr.md'));
      };
      // Asked twice: the second answer is what the service kept.
      const kept = () => (service.findingsFor('/ws/team.okr.md'), view(service.findingsFor('/ws/team.okr.md')));
      expect(kept()).toEqual(fresh());
      expect(kept().length).toBeGreaterThan(2);
      disk.set('/ws/company.okr.md', company('Grow the base').replace('KR1.1', 'KR1.9'));
      service.fileChanged('/ws/company.okr.md');
      expect(kept()).toEqual(fresh());
      disk.set('/ws/company.okr.md', company('Grow the base'));
      service.fileChanged('/ws/company.okr.md');
      expect(kept()).toEqual(fresh());
    });
  }
});

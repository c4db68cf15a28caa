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

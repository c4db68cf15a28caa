import { describe, expect, it } from 'vitest';
import { analyzePlans } from '../../server/src/core/analyze';
import { defaultConfig } from '../../server/src/core/config-model';
import { parsePlan } from '../../server/src/core/parse/parser';
import { scanParents } from '../../server/src/core/parse/parent-scan';
import { findQuantities } from '../../server/src/core/parse/quantity';
import { countInto, noFindings } from '../../server/src/cli/formatters/types';
import { formatStylish } from '../../server/src/cli/formatters/stylish';
import type { Finding } from '../../server/src/core/rules/types';
import { CASE_TIMEOUT_MS, doublingRatio, scaled } from './harness';

/**
 * Cost bounded by the size of the input: each case times n and 2n in one test. Linear gives a
 * ratio near 2 and quadratic near 4; the bound leaves room for a busy shared machine.
 */
const MAX_RATIO = 3;
/** Each case measures several runs at two sizes; its limit grows with the sizes under `npm run soak`. */
const PER_CASE_MS = 2 * CASE_TIMEOUT_MS;

const analyze = (plans: Map<string, string>) => analyzePlans(plans, { roots: ['/ws'], today: '2026-02-02', configFor: () => defaultConfig() });
const onePlan = (text: string) => new Map([['/ws/a.okr.md', text]]);
const objectives = (n: number, line: (i: number) => string): string => Array.from({ length: n }, (_, i) => line(i)).join('\n');

// Timing shares the machine with other test files: a ratio pushed over the bound by a neighbour is
// measured again (twice at most); a quadratic cost fails every time.
// Cases of several shapes are one test per shape, each with its own limit: together they outgrew one limit on a slower CI machine.
describe('cost bounded by the size of the input', { retry: 2 }, () => {
  it('many findings in one plan: no stack overflow (150k findings would overflow push(...))', { timeout: PER_CASE_MS * 3 }, () => {
    const n = scaled(4_000);
    const { findings } = analyze(onePlan(objectives(n, (i) => `## Objective O${i + 1}: Outcome ${i}`)));
    expect(findings.length).toBeGreaterThan(4 * n);
  });

  it('the stylish formatter is linear in findings', { timeout: PER_CASE_MS }, () => {
    const finding = (i: number): Finding => ({ file: `/ws/p${i % 3}.okr.md`, code: 'OKR303', rule: 'missing-owner', severity: 'warning', message: 'm', range: { start: { line: i, character: 0 }, end: { line: i, character: 1 } } });
    const build = (n: number) => Array.from({ length: n }, (_, i) => finding(i));
    const stylish = (findings: Finding[]): string => {
      const writer = formatStylish({ planCount: 3, pastPlanCount: 0, relative: (f) => f, color: false });
      const files = [...new Set(findings.map((f) => f.file))].sort();
      const counts = countInto(noFindings(), findings);
      return writer.start() + files.map((file) => writer.file(findings.filter((f) => f.file === file))).join('') + writer.end(counts);
    };
    const ratio = doublingRatio(build, stylish, scaled(50_000));
    expect(ratio).toBeLessThan(MAX_RATIO);
  });

  it('deep blockquotes are capped before the Markdown parser sees them', { timeout: PER_CASE_MS }, () => {
    const build = (n: number) => `## Objective O1: x\n${Array.from({ length: 20 }, () => `${'>'.repeat(n)} KR: deep`).join('\n')}\n`;
    const started = performance.now();
    const plan = parsePlan('/ws/a.okr.md', build(scaled(5_000)));
    expect(performance.now() - started).toBeLessThan(PER_CASE_MS / 2);
    expect(plan.textProblems.map((p) => p.range.start.line)).toEqual([1]);
    expect(doublingRatio(build, (text: string) => parsePlan('/ws/a.okr.md', text), scaled(2_000))).toBeLessThan(MAX_RATIO);
    for (const marker of ['1) ', '2. ', '- > ', '* ', '+ > 1. ']) {
      const nested = parsePlan('/ws/a.okr.md', `## Objective O1: x\n${marker.repeat(scaled(3_000))}KR: deep\n`);
      expect(nested.textProblems.map((p) => p.range.start.line), `"${marker}" nested`).toEqual([1]);
    }
  });

  it('a section remark would read is capped in length; CR and CRLF plans take the line reader', { timeout: PER_CASE_MS }, () => {
    const started = performance.now();
    // A lazy line after a quote in a list item is one of the few things the line reader leaves to remark.
    const quotes = parsePlan('/ws/a.okr.md', `## Objective O1: x\n- a list item\n${'  > quoted in it\n  lazy after it\n'.repeat(scaled(30_000))}`);
    expect(quotes.nodes.map((n) => n.kind)).toEqual(['objective']);
    expect(quotes.textProblems.map((p) => [p.range.start.line, p.message.slice(0, 40)])).toEqual([[1, 'This section is longer than 5,000 lines ']]);
    for (const eol of ['\r', '\r\n']) {
      const plan = parsePlan('/ws/a.okr.md', `${eol.repeat(scaled(100_000))}## Objective O1: x${eol}- KR: y from 1 to 2${eol}`);
      expect(plan.nodes.map((n) => [n.kind, n.range.start.line])).toEqual([['objective', scaled(100_000)], ['kr', scaled(100_000) + 1]]);
    }
    expect(performance.now() - started).toBeLessThan(PER_CASE_MS / 2);
  });

  it('duplicate-objective across two plans of identical objectives: capped related locations, linear time', { timeout: PER_CASE_MS * 2 }, () => {
    const build = (n: number) =>
      new Map([
        ['/ws/a.okr.md', `---\nperiod: 2026-Q1\n---\n${objectives(n, (i) => `## Objective O${i + 1}: Owners trust the numbers`)}`],
        ['/ws/b.okr.md', `---\nperiod: 2026-Q1\n---\n${objectives(n, (i) => `## Objective O${i + 1}: Owners trust the numbers`)}`],
      ]);
    const { findings } = analyze(build(scaled(300)));
    const duplicates = findings.filter((f) => f.code === 'OKR104');
    expect(duplicates).toHaveLength(2 * scaled(300));
    expect(Math.max(...duplicates.map((f) => f.related?.length ?? 0))).toBeLessThanOrEqual(20);
    expect(duplicates[0]!.message).toContain(`(and ${scaled(300) - 1} more)`);
    expect(doublingRatio(build, analyze, scaled(300))).toBeLessThan(MAX_RATIO);
  });

  it('linking is linear in nodes (a plan mission, nodes by id)', { timeout: PER_CASE_MS }, () => {
    const build = (n: number) => onePlan(`<!-- okr-disable -->\n# Mission: m\n${objectives(n, (i) => `## Objective O${i + 1}: Outcome ${i}\nParent: M`)}`);
    expect(doublingRatio(build, analyze, scaled(2_000))).toBeLessThan(MAX_RATIO);
  });

  it('key results naming a parent objective of their plan, found or not, get their ids in time linear in nodes', { timeout: PER_CASE_MS }, () => {
    const build = (n: number) => `## Objective O1: Grow the thing\n- KR: Reach 10 signups\n# Measures kept apart\n${objectives(n, (i) => `## KR: Reach ${i} signups\nParent: ${i % 2 ? 'O9' : 'O1'}`)}`;
    expect(doublingRatio(build, (text: string) => parsePlan('/ws/a.okr.md', text), scaled(8_000))).toBeLessThan(MAX_RATIO);
  });

  it('suppression comments cost findings plus comments, not their product', { timeout: PER_CASE_MS }, () => {
    const build = (n: number) => onePlan(objectives(n, (i) => `<!-- okr-disable-next-line missing-owner -->\n## Objective O${i + 1}: Outcome ${i}`));
    expect(doublingRatio(build, analyze, scaled(2_000))).toBeLessThan(MAX_RATIO);
  });

  it('a long chain of Parent links, and a long cycle, cost no more than as many separate nodes', { timeout: PER_CASE_MS }, () => {
    const build = (n: number) => onePlan(objectives(n, (i) => `## Objective O${i + 1}: Outcome ${i}\nParent: O${i === 0 ? n : i}`));
    expect(doublingRatio(build, analyze, scaled(1_000))).toBeLessThan(MAX_RATIO);
  });

  describe('long lines cost their length: runs of blanks, brackets and emphasis in headings, fields and check-ins', () => {
    const shapes: [string, string][] = [
      ['## Objective O1: x', ' '],
      ['## Objective O1: x', ' ['],
      ['### KR1.1: x', ' '],
      // Rules read numbers, shares and asides in a key result's title: runs of each.
      ['### KR1.1: x', '1'],
      ['### KR1.1: Tackle', ' 5% of'],
      ['### KR1.1: Speak at 5', ' ('],
      // An activity verb before one long word: the words a cadence may follow are counted, never split.
      ['### KR1.1: Gather', ' a'],
      ['### KR1.1: Host a', 'a'],
      ['Owner: x', ' '],
      // A share described after it, and asides closing a value.
      ['Target: 90%', ' of ('],
      ['Current: 5', ' ( )'],
      ['Owner: x', '('],
      ['Owner: x', ']('],
      ['Parent: x', '*'],
      ['Parent: x', '_'],
      ['- 2026-01-01: x', ' '],
      ['- 2026-01-01: x', ' confidence'],
      // Group headings and labels, a table header run into a heading, bullet lines and themes before an objective's statement.
      ['## Key Results', ' '],
      ['**Key results**', ' '],
      ['# Key Results KR', ' Lead'],
      ['  • KR1 –', ' '],
      ['OKR 1: THEME', ' '],
      // An id glued to its keyword and run on with letters (`KR 1aaaa…`), read with and without a separator after it.
      ['KR 1', 'a'],
      ['### Objective 1', 'a'],
      ['## Grow', ' '],
      // A goal heading's keyword and its number, a run of blanks between (with a `#` or none).
      ['### Goal', ' '],
      ['### Goal #', ' '],
      // Numbered goals, parts of goals, aims and key results in headings alone, a run of blanks before the number.
      ['### Sub-goal', ' '],
      ['### Aim', ' '],
      ['### Key result', ' '],
      ['### Objective', ' '],
      ['### Objetivo', ' '],
      // A note label and a run of blanks after its name, as a line, a list item and in bold.
      ['Notes', ' '],
      ['- Ongoing work', ' '],
      ['**Business as usual', ' '],
      ['## team', '\t'],
      ['- Reach 5.', ' **Status'],
      // Dotted words that are almost a web address, a cadence before a run of words, a floor and a visit before blanks.
      ['### KR1.1: x', ' aa.'],
      ['### KR1.1: Weekly', ' posts'],
      ['### KR1.1: Reach at least 5', ' '],
      ['### KR1.1: Go to 5', ' a'],
      // A key result named by the kind of measure it is, a bold label before a quoted target, bold-named key results, a
      // label of key performance indicators, a checklist heading and a task named as a noun, each before a long run.
      ['### KR1 — Leading', ' '],
      ['### KR2: Lagging (', 'a '],
      ['> **Mục tiêu:**', ' '],
      ['- **Project Setup**:', ' '],
      ['**Key Performance Indicator', ' '],
      ['## ✅ Checklist', ' a'],
      ['- Creation of', ' a'],
      // A template's slot and a task's closing deadline, a run of blanks before their last word.
      ['### KR1.2: Paste it here', ' '],
      ['## Objective O2: Ship it in', ' '],
    ];
    it.each(shapes)('%s then "%s" repeated', { timeout: PER_CASE_MS }, (prefix, run) => {
      const build = (n: number) => onePlan(`## Objective O1: x\n### KR1.1: y\nCheck-ins:\n${prefix}${run.repeat(n)}y\n`);
      expect(doublingRatio(build, analyze, scaled(40_000))).toBeLessThan(MAX_RATIO);
    });
  });

  it('a metric’s name over a bare count costs its length: the thing counted is its last word, found without rescanning the blanks', { timeout: PER_CASE_MS }, () => {
    const build = (n: number) => onePlan(`## Objective O1: x\n\n| Metric | Target |\n|---|---|\n| Blog${' '.repeat(n)}posts ( | 3 |\n| Blog${' '.repeat(n)}posts | 3 |\n`);
    expect(doublingRatio(build, analyze, scaled(40_000))).toBeLessThan(MAX_RATIO);
  });

  it('percent signs before their numbers (`%95`, as Turkish writes them) cost their count: each is a quantity, so fewer', { timeout: PER_CASE_MS }, () => {
    const build = (n: number) => onePlan(`## Objective O1: x\n### KR1.1: Reach${' %1'.repeat(n)}y\n`);
    expect(doublingRatio(build, analyze, scaled(5_000))).toBeLessThan(MAX_RATIO);
    // The reader itself, on more of them: each sign's number once, not once per sign read before it.
    expect(doublingRatio((n: number) => `Reach${' %1'.repeat(n)}`, findQuantities, scaled(20_000))).toBeLessThan(MAX_RATIO);
  });

  describe('a column name of a long run of blanks, in a table header or a line with a pipe, costs its length', () => {
    const cases: [string, (n: number) => string][] = [
      ['a prose line with a pipe', (n) => `## Notes\n\nObjectives - ${' '.repeat(n)}( | x\n`],
      ['a table header', (n) => `## OKRs\n\n| Objectives - ${' '.repeat(n)}( | Key results |\n|---|---|\n| Grow | Reach 10 |\n`],
      ['a header over its delimiter row', (n) => `| KR - ${'\t'.repeat(n)}( | Objective |\n|---|---|\n| a | b |\n`],
      ['a line of dashes and blanks under a line', (n) => `text\n---${' '.repeat(n)}x\n`],
      ['a dash and blanks under a line', (n) => `text\n-${' '.repeat(n)}x\n`],
      ['an objective cell of blanks', (n) => `| Objective | Key result |\n|---|---|\n| Objective${' '.repeat(n)}x | Reach 10 |\n`],
    ];
    it.each(cases)('%s', { timeout: PER_CASE_MS }, (_name, build) => {
      expect(doublingRatio(build, (text: string) => parsePlan('/ws/a.okr.md', text), scaled(20_000))).toBeLessThan(MAX_RATIO);
    });
  });

  describe('a title under a period of the plan’s OKRs, and a list indented into code, cost their length', () => {
    const cases: [string, (n: number) => string][] = [
      ['blanks inside a title', (n) => `# Objectives and key results\n\n## 2024\n\nAlpha${' '.repeat(n)}x\n- a\n- b\n\nBeta\n- c\n- d\n`],
      ['blanks before a grade', (n) => `# OKRs\n\n## 2024\n\nAlpha${' '.repeat(n)}(7/10)\n- a\n- b\n\nBeta\n- c\n- d\n`],
      ['an indented item', (n) => `## Objective O1: x\n\n        - ${'a '.repeat(n / 2)}\n`],
    ];
    it.each(cases)('%s', { timeout: PER_CASE_MS }, (_name, build) => {
      expect(doublingRatio(build, (text: string) => parsePlan('/ws/a.okr.md', text), scaled(20_000))).toBeLessThan(MAX_RATIO);
    });
  });

  describe('inline text in sections remark reads costs its length (emphasis, brackets, HTML openers are not parsed)', () => {
    it.each([']', '](', '*a', '*a*', '<!--', ']: '])('"%s" repeated in a quote', { timeout: PER_CASE_MS }, (run) => {
      const build = (n: number) => `## Objective O1: x\n> x${run.repeat(n / run.length)}y\n`;
      expect(doublingRatio(build, (text: string) => parsePlan('/ws/a.okr.md', text), scaled(20_000))).toBeLessThan(MAX_RATIO);
    });
  });

  it('the startup scan for parent lines is linear, also on a line of `parent` repeated without a colon', { timeout: PER_CASE_MS }, () => {
    const build = (n: number) => `${'parent'.repeat(n)}\n${'Parent: x.okr.md#KR1\n'.repeat(n / 10)}`;
    expect(scanParents('/ws/a.okr.md', build(10)).nodeRefs).toEqual(['/ws/x.okr.md#kr1']);
    expect(doublingRatio(build, (text: string) => scanParents('/ws/a.okr.md', text), scaled(50_000))).toBeLessThan(MAX_RATIO);
  });

  it('a long chain of front-matter parents costs no more than as many flat plans', { timeout: PER_CASE_MS * 2 }, () => {
    const build = (n: number) => {
      const plans = new Map<string, string>([['/ws/p0.okr.md', '---\nperiod: 2026-Q1\n---\n# Mission: m\n']]);
      for (let i = 1; i < n; i++) plans.set(`/ws/p${i}.okr.md`, `---\nperiod: 2026-Q1\nparent: p${i - 1}.okr.md\n---\n## Objective O1: Outcome ${i}\n`);
      return plans;
    };
    expect(doublingRatio(build, analyze, scaled(500))).toBeLessThan(MAX_RATIO);
  });

  it('a count after a long run of blanks, behind a label or a colon, is read in time linear in the run', { timeout: PER_CASE_MS }, () => {
    const build = (n: number) => `## Objective O1: The SDK finds its developers\n\n- Production users${' '.repeat(n)}x 500+\n- Reach:${' '.repeat(n)}x 500 users\n`;
    expect(doublingRatio(build, (text: string) => analyze(onePlan(text)), scaled(20_000))).toBeLessThan(MAX_RATIO);
  });

  describe('an HTML table of OKRs costs its length: cells, list items and bold left open, rows and spans', () => {
    const header = '<table>\n<tr><th>Objective</th><th>Key Results</th></tr>\n';
    const cases: [string, (n: number) => string][] = [
      ['list items never closed', (n) => `${header}<tr><td><b>Grow</b></td><td><ul>${'<li>a few words '.repeat(n / 8)}</ul></td></tr>\n</table>\n`],
      ['bold never closed', (n) => `${header}<tr><td>${'<strong>x '.repeat(n)}</td><td>a</td></tr>\n</table>\n`],
      ['many rows spanned', (n) => `${header}${'<tr><td rowspan="9">o</td><td>k</td></tr>\n'.repeat(n / 8)}</table>\n`],
      ['a table never closed', (n) => `${header}${'<tr><td>o</td><td>k</td></tr>\n'.repeat(n / 8)}`],
    ];
    it.each(cases)('%s', { timeout: PER_CASE_MS }, (_name, build) => {
      expect(doublingRatio(build, (text: string) => analyze(onePlan(text)), scaled(20_000))).toBeLessThan(MAX_RATIO);
    });
  });

  it('a bold label holding a long run of blanks before its closing marks is read in linear time', { timeout: PER_CASE_MS }, () => {
    const build = (n: number) => `## Objective O1: x\n\n**Strategy:${' '.repeat(n)}**\n- a\n\n# Title\n\n**Plan:${' '.repeat(n)}**\n- b\n`;
    expect(doublingRatio(build, (text: string) => analyze(onePlan(text)), scaled(20_000))).toBeLessThan(MAX_RATIO);
  });
  describe('the shapes read this session cost their length: a run of blanks inside each', () => {
    const blanks = (n: number) => ' '.repeat(n);
    const cases: [string, (n: number) => string][] = [
      ['a goal over a label of its measures', (n) => `## Plan\n\n- **Goal:** x\n- metrics:${blanks(n)}x\n    - a\n- **Metrics${blanks(n)}:**\n    - b\n`],
      ['a period naming its goals over prose', (n) => `# 2024 Q1${blanks(n)}Goals\n\nNear-term goals.\n\n## 1. A\n- a\n\n## 2. B\n- b\n\n## 3. C\n- c\n`],
      ['a heading naming the deliverables', (n) => `## Objective O1: x\n\n### Key${blanks(n)}Deliverables x\n\n#### T\n- [ ] a\n`],
      ['a label saying how a metric is measured', (n) => `## Objective O1: x\n\n**How we${blanks(n)}measure x**:\n- a\n`],
      ['a target sentence under a key result named by its topic', (n) => `## Objective O1: x\n\n#### Key Result 1.2: Recognition\n**Target:** Named in${blanks(n)}3 reports\n`],
      ['a table naming key results by their ids', (n) => `## Objective O1: x\n\n| KR | Metric |\n|---|---|\n| KR1.1${blanks(n)}x | a |\n| KR2.1 | b |\n| O2-KR1${blanks(n)}(x) | c |\n`],
      ['a deadline after a level', (n) => `## Objective O1: x\n\n- Achieve 85% rate within${blanks(n)}4 months\n- Achieve 85% rate${blanks(n)}within 4 months\n`],
      ['a floor in a target cell', (n) => `## Objective O1: x\n\n| KR | Key Result | Target |\n|---|---|---|\n| KR-1 | Implement rules | At least${blanks(n)}10 rules |\n`],
      ['something wrong said to be prevented', (n) => `## Objective O1: x\n\n- Duplicates are${blanks(n)}prevented\n- Duplicates are${blanks(n)}x\n`],
    ];
    it.each(cases)('%s', { timeout: PER_CASE_MS }, (_name, build) => {
      expect(doublingRatio(build, (text: string) => analyze(onePlan(text)), scaled(20_000))).toBeLessThan(MAX_RATIO);
    });
  });
  describe('the shapes read in the thirty-eighth session cost their length: a run of blanks inside each', () => {
    const blanks = (n: number) => ' '.repeat(n);
    const cases: [string, (n: number) => string][] = [
      ['labelled items beside the outcomes', (n) => `## Objective O1: x\n\n- **Purpose${blanks(n)}**: a\n- **Outcomes${blanks(n)}**: b\n- **Process**:${blanks(n)}c\n`],
      ['hires written as done and a team built', (n) => `## Objective O1: x\n\n- 2 country${blanks(n)}managers hired\n- 2 managers${blanks(n)}(x)${blanks(n)}hired\n- Build team of${blanks(n)}5 x\n`],
      ['the times an activity is done', (n) => `## Objective O1: x\n\n- Visit partners${blanks(n)}4 times${blanks(n)}in x\n- Visit partners 4 times${blanks(n)}x\n`],
      ['a tier of a ranked ladder', (n) => `## Objective O1: x\n\n- Get to${blanks(n)}Diamond${blanks(n)}in x\n- Reach Gold rank in ${'x'.repeat(n)}\n`],
      ['work on time', (n) => `## Objective O1: Ship${blanks(n)}the releases${blanks(n)}on time\n\n- KR: Raise users from 1 to 2\n`],
      ['a number moved to a level said in words', (n) => `## Objective O1: x\n\n- Cut time by 60% (3 days${blanks(n)}→${blanks(n)}same day)\n`],
      ['a log of dated notes', (n) => `## 2018\n\n* 20k followers\n    * 2018-03-08${blanks(n)}: a\n    * 2018-03-09:${blanks(n)}b\n`],
      ['a set of measures named by its theme', (n) => `## Success Metrics\n\n### Platform Metrics\n\n#### Technical${blanks(n)}Targets\n- **Uptime**:${blanks(n)}>99.9%\n- **Latency**: <2 s\n`],
      ['a TL;DR section', (n) => `## TL;${blanks(n)}DR\n\n**Lead:**\n\n- **A.** b 4\n`],
      ['a collapsible summary naming a period’s goals', (n) => `<details>\n<summary>2023${blanks(n)}goals</summary>\n\n- a\n    - b 2\n\n</details>\n`],
      ['a metric named over its goal', (n) => `### Primary Metrics\n\n* Max pods${blanks(n)}per core\n  * Goal:${blanks(n)}10\n  * Goal ${blanks(n)}x\n`],
      ['a document’s metadata header', (n) => `# HIP 1: x\n\n- Start${blanks(n)}Date: 2024-11-14\n- Category:${blanks(n)}x\n- Voting Requirements: y\n`],
      ['time put in for whom each is', (n) => `## Objective O1: x\n\n- 1 hour per week per${blanks(n)}student to think, x\n- 2 hours per week to${blanks(n)}talk\n`],
    ];
    it.each(cases)('%s', { timeout: PER_CASE_MS }, (_name, build) => {
      expect(doublingRatio(build, (text: string) => analyze(onePlan(text)), scaled(20_000))).toBeLessThan(MAX_RATIO);
    });
  });
  describe('the shapes read in the thirty-ninth session cost their length: a run of blanks inside each', () => {
    const blanks = (n: number) => ' '.repeat(n);
    const cases: [string, (n: number) => string][] = [
      ['a period written as a range of dates', (n) => `# OKRs\n\n## From 12/04/2022${blanks(n)}To 12/06/2022\n\n### MVP\n- a\n\n## April 12${blanks(n)}x\n`],
      ['a heading after a period’s areas, a long run of blanks in it (cubic before: 23 s at 4,000 blanks)', (n) => `# OKRs\n\n## Q2 2022\n\n### MVP\n- a\n\n## April 12${blanks(n)}x\n`],
      ['a label naming an objective’s key results by its id', (n) => `- O1: a\n\n## KRs\n\n- 2021-OKR${blanks(n)}O1-KRs\n  - b\n- Key results of${blanks(n)}O1\n  - c\n- O1 KRs${blanks(n)}:\n  - d\n`],
      ['feedback on a cadence, and time on a cadence in Chinese', (n) => `## Objective O1: x\n\n- Get at least${blanks(n)}1 piece of${blanks(n)}feedback a${blanks(n)}month\n- 每天${blanks(n)}7min 锻炼\n`],
      ['a grid of cells with objectives and key results', (n) => `| | |\n|---|---|\n| a | (5/10) **Objective:**${blanks(n)}b |\n${'| | - KR: c |\n'.repeat(Math.ceil(n / 20))}| ${blanks(n)} | - KR:${blanks(n)}d |\n`],
      ['a count done each day in Chinese', (n) => `## Objective O1: x\n\n- 每周${blanks(n)}两次面膜\n- 每月熬夜不超过${blanks(n)}4次\n- 看${blanks(n)}十篇以上论文\n`],
      ['a rank in a contest', (n) => `## Objective O1: x\n\n- Finish in the top 5%${blanks(n)}of a${blanks(n)}x\n- 比赛${blanks(n)}进入Top 5%\n`],
      ['the percent sign as a word, and progress through a course', (n) => `## Objective O1: x\n\n- 강의 진행률${blanks(n)}100퍼센트\n- 100${blanks(n)}퍼센트 x\n`],
      ['a key result whose id names its objective', (n) => `## Objectives\n- O1: a${blanks(n)}b\n\n## Key results\n- KR1.1:${blanks(n)}c\n- KR9.1: d\n`],
    ];
    it.each(cases)('%s', { timeout: PER_CASE_MS }, (_name, build) => {
      expect(doublingRatio(build, (text: string) => analyze(onePlan(text)), scaled(20_000))).toBeLessThan(MAX_RATIO);
    });
  });
  describe('the shapes read in the fortieth session cost their length: a run of blanks inside each', () => {
    const blanks = (n: number) => ' '.repeat(n);
    const graded = (heading: string) => `## 2015 Q4 0.54\n\n### a 0.40\n\n## b P1 0.30\n\n## c P2 1.00\n\n## d P3 0.00\n\n${heading}\n`;
    const cases: [string, (n: number) => string][] = [
      ['headings graded as Google grades, blanks before a rank that is none', (n) => graded(`## e${blanks(n)}x P1 0.30 y${blanks(n)}0.5 z`)],
      ['headings graded as Google grades, blanks before a rank on the line below', (n) => graded(`## e${blanks(n)}x\nf${blanks(n)}P2${blanks(n)}1.00`)],
      ['lines of text under a graded objective, one wrapping onto the next', (n) => graded(`### f 0.50\n\ng${blanks(n)}h P1 0.30\n\ni${blanks(n)}j\nk${blanks(n)}P2 1.00\n\nFix 6${blanks(n)}a/b c bugs P1 0.10`)],
      ['a role named before an objective over its key results', (n) => `## Objective O1: x\n\n1. CRO${blanks(n)}Sales${blanks(n)}: a${blanks(n)}b\n    1. CRO KR: c\n1. Team A B C${blanks(n)}\n    1. KR: d\n`],
      ['lines ranked with a priority before a dash, their objective closing with tags', (n) => `a${blanks(n)}*#x*${blanks(n)}b${blanks(n)}\n\nP1 -${blanks(n)}c${blanks(n)}0.5\n\nP2 - d\n\nP3 - e\n\nMeasure is:${blanks(n)}start of${blanks(n)}the quarter\n`],
      ['none of what could go wrong, and a bug count naming its set', (n) => `## Objective O1: x\n\n- It causes no${blanks(n)}P1 x${blanks(n)}regressions\n- Fix 5 of the${blanks(n)}top 20 [x${blanks(n)}issues](y)\n`],
      ['a bare web address, and hosts that never end in a path', (n) => `## Objective O1: x\n\n- Fix 5 bugs ${'a.'.repeat(n)}b crbug.com/${'1'.repeat(n)}\n- Avoid ${'x'.repeat(n)} double ${'a-'.repeat(n)}.com\n`],
      ['an item over nothing but its end-of-quarter score', (n) => `# Q1 OKRs\n\n*   Ship${blanks(n)}x\n    *   EOQ score:${blanks(n)}0.7\n`],
      ['a plan before its grading, its lines closing with a priority alone', (n) => `### a (#x)\n\n${'b P1\n\n'.repeat(5)}c${blanks(n)}(#y)${blanks(n)}P2\n\nd${blanks(n)}e: f${blanks(n)}\n`],
      ['an export of owned key results under objectives over their tags', (n) => `${'a\n[#t](u)\n\nOwners: x\n\n*   b\n*   Owner: y\n*   c\n*   Owner: z\n*   Mid-quarter${blanks(n)}update: d\n\n'.repeat(2)}0.5P1${blanks(n)}e\n\n*   P1f${blanks(n)}g\n*   P2H${blanks(n)}i\n*   j\n`],
      ['a deliverable named with its verb last in Japanese, a count of one', (n) => `## Objective O1: x\n\n- Webサービスを1つ${blanks(n)}リリース\n- ${'1つ'.repeat(Math.ceil(n / 20))}公開する\n`],
      ['leading tags in escaped brackets and a stretch mark', (n) => `## Objective O1: x\n\n- \\[STRETCH${blanks(n)}\\] a\n- STRETCH${blanks(n)}: b\n`],
    ];
    it.each(cases)('%s', { timeout: PER_CASE_MS }, (_name, build) => {
      expect(doublingRatio(build, (text: string) => analyze(onePlan(text)), scaled(20_000))).toBeLessThan(MAX_RATIO);
    });
  });
  describe('the shapes read in the forty-first session cost their length: a run of blanks inside each', () => {
    const blanks = (n: number) => ' '.repeat(n);
    const cases: [string, (n: number) => string][] = [
      ['a page titled for its OKRs that is one long list', (n) => `---\ntitle: Q2${blanks(n)}OKRs\n---\n\n${'*   a b\n'.repeat(11)}*   c${blanks(n)}d\n`],
      ['the keyword alone on a line over its statement', (n) => `## a\n\n**Objective${blanks(n)}**\nb${blanks(n)}c\n\n_Key result${blanks(n)}x_\nd\n`],
      ['a keyword and its id in brackets, a pipe after an id, a dash closing the bold', (n) => `## Objective 1: a\n\n- (KR${blanks(n)}1)${blanks(n)}b\n- [O1]${blanks(n)}-${blanks(n)}c\n- KR2 |${blanks(n)}d${blanks(n)}\n- **Objective 2${blanks(n)}-${blanks(n)}** e\n`],
      ['a table ranked by priority and graded, its statements in a column of any name', (n) => `## a\n\n| Priority${blanks(n)}| Description | Owner | Score |\n|---|---|---|---|\n${'| P0 | b c | @d | 0.5 |\n'.repeat(2)}| P1${blanks(n)}| e${blanks(n)}f |${blanks(n)}| 1.0 |\n`],
      ['lines opening with letters in sequence under a numbered objective', (n) => `# Q3 OKRs\n\n1. a${blanks(n)}b\n${'   a. c\n   b. d\n'.repeat(Math.ceil(n / 2000))}   a.${blanks(n)}e\nObjective: f\n• g${blanks(n)}h\n`],
      ['a key-result cell of statements with no marks joined by line breaks', (n) => `| Objective | Key results |\n|---|---|\n| a | ${'Sign 10 new resellers<br>'.repeat(Math.ceil(n / 200))}B c${blanks(n)}d${blanks(n)}from |\n`],
      ['a heading over a list of links after the areas of a period', (n) => `# OKRs\n\n## Q1 2027\n\n### a\n\n- Cut b from 8% to 2%\n\n### c\n\n- Raise d from 1 to 2\n\n## e${blanks(n)}f\n\n- [g${blanks(n)}h](i)\n`],
      ['an objective naming what it makes by what people make of it', (n) => `## Objective O1: Build a company ${'people '.repeat(Math.ceil(n / 100))}x${blanks(n)}want${blanks(n)}it\n`],
      ['a heading indented into a code block', (n) => `## a\n\n    ### B${blanks(n)}c\n\n${'        #### D e\n\n'.repeat(Math.ceil(n / 2000))}    f${blanks(n)}\t\tg\n`],
      ['a list item written as a heading, closing hashes and blanks', (n) => `- ## Objective 1: a${blanks(n)}b${blanks(n)}#x\n  - ## KR1.1: c${blanks(n)}##${blanks(n)}\n*   ## ${'#'.repeat(n)}\n`],
      ['headings titling the page `# OKR: …`, the statement said again below', (n) => `${'# OKR: a b\n\n- a b\n\n'.repeat(Math.ceil(n / 100))}# OKR: c${blanks(n)}d\n\n- c d\n`],
      ['a key result holding its metric where it stands', (n) => `## Objective O1: x\n\n- KR: Bugs did${blanks(n)}not${blanks(n)}increase\n- KR: Prevent ${'a '.repeat(Math.ceil(n / 4))}from${blanks(n)}creeping up\n`],
      ['the one area of a set of OKRs over a measured list', (n) => `# Q3${blanks(n)}OKRs\n\n### Grow${blanks(n)}x\n\n* Reach 3${blanks(n)}a\n* Close 40${blanks(n)}b\n`],
    ];
    it.each(cases)('%s', { timeout: PER_CASE_MS }, (_name, build) => {
      expect(doublingRatio(build, (text: string) => analyze(onePlan(text)), scaled(20_000))).toBeLessThan(MAX_RATIO);
    });
  });

  describe('the shapes read in the forty-second session cost their length: a run of blanks inside each', () => {
    const blanks = (n: number) => ' '.repeat(n);
    const cases: [string, (n: number) => string][] = [
      ['a keyword on a line going on with a sentence, and alone over a quotation', (n) => `Key results tell you${blanks(n)}how close you are to the${blanks(n)}\nObjective. See${blanks(n)}them\n${'a '.repeat(Math.ceil(n / 4))}\n\nOBJECTIVE${blanks(n)}\n„Where${blanks(n)}to go?“\n`],
      ['the keyword and its number alone in a paragraph over the statement', (n) => `Objective 1${blanks(n)}\n\nGrow${blanks(n)}the community\n\n${'Objective 2\n\n'.repeat(Math.ceil(n / 100))}OBJECTIVE${blanks(n)}3\n\n„a${blanks(n)}b\n`],
      ['the team\'s output grown with its rate before the change', (n) => `## Objective O1: x\n\n- KR: Increase blog posts per${blanks(n)}month${blanks(n)}from 2 to 4\n- KR: Grow ${'a '.repeat(Math.ceil(n / 4))}calls a week${blanks(n)}by 5\n`],
      ['a rating as an adjective, and a level in something\'s first stretch of time', (n) => `## Objective O1: x\n\n- KR: Average ${'4-'.repeat(Math.ceil(n / 4))}star${blanks(n)}review\n- KR: 3k followers within${blanks(n)}first${blanks(n)}quarter${blanks(n)}of\n- KR: 20% of a in the first ${'1 '.repeat(Math.ceil(n / 4))}months\n`],
      ['columns before the objective and key-result columns, and an area in bold before a statement', (n) => `| Motivation${blanks(n)}| Objective | Key result |\n|---|---|---|\n| a | **Security${blanks(n)}:** Use${blanks(n)}it well | Cut b from 3 to 2 |\n| c | **${'D '.repeat(Math.ceil(n / 4))}**: E f | Raise g from 1 to 2 |\n`],
      ['a role before the statement or its keyword, its owner', (n) => `### 1. CEO:${blanks(n)}Grow${blanks(n)}x\n\n1. VP${blanks(n)}Engineering${blanks(n)}KR:${blanks(n)}Cut a from 3 to 2\n1. CRO${blanks(n)}x${blanks(n)}y${blanks(n)}z${blanks(n)}w${blanks(n)}v KR: b\n- **Head of${blanks(n)}Support Objective:** c\n`],
      ['money named as the period\'s revenue, before or after it', (n) => `## Objective O1: x\n\n- KR: Net${blanks(n)}revenue${blanks(n)}:${blanks(n)}$3M\n- KR: $3M${blanks(n)}revenue${blanks(n)}from\n- KR: Sales${blanks(n)}>${blanks(n)}$1M\n`],
    ];
    it.each(cases)('%s', { timeout: PER_CASE_MS }, (_name, build) => {
      expect(doublingRatio(build, (text: string) => analyze(onePlan(text)), scaled(20_000))).toBeLessThan(MAX_RATIO);
    });
  });
});

import { describe, expect, it } from 'vitest';
import { parsePlan } from '../server/src/core/parse/parser';
import { readGroupDeclaration, readNodeDeclaration } from '../server/src/core/parse/node-line';
import { namesANodeById } from '../server/src/core/parse/okr-table';
import { basename } from 'node:path';
import { analyzeCorpus, coachNotesOf, contentFindings, corpusBatchRoots, corpusPlans, corpusSubjects, findingKey, finds, labelsOf, planNameOf } from '../scripts/corpus/labels';

/*
 * Published plans (test/corpus/README.md). Every finding of the content rules on them is labelled
 * true, false or debatable by hand (`npm run corpus` prints the precision per rule).
 */
describe('the corpus of published plans', () => {
  const batches = corpusBatchRoots().map((root) => ({ name: basename(root), root, current: contentFindings(root) }));

  it.each(batches)('every finding of the content rules is labelled ($name; npm run corpus -- --write adds new ones as unjudged)', ({ current }) => {
    const unjudged = [...current].flatMap(([plan, findings]) => findings.filter((f) => f.label === 'unjudged').map((f) => `${findingKey(plan, f.line, f.rule)}  ${f.text}`));
    expect(unjudged).toEqual([]);
  });

  it.each(batches)('no finding labelled false comes back ($name)', ({ current }) => {
    const falseOnes = [...current].flatMap(([plan, findings]) => findings.filter((f) => f.label === 'false').map((f) => `${findingKey(plan, f.line, f.rule)}  ${f.why}`));
    expect(falseOnes).toEqual([]);
  });

  it.each(batches)('no finding labelled true is lost ($name)', ({ root, current }) => {
    const lost: string[] = [];
    for (const [plan, findings] of current) {
      const now = new Set(findings.map((f) => findingKey(plan, f.line, f.rule)));
      for (const label of labelsOf(plan, root).filter((l) => l.label === 'true')) {
        if (!now.has(findingKey(plan, label.line, label.rule))) lost.push(`${findingKey(plan, label.line, label.rule)}  ${label.text}`);
      }
    }
    expect(lost).toEqual([]);
  });

  it('a coach\'s note is found by a finding about the same node, whatever line of it each is on', () => {
    const root = corpusBatchRoots().find((r) => basename(r) === 'fifth-batch')!;
    const plan = 'gerrit-google/google-okrs-2021q3-2023q1.okr.md';
    const findings = batches.find((b) => b.root === root)!.current.get(plan)!;
    const subjects = corpusSubjects(root).get(plan)!;
    const noteOn = (text: string) => coachNotesOf(plan, root).find((n) => n.text.startsWith(text))!;
    // too-many-key-results reports on the sixth key result; the coach wrote the note on the objective.
    const tooMany = noteOn('## O: Improve user experience');
    expect(findings.some((f) => f.line !== tooMany.line && finds(f, tooMany, subjects))).toBe(true);
    // A note of one kind never maps onto a node of another: no key-result finding finds an objective's note.
    expect(findings.filter((f) => f.rule.startsWith('kr-')).some((f) => finds(f, { ...tooMany, weakness: f.rule }, subjects) && f.line !== tooMany.line)).toBe(false);
  });

  it.each(batches)('no text that looks like an objective, key result or initiative goes unread without a finding ($name)', ({ root }) => {
    const plans = corpusPlans(root);
    const { findings } = analyzeCorpus(plans);
    const silent: string[] = [];
    for (const plan of plans) {
      const parsed = parsePlan(plan.file, plan.text);
      const nodeLines = new Set(parsed.nodes.map((n) => n.range.start.line));
      // A table row naming by its id a node the plan declares elsewhere (`| Objective 1: Pilot Validation | 0.0 |` in an end
      // of quarter review) restates it: silence there is right.
      const ids = new Set(parsed.nodes.flatMap((n) => (n.id ? [n.id.toLowerCase()] : [])));
      const restates = (cell: string | undefined): boolean => {
        const id = cell === undefined ? undefined : readNodeDeclaration(cell.replace(/[*_]/g, '').trim())?.id;
        return id !== undefined && ids.has(id.toLowerCase());
      };
      const reported = new Set(findings.filter((f) => planNameOf(f.file) === plan.name && f.rule === 'node-not-read').map((f) => f.range.start.line));
      const textLines = plan.text.split(/\r\n|\r|\n/);
      // Lines inside a fenced code block are code to Markdown, no heading, label, item or table (a sample plan shown in a
      // ```markdown fence is an example of one).
      const fenced = new Set<number>();
      let fence: string | undefined;
      textLines.forEach((line, index) => {
        const mark = /^\s{0,3}(`{3,}|~{3,})/.exec(line)?.[1];
        if (fence !== undefined) {
          fenced.add(index);
          if (mark !== undefined && mark[0] === fence[0] && mark.length >= fence.length && line.trim() === mark) fence = undefined;
        } else if (mark !== undefined) {
          fence = mark;
          fenced.add(index);
        }
      });
      textLines.forEach((line, index) => {
        if (fenced.has(index)) return;
        // A keyword at the start of a heading, a bold label, a list item or a table header cell.
        const start = /^\s{0,3}(?:#{1,6}\s+|[-*+]\s+(?:\[[ xX]\]\s+)?|\d{1,9}[.)]\s+|\|\s*)?(?:\*\*|__)?\s*(.*)$/.exec(line)![1]!;
        // The singular keyword, maybe an id, then a separator or nothing: a node someone meant to write.
        if (!/^(?:objective|key\s+result|kr|initiative)(?![\p{L}])\s*(?:#?\s*[\w.-]*\d[\w.-]*|[A-Z](?![\p{L}]))?\s*(?:\*\*|__)?\s*(?:[:：—–-]|\||$)/iu.test(start)) return;
        // An empty label (`Objective 3:`, `**Objective**`) or a bold name (`**KR1 — Normalization dataset**`) over the node's
        // statement on the next line of text.
        let next = index + 1;
        while (next < textLines.length && textLines[next]!.trim() === '') next++;
        // A heading holding only the keyword and an id (`### Objective 1`) is such a label too.
        const labelOfNext = (/(?:[:：][ \t]*(?:\*\*|__|_)?|\*\*|__)[ \t]*$/.test(start) || /^\s{0,3}#{1,6}\s/.test(line)) && nodeLines.has(next);
        // A table's header row over rows read as nodes, or over rows naming nodes declared elsewhere by their ids
        // (`| KR | Failure mode |` over `| KR 1.1 (activated users) | … |`), a table about them.
        const firstCell = /^\s*\|([^|]*)\|/.exec(textLines[index + 2] ?? '')?.[1]?.trim();
        const aboutNodes = firstCell !== undefined && (namesANodeById(firstCell) || restates(firstCell));
        const headerOfTable = /^\s*\|/.test(line) && (nodeLines.has(index + 2) || aboutNodes);
        const restatedRow = /^\s*\|/.test(line) && restates(/^\s*\|([^|]*)\|/.exec(line)?.[1]);
        if (nodeLines.has(index) || labelOfNext || headerOfTable || restatedRow || reported.has(index) || readGroupDeclaration(start)) return;
        silent.push(`${plan.name}:${index + 1}  ${line.trim().slice(0, 80)}`);
      });
    }
    expect(silent).toEqual([]);
  });
});

import type { Rule } from '../types';
import type { Plan, Range } from '../../model';
import { readNodeDeclaration } from '../../parse/node-line';

/** Where a plan's own text starts: after its front matter. */
function bodyStart(plan: Plan): number {
  return plan.frontMatter ? plan.frontMatter.range.end.line + 1 : 0;
}

/** The first line of the body that holds text, if any. */
function firstTextLine(plan: Plan, lines: readonly string[]): { line: number; text: string } | undefined {
  for (let line = bodyStart(plan); line < lines.length; line++) {
    const text = lines[line]!.replace(/^\uFEFF/, '');
    if (text.trim()) return { line, text };
  }
  return undefined;
}

/** A YAML item or value as written, up to its text: `  - "[P1] Objective: …"`, `objective: '…'`. */
const YAML_VALUE_LEAD = /^[ \t]*(?:-[ \t]+|[\w-]{1,40}:[ \t]+)?["']?(?:\[[^\]\n]{1,8}\]:?[ \t]*)?/;

/** The first front-matter line that declares an objective or a key result in its value, if any. */
function declarationInFrontMatter(plan: Plan, lines: readonly string[]): Range | undefined {
  if (!plan.frontMatter) return undefined;
  for (let line = plan.frontMatter.range.start.line + 1; line < plan.frontMatter.range.end.line; line++) {
    const text = lines[line] ?? '';
    const lead = YAML_VALUE_LEAD.exec(text)![0].length;
    if (readNodeDeclaration(text.slice(lead).replace(/["']\s*$/, ''))) return { start: { line, character: lead }, end: { line, character: text.trimEnd().length } };
  }
  return undefined;
}

export const nodeNotRead: Rule = {
  code: 'OKR011',
  name: 'node-not-read',
  defaultSeverity: 'warning',
  group: 'Alignment chain',
  description:
    'Text that looks like an objective, key result or initiative but is not read as one: the keyword at the start of a heading, bold label or list item without the statement after it (`Objective 1 Improve onboarding`), or a table whose header names objective or key-result columns but none of whose rows could be read. A plan with text in which no node at all could be read gets one finding on its first line, or on the first objective or key result written in its front matter (`okrs:` / `  - "[P0] KR: …"`), which is never read. Where the rewrite is mechanical (a missing colon), the quick fix makes it.',
  rationale:
    'A linter that cannot read a plan must say so. Otherwise a plan that was never understood looks like a plan with nothing wrong: its weak key results go unflagged, its links are never followed, and the writer concludes the plan is fine. Naming what was not read, and how to write it, turns silence into a one-line fix.',
  weak: '## Objective 1 Improve onboarding for new owners',
  strong: '## Objective 1: Improve onboarding for new owners',
  fix: 'Write the keyword, an optional id, a colon and the statement (`Objective O1: …`, `KR1.2: …`), or list the key results under a `Key results` heading or label.',
  check({ plan, report }) {
    for (const unread of plan.unread) {
      const fix = unread.fix && { title: unread.fix.title, edits: [{ file: plan.file, range: unread.fix.range, newText: unread.fix.newText }], repeatable: true as const };
      report({ range: unread.range, message: unread.message, ...(fix ? { fix } : {}) });
    }
    if (plan.nodes.length > 0 || plan.unread.length > 0 || plan.textProblems.length > 0) return;
    // `okrs:` / `  - "[P0] KR: …"`: a plan kept in its front matter is never read as one.
    const lines = plan.text.split(/\r\n|\r|\n/);
    const inFrontMatter = declarationInFrontMatter(plan, lines);
    if (inFrontMatter) {
      report({ range: inFrontMatter, message: 'Objectives and key results in the front matter are not read; write them in the plan below it, as `## Objective: …` and `- KR: …`.' });
      return;
    }
    const first = firstTextLine(plan, lines);
    if (!first) return;
    const start = first.text.length - first.text.trimStart().length;
    report({
      range: { start: { line: first.line, character: start }, end: { line: first.line, character: first.text.trimEnd().length } },
      message: 'No objective, key result or initiative could be read in this plan; declare them as `## Objective: …`, `- KR: …` (or under a `Key results` heading), or see the plan dialect.',
    });
  },
};

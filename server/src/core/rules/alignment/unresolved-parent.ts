import type { Fix, Rule } from '../types';
import { LineIndex } from '../../parse/positions';
import { frontMatterParentFix, parentFieldFix } from '../helpers/parent-suggestion';
import { fieldOf } from '../../model';
import { explicitParentProblem, frontMatterParentProblem } from '../helpers/parent-status';

/** How many unresolved `Parent` lines of one plan get a did-you-mean: the cost of a check stays linear in the plan. */
const SUGGESTIONS_PER_PLAN = 20;

export const unresolvedParent: Rule = {
  code: 'OKR001',
  name: 'unresolved-parent',
  structural: true,
  defaultSeverity: 'error',
  group: 'Alignment chain',
  description: 'A `Parent:` field that names no existing node, or a front-matter `parent` that names no existing plan (or a `#id` that plan does not have). Paths outside the workspace folder never resolve. The diagnostic sits on the `Parent` line or the front-matter `parent` line. When one id or plan path is clearly what was meant (`RK1.2`, `../compnay/2026-Q1.okr.md`) and it resolves to a node of a kind this one may name, the message names it and the quick fix writes it (for the first 20 such lines of a plan).',
  rationale:
    'The point of a plan is that anyone can follow a piece of work up to the reason it exists: initiative, key result, objective, mission. A parent link that leads nowhere breaks that walk silently — readers assume the work is aligned when nobody can show to what. It usually means an id was renamed or a file moved.',
  weak: 'Parent: ../company/2026-Q1.okr.md#KR9.9',
  strong: 'Parent: ../company/2026-Q1.okr.md#KR2.1',
  fix: 'Point the reference at a node that exists: check the id (`KR2.1`) and the path, relative to this plan. A bare id is looked up in this plan, then in the plan named by front-matter `parent`.',
  check({ plan, graph, report }) {
    // Each suggestion compares with every id of the plan: past a few, the references are moved or renamed wholesale, not misspelt.
    let suggestionsLeft = SUGGESTIONS_PER_PLAN;
    let lines: LineIndex | undefined;
    const lineText = (line: number): string => (lines ??= new LineIndex(plan.text)).lineText(line);
    const withFix = (message: string, fix: Fix | undefined): { message: string; fix?: Fix } =>
      fix ? { message: `${message.slice(0, -1)}; did you mean \`${fix.edits[0]!.newText}\`?`, fix } : { message };
    const frontMatterRef = plan.frontMatter?.parent;
    const planProblem = frontMatterParentProblem(graph, plan);
    if (frontMatterRef && planProblem) {
      const fix = frontMatterParentFix(graph, plan, frontMatterRef, lineText(frontMatterRef.range.start.line));
      report({ range: frontMatterRef.range, ...withFix(`Front-matter \`parent\` does not resolve: ${planProblem}.`, fix) });
    }
    for (const node of plan.nodes) {
      const field = fieldOf(node, 'parent');
      if (!field || explicitParentProblem(graph, node) !== 'unresolved') continue;
      const link = graph.parentOf(node);
      if (!field.value.trim()) {
        report({ range: field.range, message: '`Parent` is empty; name the node this one serves (`KR1.2`, or `path#id` in another plan).' });
      } else if (link.status === 'unresolved') {
        const fix = suggestionsLeft-- > 0 ? parentFieldFix(graph, plan, node, link.ref, field, lineText(field.range.start.line)) : undefined;
        report({ range: field.range, ...withFix(`\`Parent\` does not resolve: ${link.reason}.`, fix) });
      }
    }
  },
};

import type { Rule } from '../types';

export const missingPeriod: Rule = {
  code: 'OKR008',
  name: 'missing-period',
  structural: true,
  defaultSeverity: 'warning',
  group: 'Alignment chain',
  description: 'A plan whose front matter names no `period`, and whose title or a `Period:` line above its objectives states none (`# Payments OKRs — Q2 2026`).',
  rationale:
    'A plan is a bet about a stretch of time. Without a period nobody can tell whether a key result is on pace, when check-ins are overdue, or when the plan should be graded and retired; the targets quietly become wishes with no end date.',
  weak: '---\nteam: Payments\n---',
  strong: '---\nteam: Payments\nperiod: 2026-Q1\n---',
  fix: 'Add `period:` to the front matter: a quarter (`2026-Q1`), a half (`2026-H2`), a year (`2026`) or a date range (`2026-01-05..2026-03-27`).',
  check({ plan, report }) {
    const frontMatter = plan.frontMatter;
    // A title or a `Period:` line that names the period says it to people as well as front matter does.
    if (frontMatter?.error || frontMatter?.period || plan.statedPeriod) return;
    const range = frontMatter?.range ?? { start: { line: 0, character: 0 }, end: { line: 0, character: plan.text.split(/\r?\n|\r/, 1)[0]!.length } };
    report({ range, message: 'The plan has no `period`; add one to the front matter (e.g. `period: 2026-Q1`).' });
  },
};

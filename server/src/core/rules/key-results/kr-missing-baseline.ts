import type { Rule } from '../types';
import { fieldOf, nodesOfKind, type PlanNode } from '../../model';
import type { WorkspaceGraph } from '../../graph';
import { readKrTitle } from '../../parse/quantity';
import { code } from './kr-shape';

/** Units that make a lone number a level to reach ("Hit 99.9% uptime") rather than a tally that starts at zero. */
const LEVEL_UNITS = new Set(['%', 'pp', 'points', '$', '€', '£', '¥']);

/**
 * Why a KR's target needs a baseline it lacks, or undefined when it has one or does not need one.
 * Needs one: a `Target` field, "to Y", a relative target ("by 20%", "Double …"), a lone level ("Hit 99.9% uptime").
 * Does not: a threshold ("at least 50", "under 2 hours") or a lone tally ("Sign 3 design partners").
 */
export function missingBaseline(graph: WorkspaceGraph, kr: PlanNode): string | undefined {
  const values = graph.krValues(kr);
  if (!values.target || values.baseline) return undefined;
  const title = readKrTitle(kr.title);
  if (title.form === 'threshold') return undefined;
  if (fieldOf(kr, 'target')) return `the target ${code(values.target.raw)} has no starting point`;
  switch (title.form) {
    case 'relative':
      return `the relative target ${code(values.target.raw)} cannot be computed without a starting point`;
    case 'to':
      return `the target ${code(values.target.raw)} has no starting point`;
    case 'bare':
      return LEVEL_UNITS.has(values.target.unit ?? '') ? `the level ${code(values.target.raw)} has no starting point` : undefined;
    default:
      return undefined;
  }
}

export const krMissingBaseline: Rule = {
  code: 'OKR404',
  name: 'kr-missing-baseline',
  defaultSeverity: 'info',
  group: 'Key results',
  scope: 'node',
  description:
    'A key result with a target but no baseline: no "from X" in its title and no `Baseline` field. Relative targets ("by 20%", "Double …") and lone levels ("Hit 99.9% uptime") need one too. Thresholds ("at least 50", "under 2 hours") and plain tallies ("Sign 3 design partners", counted from zero) do not.',
  rationale:
    'A target means little without its starting point: "to 5 days" is a triumph from 10 days and a setback from 4, and "by 20%" is no number at all until you know 20% of what. The baseline also makes progress computable, so each check-in can say how far along the key result is. A threshold is different — the value either clears the bar or not, wherever it started.',
  weak: '### KR1.1: Reduce time-to-first-value to 5 days',
  strong: '### KR1.1: Reduce time-to-first-value from 10 days to 5 days',
  fix: 'Write "from X to Y" in the title, or add `Baseline:` with the value at the start of the period.',
  check({ plan, graph, report }) {
    for (const kr of nodesOfKind(plan, 'kr')) {
      const why = missingBaseline(graph, kr);
      if (why) report({ range: kr.range, message: `This key result has no baseline: ${why}; write "from X to Y" or add \`Baseline:\`.` });
    }
  },
};

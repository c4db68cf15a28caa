import type { CheckIn, Field, Plan, PlanNode } from '../../server/src/core/model';

const fieldView = (f: Field) => ({ key: f.key, name: f.name, known: f.known, value: f.value, range: f.range, keyRange: f.keyRange, valueRange: f.valueRange });

const checkInView = (c: CheckIn) => ({ date: c.date, validDate: c.validDate, value: c.value, confidence: c.confidence, note: c.note, range: c.range });

const label = (n: PlanNode) => `${n.kind}:${n.id}`;

/**
 * A plain, acyclic view of a plan for deep comparisons (nesting shown by ids). Ranges are
 * listed by name: the parser's objects compute them, so a spread would leave them out.
 */
export function planSnapshot(plan: Plan): unknown {
  return {
    frontMatter: plan.frontMatter,
    suppressions: plan.suppressions,
    lineCount: plan.lineCount,
    nodes: plan.nodes.map((n) => ({
      kind: n.kind,
      id: n.id,
      explicitId: n.explicitId,
      title: n.title,
      file: n.file,
      form: n.form,
      depth: n.depth,
      range: n.range,
      titleRange: n.titleRange,
      fullRange: n.fullRange,
      fields: n.fields.map(fieldView),
      checkIns: n.checkIns.map(checkInView),
      enclosing: n.enclosing ? label(n.enclosing) : undefined,
      nested: n.nested.map(label),
    })),
  };
}

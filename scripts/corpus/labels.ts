import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, posix, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyzePlans, type Analysis } from '../../server/src/core/analyze';
import { defaultConfig } from '../../server/src/core/config-model';
import type { Finding } from '../../server/src/core/rules/types';
import type { PlanNode } from '../../server/src/core/model';

/*
 * The corpus of published plans (test/corpus/README.md): each organisation's folder is one
 * workspace. Every finding of the content rules on it is labelled by hand in `<plan>.findings.json`
 * beside the plan; `<plan>.coach.json` lists the weaknesses a coach flagged before any tool ran.
 */

/**
 * The corpus folder. The plans the rules were tuned on are at its top; each `*-batch/` folder holds
 * plans gathered after tuning, measured once before any rule changed for them (`CORPUS=second-batch`). An absolute
 * path measures plans kept outside the repository (`CORPUS=/abs/path`), such as a batch whose text has no licence.
 */
const CORPUS_BASE = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'test', 'corpus');
export const CORPUS_ROOT = resolve(CORPUS_BASE, process.env.CORPUS ?? '');

/** The folder of the plans tuned on and each batch kept out of tuning. */
export function corpusBatchRoots(): string[] {
  return [CORPUS_BASE, ...readdirSync(CORPUS_BASE, { withFileTypes: true }).filter((d) => d.isDirectory() && d.name.endsWith('-batch')).map((d) => join(CORPUS_BASE, d.name)).sort()];
}

/**
 * The content rules: the coaching judgements about what missions, objectives and key results
 * say and how many there are. Structure (links, fields, ids), presence of fields (owner,
 * tradeoff) and dates are checked elsewhere and are not counted here.
 */
export const CONTENT_RULES = new Set([
  'mission-is-a-goal',
  'mission-is-positioning',
  'objective-has-metric',
  'objective-is-task',
  'kr-not-measurable',
  'kr-is-task',
  'kr-measures-activity',
  'kr-missing-baseline',
  'kr-no-change',
  'all-key-results-lagging',
  'too-many-objectives',
  'too-many-key-results',
  'too-few-key-results',
]);

export type Label = 'true' | 'false' | 'debatable';

export interface LabelledFinding {
  line: number;
  rule: string;
  text: string;
  label: Label | 'unjudged';
  why: string;
}

export interface CoachNote {
  line: number;
  text: string;
  weakness: string;
  why: string;
}

export interface CorpusPlan {
  /** `org/name.okr.md`. */
  name: string;
  file: string;
  text: string;
}

/** The date the corpus is checked on; the content rules do not read it. */
const TODAY = '2026-12-01';

export function corpusPlans(root = CORPUS_ROOT): CorpusPlan[] {
  const plans: CorpusPlan[] = [];
  for (const org of readdirSync(root, { withFileTypes: true }).filter((d) => d.isDirectory() && !d.name.endsWith('-batch')).map((d) => d.name).sort()) {
    for (const entry of readdirSync(join(root, org)).filter((f) => f.endsWith('.okr.md')).sort()) {
      plans.push({ name: `${org}/${entry}`, file: `/corpus/${org}/${entry}`, text: readFileSync(join(root, org, entry), 'utf8') });
    }
  }
  return plans;
}

/** The analysis behind `contentFindings`, kept per corpus folder so that scoring reads the same nodes without analysing again. */
const ANALYSED = new Map<string, ReturnType<typeof analyzeCorpus>>();

function analysedCorpus(root: string): ReturnType<typeof analyzeCorpus> {
  let analysed = ANALYSED.get(root);
  if (!analysed) ANALYSED.set(root, (analysed = analyzeCorpus(corpusPlans(root))));
  return analysed;
}

/** Each organisation's plans analysed as one workspace. */
export function analyzeCorpus(plans = corpusPlans()): { analyses: Map<string, Analysis>; findings: Finding[] } {
  const byOrg = new Map<string, CorpusPlan[]>();
  for (const plan of plans) {
    const org = plan.name.split('/')[0]!;
    byOrg.set(org, [...(byOrg.get(org) ?? []), plan]);
  }
  const analyses = new Map<string, Analysis>();
  const findings: Finding[] = [];
  for (const [org, orgPlans] of byOrg) {
    // Every published plan is measured, whatever its period: a plan a later one of its team follows is history to the
    // check, and would otherwise go unmeasured.
    const analysis = analyzePlans(new Map(orgPlans.map((p) => [p.file, p.text])), { roots: [`/corpus/${org}`], today: TODAY, configFor: () => ({ ...defaultConfig(), checkPastPlans: true }) });
    analyses.set(org, analysis);
    findings.push(...analysis.findings);
  }
  return { analyses, findings };
}

export function planNameOf(file: string): string {
  return posix.relative('/corpus', file);
}

/** The key a label is found by: plan, 1-based line and rule. */
export function findingKey(plan: string, line: number, rule: string): string {
  return `${plan}:${line} ${rule}`;
}

function jsonBeside(plan: string, suffix: string, root: string): string {
  return join(root, plan.replace(/\.okr\.md$/, suffix));
}

export function labelsOf(plan: string, root = CORPUS_ROOT): LabelledFinding[] {
  const path = jsonBeside(plan, '.findings.json', root);
  return existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as LabelledFinding[]) : [];
}

export function labelsPath(plan: string): string {
  return jsonBeside(plan, '.findings.json', CORPUS_ROOT);
}

export function coachNotesOf(plan: string, root = CORPUS_ROOT): CoachNote[] {
  const path = jsonBeside(plan, '.coach.json', root);
  return existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as CoachNote[]) : [];
}

/** The content-rule findings of the corpus, by plan, as `LabelledFinding`s carrying their current labels. */
export function contentFindings(root = CORPUS_ROOT): Map<string, LabelledFinding[]> {
  const plans = corpusPlans(root);
  const { findings } = analysedCorpus(root);
  const lines = new Map(plans.map((p) => [p.name, p.text.split(/\r\n|\r|\n/)]));
  const byPlan = new Map<string, LabelledFinding[]>(plans.map((p) => [p.name, []]));
  for (const finding of findings) {
    if (!CONTENT_RULES.has(finding.rule)) continue;
    const plan = planNameOf(finding.file);
    const line = finding.range.start.line + 1;
    const labelled = labelsOf(plan, root).find((l) => l.line === line && l.rule === finding.rule);
    byPlan.get(plan)!.push({
      line,
      rule: finding.rule,
      text: (lines.get(plan)![line - 1] ?? '').trim().slice(0, 100),
      label: labelled?.label ?? 'unjudged',
      why: labelled?.why ?? '',
    });
  }
  for (const list of byPlan.values()) list.sort((a, b) => a.line - b.line || a.rule.localeCompare(b.rule));
  return byPlan;
}

/**
 * Rules that name one weakness from different sides: a key result that states work, not a
 * measurable outcome, is a task (no number), an activity count (a number of outputs), or simply
 * not measurable. A coach's note in this family is found by a finding of any of them on its line.
 */
const KR_OUTPUT_NOT_OUTCOME = new Set(['kr-is-task', 'kr-not-measurable', 'kr-measures-activity']);

/**
 * Rules that judge an objective by its key results but report on one of them: `too-many-key-results` points at the
 * first key result beyond the limit, while a coach writes the note on the objective.
 */
const OBJECTIVE_COUNTED_ON_A_KEY_RESULT = new Set(['too-many-key-results']);

/**
 * The node a note or a finding is about, as its 1-based line, in one plan. A note may sit on any line of a node's
 * own text (the `_Objective_:` paragraph under a bare `### O1` heading); a finding of a rule that counts an
 * objective's key results is about the objective.
 */
export interface Subjects {
  ofNote(note: CoachNote): number | undefined;
  ofFinding(finding: LabelledFinding): number | undefined;
}

/** The kind of node each rule that may report away from a note's line judges; a note maps to a node of that kind only. */
const KIND_JUDGED: Record<string, PlanNode['kind']> = {
  'objective-has-metric': 'objective',
  'objective-is-task': 'objective',
  'too-many-key-results': 'objective',
  'too-few-key-results': 'objective',
  'kr-not-measurable': 'kr',
  'kr-is-task': 'kr',
  'kr-measures-activity': 'kr',
  'kr-missing-baseline': 'kr',
  'kr-no-change': 'kr',
};

function objectiveServed(kr: PlanNode, parentOf: (node: PlanNode) => PlanNode | undefined): PlanNode | undefined {
  const parent = parentOf(kr);
  return parent?.kind === 'objective' ? parent : kr.enclosing?.kind === 'objective' ? kr.enclosing : undefined;
}

/** The subjects of every plan in a corpus folder, from the analysis `contentFindings` made. */
export function corpusSubjects(root = CORPUS_ROOT): Map<string, Subjects> {
  const { analyses } = analysedCorpus(root);
  const subjects = new Map<string, Subjects>();
  for (const analysis of analyses.values()) {
    const parentOf = (node: PlanNode) => {
      const link = analysis.graph.parentOf(node);
      return link.status === 'resolved' ? link.node : undefined;
    };
    for (const file of analysis.graph.files()) {
      const nodes = analysis.graph.plan(file)?.nodes ?? [];
      // A node's own text runs from its line to the line before the next node (its first child or its next sibling).
      const starts = nodes.map((n) => n.line).sort((a, b) => a - b);
      const ownNode = (line0: number) => {
        const at = starts.filter((s) => s <= line0).pop();
        const node = at === undefined ? undefined : nodes.find((n) => n.line === at);
        return node && line0 <= node.fullRange.end.line ? node : undefined;
      };
      subjects.set(planNameOf(file), {
        ofNote: (note) => {
          const node = ownNode(note.line - 1);
          return node && node.kind === KIND_JUDGED[note.weakness] ? node.line + 1 : undefined;
        },
        ofFinding: (finding) => {
          const node = nodes.find((n) => n.line === finding.line - 1);
          if (!node) return undefined;
          const about = OBJECTIVE_COUNTED_ON_A_KEY_RESULT.has(finding.rule) && node.kind === 'kr' ? objectiveServed(node, parentOf) : node;
          return about && about.line + 1;
        },
      });
    }
  }
  return subjects;
}

/**
 * Whether a finding finds the weakness a coach noted: the same rule (or family) about the same node, written on its
 * line or on any line of the node's own text; plan-wide counts anywhere in the plan.
 */
export function finds(finding: LabelledFinding, note: CoachNote, subjects?: Subjects): boolean {
  const sameRule = finding.rule === note.weakness || (KR_OUTPUT_NOT_OUTCOME.has(finding.rule) && KR_OUTPUT_NOT_OUTCOME.has(note.weakness));
  if (!sameRule) return false;
  if (note.weakness === 'too-many-objectives' || finding.line === note.line) return true;
  const about = subjects?.ofNote(note);
  return about !== undefined && about === subjects!.ofFinding(finding);
}

/** Precision per rule (true ÷ true + false + unjudged; debatable counted apart) and recall of the coach's notes. */
export function corpusScore(byPlan = contentFindings(), subjects = corpusSubjects()) {
  const perRule = new Map<string, { true: number; false: number; debatable: number; unjudged: number }>();
  const coach = { flagged: 0, found: 0, foundAsEmpty: 0 };
  const empty = objectivesWithoutKeyResults();
  for (const [plan, findings] of byPlan) {
    for (const f of findings) {
      const counts = perRule.get(f.rule) ?? { true: 0, false: 0, debatable: 0, unjudged: 0 };
      counts[f.label]++;
      perRule.set(f.rule, counts);
    }
    for (const note of coachNotesOf(plan)) {
      if (!CONTENT_RULES.has(note.weakness)) continue;
      coach.flagged++;
      if (findings.some((f) => finds(f, note, subjects.get(plan)))) coach.found++;
      else if (note.weakness === 'too-few-key-results' && empty.get(plan)?.has(subjects.get(plan)?.ofNote(note) ?? note.line)) coach.foundAsEmpty++;
    }
  }
  return { perRule, coach };
}

/**
 * The 1-based lines of the objectives `objective-without-key-results` reports, by plan. That rule is no content rule
 * (its findings are not labelled), but an objective with no key result is the weakness a coach notes as too few: the
 * notes it covers are counted apart from those the content rules find.
 */
function objectivesWithoutKeyResults(root = CORPUS_ROOT): Map<string, Set<number>> {
  const lines = new Map<string, Set<number>>();
  for (const finding of analysedCorpus(root).findings) {
    if (finding.rule !== 'objective-without-key-results') continue;
    const plan = planNameOf(finding.file);
    lines.set(plan, (lines.get(plan) ?? new Set()).add(finding.range.start.line + 1));
  }
  return lines;
}

/** The coach's notes of the content rules that no finding covers, in plan order. */
export function missedNotes(byPlan = contentFindings(), subjects = corpusSubjects()): { plan: string; note: CoachNote }[] {
  const missed: { plan: string; note: CoachNote }[] = [];
  for (const [plan, findings] of byPlan) {
    for (const note of coachNotesOf(plan)) {
      if (CONTENT_RULES.has(note.weakness) && !findings.some((f) => finds(f, note, subjects.get(plan)))) missed.push({ plan, note });
    }
  }
  return missed;
}

const percent = (n: number, d: number): string => (d ? `${((100 * n) / d).toFixed(1)}%` : '–');

/** The precision table (one row per content rule that fired) and the coach's notes found, as Markdown. */
export function precisionMarkdown(byPlan = contentFindings()): string {
  const { perRule, coach } = corpusScore(byPlan);
  const lines = ['| rule | findings | true | false | debatable | unjudged | precision |', '|---|---|---|---|---|---|---|'];
  const total = { true: 0, false: 0, debatable: 0, unjudged: 0 };
  for (const [rule, c] of [...perRule].sort(([a], [b]) => a.localeCompare(b))) {
    for (const k of Object.keys(total) as (keyof typeof total)[]) total[k] += c[k];
    lines.push(`| \`${rule}\` | ${c.true + c.false + c.debatable + c.unjudged} | ${c.true} | ${c.false} | ${c.debatable} | ${c.unjudged} | ${percent(c.true, c.true + c.false + c.unjudged)} |`);
  }
  const all = total.true + total.false + total.debatable + total.unjudged;
  lines.push(`| **all content rules** | ${all} | ${total.true} | ${total.false} | ${total.debatable} | ${total.unjudged} | ${percent(total.true, total.true + total.false + total.unjudged)} |`);
  lines.push('', `The coach's notes found: ${coach.found} of ${coach.flagged} (${percent(coach.found, coach.flagged)}).`);
  // Reported apart, so that the figure above stays comparable from one session to the next.
  if (coach.foundAsEmpty > 0) lines.push('', `Notes of too few key results on an objective that \`objective-without-key-results\` reports as having none: ${coach.foundAsEmpty} more (${percent(coach.found + coach.foundAsEmpty, coach.flagged)} with them).`);
  return lines.join('\n');
}

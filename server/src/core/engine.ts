import type { Plan, PlanSection, Range, SuppressionComment } from './model';
import type { WorkspaceGraph } from './graph';
import type { ResolvedConfig } from './config-model';
import type { Finding, FindingInput, Rule } from './rules/types';
import { RULES, findRule } from './rules/registry';

/**
 * Diagnostics that are not rules: they cannot be configured, only fixed.
 * They share the rules' shape so every face shows them the same way.
 */
export const SYSTEM_CODES = {
  invalidConfig: { code: 'OKR900', name: 'invalid-config' },
  unreadablePlan: { code: 'OKR901', name: 'unreadable-plan' },
} as const;

export interface CheckRequest {
  graph: WorkspaceGraph;
  plan: Plan;
  config: ResolvedConfig;
  /** `YYYY-MM-DD` */
  today: string;
  /** Called when a rule throws; the other rules still run. */
  onRuleError?: (rule: Rule, error: unknown) => void;
  /** Findings of node-scoped rules kept from earlier versions of this document (the server keeps one per open document). */
  sectionFindings?: SectionFindingsCache;
}

/**
 * What node-scoped rules found in each section of one document, by the section's parsed
 * form: an edit re-runs them only on the sections whose text changed, and a section that
 * merely moved gets its findings shifted. Forgotten when the settings or the day change.
 */
export class SectionFindingsCache {
  private bySection = new WeakMap<object, { startLine: number; firstLineChars: number; findings: Finding[] }>();
  private inputs: { config: ResolvedConfig; today: string; file: string } | undefined;

  /** The findings for a section, computing them with `run` when its text, place or the settings changed. */
  findingsOf(section: PlanSection, inputs: { config: ResolvedConfig; today: string; file: string }, run: () => Finding[]): Finding[] {
    const same = this.inputs && this.inputs.config === inputs.config && this.inputs.today === inputs.today && this.inputs.file === inputs.file;
    if (!same) {
      this.bySection = new WeakMap();
      this.inputs = inputs;
    }
    const cached = this.bySection.get(section.source);
    if (cached && cached.firstLineChars === section.firstLineChars) {
      const lines = section.startLine - cached.startLine;
      return lines === 0 ? cached.findings : cached.findings.map((f) => shiftFinding(f, lines));
    }
    const findings = run();
    this.bySection.set(section.source, { startLine: section.startLine, firstLineChars: section.firstLineChars, findings });
    return findings;
  }
}

/** Runs every enabled rule on one plan and applies its suppression comments. */
export function checkPlan(request: CheckRequest): Finding[] {
  const { plan, sectionFindings } = request;
  const findings: Finding[] = planTextFindings(plan);
  const planWide = sectionFindings ? RULES.filter((rule) => rule.scope !== 'node') : RULES;
  runRules(request, planWide, plan, findings);
  if (sectionFindings) {
    const nodeScoped = RULES.filter((rule) => rule.scope === 'node');
    const inputs = { config: request.config, today: request.today, file: plan.file };
    for (const section of plan.sections) {
      if (!section.nodeCount) continue;
      const nodes = plan.nodes.slice(section.firstNode, section.firstNode + section.nodeCount);
      findings.push(...sectionFindings.findingsOf(section, inputs, () => runRules(request, nodeScoped, { ...plan, nodes }, [])));
    }
  }
  return sortFindings(applySuppressions(findings, plan.suppressions));
}

/** Runs rules on `plan` (the whole plan, or one section's nodes), appending to `findings`. */
function runRules(request: CheckRequest, rules: readonly Rule[], plan: Plan, findings: Finding[]): Finding[] {
  const { config } = request;
  for (const rule of rules) {
    const setting = config.rules.get(rule.code);
    if (!setting || setting.severity === 'off') continue;
    const severity = setting.severity;
    const report = (input: FindingInput): void => {
      findings.push({ ...input, file: plan.file, code: rule.code, rule: rule.name, severity });
    };
    try {
      rule.check({
        plan,
        graph: request.graph,
        options: setting.options,
        lexicon: config.lexicon,
        today: request.today,
        checkInMaxAgeDays: config.checkInMaxAgeDays,
        report,
      });
    } catch (error) {
      request.onRuleError?.(rule, error);
    }
  }
  return findings;
}

function shiftRange(range: Range, lines: number): Range {
  return { start: { line: range.start.line + lines, character: range.start.character }, end: { line: range.end.line + lines, character: range.end.character } };
}

/** A node-scoped finding moved with its section: everything it points at lies in that section. */
function shiftFinding(finding: Finding, lines: number): Finding {
  const shifted: Finding = { ...finding, range: shiftRange(finding.range, lines) };
  if (finding.related) shifted.related = finding.related.map((r) => ({ ...r, range: shiftRange(r.range, lines) }));
  if (finding.fix) shifted.fix = { ...finding.fix, edits: finding.fix.edits.map((e) => ({ ...e, range: shiftRange(e.range, lines) })) };
  return shifted;
}

function planTextFindings(plan: Plan): Finding[] {
  const { code, name } = SYSTEM_CODES.unreadablePlan;
  const problems = [...plan.textProblems];
  const fmError = plan.frontMatter?.error;
  if (fmError) problems.push({ message: `The front matter is not valid YAML: ${fmError.message}`, range: fmError.range });
  return problems.map((p) => ({ file: plan.file, code, rule: name, severity: 'error', message: p.message, range: p.range }));
}

export function sortFindings(findings: Finding[]): Finding[] {
  return findings.sort(
    (a, b) =>
      a.file.localeCompare(b.file) ||
      a.range.start.line - b.range.start.line ||
      a.range.start.character - b.range.start.character ||
      a.code.localeCompare(b.code) ||
      a.message.localeCompare(b.message),
  );
}

/** Codes named by a suppression comment; empty means every rule. */
function codesOf(comment: SuppressionComment): Set<string> {
  return new Set(comment.rules.map((r) => findRule(r)?.code ?? r.toUpperCase()));
}

/** Drops findings silenced by `okr-disable-next-line`, `okr-disable` … `okr-enable`. */
export function applySuppressions(findings: Finding[], comments: SuppressionComment[]): Finding[] {
  if (comments.length === 0) return findings;
  const ordered = [...comments].sort((a, b) => a.line - b.line);
  return findings.filter((finding) => !isSuppressed(finding, ordered));
}

function isSuppressed(finding: Finding, comments: SuppressionComment[]): boolean {
  const line = finding.range.start.line;
  let all = false;
  const disabled = new Set<string>();
  const exceptions = new Set<string>();
  for (const comment of comments) {
    if (comment.line > line) break;
    const codes = codesOf(comment);
    if (comment.kind === 'disable-next-line') {
      if (comment.line === line - 1 && (codes.size === 0 || codes.has(finding.code))) return true;
    } else if (comment.kind === 'disable') {
      if (codes.size === 0) {
        all = true;
        exceptions.clear();
      } else for (const c of codes) disabled.add(c);
    } else if (codes.size === 0) {
      all = false;
      disabled.clear();
    } else {
      for (const c of codes) {
        disabled.delete(c);
        if (all) exceptions.add(c);
      }
    }
  }
  return (all && !exceptions.has(finding.code)) || disabled.has(finding.code);
}

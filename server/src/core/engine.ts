import type { Plan, SuppressionComment } from './model';
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
}

/** Runs every enabled rule on one plan and applies its suppression comments. */
export function checkPlan(request: CheckRequest): Finding[] {
  const { plan, config } = request;
  const findings: Finding[] = planTextFindings(plan);
  for (const rule of RULES) {
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
  return sortFindings(applySuppressions(findings, plan.suppressions));
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
      a.code.localeCompare(b.code),
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

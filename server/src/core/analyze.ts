import { WorkspaceGraph } from './graph';
import { parsePlanGuarded } from './parse/guarded-parse';
import type { ResolvedConfig } from './config-model';
import type { Plan } from './model';
import { checkPlanGuarded } from './engine';
import type { Finding, Rule } from './rules/types';

/** A plan's text, with any problems met while reading it. */
export type PlanSource = string | { text: string; problems: Plan['textProblems'] };

export interface AnalyzeOptions {
  /** Workspace folders: references never resolve outside them. */
  roots: string[];
  today: string;
  /** The configuration for a plan (nearest `.okrrc.json` merged over defaults). */
  configFor(file: string): ResolvedConfig;
  onRuleError?: (rule: Rule, error: unknown) => void;
}

export interface Analysis {
  graph: WorkspaceGraph;
  /** Findings by plan, plus config problems under the config file's path. */
  findings: Finding[];
}

/** Parses a set of plans (path → text), builds their graph and checks each one. */
export function analyzePlans(plans: Map<string, PlanSource>, options: AnalyzeOptions): Analysis {
  const graph = new WorkspaceGraph(options.roots);
  for (const [file, source] of plans) {
    graph.setPlan(typeof source === 'string' ? parsePlanGuarded(file, source) : parsePlanGuarded(file, source.text, source.problems));
  }
  const findings: Finding[] = [];
  const configProblems = new Map<string, Finding[]>();
  for (const plan of graph.plans()) {
    const config = options.configFor(plan.file);
    if (config.file && config.problems.length) configProblems.set(config.file, config.problems);
    const request = { graph, plan, config, today: options.today };
    // One by one, not `push(...)`: a plan can have more findings than a call may take arguments.
    for (const finding of checkPlanGuarded(options.onRuleError ? { ...request, onRuleError: options.onRuleError } : request)) findings.push(finding);
  }
  for (const problems of configProblems.values()) for (const problem of problems) findings.push(problem);
  return { graph, findings };
}

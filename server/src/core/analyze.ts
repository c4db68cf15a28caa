import type { WorkspaceGraph } from './graph';
import type { ResolvedConfig } from './config-model';
import type { Finding, Rule } from './rules/types';
import { createPlanService } from './service/plan-service';
import { memoryPlanFiles, type PlanSource } from './service/memory-files';

export type { PlanSource } from './service/memory-files';

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

/** Checks a set of plans held in memory (path → text) through the plan service, as the faces do. */
export function analyzePlans(plans: Map<string, PlanSource>, options: AnalyzeOptions): Analysis {
  const service = createPlanService({
    roots: options.roots,
    today: options.today,
    files: memoryPlanFiles(plans),
    log: () => {},
    configFor: options.configFor,
    ...(options.onRuleError ? { onRuleError: options.onRuleError } : {}),
  });
  service.readPlans(plans.keys());
  // Cross-plan rules read every plan: parse them all before checking any.
  service.parsePending(Infinity);
  const findings: Finding[] = [];
  const configProblems = new Map<string, Finding[]>();
  for (const file of service.graph.files()) {
    const config = service.configFor(file);
    if (config.file && config.problems.length) configProblems.set(config.file, config.problems);
    // One by one, not `push(...)`: a plan can have more findings than a call may take arguments.
    for (const finding of service.findingsFor(file)) findings.push(finding);
  }
  for (const problems of configProblems.values()) for (const problem of problems) findings.push(problem);
  return { graph: service.graph, findings };
}

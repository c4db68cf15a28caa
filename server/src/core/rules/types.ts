import type { Plan, Range } from '../model';
import type { WorkspaceGraph } from '../graph';
import type { Lexicon } from '../lexicon';

export type Severity = 'error' | 'warning' | 'info' | 'hint';
export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info', 'hint'];

/** A numeric option a rule accepts, e.g. `{ "max": 5 }`. */
export interface RuleOption {
  type: 'number';
  default: number;
  description: string;
}

/** What the hover, `throughline explain` and the generated docs show. */
export interface RuleMeta {
  /** Stable code, e.g. `OKR401`. */
  code: string;
  /** Stable kebab-case name, e.g. `kr-not-measurable`. */
  name: string;
  defaultSeverity: Severity;
  /** The catalog group, e.g. `Key results`. */
  group: string;
  /** One sentence: what the rule flags. */
  description: string;
  /** Why it matters, in the project's own words. */
  rationale: string;
  /** A plan line that triggers the rule. */
  weak: string;
  /** The same intent, written so the rule is satisfied. */
  strong: string;
  /** How to fix it. */
  fix: string;
  options?: Record<string, RuleOption>;
}

export interface RelatedInformation {
  file: string;
  range: Range;
  message: string;
}

/** A text edit that fixes a finding; the adapters turn it into a code action. */
export interface Fix {
  title: string;
  edits: { file: string; range: Range; newText: string }[];
  /**
   * Safe to apply together with every other repeatable fix of the file ("Fix all"): it edits
   * only the finding's own line and needs no choice from the writer.
   */
  repeatable?: true;
}

export interface FindingInput {
  range: Range;
  message: string;
  related?: RelatedInformation[];
  /** The mechanical fix, offered as the preferred quick fix. */
  fix?: Fix;
  /** Fixes between which the writer chooses (none is preferred), e.g. which of two owners stays. */
  otherFixes?: Fix[];
  /**
   * What is missing is what a writer has not typed yet (`Type:` with no value): editors hold the
   * finding back while the cursor stays on the line being typed (`heldWhileTyping`).
   */
  incomplete?: true;
  /** A config file that is not valid JSON: editors that check JSON syntax themselves leave it out. */
  syntax?: true;
}

export interface RuleContext {
  plan: Plan;
  graph: WorkspaceGraph;
  /** The rule's options, defaults merged with configuration. */
  options: Record<string, number>;
  lexicon: Lexicon;
  /** Today, `YYYY-MM-DD`, injected so date rules are deterministic. */
  today: string;
  checkInMaxAgeDays: number;
  report(finding: FindingInput): void;
}

export interface Rule extends RuleMeta {
  /**
   * `node`: what the rule reports about a node depends only on that node's own lines (its
   * kind, title, fields and check-ins), the rule's options, the lexicon and today: never on
   * ids, nesting, other nodes, the front matter or the graph's links (`graph.krValues` reads
   * only the node). The server then re-runs it only on the sections an edit touched.
   */
  scope?: 'node';
  /**
   * Still runs on a plan above `planMaxSizeKb`: it reads only the plan's shape (node kinds, ids,
   * nesting, parent links, which fields are present) and other plans only through the parents a
   * plan names, so its cost grows with the number of nodes and no faster. Rules that read wording
   * or values, or look across the workspace, leave it out (docs/decisions.md says why).
   */
  structural?: true;
  check(ctx: RuleContext): void;
}

export interface Finding extends FindingInput {
  file: string;
  code: string;
  rule: string;
  severity: Severity;
}

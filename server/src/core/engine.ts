import type { Plan, PlanSection, Range, SuppressionComment } from './model';
import { PackedFindings } from './packed-findings';
import { lineRange, shiftLines } from './model';
import { LineIndex } from './parse/positions';
import { didYouMean } from './did-you-mean';
import type { WorkspaceGraph } from './graph';
import type { ResolvedConfig } from './config-model';
import type { Finding, FindingInput, Fix, Rule } from './rules/types';
import { RULES, findRule } from './rules/registry';
import { oversizedPlanConfig, planSizeProblem } from './plan-size-limit';
import { RecentlyUsed } from './recently-used';
import { LastRead } from './last-read';
import { describeError } from './describe-error';

/**
 * Diagnostics that are not rules: they cannot be configured, only fixed.
 * They share the rules' shape so every face shows them the same way.
 */
export const SYSTEM_CODES = {
  // Mostly errors; a setting that is only of the wrong type is a warning.
  invalidConfig: { code: 'OKR900', name: 'invalid-config', severity: 'error' },
  unreadablePlan: { code: 'OKR901', name: 'unreadable-plan', severity: 'error' },
  planTooLarge: { code: 'OKR902', name: 'plan-too-large', severity: 'warning' },
  checkFailed: { code: 'OKR903', name: 'check-failed', severity: 'error' },
} as const;

/** What a rule that threw leaves in its place: the plan was not checked in full, and nothing says so otherwise. */
export function checkFailedFinding(file: string, range: Range, what: string, error: unknown): Finding {
  const { code, name, severity } = SYSTEM_CODES.checkFailed;
  return { file, code, rule: name, severity, range, message: `${what} failed on this plan (${describeError(error)}), so its findings are missing; this is a bug in Throughline.` };
}

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
  /** What the rules that read only this plan found in it last time (the service keeps one per plan). */
  ownFindings?: OwnFindings;
}

/**
 * What one plan's rules found without reading the workspace graph. A rule that did not touch
 * `ctx.graph` while checking a version of a plan read only that plan, its settings and the
 * day, so its findings hold until one of them changes. Another plan's edit makes the plans
 * linked to it checked again (a company plan's rename: its 2,000 team plans); with this, only
 * the rules that read the graph run again, not every rule's reading of every title.
 */
export class OwnFindings {
  /** The last check's findings, those of rules that did not read the graph marked, with what they were found on. */
  private kept: { plan: Plan; config: ResolvedConfig; today: string; findings: PackedFindings; graphRules: ReadonlySet<Rule> } | undefined;
  /** What the check under way found so far: its own findings, until its final findings are kept. */
  private pending: { plan: Plan; config: ResolvedConfig; today: string; own: Set<Finding>; graphRules: ReadonlySet<Rule> } | undefined;
  /** The findings the last check kept, until the service takes them to keep as the plan's own. */
  private lastKept: PackedFindings | undefined;

  /** The rules that read the graph last time, and what the others found, if `plan`, `config` and `today` are those of last time. */
  reusable(plan: Plan, config: ResolvedConfig, today: string): { findings: Finding[]; graphRules: ReadonlySet<Rule> } | undefined {
    const kept = this.kept;
    return kept && kept.plan === plan && kept.config === config && kept.today === today ? { findings: kept.findings.unpack(true), graphRules: kept.graphRules } : undefined;
  }

  /** Notes which findings of the check under way came from rules that read only the plan. */
  collect(plan: Plan, config: ResolvedConfig, today: string, own: readonly Finding[], graphRules: ReadonlySet<Rule>): void {
    this.pending = { plan, config, today, own: new Set(own), graphRules };
  }

  /** Keeps the check's final findings packed, those `collect` noted marked as its own (a suppressed one is gone, and stays gone). */
  keep(file: string, findings: readonly Finding[]): void {
    const pending = this.pending;
    if (!pending) return;
    const packed = PackedFindings.pack(file, findings, (finding) => pending.own.has(finding));
    this.kept = { plan: pending.plan, config: pending.config, today: pending.today, findings: packed, graphRules: pending.graphRules };
    this.pending = undefined;
    this.lastKept = packed;
  }

  /** The findings the last check kept (once): what the service keeps for the plan, so they are packed once. */
  takeKept(): PackedFindings | undefined {
    const packed = this.lastKept;
    this.lastKept = undefined;
    return packed;
  }
}

/**
 * What node-scoped rules found in each section of one document, by the section's text: an
 * edit re-runs them only on the sections whose text changed, and a section that merely moved
 * gets its findings shifted. Sections the last check did not meet are forgotten, and
 * everything is when the settings or the day change.
 */
export class SectionFindingsCache {
  private readonly sections = new RecentlyUsed<SectionFindings>();
  private inputs: { config: ResolvedConfig; today: string; file: string } | undefined;

  /** Starts a check of the whole document with these settings. */
  begin(inputs: { config: ResolvedConfig; today: string; file: string }): void {
    const same = this.inputs && this.inputs.config === inputs.config && this.inputs.today === inputs.today && this.inputs.file === inputs.file;
    if (!same) this.sections.clear();
    this.inputs = inputs;
  }

  /** The findings for a section, computed by `run` unless a section with the same text was checked last time. */
  findingsOf(section: PlanSection, run: () => Finding[]): Finding[] {
    if (section.text === undefined) return run();
    const entry = this.sections.get(
      section.text,
      () => ({ startLine: section.startLine, firstLineChars: section.firstLineChars, findings: run() }),
      (kept) => kept.firstLineChars === section.firstLineChars,
    );
    const lines = section.startLine - entry.startLine;
    return lines === 0 ? entry.findings : entry.findings.map((f) => shiftFinding(f, lines));
  }

  end(): void {
    this.sections.endPass();
  }
}

interface SectionFindings {
  startLine: number;
  firstLineChars: number;
  findings: Finding[];
}

const NODE_SCOPED_RULES = RULES.filter((rule) => rule.scope === 'node');
const PLAN_WIDE_RULES = RULES.filter((rule) => rule.scope !== 'node');

/**
 * `checkPlan`, except that a failure outside the rules (which are guarded one by one) costs this
 * plan's findings alone and says so on its first line.
 */
export function checkPlanGuarded(request: CheckRequest): Finding[] {
  try {
    return checkPlan(request);
  } catch (error) {
    const start = { line: 0, character: 0 };
    return [checkFailedFinding(request.plan.file, { start, end: start }, 'Checking', error)];
  }
}

/** Runs every enabled rule on one plan and applies its suppression comments. */
export function checkPlan(request: CheckRequest): Finding[] {
  const tooLarge = planTooLargeFinding(request.plan, request.config);
  // An oversized plan is checked again with only the structural rules (that config lifts the limit, so this
  // recurses once); the notice joins after suppressions, which cannot silence it.
  // Its findings are not kept as its own: they are what the limit lets through, and the notice is not among them.
  if (tooLarge) return sortFindings([tooLarge, ...checkPlan({ ...request, config: oversizedPlanConfig(request.config), ownFindings: undefined })]);
  const { plan, sectionFindings } = request;
  const findings: Finding[] = planTextFindings(plan);
  if (plan.textProblems.some((p) => p.unreadable)) return findings;
  runPlanRules(request, sectionFindings ? PLAN_WIDE_RULES : RULES, findings);
  if (sectionFindings) {
    sectionFindings.begin({ config: request.config, today: request.today, file: plan.file });
    for (const section of plan.sections) {
      if (!section.nodeCount) continue;
      const nodes = plan.nodes.slice(section.firstNode, section.firstNode + section.nodeCount);
      for (const finding of sectionFindings.findingsOf(section, () => runRules(request, NODE_SCOPED_RULES, { ...plan, nodes }, []).findings)) findings.push(finding);
    }
    sectionFindings.end();
  }
  const kept = applySuppressions(findings, plan.suppressions);
  for (const finding of suppressionNameFindings(plan)) kept.push(finding);
  const sorted = sortFindings(kept);
  request.ownFindings?.keep(plan.file, sorted);
  return sorted;
}

/** A word in a suppression comment that is meant as a rule: a code (`OKR401`) or a kebab-case name; other words are a note. */
const RULE_LIKE = /^(?:okr\d[\do]*|[a-z]+(?:-[a-z]+)+)$/i;

/**
 * Suppression comments that name no rule (`okr-disable-next-line kr-not-measurabel`) silence
 * nothing, which nobody notices: each such name is an `invalid-config` warning on the comment,
 * with the rule it most likely meant as the fix. Like the plan-size notice, it cannot be silenced.
 */
function suppressionNameFindings(plan: Plan): Finding[] {
  const findings: Finding[] = [];
  let lines: LineIndex | undefined;
  const { code, name } = SYSTEM_CODES.invalidConfig;
  for (const comment of plan.suppressions) {
    for (const written of comment.rules) {
      if (!RULE_LIKE.test(written) || findRule(written)) continue;
      const text = (lines ??= new LineIndex(plan.text)).lineText(comment.line);
      const at = new RegExp(`(?<![\\w-])${written.replace(/[-]/g, '\\-')}(?![\\w-])`).exec(text.slice(text.indexOf('okr-') + 4));
      const start = at ? text.indexOf('okr-') + 4 + at.index : 0;
      const range = lineRange(comment.line, start, at ? start + written.length : text.length);
      const meant = didYouMean(written, RULES, (r) => [r.name, r.code]);
      const replacement = meant && (/\d/.test(written) ? meant.code : meant.name);
      findings.push({
        file: plan.file,
        code,
        rule: name,
        severity: 'warning',
        range,
        message: `\`${written}\` is not a rule, so this comment silences nothing${replacement ? `; did you mean \`${replacement}\`?` : '; name a rule by its code (`OKR401`) or name (`kr-not-measurable`).'}`,
        ...(replacement ? { fix: { title: `Change to \`${replacement}\``, edits: [{ file: plan.file, range, newText: replacement }], repeatable: true as const } } : {}),
      });
    }
  }
  return findings;
}

/** Runs rules on the request's plan, appending to `findings`; with `ownFindings`, only those that read the graph last time run again. */
function runPlanRules(request: CheckRequest, rules: readonly Rule[], findings: Finding[]): void {
  const { plan, config, today, ownFindings } = request;
  if (!ownFindings) {
    runRules(request, rules, plan, findings);
    return;
  }
  const reusable = ownFindings.reusable(plan, config, today);
  if (reusable) {
    findings.push(...reusable.findings);
    ownFindings.collect(plan, config, today, reusable.findings, reusable.graphRules);
    runRules(request, rules.filter((rule) => reusable.graphRules.has(rule)), plan, findings);
    return;
  }
  const own: Finding[] = [];
  const graphRules = new Set<Rule>();
  for (const rule of rules) {
    const before = findings.length;
    if (runRules(request, [rule], plan, findings).readGraph) graphRules.add(rule);
    else for (let i = before; i < findings.length; i++) own.push(findings[i]!);
  }
  ownFindings.collect(plan, config, today, own, sharedRuleSet(graphRules));
}

/** The same few sets of rules that read the graph recur on every plan: the plans resting on disk share one copy of each (2,000 plans kept a set each). */
const ruleSets = new LastRead<string, ReadonlySet<Rule>>(256);

function sharedRuleSet(rules: Set<Rule>): ReadonlySet<Rule> {
  return ruleSets.get([...rules].map((rule) => rule.code).join(' '), () => rules);
}

/** Runs rules on `plan` (the whole plan, or one section's nodes), appending to `findings`; says whether any rule read `ctx.graph`. */
function runRules(request: CheckRequest, rules: readonly Rule[], plan: Plan, findings: Finding[]): { findings: Finding[]; readGraph: boolean } {
  const { config } = request;
  const watched = watchedGraph(request.graph);
  let readGraph = false;
  for (const rule of rules) {
    const setting = config.rules.get(rule.code);
    if (!setting || setting.severity === 'off') continue;
    const severity = setting.severity;
    const report = (input: FindingInput): void => {
      // Written out rather than spread: every finding gets the same shape, which keeps a plan with 100k+ findings fast.
      const finding: Finding = { file: plan.file, code: rule.code, rule: rule.name, severity, range: input.range, message: boundedMessage(input.message) };
      if (input.related) finding.related = input.related.map((r) => ({ file: r.file, range: r.range, message: boundedMessage(r.message) }));
      if (input.fix) finding.fix = input.fix;
      if (input.otherFixes?.length) finding.otherFixes = input.otherFixes;
      if (input.incomplete) finding.incomplete = true;
      findings.push(finding);
    };
    watched.read = false;
    try {
      rule.check({
        plan,
        graph: watched.graph,
        options: setting.options,
        lexicon: config.lexicon,
        today: request.today,
        checkInMaxAgeDays: config.checkInMaxAgeDays,
        report,
      });
    } catch (error) {
      request.onRuleError?.(rule, error);
      // On the plan's first line, or on a section's first node so that it moves with a cached section.
      const at = plan.nodes[0]?.range.start ?? { line: 0, character: 0 };
      findings.push(checkFailedFinding(plan.file, { start: at, end: at }, `The rule ${rule.name}`, error));
    }
    readGraph ||= watched.read;
  }
  return { findings, readGraph };
}

/** Graph methods that read only the node they are given: a rule calling them still reads only its plan. */
const NODE_ONLY_READS = new Set<PropertyKey>(['krValues']);

/** A graph as the rules see it: whether the rule running now reached anything that may read another plan. */
interface WatchedGraph {
  graph: WorkspaceGraph;
  read: boolean;
}

const watchedGraphs = new WeakMap<WorkspaceGraph, WatchedGraph>();

/** One watcher per graph, its methods bound once: a check runs fifty rules, and a burst checks thousands of plans. */
function watchedGraph(graph: WorkspaceGraph): WatchedGraph {
  let watched = watchedGraphs.get(graph);
  if (watched) return watched;
  const bound = new Map<PropertyKey, unknown>();
  const watcher: WatchedGraph = {
    read: false,
    graph: new Proxy(graph, {
      get(target, key) {
        if (!NODE_ONLY_READS.has(key)) watcher.read = true;
        let value = bound.get(key);
        if (value === undefined) {
          value = Reflect.get(target, key, target);
          if (typeof value !== 'function') return value;
          value = value.bind(target);
          bound.set(key, value);
        }
        return value;
      },
    }),
  };
  watchedGraphs.set(graph, watcher);
  return watcher;
}

/** Messages echo plan text (a title, a `Parent:` value); past this many characters the middle is cut. */
export const MAX_MESSAGE_LENGTH = 600;

/** A message no longer than `MAX_MESSAGE_LENGTH`: its start and its end (where the advice is) are kept. */
function boundedMessage(message: string): string {
  if (message.length <= MAX_MESSAGE_LENGTH) return message;
  let head = Math.ceil((MAX_MESSAGE_LENGTH - 1) / 2);
  let tail = message.length - Math.floor((MAX_MESSAGE_LENGTH - 1) / 2);
  // Never cut a surrogate pair in two.
  if (isLowSurrogate(message.charCodeAt(head))) head--;
  if (isLowSurrogate(message.charCodeAt(tail))) tail++;
  return `${message.slice(0, head)}…${message.slice(tail)}`;
}

const isLowSurrogate = (code: number): boolean => code >= 0xdc00 && code <= 0xdfff;

/** A node-scoped finding moved with its section: everything it points at lies in that section. */
function shiftFinding(finding: Finding, lines: number): Finding {
  const shifted: Finding = { ...finding, range: shiftLines(finding.range, lines) };
  if (finding.related) shifted.related = finding.related.map((r) => ({ ...r, range: shiftLines(r.range, lines) }));
  const shiftFix = (fix: Fix): Fix => ({ ...fix, edits: fix.edits.map((e) => ({ ...e, range: shiftLines(e.range, lines) })) });
  if (finding.fix) shifted.fix = shiftFix(finding.fix);
  if (finding.otherFixes) shifted.otherFixes = finding.otherFixes.map(shiftFix);
  return shifted;
}

function planTooLargeFinding(plan: Plan, config: ResolvedConfig): Finding | undefined {
  // No UTF-16 unit takes more than 3 bytes: most plans are cleared without their text (which a resting plan reads from disk).
  if (plan.textLength * 3 <= config.planMaxSizeKb * 1024) return undefined;
  const problem = planSizeProblem(plan.text, config.planMaxSizeKb);
  const { code, name, severity } = SYSTEM_CODES.planTooLarge;
  return problem && { file: plan.file, code, rule: name, severity, ...problem };
}

function planTextFindings(plan: Plan): Finding[] {
  const { code, name, severity } = SYSTEM_CODES.unreadablePlan;
  const problems = [...plan.textProblems];
  const fmError = plan.frontMatter?.error;
  if (fmError) problems.push({ message: `The front matter is not valid YAML: ${fmError.message}`, range: fmError.range });
  return problems.map((p) => ({ file: plan.file, code, rule: name, severity, message: p.message, range: p.range }));
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
  // One sweep down the plan: the findings in line order meet each comment once, so the cost is
  // findings plus comments, not their product (thousands of comments in a generated plan).
  const nextLine = new Map<number, Set<string>[]>();
  const ranges: { line: number; kind: SuppressionComment['kind']; codes: Set<string> }[] = [];
  for (const comment of comments) {
    const codes = codesOf(comment);
    if (comment.kind !== 'disable-next-line') ranges.push({ line: comment.line, kind: comment.kind, codes });
    else {
      const list = nextLine.get(comment.line + 1);
      if (list) list.push(codes);
      else nextLine.set(comment.line + 1, [codes]);
    }
  }
  ranges.sort((a, b) => a.line - b.line);
  const byLine = findings.map((_, index) => index).sort((a, b) => findings[a]!.range.start.line - findings[b]!.range.start.line);
  const suppressed = new Uint8Array(findings.length);
  let all = false;
  const disabled = new Set<string>();
  const exceptions = new Set<string>();
  let next = 0;
  for (const index of byLine) {
    const { code, range } = findings[index]!;
    const line = range.start.line;
    for (; next < ranges.length && ranges[next]!.line <= line; next++) {
      const { kind, codes } = ranges[next]!;
      if (kind === 'disable') {
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
    const silencedByLineAbove = nextLine.get(line)?.some((codes) => codes.size === 0 || codes.has(code));
    if (silencedByLineAbove || (all && !exceptions.has(code)) || disabled.has(code)) suppressed[index] = 1;
  }
  return findings.filter((_, index) => !suppressed[index]);
}

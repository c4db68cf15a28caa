import { posix } from 'node:path';
import { WorkspaceGraph } from '../graph';
import { parseSectionsWhere, SectionCache, sectionRecords } from '../parse/parser';
import { parsePlanGuarded } from '../parse/guarded-parse';
import { ConfigResolver, CONFIG_FILE_NAME } from '../config/resolver';
import { checkPlanGuarded, OwnFindings, SectionFindingsCache } from '../engine';
import type { Plan, PlanSection } from '../model';
import { SEVERITIES, type Finding, type Rule, type Severity } from '../rules/types';
import type { ResolvedConfig } from '../config-model';
import { findRule } from '../rules/registry';
import { plansSharingObjectives } from '../rules/helpers/objective-texts';
import { scanParents } from '../parse/parent-scan';
import { findingFactsOf } from '../plan-facts';
import { documentText, isPlanPath, type PlanFiles } from './plan-files';
import { detachStrings } from '../parse/detach';
import { PackedFindings } from '../packed-findings';
import { LastRead } from '../last-read';
import { RestingTexts } from './resting-texts';
import { headerOf, PlanHistory, readPlanHeader } from './plan-history';

export interface PlanServiceOptions {
  /** Workspace folders (absolute, `/`-separated): nothing outside them is read. */
  roots: string[];
  /** `YYYY-MM-DD`: the day the date rules judge by. */
  today: string;
  files: PlanFiles;
  log(message: string): void;
  /** A config file named by the user (`--config`): read wherever it is, and it wins over every `.okrrc.json`. */
  explicitConfig?: string;
  /** Configs given directly instead of read from `.okrrc.json` files (in-memory analyses, tests). */
  configFor?: (file: string) => ResolvedConfig;
  /** Called when a rule throws (the plan still gets its `check-failed` finding); by default it is logged. */
  onRuleError?: (rule: Rule, error: unknown) => void;
}

/** The one service every face (the language server, the CLI) reads plans, the graph and findings through. */
export function createPlanService(options: PlanServiceOptions): PlanService {
  return new PlanService(options);
}

interface OpenDocument {
  version: number;
  cache: SectionCache;
  findings: SectionFindingsCache;
}

/** How many plans a request reads ahead at most while the workspace is still being read: a chain of parents is short. */
const READ_AHEAD_PLANS = 64;

/**
 * The workspace as the faces see it: every plan under the folders, documents open in an
 * editor overriding their files, one graph kept up to date change by change, configs, and
 * findings computed per plan on demand. It reads only through its `PlanFiles`.
 */
export class PlanService {
  graph: WorkspaceGraph;
  private resolver: ConfigResolver;
  private roots: string[];
  private readonly files: PlanFiles;
  private readonly log: (message: string) => void;
  private readonly explicitConfig: string | undefined;
  private readonly givenConfig: ((file: string) => ResolvedConfig) | undefined;
  private readonly onRuleError: ((rule: Rule, error: unknown) => void) | undefined;
  /** The files each plan read by `readPlans` may name as a parent (a superset, from `scanParents`): what `readParentPlans` follows. */
  private readonly parentPaths = new Map<string, string[]>();
  private readonly open = new Map<string, OpenDocument>();
  /** Findings by file, computed once per change; packed for plans not open in an editor. */
  private readonly findings = new Map<string, Finding[] | PackedFindings>();
  /** The findings of the last packed plans asked for, unpacked (a view asks for one plan's findings node by node). */
  private readonly unpacked = new LastRead<PackedFindings, Finding[]>(8);
  /** Per plan not open in an editor: what its rules that read only the plan found, kept while the plan is unchanged. */
  private readonly ownFindings = new Map<string, OwnFindings>();
  /** Each plan's period and team: which plans are history (`plan-history.ts`). */
  private readonly history = new PlanHistory();
  /** Plans checked even when they are history: named one by one on the command line. */
  private readonly namedPlans = new Set<string>();
  /** The plans found at startup and how many are read (`startLoading`, `loadSome`); undefined once all are. */
  private loading: { files: string[]; next: number } | undefined;
  /** The pending plans to parse ahead of need (history waits until something reads it), and how far that has got. */
  private parseQueue: { files: string[]; next: number } | undefined;
  private readonly restingTexts = new RestingTexts((file) => {
    const read = this.files.readPlan(file);
    return 'error' in read ? '' : read.text;
  });
  today: string;
  /** Severities set in the editor's settings (`throughline.rules.<name>`), by rule code; they win over `.okrrc.json`. */
  private ruleOverrides = new Map<string, Severity | 'off'>();
  private overridden = new WeakMap<ResolvedConfig, ResolvedConfig>();

  constructor(options: PlanServiceOptions) {
    this.roots = options.roots;
    this.today = options.today;
    this.files = options.files;
    this.log = options.log;
    this.explicitConfig = options.explicitConfig;
    this.givenConfig = options.configFor;
    this.onRuleError = options.onRuleError;
    this.graph = new WorkspaceGraph(this.roots);
    this.resolver = this.newResolver();
  }

  private newResolver(): ConfigResolver {
    // Config files are read only inside the workspace once links are followed; `--config` is the user's own choice.
    const readFile = (path: string) => (path === this.explicitConfig || (this.isInside(path) && this.files.isReallyInside(path, this.roots)) ? this.files.readConfig(path) : undefined);
    return new ConfigResolver({ roots: this.roots, readFile, ...(this.explicitConfig ? { explicitConfig: this.explicitConfig } : {}) });
  }

  isInside(file: string): boolean {
    return this.graph.isInsideWorkspace(file);
  }

  folders(): string[] {
    return this.roots;
  }

  /** Replaces the workspace folders and forgets every plan (open documents too: the server re-adds those inside the new folders). */
  setFolders(roots: string[]): void {
    this.roots = roots;
    this.graph = new WorkspaceGraph(roots);
    this.resolver = this.newResolver();
    this.open.clear();
    this.findings.clear();
    this.ownFindings.clear();
    this.parentPaths.clear();
    this.history.clear();
    this.parseQueue = undefined;
  }

  /** Reads every plan on disk under the folders (synchronously); open documents keep their text. */
  loadAll(): string[] {
    this.startLoading();
    this.loadSome(() => true);
    return this.graph.files();
  }

  /** Finds the workspace's plans for `loadSome` to read; returns how many there are. */
  startLoading(): number {
    const { plans } = this.files.findPlans(this.roots, this.resolver, this.roots[0] ?? '/');
    this.loading = { files: plans, next: 0 };
    return plans.length;
  }

  /**
   * Reads the plans `startLoading` found while `more()` allows, so a server can answer requests
   * between turns; true once every one is read. A plan already known (open in an editor, read
   * ahead for a request, or changed on disk meanwhile) is not read again.
   */
  loadSome(more: () => boolean): boolean {
    const loading = this.loading;
    if (!loading) return true;
    while (loading.next < loading.files.length && more()) {
      const file = loading.files[loading.next++]!;
      if (!this.open.has(file) && !this.graph.has(file)) this.loadFromDisk(file);
    }
    if (loading.next < loading.files.length) return false;
    // Read the config of every plan's folder now, so the first pass publishes each config file's problems (and its quick fixes work) too.
    for (const file of loading.files) this.resolver.configFor(file);
    this.findings.clear();
    this.loading = undefined;
    return true;
  }

  /**
   * While the workspace is still being read: reads the plan a request is about and the plans it
   * names as parents, up the chain, so that navigation answers before the rest is read.
   */
  readAhead(file: string): void {
    if (!this.loading) return;
    const pending = [file];
    const tried = new Set<string>();
    while (pending.length && tried.size < READ_AHEAD_PLANS) {
      const next = pending.pop()!;
      if (tried.has(next)) continue;
      tried.add(next);
      const open = this.open.has(next) ? this.graph.plan(next) : undefined;
      if (open) pending.push(...scanParents(next, open.text).mayRead);
      else if (this.graph.has(next)) pending.push(...this.graph.mayReadOf(next));
      // Inside on real paths, as every plan read from disk: a link must not carry a parent in from outside the workspace.
      else if (this.isPlan(next) && this.files.isReallyInside(next, this.roots)) {
        const read = this.loadFromDisk(next);
        if ('mayRead' in read) pending.push(...read.mayRead);
      }
    }
  }

  /** Reads a plan into the graph, to be parsed when first needed: the files it may name as parents, or why it could not be read. */
  private loadFromDisk(file: string): { mayRead: string[] } | { error: string } {
    const read = this.files.readPlan(file);
    if ('error' in read) {
      this.graph.removePlan(file);
      this.log(`${file}: ${read.error}`);
      return read;
    }
    const { text } = read;
    const scan = scanParents(file, text);
    this.history.set(file, readPlanHeader(text));
    this.parseQueue = undefined;
    // The text is read again when the plan is parsed: kept from now until then, the texts of
    // thousands of plans would outweigh their models, and die scattered among them.
    this.graph.setPending({
      file,
      // Gone since it was read: an empty plan until the watcher's event removes it.
      parse: () => this.readAndParse(file) ?? parsePlanGuarded(file, '', []),
      sectionNodes: (wanted) => parseSectionsWhere(file, this.restingTexts.get(file), wanted),
      ...scan,
    });
    return scan;
  }

  /** The plans under files and folders, as the config says what a plan is; relative paths start at `cwd`. */
  findPlans(paths: string[], cwd: string): { plans: string[]; errors: { path: string; message: string }[] } {
    return this.files.findPlans(paths, this.resolver, cwd);
  }

  /** Reads plans into the workspace (each parsed when first needed); returns those that could not be read. */
  readPlans(files: Iterable<string>): { path: string; message: string }[] {
    const errors: { path: string; message: string }[] = [];
    for (const file of files) {
      const read = this.loadFromDisk(file);
      if ('error' in read) errors.push({ path: file, message: read.error });
      else this.parentPaths.set(file, read.mayRead);
    }
    return errors;
  }

  /**
   * Reads the plans the loaded ones name as parents (front matter `parent`, `Parent:` paths),
   * transitively, inside the folders: checking one folder still resolves parents kept in another.
   */
  readParentPlans(): void {
    let pending = [...this.parentPaths.keys()];
    const tried = new Set(this.graph.files());
    while (pending.length) {
      const next: string[] = [];
      for (const file of pending) {
        for (const target of this.parentPaths.get(file) ?? []) {
          if (tried.has(target)) continue;
          tried.add(target);
          // Inside on real paths: a link must not carry a parent in from outside the workspace.
          if (!this.isPlan(target) || !this.files.isReallyInside(target, this.roots)) continue;
          const read = this.loadFromDisk(target);
          if ('mayRead' in read) {
            this.parentPaths.set(target, read.mayRead);
            next.push(target);
          }
        }
      }
      pending = next;
    }
  }

  /** The config that applies to a plan: the nearest `.okrrc.json` merged over the defaults (or the one given). */
  configFor(file: string): ResolvedConfig {
    return this.givenConfig ? this.givenConfig(file) : this.resolver.configFor(file);
  }

  /** How many plans read at startup are not parsed yet. */
  pendingCount(): number {
    const queue = this.queueToParse();
    return queue.files.length - queue.next;
  }

  /** Parses up to `count` of the plans read at startup; returns how many are left. */
  parsePending(count: number): number {
    const queue = this.queueToParse();
    for (let parsed = 0; parsed < count && queue.next < queue.files.length; parsed++) this.graph.plan(queue.files[queue.next++]!);
    return queue.files.length - queue.next;
  }

  private queueToParse(): { files: string[]; next: number } {
    this.parseQueue ??= { files: this.graph.pendingFiles().filter((file) => !this.isUncheckedHistory(file)), next: 0 };
    return this.parseQueue;
  }

  /**
   * A plan of a past period that a later plan of its team follows, not open in an editor, not
   * named on the command line, and under a config that does not ask to check such plans: it is
   * indexed for navigation, never checked (`plan-history.ts`).
   */
  isUncheckedHistory(file: string): boolean {
    return !this.open.has(file) && !this.namedPlans.has(file) && this.history.isHistory(file, this.today) && !this.configFor(file).checkPastPlans;
  }

  /** Plans to check even when they are history (the files a command line names one by one). */
  checkEvenIfPast(files: Iterable<string>): void {
    for (const file of files) this.namedPlans.add(file);
    this.parseQueue = undefined;
  }

  isPlan(file: string): boolean {
    return this.isInside(file) && isPlanPath(file, this.resolver);
  }

  isOpen(file: string): boolean {
    return this.open.has(file);
  }

  versionOf(file: string): number | undefined {
    return this.open.get(file)?.version;
  }

  /** An editor's text for a plan: re-parses only the sections that changed. Returns the plans to re-check. */
  updateDocument(file: string, text: string, version: number): Set<string> {
    let doc = this.open.get(file);
    const opening = !doc;
    if (!doc) {
      doc = { version, cache: new SectionCache(), findings: new SectionFindingsCache() };
      this.open.set(file, doc);
    }
    doc.version = version;
    const cache = doc.cache;
    const read = documentText(text);
    if (opening && this.graph.plan(file)?.text === read.text && !read.problems.length) {
      // Opening a plan as it is on disk changes nothing else: parse once to fill its section cache.
      this.graph.setPlan(parsePlanGuarded(file, read.text, [], cache));
      return new Set([file]);
    }
    return this.replacePlan(file, () => parsePlanGuarded(file, read.text, read.problems, cache));
  }

  /** The editor closed a document: its file on disk is the truth again. */
  closeDocument(file: string): Set<string> {
    this.open.delete(file);
    return this.fileChanged(file);
  }

  /** A plan file was created, changed or deleted on disk. */
  fileChanged(file: string): Set<string> {
    if (this.open.has(file)) return new Set();
    // A watched-file event may name a path through a link out of the folder: real paths decide.
    if (!this.isPlan(file) || !this.files.isReallyInside(file, this.roots)) return this.removePlan(file);
    return this.replacePlan(file, () => this.readAndParse(file));
  }

  /** A plan resting on disk, read and parsed; undefined (and logged) when it cannot be read. */
  private readAndParse(file: string): Plan | undefined {
    const read = this.files.readPlan(file);
    if (!('error' in read)) return this.restingPlan(parsePlanGuarded(file, read.text, read.problems));
    this.log(read.error);
    return undefined;
  }

  /**
   * A `.okrrc.json` was created, changed or deleted: forget cached configs, drop plans its
   * `files` globs no longer name, read the Markdown they now name, and re-check every plan
   * under its folder. Open documents are the server's to add (it has their text).
   */
  configChanged(configFile: string): Set<string> {
    this.resolver.invalidate(configFile);
    this.parseQueue = undefined;
    const folder = posix.dirname(configFile);
    const affected = new Set<string>([configFile]);
    for (const file of this.graph.files()) {
      if (!file.startsWith(`${folder}/`)) continue;
      if (this.isPlan(file)) {
        affected.add(file);
        continue;
      }
      this.open.delete(file);
      for (const other of this.removePlan(file)) affected.add(other);
    }
    const { plans } = this.files.findPlans([folder], this.resolver, folder);
    for (const file of plans) {
      if (!this.graph.has(file) && !this.open.has(file)) for (const other of this.fileChanged(file)) affected.add(other);
    }
    this.invalidate(affected);
    return affected;
  }

  /** A folder was deleted: its plans (those not open in the editor) go with it. */
  folderDeleted(folder: string): Set<string> {
    const affected = new Set<string>();
    for (const file of this.graph.files()) {
      if (file.startsWith(`${folder}/`) && !this.open.has(file)) for (const other of this.removePlan(file)) affected.add(other);
    }
    return affected;
  }

  /**
   * A plan read from disk, kept without its text: the text is most of what a plan weighs and
   * is needed only while the plan is checked or edited across files. Its model's strings are
   * detached from the text, and `plan.text` asks `restingTexts`, which reads the file again
   * when it no longer has it (a file changed on disk is re-parsed on its watcher event anyway).
   */
  private restingPlan(plan: Plan): Plan {
    detachStrings(plan);
    const { file } = plan;
    this.restingTexts.keep(file, plan.text);
    const texts = this.restingTexts;
    Object.defineProperty(plan, 'text', { enumerable: true, configurable: true, get: () => texts.get(file) });
    // Its sections are worked out from its text when asked (`sectionRecords`); an unreadable plan keeps its (none).
    if (plan.sections.length && !plan.textProblems.some((problem) => problem.unreadable)) Object.defineProperty(plan, 'sections', { enumerable: true, configurable: true, get: restingSections });
    return plan;
  }

  private removePlan(file: string): Set<string> {
    const before = this.graph.plan(file);
    const affected = before ? this.related(before) : new Set<string>();
    this.graph.removePlan(file);
    this.ownFindings.delete(file);
    this.restingTexts.forget(file);
    for (const other of this.history.delete(file)) affected.add(other);
    affected.add(file);
    this.invalidate(affected);
    return affected;
  }

  private replacePlan(file: string, parse: () => Plan | undefined): Set<string> {
    const before = this.graph.plan(file);
    const plan = parse();
    if (!plan) return this.removePlan(file);
    const sameTeam = this.history.set(file, headerOf(plan));
    // What other plans read from this one is unchanged (most keystrokes): only the plans it reads can see the edit.
    const onCycle = (version: Plan): boolean => version.nodes.some((node) => this.graph.isInCycle(node));
    let quiet = before !== undefined && findingFactsOf(before) === findingFactsOf(plan) && !onCycle(before);
    const affected = before && !quiet ? this.related(before) : new Set<string>();
    this.graph.setPlan(plan);
    if (quiet && onCycle(plan)) {
      quiet = false;
      for (const other of this.related(before!)) affected.add(other);
    }
    for (const other of quiet ? this.graph.plansReadBy(file) : this.related(plan)) affected.add(other);
    affected.add(file);
    // A plan's period or team changed (or it is new): the plans of its team may have become history, or stopped being it.
    for (const other of sameTeam) affected.add(other);
    this.invalidate(affected);
    return affected;
  }

  private invalidate(files: Set<string>): void {
    for (const file of files) this.findings.delete(file);
  }

  /**
   * The plans whose findings can change when `plan` changes: plans it points into or whose
   * front matter it names, plans pointing into it, and plans sharing an objective's text
   * (duplicate-objective).
   */
  private related(plan: Plan): Set<string> {
    const out = new Set(this.graph.linkedPlans(plan.file));
    for (const file of plansSharingObjectives(this.graph, plan)) out.add(file);
    return out;
  }

  /** Findings of a plan (computed once per change), or of a config file. */
  findingsFor(file: string): Finding[] {
    const cached = this.findings.get(file);
    if (cached) return cached instanceof PackedFindings ? this.unpacked.get(cached, (packed) => packed.unpack()) : cached;
    const result = this.computeFindings(file, true);
    // A plan that rests keeps its findings packed (they must not hold the text it was checked with either), once: as its own findings are.
    const resting = !this.open.has(file) && this.graph.has(file);
    this.findings.set(file, resting ? (this.ownFindings.get(file)?.takeKept() ?? PackedFindings.pack(file, result)) : result);
    return result;
  }

  /** A plan's (or config file's) findings; `kept` when they stay while the plan rests. */
  private computeFindings(file: string, kept: boolean): Finding[] {
    // History is not parsed for its findings: it has none.
    const history = this.graph.has(file) && this.isUncheckedHistory(file);
    const plan = history ? undefined : this.graph.plan(file);
    let result: Finding[];
    if (history) {
      result = [];
    } else if (plan) {
      const sectionFindings = this.open.get(file)?.findings;
      const onRuleError = this.onRuleError ?? ((rule: Rule, error: unknown): void => this.log(`rule ${rule.name} failed on ${file}: ${String(error)}`));
      const config = this.withOverrides(this.configFor(file));
      // What a resting plan's own rules found is kept for its next check only when its findings are kept.
      result = checkPlanGuarded({ graph: this.graph, plan, config, today: this.today, onRuleError, ...(sectionFindings ? { sectionFindings } : kept ? { ownFindings: this.ownFindingsOf(file) } : {}) });
    } else if (posix.basename(file) === CONFIG_FILE_NAME) {
      result = this.resolver.forFolder(posix.dirname(file)).file === file ? this.resolver.forFolder(posix.dirname(file)).problems : [];
    } else {
      result = [];
    }
    return result;
  }

  private ownFindingsOf(file: string): OwnFindings {
    let own = this.ownFindings.get(file);
    if (!own) this.ownFindings.set(file, (own = new OwnFindings()));
    return own;
  }

  /** A plan's (or config file's) findings, not kept: for a face that reads each one once, as `check` does while it writes them out. */
  takeFindings(file: string): Finding[] {
    // Not kept, so not detached from the plan's text either.
    const kept = this.findings.get(file);
    const findings = kept instanceof PackedFindings ? kept.unpack() : (kept ?? this.computeFindings(file, false));
    this.findings.delete(file);
    this.ownFindings.delete(file);
    return findings;
  }

  /** Config files read so far, for their diagnostics. */
  configFiles(): string[] {
    return this.resolver
      .loadedConfigs()
      .map((c) => c.file)
      .filter((f): f is string => f !== undefined);
  }

  /** The config with the editor's severities; the same object for the same config, so per-section findings stay cached. */
  private withOverrides(config: ResolvedConfig): ResolvedConfig {
    if (!this.ruleOverrides.size) return config;
    let merged = this.overridden.get(config);
    if (!merged) {
      const rules = new Map(config.rules);
      for (const [code, severity] of this.ruleOverrides) rules.set(code, { ...rules.get(code)!, severity });
      merged = { ...config, rules };
      this.overridden.set(config, merged);
    }
    return merged;
  }

  /** Applies editor settings; returns true when findings may change. */
  setRuleOverrides(settings: Record<string, unknown> | undefined): boolean {
    const next = new Map<string, Severity | 'off'>();
    for (const [name, value] of Object.entries(settings ?? {})) {
      const rule = findRule(name);
      if (rule && typeof value === 'string' && (value === 'off' || SEVERITIES.includes(value as Severity))) next.set(rule.code, value as Severity | 'off');
    }
    const same = next.size === this.ruleOverrides.size && [...next].every(([k, v]) => this.ruleOverrides.get(k) === v);
    if (same) return false;
    this.ruleOverrides = next;
    this.overridden = new WeakMap();
    this.findings.clear();
    return true;
  }

  setToday(today: string): boolean {
    if (today === this.today) return false;
    this.today = today;
    this.findings.clear();
    this.parseQueue = undefined;
    return true;
  }
}

/** A resting plan's sections, worked out from its text: kept, they were 63,000 records on 2,000 plans. */
function restingSections(this: Plan): PlanSection[] {
  return sectionRecords(this.text, this.nodes);
}

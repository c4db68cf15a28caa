import { posix } from 'node:path';
import { WorkspaceGraph } from '../core/graph';
import { parseSectionsWhere, SectionCache } from '../core/parse/parser';
import { parsePlanGuarded } from '../core/parse/guarded-parse';
import { ConfigResolver, CONFIG_FILE_NAME } from '../core/config/resolver';
import { checkPlanGuarded, SectionFindingsCache } from '../core/engine';
import type { Plan } from '../core/model';
import { SEVERITIES, type Finding, type Rule, type Severity } from '../core/rules/types';
import type { ResolvedConfig } from '../core/config-model';
import { findRule } from '../core/rules/registry';
import { plansSharingObjectives } from '../core/rules/focus/duplicate-objective';
import { findPlans, isPlanPath } from '../node/discovery';
import { documentText, readTextFile } from '../node/read-file';
import { readRegularTextFile } from '../node/regular-file';
import { isReallyInside } from '../node/paths';
import { scanParents } from '../core/parse/parent-scan';

interface OpenDocument {
  version: number;
  cache: SectionCache;
  findings: SectionFindingsCache;
}

/**
 * The server's view of the workspace: every plan under the folders, open documents
 * overriding their files, one graph kept up to date change by change, and findings
 * computed per plan on demand.
 */
export class LspWorkspace {
  graph: WorkspaceGraph;
  private resolver: ConfigResolver;
  private readonly open = new Map<string, OpenDocument>();
  private readonly findings = new Map<string, Finding[]>();
  today: string;
  /** Severities set in the editor's settings (`throughline.rules.<name>`), by rule code; they win over `.okrrc.json`. */
  private ruleOverrides = new Map<string, Severity | 'off'>();
  private overridden = new WeakMap<ResolvedConfig, ResolvedConfig>();

  constructor(
    private roots: string[],
    today: string,
    private readonly log: (message: string) => void,
  ) {
    this.today = today;
    this.graph = new WorkspaceGraph(roots);
    this.resolver = this.newResolver();
  }

  private newResolver(): ConfigResolver {
    return new ConfigResolver({ roots: this.roots, readFile: (path) => (this.isInside(path) && isReallyInside(path, this.roots) ? readRegularTextFile(path) : undefined) });
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
  }

  /** Reads every plan on disk under the folders (synchronously); open documents keep their text. */
  loadAll(): string[] {
    const { plans } = findPlans(this.roots, { cwd: this.roots[0] ?? '/', resolver: this.resolver });
    for (const file of plans) if (!this.open.has(file)) this.loadFromDisk(file);
    // Read the config of every plan's folder now, so the first pass publishes each config file's problems (and its quick fixes work) too.
    for (const file of plans) this.resolver.configFor(file);
    this.findings.clear();
    return this.graph.files();
  }

  private loadFromDisk(file: string): void {
    const read = readTextFile(file);
    if ('error' in read) {
      this.graph.removePlan(file);
      this.log(`${file}: ${read.error}`);
      return;
    }
    const { text, problems } = read;
    this.graph.setPending({
      file,
      parse: () => parsePlanGuarded(file, text, problems),
      sectionNodes: (wanted) => parseSectionsWhere(file, text, wanted),
      ...scanParents(file, text),
    });
  }

  /** How many plans read at startup are not parsed yet. */
  pendingCount(): number {
    return this.graph.pendingCount();
  }

  /** Parses up to `count` of the plans read at startup; returns how many are left. */
  parsePending(count: number): number {
    return this.graph.parsePending(count);
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
    if (!this.isPlan(file) || !isReallyInside(file, this.roots)) return this.removePlan(file);
    return this.replacePlan(file, () => {
      const read = readTextFile(file);
      if (!('error' in read)) return parsePlanGuarded(file, read.text, read.problems);
      this.log(read.error);
      return undefined;
    });
  }

  /**
   * A `.okrrc.json` was created, changed or deleted: forget cached configs, drop plans its
   * `files` globs no longer name, read the Markdown they now name, and re-check every plan
   * under its folder. Open documents are the server's to add (it has their text).
   */
  configChanged(configFile: string): Set<string> {
    this.resolver.invalidate(configFile);
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
    const { plans } = findPlans([folder], { cwd: folder, resolver: this.resolver });
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

  private removePlan(file: string): Set<string> {
    const before = this.graph.plan(file);
    const affected = before ? this.related(before) : new Set<string>();
    this.graph.removePlan(file);
    affected.add(file);
    this.invalidate(affected);
    return affected;
  }

  private replacePlan(file: string, parse: () => Plan | undefined): Set<string> {
    const before = this.graph.plan(file);
    const affected = before ? this.related(before) : new Set<string>();
    const plan = parse();
    if (!plan) return this.removePlan(file);
    this.graph.setPlan(plan);
    for (const other of this.related(plan)) affected.add(other);
    affected.add(file);
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
    if (cached) return cached;
    const plan = this.graph.plan(file);
    let result: Finding[];
    if (plan) {
      const sectionFindings = this.open.get(file)?.findings;
      const onRuleError = (rule: Rule, error: unknown): void => this.log(`rule ${rule.name} failed on ${file}: ${String(error)}`);
      const config = this.withOverrides(this.resolver.configFor(file));
      result = checkPlanGuarded({ graph: this.graph, plan, config, today: this.today, onRuleError, ...(sectionFindings ? { sectionFindings } : {}) });
    } else if (posix.basename(file) === CONFIG_FILE_NAME) {
      result = this.resolver.forFolder(posix.dirname(file)).file === file ? this.resolver.forFolder(posix.dirname(file)).problems : [];
    } else {
      result = [];
    }
    this.findings.set(file, result);
    return result;
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
    return true;
  }
}

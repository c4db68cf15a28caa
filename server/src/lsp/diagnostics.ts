import { DiagnosticSeverity, type Connection, type Diagnostic, type WorkDoneProgressServerReporter, type WorkspaceDocumentDiagnosticReport } from 'vscode-languageserver';
import type { Finding } from '../core/rules/types';
import { findRule, ruleDocsUrl } from '../core/rules/registry';
import type { PlanService } from '../core/service/plan-service';
import { fileOf, uriOf } from './uri';

const SEVERITY = { error: DiagnosticSeverity.Error, warning: DiagnosticSeverity.Warning, info: DiagnosticSeverity.Information, hint: DiagnosticSeverity.Hint } as const;

/** A finding as an LSP diagnostic: source, code, a link to the rule's docs, related places, the fix as data. */
export function toDiagnostic(finding: Finding): Diagnostic {
  const description = codeDescriptionOf(finding.code);
  return {
    range: finding.range,
    severity: SEVERITY[finding.severity],
    source: 'throughline',
    code: finding.code,
    ...(description ? { codeDescription: description } : {}),
    message: `${finding.message} (${finding.rule})`,
    ...(finding.related?.length ? { relatedInformation: finding.related.map((r) => ({ location: { uri: uriOf(r.file), range: r.range }, message: r.message })) } : {}),
    ...(finding.fix ? { data: { fix: finding.fix } } : {}),
  };
}

/** The link to a rule's docs, made once per code: a workspace's first publish writes hundreds of thousands. */
const descriptions = new Map<string, { href: string } | undefined>();

function codeDescriptionOf(code: string): { href: string } | undefined {
  if (!descriptions.has(code)) {
    const rule = findRule(code);
    descriptions.set(code, rule ? { href: ruleDocsUrl(rule) } : undefined);
  }
  return descriptions.get(code);
}

/**
 * How long parsing or checking runs before yielding to other requests. A request waits at
 * most this long behind the startup pass (a fixed number of plans took up to 250 ms while
 * the code was still cold).
 */
export const SLICE_MS = 20;

/**
 * How long typing must pause before the plans an edit touched elsewhere are checked, and how
 * long they wait at most while it does not. Keys come every 100–200 ms from a person, so the
 * pause falls between two keys and costs nothing; keys sent back to back (a paste replayed, a
 * macro, a bench) would otherwise each wait behind a check of the plan the edited one reads,
 * a company plan with thousands of children taking longer than the edit's own check.
 */
export const TYPING_PAUSE_MS = 50;
export const MAX_DEFER_MS = 1000;

/** Runs after the messages already received: `setImmediate` on Node; a web worker has only timers. */
export const nextTurn = (run: () => void): void => void (typeof setImmediate === 'function' ? setImmediate(run) : setTimeout(run, 0));

/**
 * Publishes diagnostics as plans change. Work is coalesced rather than delayed: changes
 * that arrive together are published once, on the next turn of the event loop, so a burst
 * of keystrokes costs one check of the latest text and a lone edit is not held back by a
 * timer. The edited plan goes first, then the plans that depend on it, in batches; a newer
 * edit jumps ahead of the dependants still waiting, and a plan queued twice is checked once,
 * on its latest state (work for stale text is never done). After a key the dependants wait for
 * a pause in typing (`TYPING_PAUSE_MS`, at most `MAX_DEFER_MS` in all). Nothing is published while
 * held (until the workspace and the settings are read). With pull diagnostics the client
 * asks instead, after a refresh.
 */
export class DiagnosticsPublisher {
  private readonly pending = new Set<string>();
  private readonly published = new Set<string>();
  private urgent: string | undefined;
  private typed = false;
  private scheduled = false;
  private held = true;
  /** When the plans queued now first waited for typing to pause (cleared once the queue is empty). */
  private waitingSince: number | undefined;
  private pauseTimer: ReturnType<typeof setTimeout> | undefined;
  /** Plans announced even when clean (every plan once at startup, so clients hear about each one). */
  private readonly announce = new Set<string>();
  private progress: { reporter: WorkDoneProgressServerReporter; done: number } | undefined;

  constructor(
    private readonly connection: Connection,
    private readonly workspace: () => PlanService,
    private readonly pull: boolean,
    private readonly refreshSupport: boolean,
    /** Called once a burst of changes has been published (views refresh then). */
    private readonly onSettled: () => void = () => undefined,
    /** The findings shown now (a field still being typed is held back; see `TypingTracker`). */
    private readonly visible: (file: string, findings: Finding[]) => Finding[] = (_file, findings) => findings,
  ) {}

  private diagnostics(file: string): Diagnostic[] {
    return this.visible(file, this.workspace().findingsFor(file)).map(toDiagnostic);
  }

  /**
   * Queues plans (and config files) for checking; `urgent` is the one the user is editing, and
   * `typed` says it changed by a key (not opened): the others then wait for typing to pause.
   */
  schedule(files: Iterable<string>, urgent?: string, typed = false): void {
    for (const file of files) this.pending.add(file);
    if (urgent) this.urgent = urgent;
    this.typed ||= typed;
    this.kick();
  }

  /** Queues every plan and config file, reporting work-done progress while they are checked. */
  scheduleAll(progress?: WorkDoneProgressServerReporter): void {
    const workspace = this.workspace();
    const files = [...workspace.graph.files(), ...workspace.configFiles()];
    if (!this.pull) for (const file of files) this.announce.add(file);
    if (progress && !this.pull) {
      this.progress?.reporter.done();
      this.progress = { reporter: progress, done: 0 };
      progress.begin('Throughline', 0, `checking ${files.length} plans`, false);
    } else {
      progress?.done();
    }
    this.schedule(files);
  }

  /** Starts publishing (after the workspace and the settings are read). */
  release(): void {
    this.held = false;
    this.kick();
  }

  private kick(): void {
    if (this.held || this.scheduled || (!this.pending.size && !this.progress)) return;
    this.scheduled = true;
    nextTurn(() => this.flush());
  }

  private flush(): void {
    this.scheduled = false;
    if (this.pull) {
      this.pending.clear();
      this.urgent = undefined;
      if (this.refreshSupport) void this.connection.languages.diagnostics.refresh().catch(() => undefined);
      this.onSettled();
      return;
    }
    const workspace = this.workspace();
    if (!this.urgent && workspace.pendingCount() > 0) {
      // Plans read at startup are parsed in slices before any is checked, so requests are answered in between.
      const deadline = performance.now() + SLICE_MS;
      let left: number;
      do left = workspace.parsePending(1);
      while (left > 0 && performance.now() < deadline);
      this.progress?.reporter.report(0, `reading plans: ${left} left`);
      this.kick();
      return;
    }
    const deadline = performance.now() + SLICE_MS;
    let checked = 0;
    if (this.urgent && this.pending.delete(this.urgent)) {
      this.publish(this.urgent);
      checked++;
    }
    this.urgent = undefined;
    const typed = this.typed;
    this.typed = false;
    if (typed && this.pending.size && this.waitForTypingPause()) {
      this.reportProgress(checked);
      return;
    }
    for (const file of this.pending) {
      if (checked > 0 && performance.now() >= deadline) break;
      this.pending.delete(file);
      this.publish(file);
      checked++;
    }
    this.reportProgress(checked);
    if (this.pending.size) this.kick();
    else {
      this.waitingSince = undefined;
      this.onSettled();
    }
  }

  /** Starts (or restarts) the wait for a pause in typing; false once the queued plans have waited `MAX_DEFER_MS`. */
  private waitForTypingPause(): boolean {
    const now = performance.now();
    this.waitingSince ??= now;
    clearTimeout(this.pauseTimer);
    this.pauseTimer = undefined;
    if (now - this.waitingSince >= MAX_DEFER_MS) return false;
    this.pauseTimer = setTimeout(() => {
      this.pauseTimer = undefined;
      this.kick();
    }, TYPING_PAUSE_MS);
    return true;
  }

  private reportProgress(checked: number): void {
    if (!this.progress) return;
    this.progress.done += checked;
    if (!this.pending.size) {
      this.progress.reporter.done();
      this.progress = undefined;
      return;
    }
    const total = this.progress.done + this.pending.size;
    this.progress.reporter.report(Math.floor((this.progress.done / total) * 100), `${this.progress.done}/${total} plans`);
  }

  private publish(file: string): void {
    const workspace = this.workspace();
    const diagnostics = this.diagnostics(file);
    // A clean plan the client has not heard of stays silent, except in the announcement of every plan at startup.
    const announce = this.announce.delete(file);
    if (!diagnostics.length && !announce && !this.published.has(file) && !workspace.isOpen(file)) return;
    const version = workspace.versionOf(file);
    void this.connection.sendDiagnostics({ uri: uriOf(file), ...(version !== undefined ? { version } : {}), diagnostics });
    if (diagnostics.length) this.published.add(file);
    else this.published.delete(file);
  }

  /** Clears a deleted file's diagnostics. */
  forget(file: string): void {
    this.pending.delete(file);
    this.announce.delete(file);
    if (this.pull || !this.published.delete(file)) return;
    void this.connection.sendDiagnostics({ uri: uriOf(file), diagnostics: [] });
  }

  clearAll(): void {
    for (const file of [...this.published]) this.forget(file);
  }

  diagnosticsOf(uri: string): Diagnostic[] {
    const file = fileOf(uri);
    return file ? this.diagnostics(file) : [];
  }

  workspaceReport(): WorkspaceDocumentDiagnosticReport[] {
    const workspace = this.workspace();
    const files = [...workspace.graph.files(), ...workspace.configFiles()];
    return files.map((file) => ({ kind: 'full', uri: uriOf(file), version: workspace.versionOf(file) ?? null, items: this.diagnostics(file) }));
  }
}

import { DiagnosticSeverity, type Connection, type Diagnostic, type WorkspaceDocumentDiagnosticReport } from 'vscode-languageserver/node';
import type { Finding } from '../core/rules/types';
import { findRule, ruleDocsUrl } from '../core/rules/registry';
import type { LspWorkspace } from './workspace';
import { fileOf, uriOf } from './uri';

const SEVERITY = { error: DiagnosticSeverity.Error, warning: DiagnosticSeverity.Warning, info: DiagnosticSeverity.Information, hint: DiagnosticSeverity.Hint } as const;

/** A finding as an LSP diagnostic: source, code, a link to the rule's docs, related places, the fix as data. */
export function toDiagnostic(finding: Finding): Diagnostic {
  const rule = findRule(finding.code);
  return {
    range: finding.range,
    severity: SEVERITY[finding.severity],
    source: 'throughline',
    code: finding.code,
    ...(rule ? { codeDescription: { href: ruleDocsUrl(rule) } } : {}),
    message: `${finding.message} (${finding.rule})`,
    ...(finding.related?.length ? { relatedInformation: finding.related.map((r) => ({ location: { uri: uriOf(r.file), range: r.range }, message: r.message })) } : {}),
    ...(finding.fix ? { data: { fix: finding.fix } } : {}),
  };
}

/** How many plans are published before yielding to other requests. */
const BATCH = 50;

/**
 * Publishes diagnostics as plans change: the edited plan first, on the next tick, then the
 * plans that depend on it in batches. Work is coalesced, so a burst of edits publishes the
 * latest state once. With pull diagnostics the client asks instead, after a refresh.
 */
export class DiagnosticsPublisher {
  private readonly pending = new Set<string>();
  private readonly published = new Set<string>();
  private urgent: string | undefined;
  private scheduled = false;

  constructor(
    private readonly connection: Connection,
    private readonly workspace: () => LspWorkspace,
    private readonly pull: boolean,
    private readonly refreshSupport: boolean,
    /** Called once a burst of changes has been published (views refresh then). */
    private readonly onSettled: () => void = () => undefined,
  ) {}

  schedule(files: Set<string>, urgent?: string): void {
    for (const file of files) this.pending.add(file);
    if (urgent) this.urgent = urgent;
    if (this.scheduled) return;
    this.scheduled = true;
    setImmediate(() => this.flush());
  }

  recheckAll(): void {
    this.schedule(new Set([...this.workspace().graph.plans().map((p) => p.file), ...this.workspace().configFiles()]));
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
    const batch: string[] = [];
    if (this.urgent && this.pending.delete(this.urgent)) batch.push(this.urgent);
    this.urgent = undefined;
    for (const file of this.pending) {
      if (batch.length >= BATCH) break;
      batch.push(file);
    }
    for (const file of batch) {
      this.pending.delete(file);
      this.publish(file);
    }
    if (this.pending.size && !this.scheduled) {
      this.scheduled = true;
      setImmediate(() => this.flush());
    } else if (!this.pending.size) {
      this.onSettled();
    }
  }

  private publish(file: string): void {
    const workspace = this.workspace();
    const diagnostics = workspace.findingsFor(file).map(toDiagnostic);
    if (!diagnostics.length && !this.published.has(file) && !workspace.isOpen(file)) return;
    const version = workspace.versionOf(file);
    void this.connection.sendDiagnostics({ uri: uriOf(file), ...(version !== undefined ? { version } : {}), diagnostics });
    if (diagnostics.length) this.published.add(file);
    else this.published.delete(file);
  }

  /** Clears a deleted file's diagnostics. */
  forget(file: string): void {
    this.pending.delete(file);
    if (this.pull || !this.published.delete(file)) return;
    void this.connection.sendDiagnostics({ uri: uriOf(file), diagnostics: [] });
  }

  clearAll(): void {
    for (const file of [...this.published]) this.forget(file);
  }

  diagnosticsOf(uri: string): Diagnostic[] {
    const file = fileOf(uri);
    return file ? this.workspace().findingsFor(file).map(toDiagnostic) : [];
  }

  workspaceReport(): WorkspaceDocumentDiagnosticReport[] {
    const workspace = this.workspace();
    const files = [...workspace.graph.plans().map((p) => p.file), ...workspace.configFiles()];
    return files.map((file) => ({ kind: 'full', uri: uriOf(file), version: workspace.versionOf(file) ?? null, items: workspace.findingsFor(file).map(toDiagnostic) }));
  }
}

import {
  createConnection,
  ProposedFeatures,
  TextDocuments,
  TextDocumentSyncKind,
  DocumentDiagnosticReportKind,
  FileChangeType,
  ResponseError,
  ErrorCodes,
  DidChangeWatchedFilesNotification,
  type Connection,
  type InitializeParams,
  type InitializeResult,
  type TextDocumentPositionParams,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { posix } from 'node:path';
import { ParentRequest, ChainRequest, AlignmentTreeRequest, PlanSummaryRequest, ExplainRuleRequest, PlansChangedNotification } from '../protocol';
import { alignmentTree, planSummary } from '../core/features/alignment-tree';
import { explainRule } from '../core/features/explain';
import { findRule } from '../core/rules/registry';
import { hoverAt } from '../core/features/hover';
import { definitionAt, parentAt, chainAt, referencesAt } from '../core/features/navigation';
import { documentSymbols, workspaceSymbols } from '../core/features/symbols';
import { completionAt } from '../core/features/completion';
import { prepareRenameAt, renameAt, RenameError } from '../core/features/rename';
import { codeActionsFor } from '../core/features/code-actions';
import { foldingRanges } from '../core/features/folding';
import { codeLenses } from '../core/features/code-lens';
import type { FeatureContext } from '../core/features/context';
import { isIsoDate } from '../core/parse/quantity';
import { CONFIG_FILE_NAME } from '../core/config/resolver';
import { LspWorkspace } from './workspace';
import { DiagnosticsPublisher, toDiagnostic } from './diagnostics';
import { fileOf, uriOf } from './uri';

function localToday(): string {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

interface Settings {
  today?: string;
  rules?: Record<string, unknown>;
}

/** Starts the language server on the connection vscode-languageserver picks from argv (--stdio, --node-ipc, --socket). */
export function startServer(connection: Connection = createConnection(ProposedFeatures.all)): void {
  const documents = new TextDocuments(TextDocument);
  let workspace = new LspWorkspace([], localToday(), (m) => connection.console.log(m));
  let publisher: DiagnosticsPublisher;
  let pinnedToday: string | undefined;
  let configurationSupport = false;
  let watcherRegistration = false;
  let progressSupport = false;
  let folderEvents = false;

  process.on('uncaughtException', (error) => connection.console.error(`Throughline: unexpected error: ${error.stack ?? error.message}`));
  process.on('unhandledRejection', (reason) => connection.console.error(`Throughline: unhandled rejection: ${String(reason)}`));

  const context: FeatureContext = { get graph() { return workspace.graph; }, uriOf, findingsFor: (file) => workspace.findingsFor(file) };

  /** Runs a request handler on the file behind a URI; unknown documents answer `fallback`. */
  function onFile<T>(uri: string, fallback: T, handler: (file: string) => T): T {
    const file = fileOf(uri);
    if (!file || !workspace.graph.plan(file)) return fallback;
    try {
      return handler(file);
    } catch (error) {
      if (error instanceof RenameError) throw new ResponseError(ErrorCodes.InvalidRequest, error.message);
      connection.console.error(`Throughline: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
      return fallback;
    }
  }

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    const folders = params.workspaceFolders?.map((f) => fileOf(f.uri)) ?? [params.rootUri ? fileOf(params.rootUri) : undefined];
    const options = (params.initializationOptions ?? {}) as Settings;
    pinnedToday = options.today && isIsoDate(options.today) ? options.today : undefined;
    workspace = new LspWorkspace(folders.filter((f): f is string => f !== undefined), pinnedToday ?? localToday(), (m) => connection.console.log(m));
    configurationSupport = Boolean(params.capabilities.workspace?.configuration);
    watcherRegistration = Boolean(params.capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration);
    progressSupport = Boolean(params.capabilities.window?.workDoneProgress);
    folderEvents = Boolean(params.capabilities.workspace?.workspaceFolders);
    const pull = Boolean(params.capabilities.textDocument?.diagnostic);
    publisher = new DiagnosticsPublisher(connection, () => workspace, pull, Boolean(params.capabilities.workspace?.diagnostics?.refreshSupport), () => {
      void connection.sendNotification(PlansChangedNotification, {});
    });
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: false },
        hoverProvider: true,
        definitionProvider: true,
        referencesProvider: true,
        documentSymbolProvider: true,
        workspaceSymbolProvider: true,
        completionProvider: { triggerCharacters: [':', '#', '/', ' '] },
        renameProvider: { prepareProvider: true },
        codeActionProvider: { codeActionKinds: ['quickfix'] },
        foldingRangeProvider: true,
        codeLensProvider: { resolveProvider: false },
        ...(pull ? { diagnosticProvider: { identifier: 'throughline', interFileDependencies: true, workspaceDiagnostics: true } } : {}),
        workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
      },
      serverInfo: { name: 'throughline' },
    };
  });

  /** Reads `throughline.today` and `throughline.rules.*` from the editor's settings. */
  async function readSettings(): Promise<void> {
    if (!configurationSupport) return;
    const settings = (await connection.workspace.getConfiguration('throughline').catch(() => undefined)) as Settings | undefined;
    const today = pinnedToday ?? (settings?.today && isIsoDate(settings.today) ? settings.today : localToday());
    const todayChanged = workspace.setToday(today);
    const rulesChanged = workspace.setRuleOverrides(settings?.rules);
    if (todayChanged || rulesChanged) publisher.recheckAll();
  }

  async function loadWorkspace(): Promise<void> {
    const progress = progressSupport ? await connection.window.createWorkDoneProgress().catch(() => undefined) : undefined;
    progress?.begin('Throughline: reading plans', 0, undefined, false);
    const files = workspace.loadAll((done, total) => progress?.report(Math.round((done / Math.max(1, total)) * 100), `${done}/${total} plans`));
    progress?.done();
    publisher.schedule(new Set([...files, ...workspace.configFiles()]));
  }

  connection.onInitialized(async () => {
    if (watcherRegistration) {
      await connection.client.register(DidChangeWatchedFilesNotification.type, {
        watchers: [{ globPattern: '**/*.md' }, { globPattern: `**/${CONFIG_FILE_NAME}` }],
      });
    }
    if (folderEvents) connection.workspace.onDidChangeWorkspaceFolders(async (event) => {
      const removed = new Set(event.removed.map((f) => fileOf(f.uri)));
      const folders = [...workspace.folders().filter((f) => !removed.has(f)), ...event.added.map((f) => fileOf(f.uri)).filter((f): f is string => f !== undefined)];
      publisher.clearAll();
      workspace.setFolders(folders);
      await loadWorkspace();
    });
    await readSettings();
    await loadWorkspace();
  });

  connection.onDidChangeConfiguration(() => void readSettings());

  documents.onDidChangeContent(({ document }) => {
    const file = fileOf(document.uri);
    if (!file || !workspace.isPlan(file)) return;
    publisher.schedule(workspace.updateDocument(file, document.getText(), document.version), file);
  });
  documents.onDidClose(({ document }) => {
    const file = fileOf(document.uri);
    if (file && workspace.isOpen(file)) publisher.schedule(workspace.closeDocument(file));
  });

  connection.onDidChangeWatchedFiles(({ changes }) => {
    const affected = new Set<string>();
    for (const change of changes) {
      const file = fileOf(change.uri);
      if (!file || !workspace.isInside(file)) continue;
      const result = posix.basename(file) === CONFIG_FILE_NAME ? workspace.configChanged(file) : workspace.fileChanged(file);
      for (const f of result) affected.add(f);
      if (change.type === FileChangeType.Deleted) publisher.forget(file);
    }
    publisher.schedule(affected);
  });

  const position = (params: TextDocumentPositionParams) => params.position;
  connection.onHover((p) => onFile(p.textDocument.uri, null, (file) => hoverAt(context, file, position(p))));
  connection.onDefinition((p) => onFile(p.textDocument.uri, [], (file) => definitionAt(context, file, position(p))));
  connection.onReferences((p) => onFile(p.textDocument.uri, [], (file) => referencesAt(context, file, position(p), p.context.includeDeclaration)));
  connection.onDocumentSymbol((p) => onFile(p.textDocument.uri, [], (file) => documentSymbols(workspace.graph.plan(file)!)));
  connection.onWorkspaceSymbol((p) => workspaceSymbols(context, p.query));
  connection.onCompletion((p) => onFile(p.textDocument.uri, [], (file) => completionAt(context, file, position(p))));
  connection.onPrepareRename((p) => onFile(p.textDocument.uri, null, (file) => prepareRenameAt(context, file, position(p))));
  connection.onRenameRequest((p) => onFile(p.textDocument.uri, null, (file) => renameAt(context, file, position(p), p.newName)));
  connection.onCodeAction((p) => onFile(p.textDocument.uri, [], (file) => codeActionsFor(context, file, p.range, toDiagnostic)));
  connection.onFoldingRanges((p) => onFile(p.textDocument.uri, [], (file) => foldingRanges(workspace.graph.plan(file)!)));
  connection.onCodeLens((p) => onFile(p.textDocument.uri, [], (file) => codeLenses(context, workspace.graph.plan(file)!)));
  connection.onRequest(ParentRequest, (p) => onFile(p.textDocument.uri, null, (file) => parentAt(context, file, position(p))));
  connection.onRequest(ChainRequest, (p) => onFile(p.textDocument.uri, [], (file) => chainAt(context, file, position(p))));
  connection.onRequest(AlignmentTreeRequest, () => alignmentTree(context));
  connection.onRequest(PlanSummaryRequest, (p) => onFile(p.uri, null, (file) => planSummary(context, file)));
  connection.onRequest(ExplainRuleRequest, (p) => {
    const rule = findRule(p.rule);
    return rule ? explainRule(rule) : null;
  });
  connection.languages.diagnostics.on((p) => ({ kind: DocumentDiagnosticReportKind.Full, items: publisher.diagnosticsOf(p.textDocument.uri) }));
  connection.languages.diagnostics.onWorkspace(() => ({ items: publisher.workspaceReport() }));

  documents.listen(connection);
  connection.listen();
}

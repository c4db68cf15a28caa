import {
  TextDocuments,
  TextDocumentSyncKind,
  DocumentDiagnosticReportKind,
  FileChangeType,
  ResponseError,
  CodeActionKind,
  CompletionTriggerKind,
  ErrorCodes,
  DidChangeWatchedFilesNotification,
  type Connection,
  type InitializeParams,
  type InitializeResult,
  type TextDocumentPositionParams,
  type Position,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { posix } from 'node:path';
import { URI } from 'vscode-uri';
import { ParentRequest, ChainRequest, AlignmentTreeRequest, PlanSummaryRequest, ExplainRuleRequest, PlansChangedNotification, MapViewRequest, NextPeriodPlanRequest, CursorLineNotification, FileContentNotification } from '../protocol';
import { AlignmentMapSession, alignmentMap } from '../core/report/map-view';
import { TypingTracker } from './typing';
import type { Finding } from '../core/rules/types';
import { nextPeriodPlan } from '../core/features/plan-writer';
import { alignmentTree, planSummary } from '../core/features/alignment-tree';
import { explainRule } from '../core/features/explain';
import { findRule } from '../core/rules/registry';
import { hoverAt } from '../core/features/hover';
import { definitionAt, parentAt, chainAt, referencesAt } from '../core/features/navigation';
import { documentSymbols, workspaceSymbols } from '../core/features/symbols';
import { completionAt } from '../core/features/completion';
import { prepareRenameAt, renameAt, RenameError } from '../core/features/rename';
import { FIX_ALL_KIND, codeActionsFor, fixAllAction } from '../core/features/code-actions';
import { foldingRanges } from '../core/features/folding';
import { codeLenses } from '../core/features/code-lens';
import type { FeatureContext } from '../core/features/context';
import { isIsoDate } from '../core/parse/quantity';
import { CONFIG_FILE_NAME } from '../core/config/resolver';
import { createPlanService } from '../core/service/plan-service';
import type { PlanFiles } from '../core/service/plan-files';
import { DiagnosticsPublisher, nextTurn, SLICE_MS, toDiagnostic } from './diagnostics';
import { acceptAnyScheme, fileOf, forgetUri, rememberUri, uriOf } from './uri';
import { localToday } from '../node/today';

interface Settings {
  today?: string;
  rules?: Record<string, unknown>;
}

/** What the client says about itself in `initializationOptions`. */
interface ClientOptions extends Settings {
  /** The editor checks `.okrrc.json` syntax itself (VS Code's JSON language does): config syntax errors are left to it. */
  configSyntaxChecked?: boolean;
}

/** How long the server waits for the client's settings before checking with the defaults. */
const SETTINGS_TIMEOUT_MS = 3000;

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T | undefined> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(undefined), ms);
    timer.unref?.();
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      () => {
        clearTimeout(timer);
        resolve(undefined);
      },
    );
  });
}

const CODE_ACTION_KIND = CodeActionKind.QuickFix;

/** Whether a code action request's `only` filter lets actions of `kind` through (no filter lets all through). */
function wants(only: string[] | undefined, kind: string): boolean {
  return !only || only.some((k) => k === '' || k === kind || kind.startsWith(`${k}.`));
}

/** What differs between the server on Node and in a browser: how files are read, and what the runtime offers. */
export interface ServerHost {
  /** What the plan service reads through. */
  files: PlanFiles;
  /** Documents and folders may have any URI scheme (a browser's virtual file systems), not only `file:`. */
  anyScheme?: true;
  /** Fills `files` once the folders are known, before they are read (a browser asks its client for the workspace's files). */
  prepare?(folders: string[]): Promise<void>;
  /** Takes a file's new text pushed by the client (`throughline/fileContent`; undefined: deleted), for a host with no file system to re-read. */
  setFile?(file: string, text: string | undefined): void;
  /** The workspace's plans are read (none parsed yet): a host may size its memory for how many there are. */
  plansRead?(count: number): void;
  /** Routes errors no handler caught to `report`, so the session goes on. */
  catchUncaught?(report: (what: string, error: unknown) => void): void;
}

/** Starts the language server on a connection (Node: the one vscode-languageserver picks from argv; a browser: the worker's port). */
export function startServer(connection: Connection, host: ServerHost): void {
  const documents = new TextDocuments(TextDocument);
  if (host.anyScheme) acceptAnyScheme();
  let workspace = createPlanService({ roots: [], today: localToday(), files: host.files, log: (m) => connection.console.log(m) });
  let publisher = new DiagnosticsPublisher(connection, () => workspace, false, false);
  let pinnedToday: string | undefined;
  let configurationSupport = false;
  let watcherRegistration = false;
  let progressSupport = false;
  let folderEvents = false;
  /** Resolves once the plans are read; requests wait for it (findings computed before the settings arrive are dropped if they change). */
  let markReady: () => void = () => undefined;
  const ready = new Promise<void>((resolve) => (markReady = resolve));
  /** Resolves once the plans are found, before they are read: navigation reads what it needs ahead of the rest. */
  let markFound: () => void = () => undefined;
  const found = new Promise<void>((resolve) => (markFound = resolve));
  /** Where the session is in the protocol's lifecycle: requests are answered only between `initialize` and `shutdown`. */
  let lifecycle: 'starting' | 'running' | 'shut down' = 'starting';

  /** Answers a request once the workspace is ready, or with the error the protocol prescribes outside a running session. */
  function whenReady<T>(answer: () => T, stage: Promise<void> = ready): Promise<T> {
    if (lifecycle === 'starting') return Promise.reject(new ResponseError(ErrorCodes.ServerNotInitialized, 'The server is not initialized yet.'));
    if (lifecycle === 'shut down') return Promise.reject(new ResponseError(ErrorCodes.InvalidRequest, 'The server has been shut down.'));
    return stage.then(answer);
  }

  // A bug in one request must not end the session: log it to the client and keep serving.
  let reporting = false;
  const reportCrash = (what: string, error: unknown): void => {
    if (reporting) return; // the report itself failed (e.g. the client is gone): do not loop
    reporting = true;
    try {
      connection.console.error(`Throughline: ${what}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    } catch {
      // nothing left to tell
    } finally {
      reporting = false;
    }
  };
  host.catchUncaught?.(reportCrash);

  let configSyntaxChecked = false;
  const typing = new TypingTracker((file) => publisher.schedule([file]));
  /** The findings the editor shows: a field still being typed is held back, and config syntax errors when the editor checks JSON itself. */
  const visible = (file: string, findings: Finding[]): Finding[] => {
    const shown = typing.visible(file, findings);
    return configSyntaxChecked && shown.some((f) => f.syntax) ? shown.filter((f) => !f.syntax) : shown;
  };
  const context: FeatureContext = { get graph() { return workspace.graph; }, uriOf, findingsFor: (file) => visible(file, workspace.findingsFor(file)) };

  /** Runs a request handler on the plan (or, with `configToo`, the config file) behind a URI once the workspace is ready; unknown documents answer `fallback`. */
  function onFile<T>(uri: string, fallback: T, handler: (file: string) => T, configToo = false): Promise<T> {
    return whenReady(() => answerOnFile(uri, fallback, handler, configToo));
  }

  /**
   * The same for requests that read only the plan and the plans up its chain (go to parent, the
   * chain, symbols, folding): answered while the workspace is still being read, reading those first.
   */
  function onFileUpItsChain<T>(uri: string, fallback: T, handler: (file: string) => T): Promise<T> {
    return whenReady(() => {
      const file = fileOf(uri);
      if (file && workspace.isPlan(file)) workspace.readAhead(file);
      return answerOnFile(uri, fallback, handler, false);
    }, found);
  }

  function answerOnFile<T>(uri: string, fallback: T, handler: (file: string) => T, configToo: boolean): T {
    const file = fileOf(uri);
    if (!file || !(workspace.graph.plan(file) || (configToo && workspace.configFiles().includes(file)))) return fallback;
    try {
      return handler(file);
    } catch (error) {
      if (error instanceof RenameError) throw new ResponseError(ErrorCodes.InvalidRequest, error.message);
      connection.console.error(`Throughline: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
      return fallback;
    }
  }

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    lifecycle = 'running';
    const folderUris = params.workspaceFolders?.length ? params.workspaceFolders.map((f) => f.uri) : [params.rootUri ?? (params.rootPath ? URI.file(params.rootPath).toString() : undefined)];
    const folders = [...new Set(folderUris.map((uri) => (uri ? fileOf(uri) : undefined)).filter((f): f is string => f !== undefined))];
    const options = (params.initializationOptions ?? {}) as ClientOptions;
    configSyntaxChecked = options.configSyntaxChecked === true;
    pinnedToday = typeof options.today === 'string' && isIsoDate(options.today) ? options.today : undefined;
    workspace = createPlanService({ roots: folders, today: pinnedToday ?? localToday(), files: host.files, log: (m) => connection.console.log(m) });
    configurationSupport = Boolean(params.capabilities.workspace?.configuration);
    watcherRegistration = Boolean(params.capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration);
    progressSupport = Boolean(params.capabilities.window?.workDoneProgress);
    folderEvents = Boolean(params.capabilities.workspace?.workspaceFolders);
    const pull = Boolean(params.capabilities.textDocument?.diagnostic);
    publisher = new DiagnosticsPublisher(
      connection,
      () => workspace,
      pull,
      Boolean(params.capabilities.workspace?.diagnostics?.refreshSupport),
      () => void connection.sendNotification(PlansChangedNotification, {}),
      visible,
    );
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
        codeActionProvider: { codeActionKinds: [CODE_ACTION_KIND, FIX_ALL_KIND] },
        foldingRangeProvider: true,
        codeLensProvider: { resolveProvider: false },
        ...(pull ? { diagnosticProvider: { identifier: 'throughline', interFileDependencies: true, workspaceDiagnostics: true } } : {}),
        workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
      },
      serverInfo: { name: 'throughline' },
    };
  });

  /** Applies `throughline.today` and `throughline.rules.*`; re-checks everything when they change what the rules see. */
  function applySettings(settings: Settings | undefined): void {
    const today = pinnedToday ?? (typeof settings?.today === 'string' && isIsoDate(settings.today) ? settings.today : localToday());
    const todayChanged = workspace.setToday(today);
    const rulesChanged = workspace.setRuleOverrides(settings?.rules);
    if (todayChanged || rulesChanged) publisher.scheduleAll();
  }

  /** Reads the `throughline` section of the editor's settings through `workspace/configuration`. */
  async function readSettings(): Promise<void> {
    if (!configurationSupport) return;
    const settings = (await withTimeout(connection.workspace.getConfiguration('throughline') as Promise<unknown>, SETTINGS_TIMEOUT_MS)) as Settings | null | undefined;
    applySettings(settings ?? undefined);
  }

  /** The plans of the editor's open documents that are not in the workspace state yet (after a config or folder change). */
  function adoptOpenDocuments(): Set<string> {
    const affected = new Set<string>();
    for (const document of documents.all()) {
      const file = fileOf(document.uri);
      if (file && !workspace.isOpen(file) && workspace.isPlan(file)) for (const f of workspace.updateDocument(file, document.getText(), document.version)) affected.add(f);
    }
    return affected;
  }

  connection.onInitialized(async () => {
    if (host.prepare) await host.prepare(workspace.folders()).catch((error: unknown) => reportCrash('could not read the workspace', error));
    // Not inside the optional call: a host without `plansRead` would skip its argument.
    const planCount = workspace.startLoading();
    host.plansRead?.(planCount);
    markFound();
    // Read in turns: go to parent on a plan reads that plan and its parents first and answers in between. Every other
    // request, and the first diagnostics, wait until every plan is read, so they already see the plans a document points to.
    for (;;) {
      const deadline = performance.now() + SLICE_MS;
      if (workspace.loadSome(() => performance.now() < deadline)) break;
      await new Promise<void>((resolve) => nextTurn(resolve));
    }
    adoptOpenDocuments();
    // Navigation needs only the plans: answer it while the settings and the first check are on their way.
    markReady();
    if (folderEvents) {
      connection.workspace.onDidChangeWorkspaceFolders(async (event) => {
        const removed = new Set(event.removed.map((f) => fileOf(f.uri)));
        const added = event.added.map((f) => fileOf(f.uri)).filter((f): f is string => f !== undefined);
        publisher.clearAll();
        workspace.setFolders([...new Set([...workspace.folders().filter((f) => !removed.has(f)), ...added])]);
        const plans = workspace.loadAll();
        host.plansRead?.(plans.length);
        adoptOpenDocuments();
        publisher.scheduleAll(progressSupport ? await connection.window.createWorkDoneProgress().catch(() => undefined) : undefined);
      });
    }
    const registration = watcherRegistration
      ? connection.client
          .register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern: '**/*.md' }, { globPattern: `**/${CONFIG_FILE_NAME}` }] })
          .catch((error: unknown) => connection.console.error(`Throughline: could not watch files: ${String(error)}`))
      : undefined;
    await readSettings();
    const progress = progressSupport ? await withTimeout(connection.window.createWorkDoneProgress(), SETTINGS_TIMEOUT_MS) : undefined;
    publisher.scheduleAll(progress);
    publisher.release();
    await registration;
  });

  connection.onShutdown(() => {
    lifecycle = 'shut down';
  });

  connection.onDidChangeConfiguration((params) => {
    if (configurationSupport) void readSettings();
    else applySettings((params.settings as { throughline?: Settings } | undefined)?.throughline);
  });

  documents.onDidOpen(({ document }) => rememberUri(document.uri));
  documents.onDidChangeContent(({ document }) => {
    const file = fileOf(document.uri);
    if (!file || !workspace.isPlan(file)) return;
    const typed = typing.changed(file, document.getText());
    publisher.schedule(workspace.updateDocument(file, document.getText(), document.version), file, typed);
  });
  documents.onDidClose(({ document }) => {
    const file = fileOf(document.uri);
    if (file && workspace.isOpen(file)) publisher.schedule(workspace.closeDocument(file));
    if (file) typing.closed(file);
    forgetUri(document.uri);
  });

  // A host with no file system hears of changed files from its client, with their text.
  if (host.setFile) {
    const setFile = host.setFile;
    connection.onNotification(FileContentNotification, ({ uri, text }) => {
      const file = fileOf(uri);
      if (!file) return;
      setFile(file, text ?? undefined);
      filesChanged([{ uri, type: text === null ? FileChangeType.Deleted : FileChangeType.Changed }]);
    });
  }

  connection.onDidChangeWatchedFiles(({ changes }) => filesChanged(changes));

  function filesChanged(changes: { uri: string; type: FileChangeType }[]): void {
    const affected = new Set<string>();
    for (const change of changes) {
      const file = fileOf(change.uri);
      if (!file || !workspace.isInside(file)) continue;
      let result: Set<string>;
      if (posix.basename(file) === CONFIG_FILE_NAME) {
        result = workspace.configChanged(file);
        for (const f of adoptOpenDocuments()) result.add(f);
      } else if (change.type === FileChangeType.Deleted && !workspace.graph.has(file)) {
        result = workspace.folderDeleted(file);
      } else {
        result = workspace.fileChanged(file);
      }
      for (const f of result) affected.add(f);
      // Files that are gone, or no longer plans, lose their diagnostics (an open editor keeps its own).
      if (change.type === FileChangeType.Deleted && !workspace.isOpen(file)) publisher.forget(file);
      for (const f of result) if (!workspace.graph.has(f) && posix.basename(f) !== CONFIG_FILE_NAME) publisher.forget(f);
    }
    publisher.schedule(affected);
  }

  /** A position request on a plan: positions past the end of the document answer `fallback`. */
  function onPosition<T>(p: TextDocumentPositionParams, fallback: T, handler: (file: string, position: Position) => T, upItsChain = false): Promise<T> {
    return (upItsChain ? onFileUpItsChain : onFile)(p.textDocument.uri, fallback, (file) => {
      const { line, character } = p.position;
      if (!Number.isInteger(line) || !Number.isInteger(character) || line < 0 || character < 0 || line >= planOf(file).lineCount) return fallback;
      return handler(file, p.position);
    });
  }
  const planOf = (file: string) => workspace.graph.plan(file)!;
  connection.onHover((p) => onPosition(p, null, (file, at) => hoverAt(context, file, at)));
  connection.onDefinition((p) => onPosition(p, [], (file, at) => definitionAt(context, file, at), true));
  connection.onReferences((p) => onPosition(p, [], (file, at) => referencesAt(context, file, at, Boolean(p.context?.includeDeclaration))));
  connection.onDocumentSymbol((p) => onFileUpItsChain(p.textDocument.uri, [], (file) => documentSymbols(planOf(file))));
  connection.onWorkspaceSymbol((p) => whenReady(() => workspaceSymbols(context, p.query)));
  connection.onCompletion((p) => onPosition(p, [], (file, at) => completionAt(context, file, at, p.context?.triggerKind === CompletionTriggerKind.TriggerCharacter ? p.context.triggerCharacter : undefined)));
  connection.onPrepareRename((p) => onPosition(p, null, (file, at) => prepareRenameAt(context, file, at)));
  connection.onRenameRequest((p) => onPosition(p, null, (file, at) => renameAt(context, file, at, p.newName)));
  // Config files (`.okrrc.json`) have fixes too; the fix-all action comes only when asked for by kind (on save, or from the menu).
  connection.onCodeAction((p) =>
    onFile(
      p.textDocument.uri,
      [],
      (file) => [
        ...(wants(p.context.only, CODE_ACTION_KIND) ? codeActionsFor(context, file, p.range, toDiagnostic) : []),
        ...(p.context.only && wants(p.context.only, FIX_ALL_KIND) ? fixAllAction(context, file, toDiagnostic) : []),
      ],
      true,
    ),
  );
  connection.onFoldingRanges((p) => onFileUpItsChain(p.textDocument.uri, [], (file) => foldingRanges(planOf(file))));
  connection.onCodeLens((p) => onFile(p.textDocument.uri, [], (file) => codeLenses(context, planOf(file), workspace.today)));
  connection.onRequest(ParentRequest, (p) => onPosition(p, null, (file, at) => parentAt(context, file, at), true));
  connection.onRequest(ChainRequest, (p) => onPosition(p, [], (file, at) => chainAt(context, file, at), true));
  connection.onRequest(AlignmentTreeRequest, () => whenReady(() => alignmentTree(context)));
  const map = new AlignmentMapSession((memo) => alignmentMap(context, { today: workspace.today, folders: workspace.folders(), memo }));
  connection.onRequest(MapViewRequest, (request) => whenReady(() => map.handle(request)));
  connection.onRequest(PlanSummaryRequest, (p) => onFile(p.uri, null, (file) => planSummary(context, file, workspace.today)));
  connection.onNotification(CursorLineNotification, ({ uri, line }) => {
    const file = fileOf(uri);
    if (file && Number.isInteger(line)) typing.cursor(file, line);
  });
  connection.onRequest(NextPeriodPlanRequest, (p) => onFile(p.uri, null, (file) => nextPeriodPlan(context, file)));
  connection.onRequest(ExplainRuleRequest, (p) =>
    whenReady(() => {
      const rule = findRule(p.rule);
      return rule ? explainRule(rule) : null;
    }),
  );
  connection.languages.diagnostics.on((p) => whenReady(() => ({ kind: DocumentDiagnosticReportKind.Full, items: publisher.diagnosticsOf(p.textDocument.uri) })));
  connection.languages.diagnostics.onWorkspace(() => whenReady(() => ({ items: publisher.workspaceReport() })));

  documents.listen(connection);
  connection.listen();
}

import * as vscode from 'vscode';
import type { BaseLanguageClient as LanguageClient } from 'vscode-languageclient';
import { PlanSummaryRequest } from '../../server/src/protocol';

export const PLAN_LANGUAGE = 'okr';

/**
 * Gives plain Markdown files that the config's `files` globs make plans the `okr` language, so
 * they get what `*.okr.md` files get: highlighting, the commands and their keys, the status bar.
 * The server decides which files are plans. A file the user turns back to Markdown stays Markdown
 * for the rest of the session.
 */
export class PlanDocuments implements vscode.Disposable {
  private readonly switched = new Set<string>();
  private readonly subscription: vscode.Disposable;

  constructor(private readonly client: () => LanguageClient | undefined) {
    this.subscription = vscode.workspace.onDidOpenTextDocument((document) => void this.adopt(document));
  }

  /** Looks at every open Markdown document again (after plans or the config changed). */
  refresh(): void {
    for (const document of vscode.workspace.textDocuments) void this.adopt(document);
  }

  private async adopt(document: vscode.TextDocument): Promise<void> {
    if (document.languageId !== 'markdown' || document.uri.scheme !== 'file') return;
    const key = document.uri.toString();
    if (this.switched.has(key)) return; // switched once already: Markdown now is the user's choice
    const client = this.client();
    if (!client?.isRunning()) return;
    const summary = await client.sendRequest(PlanSummaryRequest, { uri: key }).catch(() => null);
    if (!summary || document.isClosed || document.languageId !== 'markdown' || this.switched.has(key)) return;
    this.switched.add(key);
    await vscode.languages.setTextDocumentLanguage(document, PLAN_LANGUAGE);
  }

  dispose(): void {
    this.subscription.dispose();
  }
}

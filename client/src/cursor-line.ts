import * as vscode from 'vscode';
import type { BaseLanguageClient as LanguageClient } from 'vscode-languageclient';
import { CursorLineNotification } from '../../server/src/protocol';
import { PLAN_LANGUAGE } from './plan-documents';

/**
 * Tells the server on which line of a plan the cursor is, each time it moves to another line, so
 * a field still being typed (`Type:` with no value yet) is not an error until the cursor leaves it.
 */
export class CursorLines implements vscode.Disposable {
  private readonly lines = new Map<string, number>();
  private readonly subscription: vscode.Disposable;

  constructor(private readonly client: () => LanguageClient | undefined) {
    this.subscription = vscode.window.onDidChangeTextEditorSelection(({ textEditor }) => this.send(textEditor));
  }

  private send(editor: vscode.TextEditor): void {
    const { document } = editor;
    if (document.languageId !== PLAN_LANGUAGE || document.uri.scheme !== 'file') return;
    const uri = document.uri.toString();
    const line = editor.selection.active.line;
    const client = this.client();
    if (this.lines.get(uri) === line || !client?.isRunning()) return;
    this.lines.set(uri, line);
    void client.sendNotification(CursorLineNotification, { uri, line }).catch(() => undefined);
  }

  dispose(): void {
    this.subscription.dispose();
  }
}

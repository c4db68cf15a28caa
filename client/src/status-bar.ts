import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { PlanSummaryRequest } from '../../server/src/protocol';

/** The active plan's progress and problem counts. */
export class PlanStatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('throughline.plan', vscode.StatusBarAlignment.Left, 50);
  private readonly subscription: vscode.Disposable;

  constructor(private readonly client: () => LanguageClient | undefined) {
    this.item.name = 'Throughline plan';
    this.item.command = 'workbench.actions.view.problems';
    this.subscription = vscode.window.onDidChangeActiveTextEditor(() => this.refresh());
  }

  async refresh(): Promise<void> {
    const editor = vscode.window.activeTextEditor;
    const client = this.client();
    if (!editor || !client?.isRunning()) return this.item.hide();
    const summary = await client.sendRequest(PlanSummaryRequest, { uri: editor.document.uri.toString() }).catch(() => null);
    if (!summary) return this.item.hide();
    const progress = summary.progress === undefined ? 'no progress yet' : `${Math.round(summary.progress * 100)}%`;
    this.item.text = `$(target) ${progress}  $(error) ${summary.errors}  $(warning) ${summary.warnings}`;
    this.item.tooltip = `Plan progress ${progress} · ${summary.errors} errors, ${summary.warnings} warnings, ${summary.infos} infos, ${summary.hints} hints`;
    this.item.show();
  }

  dispose(): void {
    this.subscription.dispose();
    this.item.dispose();
  }
}

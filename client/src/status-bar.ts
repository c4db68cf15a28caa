import * as vscode from 'vscode';
import type { BaseLanguageClient as LanguageClient } from 'vscode-languageclient';
import { PlanSummaryRequest, type PlanSummary } from '../../server/src/protocol';

/**
 * The active plan's health: progress, the period (days left, or over), and the key results to
 * look at (stale or missing check-ins, moving away from target, past-due work). The editor
 * already counts problems (status bar, Problems panel, the view's badge): this item does not
 * repeat those counts.
 */
export function describeSummary(summary: PlanSummary): { text: string; tooltip: string; over: boolean } {
  const progress = summary.progress === undefined ? 'no progress yet' : `${Math.round(summary.progress * 100)}%`;
  const period = summary.period;
  const when = !period ? '' : period.over ? `${period.written} ended` : `${period.daysLeft} day${period.daysLeft === 1 ? '' : 's'} left`;
  const attention = summary.attention.length ? `${summary.attention.length} to look at` : '';
  const text = [`$(target) ${progress}`, period?.over ? `$(history) ${when}` : when, attention && `$(eye) ${attention}`].filter(Boolean).join('  ');
  const tooltip = [
    `Plan progress: ${progress} (the mean of its objectives)`,
    period && (period.over ? `${period.written} ended on ${period.end}: the date rules are quiet now. Click to start the next period’s plan.` : `${period.written} ends on ${period.end}: ${when}.`),
    summary.attention.length
      ? `Key results to look at (stale or missing check-ins, moving away from target, past-due initiatives): ${summary.attention.join(', ')}.`
      : summary.keyResults
        ? 'Every key result is checked in and on its way.'
        : '',
    'Problems are counted in the Problems panel.',
  ]
    .filter(Boolean)
    .join('\n');
  return { text, tooltip, over: Boolean(period?.over) };
}

export class PlanStatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('throughline.plan', vscode.StatusBarAlignment.Left, 50);
  private readonly subscription: vscode.Disposable;

  constructor(private readonly client: () => LanguageClient | undefined) {
    this.item.name = 'Throughline plan health';
    this.subscription = vscode.window.onDidChangeActiveTextEditor(() => this.refresh());
  }

  async refresh(): Promise<void> {
    const editor = vscode.window.activeTextEditor;
    const client = this.client();
    if (!editor || !client?.isRunning()) return this.item.hide();
    const uri = editor.document.uri.toString();
    const summary = await client.sendRequest(PlanSummaryRequest, { uri }).catch(() => null);
    if (!summary) return this.item.hide();
    const { text, tooltip, over } = describeSummary(summary);
    this.item.text = text;
    this.item.tooltip = tooltip;
    this.item.backgroundColor = over ? new vscode.ThemeColor('statusBarItem.warningBackground') : undefined;
    this.item.command = over ? { command: 'throughline.startNextPeriod', title: 'Start the next period’s plan', arguments: [uri] } : { command: 'workbench.view.extension.throughline', title: 'Show the Alignment view' };
    this.item.show();
  }

  dispose(): void {
    this.subscription.dispose();
    this.item.dispose();
  }
}

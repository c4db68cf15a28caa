import * as vscode from 'vscode';
import type { BaseLanguageClient as LanguageClient } from 'vscode-languageclient';
import { AlignmentTreeRequest, type AlignmentItem } from '../../server/src/protocol';
import { alignmentItemText, type ItemText } from '../../server/src/core/features/alignment-labels';

export const ALIGNMENT_VIEW = 'throughline.alignment';
/** The context key that says the view shows only what needs attention (package.json switches the title button on it). */
const FILTER_KEY = 'throughline.alignment.attentionOnly';

const ICONS: Record<AlignmentItem['kind'], string> = { mission: 'compass', objective: 'target', kr: 'graph-line', initiative: 'tools' };

/** What the row of `item` shows (`depth` levels below the top): its plan's path as the workspace names it goes in the tooltip. */
export function itemText(item: AlignmentItem, depth: number): ItemText {
  return alignmentItemText(item, depth, vscode.workspace.asRelativePath(vscode.Uri.parse(item.location.uri)));
}

/** Items with a problem, with the items above them that lead there (the rest hidden). */
function needingAttention(items: AlignmentItem[]): AlignmentItem[] {
  return items.flatMap((item) => {
    const children = needingAttention(item.children);
    return item.problems || children.length ? [{ ...item, children }] : [];
  });
}

/** The alignment view: missions → objectives → key results → initiatives, cascading across plans. */
export class AlignmentView implements vscode.TreeDataProvider<AlignmentItem>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeTreeData = this.changed.event;
  private readonly view: vscode.TreeView<AlignmentItem>;
  private readonly subscriptions: vscode.Disposable[];
  private roots: Promise<AlignmentItem[]> | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private attentionOnly = false;

  constructor(private readonly client: () => LanguageClient | undefined) {
    this.view = vscode.window.createTreeView(ALIGNMENT_VIEW, { treeDataProvider: this, showCollapseAll: true });
    this.subscriptions = [
      // The badge counts what the Problems panel lists, and follows it even while the view is hidden.
      vscode.languages.onDidChangeDiagnostics(() => this.updateBadge()),
      vscode.commands.registerCommand('throughline.alignment.showAttention', () => this.filter(true)),
      vscode.commands.registerCommand('throughline.alignment.showAll', () => this.filter(false)),
    ];
    this.updateBadge();
  }

  /** Refreshes soon; a burst of changes refreshes once. */
  refresh(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.roots = undefined;
      this.changed.fire();
    }, 150);
  }

  /** Throughline's errors, warnings and infos in every file: the Problems panel's count for Throughline (hints are not listed there). */
  private updateBadge(): void {
    let problems = 0;
    for (const [, diagnostics] of vscode.languages.getDiagnostics())
      for (const d of diagnostics) if (d.source === 'throughline' && d.severity !== vscode.DiagnosticSeverity.Hint) problems++;
    this.view.badge = problems ? { value: problems, tooltip: `${problems} problem${problems === 1 ? '' : 's'} in the plans (the Problems panel lists them)` } : undefined;
  }

  private filter(attentionOnly: boolean): void {
    this.attentionOnly = attentionOnly;
    this.view.message = attentionOnly ? 'Only what needs attention: items with a problem, and what leads to them.' : undefined;
    void vscode.commands.executeCommand('setContext', FILTER_KEY, attentionOnly);
    this.changed.fire();
  }

  getTreeItem(item: AlignmentItem): vscode.TreeItem {
    const { label, description, tooltip } = itemText(item, this.depths.get(item) ?? 0);
    // Missions and objectives open, key results closed: the shape of the plans at a glance.
    const state = !item.children.length
      ? vscode.TreeItemCollapsibleState.None
      : item.kind === 'mission' || item.kind === 'objective' || this.attentionOnly
        ? vscode.TreeItemCollapsibleState.Expanded
        : vscode.TreeItemCollapsibleState.Collapsed;
    const tree = new vscode.TreeItem(label, state);
    // Stable across refreshes, so what the user expanded stays expanded.
    tree.id = `${item.location.uri}#${item.id}@${item.location.range.start.line}`;
    tree.description = description;
    tree.tooltip = tooltip;
    tree.iconPath = new vscode.ThemeIcon(ICONS[item.kind], item.problems ? new vscode.ThemeColor('problemsWarningIcon.foreground') : undefined);
    tree.contextValue = item.kind;
    tree.command = { command: 'throughline.revealNode', title: 'Open', arguments: [item.location] };
    return tree;
  }

  /** How many levels below the top each item shows: a label is cut to the room its indentation leaves. */
  private readonly depths = new WeakMap<AlignmentItem, number>();

  async getChildren(item?: AlignmentItem): Promise<AlignmentItem[]> {
    const children = item ? item.children : await this.rootItems();
    const depth = item ? (this.depths.get(item) ?? 0) + 1 : 0;
    for (const child of children) this.depths.set(child, depth);
    return children;
  }

  private async rootItems(): Promise<AlignmentItem[]> {
    const client = this.client();
    if (!client?.isRunning()) return [];
    this.roots ??= Promise.resolve(client.sendRequest(AlignmentTreeRequest, {})).catch(() => []);
    return this.attentionOnly ? needingAttention(await this.roots) : await this.roots;
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    for (const s of this.subscriptions) s.dispose();
    this.view.dispose();
    this.changed.dispose();
  }
}

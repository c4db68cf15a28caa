import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { AlignmentTreeRequest, type AlignmentItem } from '../../server/src/protocol';

const ICONS: Record<AlignmentItem['kind'], string> = { mission: 'compass', objective: 'target', kr: 'graph-line', initiative: 'tools' };

/** The alignment view: missions → objectives → key results → initiatives, cascading across plans. */
export class AlignmentView implements vscode.TreeDataProvider<AlignmentItem> {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeTreeData = this.changed.event;
  private roots: Promise<AlignmentItem[]> | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly client: () => LanguageClient | undefined) {}

  /** Refreshes soon; bursts of changes refresh once. */
  refresh(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.roots = undefined;
      this.changed.fire();
    }, 150);
  }

  getTreeItem(item: AlignmentItem): vscode.TreeItem {
    const tree = new vscode.TreeItem(`${item.id === 'mission' ? 'Mission' : item.id}: ${item.title}`, item.children.length ? vscode.TreeItemCollapsibleState.Collapsed : vscode.TreeItemCollapsibleState.None);
    if (item.kind === 'mission') tree.collapsibleState = vscode.TreeItemCollapsibleState.Expanded;
    const progress = item.progress === undefined ? '' : `${Math.round(item.progress * 100)}%`;
    const problems = item.problems ? `${item.problems} problem${item.problems === 1 ? '' : 's'}` : '';
    tree.description = [progress, problems, vscode.workspace.asRelativePath(vscode.Uri.parse(item.location.uri))].filter(Boolean).join(' · ');
    tree.iconPath = new vscode.ThemeIcon(ICONS[item.kind], item.problems ? new vscode.ThemeColor('problemsWarningIcon.foreground') : undefined);
    tree.tooltip = `${item.label} — ${item.title}`;
    tree.command = { command: 'throughline.revealNode', title: 'Open', arguments: [item.location] };
    return tree;
  }

  async getChildren(item?: AlignmentItem): Promise<AlignmentItem[]> {
    if (item) return item.children;
    const client = this.client();
    if (!client?.isRunning()) return [];
    this.roots ??= Promise.resolve(client.sendRequest(AlignmentTreeRequest, {})).catch(() => []);
    return this.roots;
  }
}

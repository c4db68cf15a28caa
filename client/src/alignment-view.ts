import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { AlignmentTreeRequest, type AlignmentItem } from '../../server/src/protocol';

export const ALIGNMENT_VIEW = 'throughline.alignment';

const ICONS: Record<AlignmentItem['kind'], string> = { mission: 'compass', objective: 'target', kr: 'graph-line', initiative: 'tools' };

/** What the alignment view shows for an item: `KR1.2: Cut …`, progress, problems, the plan's path. */
export function describeItem(item: AlignmentItem): { label: string; description: string; tooltip: string } {
  const label = `${item.kind === 'mission' ? 'Mission' : item.id}: ${item.title}`;
  const progress = item.progress === undefined ? '' : `${Math.round(item.progress * 100)}%`;
  const problems = item.problems ? `${item.problems} problem${item.problems === 1 ? '' : 's'}` : '';
  const path = vscode.workspace.asRelativePath(vscode.Uri.parse(item.location.uri));
  return {
    label,
    description: [progress, problems, path].filter(Boolean).join(' · '),
    tooltip: [`${item.label}: ${item.title}`, progress && `Progress ${progress}`, problems, path].filter(Boolean).join('\n'),
  };
}

function totalProblems(items: AlignmentItem[]): number {
  return items.reduce((sum, item) => sum + item.problems + totalProblems(item.children), 0);
}

/** The alignment view: missions → objectives → key results → initiatives, cascading across plans. */
export class AlignmentView implements vscode.TreeDataProvider<AlignmentItem>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeTreeData = this.changed.event;
  private readonly view: vscode.TreeView<AlignmentItem>;
  private roots: Promise<AlignmentItem[]> | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly client: () => LanguageClient | undefined) {
    this.view = vscode.window.createTreeView(ALIGNMENT_VIEW, { treeDataProvider: this, showCollapseAll: true });
  }

  /** Refreshes soon; a burst of changes refreshes once. */
  refresh(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.roots = undefined;
      this.changed.fire();
    }, 150);
  }

  getTreeItem(item: AlignmentItem): vscode.TreeItem {
    const { label, description, tooltip } = describeItem(item);
    // Missions and objectives open, key results closed: the shape of the plans at a glance.
    const state = !item.children.length
      ? vscode.TreeItemCollapsibleState.None
      : item.kind === 'mission' || item.kind === 'objective'
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

  async getChildren(item?: AlignmentItem): Promise<AlignmentItem[]> {
    if (item) return item.children;
    const client = this.client();
    if (!client?.isRunning()) return [];
    this.roots ??= Promise.resolve(client.sendRequest(AlignmentTreeRequest, {})).catch(() => []);
    const roots = await this.roots;
    const problems = totalProblems(roots);
    this.view.badge = problems ? { value: problems, tooltip: `${problems} problem${problems === 1 ? '' : 's'} in the plans` } : undefined;
    return roots;
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    this.view.dispose();
    this.changed.dispose();
  }
}

import * as vscode from 'vscode';
import type { BaseLanguageClient as LanguageClient } from 'vscode-languageclient';
import { AlignmentMapRequest } from '../../server/src/protocol';
import { MapViewState, mapViewPage, type MapViewMessage } from '../../server/src/core/report/map-view';

export const OPEN_ALIGNMENT_MAP = 'throughline.openAlignmentMap';
const VIEW_TYPE = 'throughline.alignmentMap';

/**
 * The Alignment Map in a webview panel: the server's report model, laid out by the report's
 * own map writer (`MapViewState` in the core), refreshed when plans change. This class only
 * relays: model in, messages out, a click to the plan's line.
 */
export class AlignmentMapPanel implements vscode.Disposable {
  private panel: vscode.WebviewPanel | undefined;
  private readonly state = new MapViewState();
  private uris: Record<string, string> = {};
  private timer: ReturnType<typeof setTimeout> | undefined;
  /** The plans changed while the panel was hidden: fetch when it shows again. */
  private stale = false;
  /** One request at a time: changes during one fetch once more when it is answered. */
  private fetching = false;
  private again = false;
  private readonly command: vscode.Disposable;

  constructor(private readonly client: () => LanguageClient | undefined) {
    this.command = vscode.commands.registerCommand(OPEN_ALIGNMENT_MAP, () => this.open());
  }

  open(): void {
    if (this.panel) return this.panel.reveal();
    const panel = vscode.window.createWebviewPanel(VIEW_TYPE, 'Alignment Map', vscode.ViewColumn.Active, { enableScripts: true, localResourceRoots: [] });
    this.panel = panel;
    panel.webview.html = mapViewPage({ nonce: nonce(), cspSource: panel.webview.cspSource });
    panel.webview.onDidReceiveMessage((message: MapViewMessage) => void this.receive(message));
    panel.onDidChangeViewState(() => {
      if (panel.visible && this.stale) this.refresh();
    });
    panel.onDidDispose(() => (this.panel = undefined));
  }

  /** Fetches the model again soon; a burst of changes fetches once. */
  refresh(): void {
    if (!this.panel) return;
    if (!this.panel.visible) {
      this.stale = true;
      return;
    }
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.fetch(), 50);
  }

  private async fetch(): Promise<void> {
    const client = this.client();
    if (!client?.isRunning() || !this.panel) return;
    if (this.fetching) {
      this.again = true;
      return;
    }
    this.stale = false;
    this.fetching = true;
    try {
      const map = await Promise.resolve(client.sendRequest(AlignmentMapRequest, {})).catch(() => undefined);
      if (map) {
        this.uris = map.uris;
        this.state.setModel(map.model);
        this.post();
      }
    } finally {
      this.fetching = false;
    }
    if (this.again) {
      this.again = false;
      await this.fetch();
    }
  }

  private post(): void {
    void this.panel?.webview.postMessage(this.state.render());
  }

  private async receive(message: MapViewMessage): Promise<void> {
    switch (message.type) {
      case 'ready':
        // A page shown again starts empty: what is known now, then what is current.
        this.post();
        return this.fetch();
      case 'open':
        return this.reveal(message.key);
      case 'toggle':
        if (this.state.toggle(message.key, message.open, message.written)) this.post();
        return;
      case 'more':
        this.state.more(message.key);
        return this.post();
      case 'filter':
        this.state.setFilter(message.filter);
        return this.post();
    }
  }

  /** Opens a node's plan beside the map, the cursor at the start of the node's line. */
  private async reveal(key: string): Promise<void> {
    const node = this.state.node(key);
    const uri = node && this.uris[node.file];
    if (!node || !uri) return;
    const document = await vscode.workspace.openTextDocument(vscode.Uri.parse(uri));
    const at = new vscode.Position(Math.min(node.line - 1, document.lineCount - 1), 0);
    const editor = await vscode.window.showTextDocument(document, { viewColumn: vscode.ViewColumn.Beside, selection: new vscode.Range(at, at) });
    editor.revealRange(new vscode.Range(at, at), vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    this.panel?.dispose();
    this.command.dispose();
  }
}

/** A fresh nonce for the page's style and script (Web Crypto: the client runs in Node and in browsers). */
function nonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes));
}

import * as vscode from 'vscode';
import type { BaseLanguageClient as LanguageClient } from 'vscode-languageclient';
import { MapViewRequest, type MapViewAnswer, type MapViewParams } from '../../server/src/protocol';
import { mapViewPage } from '../../server/src/core/report/map-view';

export const OPEN_ALIGNMENT_MAP = 'throughline.openAlignmentMap';
const VIEW_TYPE = 'throughline.alignmentMap';

/**
 * The Alignment Map in a webview panel. The language server keeps the map and its view state
 * (`AlignmentMapSession` in the core) and answers each of the page's messages with what to
 * show; this class only relays: the page's messages and "plans changed" to the server, renders
 * to the page, a click to the plan's line.
 */
export class AlignmentMapPanel implements vscode.Disposable {
  private panel: vscode.WebviewPanel | undefined;
  /** The plans changed while the panel was hidden: refresh when it shows again. */
  private stale = false;
  /** One refresh at a time: changes during one refresh once more when it is answered. */
  private refreshing = false;
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
    panel.webview.onDidReceiveMessage((message: MapViewParams) => void this.ask(message));
    panel.onDidChangeViewState(() => {
      if (panel.visible && this.stale) this.refresh();
    });
    panel.onDidDispose(() => {
      this.panel = undefined;
      // The server lets the map's model go.
      void this.ask({ type: 'close' });
    });
  }

  /** The plans changed (the server says so once a burst of changes is checked): show the map as it is now. */
  refresh(): void {
    if (!this.panel) return;
    if (!this.panel.visible) {
      this.stale = true;
      return;
    }
    void this.refreshOnce();
  }

  private async refreshOnce(): Promise<void> {
    if (this.refreshing) {
      this.again = true;
      return;
    }
    this.stale = false;
    this.refreshing = true;
    try {
      await this.ask({ type: 'refresh' });
    } finally {
      this.refreshing = false;
    }
    if (this.again) {
      this.again = false;
      await this.refreshOnce();
    }
  }

  /** Hands a message to the server and does what it answers. */
  private async ask(message: MapViewParams): Promise<void> {
    const client = this.client();
    if (!client?.isRunning()) return;
    const answer: MapViewAnswer | undefined = await Promise.resolve(client.sendRequest(MapViewRequest, message)).catch(() => undefined);
    if (answer?.type === 'render') void this.panel?.webview.postMessage(answer);
    else if (answer?.type === 'reveal') await reveal(answer.uri, answer.line);
  }

  dispose(): void {
    this.panel?.dispose();
    this.command.dispose();
  }
}

/** Opens a plan beside the map, the cursor at the start of the node's line (1-based). */
async function reveal(uri: string, line: number): Promise<void> {
  const document = await vscode.workspace.openTextDocument(vscode.Uri.parse(uri));
  const at = new vscode.Position(Math.min(line - 1, document.lineCount - 1), 0);
  const editor = await vscode.window.showTextDocument(document, { viewColumn: vscode.ViewColumn.Beside, selection: new vscode.Range(at, at) });
  editor.revealRange(new vscode.Range(at, at), vscode.TextEditorRevealType.InCenterIfOutsideViewport);
}

/** A fresh nonce for the page's style and script (Web Crypto: the client runs in Node and in browsers). */
function nonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes));
}

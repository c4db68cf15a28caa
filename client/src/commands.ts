import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { ChainRequest, ParentRequest } from '../../server/src/protocol';
import { RULES } from '../../server/src/core/rules/registry';
import type { RuleDocsProvider } from './rule-docs';

type ClientRef = () => LanguageClient | undefined;

function positionParams(editor: vscode.TextEditor): { textDocument: { uri: string }; position: vscode.Position } {
  return { textDocument: { uri: editor.document.uri.toString() }, position: editor.selection.active };
}

async function reveal(location: { uri: string; range: { start: { line: number; character: number }; end: { line: number; character: number } } }): Promise<vscode.TextEditor> {
  const document = await vscode.workspace.openTextDocument(vscode.Uri.parse(location.uri));
  const { start, end } = location.range;
  const range = new vscode.Range(start.line, start.character, end.line, end.character);
  const editor = await vscode.window.showTextDocument(document, { selection: new vscode.Selection(range.start, range.start) });
  editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  return editor;
}

/** Initiative → KR → objective → mission (or the company KR it cascades from). */
async function goToParent(client: ClientRef): Promise<void> {
  const editor = vscode.window.activeTextEditor;
  if (!editor || !client()) return;
  const parent = await client()!.sendRequest(ParentRequest, positionParams(editor));
  if (parent) await reveal(parent);
  else void vscode.window.setStatusBarMessage('Throughline: this node has no parent (it is the top of its chain).', 3000);
}

async function showChain(client: ClientRef): Promise<void> {
  const editor = vscode.window.activeTextEditor;
  if (!editor || !client()) return;
  const chain = await client()!.sendRequest(ChainRequest, positionParams(editor));
  if (!chain.length) return void vscode.window.showInformationMessage('Throughline: no plan node on this line.');
  const items = await Promise.all(
    chain.map(async (location, depth) => {
      const document = await vscode.workspace.openTextDocument(vscode.Uri.parse(location.uri));
      const line = document.lineAt(location.range.start.line).text.replace(/^[#\s*+-]+/, '');
      return { label: `${'  '.repeat(chain.length - 1 - depth)}${line}`, description: vscode.workspace.asRelativePath(document.uri), location };
    }),
  );
  const picked = await vscode.window.showQuickPick(items.reverse(), { title: 'Alignment chain (mission first)', placeHolder: 'Select a level to go to it' });
  if (picked) await reveal(picked.location);
}

async function showChildren(uri?: string, position?: { line: number; character: number }): Promise<void> {
  const editor = vscode.window.activeTextEditor;
  const target = uri ? vscode.Uri.parse(uri) : editor?.document.uri;
  const at = position ? new vscode.Position(position.line, position.character) : editor?.selection.active;
  if (!target || !at) return;
  const locations = await vscode.commands.executeCommand<vscode.Location[]>('vscode.executeReferenceProvider', target, at);
  await vscode.commands.executeCommand('editor.action.showReferences', target, at, locations ?? []);
}

async function openRuleDocs(docs: RuleDocsProvider, code?: string): Promise<void> {
  let rule = code;
  if (!rule) {
    const picked = await vscode.window.showQuickPick(
      RULES.map((r) => ({ label: `${r.code} ${r.name}`, description: r.defaultSeverity, detail: r.description, code: r.code })),
      { title: 'Throughline rules', matchOnDetail: true },
    );
    rule = picked?.code;
  }
  if (rule) await docs.open(rule);
}

/** Every command, declared once; package.json contributes the same ids. */
export function registerCommands(client: ClientRef, docs: RuleDocsProvider): vscode.Disposable[] {
  const table: Record<string, (...args: never[]) => unknown> = {
    'throughline.goToParent': () => goToParent(client),
    'throughline.showChain': () => showChain(client),
    'throughline.showChildren': (uri?: string, position?: { line: number; character: number }) => showChildren(uri, position),
    'throughline.restartServer': () => client()?.restart(),
    'throughline.openRuleDocs': (code?: string) => openRuleDocs(docs, code),
    // Plans are Markdown: VS Code's own preview renders them when given the document explicitly.
    'throughline.openPreview': () => vscode.commands.executeCommand('markdown.showPreviewToSide', vscode.window.activeTextEditor?.document.uri),
    'throughline.revealNode': (location: { uri: string; range: vscode.Range }) => reveal(location),
  };
  return Object.entries(table).map(([id, run]) => vscode.commands.registerCommand(id, run as (...args: unknown[]) => unknown));
}

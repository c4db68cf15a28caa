import * as vscode from 'vscode';
import type { BaseLanguageClient as LanguageClient } from 'vscode-languageclient';
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
  const running = client();
  if (!editor || !running) return;
  const parent = await running.sendRequest(ParentRequest, positionParams(editor));
  if (parent) {
    await reveal(parent);
    return;
  }
  const chain = await running.sendRequest(ChainRequest, positionParams(editor));
  void vscode.window.setStatusBarMessage(
    chain.length ? 'Throughline: this is the top of the chain; it has no parent.' : 'Throughline: the cursor is not on a mission, objective, key result or initiative.',
    4000,
  );
}

const KIND_ICONS: [RegExp, string][] = [
  [/^mission\b/i, 'compass'],
  [/^(objective\b|o\d)/i, 'target'],
  [/^(kr\b|kr\s*\d|key\s+result\b)/i, 'graph-line'],
  [/^initiative\b/i, 'tools'],
];

/** A quick pick of the chain, mission first; selecting a level goes there. */
async function showChain(client: ClientRef): Promise<void> {
  const editor = vscode.window.activeTextEditor;
  const running = client();
  if (!editor || !running) return;
  const chain = await running.sendRequest(ChainRequest, positionParams(editor));
  if (!chain.length) return void vscode.window.showInformationMessage('Throughline: the cursor is not on a mission, objective, key result or initiative.');
  const items = await Promise.all(
    chain.map(async (location, index) => {
      const document = await vscode.workspace.openTextDocument(vscode.Uri.parse(location.uri));
      const text = document.lineAt(location.range.start.line).text.replace(/^[#\s*+-]+/, '');
      const icon = KIND_ICONS.find(([pattern]) => pattern.test(text))?.[1] ?? 'circle-small';
      const path = vscode.workspace.asRelativePath(document.uri);
      return { label: `$(${icon}) ${text}`, description: index === 0 ? `here · ${path}` : path, location };
    }),
  );
  const picked = await vscode.window.showQuickPick(items.reverse(), { title: 'Alignment chain, mission first', placeHolder: 'Select a level to go to it', matchOnDescription: true });
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

/** The rules of the Throughline diagnostics under the cursor, first one first. */
function rulesAtCursor(): string[] {
  const editor = vscode.window.activeTextEditor;
  if (!editor) return [];
  return vscode.languages
    .getDiagnostics(editor.document.uri)
    .filter((d) => d.source === 'throughline' && d.range.contains(editor.selection.active))
    .map((d) => String(typeof d.code === 'object' ? d.code.value : d.code));
}

/** Opens a rule's explanation: the given rule, else the one under the cursor, else a pick of every rule. */
async function openRuleDocs(docs: RuleDocsProvider, code?: string): Promise<void> {
  let rule: string | undefined = typeof code === 'string' ? code : rulesAtCursor()[0];
  if (!rule) {
    const picked = await vscode.window.showQuickPick(
      RULES.map((r) => ({ label: `${r.code} ${r.name}`, description: r.defaultSeverity, detail: r.description, code: r.code })),
      { title: 'Throughline rules', placeHolder: 'Type a code, a name or a word of the description', matchOnDescription: true, matchOnDetail: true },
    );
    rule = picked?.code;
  }
  if (rule) await docs.open(rule);
}

/** Plans are Markdown: VS Code's own preview renders them when it is given the document. */
async function openPreview(side: boolean): Promise<void> {
  const uri = vscode.window.activeTextEditor?.document.uri;
  if (!uri) return;
  await vscode.commands.executeCommand(side ? 'markdown.showPreviewToSide' : 'markdown.showPreview', uri).then(undefined, () =>
    vscode.window.showErrorMessage('Open Preview uses VS Code’s built-in Markdown extension, which is disabled; enable “Markdown Language Features” to preview plans.'),
  );
}

/** Every command, declared once; package.json contributes the same ids. */
export function registerCommands(client: ClientRef, docs: RuleDocsProvider, restart: () => Promise<void>): vscode.Disposable[] {
  const table: Record<string, (...args: never[]) => unknown> = {
    'throughline.goToParent': () => goToParent(client),
    'throughline.showChain': () => showChain(client),
    'throughline.showChildren': (uri?: string, position?: { line: number; character: number }) => showChildren(uri, position),
    'throughline.restartServer': restart,
    'throughline.openRuleDocs': (code?: string) => openRuleDocs(docs, code),
    'throughline.openPreview': (options?: { side?: boolean }) => openPreview(options?.side ?? true),
    'throughline.revealNode': (location: { uri: string; range: vscode.Range }) => reveal(location),
  };
  return Object.entries(table).map(([id, run]) => vscode.commands.registerCommand(id, run as (...args: unknown[]) => unknown));
}

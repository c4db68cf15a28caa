import * as vscode from 'vscode';
import type { BaseLanguageClient as LanguageClient } from 'vscode-languageclient';
import { ExplainRuleRequest } from '../../server/src/protocol';

export const RULE_DOCS_SCHEME = 'throughline-rule';

/** Rule explanations as read-only Markdown documents, `throughline-rule:OKR401.md`, shown in the preview. */
export class RuleDocsProvider implements vscode.TextDocumentContentProvider {
  constructor(private readonly client: () => LanguageClient | undefined) {}

  async provideTextDocumentContent(uri: vscode.Uri): Promise<string> {
    const rule = uri.path.replace(/\.md$/, '');
    const text = await this.client()?.sendRequest(ExplainRuleRequest, { rule });
    return text ?? `No rule \`${rule}\`.`;
  }

  /** Opens a rule's explanation in the Markdown preview. */
  async open(rule: string): Promise<void> {
    const uri = vscode.Uri.from({ scheme: RULE_DOCS_SCHEME, path: `${rule}.md` });
    await vscode.commands.executeCommand('markdown.showPreview', uri).then(undefined, async () => {
      await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri), { preview: true });
    });
  }
}

import * as vscode from 'vscode';
import type { BaseLanguageClient as LanguageClient } from 'vscode-languageclient';
import { posix } from 'node:path';
import { NextPeriodPlanRequest } from '../../server/src/protocol';
import { newPlanText } from '../../server/src/core/features/plan-writer';
import { START_NEXT_PERIOD_COMMAND } from '../../server/src/core/features/code-lens';
import { parsePeriod } from '../../server/src/core/period';

type ClientRef = () => LanguageClient | undefined;

/** Today as the date rules see it: `throughline.today` when pinned, else the local date. */
function today(): string {
  const pinned = vscode.workspace.getConfiguration('throughline').get<string>('today');
  if (pinned && /^\d{4}-\d{2}-\d{2}$/.test(pinned)) return pinned;
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

const slug = (team: string): string =>
  team
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '') || 'plan';

async function exists(uri: vscode.Uri): Promise<boolean> {
  return vscode.workspace.fs.stat(uri).then(
    () => true,
    () => false,
  );
}

/** Writes a new file (never over an existing one unless the user says so) and opens it. */
async function writeAndOpen(uri: vscode.Uri, text: string): Promise<vscode.TextEditor | undefined> {
  if (await exists(uri)) {
    const choice = await vscode.window.showWarningMessage(`${vscode.workspace.asRelativePath(uri)} already exists.`, { modal: true }, 'Replace');
    if (choice !== 'Replace') return undefined;
  }
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
  return vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
}

/** "Throughline: New Plan": asks team, period and parent plan, then writes a skeleton that is valid as written. */
async function newPlan(): Promise<vscode.TextEditor | undefined> {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) return void vscode.window.showInformationMessage('Open a folder first: a plan is a file in it.');
  const team = await vscode.window.showInputBox({ title: 'New Plan (1/3): team', prompt: 'Which team (or the company) is the plan for?', placeHolder: 'Payments', ignoreFocusOut: true, validateInput: (v) => (v.trim() ? undefined : 'Name the team.') });
  if (team === undefined) return undefined;
  const date = today();
  const quarter = `${date.slice(0, 4)}-Q${Math.floor((Number(date.slice(5, 7)) - 1) / 3) + 1}`;
  const period = await vscode.window.showInputBox({
    title: 'New Plan (2/3): period',
    prompt: 'A quarter (2026-Q2), a half (2026-H2), a year (2026) or days (2026-01-05..2026-03-27)',
    value: quarter,
    ignoreFocusOut: true,
    validateInput: (v) => (parsePeriod(v) ? undefined : 'Write a quarter (2026-Q2), a half (2026-H2), a year or a range of days.'),
  });
  if (period === undefined) return undefined;
  const plans = (await vscode.workspace.findFiles('**/*.okr.md', '**/node_modules/**', 500)).sort((a, b) => a.path.localeCompare(b.path));
  const none = { label: '$(circle-slash) None', description: 'the plan has its own mission', uri: undefined as vscode.Uri | undefined };
  const picked = await vscode.window.showQuickPick([none, ...plans.map((uri) => ({ label: vscode.workspace.asRelativePath(uri), description: '', uri }))], {
    title: 'New Plan (3/3): parent plan',
    placeHolder: 'The plan this one cascades from',
    ignoreFocusOut: true,
  });
  if (!picked) return undefined;
  // Beside the active plan when there is one (team plans sit together), else at the folder's root.
  const active = vscode.window.activeTextEditor?.document.uri;
  const dir = active && active.scheme === 'file' && /\.okr\.md$/i.test(active.path) ? vscode.Uri.joinPath(active, '..') : folder.uri;
  let uri = vscode.Uri.joinPath(dir, `${slug(team)}.okr.md`);
  if (await exists(uri)) uri = vscode.Uri.joinPath(dir, `${slug(team)}-${period.trim()}.okr.md`);
  const parentPath = picked.uri ? posix.relative(posix.dirname(uri.path), picked.uri.path) : undefined;
  return writeAndOpen(uri, newPlanText({ team, period, ...(parentPath ? { parentPath } : {}) }));
}

/** "Throughline: Start Next Quarter's Plan": the next period's plan from the open one, written beside it. */
async function startNextPeriod(client: ClientRef, uri?: string): Promise<vscode.TextEditor | undefined> {
  const target = uri ?? vscode.window.activeTextEditor?.document.uri.toString();
  const running = client();
  if (!target || !running) return undefined;
  const next = await running.sendRequest(NextPeriodPlanRequest, { uri: target });
  if (!next) return void vscode.window.showInformationMessage('Throughline: this plan has no period to follow; add `period: 2026-Q1` to its front matter.');
  const editor = await writeAndOpen(vscode.Uri.parse(next.uri), next.text);
  if (editor) {
    const left = next.left.length ? `; left behind (finished, done or dropped): ${next.left.join(', ')}` : '';
    void vscode.window.showInformationMessage(`Throughline: ${next.period}’s plan carries ${next.carried.length} nodes${left}. Baselines come from the last check-ins.`);
  }
  return editor;
}

/** The plan-writing commands; package.json contributes the same ids. */
export function registerPlanCommands(client: ClientRef): vscode.Disposable[] {
  return [vscode.commands.registerCommand('throughline.newPlan', newPlan), vscode.commands.registerCommand(START_NEXT_PERIOD_COMMAND, (uri?: string) => startNextPeriod(client, typeof uri === 'string' ? uri : undefined))];
}

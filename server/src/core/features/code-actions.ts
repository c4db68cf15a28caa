import { CodeActionKind, type CodeAction, type Diagnostic } from 'vscode-languageserver-types';
import type { Range } from '../model';
import { LineIndex } from '../parse/positions';
import type { Finding } from '../rules/types';
import type { FeatureContext } from './context';

/** A cursor anywhere on a finding's lines gets its actions, as editors show a lightbulb per line. */
function linesOverlap(a: Range, b: Range): boolean {
  return a.start.line <= b.end.line && b.start.line <= a.end.line;
}

export const OPEN_RULE_DOCS_COMMAND = 'throughline.openRuleDocs';

function insertAt(line: number, text: string): { range: Range; newText: string } {
  return { range: { start: { line, character: 0 }, end: { line, character: 0 } }, newText: text };
}

function actionsForFinding(ctx: FeatureContext, finding: Finding, lines: LineIndex, fileStart: number, toDiagnostic: (f: Finding) => Diagnostic): CodeAction[] {
  const uri = ctx.uriOf(finding.file);
  const diagnostics = [toDiagnostic(finding)];
  const actions: CodeAction[] = [];
  if (finding.fix) {
    const changes: Record<string, { range: Range; newText: string }[]> = {};
    for (const edit of finding.fix.edits) (changes[ctx.uriOf(edit.file)] ??= []).push({ range: edit.range, newText: edit.newText });
    actions.push({ title: finding.fix.title.replace(/`/g, ''), kind: CodeActionKind.QuickFix, diagnostics, isPreferred: true, edit: { changes } });
  }
  const line = finding.range.start.line;
  const indent = /^\s*/.exec(lines.lineText(line))![0];
  actions.push({
    title: `Disable ${finding.rule} for this line`,
    kind: CodeActionKind.QuickFix,
    diagnostics,
    edit: { changes: { [uri]: [insertAt(line, `${indent}<!-- okr-disable-next-line ${finding.rule} -->\n`)] } },
  });
  actions.push({
    title: `Disable ${finding.rule} in this file`,
    kind: CodeActionKind.QuickFix,
    diagnostics,
    edit: { changes: { [uri]: [insertAt(fileStart, `<!-- okr-disable ${finding.rule} -->\n`)] } },
  });
  actions.push({
    title: `Show documentation for ${finding.rule}`,
    kind: CodeActionKind.QuickFix,
    diagnostics,
    command: { title: `Show documentation for ${finding.rule}`, command: OPEN_RULE_DOCS_COMMAND, arguments: [finding.code] },
  });
  return actions;
}

/**
 * Code actions for the findings overlapping a range: the rule's fix where it has one, disable
 * for this line, disable in this file, show the rule's documentation.
 */
export function codeActionsFor(ctx: FeatureContext, file: string, range: Range, toDiagnostic: (f: Finding) => Diagnostic, onlyCodes?: string[]): CodeAction[] {
  const plan = ctx.graph.plan(file);
  if (!plan) return [];
  const lines = new LineIndex(plan.text);
  const fileStart = plan.frontMatter ? plan.frontMatter.range.end.line + 1 : 0;
  return ctx
    .findingsFor(file)
    .filter((f) => linesOverlap(f.range, range) && (!onlyCodes || onlyCodes.includes(f.code)))
    .flatMap((f) => actionsForFinding(ctx, f, lines, fileStart, toDiagnostic));
}

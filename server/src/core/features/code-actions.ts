import { CodeActionKind, type CodeAction, type Diagnostic, type WorkspaceEdit } from 'vscode-languageserver-types';
import type { Range } from '../model';
import { LineIndex } from '../parse/positions';
import type { Finding, Fix } from '../rules/types';
import type { FeatureContext } from './context';

/** A cursor anywhere on a finding's lines gets its actions, as editors show a lightbulb per line. */
function linesOverlap(a: Range, b: Range): boolean {
  return a.start.line <= b.end.line && b.start.line <= a.end.line;
}

export const OPEN_RULE_DOCS_COMMAND = 'throughline.openRuleDocs';

/** The kind of the action that applies every repeatable fix of a file (editors run it on save when asked to). */
export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.throughline`;

function insertAt(line: number, text: string): { range: Range; newText: string } {
  return { range: { start: { line, character: 0 }, end: { line, character: 0 } }, newText: text };
}

function editOf(ctx: FeatureContext, fixes: Fix[]): WorkspaceEdit {
  const changes: Record<string, { range: Range; newText: string }[]> = {};
  for (const fix of fixes) for (const edit of fix.edits) (changes[ctx.uriOf(edit.file)] ??= []).push({ range: edit.range, newText: edit.newText });
  return { changes };
}

function before(a: Range['start'], b: Range['start']): boolean {
  return a.line < b.line || (a.line === b.line && a.character < b.character);
}

/** Whether two edits' ranges share text (an insertion touching a range's end does not). */
function editsClash(a: Range, b: Range): boolean {
  return (before(a.start, b.end) && before(b.start, a.end)) || (a.start.line === b.start.line && a.start.character === b.start.character);
}

/** The repeatable fixes of findings, leaving out any that would edit text another already edits. */
function compatibleFixes(findings: Finding[]): { fixes: Fix[]; findings: Finding[] } {
  const taken: { file: string; range: Range }[] = [];
  const fixes: Fix[] = [];
  const fixed: Finding[] = [];
  for (const finding of findings) {
    const fix = finding.fix;
    if (!fix?.repeatable) continue;
    if (fix.edits.some((e) => taken.some((t) => t.file === e.file && editsClash(t.range, e.range)))) continue;
    for (const e of fix.edits) taken.push({ file: e.file, range: e.range });
    fixes.push(fix);
    fixed.push(finding);
  }
  return { fixes, findings: fixed };
}

const quickFix = (title: string, diagnostics: Diagnostic[], rest: Partial<CodeAction>): CodeAction => ({ title: title.replace(/`/g, ''), kind: CodeActionKind.QuickFix, diagnostics, ...rest });

function actionsForFinding(ctx: FeatureContext, finding: Finding, all: Finding[], disable: { lines: LineIndex; fileStart: number } | undefined, toDiagnostic: (f: Finding) => Diagnostic): CodeAction[] {
  const uri = ctx.uriOf(finding.file);
  const diagnostics = [toDiagnostic(finding)];
  const actions: CodeAction[] = [];
  // The mechanical fix is the one the editor preselects (and applies with "Auto Fix"); a disable never is.
  if (finding.fix) actions.push(quickFix(finding.fix.title, diagnostics, { isPreferred: true, edit: editOf(ctx, [finding.fix]) }));
  for (const fix of finding.otherFixes ?? []) actions.push(quickFix(fix.title, diagnostics, { edit: editOf(ctx, [fix]) }));
  if (finding.fix?.repeatable) {
    const same = compatibleFixes(all.filter((f) => f.code === finding.code));
    if (same.fixes.length > 1) {
      actions.push(quickFix(`Fix all ${same.fixes.length} ${finding.rule} problems in this file`, same.findings.map(toDiagnostic), { edit: editOf(ctx, same.fixes) }));
    }
  }
  if (disable) {
    const line = finding.range.start.line;
    const indent = /^\s*/.exec(disable.lines.lineText(line))![0];
    actions.push(quickFix(`Disable ${finding.rule} for this line`, diagnostics, { edit: { changes: { [uri]: [insertAt(line, `${indent}<!-- okr-disable-next-line ${finding.rule} -->\n`)] } } }));
    actions.push(quickFix(`Disable ${finding.rule} in this file`, diagnostics, { edit: { changes: { [uri]: [insertAt(disable.fileStart, `<!-- okr-disable ${finding.rule} -->\n`)] } } }));
  }
  actions.push(
    quickFix(`Show documentation for ${finding.rule}`, diagnostics, {
      command: { title: `Show documentation for ${finding.rule}`, command: OPEN_RULE_DOCS_COMMAND, arguments: [finding.code] },
    }),
  );
  return actions;
}

/**
 * Code actions for the findings overlapping a range: the rule's fix where it has one (preferred),
 * fixes to choose between, fix all of the rule in the file (where its fix is repeatable), disable
 * for this line, disable in this file, show the rule's documentation. A file that is not a plan
 * (`.okrrc.json`) gets its fixes and documentation, not the disable comments.
 */
export function codeActionsFor(ctx: FeatureContext, file: string, range: Range, toDiagnostic: (f: Finding) => Diagnostic, onlyCodes?: string[]): CodeAction[] {
  const plan = ctx.graph.plan(file);
  const disable = plan && { lines: new LineIndex(plan.text), fileStart: plan.frontMatter ? plan.frontMatter.range.end.line + 1 : 0 };
  const all = ctx.findingsFor(file);
  return all
    .filter((f) => linesOverlap(f.range, range) && (!onlyCodes || onlyCodes.includes(f.code)))
    .flatMap((f) => actionsForFinding(ctx, f, all, disable, toDiagnostic));
}

/** `source.fixAll`: every repeatable fix of the file in one edit, or nothing when there is none. */
export function fixAllAction(ctx: FeatureContext, file: string, toDiagnostic: (f: Finding) => Diagnostic): CodeAction[] {
  const { fixes, findings } = compatibleFixes(ctx.findingsFor(file));
  if (!fixes.length) return [];
  return [{ title: 'Fix all Throughline problems that have a mechanical fix', kind: FIX_ALL_KIND, diagnostics: findings.map(toDiagnostic), edit: editOf(ctx, fixes) }];
}

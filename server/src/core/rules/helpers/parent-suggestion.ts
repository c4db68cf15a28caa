import { posix } from 'node:path';
import type { WorkspaceGraph } from '../../graph';
import { isAllowedParentKind } from '../../graph';
import type { Plan, PlanNode, Range, Reference } from '../../model';
import { lineRange } from '../../model';
import { readReference } from '../../parse/node-line';
import { didYouMean, editDistance, typoAllowance } from '../../did-you-mean';
import type { Fix } from '../types';
import { LastRead } from '../../last-read';
import { relativePath } from '../../relative-path';

/*
 * Did-you-mean for references that do not resolve: a misspelt id (`RK1.2`), a misspelt or
 * mis-nested path (`../compnay/2026-Q1.okr.md`). A suggestion is made only when one candidate
 * is clearly nearest, and only when the corrected reference resolves to a node the writer may
 * name, so applying it always clears the finding.
 */

/** The plans a bare id is looked up in: this one, then its parent plans. */
function bareIdPlans(graph: WorkspaceGraph, plan: Plan): Plan[] {
  const plans: Plan[] = [];
  for (let p: Plan | undefined = plan; p && !plans.includes(p); p = graph.parentPlan(p)) plans.push(p);
  return plans;
}

/** The id in `plans` that `id` most likely meant, among the nodes `fits` accepts. */
function meantId(id: string, plans: Plan[], fits: (n: PlanNode) => boolean): string | undefined {
  // One candidate per id: a bare id resolves to the first plan that has it.
  const ids = new Set(plans.flatMap((p) => p.nodes.filter(fits).map((n) => n.id)));
  return didYouMean(id, ids);
}

/**
 * The plan path `path` most likely meant, written from `plan`; a path written without its
 * extension (`company`) counts as a typo of it. The plans of a folder often share a path that
 * names no plan (a company plan moved or renamed, every team plan still pointing at it), and
 * each answer compares the path with every plan's: answers are kept by folder and path for as
 * long as the set of plans is the same.
 */
function meantPath(graph: WorkspaceGraph, plan: Plan, path: string): string | undefined {
  const written = path.replace(/^\.\//, '');
  const folder = posix.dirname(plan.file);
  // The plan itself is no candidate. It can change the answer only when the path is near its own name, and then the answer is its own.
  if (mayNameItself(written, posix.basename(plan.file))) return nearestPath(relativePaths(graph.files().filter((file) => file !== plan.file), folder), written);
  const files = graph.fileList();
  let kept = keptByPlans.get(files);
  if (!kept) keptByPlans.set(files, (kept = { answers: new Map(), pathsFrom: new LastRead(4) }));
  const key = `${folder}\n${written}`;
  if (kept.answers.has(key)) return kept.answers.get(key);
  const answer = nearestPath(kept.pathsFrom.get(folder, (from) => relativePaths(files, from)), written);
  kept.answers.set(key, answer);
  return answer;
}

/**
 * What `meantPath` worked out, by the list of plan files it came from (a new list when a plan
 * comes or goes): its answers by folder and path, and every plan's path as written from the
 * last folders asked about (a check goes folder by folder; kept for every folder, they were
 * 20 MB on 2,000 plans in 200 folders).
 */
const keptByPlans = new WeakMap<readonly string[], { answers: Map<string, string | undefined>; pathsFrom: LastRead<string, string[]> }>();

function mayNameItself(written: string, ownName: string): boolean {
  const lower = written.toLowerCase();
  const allowed = typoAllowance(lower.length);
  return withoutExtension(ownName) === lower || editDistance(lower, ownName.toLowerCase(), allowed) <= allowed;
}

const withoutExtension = (path: string): string => path.replace(/(?:\.okr)?\.md$/i, '').toLowerCase();

const relativePaths = (files: readonly string[], folder: string): string[] => files.map((file) => relativePath(folder, file));

/** Among plan paths written from one folder, the one `written` most likely meant. */
function nearestPath(paths: string[], written: string): string | undefined {
  const lower = written.toLowerCase();
  const bare = paths.filter((p) => withoutExtension(p) === lower);
  if (bare.length === 1) return bare[0]!;
  return didYouMean(written, paths);
}

/** The corrected text of a reference (`path#id` or an id), when a correction resolves; `fits` says which nodes it may name. */
function correctedTarget(graph: WorkspaceGraph, plan: Plan, ref: Reference, fits: (n: PlanNode) => boolean, pathOnly = false): string | undefined {
  let text: string | undefined;
  if (!ref.path && !pathOnly) {
    const id = ref.id && meantId(ref.id, bareIdPlans(graph, plan), fits);
    text = id;
  } else if (!ref.path) {
    text = meantPath(graph, plan, ref.raw);
  } else {
    const resolved = graph.resolvePlanPath(plan.file, ref.path);
    const path = 'plan' in resolved ? ref.path : meantPath(graph, plan, ref.path);
    const target = path && graph.resolvePlanPath(plan.file, path);
    if (!target || !('plan' in target)) return undefined;
    const id = !ref.id ? undefined : target.plan.nodes.some((n) => n.id === ref.id && fits(n)) ? ref.id : meantId(ref.id, [target.plan], fits);
    if (ref.id && !id) return undefined;
    text = id ? `${path}#${id}` : path;
  }
  if (!text) return undefined;
  const corrected = readReference(text, ref.range);
  const resolved = corrected && graph.resolveReference(plan, corrected);
  return resolved && 'node' in resolved && fits(resolved.node) ? text : undefined;
}

/** Where the reference's target (what `readReference` reads) sits in a value: the whole value, or a Markdown link's target. */
function targetSpan(value: string): { start: number; end: number } {
  const start = value.length - value.trimStart().length;
  const trimmed = value.trim();
  const link = /\]\(\s*<?([^)>\s]*)>?(?:\s+"[^"]*")?\s*\)$/.exec(trimmed);
  if (link && trimmed.startsWith('[')) {
    const at = start + link.index + link[0].indexOf(link[1]!, 2);
    return { start: at, end: at + link[1]!.length };
  }
  let inner = { start, end: start + trimmed.length };
  if (/^<.*>$/.test(trimmed) || /^`.*`$/.test(trimmed)) inner = { start: inner.start + 1, end: inner.end - 1 };
  return inner;
}

/** A fix that replaces the target of a reference written on `line` between `valueStart` and `valueEnd`. */
function replaceTarget(file: string, line: number, lineText: string, valueStart: number, valueEnd: number, newTarget: string): Fix {
  const span = targetSpan(lineText.slice(valueStart, valueEnd));
  const range: Range = lineRange(line, valueStart + span.start, valueStart + span.end);
  return { title: `Change to \`${newTarget}\``, edits: [{ file, range, newText: newTarget }], repeatable: true };
}

/** The did-you-mean fix for a node's `Parent:` that does not resolve, if one clearly fits. */
export function parentFieldFix(graph: WorkspaceGraph, plan: Plan, node: PlanNode, ref: Reference, field: { valueRange: Range }, lineText: string): Fix | undefined {
  const target = correctedTarget(graph, plan, ref, (n) => n !== node && isAllowedParentKind(node, n));
  const { start, end } = field.valueRange;
  return target === undefined ? undefined : replaceTarget(plan.file, start.line, lineText, start.character, end.character, target);
}

/** The did-you-mean fix for a front-matter `parent` that names no plan (or no node of it), if one clearly fits. */
export function frontMatterParentFix(graph: WorkspaceGraph, plan: Plan, ref: Reference, lineText: string): Fix | undefined {
  // Front matter names a plan: a bare word there (`parent: company`) is a path without its extension.
  const target = correctedTarget(graph, plan, ref, () => true, true);
  if (target === undefined) return undefined;
  const value = /^(\s*parent\s*:\s*)(.*?)\s*$/i.exec(lineText);
  if (!value) return undefined;
  const raw = value[2]!;
  const unquoted = /^(["']).*\1$/.test(raw) ? { start: 1, end: raw.length - 1 } : { start: 0, end: raw.length };
  const start = value[1]!.length + unquoted.start;
  return replaceTarget(plan.file, ref.range.start.line, lineText, start, value[1]!.length + unquoted.end, target);
}

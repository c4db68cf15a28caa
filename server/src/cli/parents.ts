import { statSync } from 'node:fs';
import { posix } from 'node:path';
import type { PlanSource } from '../core/analyze';
import { WorkspaceGraph } from '../core/graph';
import { parsePlanGuarded } from '../core/parse/guarded-parse';
import { isReallyInside } from '../node/paths';

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

/**
 * Adds to `sources` the plans they name as parents (front matter `parent`, `Parent:` paths),
 * transitively, so that checking one folder still resolves parents kept in another.
 */
export function addParentPlans(sources: Map<string, PlanSource>, roots: string[], read: (file: string) => PlanSource | undefined): void {
  const graph = new WorkspaceGraph(roots);
  const tried = new Set(sources.keys());
  let pending = [...sources.keys()];
  while (pending.length) {
    const next: string[] = [];
    for (const file of pending) {
      const source = sources.get(file)!;
      const plan = parsePlanGuarded(file, typeof source === 'string' ? source : source.text);
      const refs = [plan.frontMatter?.parent, ...plan.nodes.map((node) => graph.parentReference(node))];
      for (const ref of refs) {
        if (!ref?.path) continue;
        const target = posix.isAbsolute(ref.path) ? posix.normalize(ref.path) : posix.join(posix.dirname(file), ref.path);
        if (tried.has(target)) continue;
        tried.add(target);
        // Inside on real paths: a link must not carry a parent in from outside the workspace.
        if (!graph.isInsideWorkspace(target) || !isReallyInside(target, roots) || !isFile(target)) continue;
        const text = read(target);
        if (text === undefined) continue;
        sources.set(target, text);
        next.push(target);
      }
    }
    pending = next;
  }
}

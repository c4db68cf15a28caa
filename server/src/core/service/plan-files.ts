import { posix } from 'node:path';
import picomatch from 'picomatch';
import type { ConfigResolver } from '../config/resolver';
import type { TextProblem } from '../model';
import { utf8Length } from '../plan-size-limit';

/** A plan's text as read, with what was wrong with the bytes, or why it could not be read. */
export type PlanRead = { text: string; problems: TextProblem[] } | { error: string };

/**
 * What the plan service reads through. The Node faces read the disk (`node/plan-files.ts`), a
 * browser face reads the editor's file system, tests read memory: the service never touches
 * a file system itself.
 */
export interface PlanFiles {
  /**
   * The plans under files and folders (the config says which Markdown is a plan), and the paths
   * that could not be searched; relative paths start at `cwd`, and ignore files between `cwd`
   * and a folder searched apply to it.
   */
  findPlans(paths: string[], resolver: ConfigResolver, cwd: string): { plans: string[]; errors: { path: string; message: string }[] };
  /** A plan's text, decoded as an editor decodes it. */
  readPlan(path: string): PlanRead;
  /** A config file's text; undefined when there is none. */
  readConfig(path: string): string | { error: string } | undefined;
  /** Whether a file lies inside the folders once links are followed. */
  isReallyInside(path: string, folders: string[]): boolean;
}

/**
 * Past this size a file is not read as a plan: parsing is not limited by `planMaxSizeKb`, and a
 * 19 MB plan took 16 s and 1.1 GB to check (its structural findings alone are 840,000), against
 * 2–5 s and 350 MB at 4 MB. Four times the default limit, and far beyond any plan written by hand.
 */
export const MAX_PLAN_BYTES = 4 * 1024 * 1024;

/** Whether a path is a folder or lies inside it (both absolute, `/`-separated). */
export function isUnder(path: string, folder: string): boolean {
  return path === folder || path.startsWith(folder.endsWith('/') ? folder : `${folder}/`);
}

/** True for the file names that are always plans. */
export function isPlanFileName(name: string): boolean {
  return name.toLowerCase().endsWith('.okr.md');
}

/** True when a file is a plan: `*.okr.md`, or Markdown matched by its config's `files` globs. */
export function isPlanPath(file: string, resolver: ConfigResolver): boolean {
  return isPlanFileName(posix.basename(file)) || matchesConfigGlobs(file, resolver);
}

/** Markdown matched by the `files` globs of the config that applies to its folder. */
export function matchesConfigGlobs(file: string, resolver: ConfigResolver): boolean {
  if (!file.toLowerCase().endsWith('.md')) return false;
  const config = resolver.forFolder(posix.dirname(file));
  if (!config.files.length || !config.file) return false;
  const relative = posix.relative(posix.dirname(config.file), file);
  return picomatch(config.files, { dot: true })(relative);
}

/** An editor's text for a plan, held to the size limit of a file on disk: larger text is not parsed (its one problem says why). */
export function documentText(text: string): { text: string; problems: TextProblem[] } {
  if (text.length <= MAX_PLAN_BYTES / 4) return { text, problems: [] };
  const bytes = utf8Length(text);
  if (bytes <= MAX_PLAN_BYTES) return { text, problems: [] };
  const start = { line: 0, character: 0 };
  const message = `The plan is ${(bytes / 1024 / 1024).toFixed(1)} MB, larger than the ${MAX_PLAN_BYTES / 1024 / 1024} MB a plan may be, so it is not read.`;
  return { text: '', problems: [{ message, range: { start, end: start }, unreadable: true }] };
}

import { posix } from 'node:path';
import type { ResolvedConfig } from '../config-model';
import { defaultConfig } from '../config-model';
import { parseConfig, unreadableConfig } from './parse-config';
import { describeError } from '../describe-error';

export const CONFIG_FILE_NAME = '.okrrc.json';

export interface ConfigResolverOptions {
  /** Workspace folders (absolute, `/`-separated): the walk up stops at the one holding the plan. */
  roots: string[];
  /** Reads a file; undefined when it is missing, `{ error }` when something is there that cannot be read. */
  readFile(path: string): string | { error: string } | undefined;
  /** A config file to use for every plan (`--config FILE`). */
  explicitConfig?: string;
}

/** Finds the configuration for each plan: the nearest `.okrrc.json`, merged over the defaults. */
export class ConfigResolver {
  private readonly byFolder = new Map<string, ResolvedConfig>();
  private readonly byFile = new Map<string, ResolvedConfig>();

  constructor(private readonly options: ConfigResolverOptions) {}

  /** The config for a plan, cached per folder. */
  configFor(planFile: string): ResolvedConfig {
    if (this.options.explicitConfig) return this.load(this.options.explicitConfig) ?? defaultConfig();
    return this.forFolder(posix.dirname(planFile));
  }

  /** The config that applies to files in a folder (also used to read its `files` globs). */
  forFolder(folder: string): ResolvedConfig {
    const cached = this.byFolder.get(folder);
    if (cached) return cached;
    const own = this.load(posix.join(folder, CONFIG_FILE_NAME));
    const parent = posix.dirname(folder);
    const atTop = this.isRoot(folder) || parent === folder || !this.insideARoot(folder);
    const config = own ?? (atTop ? defaultConfig() : this.forFolder(parent));
    this.byFolder.set(folder, config);
    return config;
  }

  /** Every config file read so far (with its problems). */
  loadedConfigs(): ResolvedConfig[] {
    return [...this.byFile.values()];
  }

  /** Forgets cached configs (all, or those depending on one file) after a config file changes. */
  invalidate(configFile?: string): void {
    if (!configFile) {
      this.byFile.clear();
      this.byFolder.clear();
      return;
    }
    this.byFile.delete(configFile);
    const folder = posix.dirname(configFile);
    for (const key of [...this.byFolder.keys()]) if (key === folder || key.startsWith(`${folder}/`)) this.byFolder.delete(key);
  }

  private load(file: string): ResolvedConfig | undefined {
    const cached = this.byFile.get(file);
    if (cached) return cached;
    const text = this.options.readFile(file);
    if (text === undefined) return undefined;
    const config = typeof text === 'string' ? parseConfigGuarded(file, text) : unreadableConfig(file, text.error);
    this.byFile.set(file, config);
    return config;
  }

  private isRoot(folder: string): boolean {
    return this.options.roots.some((root) => trimSlash(root) === folder);
  }

  private insideARoot(folder: string): boolean {
    return this.options.roots.some((root) => folder.startsWith(`${trimSlash(root)}/`) || folder === trimSlash(root));
  }
}

/** `parseConfig`, except that a failure (JSON nested thousands deep overflows the parser's stack) is said in the file. */
function parseConfigGuarded(file: string, text: string): ResolvedConfig {
  try {
    return parseConfig(file, text);
  } catch (error) {
    return unreadableConfig(file, `could not be parsed (${describeError(error)})`);
  }
}

function trimSlash(path: string): string {
  return path.length > 1 ? path.replace(/\/+$/, '') : path;
}

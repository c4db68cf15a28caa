import type { Connection } from 'vscode-languageserver/browser';
import { WorkspaceFilesRequest } from '../protocol';
import type { ServerHost } from '../lsp/server';
import { fileOf } from '../lsp/uri';
import { ConfigResolver, CONFIG_FILE_NAME } from '../core/config/resolver';
import { memoryPlanFiles, type PlanSource } from '../core/service/memory-files';
import { isUnder } from '../core/service/plan-files';
import { posix } from 'node:path';

/** The globs asked for first: plans by name and configs (which may name more Markdown as plans). */
const FIRST_GLOBS = ['**/*.okr.md', `**/${CONFIG_FILE_NAME}`];

/**
 * A server host over files its client sends: the workspace's plans and configs are asked for
 * once the folders are known (then the Markdown the configs' `files` globs name), and kept up
 * to date by the client's `throughline/fileContent` notifications.
 */
export function browserHost(connection: Connection): ServerHost {
  const texts = new Map<string, PlanSource>();
  const ask = async (globs: string[]): Promise<void> => {
    for (const { uri, text } of await connection.sendRequest(WorkspaceFilesRequest, { globs })) {
      const file = fileOf(uri);
      if (file) texts.set(file, text);
    }
  };
  return {
    files: memoryPlanFiles(texts),
    anyScheme: true,
    async prepare(folders) {
      await ask(FIRST_GLOBS);
      // Markdown named as plans by a config's `files` globs, relative to the config's folder.
      const resolver = new ConfigResolver({ roots: folders, readFile: (path) => (typeof texts.get(path) === 'string' ? (texts.get(path) as string) : undefined) });
      const globs = [...texts.keys()]
        .filter((file) => posix.basename(file) === CONFIG_FILE_NAME)
        .flatMap((config) => {
          const folder = posix.dirname(config);
          const root = folders.find((f) => isUnder(folder, f));
          const prefix = root && folder !== root ? `${posix.relative(root, folder)}/` : '';
          return resolver.forFolder(folder).files.map((glob) => `${prefix}${glob}`);
        });
      if (globs.length) await ask(globs);
    },
    setFile(file, text) {
      if (text === undefined) texts.delete(file);
      else texts.set(file, text);
    },
  };
}

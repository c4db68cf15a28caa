// Bundles the CLI/server and the VS Code client with esbuild into out/.
import { build } from 'esbuild';
import { existsSync } from 'node:fs';

const entries = [
  // The CLI; `throughline lsp --stdio` starts the language server from the same bundle.
  { in: 'server/src/cli/main.ts', out: 'out/cli.js' },
  // The VS Code extension's client (vscode is provided by the editor).
  { in: 'client/src/extension.ts', out: 'out/client.js', external: ['vscode'] },
  // In a browser (vscode.dev, github.dev): the client, and the language server in a web worker.
  { in: 'client/src/web-extension.ts', out: 'out/web-client.js', external: ['vscode'], browser: true },
  // A worker has no `process`: path-browserify's resolve asks it for a folder only with a relative path, which core paths never are.
  // A worker has no DOM: packages that offer a `worker` build get it (decode-named-character-reference's `browser` one needs `document`).
  { in: 'server/src/browser/main.ts', out: 'out/browser-server.js', browser: true, format: 'iife', conditions: ['worker'], banner: "var process = globalThis.process ?? { cwd: () => '/', env: {}, platform: 'browser' };" },
];

/** What a browser lacks: the core's `node:path` (POSIX paths only) comes from path-browserify. */
const BROWSER = { platform: 'browser', alias: { 'node:path': 'path-browserify', path: 'path-browserify' }, mainFields: ['browser', 'module', 'main'] };

const production = process.argv.includes('--production');

await Promise.all(
  entries
    .filter((entry) => existsSync(entry.in))
    .map((entry) =>
      build({
        entryPoints: [entry.in],
        outfile: entry.out,
        bundle: true,
        platform: 'node',
        format: entry.format ?? 'cjs',
        target: entry.browser ? 'es2022' : 'node20',
        sourcemap: !production,
        minify: production,
        external: entry.external ?? [],
        logLevel: 'warning',
        // Prefer ESM builds: jsonc-parser's UMD build requires files esbuild cannot see.
        mainFields: ['module', 'main'],
        ...(entry.browser ? BROWSER : {}),
        ...(entry.banner ? { banner: { js: entry.banner } } : {}),
        ...(entry.conditions ? { conditions: entry.conditions } : {}),
      }),
    ),
);

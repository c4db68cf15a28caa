// Bundles the CLI/server and the VS Code client with esbuild into out/.
import { build } from 'esbuild';
import { existsSync } from 'node:fs';

const entries = [
  // The CLI; `throughline lsp --stdio` starts the language server from the same bundle.
  { in: 'server/src/cli/main.ts', out: 'out/cli.js' },
  // The VS Code extension's client (vscode is provided by the editor).
  { in: 'client/src/extension.ts', out: 'out/client.js', external: ['vscode'] },
];

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
        format: 'cjs',
        target: 'node20',
        sourcemap: !production,
        minify: production,
        external: entry.external ?? [],
        logLevel: 'warning',
        // Prefer ESM builds: jsonc-parser's UMD build requires files esbuild cannot see.
        mainFields: ['module', 'main'],
      }),
    ),
);

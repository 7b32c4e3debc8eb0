// Bundles the extension, the language server (and its check worker) and the CLI into dist/ with esbuild.
// `vscode` is the only external: everything else ships inside the bundles.
import { build } from 'esbuild';
import { copyFileSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { bundleOptions } from './esbuildOptions.mjs';

const common = bundleOptions({ production: process.argv.includes('--production') });

await Promise.all([
  build({ ...common, entryPoints: ['client/src/extension.ts'], outfile: 'dist/extension.js', external: ['vscode'] }),
  build({ ...common, entryPoints: ['server/src/server/main.ts'], outfile: 'dist/server.js', banner: { js: '#!/usr/bin/env node' } }),
  // The server's check worker (server/src/server/checkRunner.ts starts it from beside dist/server.js).
  build({ ...common, entryPoints: ['server/src/server/checkWorker.ts'], outfile: 'dist/checkWorker.js' }),
  build({ ...common, entryPoints: ['server/src/cli/main.ts'], outfile: 'dist/cli.js', banner: { js: '#!/usr/bin/env node' } }),
]);

// The spelling dictionaries ship beside the bundles; the server loads them after its first diagnostics.
// The US and UK word lists share one affix file (server/src/spelling/dictionary.ts reads them).
const require = createRequire(import.meta.url);
mkdirSync('dist/dictionary', { recursive: true });
const packageDir = (name) => dirname(require.resolve(name));
copyFileSync(join(packageDir('dictionary-en'), 'index.aff'), 'dist/dictionary/en.aff');
for (const [dialect, pkg] of [
  ['en-us', 'dictionary-en'],
  ['en-gb', 'dictionary-en-gb'],
]) {
  copyFileSync(join(packageDir(pkg), 'index.dic'), `dist/dictionary/${dialect}.dic`);
  copyFileSync(join(packageDir(pkg), 'license'), `dist/dictionary/${dialect}.license`);
}

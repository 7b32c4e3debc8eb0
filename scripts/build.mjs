// Bundles the extension, the language server (and its check worker) and the CLI into dist/ with esbuild.
// `vscode` is the only external: everything else ships inside the bundles.
import { build } from 'esbuild';
import { rmSync } from 'node:fs';
import { bundleOptions } from './esbuildOptions.mjs';
import { writeSpellingWords } from './spellingWords.mjs';

const common = bundleOptions({ production: process.argv.includes('--production') });

await Promise.all([
  build({ ...common, entryPoints: ['client/src/extension.ts'], outfile: 'dist/extension.js', external: ['vscode'] }),
  build({ ...common, entryPoints: ['server/src/server/main.ts'], outfile: 'dist/server.js', banner: { js: '#!/usr/bin/env node' } }),
  // The server's check worker (server/src/server/checkRunner.ts starts it from beside dist/server.js).
  build({ ...common, entryPoints: ['server/src/server/checkWorker.ts'], outfile: 'dist/checkWorker.js' }),
  build({ ...common, entryPoints: ['server/src/cli/main.ts'], outfile: 'dist/cli.js', banner: { js: '#!/usr/bin/env node' } }),
]);

// The spelling rule's word lists ship beside the bundles (software, data science, cloud, names…, and
// common misspellings, from the cspell dictionaries); the server loads them after its first diagnostics.
await writeSpellingWords('dist/dictionary');
// The Hunspell files earlier builds wrote there are no longer read.
for (const old of ['en.aff', 'en-us.dic', 'en-gb.dic', 'en-us.license', 'en-gb.license']) rmSync(`dist/dictionary/${old}`, { force: true });

/**
 * The engine as the benchmark and the profiler run it: server/src/engine
 * bundled by esbuild with the same settings as dist/server.js, and the spelling
 * dictionaries the server ships in dist/dictionary, so the spelling rule runs
 * as it does for a user.
 */
import { build } from 'esbuild';
import { bundleOptions } from '../esbuildOptions.mjs';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const ENGINE_BUNDLE = join(ROOT, 'out', 'bench', 'engine.cjs');

/** Bundles the engine to out/bench/engine.cjs and loads it, with the dictionary. */
export async function loadEngine() {
  await build({
    stdin: {
      contents:
        "export { analyze, RULES } from './server/src/engine';\n" +
        "export { loadDictionarySync } from './server/src/spelling/dictionary';\n" +
        "export { SERVER_NODE_FLAGS } from './shared/src/serverLaunch';\n",
      resolveDir: ROOT,
      sourcefile: 'bench-engine.ts',
      loader: 'ts',
    },
    ...bundleOptions(),
    outfile: ENGINE_BUNDLE,
  });
  const engine = createRequire(import.meta.url)(ENGINE_BUNDLE);
  const dir = join(ROOT, 'dist', 'dictionary');
  if (!existsSync(join(dir, 'words.txt'))) throw new Error('dist/dictionary is missing: run `npm run build` first');
  const spelling = engine.loadDictionarySync(dir);
  return { analyze: engine.analyze, rules: engine.RULES, spelling, serverNodeFlags: [...engine.SERVER_NODE_FLAGS] };
}

export const TEXTS = [
  { id: 'letter-150', file: 'bench/texts/letter-150.md' },
  { id: 'letter-250', file: 'bench/texts/letter-250.md' },
  { id: 'letter-400', file: 'bench/texts/letter-400.md' },
  { id: 'document-5000', file: 'bench/texts/document-5000.md' },
];

export function loadTexts() {
  return TEXTS.map((t) => {
    const text = readFileSync(join(ROOT, t.file), 'utf8');
    return { ...t, text, words: text.split(/\s+/).filter(Boolean).length };
  });
}

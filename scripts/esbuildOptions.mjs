// The esbuild settings every bundle of this repository shares: dist/ (build.mjs)
// and the engine bundle the benchmark and the profiler load (bench/engine.mjs).
export function bundleOptions({ production = false } = {}) {
  return {
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    sourcemap: !production,
    minify: production,
    logLevel: 'warning',
    // jsonc-parser's `main` is a UMD build whose internal requires esbuild cannot follow; its ES module build bundles cleanly.
    alias: { 'jsonc-parser': './node_modules/jsonc-parser/lib/esm/main.js' },
  };
}

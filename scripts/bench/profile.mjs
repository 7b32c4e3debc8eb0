/**
 * Where the engine spends its time: runs one benchmark workload on the engine
 * alone under `node --cpu-prof`, then lists the functions with the most self
 * time, by source file (the bundle's module comments map code back to
 * server/src/...). Only samples taken while the workload loop ran are counted,
 * not the bundling or the dictionary loading before it.
 *
 *   node scripts/bench/profile.mjs [full|edit] [letter-150|letter-250|letter-400|document-5000] [--seconds N] [--top N] [--no-spelling] [--by-rule]
 *
 * --by-rule skips the profiler and times each rule's check instead (the rest of
 * `analyze`, mostly reading the letter, is reported as "outside the rules").
 *
 * Needs `npm run build` first (dist/dictionary). The .cpuprofile is kept in
 * out/bench/profiles/ for Chrome DevTools or VS Code.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ENGINE_BUNDLE, loadEngine, loadTexts, ROOT } from './engine.mjs';
import { editedText, middleLetters, variantOf } from './variants.mjs';

const args = process.argv.slice(2);
const flag = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
// Only these flags take a value; the others (--by-rule, --no-spelling) stand alone.
const VALUED = new Set(['--seconds', '--top']);
const positional = args.filter((a, i) => !a.startsWith('--') && !(i > 0 && VALUED.has(args[i - 1])));
const MODE = positional[0] ?? 'full';
const TEXT = positional[1] ?? 'letter-400';
const SECONDS = Number(flag('--seconds', 8));
const TOP = Number(flag('--top', 25));
const SPELLING = !args.includes('--no-spelling');
const PROFILE_DIR = join(ROOT, 'out', 'bench', 'profiles');
const BY_RULE = args.includes('--by-rule');

/** Runs the workload for SECONDS; `analyze` gets the text of each measured analysis. Returns how many ran. */
function runWorkload(text, analyze) {
  const positions = middleLetters(text);
  const start = process.hrtime.bigint();
  let runs = 0;
  for (let i = 1; process.hrtime.bigint() - start < BigInt(SECONDS * 1e9); i++) {
    if (MODE === 'edit') {
      // Both are re-analyses with warm caches: the text before and after the keystroke.
      analyze(text);
      analyze(editedText(text, positions, i));
      runs += 2;
    } else {
      analyze(variantOf(text, i));
      runs += 1;
    }
  }
  return { start, end: process.hrtime.bigint(), runs };
}

/** Time per analysis spent in each rule's check, and outside the rules. */
async function byRule() {
  const engine = await loadEngine();
  const text = loadTexts().find((t) => t.id === TEXT)?.text;
  if (!text) throw new Error(`no text ${TEXT}`);
  const options = SPELLING ? { format: 'markdown', spelling: engine.spelling, spellingSuggestions: false } : { format: 'markdown' };
  const spent = new Map();
  for (const rule of engine.rules) {
    // A rule checks the whole letter (`check`) or each paragraph (`checkParagraph`, whose
    // remembered findings the engine reuses: time spent placing them is counted outside).
    const key = rule.checkParagraph ? 'checkParagraph' : 'check';
    const check = rule[key];
    rule[key] = (...args) => {
      const t0 = performance.now();
      try {
        return check(...args);
      } finally {
        spent.set(rule.id, (spent.get(rule.id) ?? 0) + performance.now() - t0);
      }
    };
  }
  runWorkload(text, (t) => engine.analyze(t, options)); // warm-up, then measure afresh
  spent.clear();
  let total = 0;
  const { runs } = runWorkload(text, (t) => {
    const t0 = performance.now();
    engine.analyze(t, options);
    total += performance.now() - t0;
  });
  const inRules = [...spent.values()].reduce((a, b) => a + b, 0);
  console.log(
    `\n${MODE} analysis of ${TEXT}: ${(total / runs).toFixed(2)} ms per analysis over ${runs} analyses (spelling ${SPELLING ? 'on' : 'off'})`,
  );
  const rows = [...spent, ['(outside the rules: reading the letter, job, industry, suppressions, sorting)', total - inRules]].sort(
    (a, b) => b[1] - a[1],
  );
  for (const [id, ms] of rows.slice(0, TOP)) {
    console.log(`  ${(ms / runs).toFixed(3).padStart(8)} ms  ${((100 * ms) / total).toFixed(1).padStart(5)}%  ${id}`);
  }
}

/** The workload, in the child started with --cpu-prof. */
async function workload() {
  const engine = await loadEngine();
  const text = loadTexts().find((t) => t.id === TEXT)?.text;
  if (!text) throw new Error(`no text ${TEXT}`);
  const options = SPELLING ? { format: 'markdown', spelling: engine.spelling, spellingSuggestions: false } : { format: 'markdown' };
  const { start, end, runs } = runWorkload(text, (t) => engine.analyze(t, options));
  writeFileSync(join(PROFILE_DIR, 'window.json'), JSON.stringify({ start: Number(start / 1000n), end: Number(end / 1000n), runs }));
}

/** Maps a line of the bundle to the source module it came from (esbuild writes `// path` before each module). */
function moduleIndex() {
  const lines = readFileSync(ENGINE_BUNDLE, 'utf8').split('\n');
  const starts = [];
  lines.forEach((line, i) => {
    const m = /^\/\/ ((?:server|shared|node_modules)\/\S+)$/.exec(line);
    if (m) starts.push({ line: i, path: m[1] });
  });
  return (lineNumber) => {
    let found = 'bench-engine';
    for (const s of starts) {
      if (s.line > lineNumber) break;
      found = s.path;
    }
    return found.replace(/^node_modules\/(\.pnpm\/)?/, '');
  };
}

/** A readable name for a profile frame's URL: a path relative to the repository, a node: module, or (native). */
function sourceName(url) {
  if (!url) return '(native)';
  if (url.startsWith('file:')) return relative(ROOT, fileURLToPath(url));
  if (url.startsWith('/')) return relative(ROOT, url);
  return url;
}

function summarise(profilePath, window) {
  const profile = JSON.parse(readFileSync(profilePath, 'utf8'));
  const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map();
  let t = profile.startTime;
  let total = 0;
  profile.samples.forEach((id, i) => {
    t += profile.timeDeltas[i];
    if (t < window.start || t > window.end) return;
    const delta = profile.timeDeltas[i + 1] ?? 0;
    self.set(id, (self.get(id) ?? 0) + delta);
    total += delta;
  });
  const moduleOf = moduleIndex();
  const byFunction = new Map();
  const byModule = new Map();
  for (const [id, us] of self) {
    const frame = nodes.get(id).callFrame;
    const inBundle = frame.url.endsWith('engine.cjs');
    const where = inBundle ? moduleOf(frame.lineNumber) : sourceName(frame.url);
    const name = `${frame.functionName || '(anonymous)'}  ${where}${inBundle ? `:${frame.lineNumber + 1}` : ''}`;
    byFunction.set(name, (byFunction.get(name) ?? 0) + us);
    byModule.set(where, (byModule.get(where) ?? 0) + us);
  }
  const pct = (us) => `${((100 * us) / total).toFixed(1).padStart(5)}%`;
  console.log(
    `\nSelf time while the loop ran: ${(total / 1e6).toFixed(2)} s, ${window.runs} analyses (${(total / 1e3 / window.runs).toFixed(2)} ms each)`,
  );
  console.log(`\nTop ${TOP} functions by self time:`);
  for (const [name, us] of [...byFunction].sort((a, b) => b[1] - a[1]).slice(0, TOP)) console.log(`  ${pct(us)}  ${name}`);
  console.log('\nBy module:');
  for (const [name, us] of [...byModule].sort((a, b) => b[1] - a[1]).slice(0, 15)) console.log(`  ${pct(us)}  ${name}`);
}

if (BY_RULE) {
  await byRule();
} else if (process.env.CLC_PROFILE_CHILD) {
  await workload();
} else {
  mkdirSync(PROFILE_DIR, { recursive: true });
  for (const f of readdirSync(PROFILE_DIR)) if (f.endsWith('.cpuprofile')) rmSync(join(PROFILE_DIR, f));
  console.log(`profiling ${MODE} analysis of ${TEXT} for ${SECONDS} s (spelling ${SPELLING ? 'on' : 'off'})...`);
  const child = spawnSync(process.execPath, ['--cpu-prof', `--cpu-prof-dir=${PROFILE_DIR}`, fileURLToPath(import.meta.url), ...args], {
    env: { ...process.env, CLC_PROFILE_CHILD: '1' },
    stdio: 'inherit',
  });
  if (child.status !== 0) process.exit(child.status ?? 1);
  const profile = readdirSync(PROFILE_DIR)
    .filter((f) => f.endsWith('.cpuprofile'))
    .map((f) => join(PROFILE_DIR, f))
    .sort((a, b) => statSync(b).mtimeMs - statSync(a).mtimeMs)[0];
  summarise(profile, JSON.parse(readFileSync(join(PROFILE_DIR, 'window.json'), 'utf8')));
  console.log(`\nprofile: ${relative(process.cwd(), profile)}`);
}

/**
 * `npm run bench`: Cover Letter Coach's engine and language server, side by
 * side with the linters a writer would otherwise install (write-good and
 * harper.js), on the same texts, in one run. Peers are interleaved in every
 * round, in rotating order, so background load on the machine hits all of them
 * alike; medians are reported.
 *
 *   node scripts/bench/bench.mjs [--rounds N] [--doc-rounds N] [--edits N] [--letters N] [--out FILE] [--no-write]
 *   node scripts/bench/bench.mjs --markdown [FILE]   prints the README's table from bench/results.json (or FILE)
 *
 * Needs `npm run build` first (the server bundle and dist/dictionary).
 */
import { mkdtempSync, rmSync, writeFileSync, mkdirSync, readFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join, relative } from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { letter } from './corpus.mjs';
import { loadEngine, loadTexts, ROOT } from './engine.mjs';
import { BenchServer, BENCH_SETTINGS, positionAt } from './lsp.mjs';
import { editedText, middleLetters, variantOf } from './variants.mjs';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 ? Number(args[i + 1]) : fallback;
};
const ROUNDS = option('--rounds', 40); // per letter
const DOC_ROUNDS = option('--doc-rounds', 20); // for the 5,000-word document
const WARMUP = 5;
const EDITS = option('--edits', 200);
const WARMUP_EDITS = 20;
const LETTERS = option('--letters', 100);
const OUT = args.includes('--out') ? args[args.indexOf('--out') + 1] : join(ROOT, 'bench', 'results.json');
const WRITE = !args.includes('--no-write');

const TARGETS = {
  fullVsHarper: 0.5,
  editVsWriteGood: 0.25,
  protocolP95Ms: 50,
  memoryMB: 150,
};

// --- statistics -------------------------------------------------------------
const sorted = (xs) => [...xs].sort((a, b) => a - b);
const quantile = (xs, q) => {
  const s = sorted(xs);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil(q * s.length) - 1))];
};
const median = (xs) => {
  const s = sorted(xs);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
};
const summary = (xs) => ({ n: xs.length, median: median(xs), p95: quantile(xs, 0.95), min: Math.min(...xs), max: Math.max(...xs) });
const round2 = (x) => Math.round(x * 100) / 100;
const fmt = (ms) => (ms >= 100 ? ms.toFixed(0) : ms >= 10 ? ms.toFixed(1) : ms.toFixed(2));
const ratio = (a, b) => (b > 0 ? a / b : NaN);
const pad = (s, n, left = false) => (left ? String(s).padStart(n) : String(s).padEnd(n));

// --- machine ----------------------------------------------------------------
function machine() {
  let cpu = cpus()[0]?.model ?? 'unknown';
  try {
    cpu = /^model name\s*:\s*(.+)$/m.exec(readFileSync('/proc/cpuinfo', 'utf8'))?.[1] ?? cpu;
  } catch {
    // Not Linux: os.cpus() has it.
  }
  return {
    cpu,
    cores: cpus().length,
    memoryGB: Math.round(totalmem() / 2 ** 30),
    node: process.version,
    platform: `${process.platform} ${process.arch}`,
    loadAverageAtStart: loadavg().map(round2),
  };
}

// --- in-process peers ---------------------------------------------------------
async function loadPeers() {
  const { LocalLinter } = await import('harper.js');
  const { binaryInlined } = await import('harper.js/binaryInlined');
  const harper = new LocalLinter({ binary: binaryInlined });
  await harper.setup();
  const writeGood = (await import('write-good')).default;
  return { harper, writeGood };
}

async function timeIt(fn) {
  const start = performance.now();
  await fn();
  return performance.now() - start;
}

async function measureInProcess(engine, peers, texts) {
  // As the language server runs it: spelling on, suggestions looked up only when the quick-fix menu asks.
  const options = { format: 'markdown', spelling: engine.spelling, spellingSuggestions: false };
  const results = {};
  const positions = new Map(texts.map((t) => [t.id, middleLetters(t.text)]));
  const editCounter = new Map(texts.map((t) => [t.id, 0]));
  const noSpelling = { format: 'markdown' };
  // engineFullNoSpelling is for diagnosis only: the same cold analysis without the spelling rule.
  const kinds = ['engineFull', 'engineEdit', 'harper', 'writeGood', 'engineFullNoSpelling'];
  for (const t of texts) results[t.id] = Object.fromEntries(kinds.map((k) => [k, []]));
  const counts = {};
  const maxRounds = Math.max(ROUNDS, DOC_ROUNDS);
  for (let r = 0; r < WARMUP + maxRounds; r++) {
    for (const t of texts) {
      const rounds = t.id === 'document-5000' ? DOC_ROUNDS : ROUNDS;
      if (r >= WARMUP + rounds) continue;
      const variant = variantOf(t.text, r + 1);
      const run = {
        engineFull: () => engine.analyze(variant, options),
        engineFullNoSpelling: () => engine.analyze(variantOf(t.text, 1000 + r), noSpelling),
        engineEdit: async () => {
          // Warm: the text as it was before the keystroke has just been checked.
          engine.analyze(t.text, options);
          const k = editCounter.get(t.id);
          editCounter.set(t.id, k + 1);
          const edited = editedText(t.text, positions.get(t.id), k);
          return timeIt(() => engine.analyze(edited, options));
        },
        harper: () => peers.harper.lint(variant, { language: 'markdown' }),
        writeGood: () => peers.writeGood(variant),
      };
      // Rotate the order every round so no peer always runs first (or right after another's garbage).
      const order = kinds.map((_, i) => kinds[(i + r) % kinds.length]);
      for (const kind of order) {
        const ms = kind === 'engineEdit' ? await run.engineEdit() : await timeIt(run[kind]);
        if (r >= WARMUP) results[t.id][kind].push(ms);
      }
      if (r === WARMUP) {
        counts[t.id] = {
          engineFindings: engine.analyze(t.text, options).findings.length,
          harperLints: (await peers.harper.lint(t.text, { language: 'markdown' })).length,
          writeGoodSuggestions: peers.writeGood(t.text).length,
        };
      }
    }
    if (process.stdout.isTTY) process.stdout.write(`\r  in-process round ${r + 1}/${WARMUP + maxRounds} (first ${WARMUP} are warm-up)`);
  }
  if (process.stdout.isTTY) process.stdout.write('\n');
  return { results, counts };
}

// --- through the protocol ----------------------------------------------------
const TYPED =
  ' We also cut p95 latency on the ranking path by 31% in the second quarter, measured on live traffic for two weeks,' +
  ' and the change paid for itself within a month in saved compute and quieter nights for whoever held the pager that week.';

async function measureProtocol(serverPath, nodeFlags, letter400) {
  const dir = mkdtempSync(join(tmpdir(), 'clc-bench-'));
  const server = await BenchServer.start(serverPath, dir, nodeFlags);
  try {
    const file = join(dir, 'letter-400.md');
    writeFileSync(file, letter400);
    const uri = pathToFileURL(file).href;
    await server.open(uri, letter400, 1);
    await server.waitFor(uri, (p) => p.version === 1, 'the first diagnostics');
    // The spelling dictionaries load after the first diagnostics and every open letter is checked again.
    const spelling = await server
      .waitFor(uri, (_, i) => i >= 1, 'the re-check with spelling')
      .then(() => true)
      .catch(() => false);
    let text = letter400;
    // Type at the end of a sentence in the middle of the letter, one character per change.
    const middle = Math.floor(text.length / 2);
    let at = text.indexOf('. ', middle) + 1;
    const latencies = [];
    let version = 1;
    for (let i = 0; i < WARMUP_EDITS + EDITS; i++) {
      const ch = TYPED[i % TYPED.length];
      const position = positionAt(text, at);
      text = text.slice(0, at) + ch + text.slice(at);
      at += 1;
      version += 1;
      const v = version;
      const sent = performance.now();
      await server.change(uri, v, position, ch);
      const hit = await server.waitFor(uri, (p) => p.version === v, `diagnostics for version ${v}`);
      if (i >= WARMUP_EDITS) latencies.push(hit.at - sent);
    }
    return { spelling, latencies, memoryAfter: server.memory() };
  } finally {
    await server.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

async function measureMemory(serverPath, nodeFlags) {
  const dir = mkdtempSync(join(tmpdir(), 'clc-bench-'));
  mkdirSync(join(dir, 'cover-letters'));
  const server = await BenchServer.start(serverPath, dir, nodeFlags);
  try {
    await new Promise((resolve) => setTimeout(resolve, 300));
    const idle = server.memory();
    const uris = [];
    for (let i = 0; i < LETTERS; i++) {
      const file = join(dir, 'cover-letters', `letter-${String(i + 1).padStart(3, '0')}.md`);
      const text = letter(i);
      writeFileSync(file, text);
      uris.push({ uri: pathToFileURL(file).href, text });
    }
    // The first letter triggers the spelling dictionaries; wait for them so every letter is checked with them.
    await server.open(uris[0].uri, uris[0].text);
    await server.waitFor(uris[0].uri, (p) => p.version === 1, 'the first letter');
    const spelling = await server
      .waitFor(uris[0].uri, (_, i) => i >= 1, 'the re-check with spelling')
      .then(() => true)
      .catch(() => false);
    await new Promise((resolve) => setTimeout(resolve, 300));
    const firstLetter = server.memory();
    const started = performance.now();
    for (const { uri, text } of uris.slice(1)) await server.open(uri, text);
    await Promise.all(uris.map(({ uri }) => server.waitFor(uri, (p) => p.version === 1, `diagnostics for ${uri}`)));
    const allDiagnosticsMs = performance.now() - started;
    await new Promise((resolve) => setTimeout(resolve, 500));
    return { letters: LETTERS, spelling, idle, firstLetter, after: server.memory(), allDiagnosticsMs };
  } finally {
    await server.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

// --- main ---------------------------------------------------------------------
async function main() {
  const info = machine();
  console.log('Cover Letter Coach benchmark');
  console.log(
    `machine: ${info.cpu}, ${info.cores} cores, ${info.memoryGB} GB; node ${info.node} (${info.platform}); load average ${info.loadAverageAtStart.join(' ')}`,
  );
  const texts = loadTexts();
  const engine = await loadEngine();
  const peers = await loadPeers();
  console.log(`texts: ${texts.map((t) => `${t.id} (${t.words} words)`).join(', ')}`);
  console.log(
    'method: "engine full" analyses, every round, a variant of the text with a number unique to that round inserted in\n' +
      "  every sentence and line, so the engine's paragraph, Markdown-chunk and tag caches are cold (word-level\n" +
      '  memos stay warm); harper.js and write-good lint the same variant. "engine edit" analyses the text, then times\n' +
      '  the analysis after one letter near the middle is changed (a different letter every round: never a text\n' +
      `  seen before). Spelling is on, as in the server. ${ROUNDS} rounds per letter and ${DOC_ROUNDS} for the document,\n` +
      `  after ${WARMUP} warm-up rounds; peers interleaved in rotating order.`,
  );

  const inProcess = await measureInProcess(engine, peers, texts);
  const serverPath = join(ROOT, 'dist', 'server.js');
  const letter400 = texts.find((t) => t.id === 'letter-400').text;
  console.log(`  protocol: ${WARMUP_EDITS} + ${EDITS} single-character edits of letter-400...`);
  const nodeFlags = engine.serverNodeFlags;
  const proto = await measureProtocol(serverPath, nodeFlags, letter400);
  console.log(`  memory: opening ${LETTERS} letters...`);
  const memory = await measureMemory(serverPath, nodeFlags);
  // For comparison: node's defaults, as when another editor starts the server without the flags.
  const memoryDefaultFlags = await measureMemory(serverPath, []);

  const rows = texts.map((t) => {
    const r = inProcess.results[t.id];
    const s = Object.fromEntries(Object.entries(r).map(([k, xs]) => [k, summary(xs)]));
    return {
      text: t.id,
      words: t.words,
      medianMs: {
        engineFull: round2(s.engineFull.median),
        engineEdit: round2(s.engineEdit.median),
        harper: round2(s.harper.median),
        writeGood: round2(s.writeGood.median),
        engineFullNoSpelling: round2(s.engineFullNoSpelling.median),
      },
      p95Ms: {
        engineFull: round2(s.engineFull.p95),
        engineEdit: round2(s.engineEdit.p95),
        harper: round2(s.harper.p95),
        writeGood: round2(s.writeGood.p95),
      },
      samples: s.engineFull.n,
      ratios: {
        fullVsHarper: round2(ratio(s.engineFull.median, s.harper.median)),
        fullVsWriteGood: round2(ratio(s.engineFull.median, s.writeGood.median)),
        editVsHarper: round2(ratio(s.engineEdit.median, s.harper.median)),
        editVsWriteGood: round2(ratio(s.engineEdit.median, s.writeGood.median)),
      },
      findings: inProcess.counts[t.id],
    };
  });
  const protocolSummary = summary(proto.latencies);
  const byText = Object.fromEntries(rows.map((r) => [r.text, r]));
  const targets = [
    {
      id: 'full-400-vs-harper',
      what: 'full analysis of letter-400 ≤ 0.5 × harper.js',
      value: byText['letter-400'].ratios.fullVsHarper,
      limit: `≤ ${TARGETS.fullVsHarper}`,
      pass: byText['letter-400'].ratios.fullVsHarper <= TARGETS.fullVsHarper,
    },
    {
      id: 'edit-5000-vs-write-good',
      what: 're-analysis after an edit in document-5000 ≤ 0.25 × write-good',
      value: byText['document-5000'].ratios.editVsWriteGood,
      limit: `≤ ${TARGETS.editVsWriteGood}`,
      pass: byText['document-5000'].ratios.editVsWriteGood <= TARGETS.editVsWriteGood,
    },
    {
      id: 'protocol-p95',
      what: 'didChange → publishDiagnostics p95 on letter-400 < 50 ms',
      value: round2(protocolSummary.p95),
      limit: `< ${TARGETS.protocolP95Ms} ms`,
      pass: protocolSummary.p95 < TARGETS.protocolP95Ms,
    },
    {
      id: 'memory-100-letters',
      what: `server resident memory after ${LETTERS} letters < 150 MB`,
      value: round2(memory.after.rssMB),
      limit: `< ${TARGETS.memoryMB} MB`,
      pass: memory.after.rssMB < TARGETS.memoryMB,
    },
  ];

  // --- report ---
  console.log('\nIn-process, milliseconds (median of the rounds; ratios are engine ÷ peer, lower is better)\n');
  const head = ['text', 'words', 'engine full', 'engine edit', 'harper.js', 'write-good', 'full/harper', 'full/w-g', 'edit/harper', 'edit/w-g'];
  const widths = [14, 6, 12, 12, 10, 11, 12, 9, 12, 9];
  console.log(head.map((h, i) => pad(h, widths[i], i > 0)).join(' '));
  for (const r of rows) {
    const cells = [
      r.text,
      r.words,
      fmt(r.medianMs.engineFull),
      fmt(r.medianMs.engineEdit),
      fmt(r.medianMs.harper),
      fmt(r.medianMs.writeGood),
      r.ratios.fullVsHarper.toFixed(2),
      r.ratios.fullVsWriteGood.toFixed(2),
      r.ratios.editVsHarper.toFixed(2),
      r.ratios.editVsWriteGood.toFixed(2),
    ];
    console.log(cells.map((c, i) => pad(c, widths[i], i > 0)).join(' '));
  }
  console.log('\np95, milliseconds');
  for (const r of rows) {
    console.log(
      `  ${pad(r.text, 14)} engine full ${fmt(r.p95Ms.engineFull)}, engine edit ${fmt(r.p95Ms.engineEdit)}, harper.js ${fmt(r.p95Ms.harper)}, write-good ${fmt(r.p95Ms.writeGood)}`,
    );
  }
  console.log('\nfor diagnosis: engine full analysis without the spelling rule, median ms');
  for (const r of rows) console.log(`  ${pad(r.text, 14)} ${fmt(r.medianMs.engineFullNoSpelling)} (with spelling ${fmt(r.medianMs.engineFull)})`);
  console.log('\nfindings on the original texts (for scale: the tools check different things)');
  for (const r of rows) {
    console.log(
      `  ${pad(r.text, 14)} engine ${r.findings.engineFindings}, harper.js ${r.findings.harperLints}, write-good ${r.findings.writeGoodSuggestions}`,
    );
  }
  console.log(
    `\nProtocol (node ${[...nodeFlags, 'dist/server.js', '--stdio'].join(' ')}, with the extension's Node flags (the extension talks over IPC); settings ${JSON.stringify(BENCH_SETTINGS)}, spelling ${proto.spelling ? 'loaded' : 'NOT loaded'}):`,
  );
  console.log(
    `  ${EDITS} single-character didChange → publishDiagnostics on letter-400 (after ${WARMUP_EDITS} warm-up edits): ` +
      `median ${fmt(protocolSummary.median)} ms, p95 ${fmt(protocolSummary.p95)} ms, max ${fmt(protocolSummary.max)} ms`,
  );
  console.log(
    `  resident memory: ${fmt(memory.idle.rssMB)} MB idle; ${fmt(memory.firstLetter.rssMB)} MB with one letter and the spelling dictionaries; ` +
      `${fmt(memory.after.rssMB)} MB after opening ${LETTERS} letters ` +
      `(peak ${fmt(memory.after.peakRssMB)} MB; all diagnostics in ${fmt(memory.allDiagnosticsMs)} ms; spelling ${memory.spelling ? 'loaded' : 'NOT loaded'})`,
  );
  console.log(
    `  without ${nodeFlags.join(' ')} (node's defaults): ${fmt(memoryDefaultFlags.firstLetter.rssMB)} MB with one letter, ` +
      `${fmt(memoryDefaultFlags.after.rssMB)} MB after ${LETTERS} letters`,
  );
  console.log('\nTargets');
  for (const t of targets) console.log(`  ${t.pass ? 'PASS' : 'FAIL'}  ${t.what}: ${t.value} (${t.limit})`);

  const result = {
    date: new Date().toISOString(),
    machine: { ...info, loadAverageAtEnd: loadavg().map(round2) },
    method: {
      roundsPerLetter: ROUNDS,
      roundsForDocument: DOC_ROUNDS,
      warmupRounds: WARMUP,
      engineFull: 'variant of the text with a number unique to the round in every sentence and line: paragraph, chunk and tag caches cold',
      engineEdit: 'text analysed, then one letter near the middle changed (never the same edited text twice) and the re-analysis timed',
      peers: 'harper.js LocalLinter (binaryInlined, language markdown) and write-good lint the same variant as engine full',
      spelling: 'on (dist/dictionary, as the server loads it)',
      protocol: `${EDITS} single-character incremental didChange edits (after ${WARMUP_EDITS} warm-up), each awaiting its publishDiagnostics`,
    },
    inProcess: rows,
    protocol: {
      text: 'letter-400',
      settings: BENCH_SETTINGS,
      spellingLoaded: proto.spelling,
      edits: EDITS,
      medianMs: round2(protocolSummary.median),
      p95Ms: round2(protocolSummary.p95),
      maxMs: round2(protocolSummary.max),
    },
    memory: {
      letters: LETTERS,
      spellingLoaded: memory.spelling,
      idleRssMB: round2(memory.idle.rssMB),
      firstLetterRssMB: round2(memory.firstLetter.rssMB),
      rssMB: round2(memory.after.rssMB),
      peakRssMB: round2(memory.after.peakRssMB),
      nodeFlags,
      withoutFlags: { firstLetterRssMB: round2(memoryDefaultFlags.firstLetter.rssMB), rssMB: round2(memoryDefaultFlags.after.rssMB) },
    },
    targets,
  };
  if (WRITE) {
    writeFileSync(OUT, JSON.stringify(result, null, 2) + '\n');
    console.log(`\nwrote ${relative(process.cwd(), OUT) || OUT}`);
  }
}

/** The README's Performance table, from a results file. */
function markdown(result) {
  const m = result.machine;
  const rows = result.inProcess;
  const lines = [
    `Measured ${result.date.slice(0, 10)} on ${m.cpu}, ${m.cores} cores, node ${m.node.replace(/^v/, '')} (load average ${m.loadAverageAtStart[0]} at the start: other work was running).`,
    '',
    '| Text | Words | Engine, full analysis | Engine, after a keystroke | harper.js | write-good |',
    '|---|--:|--:|--:|--:|--:|',
    ...rows.map(
      (r) =>
        `| ${r.text} | ${r.words} | ${fmt(r.medianMs.engineFull)} ms (${r.ratios.fullVsHarper.toFixed(2)} × harper.js) | ` +
        `${fmt(r.medianMs.engineEdit)} ms (${r.ratios.editVsWriteGood.toFixed(2)} × write-good) | ${fmt(r.medianMs.harper)} ms | ${fmt(r.medianMs.writeGood)} ms |`,
    ),
    '',
    `Through the language server, ${result.protocol.edits} single-character edits of letter-400, each awaiting its diagnostics: ` +
      `median ${fmt(result.protocol.medianMs)} ms, p95 ${fmt(result.protocol.p95Ms)} ms. ` +
      `Resident memory: ${fmt(result.memory.idleRssMB)} MB idle, ${fmt(result.memory.firstLetterRssMB)} MB with the first letter and the spelling dictionaries, ` +
      `${fmt(result.memory.rssMB)} MB after ${result.memory.letters} letters, with the extension's Node flags ` +
      `(\`node ${result.memory.nodeFlags.join(' ')}\`); without those flags, ${fmt(result.memory.withoutFlags.rssMB)} MB.`,
    '',
    '| Target | Result | |',
    '|---|--:|---|',
    ...result.targets.map((t) => `| ${t.what} | ${t.value} | ${t.pass ? 'PASS' : 'FAIL'} |`),
  ];
  return lines.join('\n');
}

if (args.includes('--markdown')) {
  const file = args[args.indexOf('--markdown') + 1] ?? join(ROOT, 'bench', 'results.json');
  console.log(markdown(JSON.parse(readFileSync(file, 'utf8'))));
  process.exit(0);
}

main().then(
  () => process.exit(0), // harper's WebAssembly keeps no handles, but be sure the run ends
  (error) => {
    console.error(error);
    process.exit(1);
  },
);

/**
 * The check worker: runs the engine off the language server's main thread, so a
 * check that takes too long can be stopped (checkRunner.ts) while the editor keeps
 * its answers. Bundled to dist/checkWorker.js. The engine's caches and the spelling
 * dictionaries live here, once, and last as long as the worker.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { analyze, hasSpellingFixes, type SpellingDictionary, spellingFixes } from '../engine';
import { loadDictionary } from '../spelling/dictionary';
import type { CheckWorkerData, WorkerReply, WorkerRequest, WorkerResult } from './checkMessages';

const data = (workerData ?? {}) as CheckWorkerData;
let dictionary: Promise<SpellingDictionary> | undefined;
let loaded: SpellingDictionary | undefined;

async function answer(request: WorkerRequest): Promise<WorkerResult> {
  switch (request.kind) {
    case 'analyze':
      if (data.stallMarker !== undefined && data.stallMarker !== '' && request.text.includes(data.stallMarker)) stall();
      return analyze(request.text, { ...request.options, spelling: request.spelling ? loaded : undefined });
    case 'loadSpelling':
      dictionary ??= loadDictionary(data.dictionaryDir);
      loaded = await dictionary;
      return null;
    case 'spellingFixes':
      if (loaded === undefined) return null;
      if (request.onlyKnown && !hasSpellingFixes(loaded, request.word)) return [];
      return spellingFixes(loaded, request.word, request.offset);
  }
}

/** Tests only: a check that never ends, the way a pathological one would look from outside. */
function stall(): never {
  for (;;) {
    // Busy, as a runaway regular expression would be.
  }
}

parentPort?.on('message', (request: WorkerRequest) => {
  answer(request).then(
    (value) => parentPort?.postMessage({ id: request.id, ok: true, value } satisfies WorkerReply),
    (error: unknown) => {
      const message = error instanceof Error ? (error.stack ?? error.message) : String(error);
      parentPort?.postMessage({ id: request.id, ok: false, error: message } satisfies WorkerReply);
    },
  );
});

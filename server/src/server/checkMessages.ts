/**
 * The messages between the language server's main thread and its check worker
 * (checkRunner.ts, checkWorker.ts). Plain data only: they are copied between threads.
 */
import type { AnalysisResult, AnalyzeOptions, Fix } from '../engine';

export type WorkerRequest =
  /** Check a letter; `spelling` asks for the dictionaries the worker loaded (without them the rule is silent). */
  | { id: number; kind: 'analyze'; text: string; options: AnalyzeOptions; spelling: boolean }
  /** Load the spelling dictionaries (once per worker). */
  | { id: number; kind: 'loadSpelling' }
  /** Suggestions for a misspelt word at `offset`; `onlyKnown` answers only from suggestions already looked up. */
  | { id: number; kind: 'spellingFixes'; word: string; offset: number; onlyKnown: boolean };

export type WorkerResult = AnalysisResult | Fix[] | null;

export type WorkerReply = { id: number; ok: true; value: WorkerResult } | { id: number; ok: false; error: string };

/** What the worker is started with. */
export interface CheckWorkerData {
  /** Where the dictionaries are; the folder beside the bundle when left out. */
  dictionaryDir?: string;
  /** Tests only: a check of a text that contains this marker never ends (until the worker is stopped). */
  stallMarker?: string;
}

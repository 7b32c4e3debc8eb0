/**
 * Runs the checks in one worker thread (checkWorker.ts), one request at a time,
 * each within a time budget. A request that runs past it, or a worker that runs
 * out of memory or dies, costs that request only: the worker is stopped, a fresh
 * one started (it loads the dictionaries again if they were loaded), and the
 * requests waiting behind it go on. The main thread never waits for a check, so
 * it keeps answering the editor.
 */
import * as path from 'node:path';
import { Worker } from 'node:worker_threads';
import { type AnalysisResult, type AnalyzeOptions, CHECK_BUDGET_SECONDS, type Fix } from '../engine';
import type { CheckWorkerData, WorkerReply, WorkerRequest, WorkerResult } from './checkMessages';

/** Overrides the budget in milliseconds (tests). */
export const CHECK_BUDGET_ENV = 'COVER_LETTER_CHECK_BUDGET_MS';
/** Tests only: the marker that makes a check never end (see checkWorker.ts). */
export const STALL_MARKER_ENV = 'COVER_LETTER_TEST_STALL_MARKER';

/** The worker's heap, well under the 1 GB a runaway check may take the server to in all. */
export const WORKER_HEAP_MB = 700;

/** A request the runner gave up on: it ran past the budget, or its worker ran out of memory or stopped. */
export class CheckStopped extends Error {
  constructor(readonly reason: 'time' | 'memory' | 'exit') {
    super(reason === 'time' ? 'The check ran past its time budget and was stopped.' : `The check worker stopped (${reason}).`);
  }
}

export interface CheckRunnerOptions {
  budgetMs?: number;
  /** The worker's script; checkWorker.js beside this file (the bundle, or out/) by default. */
  workerFile?: string;
  workerData?: CheckWorkerData;
  /** The worker's old-generation heap in MB (WORKER_HEAP_MB by default; tests make it small). */
  heapMb?: number;
  /** Told when a worker is stopped or dies, and why. */
  log?: (message: string) => void;
}

type Body = WorkerRequest extends infer R ? (R extends WorkerRequest ? Omit<R, 'id'> : never) : never;

interface Pending {
  body: Body;
  resolve: (value: WorkerResult) => void;
  reject: (error: Error) => void;
  /** Asked when the request's turn comes: false skips it (a newer edit of the document is queued). */
  wanted?: () => boolean;
}

/** A request that was no longer wanted when its turn came, and was not run. */
export class CheckSkipped extends Error {
  constructor() {
    super('The check was skipped: a newer one took its place.');
  }
}

/** The budget from the environment when it holds a positive number, else the engine's. */
export function checkBudgetMs(env: NodeJS.ProcessEnv = process.env): number {
  const value = Number(env[CHECK_BUDGET_ENV]);
  return Number.isFinite(value) && value > 0 ? value : CHECK_BUDGET_SECONDS * 1000;
}

export class CheckRunner {
  readonly budgetMs: number;
  private worker: Worker | undefined;
  private nextId = 1;
  private readonly queue: Pending[] = [];
  private inFlight: (Pending & { id: number; timer: NodeJS.Timeout; worker: Worker }) | undefined;
  private spelling = false;
  private disposed = false;
  /** Workers started so far (tests). */
  started = 0;

  constructor(private readonly options: CheckRunnerOptions = {}) {
    this.budgetMs = options.budgetMs ?? checkBudgetMs();
  }

  /** `wanted`, asked when the check's turn comes, lets a check that a newer one replaced give way without running. */
  analyze(text: string, options: AnalyzeOptions, spelling: boolean, wanted?: () => boolean): Promise<AnalysisResult> {
    return this.request({ kind: 'analyze', text, options, spelling }, wanted) as Promise<AnalysisResult>;
  }

  /** Loads the dictionaries in the worker, and in every worker started after this one. */
  async loadSpelling(): Promise<void> {
    this.spelling = true;
    await this.request({ kind: 'loadSpelling' });
  }

  /** Suggestions for a misspelt word, or undefined when the dictionaries are not loaded. */
  async spellingFixes(word: string, offset: number, onlyKnown: boolean): Promise<Fix[] | undefined> {
    const fixes = (await this.request({ kind: 'spellingFixes', word, offset, onlyKnown })) as Fix[] | null;
    return fixes ?? undefined;
  }

  dispose(): void {
    this.disposed = true;
    for (const pending of this.queue.splice(0)) pending.reject(new CheckStopped('exit'));
    const inFlight = this.inFlight;
    this.inFlight = undefined;
    if (inFlight) {
      clearTimeout(inFlight.timer);
      inFlight.reject(new CheckStopped('exit'));
    }
    void this.worker?.terminate();
    this.worker = undefined;
  }

  private request(body: Body, wanted?: () => boolean): Promise<WorkerResult> {
    if (this.disposed) return Promise.reject(new CheckStopped('exit'));
    return new Promise((resolve, reject) => {
      this.queue.push({ body, resolve, reject, wanted });
      this.next();
    });
  }

  private next(): void {
    if (this.inFlight !== undefined || this.disposed) return;
    // Checks of text already edited again give way: behind a slow check, typing must not pile them up.
    while (this.queue.length > 0 && this.queue[0]!.wanted?.() === false) this.queue.shift()!.reject(new CheckSkipped());
    if (this.queue.length === 0) return;
    // First the worker: a fresh one puts the dictionaries' reload at the head of the queue.
    const worker = this.currentWorker();
    const pending = this.queue.shift()!;
    const id = this.nextId++;
    const timer = setTimeout(() => this.stop(worker, 'time'), this.budgetMs);
    this.inFlight = { ...pending, id, timer, worker };
    worker.postMessage({ ...pending.body, id });
  }

  private currentWorker(): Worker {
    if (this.worker !== undefined) return this.worker;
    const file = this.options.workerFile ?? path.join(__dirname, 'checkWorker.js');
    const stallMarker = process.env[STALL_MARKER_ENV];
    const workerData: CheckWorkerData = { ...(stallMarker ? { stallMarker } : {}), ...this.options.workerData };
    const worker = new Worker(file, { workerData, resourceLimits: { maxOldGenerationSizeMb: this.options.heapMb ?? WORKER_HEAP_MB } });
    this.started++;
    // The worker must not keep the server alive once the connection is gone.
    worker.unref();
    worker.on('message', (reply: WorkerReply) => this.answered(worker, reply));
    worker.on('error', (error: Error & { code?: string }) => {
      this.stop(worker, error.code === 'ERR_WORKER_OUT_OF_MEMORY' ? 'memory' : 'exit', String(error));
    });
    worker.on('exit', () => this.stop(worker, 'exit'));
    this.worker = worker;
    // A fresh worker after a stopped one: the dictionaries come back before the next check.
    if (this.spelling && this.started > 1) this.queue.unshift({ body: { kind: 'loadSpelling' }, resolve: () => undefined, reject: () => undefined });
    return worker;
  }

  private answered(worker: Worker, reply: WorkerReply): void {
    const inFlight = this.inFlight;
    if (inFlight === undefined || inFlight.worker !== worker || inFlight.id !== reply.id) return;
    clearTimeout(inFlight.timer);
    this.inFlight = undefined;
    if (reply.ok) inFlight.resolve(reply.value);
    else inFlight.reject(new Error(reply.error));
    this.next();
  }

  /** Gives up on the worker's request in flight, if any, and on the worker: the next request starts a fresh one. */
  private stop(worker: Worker, reason: CheckStopped['reason'], detail?: string): void {
    if (this.worker !== worker) return;
    this.worker = undefined;
    void worker.terminate();
    const inFlight = this.inFlight?.worker === worker ? this.inFlight : undefined;
    if (this.disposed) return;
    this.options.log?.(
      `The check worker was stopped (${reason === 'time' ? `a request ran past ${this.budgetMs} ms` : reason})${detail ? `: ${detail}` : ''}; a fresh one takes over.`,
    );
    if (inFlight !== undefined) {
      clearTimeout(inFlight.timer);
      this.inFlight = undefined;
      inFlight.reject(new CheckStopped(reason));
    }
    this.next();
  }
}

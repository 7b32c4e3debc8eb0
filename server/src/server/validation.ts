/**
 * Checks documents and publishes their diagnostics and statistics: debounced
 * per document, and never publishing a result computed for a version that is
 * no longer current. Each published result is kept in the analysis store for
 * hover, code actions, the job-match CodeLens and the report. Rules that threw
 * are logged once per document version; a job description that could not be
 * read, once per document and problem.
 *
 * The engine runs in the check worker (checkRunner.ts): a check that runs past its
 * budget is stopped, and the document gets one `check-took-too-long` notice. Its
 * text is remembered, so the same text is not checked again until it changes.
 */
import { createHash } from 'node:crypto';
import type { Connection, Diagnostic, TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { statisticsClearedNotification, statisticsNotification } from '../../../shared/src/protocol';
import type { CoverLetterSettings } from '../../../shared/src/settings';
import { type AnalysisResult, type AnalyzeOptions, checkTookTooLong, checkTookTooLongFinding, tooManyProblems } from '../engine';
import { findingsToDiagnostics } from '../lsp/diagnostics';
import { letterReport } from '../report/letterReport';
import { analyzeOptions, settingsChoices } from '../config/analyzeOptions';
import { formatForLanguageId } from '../lsp/format';
import type { AnalysisStore, StoredAnalysis } from './analysisStore';
import { type ConfigStore, type DocumentConfig, noDocumentConfig } from './configStore';
import type { DocumentFilter } from './documentFilter';
import type { DocumentJob, JobDescriptions } from './jobDescriptions';
import type { Logger } from './logger';
import { RuleFailureLog } from './ruleFailures';
import type { SettingsStore } from './settings';
import { type CheckRunner, CheckStopped } from './checkRunner';
import type { SpellingLoader } from './spelling';

export interface ValidatorDeps {
  connection: Pick<Connection, 'sendDiagnostics' | 'sendNotification'>;
  documents: Pick<TextDocuments<TextDocument>, 'get' | 'all'>;
  settings: Pick<SettingsStore, 'get'>;
  config: Pick<ConfigStore, 'forDocument'>;
  filter: Pick<DocumentFilter, 'isChecked'>;
  store: AnalysisStore;
  spelling: Pick<SpellingLoader, 'ready' | 'wanted'>;
  /** Runs the engine: in the check worker, within its budget (an in-process stand-in in unit tests). */
  checker: Pick<CheckRunner, 'analyze' | 'budgetMs'>;
  jobs: Pick<JobDescriptions, 'forDocument'>;
  logger: Logger;
  /** Base URI of the rule documentation (see lsp/docsUri.ts). */
  docsBase: string;
  /** Called after each analysis is stored, with the one it replaced (for refreshing CodeLenses). */
  stored?: (previous: StoredAnalysis | undefined, current: StoredAnalysis) => void;
}

export class Validator {
  private readonly timers = new Map<string, NodeJS.Timeout>();
  // Bumped on every request to check a document, so work started for an older
  // request (still waiting for settings, config or its timer) knows to give up.
  private readonly generations = new Map<string, number>();
  // Ends the wait of a debounced check that cancel() called off.
  private readonly abandon = new Map<string, () => void>();
  private readonly failures: RuleFailureLog;
  // The job-description problem last logged for each document, so it is logged when it changes, not at every keystroke.
  private readonly jobProblems = new Map<string, string>();
  // The text (hash) whose check was stopped, per document, and why: not checked again until it changes.
  private readonly stopped = new Map<string, { hash: string; reason: CheckStopped['reason'] }>();

  constructor(private readonly deps: ValidatorDeps) {
    this.failures = new RuleFailureLog(deps.logger);
  }

  /**
   * Checks the document once it has been quiet for `debounceMs`, or at once when
   * `immediate`. Resolves when this check has published, or has given way to a newer one.
   */
  async schedule(document: TextDocument, immediate = false): Promise<void> {
    const { uri, version } = document;
    const generation = this.cancel(uri);
    const current = (): boolean => this.generations.get(uri) === generation;
    const settings = await this.deps.settings.get(uri);
    if (!current()) return;
    if (!immediate && settings.debounceMs > 0) {
      const quiet = await new Promise<boolean>((resolve) => {
        const timer = setTimeout(() => resolve(true), settings.debounceMs);
        this.timers.set(uri, timer);
        this.abandon.set(uri, () => resolve(false));
      });
      if (!quiet || !current()) return;
      this.timers.delete(uri);
      this.abandon.delete(uri);
    }
    // A document that is not a letter needs no config files and no job description.
    if (!this.deps.filter.isChecked(document, settings.files)) {
      this.clearChecked(uri, version);
      return;
    }
    let config: DocumentConfig;
    try {
      config = await this.deps.config.forDocument(uri);
    } catch (error) {
      // Config files are read with care already; this is the last line before an unhandled rejection.
      this.deps.logger.error(`Reading the config files for ${uri} failed: ${String(error)}`);
      config = noDocumentConfig();
    }
    if (!current()) return;
    let job: DocumentJob | undefined;
    try {
      job = await this.deps.jobs.forDocument(uri, document.getText(), settings.jobDescription);
    } catch (error) {
      this.deps.logger.error(`Looking for the job description of ${uri} failed: ${String(error)}`);
    }
    if (!current()) return;
    await this.run(uri, version, settings, config, job, current);
  }

  /** Re-checks these open documents at once (their job description changed on disk). */
  scheduleUris(uris: Iterable<string>): void {
    for (const uri of uris) {
      const document = this.deps.documents.get(uri);
      if (document !== undefined) void this.schedule(document, true);
    }
  }

  /** Re-checks every open document, e.g. after the settings or a config file changed. */
  scheduleAll(): void {
    for (const document of this.deps.documents.all()) void this.schedule(document, true);
  }

  /** The document was closed: drop pending work and take its diagnostics and statistics off the screen. */
  clear(uri: string): void {
    this.cancel(uri);
    this.generations.delete(uri);
    this.publish(uri, undefined, []);
    this.forget(uri);
    this.failures.forget(uri);
    this.jobProblems.delete(uri);
    this.stopped.delete(uri);
  }

  /** Cancels pending work for the document and returns the new generation. */
  private cancel(uri: string): number {
    clearTimeout(this.timers.get(uri));
    this.timers.delete(uri);
    this.abandon.get(uri)?.();
    this.abandon.delete(uri);
    const generation = (this.generations.get(uri) ?? 0) + 1;
    this.generations.set(uri, generation);
    return generation;
  }

  private async run(
    uri: string,
    version: number,
    settings: CoverLetterSettings,
    config: DocumentConfig,
    job: DocumentJob | undefined,
    current: () => boolean,
  ): Promise<void> {
    const document = this.deps.documents.get(uri);
    // Closed, or edited since this check was scheduled: the newer edit has its own check queued.
    if (document === undefined || document.version !== version) return;
    const text = document.getText();
    let options: AnalyzeOptions;
    try {
      options = this.options(document, settings, config, job);
    } catch (error) {
      this.deps.logger.error(`Checking ${uri} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
      this.clearChecked(uri, version);
      return;
    }
    const hash = createHash('sha256').update(text).digest('hex');
    const stopped = this.stopped.get(uri);
    if (stopped?.hash === hash) {
      this.publishStopped(document, options, stopped.reason);
      return;
    }
    this.stopped.delete(uri);
    let result: AnalysisResult;
    try {
      const wanted = (): boolean => current() && this.deps.documents.get(uri)?.version === version;
      result = await this.deps.checker.analyze(text, options, this.deps.spelling.ready(), wanted);
    } catch (error) {
      // Remembered even when a newer request took over meanwhile: it may hold the same text.
      if (error instanceof CheckStopped && this.deps.documents.get(uri) !== undefined) this.stopped.set(uri, { hash, reason: error.reason });
      if (!current() || this.deps.documents.get(uri)?.version !== version) return;
      if (error instanceof CheckStopped) {
        this.deps.logger.warn(`Checking ${uri} (version ${version}) was stopped: ${error.message} It is not checked again until it changes.`);
        this.publishStopped(document, options, error.reason);
        return;
      }
      // One bad document must not take the server down for every other one.
      // Its old diagnostics no longer match the text, so they are cleared.
      const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
      this.deps.logger.error(`Checking ${uri} failed: ${detail}`);
      this.clearChecked(uri, version);
      return;
    }
    // A newer request for the document took over while the worker checked this one.
    if (!current() || this.deps.documents.get(uri)?.version !== version) return;
    const analysis = this.stored(document, result, options, config, job);
    if (analysis === undefined) {
      this.clearChecked(uri, version);
      return;
    }
    const previous = this.deps.store.latest(uri);
    this.deps.store.set(analysis);
    this.publish(uri, version, [...analysis.diagnostics]);
    this.send(() => this.deps.connection.sendNotification(statisticsNotification, analysis.report.statistics));
    this.logJobProblem(uri, job?.problem);
    this.deps.stored?.(previous, analysis);
    if (!this.deps.spelling.ready()) this.deps.spelling.wanted();
  }

  private options(document: TextDocument, settings: CoverLetterSettings, config: DocumentConfig, job: DocumentJob | undefined): AnalyzeOptions {
    return analyzeOptions({
      format: formatForLanguageId(document.languageId),
      config: config.resolved,
      ...settingsChoices(settings),
      // The dictionaries are in the check worker; it adds them when asked.
      spelling: undefined,
      // Looked up when the writer asks for quick fixes (spellingActions.ts), never on a keystroke.
      spellingSuggestions: false,
      job: job === undefined ? undefined : job.text !== undefined ? { text: job.text } : { problem: job.problem },
    });
  }

  /** The check of this text was stopped: one notice instead of its findings (none when the settings turn it off). */
  private publishStopped(document: TextDocument, options: AnalyzeOptions, reason: CheckStopped['reason']): void {
    const severity = options.rules?.[checkTookTooLong.id] ?? checkTookTooLong.defaultSeverity;
    this.forget(document.uri);
    if (severity === 'off') {
      this.publish(document.uri, document.version, []);
      return;
    }
    const finding = checkTookTooLongFinding(document.getText(), this.deps.checker.budgetMs / 1000, severity, reason === 'time' ? 'time' : 'memory');
    this.publish(document.uri, document.version, findingsToDiagnostics(document, [finding], this.deps.docsBase));
  }

  private stored(
    document: TextDocument,
    result: AnalysisResult,
    options: AnalyzeOptions,
    config: DocumentConfig,
    job: DocumentJob | undefined,
  ): StoredAnalysis | undefined {
    try {
      const { uri, version } = document;
      this.failures.report(uri, version, result.failures);
      return {
        uri,
        version,
        findings: result.findings,
        diagnostics: findingsToDiagnostics(document, result.findings, this.deps.docsBase, {
          noteSeverity: options.rules?.[tooManyProblems.id] ?? tooManyProblems.defaultSeverity,
        }),
        config,
        job,
        report: letterReport({
          uri,
          version,
          result,
          document,
          jobPath: job?.text !== undefined ? job.path : undefined,
          jobProblem: job?.problem,
          docsBase: this.deps.docsBase,
        }),
      };
    } catch (error) {
      const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
      this.deps.logger.error(`Checking ${document.uri} failed: ${detail}`);
      return undefined;
    }
  }

  /** A job description that could not be read goes to the log too, once for each new problem. */
  private logJobProblem(uri: string, problem: string | undefined): void {
    if (problem === undefined) {
      this.jobProblems.delete(uri);
      return;
    }
    if (this.jobProblems.get(uri) === problem) return;
    this.jobProblems.set(uri, problem);
    this.deps.logger.warn(`${uri}: ${problem}`);
  }

  /** Nothing to show for this version (not a letter, or its check failed). */
  private clearChecked(uri: string, version: number): void {
    this.publish(uri, version, []);
    this.forget(uri);
  }

  /** The document is no longer checked: forget its analysis and clear its statistics, once. */
  private forget(uri: string): void {
    if (this.deps.store.delete(uri)) this.send(() => this.deps.connection.sendNotification(statisticsClearedNotification, { uri }));
  }

  private publish(uri: string, version: number | undefined, diagnostics: Diagnostic[]): void {
    const params = version === undefined ? { uri, diagnostics } : { uri, version, diagnostics };
    this.send(() => this.deps.connection.sendDiagnostics(params));
  }

  private send(message: () => Promise<void>): void {
    // Sending only fails while the connection is closing down, when nobody is left to tell;
    // letting it escape from a timer callback would kill the server.
    try {
      message().catch(() => undefined);
    } catch {
      // Same as above.
    }
  }
}

/**
 * Checks documents and publishes their diagnostics: debounced per document,
 * and never publishing a result computed for a version that is no longer current.
 */
import type { Connection, Diagnostic, TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { CoverLetterSettings } from '../../../shared/src/settings';
import { analyze } from '../engine';
import { findingToDiagnostic } from '../lsp/diagnostics';
import { formatForLanguageId } from '../lsp/format';
import type { DocumentFilter } from './documentFilter';
import type { Logger } from './logger';
import type { SettingsStore } from './settings';

export interface ValidatorDeps {
  connection: Pick<Connection, 'sendDiagnostics'>;
  documents: Pick<TextDocuments<TextDocument>, 'get' | 'all'>;
  settings: Pick<SettingsStore, 'get'>;
  filter: Pick<DocumentFilter, 'isChecked'>;
  logger: Logger;
  /** Base URI of the rule documentation (see lsp/docsUri.ts). */
  docsBase: string;
}

export class Validator {
  private readonly timers = new Map<string, NodeJS.Timeout>();
  // Bumped on every request to check a document, so work started for an older
  // request (still waiting for settings or for its timer) knows to give up.
  private readonly generations = new Map<string, number>();

  constructor(private readonly deps: ValidatorDeps) {}

  /** Checks the document once it has been quiet for `debounceMs`, or at once when `immediate`. */
  async schedule(document: TextDocument, immediate = false): Promise<void> {
    const { uri, version } = document;
    const generation = this.cancel(uri);
    const settings = await this.deps.settings.get(uri);
    if (this.generations.get(uri) !== generation) return;
    if (immediate || settings.debounceMs === 0) {
      this.run(uri, version, settings);
      return;
    }
    this.timers.set(
      uri,
      setTimeout(() => {
        this.timers.delete(uri);
        this.run(uri, version, settings);
      }, settings.debounceMs),
    );
  }

  /** Re-checks every open document, e.g. after the settings changed. */
  scheduleAll(): void {
    for (const document of this.deps.documents.all()) void this.schedule(document, true);
  }

  /** The document was closed: drop pending work and take its diagnostics off the screen. */
  clear(uri: string): void {
    this.cancel(uri);
    this.generations.delete(uri);
    this.publish(uri, undefined, []);
  }

  /** Cancels pending work for the document and returns the new generation. */
  private cancel(uri: string): number {
    clearTimeout(this.timers.get(uri));
    this.timers.delete(uri);
    const generation = (this.generations.get(uri) ?? 0) + 1;
    this.generations.set(uri, generation);
    return generation;
  }

  private run(uri: string, version: number, settings: CoverLetterSettings): void {
    const document = this.deps.documents.get(uri);
    // Closed, or edited since this check was scheduled: the newer edit has its own check queued.
    if (document === undefined || document.version !== version) return;
    const diagnostics = this.deps.filter.isChecked(document, settings.files) ? this.diagnose(document, settings) : [];
    this.publish(uri, version, diagnostics);
  }

  private diagnose(document: TextDocument, settings: CoverLetterSettings): Diagnostic[] {
    try {
      const result = analyze(document.getText(), {
        format: formatForLanguageId(document.languageId),
        rules: settings.rules,
        target: settings.lengthTarget,
        industry: settings.industry,
      });
      return result.findings.map((finding) => findingToDiagnostic(document, finding, this.deps.docsBase));
    } catch (error) {
      // One bad document must not take the server down for every other one.
      // Its old diagnostics no longer match the text, so they are cleared.
      const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
      this.deps.logger.error(`Checking ${document.uri} failed: ${detail}`);
      return [];
    }
  }

  private publish(uri: string, version: number | undefined, diagnostics: Diagnostic[]): void {
    const params = version === undefined ? { uri, diagnostics } : { uri, version, diagnostics };
    // Sending only fails while the connection is closing down, when nobody is left to tell;
    // letting it escape from a timer callback would kill the server.
    try {
      this.deps.connection.sendDiagnostics(params).catch(() => undefined);
    } catch {
      // Same as above.
    }
  }
}

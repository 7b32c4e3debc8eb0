/**
 * Where the server gets its settings: pulled per document through
 * workspace/configuration when the client supports it (so folder-level settings
 * apply), otherwise from whatever the client pushes with didChangeConfiguration,
 * otherwise the defaults.
 */
import type { Connection } from 'vscode-languageserver';
import { type CoverLetterSettings, SETTINGS_SECTION } from '../../../shared/src/settings';
import { isPlainObject } from '../util/values';
import type { Logger } from './logger';
import { defaultSettings, validateSettings } from './settingsValidation';

export class SettingsStore {
  /** Set from the client's capabilities during initialize. */
  pullFromClient = false;
  private pushed: CoverLetterSettings = defaultSettings();
  // Cached per document: validation runs on every debounced keystroke and
  // should not cost a round trip each time. Emptied when the settings change.
  private readonly perDocument = new Map<string, Promise<CoverLetterSettings>>();
  // Every open document reads the same settings; say what is wrong once, not once per document.
  private readonly reported = new Set<string>();

  constructor(
    private readonly connection: Pick<Connection, 'workspace'>,
    private readonly logger: Logger,
  ) {}

  get(uri: string): Promise<CoverLetterSettings> {
    if (!this.pullFromClient) return Promise.resolve(this.pushed);
    let settings = this.perDocument.get(uri);
    if (settings === undefined) {
      settings = this.pull(uri);
      this.perDocument.set(uri, settings);
    }
    return settings;
  }

  /** Handles didChangeConfiguration; `pushedSettings` is the notification's `settings` payload. */
  changed(pushedSettings: unknown): void {
    this.perDocument.clear();
    this.reported.clear();
    if (!this.pullFromClient) {
      const section = isPlainObject(pushedSettings) ? pushedSettings[SETTINGS_SECTION] : undefined;
      this.pushed = this.validate(section);
    }
  }

  forget(uri: string): void {
    this.perDocument.delete(uri);
  }

  private async pull(uri: string): Promise<CoverLetterSettings> {
    try {
      const raw: unknown = await this.connection.workspace.getConfiguration({ scopeUri: uri, section: SETTINGS_SECTION });
      return this.validate(raw);
    } catch (error) {
      this.report(`Could not read the ${SETTINGS_SECTION} settings for ${uri}: ${String(error)}; using the defaults.`);
      return defaultSettings();
    }
  }

  private validate(raw: unknown): CoverLetterSettings {
    const { settings, warnings } = validateSettings(raw);
    warnings.forEach((warning) => this.report(warning));
    return settings;
  }

  private report(warning: string): void {
    if (this.reported.has(warning)) return;
    this.reported.add(warning);
    this.logger.warn(warning);
  }
}

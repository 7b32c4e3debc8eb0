/**
 * The project config file, `.coverletterrc.json`, read by the language server
 * and the CLI. It may sit at the workspace root and in any folder below it; for
 * a letter, every file from the root down to the letter's folder applies, the
 * nearer file winning: `rules` are merged key by key, `phrases`, `words` and
 * `ignore` are concatenated. The `coverLetter.rules` and `coverLetter.words`
 * settings come first, so any config file wins over them.
 *
 * schemas/coverletterrc.schema.json describes the same shape for editors.
 */
import type { RuleSeverityName } from './settings';

export const CONFIG_FILE_NAME = '.coverletterrc.json';

/** Glob for watching config files anywhere in the workspace. */
export const CONFIG_FILE_GLOB = `**/${CONFIG_FILE_NAME}`;

/** An extra weak phrase, matched as plain words (never a regular expression). */
export interface ConfigPhrase {
  phrase: string;
  /** Offered as a quick fix. */
  replacement?: string;
  /** Shown instead of the default message. */
  message?: string;
}

/** One flagged text the writer chose to keep: the rule id and the exact text it flagged. */
export interface ConfigIgnore {
  rule: string;
  text: string;
}

/** What one `.coverletterrc.json` may hold; every key is optional. */
export interface CoverLetterConfig {
  $schema?: string;
  rules?: Record<string, RuleSeverityName>;
  phrases?: ConfigPhrase[];
  words?: string[];
  ignore?: ConfigIgnore[];
}

/** Config files merged for one letter, as the engine takes them. */
export interface ResolvedConfig {
  rules: Record<string, RuleSeverityName>;
  phrases: ConfigPhrase[];
  words: string[];
  ignore: ConfigIgnore[];
}

export function emptyResolvedConfig(): ResolvedConfig {
  return { rules: {}, phrases: [], words: [], ignore: [] };
}

/**
 * Merges config files ordered from the farthest (workspace root) to the
 * nearest (the letter's folder): nearer `rules` win key by key, lists add up.
 */
export function mergeConfigs(configs: readonly CoverLetterConfig[]): ResolvedConfig {
  const merged = emptyResolvedConfig();
  for (const config of configs) {
    Object.assign(merged.rules, config.rules);
    merged.phrases.push(...(config.phrases ?? []));
    merged.words.push(...(config.words ?? []));
    merged.ignore.push(...(config.ignore ?? []));
  }
  return merged;
}

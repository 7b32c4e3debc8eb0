/**
 * The engine's options for one letter, built one way for the language server
 * and the CLI: the choices the user made (the `coverLetter` settings, or the
 * CLI's flags), then the config files, which win over them, then what the
 * caller has loaded (the spelling dictionary, the job description).
 */
import type { ResolvedConfig } from '../../../shared/src/config';
import { type CoverLetterSettings, DEFAULT_SETTINGS, type Industry, type RuleSeverityName } from '../../../shared/src/settings';
import type { AnalyzeOptions, DocumentFormat, SpellingDictionary } from '../engine';

export interface OptionSources {
  format: DocumentFormat;
  /** The config files that apply to the letter, merged (config/configFiles.ts). */
  config: ResolvedConfig;
  /** A target the user chose; left out, the letter's front matter or the engine's default decides. */
  target?: number | undefined;
  industry?: Industry | undefined;
  /** Rule severities the user chose; the config files' win over them. */
  rules?: Readonly<Record<string, RuleSeverityName>>;
  /** The user's own dictionary, added to the config files' words. */
  words?: readonly string[];
  maxLength?: number;
  spelling?: SpellingDictionary | undefined;
  /** Whether spelling findings carry suggestions (the server looks them up on request instead). */
  spellingSuggestions?: boolean;
  job?: AnalyzeOptions['job'];
}

export function analyzeOptions(sources: OptionSources): AnalyzeOptions {
  const { config } = sources;
  const options: AnalyzeOptions = {
    format: sources.format,
    rules: { ...sources.rules, ...config.rules },
    phrases: config.phrases,
    ignore: config.ignore,
    words: [...(sources.words ?? []), ...config.words],
  };
  if (sources.target !== undefined) options.target = sources.target;
  if (sources.industry !== undefined) options.industry = sources.industry;
  if (sources.maxLength !== undefined) options.maxLength = sources.maxLength;
  if (sources.spelling !== undefined) options.spelling = sources.spelling;
  if (sources.spellingSuggestions !== undefined) options.spellingSuggestions = sources.spellingSuggestions;
  if (sources.job !== undefined) options.job = sources.job;
  return options;
}

/** The choices the `coverLetter` settings make. */
export function settingsChoices(settings: CoverLetterSettings): Pick<OptionSources, 'target' | 'industry' | 'rules' | 'words' | 'maxLength'> {
  return {
    // The default value is not a choice the user made: leave it to the engine, which then
    // reports the target as coming from its default rather than from a setting.
    target: settings.lengthTarget !== DEFAULT_SETTINGS.lengthTarget ? settings.lengthTarget : undefined,
    industry: settings.industry,
    rules: settings.rules,
    words: settings.words,
    maxLength: settings.maxDocumentLength,
  };
}

/**
 * The engine's options for one document: the `coverLetter` settings, then the
 * config files (which win over the settings), the document's language, and the
 * spelling dictionary once it is loaded.
 */
import { DEFAULT_SETTINGS, type CoverLetterSettings } from '../../../shared/src/settings';
import type { ResolvedConfig } from '../../../shared/src/config';
import type { AnalyzeOptions, SpellingDictionary } from '../engine';
import { formatForLanguageId } from '../lsp/format';

export function analysisOptions(
  languageId: string,
  settings: CoverLetterSettings,
  config: ResolvedConfig,
  spelling?: SpellingDictionary,
): AnalyzeOptions {
  const options: AnalyzeOptions = {
    format: formatForLanguageId(languageId),
    rules: { ...settings.rules, ...config.rules },
    industry: settings.industry,
    phrases: config.phrases,
    ignore: config.ignore,
    words: [...settings.words, ...config.words],
    maxLength: settings.maxDocumentLength,
    // Looked up when the writer asks for quick fixes (spellingActions.ts), never on a keystroke.
    spellingSuggestions: false,
  };
  // The default value is not a choice the user made: leave it to the engine, which then reports
  // the target as coming from its default rather than from a setting.
  if (settings.lengthTarget !== DEFAULT_SETTINGS.lengthTarget) options.target = settings.lengthTarget;
  if (spelling !== undefined) options.spelling = spelling;
  return options;
}

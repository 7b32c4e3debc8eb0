/**
 * The `coverLetter` settings section, shared by the client (which contributes it
 * in package.json) and the server (which reads it through workspace/configuration).
 * A test checks that package.json's contributed configuration matches these keys.
 */

export const SETTINGS_SECTION = 'coverLetter';

/** Severity a user may give a rule, or `off` to silence it. */
export type RuleSeverityName = 'off' | 'hint' | 'information' | 'warning' | 'error';

export const RULE_SEVERITY_NAMES: readonly RuleSeverityName[] = ['off', 'hint', 'information', 'warning', 'error'];

export type Industry = 'tech' | 'finance' | 'retail' | 'general';

export const INDUSTRIES: readonly Industry[] = ['tech', 'finance', 'retail', 'general'];

export interface CoverLetterSettings {
  /** Glob patterns (matched case-insensitively against the file path) of documents to check. */
  files: string[];
  /** Per-rule severity overrides, keyed by rule id. */
  rules: Record<string, RuleSeverityName>;
  /** Word-count target when the letter's front matter does not set one. */
  lengthTarget: number;
  /** Industry when the letter's front matter does not set one. */
  industry: Industry;
  /** Milliseconds to wait after a keystroke before checking. */
  debounceMs: number;
  /** The user's own dictionary: words the spelling check accepts, added to the config files' `words`. */
  words: string[];
}

export const DEFAULT_FILE_GLOBS: readonly string[] = [
  '**/*cover letter*',
  '**/*cover-letter*',
  '**/*cover_letter*',
  '**/*coverletter*',
  '**/cover-letters/**',
];

export const DEFAULT_SETTINGS: Readonly<CoverLetterSettings> = {
  files: [...DEFAULT_FILE_GLOBS],
  rules: {},
  lengthTarget: 250,
  industry: 'general',
  debounceMs: 200,
  words: [],
};

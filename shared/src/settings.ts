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

export function isIndustry(value: unknown): value is Industry {
  return typeof value === 'string' && (INDUSTRIES as readonly string[]).includes(value);
}

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
  /**
   * The job description for letters whose front matter names none: a path relative to the
   * letter's workspace folder (or absolute). Empty: look for `job.md` and the like beside the letter.
   */
  jobDescription: string;
  /** Characters of a document checked at most; past that, one `document-too-long` finding. */
  maxDocumentLength: number;
}

/** The smallest `maxDocumentLength` accepted: a short letter must always be read whole. */
export const MIN_MAX_DOCUMENT_LENGTH = 1000;

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
  jobDescription: '',
  maxDocumentLength: 200_000,
};

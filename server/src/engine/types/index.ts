/**
 * The engine's public types. Offsets and lengths are in UTF-16 code units of the
 * text passed to `analyze`, so they map directly onto LSP positions.
 */
import type { JobMatch as JobMatchSummary, LetterStatistics } from '../../../../shared/src/protocol';
import type { Industry, RuleSeverityName } from '../../../../shared/src/settings';
import type { DocumentFormat } from '../text/layout';
import type { FrontMatterOptions } from '../text/frontMatter';

export type Severity = 'error' | 'warning' | 'information' | 'hint';

export const SEVERITY_ORDER: readonly Severity[] = ['hint', 'information', 'warning', 'error'];

/** Replace `length` code units at `offset` with `newText`. */
export interface TextEdit {
  offset: number;
  length: number;
  newText: string;
}

export interface Fix {
  title: string;
  edits: TextEdit[];
  /**
   * A template put in place of the writer's sentence ("I built [system] that
   * [result with a number]."): their words are replaced, not rewritten, so it
   * is offered one finding at a time and never applied in bulk (fix all, fix
   * on save, `--fix`).
   */
  template?: true;
}

export interface Finding {
  ruleId: string;
  severity: Severity;
  offset: number;
  length: number;
  message: string;
  fixes: Fix[];
  /** The flagged text, as "Ignore this occurrence" remembers it. */
  text: string;
}

export interface AnalyzeOptions {
  /** How to read the text; Markdown skips code, comments, link targets and markup. */
  format?: DocumentFormat;
  /** Per-rule severities (or `off`); rules not named keep their default. */
  rules?: Record<string, RuleSeverityName>;
  /** Word-count target when the front matter does not set one. */
  target?: number;
  /** Industry when the front matter does not set one. */
  industry?: Industry;
  /** Extra weak phrases from the project's config file, flagged by the `custom-phrase` rule. */
  phrases?: CustomPhrase[];
  /** Occurrences the writer chose to ignore: a rule id and the exact text it flagged. */
  ignore?: IgnoredOccurrence[];
  /** Words the `spelling` rule accepts (workspace and user dictionaries). */
  words?: string[];
  /**
   * The job description the letter answers, as text (the caller reads the file),
   * or the problem that kept it from being read (reported by `job-description-unreadable`).
   */
  job?: { text?: string; problem?: string };
  /** Characters to read at most (default 200,000); past that, one `document-too-long` finding. */
  maxLength?: number;
  /** A loaded spelling dictionary; without one the `spelling` rule stays silent. */
  spelling?: SpellingDictionary;
  /**
   * Whether `spelling` findings carry the dictionary's suggestions as fixes
   * (default true). One word's suggestions take up to some twenty milliseconds,
   * so the language server leaves them out of the analysis it runs on
   * every keystroke and looks them up (`spellingFixes`) when the writer asks
   * for quick fixes.
   */
  spellingSuggestions?: boolean;
}

export interface CustomPhrase {
  /** Plain words, matched case-insensitively on word boundaries; never a regular expression. */
  phrase: string;
  /** Offered as a quick fix. */
  replacement?: string;
  /** Shown instead of the default message. */
  message?: string;
}

export interface IgnoredOccurrence {
  rule: string;
  text: string;
}

/** The part of a spell checker the engine needs (server/src/spelling/dictionary.ts provides it). */
export interface SpellingDictionary {
  correct(word: string): boolean;
  suggest(word: string): string[];
  /** A common misspelling of a known word ("recieved", "definately"), so a slip even where a name could stand. */
  isKnownMisspelling?(word: string): boolean;
}

export interface JobMatch {
  /** Weighted share of the description's terms the letter addresses, 0–100. */
  match: number;
  matched: string[];
  missing: string[];
  role: string | undefined;
  company: string | undefined;
}

export interface Evidence {
  offset: number;
  length: number;
  text: string;
}

export interface SkimCheck {
  id: 'ownership' | 'production-constraints' | 'business-impact' | 'team-judgment';
  label: string;
  passed: boolean;
  evidence: Evidence[];
}

export type IndustrySource = 'front matter' | 'setting' | 'detected' | 'default';

export interface Statistics {
  /** Prose words: front matter, code, comments, URLs and markup are not counted. */
  words: number;
  /** Word target: front matter, else options, else 250. */
  target: number;
  targetSource: LetterStatistics['targetSource'];
  industry: Industry;
  averageSentenceLength: number;
  readingTimeMinutes: number;
  /** Flesch–Kincaid grade level of the body. */
  readabilityGrade: number;
  /** Present when a job description was given. */
  job?: JobMatchSummary;
  /** Sentences in the body paragraphs. */
  sentences: number;
  /** Body paragraphs: not the header, salutation, sign-off or signature. */
  paragraphs: number;
}

export interface Tailoring {
  industry: Industry;
  industrySource: IndustrySource;
  /** From the front matter, else from the job description. */
  company: string | undefined;
  job: JobMatch | undefined;
  skim: SkimCheck[];
}

export interface AnalysisResult {
  findings: Finding[];
  stats: Statistics;
  tailoring: Tailoring;
  frontMatter: FrontMatterOptions;
  /** Rules that threw, and were skipped so the others could still report. */
  failures: Array<{ ruleId: string; message: string }>;
}

export type { DocumentFormat, FrontMatterOptions };

import type { Industry } from '../../../../shared/src/settings';
import type { Letter, Paragraph } from '../structure/model';
import type { JobDescription } from '../tailoring/jobDescription';
import type { AnalyzeOptions, CustomPhrase, Fix, JobMatch, Severity, SpellingDictionary } from '../types';

/** What every rule tells the world about itself: docs, settings and tests use this. */
export interface RuleInfo {
  /** Stable kebab-case id: the diagnostic `code`, the settings key, the docs anchor. */
  id: string;
  /** Short human name. */
  name: string;
  defaultSeverity: Severity;
  /** One line: what the rule flags. */
  summary: string;
  /** Why it matters to a hiring manager, in a few sentences. */
  explanation: string;
  /** A weak sentence and a stronger rewrite, for hovers and docs. */
  example: { before: string; after: string };
}

/** The examples every rule carries; the rule tests are generated from them. */
export interface RuleExamples {
  /** Options the examples are checked with (for rules that need configuration). */
  options?: AnalyzeOptions;
  /** Options for the clean examples, when they differ (default: `options`). */
  cleanOptions?: AnalyzeOptions;
  /** Each text must raise this rule at least once. */
  flagged: readonly string[];
  /** Each text must not raise this rule. */
  clean: readonly string[];
  /** Applying a fix (the first, or the one at index `fix`) of the first finding turns `before` into `after`. */
  fixed?: ReadonlyArray<{ before: string; after: string; fix?: number }>;
}

export interface CheckContext {
  target: number;
  industry: Industry;
  /** The company the letter is for, from the front matter. */
  company: string | undefined;
  /** Extra weak phrases from the project's config file. */
  phrases: readonly CustomPhrase[];
  /** Words the spelling rule accepts. */
  words: readonly string[];
  spelling: SpellingDictionary | undefined;
  /** Whether spelling findings carry suggestions (see `AnalyzeOptions.spellingSuggestions`). */
  spellingSuggestions: boolean;
  /** The job description and how the letter matches it, when one was given. */
  job: { description: JobDescription; match: JobMatch } | undefined;
  /** Why the named job description could not be read. */
  jobProblem: string | undefined;
  /** Names the value of the local context (see `LocalContext`): per-paragraph results that depend on it are remembered under it. */
  localId: number;
}

/** A finding before the registry gives it its rule id and severity. */
export interface RawFinding {
  offset: number;
  length: number;
  message: string;
  fixes?: Fix[];
  /**
   * At most this loud: a finding quieter than its rule (over-length within its
   * tolerance only informs). The rule's configured severity still caps it, so a
   * rule set to `hint` never shows as `information`.
   */
  atMost?: Severity;
}

/** A check that reads the whole letter: its findings are recomputed on every change. */
export type Check = (letter: Letter, context: CheckContext) => RawFinding[];

/** What a paragraph check may read of the context; its results are remembered per value of these. */
export type LocalContext = Pick<CheckContext, 'company' | 'industry' | 'phrases' | 'words' | 'spelling'>;

/**
 * A check whose findings in a paragraph depend on nothing but the paragraph's
 * content key (`Paragraph.key`: its text, kind, role, and whether it opens the
 * body) and the local context. The letter's text (as written and as masked) is
 * given whole, for offsets; reading it outside what the key covers would make
 * the remembered findings wrong.
 * The engine remembers each paragraph's findings, so a keystroke re-checks only
 * the paragraph it touched.
 */
export type ParagraphCheck = (paragraph: Paragraph, letter: LetterText, context: LocalContext) => RawFinding[];

export type LetterText = Pick<Letter, 'text' | 'masked'>;

interface RuleBase extends RuleInfo {
  /** The first fix is safe to apply without looking ("Fix all auto-fixable", fix on save, `--fix`). */
  autoFix?: boolean;
  examples: RuleExamples;
}

/**
 * What the engine itself reports about a document (see notices.ts): documented
 * and configurable like a rule, raised by `analyze` rather than by a check.
 */
export interface Notice extends RuleInfo {
  /**
   * For a notice `analyze` cannot raise: who raises it instead (the language server,
   * when a check runs past its time budget). Its `flagged` examples are empty.
   */
  raisedBy?: 'language server';
  examples: RuleExamples;
}

/** A rule checks either each paragraph on its own (remembered) or the letter as a whole. */
export type Rule = RuleBase & ({ checkParagraph: ParagraphCheck; check?: undefined } | { check: Check; checkParagraph?: undefined });

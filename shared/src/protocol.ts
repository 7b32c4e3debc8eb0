/**
 * Custom messages between the Cover Letter Coach client and server, defined once
 * here so both sides agree on names and shapes.
 */
import { NotificationType, type Range, RequestType } from 'vscode-languageserver-protocol';

/** The `source` of every diagnostic the server publishes. */
export const DIAGNOSTIC_SOURCE = 'cover-letter-coach';

export interface CheckDocumentParams {
  uri: string;
}

export interface CheckDocumentResult {
  /** True when the server has the document open and now checks it. */
  checked: boolean;
}

/** Client → server: check a document even though `coverLetter.files` does not match it. */
export const checkDocumentRequest = new RequestType<CheckDocumentParams, CheckDocumentResult, void>(
  'coverLetter/checkDocument',
);

/** Live statistics of one checked document, sent after it opens and after each change. */
export interface LetterStatistics {
  uri: string;
  /** Document version the figures describe. */
  version: number;
  /** Prose words: not front matter, code, comments, URLs or markup. */
  words: number;
  /** Word target: front matter, else the `coverLetter.lengthTarget` setting, else 250. */
  target: number;
  /** Where the target came from. */
  targetSource: 'front matter' | 'setting' | 'default';
  sentences: number;
  paragraphs: number;
  averageSentenceLength: number;
  /** Minutes at about 230 words a minute, rounded up. */
  readingTimeMinutes: number;
  /** Flesch–Kincaid grade level of the body. */
  readabilityGrade: number;
  industry: string;
}

/** Server → client: statistics of a checked document. */
export const statisticsNotification = new NotificationType<LetterStatistics>('coverLetter/statistics');

/** Server → client: the document is no longer checked (closed, or no longer matches). */
export const statisticsClearedNotification = new NotificationType<{ uri: string }>('coverLetter/statisticsCleared');

export interface CountWordsParams {
  uri: string;
  /** The selections to count, as LSP ranges; overlapping ranges are counted twice. */
  ranges: Range[];
}

/**
 * Client → server: prose words in parts of an open document, counted the way
 * the letter's own total is (Markdown markup, code, URLs and comments are not words).
 * Answers 0 for a document the server does not have open.
 */
export const countWordsRequest = new RequestType<CountWordsParams, number, void>('coverLetter/countWords');

/** The code action kind of "fix all auto-fixable problems", also usable in `editor.codeActionsOnSave`. */
export const FIX_ALL_CODE_ACTION_KIND = 'source.fixAll.coverLetter';

/** A quoted sentence of the letter that shows a skim check is met. */
export interface ReportEvidence {
  range: Range;
  text: string;
}

/** Everything the report shows about one letter; answered from the last analysis, never re-run for it. */
export interface LetterReport {
  uri: string;
  version: number;
  statistics: LetterStatistics;
  industry: { value: string; source: 'front matter' | 'setting' | 'detected' | 'default' };
  company: string | undefined;
  /** Present when the letter has a job description. */
  job:
    | { path: string | undefined; role: string | undefined; match: number; matched: string[]; missing: string[] }
    | undefined;
  /** A job description that was named but could not be read. */
  jobProblem: string | undefined;
  skim: Array<{ id: string; label: string; passed: boolean; evidence: ReportEvidence[] }>;
  findingsByRule: Array<{ ruleId: string; name: string; severity: string; count: number; docs: string }>;
}

export interface ReportParams {
  uri: string;
}

/** Client → server: the report of a checked document, or null when it is not checked. */
export const reportRequest = new RequestType<ReportParams, LetterReport | null, void>('coverLetter/report');

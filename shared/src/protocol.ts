/**
 * Custom messages between the Cover Letter Coach client and server, defined once
 * here so both sides agree on names and shapes.
 */
import { NotificationType, type Range, RequestType, RequestType0 } from 'vscode-languageserver-protocol';

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
export const checkDocumentRequest = new RequestType<CheckDocumentParams, CheckDocumentResult, void>('coverLetter/checkDocument');

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
  /** Where the industry came from (servers before the tailoring features leave it out). */
  industrySource?: 'front matter' | 'setting' | 'detected' | 'default';
  /** How the letter matches its job description; absent when it has none. */
  job?: JobMatch;
}

/** How a letter matches its job description. */
export interface JobMatch {
  /** Weighted share of the description's tools, metrics and duties the letter addresses, 0–100. */
  match: number;
  matched: string[];
  missing: string[];
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
  job: { path: string | undefined; role: string | undefined; match: number; matched: string[]; missing: string[] } | undefined;
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

/**
 * What the client tells the server in `initializationOptions`; every field is
 * optional, so any LSP client may leave them all out.
 */
export interface CoverLetterInitializationOptions {
  /** False: never load the spelling dictionaries (the `spelling` rule stays silent). */
  spelling?: boolean;
  /**
   * False in an untrusted workspace: the server then reads no job description
   * outside the workspace folders. Absent means trusted, as in any editor without the notion.
   */
  workspaceTrusted?: boolean;
  /** Client-side commands the server may put in code actions and code lenses (see CLIENT_COMMANDS). */
  commands?: string[];
}

/** Client → server: the user granted trust to the workspace (VS Code's `onDidGrantWorkspaceTrust`). */
export const workspaceTrustNotification = new NotificationType<{ trusted: boolean }>('coverLetter/workspaceTrust');

/** Commands a client may implement and announce in `initializationOptions.commands`. */
export const CLIENT_COMMANDS = {
  /** Opens the report of the letter; argument: the document URI (a string). */
  showReport: 'coverLetter.showReport',
  /** Adds a word to the user's own dictionary (the `coverLetter.words` user setting); argument: the word. */
  addToUserDictionary: 'coverLetter.addToUserDictionary',
} as const;

/** The server's answer to pingRequest. */
export interface PingResult {
  alive: true;
}

/**
 * Client → server: are you still answering? Sent every few seconds while the
 * server runs; the client restarts a server that leaves it unanswered too long.
 */
export const pingRequest = new RequestType0<PingResult, void>('coverLetter/ping');

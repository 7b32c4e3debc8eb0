/**
 * What the server last published for each document: the engine's findings and
 * statistics and the diagnostics made from them, for the document version they
 * describe. Hover and code actions answer from here, so they always agree with
 * what is on screen and never run the analysis again.
 */
import type { Diagnostic } from 'vscode-languageserver';
import type { LetterReport } from '../../../shared/src/protocol';
import type { Finding } from '../engine';
import type { DocumentConfig } from './configStore';
import type { DocumentJob } from './jobDescriptions';

export interface StoredAnalysis {
  uri: string;
  version: number;
  findings: readonly Finding[];
  /** `diagnostics[i]` was made from `findings[i]`. */
  diagnostics: readonly Diagnostic[];
  /** The config files the check used. */
  config: DocumentConfig;
  /** The job description the check used, or tried to. */
  job: DocumentJob | undefined;
  /** What coverLetter/report answers and the job-match CodeLens shows. */
  report: LetterReport;
}

export class AnalysisStore {
  private readonly analyses = new Map<string, StoredAnalysis>();

  set(analysis: StoredAnalysis): void {
    this.analyses.set(analysis.uri, analysis);
  }

  /** The last analysis of the document, whatever its version. */
  latest(uri: string): StoredAnalysis | undefined {
    return this.analyses.get(uri);
  }

  /** The analysis of exactly this version, or undefined when the document changed since. */
  forVersion(uri: string, version: number): StoredAnalysis | undefined {
    const analysis = this.analyses.get(uri);
    return analysis?.version === version ? analysis : undefined;
  }

  all(): IterableIterator<StoredAnalysis> {
    return this.analyses.values();
  }

  delete(uri: string): boolean {
    return this.analyses.delete(uri);
  }
}

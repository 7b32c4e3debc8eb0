/**
 * The CodeLens above a letter's first line that says how it matches its job
 * description: `Job match 68% · missing: Feast, drift monitoring, p99`. Taken
 * from the last stored analysis (never a new one); clicking it opens the report
 * when the client has that command.
 */
import type { CodeLens, CodeLensParams } from 'vscode-languageserver';
import { CLIENT_COMMANDS, type LetterReport } from '../../../shared/src/protocol';
import type { AnalysisStore } from './analysisStore';

/** Missing terms named in the lens at most; the report lists them all. */
const LENS_MISSING_TERMS = 3;

/** The lens's text, or undefined when the letter has no job description. */
export function jobLensTitle(report: Pick<LetterReport, 'job' | 'jobProblem'>): string | undefined {
  if (report.job !== undefined) {
    const { match, missing } = report.job;
    if (missing.length === 0) return `Job match ${match}% · nothing missing`;
    const named = missing.slice(0, LENS_MISSING_TERMS).join(', ');
    const more = missing.length > LENS_MISSING_TERMS ? ` +${missing.length - LENS_MISSING_TERMS} more` : '';
    return `Job match ${match}% · missing: ${named}${more}`;
  }
  if (report.jobProblem !== undefined) return 'Job match unknown · the job description could not be read';
  return undefined;
}

export interface JobLensDeps {
  store: Pick<AnalysisStore, 'latest'>;
  /** Whether the client announced the show-report command. */
  canShowReport: () => boolean;
}

export function jobLenses(params: CodeLensParams, deps: JobLensDeps): CodeLens[] {
  const uri = params.textDocument.uri;
  // The latest analysis, even one a keystroke old: the lens stays put while the next check runs.
  const analysis = deps.store.latest(uri);
  if (analysis === undefined) return [];
  const title = jobLensTitle(analysis.report);
  if (title === undefined) return [];
  // A command with an empty id is shown as plain text by clients that cannot open the report.
  const command = deps.canShowReport() ? { title, command: CLIENT_COMMANDS.showReport, arguments: [uri] } : { title, command: '' };
  return [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, command }];
}

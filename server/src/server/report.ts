/**
 * The server's side of coverLetter/report: the report built with the document's
 * last published check (see validation.ts), or null when the document is not
 * checked. Nothing is analysed again; the report's `version` says which text it describes.
 */
import type { LetterReport, ReportParams } from '../../../shared/src/protocol';
import type { AnalysisStore } from './analysisStore';

export function reportHandler(store: Pick<AnalysisStore, 'latest'>): (params: ReportParams) => LetterReport | null {
  return (params) => store.latest(params.uri)?.report ?? null;
}

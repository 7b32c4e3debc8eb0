/**
 * The analysis of a document's current version, for requests that answer from
 * it (hover, fix-all). Right after typing, the debounced check still waits: it
 * runs now instead of later (the same check, not an extra one), so the answer
 * matches what the writer sees.
 */
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { AnalysisStore, StoredAnalysis } from './analysisStore';
import type { Validator } from './validation';

export interface CurrentAnalysisDeps {
  store: Pick<AnalysisStore, 'forVersion' | 'latest'>;
  validator: Pick<Validator, 'schedule'>;
}

export async function currentAnalysis(document: TextDocument, deps: CurrentAnalysisDeps): Promise<StoredAnalysis | undefined> {
  const stored = deps.store.forVersion(document.uri, document.version);
  // Never checked (not a letter, or not yet opened): nothing to hurry.
  if (stored !== undefined || deps.store.latest(document.uri) === undefined) return stored;
  await deps.validator.schedule(document, true);
  return deps.store.forVersion(document.uri, document.version);
}

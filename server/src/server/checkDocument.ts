/**
 * The server's side of checkDocumentRequest (shared/src/protocol.ts): the user
 * asked to check a document that `coverLetter.files` does not match.
 */
import type { RequestHandler, TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { CheckDocumentParams, CheckDocumentResult } from '../../../shared/src/protocol';
import type { DocumentFilter } from './documentFilter';
import type { Validator } from './validation';

export function checkDocumentHandler(
  documents: Pick<TextDocuments<TextDocument>, 'get'>,
  filter: Pick<DocumentFilter, 'request'>,
  validator: Pick<Validator, 'schedule'>,
): RequestHandler<CheckDocumentParams, CheckDocumentResult, void> {
  return (params) => {
    const document = documents.get(params.uri);
    if (document === undefined) return { checked: false };
    filter.request(params.uri);
    // The user is waiting for an answer: no debounce.
    void validator.schedule(document, true);
    return { checked: true };
  };
}

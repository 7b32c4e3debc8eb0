/**
 * The server's side of checkDocumentRequest (shared/src/protocol.ts): the user
 * asked to check a document that `coverLetter.files` does not match.
 */
import { type RequestHandler, RequestType, type TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { type CheckDocumentParams, type CheckDocumentResult, checkDocumentRequest } from '../../../shared/src/protocol';
import type { DocumentFilter } from './documentFilter';
import type { Validator } from './validation';

// shared/ builds its RequestType from the root vscode-languageserver-protocol
// (3.18.5, the client's copy), while vscode-languageserver pins its own 3.18.4.
// The class has a private member, so TypeScript rejects the one copy where the
// other is expected. Same method name and shapes, rebuilt with the server's class.
export const checkDocumentServerRequest = new RequestType<CheckDocumentParams, CheckDocumentResult, void>(
  checkDocumentRequest.method,
);

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

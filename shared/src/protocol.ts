/**
 * Custom messages between the Cover Letter Coach client and server, defined once
 * here so both sides agree on names and shapes.
 */
import { RequestType } from 'vscode-languageserver-protocol';

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

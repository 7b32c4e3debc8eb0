import type * as vscode from 'vscode';
import type { DocumentSelector } from 'vscode-languageclient/node';

/** Languages the client hands to the server; which of them get checked is the server's call. */
export const CHECKABLE_LANGUAGES: readonly string[] = ['markdown', 'plaintext'];

/** Local files and unsaved buffers: the server reads text only from the editor, never from disk. */
export const CHECKABLE_SCHEMES: readonly string[] = ['file', 'untitled'];

export const DOCUMENT_SELECTOR: DocumentSelector = CHECKABLE_LANGUAGES.flatMap((language) =>
  CHECKABLE_SCHEMES.map((scheme) => ({ language, scheme })),
);

/** True when the document is one the language server is told about, so it can be checked on request. */
export function isCheckableDocument(document: vscode.TextDocument): boolean {
  return CHECKABLE_LANGUAGES.includes(document.languageId) && CHECKABLE_SCHEMES.includes(document.uri.scheme);
}

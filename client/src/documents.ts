import type * as vscode from 'vscode';
import type { DocumentSelector } from 'vscode-languageclient/node';
import { findFrontMatter } from '../../shared/src/frontMatterFences';

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

/**
 * True when a command should write the letter's options into its front matter:
 * a Markdown letter, or a plain-text one that already has front matter (the
 * engine reads it in both). A plain-text letter without it is sent as it is,
 * so the commands change a setting instead of adding a block.
 */
export function usesFrontMatter(document: vscode.TextDocument): boolean {
  return document.languageId === 'markdown' || findFrontMatter(document.getText()) !== undefined;
}

/**
 * The server's side of countWordsRequest: prose words in the selected parts of
 * a document, counted by the engine exactly as the letter's total is.
 */
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { CountWordsParams } from '../../../shared/src/protocol';
import { countProseWords } from '../engine';
import { formatForLanguageId } from '../lsp/format';

export function countSelectedWords(params: CountWordsParams, documents: { get(uri: string): TextDocument | undefined }): number {
  const document = documents.get(params.uri);
  if (document === undefined) return 0;
  const format = formatForLanguageId(document.languageId);
  let words = 0;
  for (const range of params.ranges) {
    const text = document.getText(range);
    if (text.trim() !== '') words += countProseWords(text, format);
  }
  return words;
}

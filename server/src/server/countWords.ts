/**
 * The server's side of countWordsRequest: prose words in the selected parts of
 * a document, counted by the engine exactly as the letter's total is.
 */
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { RuleSeverityName } from '../../../shared/src/settings';
import type { CountWordsParams } from '../../../shared/src/protocol';
import { analyze, RULES } from '../engine';
import { formatForLanguageId } from '../lsp/format';

// Counting needs the engine's reading of the text, not its rules.
let allRulesOff: Record<string, RuleSeverityName> | undefined;

export function countWords(params: CountWordsParams, documents: { get(uri: string): TextDocument | undefined }): number {
  const document = documents.get(params.uri);
  if (document === undefined) return 0;
  allRulesOff ??= Object.fromEntries(RULES.map((rule) => [rule.id, 'off' as const]));
  const format = formatForLanguageId(document.languageId);
  let words = 0;
  for (const range of params.ranges) {
    const text = document.getText(range);
    if (text.trim() !== '') words += analyze(text, { format, rules: allRulesOff }).stats.words;
  }
  return words;
}

/**
 * Spelling suggestions as quick fixes. The analysis that runs on every
 * keystroke flags unknown words without looking for suggestions: one word's
 * suggestions take up to some twenty milliseconds. They are looked
 * up here, for the word the diagnostic names, when the writer opens the
 * quick-fix menu; the lightbulb's automatic requests (sent as the cursor moves)
 * get only the suggestions already known, so typing never waits for them.
 */
import { type CodeAction, CodeActionKind, CodeActionTriggerKind, type Diagnostic } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { DIAGNOSTIC_SOURCE } from '../../../shared/src/protocol';
import { type Fix, spelling } from '../engine';
import { isDiagnosticData } from '../lsp/diagnostics';
import { toLspFixes } from '../lsp/ranges';
import { documentEdit, type EditCapabilities, NO_EDIT_CAPABILITIES } from './workspaceEdits';

/**
 * Looks up suggestions where the dictionaries are (the check worker): the fixes for
 * `word` at `offset`, only those already known when `onlyKnown`, or undefined while
 * the dictionaries are not loaded.
 */
export type SpellingSuggester = (word: string, offset: number, onlyKnown: boolean) => Promise<Fix[] | undefined>;

export async function spellingSuggestionActions(
  diagnostics: readonly Diagnostic[],
  document: TextDocument,
  suggest: SpellingSuggester | undefined,
  triggerKind: CodeActionTriggerKind | undefined,
  capabilities: EditCapabilities = NO_EDIT_CAPABILITIES,
): Promise<CodeAction[]> {
  if (suggest === undefined) return [];
  const actions = diagnostics.map(async (diagnostic): Promise<CodeAction[]> => {
    if (diagnostic.source !== DIAGNOSTIC_SOURCE || diagnostic.code !== spelling.id || !isDiagnosticData(diagnostic.data)) return [];
    const word = diagnostic.data.text;
    // Suggestions that came with the diagnostic are offered as its other fixes already.
    if (word === undefined || diagnostic.data.fixes.length > 0) return [];
    // The document changed under the diagnostic: offer nothing rather than a wrong edit.
    if (document.getText(diagnostic.range) !== word) return [];
    let suggested: Fix[] | undefined;
    try {
      suggested = await suggest(word, document.offsetAt(diagnostic.range.start), triggerKind === CodeActionTriggerKind.Automatic);
    } catch {
      // The worker was stopped or restarted meanwhile: no suggestions this time.
      return [];
    }
    const fixes = toLspFixes(document, suggested ?? []);
    return fixes.map((fix, index) => ({
      title: fix.title,
      kind: CodeActionKind.QuickFix,
      diagnostics: [diagnostic],
      isPreferred: index === 0,
      edit: documentEdit(capabilities, document.uri, document.version, fix.edits),
    }));
  });
  return (await Promise.all(actions)).flat();
}

/**
 * Quick fixes for our diagnostics. The fixes travel in each diagnostic's `data`
 * (see lsp/diagnostics.ts), so answering needs no new analysis and cannot
 * disagree with what is on screen.
 */
import { type CodeAction, CodeActionKind, type CodeActionParams, type Diagnostic } from 'vscode-languageserver';
import { DIAGNOSTIC_SOURCE } from '../../../shared/src/protocol';
import { isDiagnosticData } from '../lsp/diagnostics';

export function quickFixes(params: CodeActionParams): CodeAction[] {
  if (!wantsQuickFixes(params.context.only)) return [];
  const uri = params.textDocument.uri;
  return params.context.diagnostics.flatMap((diagnostic) => quickFixesFor(uri, diagnostic));
}

function quickFixesFor(uri: string, diagnostic: Diagnostic): CodeAction[] {
  if (diagnostic.source !== DIAGNOSTIC_SOURCE || !isDiagnosticData(diagnostic.data)) return [];
  return diagnostic.data.fixes.map((fix, index) => ({
    title: fix.title,
    kind: CodeActionKind.QuickFix,
    diagnostics: [diagnostic],
    // The engine lists its best suggestion first.
    isPreferred: index === 0,
    edit: { changes: { [uri]: fix.edits } },
  }));
}

/** Kinds are hierarchical, and the only kinds that include `quickfix` are itself and the empty root. */
function wantsQuickFixes(only: readonly string[] | undefined): boolean {
  if (only === undefined) return true;
  return only.some((kind) => kind === CodeActionKind.QuickFix || kind === CodeActionKind.Empty);
}

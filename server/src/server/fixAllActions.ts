/**
 * "Fix all" code actions, from the findings stored for the document's current
 * version: all problems of one rule (a quick fix, offered when the rule has at
 * least two fixable findings), and every auto-fixable problem in the file
 * (the `source.fixAll.coverLetter` kind, which `editor.codeActionsOnSave` and
 * the Fix All command use).
 */
import { type CodeAction, CodeActionKind, type Diagnostic } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { FIX_ALL_CODE_ACTION_KIND } from '../../../shared/src/protocol';
import { fixAllEdits, isBulkFix } from '../engine';
import { toLspEdits } from '../lsp/ranges';
import type { StoredAnalysis } from './analysisStore';
import { documentEdit, type EditCapabilities } from './workspaceEdits';

const FIX_ALL_TITLE = 'Fix all auto-fixable Cover Letter Coach problems';

function fixAllOfRuleTitle(ruleId: string): string {
  return `Fix all ${ruleId} problems in this file`;
}

/** One action per rule among `diagnostics` that has two or more fixable findings in the file. */
export function fixAllOfRuleActions(
  diagnostics: readonly Diagnostic[],
  analysis: StoredAnalysis,
  document: TextDocument,
  capabilities: EditCapabilities,
): CodeAction[] {
  const actions: CodeAction[] = [];
  for (const ruleId of new Set(diagnostics.map((d) => String(d.code)))) {
    // A template in place of the writer's sentence is offered one finding at a time, never for the whole file.
    const fixable = analysis.findings.filter((f) => f.ruleId === ruleId && isBulkFix(f.fixes[0]));
    if (fixable.length < 2) continue;
    const edits = fixAllEdits(analysis.findings, { ruleIds: [ruleId] });
    if (edits.length === 0) continue;
    actions.push({
      title: fixAllOfRuleTitle(ruleId),
      kind: CodeActionKind.QuickFix,
      diagnostics: diagnostics.filter((d) => d.code === ruleId),
      edit: documentEdit(capabilities, document.uri, document.version, toLspEdits(document, edits)),
    });
  }
  return actions;
}

/** The file's auto-fixable problems fixed at once; undefined when there is nothing to fix. */
export function fixAllAction(analysis: StoredAnalysis, document: TextDocument, capabilities: EditCapabilities): CodeAction | undefined {
  const edits = fixAllEdits(analysis.findings);
  if (edits.length === 0) return undefined;
  return {
    title: FIX_ALL_TITLE,
    kind: FIX_ALL_CODE_ACTION_KIND,
    edit: documentEdit(capabilities, document.uri, document.version, toLspEdits(document, edits)),
  };
}

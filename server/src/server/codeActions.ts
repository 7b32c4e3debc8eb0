/**
 * Code actions for our diagnostics, all answered without a new analysis:
 * - the fixes each diagnostic carries in `data` (see lsp/diagnostics.ts), as quick fixes;
 * - spelling suggestions, looked up for the word a diagnostic names (spellingActions.ts);
 * - "Fix all <rule> problems in this file", from the findings stored for the document;
 * - the silencing actions (silenceActions.ts);
 * - `source.fixAll.coverLetter`: every auto-fixable problem at once.
 */
import { type CodeAction, CodeActionKind, type CodeActionParams, type Diagnostic } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { DIAGNOSTIC_SOURCE, FIX_ALL_CODE_ACTION_KIND } from '../../../shared/src/protocol';
import { type CheckedFix, isDiagnosticData } from '../lsp/diagnostics';
import type { AnalysisStore } from './analysisStore';
import type { ConfigStore } from './configStore';
import { currentAnalysis } from './currentAnalysis';
import { fixAllAction, fixAllOfRuleActions } from './fixAllActions';
import { silenceActions } from './silenceActions';
import { type SpellingSuggester, spellingSuggestionActions } from './spellingActions';
import type { Validator } from './validation';
import { documentEdit, type EditCapabilities, NO_EDIT_CAPABILITIES } from './workspaceEdits';

export interface CodeActionDeps {
  documents: { get(uri: string): TextDocument | undefined };
  store: Pick<AnalysisStore, 'forVersion' | 'latest'>;
  config: Pick<ConfigStore, 'forDocument'>;
  validator: Pick<Validator, 'schedule'>;
  capabilities: () => EditCapabilities;
  /** Whether the client can add a word to the user dictionary (it announced the command). */
  userDictionary?: () => boolean;
  /** Suggests corrections for misspelt words, once the dictionaries are loaded (in the check worker). */
  spelling?: SpellingSuggester;
}

export function codeActionHandler(deps: CodeActionDeps): (params: CodeActionParams) => Promise<CodeAction[]> {
  return async (params) => {
    const only = params.context.only;
    const document = deps.documents.get(params.textDocument.uri);
    // Without the document's text, no fix can be checked against it.
    if (document === undefined) return [];
    const capabilities = deps.capabilities();
    const actions = quickFixes(params, document, capabilities);

    if (wants(only, CodeActionKind.QuickFix)) {
      const ours = params.context.diagnostics.filter((d) => d.source === DIAGNOSTIC_SOURCE);
      actions.push(...(await spellingSuggestionActions(ours, document, deps.spelling, params.context.triggerKind, capabilities)));
      const analysis = deps.store.forVersion(document.uri, document.version);
      if (analysis !== undefined && ours.length > 0) {
        actions.push(...fixAllOfRuleActions(ours, analysis, document, capabilities));
      }
      if (ours.length > 0) {
        // The config files as they are on disk now, not as the check read them: an edit computed
        // on older text (say, before the last "Ignore this occurrence" was written) would write a
        // second `ignore` key and lose the first. The store re-reads only files that changed.
        const config = await deps.config.forDocument(document.uri);
        actions.push(...silenceActions(ours, document, config, capabilities, deps.userDictionary?.() ?? false));
      }
    }

    if (wants(only, FIX_ALL_CODE_ACTION_KIND, true)) {
      const analysis = await currentAnalysis(document, deps);
      const current = deps.documents.get(document.uri);
      if (analysis !== undefined && current !== undefined && current.version === analysis.version) {
        const action = fixAllAction(analysis, current, capabilities);
        if (action) actions.push(action);
      }
    }
    return actions;
  };
}

/**
 * The fixes carried in each of our diagnostics, the engine's best suggestion preferred.
 * Only fixes that still apply to the document as it is now are offered (see `fixStillApplies`),
 * as edits the client refuses if the document changes again before they land.
 */
export function quickFixes(params: CodeActionParams, document: TextDocument, capabilities: EditCapabilities = NO_EDIT_CAPABILITIES): CodeAction[] {
  if (!wants(params.context.only, CodeActionKind.QuickFix)) return [];
  return params.context.diagnostics.flatMap((diagnostic) => quickFixesFor(document, diagnostic, capabilities));
}

function quickFixesFor(document: TextDocument, diagnostic: Diagnostic, capabilities: EditCapabilities): CodeAction[] {
  if (diagnostic.source !== DIAGNOSTIC_SOURCE || !isDiagnosticData(diagnostic.data)) return [];
  const data = diagnostic.data;
  const actions: CodeAction[] = [];
  for (const [index, fix] of data.fixes.entries()) {
    if (!fixStillApplies(document, data.version, fix)) continue;
    actions.push({
      title: fix.title,
      kind: CodeActionKind.QuickFix,
      diagnostics: [diagnostic],
      // The engine lists its best suggestion first.
      isPreferred: index === 0,
      edit: documentEdit(
        capabilities,
        document.uri,
        document.version,
        fix.edits.map((edit) => ({ range: edit.range, newText: edit.newText })),
      ),
    });
  }
  return actions;
}

/**
 * Whether a fix computed for `version` can be applied to `document` now: it was
 * computed for this very version, or the document changed since but every edit
 * still finds there the text it was computed on. An insertion cannot be checked
 * that way, so a fix with one needs the same version.
 */
export function fixStillApplies(document: TextDocument, version: number | undefined, fix: CheckedFix): boolean {
  if (version !== undefined && version === document.version) return true;
  return fix.edits.every((edit) => edit.oldText !== undefined && edit.oldText !== '' && document.getText(edit.range) === edit.oldText);
}

/**
 * Whether the client asked for actions of `kind`. Kinds are hierarchical: asking for
 * `source.fixAll` includes `source.fixAll.coverLetter`, and the empty kind includes all.
 * Source actions are only offered when asked for by kind, as clients expect.
 */
function wants(only: readonly string[] | undefined, kind: string, sourceAction = false): boolean {
  if (only === undefined) return !sourceAction;
  return only.some((asked) => asked === CodeActionKind.Empty || kind === asked || kind.startsWith(`${asked}.`));
}

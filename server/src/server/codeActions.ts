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
import { isDiagnosticData } from '../lsp/diagnostics';
import type { AnalysisStore } from './analysisStore';
import type { ConfigStore } from './configStore';
import { currentAnalysis } from './currentAnalysis';
import { fixAllAction, fixAllOfRuleActions } from './fixAllActions';
import { silenceActions } from './silenceActions';
import { spellingSuggestionActions } from './spellingActions';
import type { SpellingDictionary } from '../engine';
import type { Validator } from './validation';
import type { EditCapabilities } from './workspaceEdits';

export interface CodeActionDeps {
  documents: { get(uri: string): TextDocument | undefined };
  store: Pick<AnalysisStore, 'forVersion' | 'latest'>;
  config: Pick<ConfigStore, 'forDocument'>;
  validator: Pick<Validator, 'schedule'>;
  capabilities: () => EditCapabilities;
  /** Whether the client can add a word to the user dictionary (it announced the command). */
  userDictionary?: () => boolean;
  /** The spelling dictionary, once loaded: it suggests corrections for misspelt words. */
  spelling?: { get(): SpellingDictionary | undefined };
}

export function codeActionHandler(deps: CodeActionDeps): (params: CodeActionParams) => Promise<CodeAction[]> {
  return async (params) => {
    const actions = quickFixes(params);
    const only = params.context.only;
    const document = deps.documents.get(params.textDocument.uri);
    if (document === undefined) return actions;
    const capabilities = deps.capabilities();

    if (wants(only, CodeActionKind.QuickFix)) {
      const ours = params.context.diagnostics.filter((d) => d.source === DIAGNOSTIC_SOURCE);
      actions.push(...spellingSuggestionActions(ours, document, deps.spelling?.get(), params.context.triggerKind));
      const analysis = deps.store.forVersion(document.uri, document.version);
      if (analysis !== undefined && ours.length > 0) {
        actions.push(...fixAllOfRuleActions(ours, analysis, document, capabilities));
      }
      if (ours.length > 0) {
        // The config files the check used; read afresh only when this version was not checked.
        const config = analysis?.config ?? (await deps.config.forDocument(document.uri));
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

/** The fixes carried in each of our diagnostics, the engine's best suggestion preferred. */
export function quickFixes(params: CodeActionParams): CodeAction[] {
  if (!wants(params.context.only, CodeActionKind.QuickFix)) return [];
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

/**
 * Whether the client asked for actions of `kind`. Kinds are hierarchical: asking for
 * `source.fixAll` includes `source.fixAll.coverLetter`, and the empty kind includes all.
 * Source actions are only offered when asked for by kind, as clients expect.
 */
function wants(only: readonly string[] | undefined, kind: string, sourceAction = false): boolean {
  if (only === undefined) return !sourceAction;
  return only.some((asked) => asked === CodeActionKind.Empty || kind === asked || kind.startsWith(`${asked}.`));
}

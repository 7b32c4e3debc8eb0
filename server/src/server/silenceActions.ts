/**
 * Quick actions that silence a finding instead of fixing it:
 * - "Ignore this occurrence": adds `{ rule, text }` to `ignore` in the nearest
 *   `.coverletterrc.json`, creating one at the workspace root if there is none;
 * - "Disable <rule> in this file": an inline `<!-- coach-disable-file <rule> -->`
 *   comment after the front matter (or at the top);
 * - "Disable <rule> in workspace": `"rules": { "<rule>": "off" }` in the
 *   workspace root's `.coverletterrc.json`;
 * - for a misspelling, "Add <word> to the workspace dictionary": the word in
 *   `words` of the workspace root's `.coverletterrc.json`; and, when the client
 *   has the command, "Add <word> to the user dictionary", which the client
 *   carries out by adding it to the `coverLetter.words` user setting.
 * Everything comes from the diagnostic (its code and the flagged text in `data`),
 * the document's text and the config files: no analysis runs here.
 */
import { type CodeAction, CodeActionKind, type Diagnostic, type WorkspaceEdit } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { ConfigIgnore } from '../../../shared/src/config';
import { CLIENT_COMMANDS } from '../../../shared/src/protocol';
import { type ConfigChange, configEdits } from '../config/configEdits';
import { configPathIn, type LoadedConfigFile } from '../config/configFiles';
import { readFrontMatter, ruleInfo, spelling, type TextEdit } from '../engine';
import { isDiagnosticData } from '../lsp/diagnostics';
import { toLspEdits } from '../lsp/ranges';
import type { DocumentConfig } from './configStore';
import { configFileEdit, documentEdit, type EditCapabilities } from './workspaceEdits';

const IGNORE_TITLE = 'Ignore this occurrence';

function addToWorkspaceDictionaryTitle(word: string): string {
  return `Add “${word}” to the workspace dictionary`;
}

function addToUserDictionaryTitle(word: string): string {
  return `Add “${word}” to the user dictionary`;
}

function disableInFileTitle(ruleId: string): string {
  return `Disable ${ruleId} in this file`;
}

function disableInWorkspaceTitle(ruleId: string): string {
  return `Disable ${ruleId} in workspace`;
}

export function silenceActions(
  diagnostics: readonly Diagnostic[],
  document: TextDocument,
  config: DocumentConfig,
  capabilities: EditCapabilities,
  /** The client announced CLIENT_COMMANDS.addToUserDictionary. */
  userDictionary = false,
): CodeAction[] {
  const actions: CodeAction[] = [];
  const ruleIds = [...new Set(diagnostics.map((d) => String(d.code)))].filter((id) => ruleInfo(id) !== undefined);
  for (const ruleId of ruleIds) {
    const ofRule = diagnostics.filter((d) => d.code === ruleId);
    const texts = new Set<string>();
    for (const diagnostic of ofRule) {
      const text = isDiagnosticData(diagnostic.data) ? diagnostic.data.text : undefined;
      if (text === undefined || text.trim() === '' || texts.has(text)) continue;
      texts.add(text);
      const action = ignoreAction(diagnostic, { rule: ruleId, text }, config, capabilities, ofRule.length > 1);
      if (action) actions.push(action);
    }
    if (ruleId === spelling.id) {
      for (const word of texts) {
        const action = addWordAction(word, ofRule, config, capabilities);
        if (action) actions.push(action);
        if (userDictionary) actions.push(addToUserDictionaryAction(word, ofRule));
      }
    }
    const inFile = disableInFileEdits(document.getText(), ruleId);
    if (inFile !== undefined) {
      actions.push({
        title: disableInFileTitle(ruleId),
        kind: CodeActionKind.QuickFix,
        diagnostics: ofRule,
        edit: documentEdit(capabilities, document.uri, document.version, toLspEdits(document, inFile)),
      });
    }
    const inWorkspace = disableInWorkspaceAction(ruleId, ofRule, config, capabilities);
    if (inWorkspace) actions.push(inWorkspace);
  }
  return actions;
}

function ignoreAction(
  diagnostic: Diagnostic,
  entry: ConfigIgnore,
  config: DocumentConfig,
  capabilities: EditCapabilities,
  several: boolean,
): CodeAction | undefined {
  // The nearest existing file, else a new one at the workspace root (or beside a letter outside any workspace).
  const nearest = config.files.at(-1);
  const target = nearest?.path ?? inDir(config.rootDir ?? config.letterDir);
  if (target === undefined) return undefined;
  const edit = editConfig(target, nearest, { kind: 'ignore', entry }, capabilities);
  if (edit === undefined) return undefined;
  return {
    title: several ? `${IGNORE_TITLE}: “${shorten(entry.text)}”` : IGNORE_TITLE,
    kind: CodeActionKind.QuickFix,
    diagnostics: [diagnostic],
    edit,
  };
}

/** "Add to the workspace dictionary": the word goes to `words` in the workspace root's config file. */
function addWordAction(word: string, diagnostics: Diagnostic[], config: DocumentConfig, capabilities: EditCapabilities): CodeAction | undefined {
  const dir = config.rootDir ?? config.letterDir;
  if (dir === undefined) return undefined;
  const target = configPathIn(dir);
  const existing = config.files.find((file) => file.path === target);
  const edit = editConfig(target, existing, { kind: 'word', word }, capabilities);
  if (edit === undefined) return undefined;
  return {
    title: addToWorkspaceDictionaryTitle(word),
    kind: CodeActionKind.QuickFix,
    diagnostics: diagnostics.filter((d) => isDiagnosticData(d.data) && d.data.text === word),
    edit,
  };
}

/** "Add to the user dictionary": a command the client runs, since only it can change the user's settings. */
function addToUserDictionaryAction(word: string, diagnostics: Diagnostic[]): CodeAction {
  const title = addToUserDictionaryTitle(word);
  return {
    title,
    kind: CodeActionKind.QuickFix,
    diagnostics: diagnostics.filter((d) => isDiagnosticData(d.data) && d.data.text === word),
    command: { title, command: CLIENT_COMMANDS.addToUserDictionary, arguments: [word] },
  };
}

function disableInWorkspaceAction(
  ruleId: string,
  diagnostics: Diagnostic[],
  config: DocumentConfig,
  capabilities: EditCapabilities,
): CodeAction | undefined {
  if (config.rootDir === undefined) return undefined;
  const target = configPathIn(config.rootDir);
  const existing = config.files.find((file) => file.path === target);
  const edit = editConfig(target, existing, { kind: 'rule', rule: ruleId, severity: 'off' }, capabilities);
  if (edit === undefined) return undefined;
  return { title: disableInWorkspaceTitle(ruleId), kind: CodeActionKind.QuickFix, diagnostics, edit };
}

function editConfig(
  target: string,
  existing: LoadedConfigFile | undefined,
  change: ConfigChange,
  capabilities: EditCapabilities,
): WorkspaceEdit | undefined {
  // Editing a file that cannot be read as JSON could only make it worse.
  if (existing !== undefined && existing.config === undefined) return undefined;
  const edits = configEdits(existing?.text ?? '', change);
  if (edits === undefined) return undefined;
  return configFileEdit(capabilities, target, existing?.text, edits);
}

const DISABLE_FILE = /<!--[ \t]*coach-disable-file\b([^\n]*?)-->/g;

/**
 * Adds the rule to the file's existing `coach-disable-file` comment, or puts a new
 * one on its own line after the front matter (or at the top). Undefined when the
 * file already disables the rule, or every rule.
 */
export function disableInFileEdits(text: string, ruleId: string): TextEdit[] | undefined {
  for (const match of text.matchAll(DISABLE_FILE)) {
    const ids = match[1]!.split(/[\s,]+/).filter(Boolean);
    if (ids.length === 0 || ids.includes(ruleId)) return undefined;
  }
  const existing = [...text.matchAll(DISABLE_FILE)][0];
  if (existing !== undefined) {
    const ids = existing[1]!.split(/[\s,]+/).filter(Boolean);
    return [{ offset: existing.index, length: existing[0].length, newText: directive([...ids, ruleId]) }];
  }
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const frontMatter = readFrontMatter(text);
  if (frontMatter !== undefined) return [{ offset: frontMatter.end, length: 0, newText: `${eol}${directive([ruleId])}` }];
  return [{ offset: 0, length: 0, newText: `${directive([ruleId])}${eol}` }];
}

function directive(ruleIds: readonly string[]): string {
  return `<!-- coach-disable-file ${ruleIds.join(' ')} -->`;
}

function inDir(dir: string | undefined): string | undefined {
  return dir === undefined ? undefined : configPathIn(dir);
}

function shorten(text: string): string {
  const oneLine = text.replace(/\s+/g, ' ').trim();
  return oneLine.length > 40 ? `${oneLine.slice(0, 39)}…` : oneLine;
}

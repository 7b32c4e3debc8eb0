/**
 * Workspace edits in the form the client understands: versioned document
 * changes (refused by the client if the document changed meanwhile) when it
 * supports them, a plain map of edits otherwise; a new file only when the
 * client can create files.
 */
import { pathToFileURL } from 'node:url';
import type { ClientCapabilities, TextEdit, WorkspaceEdit } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { ConfigTextEdit } from '../config/configEdits';
import { toRange } from '../lsp/ranges';

export interface EditCapabilities {
  documentChanges: boolean;
  createFiles: boolean;
}

export const NO_EDIT_CAPABILITIES: EditCapabilities = { documentChanges: false, createFiles: false };

export function editCapabilities(capabilities: ClientCapabilities): EditCapabilities {
  const workspaceEdit = capabilities.workspace?.workspaceEdit;
  const documentChanges = workspaceEdit?.documentChanges === true;
  return { documentChanges, createFiles: documentChanges && (workspaceEdit?.resourceOperations ?? []).includes('create') };
}

/** Edits to an open document, valid only for `version` when the client can check it. */
export function documentEdit(capabilities: EditCapabilities, uri: string, version: number, edits: TextEdit[]): WorkspaceEdit {
  if (capabilities.documentChanges) return { documentChanges: [{ textDocument: { uri, version }, edits }] };
  return { changes: { [uri]: edits } };
}

/**
 * Edits to a config file, computed on `currentText` (its text on disk), or a new
 * file when `currentText` is undefined; undefined when the client cannot create it.
 */
export function configFileEdit(
  capabilities: EditCapabilities,
  filePath: string,
  currentText: string | undefined,
  edits: readonly ConfigTextEdit[],
): WorkspaceEdit | undefined {
  const uri = pathToFileURL(filePath).href;
  const document = TextDocument.create(uri, 'jsonc', 0, currentText ?? '');
  const textEdits: TextEdit[] = edits.map((edit) => ({
    range: toRange(document, edit.offset, edit.length),
    newText: edit.content,
  }));
  if (currentText === undefined) {
    if (!capabilities.createFiles) return undefined;
    return {
      documentChanges: [
        // ignoreIfExists: if the file appeared meanwhile, keep it rather than overwrite what someone wrote.
        { kind: 'create', uri, options: { ignoreIfExists: true } },
        { textDocument: { uri, version: null }, edits: textEdits },
      ],
    };
  }
  if (capabilities.documentChanges) return { documentChanges: [{ textDocument: { uri, version: null }, edits: textEdits }] };
  return { changes: { [uri]: textEdits } };
}

import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { checkDocumentRequest } from '../../../shared/src/protocol';
import { COMMANDS, registerCommand } from '../commandIds';
import { isCheckableDocument } from '../documents';

/**
 * "Check This File": asks the server to check the active document even when its
 * name does not match `coverLetter.files`.
 */
export function registerCheckThisFileCommand(client: LanguageClient, log: vscode.LogOutputChannel): vscode.Disposable {
  return registerCommand(vscode.commands, COMMANDS.checkThisFile, async () => {
    const document = vscode.window.activeTextEditor?.document;
    if (document === undefined) {
      void vscode.window.showInformationMessage('Open a Markdown or plain text file to check it with Cover Letter Coach.');
      return;
    }
    if (!isCheckableDocument(document)) {
      void vscode.window.showInformationMessage(
        `Cover Letter Coach checks Markdown and plain text files saved on this computer or not yet saved; this file is ${describe(document)}.`,
      );
      return;
    }
    try {
      const result = await client.sendRequest(checkDocumentRequest, { uri: document.uri.toString() });
      if (result.checked) {
        vscode.window.setStatusBarMessage('Cover Letter Coach: checking this file', 3000);
      } else {
        void vscode.window.showInformationMessage('Cover Letter Coach could not check this file yet. Try again in a moment.');
      }
    } catch (error) {
      log.error('Check This File failed', error);
      void vscode.window.showErrorMessage('Cover Letter Coach could not check this file. See the "Cover Letter Coach" output for details.');
    }
  });
}

function describe(document: vscode.TextDocument): string {
  if (document.uri.scheme !== 'file' && document.uri.scheme !== 'untitled') {
    return `opened from "${document.uri.scheme}"`;
  }
  return `in ${document.languageId === '' ? 'an unknown language' : `"${document.languageId}"`}`;
}

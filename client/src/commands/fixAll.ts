import * as vscode from 'vscode';
import { FIX_ALL_CODE_ACTION_KIND } from '../../../shared/src/protocol';
import { COMMANDS, registerCommand } from '../commandIds';

const FIX_ALL_KIND = vscode.CodeActionKind.Empty.append(FIX_ALL_CODE_ACTION_KIND);

/**
 * "Fix All Auto-Fixable Problems": asks for the server's `source.fixAll.coverLetter`
 * action on the active document, the same one `editor.codeActionsOnSave` runs,
 * and applies it.
 */
export function registerFixAllCommand(log: vscode.LogOutputChannel): vscode.Disposable {
  return registerCommand(vscode.commands, COMMANDS.fixAll, async () => {
    const document = vscode.window.activeTextEditor?.document;
    if (document === undefined) {
      void vscode.window.showInformationMessage('Open a cover letter to fix its problems with Cover Letter Coach.');
      return;
    }
    try {
      const whole = new vscode.Range(document.positionAt(0), document.positionAt(document.getText().length));
      const offered =
        (await vscode.commands.executeCommand<Array<vscode.CodeAction | vscode.Command>>(
          'vscode.executeCodeActionProvider',
          document.uri,
          whole,
          FIX_ALL_CODE_ACTION_KIND,
        )) ?? [];
      const fixes = offered.filter(
        (action): action is vscode.CodeAction => 'kind' in action && action.kind !== undefined && FIX_ALL_KIND.contains(action.kind),
      );
      if (fixes.length === 0) {
        void vscode.window.showInformationMessage('Cover Letter Coach found nothing it can fix on its own in this file.');
        return;
      }
      for (const fix of fixes) {
        if (fix.edit !== undefined && !(await vscode.workspace.applyEdit(fix.edit))) {
          void vscode.window.showWarningMessage('The file changed while Cover Letter Coach was fixing it. Run the command again.');
          return;
        }
        if (fix.command !== undefined) await vscode.commands.executeCommand(fix.command.command, ...((fix.command.arguments ?? []) as unknown[]));
      }
    } catch (error) {
      log.error('Fix All Auto-Fixable Problems failed', error);
      void vscode.window.showErrorMessage('Cover Letter Coach could not fix this file. See the "Cover Letter Coach" output for details.');
    }
  });
}

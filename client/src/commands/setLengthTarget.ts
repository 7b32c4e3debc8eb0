import * as vscode from 'vscode';
import {
  LENGTH_PRESETS,
  MAX_LENGTH_TARGET,
  MIN_LENGTH_TARGET,
  lengthTargetProblem,
  parseLengthTarget,
  setTargetEdit,
} from '../../../shared/src/lengthTarget';
import { SETTINGS_SECTION } from '../../../shared/src/settings';
import { COMMANDS, registerCommand } from '../commandIds';
import { usesFrontMatter } from '../documents';

const TITLE = 'Set Length Target';

/**
 * "Set Length Target": a preset or a custom number of words. A letter that
 * uses front matter (see usesFrontMatter) gets it there (`target:`); for other
 * plain text the `coverLetter.lengthTarget` setting of the letter's folder
 * changes (of the workspace, or the user setting, when there is no folder).
 */
export function registerSetLengthTargetCommand(): vscode.Disposable {
  return registerCommand(vscode.commands, COMMANDS.setLengthTarget, async () => {
    const document = vscode.window.activeTextEditor?.document;
    const inFrontMatter = document !== undefined && usesFrontMatter(document);
    const custom = { label: 'Custom…', description: `any whole number from ${MIN_LENGTH_TARGET} to ${MAX_LENGTH_TARGET}`, words: undefined };
    const pick = await vscode.window.showQuickPick(
      [
        ...LENGTH_PRESETS.map((preset) => ({ label: `${preset.words} words`, description: preset.name, detail: preset.detail, words: preset.words })),
        custom,
      ],
      {
        title: TITLE,
        placeHolder: inFrontMatter
          ? "Word target for this letter (written to its front matter as 'target:')"
          : `Word target for plain-text letters here (the ${SETTINGS_SECTION}.lengthTarget setting)`,
      },
    );
    if (pick === undefined) return;
    let words = pick.words;
    if (words === undefined) {
      const typed = await vscode.window.showInputBox({
        title: TITLE,
        prompt: `How many words should the letter have (${MIN_LENGTH_TARGET}–${MAX_LENGTH_TARGET})?`,
        placeHolder: 'e.g. 300',
        validateInput: lengthTargetProblem,
      });
      if (typed === undefined) return;
      words = parseLengthTarget(typed);
      if (words === undefined) return;
    }

    if (inFrontMatter) {
      const replacement = setTargetEdit(document.getText(), words);
      const range = new vscode.Range(document.positionAt(replacement.offset), document.positionAt(replacement.offset + replacement.length));
      const edit = new vscode.WorkspaceEdit();
      edit.replace(document.uri, range, replacement.newText);
      if (!(await vscode.workspace.applyEdit(edit))) {
        void vscode.window.showErrorMessage('Cover Letter Coach could not change the front matter of this letter.');
      }
      return;
    }

    const folder = document === undefined ? undefined : vscode.workspace.getWorkspaceFolder(document.uri);
    const scope = folder
      ? vscode.ConfigurationTarget.WorkspaceFolder
      : vscode.workspace.workspaceFolders !== undefined
        ? vscode.ConfigurationTarget.Workspace
        : vscode.ConfigurationTarget.Global;
    await vscode.workspace.getConfiguration(SETTINGS_SECTION, folder?.uri).update('lengthTarget', words, scope);
    const where =
      scope === vscode.ConfigurationTarget.WorkspaceFolder
        ? `the folder ${folder!.name}`
        : scope === vscode.ConfigurationTarget.Workspace
          ? 'this workspace'
          : 'your user settings';
    vscode.window.setStatusBarMessage(`Cover Letter Coach: length target ${words} words for ${where}`, 4000);
  });
}

import * as vscode from 'vscode';
import { SETTINGS_SECTION } from '../../../shared/src/settings';
import { COMMANDS, registerCommand } from '../commandIds';

/**
 * "Add to the user dictionary", the quick action the server offers on a
 * `spelling` finding: appends the word to the `coverLetter.words` user setting,
 * which applies in every workspace. The server checks the open letters again
 * when the setting changes.
 */
export function registerAddToUserDictionaryCommand(log: vscode.LogOutputChannel): vscode.Disposable {
  return registerCommand(vscode.commands, COMMANDS.addToUserDictionary, async (word?: unknown) => {
    if (typeof word !== 'string' || word.trim() === '') return;
    const config = vscode.workspace.getConfiguration(SETTINGS_SECTION);
    const current = config.inspect<unknown>('words')?.globalValue;
    const words = Array.isArray(current) ? current.filter((w): w is string => typeof w === 'string') : [];
    if (words.includes(word)) return;
    try {
      await config.update('words', [...words, word], vscode.ConfigurationTarget.Global);
      vscode.window.setStatusBarMessage(`Cover Letter Coach: “${word}” added to your dictionary`, 3000);
    } catch (error) {
      log.error(`Adding "${word}" to the coverLetter.words setting failed`, error);
      void vscode.window.showErrorMessage(
        `Cover Letter Coach could not add “${word}” to your user settings. See the "Cover Letter Coach" output for details.`,
      );
    }
  });
}

/**
 * The ids of the commands the extension registers, in one place: the modules
 * that register them, the status bar item and the report's buttons all name
 * them from here. No editor API at run time, so the report's page, which uses
 * the ids, can still be rendered without an editor.
 */
import type * as vscode from 'vscode';
import type { CLIENT_COMMANDS } from '../../shared/src/protocol';

/** The commands the server may name; the client registers them under the same ids (checked by the compiler). */
type ClientCommands = typeof CLIENT_COMMANDS;

export const COMMANDS = {
  checkThisFile: 'coverLetter.checkThisFile',
  newCoverLetter: 'coverLetter.newCoverLetter',
  setLengthTarget: 'coverLetter.setLengthTarget',
  fixAll: 'coverLetter.fixAll',
  useJobDescription: 'coverLetter.useJobDescription',
  showReport: 'coverLetter.showReport' satisfies ClientCommands['showReport'],
  addToUserDictionary: 'coverLetter.addToUserDictionary' satisfies ClientCommands['addToUserDictionary'],
} as const;

export type CommandId = (typeof COMMANDS)[keyof typeof COMMANDS];

/**
 * `commands.registerCommand` (pass `vscode.commands`) for one of the ids
 * above: an id that is not listed here does not compile.
 */
export function registerCommand(
  commands: typeof vscode.commands,
  command: CommandId,
  callback: Parameters<typeof vscode.commands.registerCommand>[1],
): vscode.Disposable {
  return commands.registerCommand(command, callback);
}

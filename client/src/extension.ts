import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { registerAddToUserDictionaryCommand } from './commands/addToUserDictionary';
import { registerCheckThisFileCommand } from './commands/checkThisFile';
import { registerFixAllCommand } from './commands/fixAll';
import { registerNewCoverLetterCommand } from './commands/newCoverLetter';
import { registerSetLengthTargetCommand } from './commands/setLengthTarget';
import { registerUseJobDescriptionCommand } from './commands/useJobDescription';
import { createLanguageClient } from './languageClient';
import { type ReportApi, ReportPanels } from './report/reportPanel';
import { watchServerLiveness } from './serverRestarts';
import { statisticsEvents } from './statisticsEvents';
import { WordCountStatusBar } from './statusBar';

const OUTPUT_CHANNEL_NAME = 'Cover Letter Coach';

let client: LanguageClient | undefined;

/** What activation returns (the extension's `exports`): reached by the editor tests. */
export interface CoverLetterCoachApi {
  report: ReportApi;
}

export async function activate(context: vscode.ExtensionContext): Promise<CoverLetterCoachApi> {
  const log = vscode.window.createOutputChannel(OUTPUT_CHANNEL_NAME, { log: true });
  context.subscriptions.push(log);

  client = createLanguageClient(context, log);
  const statistics = statisticsEvents(client);
  context.subscriptions.push(registerCheckThisFileCommand(client, log));
  context.subscriptions.push(registerFixAllCommand(log));
  context.subscriptions.push(new WordCountStatusBar(client, statistics, log));
  context.subscriptions.push(registerNewCoverLetterCommand(context, log));
  context.subscriptions.push(registerSetLengthTargetCommand());
  context.subscriptions.push(registerUseJobDescriptionCommand(log));
  context.subscriptions.push(registerAddToUserDictionaryCommand(log));
  const report = new ReportPanels({ client, log, extensionUri: context.extensionUri }, statistics);
  context.subscriptions.push(report);
  // A server that hangs without exiting is restarted too.
  context.subscriptions.push(watchServerLiveness(client, log));

  try {
    await client.start();
  } catch (error) {
    // The client has already shown and logged the failure; activation itself
    // succeeds so the command can report the problem instead of vanishing.
    log.error('The Cover Letter Coach language server did not start', error);
  }
  return { report };
}

export async function deactivate(): Promise<void> {
  // VS Code calls this before disposing context.subscriptions, so the output
  // channel is still open while the server shuts down.
  const stopping = client;
  client = undefined;
  if (stopping?.needsStop()) {
    await stopping.stop();
  }
}

/**
 * The server's live statistics as a VS Code event any part of the client can
 * listen to. vscode-languageclient keeps one handler per notification method
 * (a second `onNotification` replaces the first), so the extension makes these
 * events once and hands them to the status bar and the report, which listen
 * here instead of on the client.
 */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { type LetterStatistics, statisticsNotification } from '../../shared/src/protocol';

export interface StatisticsEvents {
  /** Fires with each document's statistics, after it opens and after each change is checked. */
  readonly onStatistics: vscode.Event<LetterStatistics>;
}

/** Installs the one statistics handler on `client`; call once per client. The handler lives as long as the client. */
export function statisticsEvents(client: LanguageClient): StatisticsEvents {
  const emitter = new vscode.EventEmitter<LetterStatistics>();
  client.onNotification(statisticsNotification, (stats) => emitter.fire(stats));
  return { onStatistics: emitter.event };
}

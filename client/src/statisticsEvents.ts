/**
 * The server's live statistics as a VS Code event any part of the client can
 * listen to. vscode-languageclient keeps one handler per notification method
 * (a second `onNotification` replaces the first), so the status bar and the
 * report both listen here instead of on the client.
 */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { type LetterStatistics, statisticsNotification } from '../../shared/src/protocol';

export interface StatisticsEvents {
  /** Fires with each document's statistics, after it opens and after each change is checked. */
  readonly onStatistics: vscode.Event<LetterStatistics>;
}

const byClient = new WeakMap<LanguageClient, StatisticsEvents>();

/** The statistics events of `client`; the one notification handler is installed on first use and lives as long as the client. */
export function statisticsEvents(client: LanguageClient): StatisticsEvents {
  let events = byClient.get(client);
  if (events === undefined) {
    const emitter = new vscode.EventEmitter<LetterStatistics>();
    client.onNotification(statisticsNotification, (stats) => emitter.fire(stats));
    events = { onStatistics: emitter.event };
    byClient.set(client, events);
  }
  return events;
}

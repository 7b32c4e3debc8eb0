/**
 * The word-count status bar item: `$(pencil) 212 / 250 words` for the active
 * editor's letter, from the statistics the server sends after each check. Its
 * background turns to the warning colour above the target and to the error
 * colour above 1.2 × the target; the tooltip has the other figures and, with a
 * selection, the selection's words. Hidden for documents the server does not check.
 */
import * as vscode from 'vscode';
import { type LanguageClient, State } from 'vscode-languageclient/node';
import { countWordsRequest, type LetterStatistics, statisticsClearedNotification } from '../../shared/src/protocol';
import { COMMANDS } from './commandIds';
import type { StatisticsEvents } from './statisticsEvents';
import { statusLabel, statusLevel, statusText, statusTooltip } from './statusBarText';

/** How long the selection must stay put before its words are counted. */
const SELECTION_DEBOUNCE_MS = 150;

const BACKGROUNDS = {
  ok: undefined,
  warning: new vscode.ThemeColor('statusBarItem.warningBackground'),
  error: new vscode.ThemeColor('statusBarItem.errorBackground'),
} as const;

export class WordCountStatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('coverLetter.wordCount', vscode.StatusBarAlignment.Right, 100);
  private readonly statistics = new Map<string, LetterStatistics>();
  private readonly disposables: vscode.Disposable[] = [];
  private selectedWords: number | undefined;
  private selectionTimer: NodeJS.Timeout | undefined;
  // Answers to older selection requests are dropped.
  private selectionRequest = 0;

  constructor(
    private readonly client: LanguageClient,
    statistics: StatisticsEvents,
    private readonly log: vscode.LogOutputChannel,
  ) {
    this.item.name = 'Cover Letter Coach word count';
    // Clicking the item sets the length target.
    this.item.command = COMMANDS.setLengthTarget;
    this.disposables.push(
      this.item,
      statistics.onStatistics((stats) => {
        this.statistics.set(stats.uri, stats);
        if (stats.uri === this.activeUri()) {
          this.render();
          if (this.selectedWords !== undefined) this.countSelection();
        }
      }),
      client.onNotification(statisticsClearedNotification, ({ uri }) => {
        this.statistics.delete(uri);
        if (uri === this.activeUri()) this.render();
      }),
      client.onDidChangeState(({ newState }) => {
        // A stopped server's figures would only go stale.
        if (newState === State.Stopped) {
          this.statistics.clear();
          this.render();
        }
      }),
      vscode.window.onDidChangeActiveTextEditor(() => {
        this.selectedWords = undefined;
        this.render();
        this.countSelection();
      }),
      vscode.window.onDidChangeTextEditorSelection((event) => {
        if (event.textEditor === vscode.window.activeTextEditor) this.countSelection();
      }),
      vscode.workspace.onDidCloseTextDocument((document) => this.statistics.delete(document.uri.toString())),
    );
    this.render();
  }

  dispose(): void {
    clearTimeout(this.selectionTimer);
    for (const disposable of this.disposables) disposable.dispose();
  }

  private activeUri(): string | undefined {
    return vscode.window.activeTextEditor?.document.uri.toString();
  }

  private render(): void {
    const uri = this.activeUri();
    const stats = uri === undefined ? undefined : this.statistics.get(uri);
    if (stats === undefined) {
      this.item.hide();
      return;
    }
    this.item.text = statusText(stats, this.selectedWords);
    this.item.tooltip = new vscode.MarkdownString(statusTooltip(stats, this.selectedWords));
    this.item.accessibilityInformation = { label: statusLabel(stats, this.selectedWords), role: 'button' };
    this.item.backgroundColor = BACKGROUNDS[statusLevel(stats.words, stats.target)];
    this.item.show();
  }

  /** Counts the active editor's selected words after the selection settles. */
  private countSelection(): void {
    clearTimeout(this.selectionTimer);
    this.selectionTimer = setTimeout(() => void this.requestSelectionCount(), SELECTION_DEBOUNCE_MS);
  }

  private async requestSelectionCount(): Promise<void> {
    const editor = vscode.window.activeTextEditor;
    const request = ++this.selectionRequest;
    const selections = editor?.selections.filter((selection) => !selection.isEmpty) ?? [];
    const uri = editor?.document.uri.toString();
    if (editor === undefined || uri === undefined || selections.length === 0 || !this.statistics.has(uri)) {
      if (this.selectedWords !== undefined) {
        this.selectedWords = undefined;
        this.render();
      }
      return;
    }
    try {
      const ranges = selections.map((s) => ({
        start: { line: s.start.line, character: s.start.character },
        end: { line: s.end.line, character: s.end.character },
      }));
      const words = await this.client.sendRequest(countWordsRequest, { uri, ranges });
      if (request !== this.selectionRequest || uri !== this.activeUri()) return;
      this.selectedWords = words;
      this.render();
    } catch (error) {
      this.log.warn(`Counting the selected words failed: ${String(error)}`);
    }
  }
}

/**
 * "Show Report": a webview beside the letter with its word count against the
 * target, the four skim checks with their evidence, the job match, the industry
 * and the findings by rule. One panel per letter, reused when the command runs
 * again, updated after every check of the letter, closed with the letter.
 */
import { randomBytes } from 'node:crypto';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { reportRequest } from '../../../shared/src/protocol';
import { COMMANDS, registerCommand } from '../commandIds';
import { isCheckableDocument } from '../documents';
import type { StatisticsEvents } from '../statisticsEvents';
import { parseWebviewMessage, type ReportCommand, type ReportRange, type UpdateMessage } from './messages';
import { renderReportBody, renderReportHtml, reportAnnouncement, reportSummary, type ReportState } from './render';

const REPORT_VIEW_TYPE = 'coverLetter.report';

/** One letter's report panel, as the editor tests see it through the extension's exports. */
export interface ReportPanelHandle {
  readonly title: string;
  readonly state: ReportState;
  /** The content last sent to the page's <main>. */
  readonly bodyHtml: string;
  /** Fires after the page is sent new content. */
  readonly onDidUpdate: vscode.Event<void>;
  /** Acts on `message` exactly as when the page posts it. */
  receive(message: unknown): Promise<void>;
}

export interface ReportApi {
  panelFor(uri: vscode.Uri): ReportPanelHandle | undefined;
}

interface PanelDeps {
  client: LanguageClient;
  log: vscode.LogOutputChannel;
  extensionUri: vscode.Uri;
}

/** The report panels of all letters and the command that opens them. */
export class ReportPanels implements vscode.Disposable, ReportApi {
  private readonly panels = new Map<string, ReportPanel>();
  private readonly disposables: vscode.Disposable[] = [];

  constructor(
    private readonly deps: PanelDeps,
    statistics: StatisticsEvents,
  ) {
    this.disposables.push(
      registerCommand(vscode.commands, COMMANDS.showReport, (uri?: unknown) => this.show(uri)),
      // The server sends statistics after each check: the report's figures are new then too.
      statistics.onStatistics(({ uri }) => void this.panels.get(uri)?.refresh()),
      vscode.workspace.onDidCloseTextDocument((document) => this.panels.get(document.uri.toString())?.dispose()),
      // VS Code may keep a document open for minutes after its last tab closes; the report goes with the tab.
      vscode.window.tabGroups.onDidChangeTabs(({ closed }) => {
        for (const uri of closed.flatMap(tabUris)) {
          const panel = this.panels.get(uri);
          if (panel !== undefined && !isInAnyTab(uri)) panel.dispose();
        }
      }),
    );
  }

  panelFor(uri: vscode.Uri): ReportPanelHandle | undefined {
    return this.panels.get(uri.toString());
  }

  dispose(): void {
    for (const panel of [...this.panels.values()]) panel.dispose();
    for (const disposable of this.disposables) disposable.dispose();
  }

  private async show(uri: unknown): Promise<void> {
    try {
      // A URI comes from a code lens (as a string) or a menu; the palette passes none.
      const target = typeof uri === 'string' ? vscode.Uri.parse(uri, true) : uri instanceof vscode.Uri ? uri : undefined;
      const document = target !== undefined ? await vscode.workspace.openTextDocument(target) : vscode.window.activeTextEditor?.document;
      if (document === undefined) {
        void vscode.window.showInformationMessage('Open a cover letter to see its Cover Letter Coach report.');
        return;
      }
      if (!isCheckableDocument(document)) {
        void vscode.window.showInformationMessage(
          'Cover Letter Coach reports on Markdown and plain-text letters that are saved on this computer or not yet saved.',
        );
        return;
      }
      const key = document.uri.toString();
      const existing = this.panels.get(key);
      if (existing !== undefined) {
        existing.reveal();
        void existing.refresh();
        return;
      }
      const letterColumn = vscode.window.visibleTextEditors.find((editor) => editor.document === document)?.viewColumn;
      const panel = new ReportPanel(document, letterColumn, this.deps);
      this.panels.set(key, panel);
      panel.onDidClose(() => {
        if (this.panels.get(key) === panel) this.panels.delete(key);
      });
    } catch (error) {
      this.deps.log.error('Show Report failed', error);
      void vscode.window.showErrorMessage('Cover Letter Coach could not show the report. See the "Cover Letter Coach" output for details.');
    }
  }
}

class ReportPanel implements ReportPanelHandle {
  private readonly panel: vscode.WebviewPanel;
  private readonly key: string;
  private readonly updated = new vscode.EventEmitter<void>();
  private readonly closed = new vscode.EventEmitter<void>();
  private readonly disposables: vscode.Disposable[] = [];
  private current: ReportState = { kind: 'loading' };
  private body = '';
  private requesting = false;
  private requestAgain = false;
  private disposed = false;

  readonly onDidUpdate = this.updated.event;
  readonly onDidClose = this.closed.event;

  constructor(
    private readonly document: vscode.TextDocument,
    /** Where the letter was when the report opened; used when it is no longer visible. */
    private letterColumn: vscode.ViewColumn | undefined,
    private readonly deps: PanelDeps,
  ) {
    this.key = document.uri.toString();
    const name = path.posix.basename(document.uri.path) || document.uri.toString();
    this.panel = vscode.window.createWebviewPanel(
      REPORT_VIEW_TYPE,
      `Report: ${name}`,
      { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true },
      { enableScripts: true, enableCommandUris: false, enableFindWidget: true, localResourceRoots: [] },
    );
    this.panel.iconPath = vscode.Uri.joinPath(deps.extensionUri, 'images', 'icon.png');
    this.disposables.push(
      this.panel.webview.onDidReceiveMessage((message: unknown) => void this.receive(message)),
      this.panel.onDidDispose(() => this.cleanUp()),
      this.updated,
      this.closed,
    );
    this.body = renderReportBody(this.current, {});
    this.panel.webview.html = renderReportHtml(this.current, {
      nonce: randomBytes(18).toString('base64'),
      cspSource: this.panel.webview.cspSource,
      letterName: name,
    });
    void this.refresh();
  }

  get title(): string {
    return this.panel.title;
  }

  get state(): ReportState {
    return this.current;
  }

  get bodyHtml(): string {
    return this.body;
  }

  reveal(): void {
    this.panel.reveal(undefined, true);
  }

  dispose(): void {
    this.panel.dispose();
  }

  /** Asks the server for the report again; calls while one request is out are folded into one more. */
  async refresh(): Promise<void> {
    if (this.disposed) return;
    if (this.requesting) {
      this.requestAgain = true;
      return;
    }
    this.requesting = true;
    try {
      do {
        this.requestAgain = false;
        const state = await this.request();
        if (!this.disposed) this.show(state);
      } while (this.requestAgain && !this.disposed);
    } finally {
      this.requesting = false;
    }
  }

  async receive(data: unknown): Promise<void> {
    const message = parseWebviewMessage(data);
    if (message === undefined || this.disposed) return;
    try {
      switch (message.type) {
        case 'ready':
          // A page loaded again (after being hidden) has the first content only.
          this.post();
          return;
        case 'reveal':
          await this.revealInLetter(message.range);
          return;
        case 'openDocs':
          await this.openDocs(message.ruleId);
          return;
        case 'command':
          await this.runCommand(message.command);
          return;
      }
    } catch (error) {
      this.deps.log.error(`The report could not do "${message.type}"`, error);
    }
  }

  private async request(): Promise<ReportState> {
    try {
      const report = await this.deps.client.sendRequest(reportRequest, { uri: this.key });
      return report === null ? { kind: 'unchecked' } : { kind: 'report', report };
    } catch (error) {
      this.deps.log.warn(`The report of ${this.key} could not be made: ${String(error)}`);
      return { kind: 'failed', message: error instanceof Error ? error.message : String(error) };
    }
  }

  private show(state: ReportState): void {
    this.current = state;
    // The extension registers Use Job Description itself, so the page always offers it.
    this.body = renderReportBody(state, { canUseJobDescription: true });
    this.post();
    this.updated.fire();
  }

  private post(): void {
    const message: UpdateMessage = {
      type: 'update',
      html: this.body,
      summary: reportSummary(this.current),
      announcement: reportAnnouncement(this.current),
    };
    void this.panel.webview.postMessage(message);
  }

  /** Selects `range` in the letter's editor and moves the focus there. */
  private async revealInLetter(range: ReportRange): Promise<void> {
    if (this.document.isClosed) return;
    const selection = this.document.validateRange(new vscode.Range(range.start.line, range.start.character, range.end.line, range.end.character));
    const editor = await this.showLetter();
    editor.selection = new vscode.Selection(selection.start, selection.end);
    editor.revealRange(selection, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  }

  /** Opens a rule's explanation: web pages in the browser, the README at the rule's heading in place of the report. */
  private async openDocs(ruleId: string): Promise<void> {
    // Only links of the report itself are opened, never one the page names.
    const rule = this.current.kind === 'report' ? this.current.report.findingsByRule.find((r) => r.ruleId === ruleId) : undefined;
    if (rule === undefined) return;
    const uri = vscode.Uri.parse(rule.docs, true);
    if (uri.scheme === 'https' || uri.scheme === 'http') {
      await vscode.env.openExternal(uri);
      return;
    }
    if (uri.scheme !== 'file') {
      this.deps.log.warn(`Not opening the documentation link ${rule.docs}`);
      return;
    }
    const docs = await vscode.workspace.openTextDocument(uri.with({ fragment: '' }));
    const line = headingLine(docs, uri.fragment);
    const at = new vscode.Range(line, 0, line, 0);
    const editor = await vscode.window.showTextDocument(docs, {
      viewColumn: this.panel.viewColumn ?? vscode.ViewColumn.Beside,
      preview: true,
      selection: at,
    });
    editor.revealRange(at, vscode.TextEditorRevealType.AtTop);
  }

  /** Runs a command on the letter, which it finds as the active editor. */
  private async runCommand(command: ReportCommand): Promise<void> {
    if (this.document.isClosed) return;
    await this.showLetter();
    await vscode.commands.executeCommand(command);
  }

  private async showLetter(): Promise<vscode.TextEditor> {
    const visible = vscode.window.visibleTextEditors.find((editor) => editor.document === this.document);
    const viewColumn = visible?.viewColumn ?? this.letterColumn ?? vscode.ViewColumn.One;
    const editor = await vscode.window.showTextDocument(this.document, { viewColumn, preserveFocus: false });
    this.letterColumn = editor.viewColumn ?? this.letterColumn;
    return editor;
  }

  private cleanUp(): void {
    if (this.disposed) return;
    this.disposed = true;
    this.closed.fire();
    for (const disposable of this.disposables) disposable.dispose();
  }
}

/** The documents a tab shows, as URI strings. */
function tabUris(tab: vscode.Tab): string[] {
  const input = tab.input;
  if (input instanceof vscode.TabInputText) return [input.uri.toString()];
  if (input instanceof vscode.TabInputTextDiff) return [input.original.toString(), input.modified.toString()];
  return [];
}

function isInAnyTab(uri: string): boolean {
  return vscode.window.tabGroups.all.some((group) => group.tabs.some((tab) => tabUris(tab).includes(uri)));
}

/** The line of the Markdown heading whose anchor is `fragment` (GitHub's slugs), or 0. */
function headingLine(document: vscode.TextDocument, fragment: string): number {
  if (fragment === '') return 0;
  let wanted: string;
  try {
    wanted = decodeURIComponent(fragment).toLowerCase();
  } catch {
    return 0;
  }
  for (let line = 0; line < document.lineCount; line++) {
    const heading = /^ {0,3}#{1,6}\s+(.+?)\s*#*\s*$/.exec(document.lineAt(line).text);
    if (heading !== null && slug(heading[1]!) === wanted) return line;
  }
  return 0;
}

function slug(heading: string): string {
  return heading
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
    .replace(/\s/g, '-');
}

import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { waitForCodes } from './diagnostics';
import { WEAK_LETTER } from './fixtures';
import { waitFor } from './waitFor';
import { openFixture, rangeOf, replaceAllText } from './workspace';

const EXTENSION_ID = 'cover-letter-coach.cover-letter-coach';
const SHOW_REPORT = 'coverLetter.showReport';
const VIEW_TYPE = 'coverLetter.report';
const TITLE = `Report: ${WEAK_LETTER}`;

// The shapes these tests read through the extension's exports
// (client/src/report/reportPanel.ts, shared/src/protocol.ts), restated here
// because the suite compiles on its own.
interface LspRange {
  start: { line: number; character: number };
  end: { line: number; character: number };
}
interface Report {
  version: number;
  statistics: { words: number; target: number };
  skim: Array<{ id: string; passed: boolean; evidence: Array<{ range: LspRange; text: string }> }>;
  findingsByRule: Array<{ ruleId: string; count: number; docs: string }>;
}
type ReportState = { kind: 'report'; report: Report } | { kind: 'loading' | 'unchecked' } | { kind: 'failed'; message: string };
interface ReportPanel {
  readonly title: string;
  readonly state: ReportState;
  readonly bodyHtml: string;
  readonly onDidUpdate: vscode.Event<void>;
  receive(message: unknown): Promise<void>;
}
interface Api {
  report: { panelFor(uri: vscode.Uri): ReportPanel | undefined };
}

async function api(): Promise<Api> {
  const extension = vscode.extensions.getExtension<Api>(EXTENSION_ID);
  assert.ok(extension, `${EXTENSION_ID} is not loaded`);
  return extension.activate();
}

function reportTabs(): vscode.Tab[] {
  return vscode.window.tabGroups.all
    .flatMap((group) => group.tabs)
    .filter((tab) => tab.input instanceof vscode.TabInputWebview && tab.input.viewType.endsWith(VIEW_TYPE) && tab.label === TITLE);
}

function describeState(panel: ReportPanel | undefined): string {
  if (panel === undefined) return 'no panel';
  return panel.state.kind === 'failed' ? `failed: ${panel.state.message}` : panel.state.kind;
}

/** Waits for the panel to show a report that passes `accept`. */
function waitForReport(panel: ReportPanel, accept: (report: Report) => boolean, what: string): Promise<Report> {
  return waitFor(
    panel.onDidUpdate,
    () => (panel.state.kind === 'report' && accept(panel.state.report) ? panel.state.report : undefined),
    () => `${what} (the panel is ${describeState(panel)})`,
  );
}

function sameRange(range: vscode.Range, lsp: LspRange): boolean {
  return range.isEqual(new vscode.Range(lsp.start.line, lsp.start.character, lsp.end.line, lsp.end.character));
}

describe('Report', () => {
  let letter: vscode.TextEditor;
  let panel: ReportPanel;

  before(async () => {
    letter = await openFixture(WEAK_LETTER);
    await waitForCodes(letter.document.uri, ['generic-opener']);
  });

  it('opens beside the letter without taking the focus, and only once per letter', async () => {
    await vscode.commands.executeCommand(SHOW_REPORT);
    const tab = await waitFor(vscode.window.tabGroups.onDidChangeTabs, () => reportTabs()[0], `a webview tab titled "${TITLE}"`);
    assert.notEqual(tab.group.viewColumn, letter.viewColumn, 'the report opened over the letter, not beside it');
    assert.equal(vscode.window.activeTextEditor?.document.uri.toString(), letter.document.uri.toString(), 'the letter lost the focus');

    const opened = (await api()).report.panelFor(letter.document.uri);
    assert.ok(opened, 'the extension has no report panel for the letter');
    assert.equal(opened.title, TITLE);
    panel = opened;

    await vscode.commands.executeCommand(SHOW_REPORT);
    assert.equal((await api()).report.panelFor(letter.document.uri), panel, 'a second panel for the same letter');
    assert.equal(reportTabs().length, 1);
  });

  it("shows the server's report: words, the skim checks with evidence, the findings", async () => {
    const report = await waitForReport(panel, () => true, 'the report');
    assert.ok(report.statistics.words > 0);
    assert.deepEqual(
      report.skim.map((check) => check.id),
      ['ownership', 'production-constraints', 'business-impact', 'team-judgment'],
    );
    const ownership = report.skim.find((check) => check.id === 'ownership')!;
    assert.ok(ownership.passed, 'the weak letter says "I rebuilt", which shows ownership');
    assert.match(ownership.evidence[0]!.text, /I rebuilt the nightly billing export/);
    assert.ok(report.findingsByRule.some((rule) => rule.ruleId === 'generic-opener'));

    assert.match(panel.bodyHtml, /<h2 id="skim-heading">/);
    assert.match(panel.bodyHtml, new RegExp(`${report.statistics.words} of ${report.statistics.target} words`));
    const evidence = ownership.evidence[0]!.range;
    assert.ok(
      panel.bodyHtml.includes(`data-action="reveal" data-key="evidence:ownership:0" data-start-line="${evidence.start.line}"`),
      'no button for the ownership quote',
    );
  });

  it('selects a quote in the letter when the page asks', async () => {
    const report = await waitForReport(panel, () => true, 'the report');
    const quote = report.skim.find((check) => check.id === 'ownership')!.evidence[0]!;
    letter.selection = new vscode.Selection(0, 0, 0, 0);

    await panel.receive({ type: 'reveal', range: quote.range });
    const editor = await waitFor(
      vscode.window.onDidChangeTextEditorSelection,
      () => {
        const active = vscode.window.activeTextEditor;
        return active?.document === letter.document && sameRange(active.selection, quote.range) ? active : undefined;
      },
      () => `the quote to be selected (selection: ${JSON.stringify(vscode.window.activeTextEditor?.selection)})`,
    );
    assert.equal(editor.document.getText(editor.selection), quote.text);
    assert.equal(editor.viewColumn, letter.viewColumn, 'the letter opened in another column');
  });

  it('ignores a reveal with a range that is not one', async () => {
    letter = await vscode.window.showTextDocument(letter.document, letter.viewColumn);
    letter.selection = new vscode.Selection(0, 0, 0, 0);
    await panel.receive({ type: 'reveal', range: { start: { line: 2, character: 5 }, end: { line: 1, character: 0 } } });
    assert.ok(letter.selection.isEmpty);
  });

  it("opens a rule's explanation at its heading", async () => {
    await panel.receive({ type: 'openDocs', ruleId: 'generic-opener' });
    const editor = vscode.window.activeTextEditor;
    assert.ok(editor && editor.document.uri.path.endsWith('/README.md'), `opened ${editor?.document.uri.toString()}`);
    assert.equal(editor.document.lineAt(editor.selection.active.line).text, '### generic-opener');
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
  });

  it('follows typing', async () => {
    const { document } = letter;
    const before = await waitForReport(panel, () => true, 'the report');
    const original = document.getText();
    const edit = new vscode.WorkspaceEdit();
    edit.insert(document.uri, rangeOf(document, 'I look forward to hearing from you.').end, ' Four more words here.');
    try {
      assert.ok(await vscode.workspace.applyEdit(edit));
      const after = await waitForReport(
        panel,
        (report) => report.statistics.words === before.statistics.words + 4,
        `the report to count ${before.statistics.words + 4} words`,
      );
      assert.ok(after.version > before.version);
      assert.match(panel.bodyHtml, new RegExp(`${after.statistics.words} of ${after.statistics.target} words`));
    } finally {
      await replaceAllText(document, original);
    }
  });

  it('closes with its letter', async () => {
    await vscode.window.showTextDocument(letter.document, letter.viewColumn);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    await waitFor(
      vscode.window.tabGroups.onDidChangeTabs,
      () => (reportTabs().length === 0 ? true : undefined),
      'the report tab to close with the letter',
    );
    assert.equal((await api()).report.panelFor(letter.document.uri), undefined);
  });
});

/** Hover over a finding, over stdio: the rule's name, why it matters, an example and its docs link. */
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { DidChangeConfigurationNotification, type Hover, HoverRequest, type MarkupContent } from 'vscode-languageserver-protocol/node';
import { ruleById } from '../../server/src/engine';
import { escapeMarkdown } from '../../server/src/server/hover';
import { LspTestClient } from '../helpers/lspTestClient';
import { REPO_ROOT } from '../helpers/paths';

const LETTER_URI = pathToFileURL('/tmp/x/my-cover-letter.md').href;
const README_URI = pathToFileURL(path.join(REPO_ROOT, 'README.md')).href;
const LETTER = 'Dear Ms. Rivera,\n\nIn order to cut cost, I rewrote the cache.\n';

describe('hover over a finding', function () {
  let client: LspTestClient;

  beforeEach(async function () {
    client = await LspTestClient.start({ settings: { debounceMs: 0 } });
  });

  afterEach(async function () {
    assert.equal(await client.stop(), 0);
  });

  function hoverAt(line: number, character: number): Promise<Hover | null> {
    return client.connection.sendRequest(HoverRequest.type, { textDocument: { uri: LETTER_URI }, position: { line, character } });
  }

  it('explains the rule with an example and links to its docs', async function () {
    await client.open(LETTER_URI, LETTER);
    const { diagnostics } = await client.diagnosticsOf(LETTER_URI, 1);
    const wordy = diagnostics.find((d) => d.code === 'wordy-phrase');
    assert.ok(wordy, 'expected "In order to" to be flagged');
    const hover = await hoverAt(2, 3);
    assert.ok(hover, 'expected a hover');
    const contents = hover.contents as MarkupContent;
    assert.equal(contents.kind, 'markdown');
    const rule = ruleById('wordy-phrase')!;
    assert.ok(contents.value.includes(`**${rule.name}**`), contents.value);
    assert.ok(contents.value.includes(`[\`wordy-phrase\`](${README_URI}#wordy-phrase)`), contents.value);
    assert.ok(contents.value.includes(escapeMarkdown(rule.explanation)));
    assert.ok(contents.value.includes(`Before: “${escapeMarkdown(rule.example.before)}”`));
    assert.ok(contents.value.includes(`After: “${escapeMarkdown(rule.example.after)}”`));
    // Paragraph-wide findings may lie under the same spot: the range covers every finding shown.
    const under = diagnostics.filter(
      (d) => d.range.start.line <= 2 && d.range.end.line >= 2 && (d.range.start.line < 2 || d.range.start.character <= 3),
    );
    const first = under.reduce((a, d) => Math.min(a, d.range.start.character), Infinity);
    const last = under.reduce((a, d) => Math.max(a, d.range.end.character), 0);
    assert.deepEqual(hover.range, { start: { line: 2, character: first }, end: { line: 2, character: last } });
    for (const d of under) assert.ok(contents.value.includes(`[\`${String(d.code)}\`]`), `hover should explain ${String(d.code)}`);
  });

  it('has nothing to say away from findings', async function () {
    await client.open(LETTER_URI, LETTER);
    await client.diagnosticsOf(LETTER_URI, 1);
    assert.equal(await hoverAt(0, 2), null);
  });

  it('answers for the text as it is now, running the check that still waits', async function () {
    await client.open(LETTER_URI, LETTER);
    await client.diagnosticsOf(LETTER_URI, 1);
    const rechecked = client.nextDiagnostics(LETTER_URI, 'diagnostics after the settings changed');
    client.settings = { debounceMs: 60000 };
    await client.connection.sendNotification(DidChangeConfigurationNotification.type, { settings: null });
    await rechecked;
    // Version 2 moves "In order to" along the line; its check waits a minute.
    const moved = LETTER.replace('In order to', 'Last year, in order to');
    await client.replaceText(LETTER_URI, 2, moved);
    const atOldSpot = await hoverAt(2, 3);
    assert.ok(!(atOldSpot?.contents as MarkupContent | undefined)?.value.includes('`wordy-phrase`'), 'the old finding’s spot now holds “Last year”');
    const hover = await hoverAt(2, 14);
    assert.ok(hover && (hover.contents as MarkupContent).value.includes('`wordy-phrase`'), 'the moved phrase is explained');
    const { diagnostics } = await client.diagnosticsOf(LETTER_URI, 2);
    assert.ok(
      diagnostics.some((d) => d.code === 'wordy-phrase' && d.range.start.character === 11),
      'version 2 was checked and published',
    );
  });

  it('escapes Markdown in the examples', function () {
    assert.equal(escapeMarkdown('[Company Name] and <Company> *now*'), '\\[Company Name\\] and \\<Company\\> \\*now\\*');
  });
});

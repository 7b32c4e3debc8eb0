/** What the report webview may ask of the extension (client/src/report/messages.ts). */
import * as assert from 'node:assert/strict';
import { parseWebviewMessage } from '../../client/src/report/messages';

const RANGE = { start: { line: 6, character: 0 }, end: { line: 6, character: 41 } };

describe('report webview messages', () => {
  it('accepts the messages the page sends', () => {
    assert.deepEqual(parseWebviewMessage({ type: 'ready' }), { type: 'ready' });
    assert.deepEqual(parseWebviewMessage({ type: 'reveal', range: RANGE }), { type: 'reveal', range: RANGE });
    assert.deepEqual(parseWebviewMessage({ type: 'openDocs', ruleId: 'buzzword' }), { type: 'openDocs', ruleId: 'buzzword' });
    assert.deepEqual(parseWebviewMessage({ type: 'command', command: 'coverLetter.setLengthTarget' }), {
      type: 'command',
      command: 'coverLetter.setLengthTarget',
    });
  });

  it('keeps only the fields it knows', () => {
    const parsed = parseWebviewMessage({ type: 'reveal', range: { ...RANGE, extra: 1 }, extra: 'x' });
    assert.deepEqual(parsed, { type: 'reveal', range: RANGE });
  });

  it('refuses ranges that are not whole, non-negative and in order', () => {
    for (const range of [
      undefined,
      { start: RANGE.start },
      { start: { line: -1, character: 0 }, end: RANGE.end },
      { start: { line: 1.5, character: 0 }, end: RANGE.end },
      { start: { line: Number.NaN, character: 0 }, end: RANGE.end },
      { start: { line: '6', character: 0 }, end: RANGE.end },
      { start: { line: 7, character: 0 }, end: { line: 6, character: 3 } },
      { start: { line: 6, character: 9 }, end: { line: 6, character: 3 } },
    ]) {
      assert.equal(parseWebviewMessage({ type: 'reveal', range }), undefined, JSON.stringify(range));
    }
  });

  it('runs only the commands the report offers', () => {
    for (const command of ['workbench.action.terminal.new', 'vscode.open', '', undefined]) {
      assert.equal(parseWebviewMessage({ type: 'command', command }), undefined);
    }
  });

  it('ignores anything else', () => {
    for (const data of [null, undefined, 'reveal', 42, [], {}, { type: 'openDocs' }, { type: 'openDocs', ruleId: '' }, { type: 'eval' }]) {
      assert.equal(parseWebviewMessage(data), undefined, JSON.stringify(data));
    }
  });
});

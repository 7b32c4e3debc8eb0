/**
 * A quick fix chosen after typing, before the next check, must not land at the old
 * position (issue 18). Property: for a generated letter, its diagnostics as the
 * server publishes them, and a random edit made without waiting for new ones, every
 * edit the code-action handler offers for the current version replaces exactly the
 * text its fix was computed on, or the fix is not offered at all; and every edit
 * is versioned for the document as it is now.
 */
import * as assert from 'node:assert/strict';
import * as fc from 'fast-check';
import { type CodeAction, type Diagnostic, type TextDocumentEdit } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { analyze } from '../../server/src/engine';
import { findingToDiagnostic } from '../../server/src/lsp/diagnostics';
import { codeActionHandler } from '../../server/src/server/codeActions';
import { noDocumentConfig } from '../../server/src/server/configStore';

const URI = 'file:///tmp/stale/my-cover-letter.md';
const DOCS = 'file:///ext/README.md';

const SENTENCES = [
  'I am excited about the position at [Company Name].',
  'In order to cut cost, I utilized the the cache.',
  'I leveraged cutting-edge tools in order to deliver synergy.',
  'I am passionate about machine learning.',
  'I think I would be a great fit.',
  'I rebuilt the demand forecast for 140 stores and overstock fell 17%.',
  'We utilize a number of the the models.',
];

const letter = fc
  .array(fc.constantFrom(...SENTENCES), { minLength: 1, maxLength: 8 })
  .map((sentences) => `Dear [Hiring Manager],\n\n${sentences.join(' ')}\n\nBest,\n[Your Name]\n`);

const change = fc.record({
  at: fc.double({ min: 0, max: 1, noNaN: true }),
  remove: fc.integer({ min: 0, max: 6 }),
  insert: fc.string({ unit: fc.constantFrom('a', ' ', 'N', '.', '\n', '[', 'é'), maxLength: 8 }),
});

function originalEditsFor(diagnostic: Diagnostic, title: string): { range: TextDocumentEdit['edits'][number]['range'] }[] | undefined {
  const data = diagnostic.data as { fixes?: { title: string; edits: { range: TextDocumentEdit['edits'][number]['range'] }[] }[] };
  return data.fixes?.find((fix) => fix.title === title)?.edits;
}

describe('stale quick fixes', function () {
  it('offers only edits that replace exactly the text they were computed on', async function () {
    await fc.assert(
      fc.asyncProperty(letter, change, async (text, { at, remove, insert }) => {
        const before = TextDocument.create(URI, 'markdown', 1, text);
        const diagnostics = analyze(text).findings.map((finding) => findingToDiagnostic(before, finding, DOCS));
        const start = Math.floor(at * text.length);
        const range = { start: before.positionAt(start), end: before.positionAt(Math.min(text.length, start + remove)) };
        const after = TextDocument.update(TextDocument.create(URI, 'markdown', 1, text), [{ range, text: insert }], 2);
        const handler = codeActionHandler({
          documents: { get: (uri) => (uri === URI ? after : undefined) },
          store: { forVersion: () => undefined, latest: () => undefined },
          config: { forDocument: () => Promise.resolve(noDocumentConfig()) },
          validator: { schedule: () => Promise.resolve() },
          capabilities: () => ({ documentChanges: true, createFiles: true }),
        });
        const whole = { start: { line: 0, character: 0 }, end: after.positionAt(after.getText().length) };
        const actions: CodeAction[] = await handler({ textDocument: { uri: URI }, range: whole, context: { diagnostics, only: ['quickfix'] } });
        const unchanged = after.getText() === text;
        for (const action of actions) {
          for (const documentChange of action.edit?.documentChanges ?? []) {
            const edit = documentChange as TextDocumentEdit;
            assert.equal(edit.textDocument.version, 2, `${action.title}: versioned for the current document`);
          }
          assert.equal(action.edit?.changes, undefined, `${action.title}: no unversioned edits`);
          const diagnostic = action.diagnostics?.[0];
          const computed = diagnostic === undefined ? undefined : originalEditsFor(diagnostic, action.title);
          if (computed === undefined) continue; // not one of the fixes the diagnostics carry
          const offered = (action.edit?.documentChanges?.[0] as TextDocumentEdit).edits;
          assert.equal(offered.length, computed.length);
          offered.forEach((edit, index) => {
            const was = before.getText(computed[index]!.range);
            assert.equal(after.getText(edit.range), was, `${action.title}: replaces the text it was computed on`);
            if (!unchanged) assert.notEqual(was, '', `${action.title}: an insertion cannot be checked, so it is not offered`);
          });
        }
      }),
      { numRuns: 200 },
    );
  });
});

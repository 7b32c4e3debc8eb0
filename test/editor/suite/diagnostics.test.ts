import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { codeOf, SOURCE, waitForCodes } from './diagnostics';
import { FOLDER_LETTER, WEAK_LETTER } from './fixtures';
import { openFixture, rangeOf } from './workspace';

function only(diagnostics: readonly vscode.Diagnostic[], code: string): vscode.Diagnostic {
  const found = diagnostics.filter((diagnostic) => codeOf(diagnostic) === code);
  assert.equal(found.length, 1, `expected one ${code}, got ${found.length}`);
  return found[0]!;
}

describe('Diagnostics in the editor', () => {
  it('underlines the stock salutation and opening of a weak letter', async () => {
    const { document } = await openFixture(WEAK_LETTER);
    const diagnostics = await waitForCodes(document.uri, ['generic-salutation', 'generic-opener']);

    const salutation = only(diagnostics, 'generic-salutation');
    assert.equal(salutation.source, SOURCE);
    assert.equal(salutation.severity, vscode.DiagnosticSeverity.Warning);
    assert.equal(document.getText(salutation.range), 'To whom it may concern');
    assert.ok(salutation.range.isEqual(rangeOf(document, 'To whom it may concern')));

    const opener = only(diagnostics, 'generic-opener');
    assert.equal(opener.source, SOURCE);
    assert.equal(opener.range.start.line, rangeOf(document, 'I am writing to apply').start.line);
    assert.match(document.getText(opener.range), /^I am writing to apply for the Data Engineer role/);
  });

  it('links every diagnostic to its rule in the README', async () => {
    const { document } = await openFixture(WEAK_LETTER);
    const diagnostics = await waitForCodes(document.uri, ['generic-opener']);
    for (const diagnostic of diagnostics) {
      const code = diagnostic.code;
      assert.ok(typeof code === 'object', `${codeOf(diagnostic)} has no documentation link`);
      assert.equal(code.target.fragment, code.value, `${codeOf(diagnostic)} links to #${code.target.fragment}`);
      assert.match(code.target.path, /README\.md$/);
    }
  });

  it('checks a plain-text letter kept in a cover-letters folder', async () => {
    const { document } = await openFixture(FOLDER_LETTER);
    assert.equal(document.languageId, 'plaintext');
    const diagnostics = await waitForCodes(document.uri, ['generic-salutation']);
    assert.ok(diagnostics.every((diagnostic) => diagnostic.source === SOURCE));
  });
});

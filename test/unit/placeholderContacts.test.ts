/**
 * Contact details a template leaves for the writer (a phone number in x's, an
 * e-mail address that names its slot, a date format on its own line) are
 * `unfilled-placeholder` findings wherever they stand, and never spelling
 * findings; real numbers and addresses are neither.
 */
import * as assert from 'node:assert/strict';
import { analyze, type DocumentFormat } from '../../server/src/engine';
import { testDictionary } from '../helpers/dictionary';

function flagged(text: string, format: DocumentFormat = 'markdown'): string[] {
  return analyze(text, { format, spelling: testDictionary() })
    .findings.filter((f) => f.ruleId === 'unfilled-placeholder' || f.ruleId === 'spelling')
    .map((f) => `${f.ruleId}: ${text.slice(f.offset, f.offset + f.length)}`);
}

const BODY = 'I rebuilt the invoice matching service at Larkspur, and it now clears 40,000 invoices a week.';

describe('unfilled-placeholder: contact details', function () {
  for (const format of ['markdown', 'plaintext'] as const) {
    it(`finds an e-mail slot ending a line or standing alone in a header (${format})`, function () {
      const text = `Jane Doe\nEmail: name@example.com\nyour.name@gmail.com\nPhone: (xxx) xxx-xxxx\n\nDear Ms. Okafor,\n\n${BODY}\n\nBest regards,\nJane Doe\n`;
      assert.deepEqual(flagged(text, format), [
        'unfilled-placeholder: name@example.com',
        'unfilled-placeholder: your.name@gmail.com',
        'unfilled-placeholder: (xxx) xxx-xxxx',
      ]);
    });
  }

  it('leaves real numbers and addresses alone, and those in code, link targets and the front matter', function () {
    const text = [
      '---',
      'company: Larkspur',
      'note: name@example.com',
      '---',
      '',
      'Jane Doe · jane.doe@protonmail.com · (415) 867-2301 · [e-mail me](mailto:name@example.com)',
      '',
      'Dear Ms. Okafor,',
      '',
      `${BODY} My test fixtures use \`name@example.com\`, and the redaction job writes numbers as xxx-xxx-xxxx.`,
      '',
      'Best regards,',
      'Jane Doe',
      '',
    ].join('\n');
    assert.deepEqual(flagged(text), []);
  });

  it('takes a date format for a slot only alone on its line', function () {
    assert.deepEqual(flagged(`Date: YYYY-MM-DD\n\nDear Ms. Okafor,\n\n${BODY}\n\nBest regards,\nJane Doe\n`), ['unfilled-placeholder: YYYY-MM-DD']);
    assert.deepEqual(flagged(`Dear Ms. Okafor,\n\n${BODY} I normalised every date to YYYY-MM-DD.\n\nBest regards,\nJane Doe\n`), []);
  });
});

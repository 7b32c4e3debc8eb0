import * as assert from 'node:assert/strict';
import type { CliDiagnostic, FileReport } from '../../server/src/cli/checkFile';
import { formatJson, formatText } from '../../server/src/cli/formatReport';
import type { Severity } from '../../server/src/engine';
import { SAMPLE_STATS } from '../helpers/sampleStats';

function diagnostic(severity: Severity, line: number, character: number, code = 'some-rule'): CliDiagnostic {
  return {
    code,
    severity,
    message: `A ${severity}`,
    range: { start: { line, character }, end: { line, character: character + 3 } },
    fixes: [],
  };
}

function report(path: string, diagnostics: CliDiagnostic[]): FileReport {
  return { path, stats: SAMPLE_STATS, diagnostics };
}

describe('CLI report formats', function () {
  it('prints one 1-based line per finding, then a summary by severity', function () {
    const text = formatText([
      report('letters/acme.md', [diagnostic('error', 0, 0, 'rule-a'), diagnostic('warning', 2, 4, 'rule-b')]),
      report('b.txt', [diagnostic('warning', 9, 0), diagnostic('information', 1, 1), diagnostic('hint', 1, 2), diagnostic('hint', 1, 3)]),
    ]);
    assert.equal(
      text,
      [
        'letters/acme.md:1:1: error rule-a A error',
        'letters/acme.md:3:5: warning rule-b A warning',
        'b.txt:10:1: warning some-rule A warning',
        'b.txt:2:2: information some-rule A information',
        'b.txt:2:3: hint some-rule A hint',
        'b.txt:2:4: hint some-rule A hint',
        '6 problems (1 error, 2 warnings, 1 information, 2 hints) in 2 files',
        '',
      ].join('\n'),
    );
  });

  it('uses singulars and reports a clean run', function () {
    assert.equal(
      formatText([report('a.md', [diagnostic('warning', 0, 0)])])
        .split('\n')
        .at(-2),
      '1 problem (1 warning) in 1 file',
    );
    assert.equal(formatText([report('a.md', []), report('b.md', [])]), '0 problems in 2 files\n');
  });

  it('keeps a multi-line message on its finding line', function () {
    const d = { ...diagnostic('hint', 0, 0), message: 'First line.\nSecond line.' };
    assert.equal(formatText([report('a.md', [d])]).split('\n')[0], 'a.md:1:1: hint some-rule First line. Second line.');
  });

  it('wraps reports in a versioned JSON document', function () {
    const reports = [report('a.md', [diagnostic('warning', 0, 0)])];
    assert.deepEqual(JSON.parse(formatJson(reports)), { version: 1, files: reports });
  });
});

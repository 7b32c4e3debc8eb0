/** setFrontMatterKey (shared/src/lengthTarget.ts), and the job paths Use Job Description writes with it. */
import * as assert from 'node:assert/strict';
import { analyze, readFrontMatter } from '../../server/src/engine';
import { relativeJobPath, yamlPathValue } from '../../shared/src/jobDescription';
import { setFrontMatterKey } from '../../shared/src/lengthTarget';
import { applyEdits } from '../helpers/applyEdits';

function withKey(text: string, key: string, value: string, aliases: string[] = []): string {
  return applyEdits(text, [setFrontMatterKey(text, key, value, aliases)]);
}

/** The engine reads `job:` back as `expected`, with no front-matter problem. */
function assertJobReads(text: string, expected: string): void {
  assert.equal(readFrontMatter(text)?.options.job, expected);
  assert.deepEqual(
    analyze(text).findings.filter((f) => f.ruleId === 'invalid-front-matter'),
    [],
  );
}

describe('setFrontMatterKey', () => {
  it('adds a block with the key to a letter without front matter, after a byte order mark', () => {
    assert.equal(withKey('Dear Priya,\n', 'job', './job.md'), '---\njob: ./job.md\n---\n\nDear Priya,\n');
    assert.equal(withKey('\uFEFFDear Priya,\r\n', 'job', './job.md'), '\uFEFF---\r\njob: ./job.md\r\n---\r\n\r\nDear Priya,\r\n');
    assert.equal(withKey('', 'job', './job.md'), '---\njob: ./job.md\n---\n');
  });

  it('adds the key at the end of a block that lacks it', () => {
    const text = '---\ncompany: Northwind\ntarget: 250\n---\n\nDear Priya,\n';
    const edit = setFrontMatterKey(text, 'job', './job.md');
    assert.deepEqual(edit, { offset: text.indexOf('---\n\nDear'), length: 0, newText: 'job: ./job.md\n' });
    assertJobReads(applyEdits(text, [edit]), './job.md');
  });

  it('changes only the value of an existing key, keeping spacing and comment', () => {
    const text = '---\njob:   ./old.md   # the Acme posting\ntarget: 250\n---\n';
    const edit = setFrontMatterKey(text, 'job', '../jobs/acme.md');
    assert.deepEqual(edit, { offset: text.indexOf('./old.md'), length: './old.md'.length, newText: '../jobs/acme.md' });
    assert.equal(applyEdits(text, [edit]), '---\njob:   ../jobs/acme.md   # the Acme posting\ntarget: 250\n---\n');
  });

  it('replaces a quoted value whole, even with a # inside', () => {
    const text = '---\njob: "jobs/a #1.md" # first\n---\n';
    const result = withKey(text, 'job', './job.md');
    assert.equal(result, '---\njob: ./job.md # first\n---\n');
    assertJobReads(result, './job.md');
    assert.equal(withKey("---\njob: 'it''s.md'\n---\n", 'job', './job.md'), '---\njob: ./job.md\n---\n');
  });

  it('fills a key with no value yet, apart from its comment', () => {
    assert.equal(withKey('---\njob:\n---\n', 'job', './job.md'), '---\njob: ./job.md\n---\n');
    assert.equal(withKey('---\njob: # later\n---\n', 'job', './job.md'), '---\njob: ./job.md # later\n---\n');
  });

  it('replaces a value written on indented lines below the key', () => {
    const text = '---\njob:\n  path: ./old.md\n  notes: x\ntarget: 250\n---\nDear Priya,\n';
    const result = withKey(text, 'job', './job.md');
    assert.equal(result, '---\njob: ./job.md\ntarget: 250\n---\nDear Priya,\n');
    assertJobReads(result, './job.md');
  });

  it('leaves the same key nested under another one alone', () => {
    assert.equal(withKey('---\nmeta:\n  job: x\n---\n', 'job', './job.md'), '---\nmeta:\n  job: x\njob: ./job.md\n---\n');
  });

  it('turns an alias line into the key, keeping its comment, unless the key itself is there', () => {
    assert.equal(withKey('---\nlength: senior # long\n---\n', 'target', '300', ['length']), '---\ntarget: 300 # long\n---\n');
    assert.equal(withKey('---\nlength: senior\ntarget: 1\n---\n', 'target', '300', ['length']), '---\nlength: senior\ntarget: 300\n---\n');
  });

  it('matches the key exactly, never as a prefix or a pattern', () => {
    assert.equal(withKey('---\njobs: 3\n---\n', 'job', 'x'), '---\njobs: 3\njob: x\n---\n');
    assert.equal(withKey('---\njxb: 3\n---\n', 'j.b', 'x'), '---\njxb: 3\nj.b: x\n---\n');
  });

  it('keeps CRLF line endings', () => {
    assert.equal(withKey('---\r\ncompany: N\r\n---\r\n', 'job', './job.md'), '---\r\ncompany: N\r\njob: ./job.md\r\n---\r\n');
    assert.equal(withKey('---\r\njob:\r\n  a: 1\r\n---\r\n', 'job', './job.md'), '---\r\njob: ./job.md\r\n---\r\n');
  });
});

describe('job description paths in front matter', () => {
  it('names the description relative to the letter', () => {
    assert.equal(relativeJobPath('/home/ana/letters/acme.md', '/home/ana/letters/job.md'), './job.md');
    assert.equal(relativeJobPath('/home/ana/letters/acme.md', '/home/ana/letters/jobs/acme.md'), './jobs/acme.md');
    assert.equal(relativeJobPath('/home/ana/letters/acme.md', '/home/ana/jobs/acme.md'), '../jobs/acme.md');
    assert.equal(relativeJobPath('/home/ana/letters/acme/x.md', '/srv/job.md'), '../../../../srv/job.md');
    assert.equal(relativeJobPath('/c:/letters/acme.md', '/d:/jobs/acme.md'), '/d:/jobs/acme.md');
  });

  it('writes plain YAML when it reads back the same, quotes otherwise', () => {
    for (const [path, written] of [
      ['./job.md', './job.md'],
      ['../jobs/acme-2024.md', '../jobs/acme-2024.md'],
      ['./Job Ad.md', '"./Job Ad.md"'],
      ['./a #1.md', '"./a #1.md"'],
      ['C:\\jobs\\acme.md', '"C:\\\\jobs\\\\acme.md"'],
      ['true', '"true"'],
      ['1.5', '"1.5"'],
    ] as const) {
      assert.equal(yamlPathValue(path), written, path);
      assertJobReads(withKey('Dear Priya,\n', 'job', yamlPathValue(path)), path);
    }
  });
});

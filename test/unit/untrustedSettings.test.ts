/** Workspace settings that choose files to read or match are restricted in an untrusted workspace (issue 18). */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';

describe('untrusted workspaces', function () {
  it('lists coverLetter.files and coverLetter.jobDescription under restrictedConfigurations', function () {
    const manifest = JSON.parse(fs.readFileSync(path.join(__dirname, '../../../package.json'), 'utf8')) as {
      capabilities: { untrustedWorkspaces: { supported: unknown; restrictedConfigurations?: string[] } };
    };
    const untrusted = manifest.capabilities.untrustedWorkspaces;
    assert.equal(untrusted.supported, 'limited');
    assert.deepEqual([...(untrusted.restrictedConfigurations ?? [])].sort(), ['coverLetter.files', 'coverLetter.jobDescription']);
  });
});

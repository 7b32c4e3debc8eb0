/** Settings that could flood or stall the server are bounded (issue 18). */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { REPO_ROOT } from '../helpers/paths';
import { MAX_DEBOUNCE_MS, validateSettings } from '../../server/src/server/settingsValidation';

describe('bounded settings', function () {
  it('reports 5,000 unknown rule ids in one message', function () {
    const rules: Record<string, string> = { hedging: 'off' };
    for (let i = 0; i < 5000; i++) rules[`made-up-${i}`] = 'off';
    const { settings, warnings } = validateSettings({ rules });
    assert.deepEqual(settings.rules, { hedging: 'off' });
    assert.deepEqual(warnings, ['coverLetter.rules: 5,000 unknown rule ids: "made-up-0", "made-up-1", "made-up-2" and 4,997 more; ignoring them.']);
  });

  it('names a few unknown rule ids all', function () {
    const { warnings } = validateSettings({ rules: { a: 'off', b: 'off' } });
    assert.deepEqual(warnings, ['coverLetter.rules: 2 unknown rule ids: "a" and "b"; ignoring them.']);
  });

  it('clamps debounceMs to 10,000 ms, saying so', function () {
    assert.equal(MAX_DEBOUNCE_MS, 10_000);
    const { settings, warnings } = validateSettings({ debounceMs: 3_600_000 });
    assert.equal(settings.debounceMs, 10_000);
    assert.deepEqual(warnings, ['coverLetter.debounceMs: 3600000 is more than 10000 milliseconds; using 10000.']);
    assert.deepEqual(validateSettings({ debounceMs: 10_000 }).warnings, []);
    assert.equal(validateSettings({ debounceMs: 10_000 }).settings.debounceMs, 10_000);
    // The settings editor says so before the server has to.
    const manifest = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')) as {
      contributes: { configuration: { properties: Record<string, { maximum?: number }> } };
    };
    assert.equal(manifest.contributes.configuration.properties['coverLetter.debounceMs']?.maximum, MAX_DEBOUNCE_MS);
  });
});

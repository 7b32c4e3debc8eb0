import * as assert from 'node:assert/strict';
import { DEFAULT_SETTINGS } from '../../shared/src/settings';
import { validateSettings } from '../../server/src/server/settingsValidation';

describe('settings validation', function () {
  it('uses the defaults, silently, when the client sends nothing', function () {
    for (const raw of [undefined, null, {}]) {
      assert.deepEqual(validateSettings(raw), { settings: DEFAULT_SETTINGS, warnings: [] });
    }
  });

  it('accepts well-formed values', function () {
    const raw = {
      files: ['**/*.letter.md'],
      rules: {},
      lengthTarget: 300,
      industry: 'tech',
      debounceMs: 0,
      words: ['Kubeflow'],
      jobDescription: 'jobs/acme.md',
      maxDocumentLength: 5000,
    };
    assert.deepEqual(validateSettings(raw), { settings: raw, warnings: [] });
  });

  it('replaces each malformed value by its default and names its key', function () {
    const { settings, warnings } = validateSettings({
      files: ['ok/**', 7],
      rules: ['generic-opener'],
      lengthTarget: -1,
      industry: 'mining',
      debounceMs: 'soon',
      words: ['ok', ''],
      jobDescription: 42,
      maxDocumentLength: 999,
    });
    assert.deepEqual(settings, DEFAULT_SETTINGS);
    for (const key of ['files', 'rules', 'lengthTarget', 'industry', 'debounceMs', 'words', 'jobDescription', 'maxDocumentLength']) {
      assert.equal(warnings.filter((w) => w.startsWith(`coverLetter.${key}:`)).length, 1, `one warning for ${key}: ${warnings.join(' | ')}`);
    }
  });

  it('keeps good values next to bad ones', function () {
    const { settings, warnings } = validateSettings({ lengthTarget: 2.5, industry: 'retail' });
    assert.equal(settings.lengthTarget, DEFAULT_SETTINGS.lengthTarget);
    assert.equal(settings.industry, 'retail');
    assert.equal(warnings.length, 1);
    assert.match(warnings[0]!, /^coverLetter\.lengthTarget: expected a positive whole number of words, got 2\.5; using the default 250\.$/);
  });

  it('takes a maxDocumentLength of 1000 or more, and trims the job description path', function () {
    const { settings, warnings } = validateSettings({ maxDocumentLength: 1000, jobDescription: '  jobs/acme.md ' });
    assert.deepEqual([settings.maxDocumentLength, settings.jobDescription, warnings], [1000, 'jobs/acme.md', []]);
    assert.match(
      validateSettings({ maxDocumentLength: 12.5 }).warnings[0]!,
      /^coverLetter\.maxDocumentLength: expected a whole number of characters, 1000 or more, got 12\.5; using the default 200000\.$/,
    );
  });

  it('rejects a section that is not an object', function () {
    const { settings, warnings } = validateSettings('everything');
    assert.deepEqual(settings, DEFAULT_SETTINGS);
    assert.match(warnings[0]!, /^coverLetter: expected an object/);
  });

  it('drops rule overrides for unknown rules', function () {
    const { settings, warnings } = validateSettings({ rules: { 'no-such-rule': 'off' } });
    assert.deepEqual(settings.rules, {});
    assert.match(warnings[0]!, /^coverLetter\.rules\.no-such-rule: there is no rule/);
  });

  it('returns copies, so callers cannot change the defaults', function () {
    validateSettings(undefined).settings.files.push('mutated');
    assert.ok(!DEFAULT_SETTINGS.files.includes('mutated'));
  });
});

/** The word-count status bar's text, colour level and tooltip (client/src/statusBarText.ts). */
import * as assert from 'node:assert/strict';
import { jobMatch, statusLabel, statusLevel, statusText, statusTooltip } from '../../client/src/statusBarText';
import type { LetterStatistics } from '../../shared/src/protocol';

const STATS: LetterStatistics = {
  uri: 'file:///letters/acme.md',
  version: 3,
  words: 212,
  target: 250,
  targetSource: 'front matter',
  sentences: 14,
  paragraphs: 4,
  averageSentenceLength: 15.142857,
  readingTimeMinutes: 1,
  readabilityGrade: 9.25,
  industry: 'tech',
};

describe('word-count status bar text', function () {
  it('shows words against the target, and the selection when there is one', function () {
    assert.equal(statusText(STATS), '$(pencil) 212 / 250 words');
    assert.equal(statusText(STATS, 35), '$(pencil) 212 / 250 words (35 selected)');
    assert.equal(statusLabel(STATS, 35), '212 of 250 words, 35 selected');
  });

  it('warns above the target and errs above 1.2 × the target', function () {
    assert.equal(statusLevel(250, 250), 'ok');
    assert.equal(statusLevel(251, 250), 'warning');
    assert.equal(statusLevel(300, 250), 'warning');
    assert.equal(statusLevel(301, 250), 'error');
  });

  it('puts the other statistics and where the target came from in the tooltip', function () {
    const tooltip = statusTooltip(STATS);
    for (const expected of [
      '**212 / 250 words** · 38 words under the target',
      'Sentences: 14',
      'Paragraphs: 4',
      'Average sentence: 15.1 words',
      'Reading time: about 1 minute',
      'Readability: grade 9.3 (Flesch–Kincaid)',
      "Target: 250 words, set in the letter's front matter",
      'Industry: tech',
    ]) {
      assert.ok(tooltip.includes(expected), `${expected}\nin\n${tooltip}`);
    }
    assert.ok(!tooltip.includes('Selection'));
    assert.ok(statusTooltip(STATS, 1).includes('Selection: 1 word\n'));
    assert.ok(statusTooltip({ ...STATS, words: 260, targetSource: 'setting' }).includes('10 words over the target'));
    assert.ok(statusTooltip({ ...STATS, targetSource: 'setting' }).includes('from the `coverLetter.lengthTarget` setting'));
    assert.ok(statusTooltip({ ...STATS, targetSource: 'default' }).includes('Target: 250 words, the default'));
  });

  it('says where the industry comes from, and how the letter matches its job description', function () {
    assert.ok(!statusTooltip(STATS).includes('Job match'), 'no job description, no match');
    const tooltip = statusTooltip({
      ...STATS,
      industrySource: 'detected',
      job: { match: 68, matched: ['PyTorch'], missing: ['Feast', 'drift monitoring', 'p99', 'A/B tests', 'Triton', 'feature_store'] },
    });
    assert.ok(tooltip.includes('Industry: tech, detected from the letter and its job description  \n'), tooltip);
    assert.ok(tooltip.includes('Job match: 68% · missing: Feast, drift monitoring, p99, A/B tests, Triton and 1 more'), tooltip);
    assert.ok(statusTooltip({ ...STATS, industrySource: 'front matter' }).includes("Industry: tech, set in the letter's front matter"));
    assert.ok(statusTooltip({ ...STATS, industrySource: 'setting' }).includes('from the `coverLetter.industry` setting'));
    assert.equal(jobMatch({ match: 100, matched: ['PyTorch'], missing: [] }), '100% · nothing missing');
    assert.equal(jobMatch({ match: 50, matched: [], missing: ['feature_store'] }), '50% · missing: feature\\_store');
  });
});

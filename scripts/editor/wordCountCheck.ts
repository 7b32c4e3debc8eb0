import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { FIXTURES, REPO_ROOT, WEAK_LETTER } from './paths';
import type { UserCheck } from './userChecks';

const WORD_COUNT = /(\d+)\s*\/\s*(\d+)\s+words/;
const TYPED = ' Four more words here.';

/** The statistics the CLI reports for the fixture: what the status bar must agree with. */
function cliWordCount(file: string): number {
  const result = spawnSync(process.execPath, [path.join(REPO_ROOT, 'dist', 'cli.js'), 'check', '--format', 'json', file], { encoding: 'utf8' });
  const report = JSON.parse(result.stdout) as { files: { stats: { words: number } }[] };
  return report.files[0]!.stats.words;
}

function wordCountItem(page: Page): Locator {
  return page.locator('.statusbar-item', { hasText: WORD_COUNT }).first();
}

/**
 * The count shown; with `expected`, first waits (up to 20 s) for the status bar to
 * show it, since typing updates the count once per pause, not once at the end.
 */
async function shownWords(page: Page, expected?: number): Promise<number> {
  const item = wordCountItem(page);
  if (expected !== undefined) {
    await item
      .filter({ hasText: new RegExp(`\\b${expected}\\s*/`) })
      .waitFor({ timeout: 20000 })
      .catch(() => undefined); // The assertion below reports what was shown instead.
  }
  const text = (await item.innerText({ timeout: 20000 })).trim();
  return Number(WORD_COUNT.exec(text)?.[1]);
}

export const wordCount: UserCheck = {
  name: 'the status bar counts the words as the CLI does, and follows typing',
  async ready(page, timeoutMs) {
    await wordCountItem(page).waitFor({ timeout: timeoutMs });
  },
  async run(page) {
    const before = await shownWords(page);
    assert.equal(before, cliWordCount(path.join(FIXTURES, WEAK_LETTER)), 'the status bar and the CLI disagree');

    await page.locator('.view-line', { hasText: 'I look forward to hearing from you.' }).click();
    await page.keyboard.press('End');
    await page.keyboard.type(TYPED);
    const expected = before + TYPED.trim().split(/\s+/).length;
    const after = await shownWords(page, expected);
    assert.equal(after, expected, `typing "${TYPED}" changed the count from ${before} to ${after}`);
    console.log(`      ${before} words, ${after} after typing`);
  },
};

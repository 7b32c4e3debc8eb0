import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { FrameLocator, Page } from 'playwright-core';
import { RESULTS_DIR, WEAK_LETTER } from './paths';
import { openQuickInput } from './quickInput';
import type { UserCheck } from './userChecks';

export const REPORT_SCREENSHOT = path.join(RESULTS_DIR, 'report.png');

const TITLE = `Report: ${WEAK_LETTER}`;
const WORDS = /(\d+) of (\d+) words/;
const STATUS_WORDS = /(\d+)\s*\/\s*(\d+)\s+words/;
const SECTIONS = ['Length', 'What a hiring manager skims for', 'The job', 'Industry', 'Findings by rule'];
const WAIT_MS = 20000;
/** The screenshot's height in pixels: the whole report of the weak letter, beside it. */
const SCREENSHOT_HEIGHT = 1600;

/** The report's page: a webview is an iframe holding another iframe with the content. */
function reportFrame(page: Page): FrameLocator {
  return page.frameLocator('iframe.webview.ready').last().frameLocator('#active-frame');
}

async function statusBarWords(page: Page): Promise<number> {
  const text = await page.locator('.statusbar-item', { hasText: STATUS_WORDS }).first().innerText({ timeout: WAIT_MS });
  return Number(STATUS_WORDS.exec(text)?.[1]);
}

/** The words the report's summary line counts, once it counts `expected` when that is given. */
async function reportWords(frame: FrameLocator, expected?: number): Promise<number> {
  const status = frame.locator('#report-status');
  if (expected !== undefined) {
    // Typing sends one keystroke at a time: wait for the count of the whole text, not of a part.
    await status
      .filter({ hasText: new RegExp(`^${expected} of \\d+ words`) })
      .waitFor({ timeout: WAIT_MS })
      .catch(() => undefined);
  }
  return Number(WORDS.exec(await status.innerText({ timeout: WAIT_MS }))?.[1]);
}

/** The editor's "(N selected)" from the status bar, or 0. */
async function selectedCharacters(page: Page): Promise<number> {
  const text = (await page.locator('[id="status.editor.selection"]').first().innerText({ timeout: WAIT_MS })).trim();
  return Number(/\((\d+) selected\)/.exec(text)?.[1] ?? 0);
}

async function openReport(page: Page): Promise<void> {
  await page.locator('.tabs-container .tab', { hasText: WEAK_LETTER }).first().click();
  const input = await openQuickInput(page, 'Control+Shift+P', WAIT_MS);
  await input.fill('>Cover Letter Coach: Show Report');
  await page.locator('.quick-input-list .monaco-list-row', { hasText: 'Show Report' }).first().waitFor({ timeout: WAIT_MS });
  await page.keyboard.press('Enter');
  await page.locator('.tabs-container .tab', { hasText: TITLE }).waitFor({ timeout: WAIT_MS });
}

/**
 * The report as a user sees it: opened from the Command Palette beside the
 * letter, its sections and figures read from inside the webview, a quote
 * clicked to select its sentence in the letter, and typing followed. Leaves a
 * screenshot in test-results/report.png.
 */
export const reportView: UserCheck = {
  name: 'Show Report opens beside the letter, agrees with the status bar, selects a quote and follows typing',
  async run(page) {
    let shot = false;
    const screenshot = async (p: Page): Promise<void> => {
      shot = true;
      fs.mkdirSync(RESULTS_DIR, { recursive: true });
      // Tall enough for the whole report to show; then back to the size the other checks use.
      const viewport = p.viewportSize();
      await p.setViewportSize({ width: viewport?.width ?? 1280, height: SCREENSHOT_HEIGHT });
      try {
        // Two animation frames: the resize has been laid out and painted.
        await p.evaluate('new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)))');
        await p.screenshot({ path: REPORT_SCREENSHOT });
      } finally {
        if (viewport !== null) await p.setViewportSize(viewport);
      }
      console.log(`      screenshot: ${path.relative(process.cwd(), REPORT_SCREENSHOT)}`);
    };
    try {
      await openReport(page);
      const frame = reportFrame(page);
      await frame.locator('#length-heading').waitFor({ timeout: WAIT_MS });

      assert.equal((await frame.locator('h1').innerText()).trim(), TITLE);
      const headings = (await frame.locator('h2').allInnerTexts()).map((text) => text.trim());
      assert.deepEqual(headings, SECTIONS);
      assert.equal(await frame.locator('meter#length-meter').count(), 1, 'no word-count meter');
      assert.equal(await frame.locator('#skim li[data-check]').count(), 4, 'not four skim checks');
      assert.ok((await frame.locator('#findings tbody tr').count()) > 0, 'no findings listed for the weak letter');

      const words = await reportWords(frame);
      assert.equal(words, await statusBarWords(page), 'the report and the status bar count differently');

      const quote = frame.locator('button.quote').first();
      const quoted = (await quote.innerText()).trim().replace(/^“|”$/g, '');
      await quote.click();
      await page.locator('[id="status.editor.selection"]', { hasText: 'selected' }).first().waitFor({ timeout: WAIT_MS });
      assert.equal(await selectedCharacters(page), quoted.length, `selecting “${quoted}”`);
      await screenshot(page);

      // At the start of the line: its end may be a wrap point, not the end of the text.
      await page.locator('.view-line', { hasText: 'I look forward to hearing from you.' }).first().click();
      await page.keyboard.press('Home');
      await page.keyboard.type('Two words. ');
      const after = await reportWords(frame, words + 2);
      assert.equal(after, words + 2, `typing two words took the report from ${words} to ${after}`);
      console.log(`      ${headings.length} sections, ${words} words then ${after}, quote of ${quoted.length} characters selected`);
    } catch (error) {
      // The page as it was when the check failed.
      if (!shot) await screenshot(page).catch(() => undefined);
      throw error;
    }
  },
};

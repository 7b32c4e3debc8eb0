import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Page } from 'playwright-core';
import { launchChromium } from './browser';
import { createProfile, installExtension, type RunningCodeServer, startCodeServer } from './codeServer';
import { RESULTS_DIR, WEAK_LETTER } from './paths';
import { reportError, type Tally, tail } from './report';
import { reportView } from './reportCheck';
import { problemsCount, squiggles, type UserCheck } from './userChecks';
import { wordCount } from './wordCountCheck';
import { copyFixtures } from './workspace';
import { openQuickInput } from './quickInput';

export const SCREENSHOT = path.join(RESULTS_DIR, 'editor-letter.png');
/** How long the screenshot waits for each check's item to appear. */
const READY_TIMEOUT_MS = 30000;

/** Run in this order on the page (word count and report last: they type into the letter). */
const CHECKS: UserCheck[] = [squiggles, problemsCount, wordCount, reportView];

/** Opens a file the way a user does: Ctrl+P, its name, Enter. */
async function quickOpen(page: Page, name: string, timeoutMs: number): Promise<void> {
  await page.locator('.monaco-workbench .part.editor').waitFor({ timeout: timeoutMs });
  const input = await openQuickInput(page, 'Control+P', timeoutMs);
  await input.fill(name);
  await page.locator('.quick-input-list .monaco-list-row', { hasText: name }).first().waitFor({ timeout: timeoutMs });
  await page.keyboard.press('Enter');
  await page.locator('.tabs-container .tab.active', { hasText: name }).waitFor({ timeout: timeoutMs });
}

/**
 * Phase 2, the user's-eye check: the packaged .vsix installed into a clean
 * code-server, the weak letter opened from the browser, and what the page
 * shows read back, with a screenshot kept in test-results/.
 */
export async function runUsersEyeCheck(scratch: string, vsix: string, timeoutMs: number): Promise<Tally> {
  const profile = createProfile(path.join(scratch, 'user-profile'));
  const workspace = copyFixtures(path.join(scratch, 'user-workspace'));
  let server: RunningCodeServer | undefined;
  const browser = await launchChromium();
  const tally: Tally = { passed: 0, failed: 0 };
  try {
    installExtension(profile, vsix);
    server = await startCodeServer({ profile, workspace });
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(`${server.origin}/?folder=${encodeURIComponent(workspace)}`);
    await quickOpen(page, WEAK_LETTER, timeoutMs);
    await page.locator('.squiggly-warning, .squiggly-error').first().waitFor({ state: 'attached', timeout: timeoutMs });
    await page.locator('[id="status.problems"]').first().waitFor({ timeout: timeoutMs });
    // A check whose item never shows fails below, with its own message.
    await Promise.all(CHECKS.map((check) => (check.ready?.(page, READY_TIMEOUT_MS) ?? Promise.resolve()).catch(() => undefined)));
    fs.mkdirSync(RESULTS_DIR, { recursive: true });
    await page.screenshot({ path: SCREENSHOT });
    console.log(`  screenshot: ${path.relative(process.cwd(), SCREENSHOT)}`);

    for (const check of CHECKS) {
      try {
        await check.run(page);
        console.log(`    ✔ ${check.name}`);
        tally.passed += 1;
      } catch (error) {
        console.log(`    ✘ ${check.name}\n      ${(error as Error).message}`);
        tally.failed += 1;
      }
    }
    return tally;
  } catch (error) {
    const failure = reportError('the packaged extension could not be checked in the browser', error, [
      `code-server output:\n${tail(server?.output() ?? '(not started)')}`,
    ]);
    return { passed: tally.passed, failed: tally.failed + failure.failed };
  } finally {
    await browser.close();
    await server?.stop();
  }
}

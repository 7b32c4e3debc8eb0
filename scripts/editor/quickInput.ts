/**
 * Opens VS Code's quick input (Quick Open, the Command Palette) the way a user
 * does, by its shortcut. A key press can land while the workbench is busy (a
 * tab's hover, a focus change after typing) and be lost, as a user's sometimes
 * is; the user then presses again, and so does this: up to `ATTEMPTS` presses,
 * each waiting for the input to appear.
 */
import type { Locator, Page } from 'playwright-core';

const ATTEMPTS = 4;

export async function openQuickInput(page: Page, shortcut: string, timeoutMs: number): Promise<Locator> {
  const input = page.locator('.quick-input-widget input');
  const perAttempt = Math.max(1000, Math.floor(timeoutMs / ATTEMPTS));
  for (let attempt = 1; ; attempt++) {
    await page.keyboard.press(shortcut);
    try {
      await input.waitFor({ state: 'visible', timeout: perAttempt });
      return input;
    } catch (error) {
      if (attempt >= ATTEMPTS) throw error;
    }
  }
}

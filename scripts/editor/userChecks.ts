import * as assert from 'node:assert/strict';
import type { Page } from 'playwright-core';

/** One thing a user would see, read from the page with the weak letter open. */
export interface UserCheck {
  name: string;
  /** Waits until what the check reads is on the page, so the screenshot shows it too. */
  ready?(page: Page, timeoutMs: number): Promise<void>;
  run(page: Page): Promise<void>;
}

const SQUIGGLES = '.squiggly-warning, .squiggly-error';

export const squiggles: UserCheck = {
  name: 'the weak letter shows squiggles',
  async run(page) {
    const count = await page.locator(SQUIGGLES).count();
    assert.ok(count > 0, 'no .squiggly-warning or .squiggly-error in the editor');
    console.log(`      ${count} squiggles`);
  },
};

/** The status bar's Problems item: "Errors: 1, Warnings: 5" in its accessible label. */
export async function problemCounts(page: Page): Promise<{ errors: number; warnings: number; label: string }> {
  const label = (await page.locator('[id="status.problems"]').first().getAttribute('aria-label')) ?? '';
  const count = (kind: string): number => Number(new RegExp(`${kind}:\\s*(\\d+)`, 'i').exec(label)?.[1] ?? 0);
  return { errors: count('errors'), warnings: count('warnings'), label };
}

export const problemsCount: UserCheck = {
  name: 'the status bar counts the problems',
  async run(page) {
    const { errors, warnings, label } = await problemCounts(page);
    assert.ok(warnings > 0, `the Problems item says "${label}"`);
    console.log(`      Problems: ${errors} errors, ${warnings} warnings`);
  },
};

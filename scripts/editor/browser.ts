import { type Browser, chromium } from 'playwright-core';
import { CHROMIUM } from './paths';

/**
 * Debian's Chromium, headless, with the flags that keep it from reaching for
 * the network (these machines reach only the package registries).
 */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

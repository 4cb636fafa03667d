import { test as base, expect, type Page } from '@playwright/test';
import { assertChromium } from './chromium';
import { DeskPage } from '../pages/desk-page';

assertChromium();

/**
 * Each test gets its own browser context (so its own IndexedDB: no shared data), a clock that
 * stands still until the test moves it, and the desk page model. Normal use logs nothing: a
 * console error or warning, or an uncaught page error, fails the test that caused it.
 */
export const test = base.extend<{ desk: DeskPage; startAt: (iso: string) => Promise<void> }>({
  page: async ({ page }, use) => {
    const logged: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warning') logged.push(`console.${message.type()}: ${message.text()}`);
    });
    page.on('pageerror', (error) => logged.push(`page error: ${error.message}`));
    await use(page);
    base.expect(logged, 'the page logged errors or warnings').toEqual([]);
  },
  startAt: async ({ page }, use) => {
    await use(async (iso: string) => {
      // Installed a minute early: on a busy machine more than a second can pass before the pause,
      // and a clock cannot be paused at a moment already behind it.
      await page.clock.install({ time: new Date(new Date(iso).getTime() - 60_000) });
      await page.clock.pauseAt(new Date(iso));
    });
  },
  desk: async ({ page }, use) => {
    await use(new DeskPage(page));
  },
});

export { expect };
export type { Page };

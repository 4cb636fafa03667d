import { test as base, expect, type Page } from '@playwright/test';
import { assertChromium } from './chromium';
import { DeskPage } from '../pages/desk-page';

assertChromium();

/**
 * Each test gets its own browser context (so its own IndexedDB: no shared data), a clock that
 * stands still until the test moves it, and the desk page model. A test fails when the page
 * logged an error to the console or threw one.
 */
export const test = base.extend<{ desk: DeskPage; startAt: (iso: string) => Promise<void> }>({
  page: async ({ page }, use) => {
    const errors: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    page.on('pageerror', (error) => errors.push(error.message));
    await use(page);
    expect(errors, 'errors in the console').toEqual([]);
  },
  startAt: async ({ page }, use) => {
    await use(async (iso: string) => {
      await page.clock.install({ time: new Date(new Date(iso).getTime() - 1000) });
      await page.clock.pauseAt(new Date(iso));
    });
  },
  desk: async ({ page }, use) => {
    await use(new DeskPage(page));
  },
});

export { expect };
export type { Page };

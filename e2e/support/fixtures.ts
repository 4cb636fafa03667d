import { test as base, type Page } from '@playwright/test';
import { assertChromium } from './chromium';
import { DeskPage } from '../pages/desk-page';

assertChromium();

/**
 * Each test gets its own browser context (so its own IndexedDB: no shared data), a clock that
 * stands still until the test moves it, and the desk page model.
 */
export const test = base.extend<{ desk: DeskPage; startAt: (iso: string) => Promise<void> }>({
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

export { expect } from '@playwright/test';
export type { Page };

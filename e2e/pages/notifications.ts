import type { Page } from '@playwright/test';

interface Shown {
  readonly title: string;
  readonly body: string;
}

/**
 * The desktop notifications the web target raises, observed at the browser's `Notification`: a
 * stand-in (permission granted) records each one in the page, and survives reloads.
 */
export class Notifications {
  constructor(readonly page: Page) {}

  /** Call before the page opens. */
  async observe(): Promise<void> {
    await this.page.addInitScript(() => {
      const shown: { title: string; body: string }[] = [];
      class RecordedNotification {
        static readonly permission = 'granted';
        static requestPermission(): Promise<string> {
          return Promise.resolve('granted');
        }
        constructor(title: string, options?: { body?: string }) {
          shown.push({ title, body: options?.body ?? '' });
        }
      }
      Object.defineProperty(globalThis, 'Notification', { value: RecordedNotification, configurable: true });
      Object.defineProperty(globalThis, '__klokNotifications', { value: shown });
    });
  }

  /** Every notification raised since the page (last) loaded. */
  async shown(): Promise<Shown[]> {
    return this.page.evaluate(() => (globalThis as unknown as { __klokNotifications: Shown[] }).__klokNotifications);
  }
}

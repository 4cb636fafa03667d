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
      const instances: { onclick: (() => void) | null }[] = [];
      class RecordedNotification {
        static readonly permission = 'granted';
        static requestPermission(): Promise<string> {
          return Promise.resolve('granted');
        }
        onclick: (() => void) | null = null;
        constructor(title: string, options?: { body?: string }) {
          shown.push({ title, body: options?.body ?? '' });
          instances.push(this);
        }
      }
      Object.defineProperty(globalThis, 'Notification', { value: RecordedNotification, configurable: true });
      // The Permissions API says the same as the stand-in (the desk asks it, not Notification.permission).
      const query = navigator.permissions.query.bind(navigator.permissions);
      navigator.permissions.query = (descriptor) =>
        descriptor.name === 'notifications' ? Promise.resolve({ state: 'granted' } as PermissionStatus) : query(descriptor);
      Object.defineProperty(globalThis, '__klokNotifications', { value: shown });
      Object.defineProperty(globalThis, '__klokNotificationInstances', { value: instances });
    });
  }

  /** Clicks the notification raised `index`-th since the page (last) loaded, as the user would on the desktop. */
  async click(index: number): Promise<void> {
    await this.page.evaluate((i) => {
      const instances = (globalThis as unknown as { __klokNotificationInstances: { onclick: (() => void) | null }[] }).__klokNotificationInstances;
      instances[i]?.onclick?.();
    }, index);
  }

  /** Every notification raised since the page (last) loaded. */
  async shown(): Promise<Shown[]> {
    return this.page.evaluate(() => (globalThis as unknown as { __klokNotifications: Shown[] }).__klokNotifications);
  }
}

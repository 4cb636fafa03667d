import { expect, type Locator, type Page } from '@playwright/test';

/** The Team sync dialog and the header's sync state. */
export class SyncDialog {
  constructor(readonly page: Page) {}

  get root(): Locator {
    return this.page.getByRole('dialog', { name: 'Team sync' });
  }

  /** The header's button: "Team sync" while the desk is not shared, "Team sync: <state>" once it is. */
  get headerButton(): Locator {
    return this.page.getByRole('banner').getByRole('button', { name: /^Team sync/ });
  }

  async open(): Promise<void> {
    await this.headerButton.click();
    await expect(this.root).toBeVisible();
  }

  async join(serverUrl: string, code: string, name: string): Promise<void> {
    await this.open();
    const form = this.root.getByRole('form', { name: 'Join a shared desk' });
    await form.getByLabel('Server address').fill(serverUrl);
    await form.getByLabel('Enrolment code').fill(code);
    await form.getByLabel('Name of this workstation').fill(name);
    await form.getByRole('button', { name: 'Join desk' }).click();
    await expect(this.root.getByRole('region', { name: 'Shared desk' })).toBeVisible();
    await this.close();
  }

  async close(): Promise<void> {
    await this.root.getByRole('button', { name: 'Close' }).click();
  }
}

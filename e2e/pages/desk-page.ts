import { expect, type Locator, type Page } from '@playwright/test';

/** The Klok window as a user sees it; every locator is a role and an accessible name. */
export class DeskPage {
  constructor(readonly page: Page) {}

  async open(): Promise<void> {
    await this.page.goto('/');
    await this.waitUntilReady();
  }

  async reload(): Promise<void> {
    await this.page.reload();
    await this.waitUntilReady();
  }

  async waitUntilReady(): Promise<void> {
    await expect(this.page.locator('[data-app-state="ready"]')).toBeVisible();
  }

  get queue(): Locator {
    return this.page.getByRole('grid', { name: 'Ticket queue' });
  }

  row(number: string): Locator {
    return this.queue.getByRole('row', { name: new RegExp(`^${number} `) });
  }

  get detail(): Locator {
    return this.page.getByRole('complementary', { name: 'Ticket details' });
  }

  timer(name: string): Locator {
    return this.detail.getByRole('article', { name });
  }

  get alert(): Locator {
    return this.page.getByRole('alert');
  }

  async loadDemoDesk(): Promise<void> {
    await this.page.getByRole('button', { name: 'Load demo desk' }).click();
    await expect(this.queue.getByRole('row').nth(1)).toBeVisible();
  }

  async addCustomer(name: string, preset: string, plan: string): Promise<void> {
    await this.page.getByRole('button', { name: 'Customers' }).click();
    const dialog = this.page.getByRole('dialog', { name: 'Customers and contracts' });
    await dialog.getByLabel('Customer name').fill(name);
    await dialog.getByLabel('SLA preset').selectOption({ label: preset });
    await dialog.getByLabel('Plan').selectOption({ label: plan });
    await dialog.getByRole('button', { name: 'Add customer' }).click();
    await expect(dialog).toBeHidden();
  }

  async registerTicket(fields: { title: string; type?: string; priority?: string; channel?: string; environment?: string }): Promise<void> {
    await this.page.getByRole('button', { name: 'New ticket' }).click();
    const dialog = this.page.getByRole('dialog', { name: 'Register a ticket' });
    await dialog.getByLabel('Title').fill(fields.title);
    if (fields.type) await dialog.getByLabel('Type').selectOption({ label: fields.type });
    if (fields.environment) await dialog.getByLabel('Environment').selectOption({ label: fields.environment });
    if (fields.channel) await dialog.getByLabel('Channel').selectOption({ label: fields.channel });
    if (fields.priority) await dialog.getByLabel('Priority').selectOption({ label: fields.priority });
    await dialog.getByRole('button', { name: 'Register' }).click();
    await expect(dialog).toBeHidden();
  }

  async changeStatus(label: string): Promise<void> {
    await this.detail.getByLabel('Change status to').selectOption({ label });
    await this.detail.getByRole('button', { name: 'Apply' }).click();
  }

  async importDeskFile(name: string, content: string): Promise<void> {
    await this.page.getByRole('button', { name: 'Desk data' }).click();
    const dialog = this.page.getByRole('dialog', { name: 'Desk data' });
    await dialog.getByLabel('Desk file to import').setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(content) });
    await dialog.getByRole('button', { name: `Import desk… ${name}` }).click();
  }
}

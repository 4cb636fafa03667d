import { expect, type Locator, type Page } from '@playwright/test';

export interface TicketFields {
  readonly title: string;
  readonly type?: string;
  readonly priority?: string;
  readonly channel?: string;
  readonly environment?: string;
}

/** The "Register a ticket" dialog. */
export class RegisterDialog {
  readonly root: Locator;

  constructor(page: Page) {
    this.root = page.getByRole('dialog', { name: 'Register a ticket' });
  }

  get alert(): Locator {
    return this.root.getByRole('alert');
  }

  async fill(fields: Partial<TicketFields>): Promise<void> {
    if (fields.title !== undefined) await this.root.getByLabel('Title').fill(fields.title);
    if (fields.type) await this.root.getByLabel('Type').selectOption({ label: fields.type });
    if (fields.environment) await this.root.getByLabel('Environment').selectOption({ label: fields.environment });
    if (fields.channel) await this.root.getByLabel('Channel').selectOption({ label: fields.channel });
    if (fields.priority) await this.root.getByLabel('Priority').selectOption({ label: fields.priority });
  }

  get titleField(): Locator {
    return this.root.getByLabel('Title');
  }

  get priorityField(): Locator {
    return this.root.getByLabel('Priority');
  }

  /** The priority option the form shows as chosen. */
  get selectedPriority(): Locator {
    return this.priorityField.getByRole('option', { selected: true });
  }

  get typeField(): Locator {
    return this.root.getByLabel('Type');
  }

  /** Chooses the contract of a customer ("Gemeente Houten — …"). */
  async chooseCustomer(customer: string): Promise<void> {
    const field = this.root.getByLabel('Customer and contract');
    const label = await field.getByRole('option', { name: new RegExp(`^${customer} — `) }).textContent();
    await field.selectOption({ label: label ?? customer });
  }

  async cancel(): Promise<void> {
    await this.root.getByRole('button', { name: 'Cancel' }).click();
  }

  async submit(): Promise<void> {
    await this.root.getByRole('button', { name: 'Register' }).click();
  }

  async expectClosed(): Promise<void> {
    await expect(this.root).toBeHidden();
  }
}

import { expect, type Locator, type Page } from '@playwright/test';

/** The Policies view and its editor: what a desk manager shapes contracts with. */
export class PoliciesPage {
  constructor(private readonly page: Page) {}

  async open(): Promise<void> {
    await this.page.getByRole('button', { name: 'Policies', exact: true }).click();
    await expect(this.list).toBeVisible();
  }

  get list(): Locator {
    return this.page.getByRole('table', { name: 'Policies' });
  }

  row(policy: string): Locator {
    return this.list.getByRole('row').filter({ has: this.page.getByRole('rowheader', { name: policy }) });
  }

  async edit(policy: string): Promise<void> {
    await this.page.getByRole('button', { name: `Edit ${policy}` }).click();
  }

  async copy(policy: string): Promise<void> {
    await this.page.getByRole('button', { name: `Copy ${policy} as a new policy` }).click();
  }

  get editor(): Locator {
    return this.page.getByRole('form').filter({ has: this.page.getByRole('heading', { level: 3 }) });
  }

  async setHours(days: readonly string[], hours: string): Promise<void> {
    for (const day of days) await this.editor.getByLabel(day, { exact: true }).fill(hours);
  }

  async addClosureDay(date: string, name: string): Promise<void> {
    await this.editor.getByRole('button', { name: 'Add a closure day' }).click();
    const n = await this.editor.getByRole('group', { name: /^Closure day \d+$/ }).count();
    await this.editor.getByLabel(`Date of closure day ${n}`).fill(date);
    await this.editor.getByLabel(`Name of closure day ${n}`).fill(name);
  }

  /** The preview's row for a timer: [target, due with the draft, due with the version in force]. */
  previewDue(timer: string): Locator {
    return this.editor
      .getByRole('table', { name: 'Due times of a ticket registered now' })
      .getByRole('row')
      .filter({ has: this.page.getByRole('rowheader', { name: timer }) });
  }

  closingDay(date: string): Locator {
    return this.editor.getByRole('table', { name: /^Closing days in \d{4}$/ }).locator(`tr[data-date="${date}"]`);
  }

  get problems(): Locator {
    return this.editor.getByRole('alert');
  }

  /** Adopts the draft; `applyToOpen` ticks "Also apply it to the … open tickets". */
  async adopt(options: { applyToOpen?: boolean } = {}): Promise<void> {
    await this.editor.getByRole('button', { name: /^Adopt as version \d+$/ }).click();
    const confirm = this.editor.getByRole('group', { name: 'Confirm adoption' });
    if (options.applyToOpen) await confirm.getByLabel(/^Also apply it to the \d+ open tickets/).check();
    await this.editor.getByRole('button', { name: 'Adopt now' }).click();
    await expect(this.editor).toBeHidden();
  }
}

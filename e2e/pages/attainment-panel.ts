import { expect, type Locator, type Page } from '@playwright/test';

/** The team lead's SLA attainment: period controls, the table, its drill-down and resolution in practice. */
export class AttainmentPanel {
  constructor(readonly page: Page) {}

  async open(): Promise<void> {
    await this.page.getByRole('button', { name: 'Team lead' }).click();
    await expect(this.region).toBeVisible();
  }

  get region(): Locator {
    return this.page.getByRole('region', { name: 'SLA attainment' });
  }

  table(grouping: string, period: string): Locator {
    return this.region.getByRole('table', { name: `Attainment by ${grouping}, ${period}` });
  }

  row(grouping: string, period: string, group: string): Locator {
    return this.table(grouping, period).getByRole('row', { name: new RegExp(`^${group}`) });
  }

  async choosePeriodKind(label: string): Promise<void> {
    await this.region.getByLabel('Period', { exact: true }).selectOption({ label });
  }

  async previousPeriod(): Promise<void> {
    await this.region.getByRole('button', { name: 'Previous period' }).click();
  }

  async nextPeriod(): Promise<void> {
    await this.region.getByRole('button', { name: 'Next period' }).click();
  }

  get showing(): Locator {
    return this.region.getByRole('status');
  }

  /** Opens the tickets behind a count, by the count's accessible name ("Show the 1 breached Response targets of …"). */
  async drill(name: string): Promise<Locator> {
    await this.region.getByRole('button', { name }).click();
    const list = this.region.getByRole('region').filter({ has: this.page.getByRole('button', { name: 'Close the list' }) });
    await expect(list).toBeVisible();
    return list.getByRole('table');
  }

  async openTicket(list: Locator, number: string): Promise<void> {
    await list.getByRole('button', { name: number }).click();
  }

  practice(priority: string, period: string): Locator {
    return this.region.getByRole('table', { name: `${priority}: resolution in practice, ${period}` });
  }

  get emptyNote(): Locator {
    return this.region.getByText(/^No target was met or breached in /);
  }
}

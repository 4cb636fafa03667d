import { expect, type Locator, type Page } from '@playwright/test';
import { DeskDataDialog } from './desk-data-dialog';
import { RegisterDialog, type TicketFields } from './register-dialog';

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

  /** The queue's ticket rows (the column headers left out). */
  get queueRows(): Locator {
    return this.queue.getByRole('row').filter({ hasNot: this.page.getByRole('columnheader') });
  }

  get header(): Locator {
    return this.page.getByRole('banner');
  }

  get board(): Locator {
    return this.page.getByRole('region', { name: 'Ticket queue' });
  }

  /** The status bar's live region, where confirmations appear. */
  get messages(): Locator {
    return this.page.getByRole('status', { name: 'Messages' });
  }

  get closedTable(): Locator {
    return this.page.getByRole('table', { name: 'Closed tickets' });
  }

  /** The closed list's ticket rows (the column headers left out). */
  get closedRows(): Locator {
    return this.closedTable.getByRole('row').filter({ hasNot: this.page.getByRole('columnheader') });
  }

  closedRow(number: string): Locator {
    return this.closedRows.filter({ hasText: number });
  }

  /** The "Closed tickets shown: N" line. */
  closedCount(text: string): Locator {
    return this.page.getByText(text, { exact: true });
  }

  async searchClosed(text: string): Promise<void> {
    await this.page.getByLabel('Search closed tickets').fill(text);
  }

  reopenButton(number: string): Locator {
    return this.page.getByRole('button', { name: `Reopen ${number}` });
  }

  row(number: string): Locator {
    return this.queue.getByRole('row', { name: new RegExp(`^${number} `) });
  }

  /** When the row's next timer is due, in the agent's zone; its title is the calendar's time. */
  dueTime(number: string): Locator {
    return this.row(number).getByTitle(/^(Calendar time|Kalendertijd):/);
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

  async openRegisterDialog(): Promise<RegisterDialog> {
    await this.page.getByRole('button', { name: 'New ticket' }).click();
    return new RegisterDialog(this.page);
  }

  async registerTicket(fields: TicketFields): Promise<void> {
    const dialog = await this.openRegisterDialog();
    await dialog.fill(fields);
    await dialog.submit();
    await dialog.expectClosed();
  }

  async openDeskData(): Promise<DeskDataDialog> {
    await this.page.getByRole('button', { name: 'Desk data' }).click();
    return new DeskDataDialog(this.page);
  }

  /** The warning that events were seen far ahead of this computer's clock. */
  get clockWarning(): Locator {
    return this.page.getByRole('alert').filter({ hasText: "ahead of this computer's clock" });
  }

  async dismissClockWarning(): Promise<void> {
    await this.clockWarning.getByRole('button', { name: 'Understood' }).click();
  }

  get emptyDeskHeading(): Locator {
    return this.page.getByRole('heading', { name: 'This desk is empty' });
  }

  /** The "N of M open tickets" line. */
  ticketCount(text: string | RegExp): Locator {
    return this.page.getByText(text);
  }

  async setLanguage(label: string): Promise<void> {
    await this.page.getByLabel(/^(Language|Taal)$/).selectOption({ label });
  }

  async setAgent(name: string): Promise<void> {
    await this.page.getByLabel('Agent').fill(name);
  }

  /** A view switch ("Queue", "By status", or their Dutch names). */
  viewButton(name: string): Locator {
    return this.page.getByRole('button', { name });
  }

  queueNamed(name: string): Locator {
    return this.page.getByRole('grid', { name });
  }

  statusColumn(status: string): Locator {
    return this.page.getByRole('region', { name: status });
  }

  async filterBy(label: string, option: string): Promise<void> {
    await this.page.getByRole('search').getByLabel(label).selectOption({ label: option });
  }

  /** A filter's options with this accessible name; grouped options carry their preset ("High (Scope4mation basic SLA)"). */
  filterOptions(label: string, name: string): Locator {
    return this.page.getByRole('search').getByLabel(label).getByRole('option', { name, exact: true });
  }

  /** Chooses the filter option with this accessible name. */
  async filterByOptionNamed(label: string, name: string): Promise<void> {
    const value = await this.filterOptions(label, name).getAttribute('value');
    await this.page
      .getByRole('search')
      .getByLabel(label)
      .selectOption(value ?? '');
  }

  closeOffers(): Locator {
    return this.queue.getByRole('button', { name: 'Reply term over: close' });
  }

  async press(key: string): Promise<void> {
    await this.page.keyboard.press(key);
  }

  detailHeading(): Locator {
    return this.detail.getByRole('heading', { level: 2 });
  }

  /** The ticket's escalation ladder: where it stands, what triggers the next step. */
  get ladder(): Locator {
    return this.detail.getByRole('region', { name: 'Escalation ladder' });
  }

  /** The war-team form inside the ladder (Konneqt tickets). */
  get warTeam(): Locator {
    return this.ladder.getByRole('group', { name: 'War team convened' });
  }

  timelineEntry(text: string): Locator {
    return this.detail.getByRole('region', { name: 'Timeline' }).getByRole('listitem').filter({ hasText: text });
  }

  async respond(): Promise<void> {
    await this.detail.getByRole('button', { name: 'Respond' }).click();
  }

  async resolve(): Promise<void> {
    await this.detail.getByRole('button', { name: 'Resolve' }).click();
  }

  async escalate(line: string): Promise<void> {
    await this.detail.getByLabel('Escalate to').selectOption({ label: line });
    await this.detail.getByRole('button', { name: 'Escalate', exact: true }).click();
  }

  /** Opens a timer's "Why is it due then?" and returns its explanation lines. */
  async explanationOf(timer: string): Promise<Locator> {
    await this.timer(timer).getByText('Why is it due then?').click();
    return this.timer(timer).getByRole('listitem');
  }

  /** Asks for a new priority in the detail; `byPhone` ticks "Agreed by phone". */
  async changePriority(priority: string, reason: string, options: { byPhone?: boolean } = {}): Promise<void> {
    await this.detail.getByLabel('New priority').selectOption({ label: priority });
    await this.priorityReason.fill(reason);
    if (options.byPhone) await this.detail.getByLabel('Agreed by phone').check();
    await this.detail.getByRole('button', { name: 'Change priority' }).click();
  }

  get priorityReason(): Locator {
    return this.detail.getByLabel('Reason for the change');
  }

  get newPriority(): Locator {
    return this.detail.getByLabel('New priority');
  }

  async tickAgreedByPhone(): Promise<void> {
    await this.detail.getByLabel('Agreed by phone').check();
  }

  async submitPriorityChange(): Promise<void> {
    await this.detail.getByRole('button', { name: 'Change priority' }).click();
  }

  async changeStatus(label: string): Promise<void> {
    await this.detail.getByLabel('Change status to').selectOption({ label });
    await this.detail.getByRole('button', { name: 'Apply' }).click();
  }

  async importDeskFile(name: string, content: string | Buffer): Promise<DeskDataDialog> {
    const dialog = await this.openDeskData();
    await dialog.importFile(name, content);
    return dialog;
  }
}

import { expect, type Download, type Locator, type Page } from '@playwright/test';

/** The Consultancy view: engagements, the running timer, billing runs and their specifications. */
export class ConsultancyPage {
  constructor(readonly page: Page) {}

  get root(): Locator {
    return this.page.getByRole('region', { name: 'Consultancy', exact: true });
  }

  async open(): Promise<void> {
    await this.page.getByRole('banner').getByRole('button', { name: 'Consultancy' }).click();
    await expect(this.root).toBeVisible();
  }

  async chooseCustomer(name: string): Promise<void> {
    await this.root.getByLabel('Customer', { exact: true }).selectOption({ label: name });
  }

  async openEngagement(fields: { ticket: string; what: string; rateType?: string }): Promise<void> {
    const form = this.root.getByRole('form', { name: 'New engagement' });
    await form.getByLabel('Ticket').selectOption({ label: fields.ticket });
    await form.getByLabel('What the engagement is for').fill(fields.what);
    if (fields.rateType) await form.getByLabel('Rate type').selectOption({ label: fields.rateType });
    await form.getByRole('button', { name: 'Open engagement' }).click();
  }

  /** Logs time by hand on an engagement (the form's own clock: now). */
  async logTime(engagement: string, fields: { hours: string; minutes?: string; what: string; isProductUnusable?: boolean }): Promise<void> {
    const card = this.engagement(engagement);
    await card.getByRole('button', { name: 'Log time' }).click();
    const form = card.getByRole('form', { name: 'Log time by hand' });
    await form.getByLabel('Hours').fill(fields.hours);
    if (fields.minutes) await form.getByLabel('Minutes').fill(fields.minutes);
    await form.getByLabel('What was done').fill(fields.what);
    if (fields.isProductUnusable) await form.getByLabel('Product unusable at a basic level (not counted toward the limit)').check();
    await form.getByRole('button', { name: 'Log this time' }).click();
    await expect(form).toBeHidden();
  }

  engagement(name: string): Locator {
    return this.root.getByRole('article', { name });
  }

  async startTimer(engagement: string): Promise<void> {
    await this.engagement(engagement).getByRole('button', { name: 'Start timer' }).click();
    await expect(this.timerBar).toBeVisible();
  }

  /** Starts the timer from the ticket's detail (Queue view), where the ticket's engagements are listed. */
  async startTimerOnTicket(ticket: string, engagement: string): Promise<void> {
    await this.page.getByRole('banner').getByRole('button', { name: 'Queue' }).click();
    await this.page
      .getByRole('grid', { name: 'Ticket queue' })
      .getByRole('row', { name: new RegExp(`^${ticket} `) })
      .click();
    const section = this.page.getByRole('region', { name: 'Consultancy on this ticket' });
    await section.getByRole('button', { name: `Start timer on ${engagement}` }).click();
    await expect(section.getByRole('form', { name: 'Running timer' })).toBeVisible();
  }

  get timerBar(): Locator {
    return this.root.getByRole('form', { name: 'Running timer' });
  }

  async stopTimer(whatWasDone: string): Promise<void> {
    await this.timerBar.getByLabel('What was done').fill(whatWasDone);
    await this.timerBar.getByRole('button', { name: 'Stop timer' }).click();
    await expect(this.timerBar).toBeHidden();
  }

  async recordApproval(engagement: string, fields: { by: string; how: string; hours: string; reference?: string }): Promise<void> {
    const card = this.engagement(engagement);
    await card.getByRole('button', { name: 'Record approval' }).click();
    const form = card.getByRole('form', { name: "The customer's approval" });
    await form.getByLabel('Approved by').fill(fields.by);
    await form.getByLabel('How').selectOption({ label: fields.how });
    await form.getByLabel('Approved hours').fill(fields.hours);
    if (fields.reference) await form.getByLabel('Reference (e-mail subject, quote number)').fill(fields.reference);
    await form.getByRole('button', { name: 'Save approval' }).click();
    await expect(form).toBeHidden();
  }

  get billing(): Locator {
    return this.root.getByRole('region', { name: 'Billing runs' });
  }

  async previewMonth(month: string): Promise<Locator> {
    await this.billing.getByLabel('Month').fill(month);
    await this.billing.getByRole('button', { name: 'Preview billing run' }).click();
    const preview = this.billing.getByRole('region', { name: `Preview of ${month}` });
    await expect(preview).toBeVisible();
    return preview;
  }

  async commitMonth(month: string): Promise<void> {
    await this.billing.getByRole('button', { name: `Commit billing run for ${month}` }).click();
    await expect(this.billing.getByRole('region', { name: `Preview of ${month}` })).toBeHidden();
  }

  /** A committed run's specification table of one customer. */
  invoice(customer: string, month: string): Locator {
    return this.billing.getByRole('table', { name: `${customer}, ${month}` }).last();
  }

  async downloadCsv(customer: string, profile: 'nl' | 'rfc4180'): Promise<Download> {
    const name = profile === 'nl' ? `CSV for Dutch spreadsheets: ${customer}` : `CSV (RFC 4180): ${customer}`;
    const [download] = await Promise.all([this.page.waitForEvent('download'), this.billing.getByRole('button', { name }).click()]);
    return download;
  }

  /**
   * The print window of a customer's specification (the web target prints with the browser). Its
   * print dialog is stubbed out: headless Chromium would hold the page "being printed", and the
   * test prints the same document to PDF itself (page.pdf).
   */
  async openPrint(customer: string): Promise<Page> {
    await this.page.context().addInitScript({ content: 'window.print = () => undefined;' });
    const [popup] = await Promise.all([
      this.page.waitForEvent('popup'),
      this.billing.getByRole('button', { name: `Print or save as PDF: ${customer}` }).click(),
    ]);
    await popup.waitForLoadState('load');
    return popup;
  }
}

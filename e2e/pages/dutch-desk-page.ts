import { expect, type Locator, type Page } from '@playwright/test';

/** The Klok window in Dutch, by the Dutch roles and accessible names (the English ones are in desk-page.ts). */
export class DutchDeskPage {
  constructor(readonly page: Page) {}

  get queue(): Locator {
    return this.page.getByRole('grid', { name: 'Meldingenwachtrij' });
  }

  row(number: string): Locator {
    return this.queue.getByRole('row', { name: new RegExp(`^${number} `) });
  }

  /** The n-th ticket row of the queue (0 is the first below the header). */
  rowAt(index: number): Locator {
    return this.queue.getByRole('row').nth(index + 1);
  }

  /** Opens the n-th ticket of the queue and waits until its details show. */
  async openTicketAt(index: number): Promise<void> {
    const row = this.rowAt(index);
    const number = (await row.getByRole('gridcell').first().textContent()) ?? '';
    await row.click();
    await expect(this.detail.getByRole('heading', { level: 2 })).toContainText(number);
  }

  async addCustomer(name: string, preset: string, plan: string): Promise<void> {
    const dialog = await this.openCustomers();
    await dialog.getByLabel('Naam klant').fill(name);
    await dialog.getByLabel('SLA-sjabloon').selectOption({ label: preset });
    await dialog.getByLabel('Abonnement').selectOption({ label: plan });
    await dialog.getByRole('button', { name: 'Klant toevoegen' }).click();
    await expect(dialog).toBeHidden();
  }

  get detail(): Locator {
    return this.page.getByRole('complementary', { name: 'Meldingdetails' });
  }

  timer(name: string): Locator {
    return this.detail.getByRole('article', { name });
  }

  /** Opens every clock's "Waarom dit tijdstip?" and returns the explanation lines of them all. */
  async openEveryExplanation(): Promise<Locator> {
    const whys = this.detail.getByText('Waarom dit tijdstip?');
    for (let i = 0; i < (await whys.count()); i++) await whys.nth(i).click();
    return this.detail.locator('article').getByRole('listitem');
  }

  async viewByStatus(): Promise<void> {
    await this.page.getByRole('button', { name: 'Per status' }).click();
    await expect(this.page.getByRole('region', { name: 'Wacht op klant' })).toBeVisible();
  }

  async viewQueue(): Promise<void> {
    await this.page.getByRole('button', { name: 'Wachtrij' }).click();
    await expect(this.queue).toBeVisible();
  }

  async filterBy(label: string, option: string): Promise<void> {
    await this.page.getByRole('search').getByLabel(label).selectOption({ label: option });
  }

  async setAgent(name: string): Promise<void> {
    await this.page.getByLabel('Medewerker').fill(name);
  }

  registerDialog(): Locator {
    return this.page.getByRole('dialog', { name: 'Melding registreren' });
  }

  async openRegisterDialog(): Promise<Locator> {
    await this.page.getByRole('button', { name: 'Nieuwe melding' }).click();
    return this.registerDialog();
  }

  /** Fills the register dialog by Dutch labels and submits it. */
  async register(fields: { contract?: string; title: string; type?: string; priority?: string; channel?: string }): Promise<void> {
    const dialog = this.registerDialog();
    if (fields.contract) await dialog.getByLabel('Klant en contract').selectOption({ label: fields.contract });
    await dialog.getByLabel('Titel').fill(fields.title);
    if (fields.type) await dialog.getByLabel('Soort').selectOption({ label: fields.type });
    if (fields.channel) await dialog.getByLabel('Kanaal').selectOption({ label: fields.channel });
    if (fields.priority) await dialog.getByLabel('Prioriteit').selectOption({ label: fields.priority });
    await dialog.getByRole('button', { name: 'Registreren' }).click();
  }

  async cancelRegistration(): Promise<void> {
    await this.registerDialog().getByRole('button', { name: 'Annuleren' }).click();
    await expect(this.registerDialog()).toBeHidden();
  }

  async openCustomers(): Promise<Locator> {
    await this.page.getByRole('button', { name: 'Klanten' }).click();
    const dialog = this.page.getByRole('dialog', { name: 'Klanten en contracten' });
    await expect(dialog).toBeVisible();
    return dialog;
  }

  async chooseCustomerPreset(preset: string): Promise<void> {
    await this.page.getByRole('dialog', { name: 'Klanten en contracten' }).getByLabel('SLA-sjabloon').selectOption({ label: preset });
  }

  async openDeskData(): Promise<Locator> {
    await this.page.getByRole('button', { name: 'Deskgegevens' }).click();
    const dialog = this.page.getByRole('dialog', { name: 'Deskgegevens' });
    await expect(dialog).toBeVisible();
    return dialog;
  }

  /** Loads the demo desk from the empty desk, in Dutch: its tickets' texts are Dutch. */
  async loadDemoDesk(): Promise<void> {
    await this.page.getByRole('button', { name: 'Demodesk laden' }).click();
    await expect(this.rowAt(0)).toBeVisible();
  }

  /** Picks a desk file in the desk data dialog and imports it; returns the dialog, still open. */
  async importDeskFile(name: string, content: Buffer): Promise<Locator> {
    const dialog = await this.openDeskData();
    await dialog.getByLabel('Te importeren deskbestand').setInputFiles({ name, mimeType: 'application/json', buffer: content });
    // The file is checked as soon as it is chosen: a refused file shows why, and no button to import it.
    const confirm = dialog.getByRole('button', { name: `Desk importeren… ${name}` });
    await confirm.or(dialog.getByRole('alert')).first().waitFor();
    if (await confirm.isVisible()) await confirm.click();
    return dialog;
  }

  async closeDialog(dialog: Locator): Promise<void> {
    await dialog.getByRole('button', { name: 'Sluiten' }).click();
    await expect(dialog).toBeHidden();
  }

  async setPriority(priority: string, reason: string): Promise<void> {
    await this.detail.getByLabel('Nieuwe prioriteit').selectOption({ label: priority });
    await this.detail.getByLabel('Reden van de wijziging').fill(reason);
    await this.detail.getByRole('button', { name: 'Prioriteit wijzigen' }).click();
  }

  get alert(): Locator {
    return this.page.getByRole('alert');
  }

  /** The status bar at the foot of the window, where confirmations and failures appear. */
  get statusBar(): Locator {
    return this.page.getByRole('status', { name: 'Berichten' });
  }

  get closedTable(): Locator {
    return this.page.getByRole('table', { name: 'Gesloten meldingen' });
  }

  /** The closed list's ticket rows (the column headers left out). */
  get closedRows(): Locator {
    return this.closedTable.getByRole('row').filter({ hasNot: this.page.getByRole('columnheader') });
  }

  async viewClosed(): Promise<void> {
    await this.page.getByRole('button', { name: 'Gesloten meldingen' }).click();
    await expect(this.closedTable).toBeVisible();
  }

  /** The ticket number of the n-th closed ticket listed. */
  async closedNumberAt(index: number): Promise<string> {
    return ((await this.closedRows.nth(index).getByRole('cell').first().textContent()) ?? '').trim();
  }

  /** The clock warning: events from another workstation stamped ahead of this computer's clock. */
  get clockWarning(): Locator {
    return this.page.getByRole('alert').filter({ hasText: 'voor op de klok van deze computer' });
  }
}

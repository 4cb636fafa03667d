import type { Locator, Page } from '@playwright/test';

/** The "Desk data" dialog: export, import, the at-risk threshold. */
export class DeskDataDialog {
  readonly root: Locator;

  constructor(page: Page) {
    this.root = page.getByRole('dialog', { name: 'Desk data' });
  }

  get alert(): Locator {
    return this.root.getByRole('alert');
  }

  async importFile(name: string, content: string): Promise<void> {
    await this.root.getByLabel('Desk file to import').setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(content) });
    await this.root.getByRole('button', { name: `Import desk… ${name}` }).click();
  }

  async setAtRiskPercent(percent: number): Promise<void> {
    await this.root.getByLabel('At risk at (% of a target used)').fill(String(percent));
    await this.root.getByRole('button', { name: 'Save at-risk threshold' }).click();
  }

  async close(): Promise<void> {
    await this.root.getByRole('button', { name: 'Close' }).click();
  }
}

import { readFile } from 'node:fs/promises';
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

  /** The button that confirms the import of the chosen file `name` (there once the file is checked). */
  confirmButton(name: string): Locator {
    return this.root.getByRole('button', { name: `Import desk… ${name}` });
  }

  /** Chooses a desk file; the dialog reads and checks it and says what it holds, or why it is refused. */
  async chooseFile(name: string, content: string | Buffer): Promise<void> {
    const buffer = typeof content === 'string' ? Buffer.from(content) : content;
    await this.root.getByLabel('Desk file to import').setInputFiles({ name, mimeType: 'application/json', buffer });
  }

  /** Chooses a desk file and confirms its import, unless the dialog refuses the file when it checks it. */
  async importFile(name: string, content: string | Buffer): Promise<void> {
    await this.chooseFile(name, content);
    const confirm = this.confirmButton(name);
    await confirm.or(this.alert).first().waitFor();
    if (await confirm.isVisible()) await confirm.click();
  }

  /** Exports the desk and returns the file the browser downloaded. */
  async exportDesk(): Promise<Buffer> {
    const download = this.root.page().waitForEvent('download');
    await this.root.getByRole('button', { name: 'Export desk' }).click();
    const path = await (await download).path();
    return readFile(path);
  }

  async setAtRiskPercent(percent: number): Promise<void> {
    await this.root.getByLabel('At risk at (% of a target used)').fill(String(percent));
    await this.root.getByRole('button', { name: 'Save at-risk threshold' }).click();
  }

  async close(): Promise<void> {
    await this.root.getByRole('button', { name: 'Close' }).click();
  }
}

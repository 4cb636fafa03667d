import type { Locator, Page } from '@playwright/test';

/** The phone bar (start a call, the call in progress) and the phone log view. */
export class PhonePanel {
  readonly root: Locator;

  constructor(readonly page: Page) {
    this.root = page.getByRole('region', { name: 'Phone', exact: true });
  }

  get number(): Locator {
    return this.root.getByLabel('Phone number');
  }

  get caller(): Locator {
    return this.root.getByLabel('Caller');
  }

  get startButton(): Locator {
    return this.root.getByRole('button', { name: 'Start call' });
  }

  get timer(): Locator {
    return this.root.getByRole('timer', { name: 'Talk time' });
  }

  get ticket(): Locator {
    return this.root.getByLabel('Ticket the call concerns');
  }

  get registerButton(): Locator {
    return this.root.getByRole('button', { name: 'Register a ticket from this call' });
  }

  get reason(): Locator {
    return this.root.getByLabel('Reason for the call');
  }

  get outcome(): Locator {
    return this.root.getByLabel('Outcome');
  }

  get newPriority(): Locator {
    return this.root.getByLabel('New priority');
  }

  get notes(): Locator {
    return this.root.getByLabel('Call notes');
  }

  get stopButton(): Locator {
    return this.root.getByRole('button', { name: 'Stop call' });
  }

  get saveButton(): Locator {
    return this.root.getByRole('button', { name: 'Save call' });
  }

  get alert(): Locator {
    return this.root.getByRole('alert');
  }

  /** Presses Tab and says where the focus went. */
  async tab(): Promise<void> {
    await this.page.keyboard.press('Tab');
  }

  /** Starts a call with the mouse-free path: type the number, Tab to Start call, Enter. */
  async startCall(number: string, caller: string): Promise<void> {
    await this.number.focus();
    await this.page.keyboard.type(number);
    await this.tab();
    await this.page.keyboard.type(caller);
    await this.tab();
    await this.page.keyboard.press('Enter');
  }

  /** Logs a call through the form (for arranging, not the keyboard test). */
  async logCall(ticketLabel: RegExp, reason: string, notes: string): Promise<void> {
    const label = await this.ticket.getByRole('option', { name: ticketLabel }).first().textContent();
    await this.ticket.selectOption({ label: label ?? '' });
    await this.reason.selectOption({ label: reason });
    await this.notes.fill(notes);
    await this.saveButton.click();
  }

  get log(): Locator {
    return this.page.getByRole('region', { name: 'Phone log' });
  }

  get logTable(): Locator {
    return this.log.getByRole('table', { name: 'Calls', exact: true });
  }
}

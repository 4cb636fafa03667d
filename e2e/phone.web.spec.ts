import { readFile } from 'node:fs/promises';
import { parseCsv } from '../src-shared/phone/call-csv';
import type { DeskPage } from './pages/desk-page';
import { PhonePanel } from './pages/phone-panel';
import { expect, test } from './support/fixtures';

// Mon 2 March 2026, 09:00 in Amsterdam: Scope4mation office hours (08:30–16:30).
const MONDAY_0900 = '2026-03-02T09:00:00+01:00';
const SCOPE = 'Scope4mation basic SLA';

/** Monday 09:00, a desk with one Scope4mation Support customer. */
async function houtenOnMonday(desk: DeskPage, startAt: (iso: string) => Promise<void>): Promise<void> {
  await startAt(MONDAY_0900);
  await desk.open();
  await desk.addCustomer('Gemeente Houten', SCOPE, 'Support');
}

test.describe('the phone log', () => {
  test('a call logged from the keyboard raises the priority, and the clocks switch to High', async ({ desk, startAt, page }) => {
    const phone = new PhonePanel(page);
    await test.step('Arrange: a Normal ticket registered at 09:00 (response due 13:00)', async () => {
      await houtenOnMonday(desk, startAt);
      await desk.registerTicket({ title: 'Everything is slow' });
      await desk.row('T-1001').click();
      await expect(desk.timer('Response')).toContainText('Due Mon 2 Mar 2026, 13:00 CET');
    });
    await test.step('Act: start a call, pick the ticket, reason, outcome High, notes, save — keyboard only', async () => {
      await phone.startCall('030 200 1234', 'Kees de Vries');
      await expect(phone.ticket).toBeFocused();
      await page.clock.fastForward('05:00');
      await page.keyboard.press('ArrowDown'); // T-1001
      await expect(phone.ticket).toHaveValue(/.+/);
      await phone.tab();
      await expect(phone.registerButton).toBeFocused();
      await phone.tab();
      await expect(phone.reason).toBeFocused();
      for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowDown'); // High-priority notice
      await expect(phone.reason.getByRole('option', { name: 'High-priority notice', selected: true })).toBeAttached();
      await phone.tab();
      await expect(phone.outcome).toBeFocused();
      await page.keyboard.press('ArrowDown'); // Priority changed
      await phone.tab();
      await expect(phone.newPriority).toBeFocused();
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('ArrowDown'); // —, Low, High
      await expect(phone.newPriority.getByRole('option', { name: 'High', selected: true })).toBeAttached();
      await phone.tab();
      await expect(phone.notes).toBeFocused();
      await page.keyboard.type('Whole office down, customer phoned it in');
      await phone.tab();
      await expect(phone.stopButton).toBeFocused();
      await phone.tab();
      await expect(phone.saveButton).toBeFocused();
      await page.keyboard.press('Enter');
    });
    await test.step('Assert: saved, the priority is High by the call, and the response target is now 11:00', async () => {
      await expect(desk.messages).toContainText('Call saved on T-1001.');
      await expect(phone.startButton).toBeVisible();
      await expect(desk.timelineEntry('Priority → High')).toBeVisible();
      await expect(desk.timer('Response')).toContainText('Due Mon 2 Mar 2026, 11:00 CET');
    });
  });

  test('an outage phoned in from the shortcut is recorded with the call, and the team lead ends it', async ({ desk, startAt, page }) => {
    const phone = new PhonePanel(page);
    await test.step('Arrange: a ticket about the portal', async () => {
      await houtenOnMonday(desk, startAt);
      await desk.registerTicket({ title: 'Portal unreachable' });
    });
    await test.step('Act: Control+Shift+P puts the agent in the phone bar; the call reports the outage since 08:40 Amsterdam (21:25 on the agent’s Chatham clock)', async () => {
      await page.locator('body').focus();
      await page.keyboard.press('Control+Shift+P');
      await expect(phone.root.getByLabel('Direction')).toBeFocused();
      await phone.tab();
      await page.keyboard.type('030 200 1234');
      await phone.tab();
      await page.keyboard.type('Kees');
      await phone.tab();
      await page.keyboard.press('Enter');
      await expect(phone.ticket).toBeFocused();
      await page.keyboard.press('ArrowDown'); // T-1001
      await phone.reason.selectOption({ label: 'Outage report' });
      await phone.root.getByLabel('Outage started at').fill('2026-03-02T21:25');
      await phone.notes.fill('Portal down for every user');
      await phone.saveButton.press('Enter');
      await expect(phone.alert).toContainText('How bad: say whether nobody can use the product or it is degraded');
      await phone.root.getByLabel('How bad').selectOption({ label: 'Unavailable: nobody can use it' });
      await phone.saveButton.press('Enter');
      await expect(desk.messages).toContainText('Call saved on T-1001.');
    });
    await test.step('Assert: the ticket shows the outage, ongoing, reported by phone', async () => {
      await desk.row('T-1001').click();
      const onTicket = page.getByRole('table', { name: 'Outages reported with this ticket' });
      await expect(onTicket.getByRole('row').nth(1)).toContainText('ongoing');
      await expect(onTicket.getByRole('row').nth(1)).toContainText('Unavailable: nobody can use it');
      await expect(onTicket.getByRole('row').nth(1)).toContainText('T-1001 · reported by phone');
    });
    await test.step('Act and assert: the team lead ends it at 09:00 Amsterdam, 21:45 for the agent (an end before its start is refused)', async () => {
      await page.getByRole('button', { name: 'Team lead' }).click();
      const outages = page.getByRole('table', { name: 'Outages', exact: true });
      await expect(outages.getByRole('row').nth(1)).toContainText('Gemeente Houten');
      await outages.getByRole('button', { name: 'End the outage of Gemeente Houten' }).click();
      const form = page.getByRole('form', { name: 'End of the outage of Gemeente Houten' });
      await expect(form.getByLabel('Outage ended at')).toBeFocused();
      await form.getByLabel('Outage ended at').fill('2026-03-02T21:15');
      await form.getByRole('button', { name: 'Save end' }).click();
      await expect(form.getByRole('alert')).toContainText('Outage ended at: an outage cannot end before it started');
      await form.getByLabel('Outage ended at').fill('2026-03-02T21:45');
      await form.getByRole('button', { name: 'Save end' }).click();
      await expect(form).toBeHidden();
      await expect(outages.getByRole('row').nth(1)).not.toContainText('ongoing');
      await expect(outages.getByRole('row').nth(1)).toContainText('20 m');
    });
  });

  test('a running call survives a reload', async ({ desk, startAt, page }) => {
    const phone = new PhonePanel(page);
    await houtenOnMonday(desk, startAt);
    await desk.registerTicket({ title: 'Everything is slow' });
    await phone.startCall('030 200 1234', 'Kees');
    await page.clock.fastForward('02:00');
    await expect(phone.timer).toContainText('Call running: 2 m 00 s');
    await desk.reload();
    await expect(phone.timer).toContainText('Call running: 2 m');
    await expect(phone.root).toContainText('030 200 1234');
    await page.clock.fastForward('01:00');
    await expect(phone.timer).toContainText('Call running: 3 m');
  });

  test('a call about a new problem cannot be saved without a ticket, and ends with a new ticket linked', async ({ desk, startAt, page }) => {
    const phone = new PhonePanel(page);
    await test.step('Arrange: a customer without tickets; a call comes in', async () => {
      await houtenOnMonday(desk, startAt);
      await desk.registerTicket({ title: 'Older problem' });
      await phone.startCall('030 200 1234', 'Kees');
    });
    await test.step('Act and assert: saving without a ticket is refused, and says why', async () => {
      await phone.reason.selectOption({ label: 'Clarification' });
      await phone.notes.fill('New problem: invoices do not print');
      await phone.saveButton.press('Enter');
      await expect(phone.alert).toContainText('Ticket: a call must concern an existing ticket');
    });
    await test.step('Act: register the ticket from the call (channel Phone, pre-filled), then save the call', async () => {
      await phone.registerButton.press('Enter');
      const dialog = page.getByRole('dialog', { name: 'Register a ticket' });
      await expect(dialog.getByLabel('Channel').getByRole('option', { name: 'Phone', selected: true })).toBeAttached();
      await expect(dialog.getByLabel('Description')).toHaveValue('Kees, 030 200 1234');
      await dialog.getByLabel('Title').fill('Invoices do not print');
      await dialog.getByRole('button', { name: 'Register' }).press('Enter');
      await expect(dialog).toBeHidden();
      await expect(phone.ticket.getByRole('option', { name: /^T-1002 Invoices do not print/, selected: true })).toBeAttached();
      await phone.saveButton.press('Enter');
    });
    await test.step('Assert: the call is saved on the new ticket and shows in the log', async () => {
      await expect(desk.messages).toContainText('Call saved on T-1002.');
      await page.getByRole('button', { name: 'Phone log' }).click();
      await expect(phone.logTable.getByRole('row').nth(1)).toContainText('T-1002');
      await expect(phone.logTable.getByRole('row').nth(1)).toContainText('Clarification');
    });
  });

  test('the CSV export holds what the log view shows, in both profiles', async ({ desk, startAt, page }) => {
    const phone = new PhonePanel(page);
    await test.step('Arrange: two calls on two tickets', async () => {
      await houtenOnMonday(desk, startAt);
      await desk.registerTicket({ title: 'Everything is slow' });
      await desk.registerTicket({ title: 'Login fails' });
      await phone.startCall('030 200 1234', 'Kees');
      await page.clock.fastForward('03:00');
      await phone.logCall(/^T-1001 /, 'Expedite', '=cmd|calc asked for news');
      await expect(phone.startButton).toBeVisible();
      await phone.startCall('+1 212 555 0100', 'Ann');
      await page.clock.fastForward('07:30');
      await phone.logCall(/^T-1002 /, 'Clarification', 'explained; 2,5 users');
      await expect(phone.startButton).toBeVisible();
      await page.getByRole('button', { name: 'Phone log' }).click();
    });
    const exported = async (button: string) => {
      const download = page.waitForEvent('download');
      await phone.log.getByRole('button', { name: button, exact: true }).click();
      return readFile(await (await download).path(), 'utf8');
    };
    await test.step('Assert: the RFC 4180 file holds the table, row by row', async () => {
      const text = await exported('Export CSV');
      expect(text.startsWith('\uFEFF')).toBe(false);
      const rows = parseCsv(text);
      const table = phone.logTable.getByRole('row');
      await expect(table).toHaveCount(rows.length);
      expect(rows[0]).toEqual(await table.nth(0).getByRole('columnheader').allInnerTexts());
      // 09:03 CET is 21:48 in the agent's zone (Pacific/Chatham); the newest call first.
      expect(rows[1]).toEqual([
        '2026-03-02 21:48',
        '7.50',
        'Incoming',
        'Agent',
        'Gemeente Houten',
        'Ann',
        "'+1 212 555 0100",
        'T-1002',
        'Clarification',
        'Call logged on the ticket',
        'explained; 2,5 users',
      ]);
      expect(rows[2]?.[10]).toBe("'=cmd|calc asked for news");
      for (const [i, row] of rows.slice(1).entries()) {
        const cells = await table
          .nth(i + 1)
          .getByRole('cell')
          .allInnerTexts();
        // The view shows talk time as a duration, the file as minutes; neutralised cells carry a leading quote.
        expect(row.map((cell, c) => (c === 1 ? '' : cell.replace(/^'(?=[=+\-@])/, '')))).toEqual(cells.map((cell, c) => (c === 1 ? '' : cell)));
      }
    });
    await test.step('Assert: the Dutch Excel file has a BOM, semicolons and a decimal comma', async () => {
      const text = await exported('Export CSV for Excel (Dutch)');
      expect(text.startsWith('\uFEFF')).toBe(true);
      expect(text.split('\r\n')[0]).toContain(';');
      expect(parseCsv(text)[1]?.[1]).toBe('7,50');
    });
  });

  test('a P1 incident without phone contact is flagged, with its next status update', async ({ desk, startAt, page }) => {
    await startAt(MONDAY_0900);
    await desk.open();
    await desk.addCustomer('Omroep Oost', 'Connect & Engage SLA', 'Standard');
    await desk.registerTicket({ title: 'Messaging down', type: 'Incident', priority: 'P1 Critical' });
    await expect(desk.row('T-1001')).toContainText('No phone contact logged');
    await expect(desk.row('T-1001')).toContainText('Status update due in 15 m');
    await page.clock.fastForward('16:00');
    await expect(desk.row('T-1001')).toContainText('Status update overdue by 1 m');
  });
});

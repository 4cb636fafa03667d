import { DateTime } from 'luxon';
import { Notifications } from './pages/notifications';
import { PhonePanel } from './pages/phone-panel';
import { expect, test } from './support/fixtures';

// Mon 2 March 2026, 09:00 in Amsterdam: two Normal tickets (response 4 business hours, at risk at 75 %: 12:00).
const MONDAY_0900 = '2026-03-02T09:00:00+01:00';
/** A callback promised for 09:30 Amsterdam, typed in the agent's own zone (Pacific/Chatham). */
const CALLBACK_0930 = DateTime.fromISO('2026-03-02T09:30:00+01:00').setZone('Pacific/Chatham').toFormat("yyyy-MM-dd'T'HH:mm");

test.describe('notifications', () => {
  test('deadlines falling due together make one notification; a click on it, or on an in-app alert, opens the ticket', async ({ desk, startAt, page }) => {
    const notifications = new Notifications(page);
    await test.step('Arrange: two tickets registered at 09:00', async () => {
      await notifications.observe();
      await startAt(MONDAY_0900);
      await desk.open();
      await desk.addCustomer('Gemeente Houten', 'Scope4mation basic SLA', 'Support');
      await desk.registerTicket({ title: 'Login fails' });
      await desk.registerTicket({ title: 'Printer jams' });
    });
    await test.step('Act: at 12:00 both response targets turn at risk', async () => {
      await page.clock.fastForward('00:02'); // the desk hands its deadlines over once it is idle
      await page.clock.fastForward('03:00:00');
    });
    await test.step('Assert: one grouped notification, and two in-app alerts', async () => {
      await expect
        .poll(() => notifications.shown())
        .toEqual([
          {
            title: 'Klok · 2 deadlines',
            body: 'T-1001 breaches its response target in 1 h 00 m\nT-1002 breaches its response target in 1 h 00 m',
          },
        ]);
      const alerts = page.getByRole('region', { name: 'Deadline alerts' });
      await expect(alerts.getByRole('listitem')).toHaveCount(2);
    });
    await test.step('Act and assert: clicking the notification opens the first ticket; the alert’s button the second', async () => {
      await notifications.click(0);
      await expect(desk.detailHeading()).toContainText('T-1001');
      await page.getByRole('region', { name: 'Deadline alerts' }).getByRole('button', { name: 'Open T-1002' }).click();
      await expect(desk.detailHeading()).toContainText('T-1002');
      await expect(page.getByRole('region', { name: 'Deadline alerts' }).getByRole('listitem')).toHaveCount(1);
    });
  });

  test('outside the agent’s notification hours only the in-app alert shows; hours that end before they start are refused', async ({ desk, startAt, page }) => {
    const notifications = new Notifications(page);
    await notifications.observe();
    await startAt(MONDAY_0900);
    await desk.open();
    await desk.addCustomer('Gemeente Houten', 'Scope4mation basic SLA', 'Support');
    await desk.registerTicket({ title: 'Login fails' });
    await page.getByRole('button', { name: 'Settings' }).click();
    const settings = page.getByRole('form', { name: 'Notification hours' });
    await settings.getByLabel('Notify me only during my hours').check();
    await settings.getByLabel('From (HH:mm)').fill('21:00');
    await settings.getByLabel('Until (HH:mm)').fill('20:00');
    await settings.getByRole('button', { name: 'Save notification hours' }).click();
    await expect(settings.getByRole('alert')).toContainText('Notify until: must be later than the start');
    // The agent's machine is on Chatham time: 09:00 Amsterdam is 21:45 there; their hours end at 22:00.
    await settings.getByLabel('Until (HH:mm)').fill('22:00');
    await settings.getByRole('button', { name: 'Save notification hours' }).click();
    await expect(desk.messages).toContainText('Notification hours saved.');
    await page.getByRole('dialog', { name: 'Settings' }).getByRole('button', { name: 'Close' }).click();
    await page.clock.fastForward('00:02'); // the desk hands its deadlines over once it is idle
    await page.clock.fastForward('03:00:00');
    await expect(page.getByRole('region', { name: 'Deadline alerts' }).getByRole('listitem')).toHaveCount(1);
    expect(await notifications.shown()).toEqual([]);
  });

  test('a callback still owed is announced once, not again after a restart', async ({ desk, startAt, page }) => {
    const notifications = new Notifications(page);
    const phone = new PhonePanel(page);
    await notifications.observe();
    await startAt(MONDAY_0900);
    await desk.open();
    await desk.addCustomer('Gemeente Houten', 'Scope4mation basic SLA', 'Support');
    await desk.registerTicket({ title: 'Login fails' });
    await phone.startCall('030 200 1234', 'Kees');
    await phone.ticket.selectOption({ index: 1 });
    await phone.reason.selectOption({ label: 'Expedite' });
    await phone.outcome.selectOption({ label: 'Callback scheduled' });
    await phone.callbackAt.fill(CALLBACK_0930);
    await phone.notes.fill('Will ring back at half past');
    await phone.saveButton.click();
    await expect(desk.messages).toContainText('Call saved on T-1001.');
    await desk.reload();
    await page.clock.fastForward('31:00');
    await expect.poll(() => notifications.shown()).toEqual([{ title: 'Klok · T-1001', body: 'T-1001: call Kees back now, as promised' }]);
    // Still owed (nobody rang back), so still handed over as overdue: the memory of what was announced keeps it quiet.
    await desk.reload();
    await page.clock.fastForward('01:00');
    await expect(page.getByRole('region', { name: 'Deadline alerts' })).toHaveCount(0);
    expect(await notifications.shown()).toEqual([]);
  });

  test('the web asks for permission only once there is something to notify about, says why, and remembers "Not now"', async ({ desk, startAt, page }) => {
    await startAt(MONDAY_0900);
    await desk.open();
    await desk.addCustomer('Gemeente Houten', 'Scope4mation basic SLA', 'Support');
    const ask = page.getByRole('region', { name: 'Desktop notifications' });
    await expect(page.getByRole('region', { name: 'Ticket queue' })).toBeVisible();
    await expect(ask).toHaveCount(0);
    await desk.registerTicket({ title: 'Login fails' });
    await expect(ask).toContainText('Klok can tell you on your desktop when a ticket is about to breach');
    await expect(ask.getByRole('button', { name: 'Turn on desktop notifications' })).toBeVisible();
    await ask.getByRole('button', { name: 'Not now' }).click();
    await expect(ask).toHaveCount(0);
    await desk.reload();
    await expect(desk.row('T-1001')).toBeVisible();
    await expect(ask).toHaveCount(0);
  });
});

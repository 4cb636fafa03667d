import { DateTime } from 'luxon';
import { Notifications } from './pages/notifications';
import { PhonePanel } from './pages/phone-panel';
import { expect, test } from './support/fixtures';

// Mon 2 March 2026, 09:00 in Amsterdam: Scope4mation office hours (08:30–16:30).
const MONDAY_0900 = '2026-03-02T09:00:00+01:00';
/** The callback promised for 09:30 Amsterdam, typed as the machine's local time (the form's datetime-local). */
const CALLBACK_0930 = DateTime.fromISO('2026-03-02T09:30:00+01:00').setZone('Pacific/Chatham').toFormat("yyyy-MM-dd'T'HH:mm");

test.describe('phone notifications', () => {
  test('a callback promised on a call is announced when it falls due, also after a restart', async ({ desk, startAt, page }) => {
    const phone = new PhonePanel(page);
    const notifications = new Notifications(page);
    await test.step('Arrange: a ticket, and a call saved with a callback at 09:30', async () => {
      await notifications.observe();
      await startAt(MONDAY_0900);
      await desk.open();
      await desk.addCustomer('Gemeente Houten', 'Scope4mation basic SLA', 'Support');
      await desk.registerTicket({ title: 'Everything is slow' });
      await phone.startCall('030 200 1234', 'Kees');
      await page.clock.fastForward('03:00');
      await phone.ticket.selectOption({ index: 1 });
      await phone.reason.selectOption({ label: 'Expedite' });
      await phone.outcome.selectOption({ label: 'Callback scheduled' });
      await phone.callbackAt.fill(CALLBACK_0930);
      await phone.notes.fill('Will ring back with news at half past');
      await phone.saveButton.click();
      await expect(desk.messages).toContainText('Call saved on T-1001.');
    });
    await test.step('Act: restart Klok (the callback is only on the call record), then let time reach 09:30', async () => {
      await desk.reload();
      await page.clock.fastForward('20:00');
      expect((await notifications.shown()).filter((n) => n.body.includes('call Kees back'))).toEqual([]);
      await page.clock.fastForward('07:00');
    });
    await test.step('Assert: one notification says to call Kees back on T-1001', async () => {
      await expect.poll(() => notifications.shown()).toContainEqual({ title: 'Klok · T-1001', body: 'T-1001: call Kees back now, as promised' });
    });
    await test.step('Assert: a later call on the ticket keeps the promise, and a restart announces nothing more', async () => {
      await phone.startCall('030 200 1234', 'Kees');
      await phone.ticket.selectOption({ index: 1 });
      await phone.reason.selectOption({ label: 'Callback' });
      await phone.notes.fill('Rang back as promised');
      await phone.saveButton.click();
      await expect(desk.messages).toContainText('Call saved on T-1001.');
      await desk.reload();
      await page.clock.fastForward('01:00');
      expect((await notifications.shown()).filter((n) => n.body.includes('back now'))).toEqual([]);
    });
  });
});

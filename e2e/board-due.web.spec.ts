import { expect, test } from './support/fixtures';

// Mon 2 March 2026, 09:00 in Amsterdam (08:00 UTC). The browser runs in Pacific/Chatham
// (UTC+13:45 in March): the agent's zone is neither the calendar's nor UTC.
const MONDAY_0900 = '2026-03-02T09:00:00+01:00';
const SCOPE = 'Scope4mation basic SLA';

test.describe("the board's due times", () => {
  test("read in the agent's zone with the calendar's time on hover; a met timer says when; a resolved ticket says so", async ({ desk, startAt, page }) => {
    await test.step('Arrange: a ticket registered on Monday 09:00 Amsterdam time (response due 13:00 CET)', async () => {
      await startAt(MONDAY_0900);
      await desk.open();
      await desk.addCustomer('Gemeente Houten', SCOPE, 'Support');
      await desk.registerTicket({ title: 'Login fails' });
    });
    await test.step("Assert: 13:00 CET reads as Tue 3 Mar 01:45 in the agent's zone, the calendar's time on hover", async () => {
      await expect(desk.dueTime('T-1001')).toHaveText('Tue 3 Mar 01:45');
      await expect(desk.dueTime('T-1001')).toHaveAttribute('title', 'Calendar time: Mon 2 Mar 13:00 CET (Europe/Amsterdam)');
      await expect(desk.row('T-1001')).toContainText('(Calendar time: Mon 2 Mar 13:00 CET (Europe/Amsterdam))');
    });
    await test.step('Act: respond at 09:30 and resolve', async () => {
      await page.clock.fastForward('00:30:00');
      await desk.row('T-1001').click();
      await desk.respond();
      await desk.resolve();
    });
    await test.step('Assert: the row reads Resolved, and its met timer says when it was met (09:30 CET is 22:15 in Chatham)', async () => {
      await expect(desk.row('T-1001')).toContainText('Resolved');
      await expect(desk.row('T-1001')).not.toContainText('In progress');
      await expect(desk.row('T-1001')).toContainText('Met Mon 2 Mar 22:15');
      await expect(desk.timer('Response')).toContainText('Met Mon 2 Mar 09:30 CET');
    });
    await test.step('Act and assert: in Dutch too', async () => {
      await desk.setLanguage('Nederlands');
      await expect(desk.queueNamed('Meldingenwachtrij').getByRole('row', { name: /^T-1001 / })).toContainText('Opgelost');
      await expect(desk.queueNamed('Meldingenwachtrij').getByRole('row', { name: /^T-1001 / })).toContainText('Gehaald ma 2 mrt 22:15');
    });
  });
});

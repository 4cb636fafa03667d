import { expect, test } from './support/fixtures';

// Wed 4 March 2026, 11:00 in Amsterdam: the demo desk is built around this moment (six of its tickets are closed).
const WEDNESDAY_1100 = '2026-03-04T11:00:00+01:00';

test.describe('closed tickets', () => {
  test.beforeEach(async ({ desk, startAt }) => {
    await startAt(WEDNESDAY_1100);
    await desk.open();
    await desk.loadDemoDesk();
  });

  test('are listed, from the keyboard, and found by number, title or customer', async ({ desk }) => {
    await test.step('Act: reach the list from the views with the keyboard', async () => {
      await desk.viewButton('Queue').focus();
      await desk.press('Tab');
      await desk.press('Tab');
      await expect(desk.viewButton('Closed tickets')).toBeFocused();
      await desk.press('Enter');
    });
    await test.step('Assert: the six closed tickets, none of them on the queue', async () => {
      await expect(desk.closedRows).toHaveCount(6);
      await expect(desk.closedCount('Closed tickets shown: 6')).toBeVisible();
    });
    await test.step('Act and assert: search by number, by title, by customer', async () => {
      await desk.searchClosed('t-1015');
      await expect(desk.closedRows).toHaveCount(1);
      await expect(desk.closedRow('T-1015')).toContainText('Pampa Pagos');
      await desk.searchClosed('single sign-on');
      await expect(desk.closedRows).toHaveCount(2);
      await desk.searchClosed('Rivierenland');
      await expect(desk.closedRows).toHaveCount(2);
      await desk.searchClosed('no such ticket');
      await expect(desk.closedRows).toHaveCount(0);
    });
  });

  test('a reopened ticket is back on the queue, its clocks resumed from their elapsed time', async ({ desk }) => {
    await test.step('Arrange: the closed list, searched for T-1007', async () => {
      await desk.viewButton('Closed tickets').click();
      await desk.searchClosed('T-1007');
      await expect(desk.closedRows).toHaveCount(1);
    });
    await test.step('Act: reopen it from the keyboard', async () => {
      await desk.reopenButton('T-1007').focus();
      await desk.press('Enter');
    });
    await test.step('Assert: gone from the closed list, said so, and open again', async () => {
      await expect(desk.closedRows).toHaveCount(0);
      await expect(desk.messages).toContainText('Reopened T-1007.');
      await desk.viewButton('Queue').click();
      await expect(desk.ticketCount('45 of 45 open tickets')).toBeVisible();
      await desk.row('T-1007').click();
      await expect(desk.timelineEntry('Reopened')).toBeVisible();
      // T-1007 (SaaS unavailable, 2 h around the clock) was resolved after 18 minutes and closed 40 minutes
      // before now: the clock resumes at 18 minutes, counting neither the closed stretch nor starting over.
      await expect(desk.timer('Resolution')).toContainText('18 m of 2 h 00 m (2h) used');
      await expect(desk.timer('Resolution')).toContainText('1 h 42 m 00 s');
      await expect(desk.timer('Resolution')).toContainText('On track');
    });
  });
});

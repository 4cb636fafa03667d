import { expect, test } from './support/fixtures';

// Mon 2 March 2026, 09:00 in Amsterdam. Scope4mation Support, Normal: response 4 h, resolution 16 h.
const MONDAY_0900 = '2026-03-02T09:00:00+01:00';
const SCOPE = 'Scope4mation basic SLA';

test.describe('triage', () => {
  test('a registered ticket counts down in business time, turns at risk, then breached', async ({ desk, startAt, page }) => {
    await test.step('Arrange: an empty desk with one customer', async () => {
      await startAt(MONDAY_0900);
      await desk.open();
      await desk.addCustomer('Gemeente Houten', SCOPE, 'Support');
    });
    await test.step('Act: register a ticket', async () => {
      await desk.registerTicket({ title: 'Login fails' });
    });
    await test.step('Assert: a number, a 4-hour response countdown, on track', async () => {
      await expect(desk.row('T-1001')).toContainText('4 h 00 m 00 s');
      await expect(desk.row('T-1001')).toContainText('On track');
      await expect(desk.timer('Response')).toContainText('Due Mon 2 Mar 2026, 13:00 CET');
    });
    await test.step('Act and assert: 3 business hours later it is at risk', async () => {
      await page.clock.fastForward('03:00:00');
      await expect(desk.row('T-1001')).toContainText('1 h 00 m 00 s');
      await expect(desk.row('T-1001')).toContainText('At risk');
    });
    await test.step('Act and assert: past 13:00 it is breached', async () => {
      await page.clock.fastForward('01:00:01');
      await expect(desk.row('T-1001')).toContainText('Breached');
      await expect(desk.row('T-1001')).toContainText('0 m 01 s overdue');
    });
  });

  test('Waiting for Customer pauses the resolution clock across the weekend', async ({ desk, startAt, page }) => {
    await test.step('Arrange: a ticket registered on Friday 15:00, answered at 15:30, then waiting', async () => {
      await startAt('2026-03-06T15:00:00+01:00'); // Fri
      await desk.open();
      await desk.addCustomer('Waterschap', SCOPE, 'Support');
      await desk.registerTicket({ title: 'Export broken' });
      await page.clock.fastForward('00:30:00');
      await desk.row('T-1001').click();
      await desk.respond();
      await desk.changeStatus('Waiting for customer');
    });
    await test.step('Assert: paused with 15.5 business hours left', async () => {
      await expect(desk.timer('Resolution')).toContainText('Paused');
      await expect(desk.timer('Resolution')).toContainText('15 h 30 m 00 s');
    });
    await test.step('Act: the weekend passes; assert: nothing counted, and the explanation says why', async () => {
      await page.clock.fastForward(66 * 3_600_000); // to Mon 09:30
      await expect(desk.timer('Resolution')).toContainText('15 h 30 m 00 s');
      const lines = await desk.explanationOf('Resolution');
      await expect(lines.filter({ hasText: 'paused: Waiting for customer' })).toBeVisible();
    });
    await test.step('Act: back in progress for an hour; assert: it counts again', async () => {
      await desk.changeStatus('In progress');
      await page.clock.fastForward('01:00:00');
      await expect(desk.timer('Resolution')).toContainText('On track');
      await expect(desk.timer('Resolution')).toContainText('14 h 30 m 00 s');
    });
  });

  test('everything is still there after a reload', async ({ desk, startAt }) => {
    await startAt(MONDAY_0900);
    await desk.open();
    await desk.addCustomer('Gemeente Houten', SCOPE, 'Support');
    await desk.registerTicket({ title: 'Printer on fire', type: 'Disruption' });
    await desk.row('T-1001').click();
    await desk.escalate('Second line');
    await expect(desk.timelineEntry('Escalated to Second line')).toBeVisible();

    await desk.reload();
    await expect(desk.row('T-1001')).toContainText('Printer on fire');
    await desk.row('T-1001').click();
    await expect(desk.timelineEntry('Escalated to Second line')).toBeVisible();
  });

  test('High priority can only be registered from a phone call', async ({ desk, startAt }) => {
    await startAt(MONDAY_0900);
    await desk.open();
    await desk.addCustomer('Gemeente Houten', SCOPE, 'Support');
    const dialog = await desk.openRegisterDialog();
    await dialog.fill({ title: 'Everything is down', priority: 'High' });
    await dialog.submit();
    await expect(dialog.alert).toContainText('Priority: High must be phoned in');
    await dialog.fill({ channel: 'Phone' });
    await dialog.submit();
    await dialog.expectClosed();
    await expect(desk.row('T-1001')).toContainText('2 h 00 m 00 s');
  });

  test('the desk sets its own at-risk threshold, and events carry the agent who acted', async ({ desk, startAt, page }) => {
    await startAt(MONDAY_0900);
    await desk.open();
    await desk.addCustomer('Gemeente Houten', SCOPE, 'Support');
    await desk.setAgent('Dirk');
    const settings = await desk.openDeskData();
    await settings.setAtRiskPercent(50);
    await settings.close();
    await desk.registerTicket({ title: 'Slow search' });
    await page.clock.fastForward('01:59:00');
    await expect(desk.row('T-1001')).toContainText('On track');
    await page.clock.fastForward('00:01:00');
    await expect(desk.row('T-1001')).toContainText('At risk');
    await desk.row('T-1001').click();
    await expect(desk.timelineEntry('Registered')).toContainText('Dirk');
  });
});

test("the web app knows Dutch holidays: King's Day is skipped and named", async ({ desk, startAt, page }) => {
  await startAt('2026-04-24T16:00:00+02:00'); // Fri before King's Day (Mon 27 April)
  await desk.open();
  await desk.addCustomer('Gemeente Houten', SCOPE, 'Support');
  await desk.registerTicket({ title: 'Report fails' });
  // Normal: 4 h response. Fri 16:00–16:30, Mon is King's Day, Tue 08:30 + 3.5 h
  await expect(desk.timer('Response')).toContainText('Due Tue 28 Apr 2026, 12:00 CEST');
  await page.clock.fastForward(89 * 3_600_000); // to Tue 09:00
  await expect(desk.timer('Response')).toContainText('3 h 00 m 00 s');
  const lines = await desk.explanationOf('Response');
  await expect(lines.filter({ hasText: "holiday: King's Day" })).toBeVisible();
});

test('the explanation of a clock that just started shows the time still to come, up to the due moment, as projected', async ({ desk, startAt }) => {
  await startAt(MONDAY_0900);
  await desk.open();
  await desk.addCustomer('Gemeente Houten', SCOPE, 'Support');
  await desk.registerTicket({ title: 'Login fails' });
  await desk.row('T-1001').click();
  // Normal: 4 h response, due 13:00; nothing has counted yet.
  const lines = await desk.explanationOf('Response');
  await expect(lines).toHaveCount(1);
  await expect(lines.first()).toContainText('Mon 2 Mar 2026, 09:00 CET → Mon 2 Mar 2026, 13:00 CET: counted (4 h 00 m) (projected)');
});

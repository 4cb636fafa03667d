import { expect, test } from './support/fixtures';

// Mon 2 March 2026, 09:00 in Amsterdam. Scope4mation Support, Normal: response 4 h, resolution 16 h.
const MONDAY_0900 = '2026-03-02T09:00:00+01:00';

test.describe('triage', () => {
  test('a registered ticket counts down in business time, turns at risk, then breached', async ({ desk, startAt, page }) => {
    await test.step('Arrange: an empty desk with one customer', async () => {
      await startAt(MONDAY_0900);
      await desk.open();
      await desk.addCustomer('Gemeente Houten', 'Scope4mation basic SLA', 'Support');
    });
    await test.step('Act: register a ticket', async () => {
      await desk.registerTicket({ title: 'Login fails' });
    });
    await test.step('Assert: a number, a 4-hour response countdown, on track', async () => {
      const row = desk.row('T-1001');
      await expect(row).toContainText('4 h 00 m 00 s');
      await expect(row).toContainText('On track');
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
    await startAt('2026-03-06T15:00:00+01:00'); // Fri
    await desk.open();
    await desk.addCustomer('Waterschap', 'Scope4mation basic SLA', 'Support');
    await desk.registerTicket({ title: 'Export broken' });
    await page.clock.fastForward('00:30:00');
    await desk.row('T-1001').click();
    await desk.detail.getByRole('button', { name: 'Respond' }).click();
    await desk.changeStatus('Waiting for customer');
    const resolution = desk.timer('Resolution');
    await expect(resolution).toContainText('Paused');
    await expect(resolution).toContainText('15 h 30 m 00 s');

    await page.clock.fastForward(66 * 3_600_000); // to Monday 09:30
    await expect(resolution).toContainText('15 h 30 m 00 s');
    await resolution.getByText('Why is it due then?').click();
    await expect(resolution.getByRole('listitem').filter({ hasText: 'paused: Waiting for customer' })).toBeVisible();

    await desk.changeStatus('In progress');
    await page.clock.fastForward('01:00:00');
    await expect(resolution).toContainText('On track');
    await expect(resolution).toContainText('14 h 30 m 00 s');
  });

  test('everything is still there after a reload', async ({ desk, startAt }) => {
    await startAt(MONDAY_0900);
    await desk.open();
    await desk.addCustomer('Gemeente Houten', 'Scope4mation basic SLA', 'Support');
    await desk.registerTicket({ title: 'Printer on fire', type: 'Disruption' });
    await desk.row('T-1001').click();
    await desk.detail.getByLabel('Escalate to').selectOption({ label: 'Second line' });
    await desk.detail.getByRole('button', { name: 'Escalate' }).click();
    await expect(desk.detail).toContainText('Escalated to Second line');

    await desk.reload();
    await expect(desk.row('T-1001')).toContainText('Printer on fire');
    await desk.row('T-1001').click();
    await expect(desk.detail).toContainText('Escalated to Second line');
  });

  test('High priority can only be registered from a phone call', async ({ desk, startAt }) => {
    await startAt(MONDAY_0900);
    await desk.open();
    await desk.addCustomer('Gemeente Houten', 'Scope4mation basic SLA', 'Support');
    await desk.page.getByRole('button', { name: 'New ticket' }).click();
    const dialog = desk.page.getByRole('dialog', { name: 'Register a ticket' });
    await dialog.getByLabel('Title').fill('Everything is down');
    await dialog.getByLabel('Priority').selectOption({ label: 'High' });
    await dialog.getByRole('button', { name: 'Register' }).click();
    await expect(dialog.getByRole('alert')).toContainText('priority: High must be phoned in');
    await dialog.getByLabel('Channel').selectOption({ label: 'Phone' });
    await dialog.getByRole('button', { name: 'Register' }).click();
    await expect(desk.row('T-1001')).toContainText('2 h 00 m 00 s');
  });
});

test('the desk sets its own at-risk threshold, and events carry the agent who acted', async ({ desk, startAt, page }) => {
  await startAt(MONDAY_0900);
  await desk.open();
  await desk.addCustomer('Gemeente Houten', 'Scope4mation basic SLA', 'Support');
  await page.getByLabel('Agent').fill('Dirk');
  await page.getByRole('button', { name: 'Desk data' }).click();
  const dialog = page.getByRole('dialog', { name: 'Desk data' });
  await dialog.getByLabel('At risk at (% of a target used)').fill('50');
  await dialog.getByRole('button', { name: 'Save at-risk threshold' }).click();
  await dialog.getByRole('button', { name: 'Close' }).click();
  await desk.registerTicket({ title: 'Slow search' });
  await page.clock.fastForward('01:59:00');
  await expect(desk.row('T-1001')).toContainText('On track');
  await page.clock.fastForward('00:01:00');
  await expect(desk.row('T-1001')).toContainText('At risk');
  await desk.row('T-1001').click();
  await expect(desk.detail.getByRole('listitem').filter({ hasText: 'Registered' })).toContainText('Dirk');
});

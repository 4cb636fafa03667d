import { expect, test } from './support/fixtures';
import { PoliciesPage } from './pages/policies-page';

// Mon 2 March 2026, 09:00 in Amsterdam.
const MONDAY_0900 = '2026-03-02T09:00:00+01:00';
const SCOPE = 'Scope4mation basic SLA';
const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'];

test.describe('the policy editor', () => {
  test('new office hours and a closure day: the preview moves, a new ticket runs on them, an older ticket keeps the old ones', async ({
    desk,
    startAt,
    page,
  }) => {
    test.setTimeout(60_000);
    const policies = new PoliciesPage(page);
    await test.step('Arrange: a Scope4mation customer with a Normal bug registered Monday 09:00 (resolution 16 office hours: Wed 09:00)', async () => {
      await startAt(MONDAY_0900);
      await desk.open();
      await desk.addCustomer('Gemeente Houten', SCOPE, 'Support');
      await desk.registerTicket({ title: 'Login fails' });
      await desk.row('T-1001').click();
      await expect(desk.timer('Resolution')).toContainText('Due Wed 4 Mar 2026, 09:00 CET');
    });
    await test.step('Act: edit the policy: 09:00–17:00 on weekdays, Tuesday 3 March closed', async () => {
      await policies.open();
      await expect(policies.row(SCOPE)).toContainText('Version 1');
      await policies.edit(SCOPE);
      await expect(policies.previewDue('Resolution')).toContainText('Wed 4 Mar 2026, 09:00 CET');
      await policies.setHours(WEEKDAYS, '09:00–17:00');
      await policies.addClosureDay('2026-03-03', 'Office move');
    });
    await test.step('Assert: the preview moves (Mon 8 h, Tuesday closed, Wed 8 h: Wed 17:00), the version in force does not', async () => {
      await expect(policies.previewDue('Resolution')).toHaveText(/^Resolution16hWed 4 Mar 2026, 17:00 CETWed 4 Mar 2026, 09:00 CET$/);
      await expect(policies.closingDay('2026-03-03')).toContainText('Office move');
      await expect(policies.closingDay('2026-04-27')).toContainText("King's Day");
    });
    await test.step('Assert: a mistake is named before it can be adopted', async () => {
      await policies.editor.getByLabel('Friday', { exact: true }).fill('9-17');
      await expect(policies.problems).toContainText('Friday: must be a time "HH:MM" between 00:00 and 24:00');
      await expect(policies.editor.getByRole('button', { name: 'Adopt as version 2' })).toBeDisabled();
      await policies.editor.getByLabel('Friday', { exact: true }).fill('09:00-17:00');
      await expect(policies.problems).toBeHidden();
    });
    await test.step('Act: adopt it as version 2 (not for the open ticket), and register a ticket at 10:00', async () => {
      await policies.adopt();
      await expect(policies.row(SCOPE)).toContainText('Version 2');
      await page.clock.fastForward('01:00:00');
      await page.getByRole('button', { name: 'Queue', exact: true }).click();
      await desk.registerTicket({ title: 'Export hangs' });
    });
    await test.step('Assert: the new ticket is due on the new hours (Mon 10–17, Wed 8 h, Thu 09:00 + 1 h), the older one on the old', async () => {
      await desk.row('T-1002').click();
      await expect(desk.timer('Resolution')).toContainText('Due Thu 5 Mar 2026, 10:00 CET');
      await expect(desk.detail).toContainText(`Runs on ${SCOPE}, version 2`);
      await desk.row('T-1001').click();
      await expect(desk.timer('Resolution')).toContainText('Due Wed 4 Mar 2026, 09:00 CET');
      await expect(desk.detail).toContainText(`Runs on ${SCOPE}, version 1`);
    });
  });

  test('applying a new version to open tickets is logged on each ticket and moves its clocks', async ({ desk, startAt, page }) => {
    const policies = new PoliciesPage(page);
    await startAt(MONDAY_0900);
    await desk.open();
    await desk.addCustomer('Gemeente Houten', SCOPE, 'Support');
    await desk.registerTicket({ title: 'Login fails' });
    await policies.open();
    await policies.edit(SCOPE);
    await policies.setHours(WEEKDAYS, '09:00–17:00');
    await policies.addClosureDay('2026-03-03', 'Office move');
    await policies.adopt({ applyToOpen: true });
    await page.getByRole('button', { name: 'Queue', exact: true }).click();
    await desk.row('T-1001').click();
    await expect(desk.timer('Resolution')).toContainText('Due Wed 4 Mar 2026, 17:00 CET');
    await expect(desk.timelineEntry('Policy version 2 applied')).toBeVisible();
    await expect(desk.detail).toContainText(`Runs on ${SCOPE}, version 2`);
  });
  test("a copy as a new policy with Japan's holidays, loaded on demand, for a new customer's contract", async ({ desk, startAt, page }) => {
    test.setTimeout(60_000);
    const policies = new PoliciesPage(page);
    await startAt(MONDAY_0900);
    await desk.open();
    await policies.open();
    await policies.copy(SCOPE);
    await expect(policies.editor).toContainText(`Copied from ${SCOPE}, version 1`);
    await policies.editor.getByLabel('Policy name').fill('Tokyo office');
    await policies.editor.getByLabel('Policy id').fill('tokyo-office');
    await policies.editor.getByLabel('Time zone').fill('Asia/Tokyo');
    await policies.editor.getByLabel('Country').selectOption({ label: 'Japan' });
    // Monday 4 May 2026: Greenery Day, a working weekday closed by Japan's holidays (and not by the Dutch King's Day).
    await expect(policies.closingDay('2026-05-04')).toContainText('Greenery Day');
    await expect(policies.closingDay('2026-04-27')).toHaveCount(0);
    await policies.adopt();
    await expect(policies.row('Tokyo office')).toContainText('Version 1');
    await desk.addCustomer('Tokyo Trading', 'Tokyo office', 'Support');
    await page.getByRole('button', { name: 'Queue', exact: true }).click();
    await desk.registerTicket({ title: 'Login fails' });
    await desk.row('T-1001').click();
    await expect(desk.detail).toContainText('Runs on Tokyo office, version 1');
    // Registered Mon 2 Mar 17:00 Tokyo time (09:00 CET), after the office closed: response 4 h from Tue 08:30 JST.
    await expect(desk.timer('Response')).toContainText('Due Tue 3 Mar 2026, 12:30 GMT+9');
  });
});

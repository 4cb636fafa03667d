import { expect, test } from './support/fixtures';

// Mon 2 March 2026, 09:00 in Amsterdam.
const MONDAY_0900 = '2026-03-02T09:00:00+01:00';

test.describe('acting on a ticket', () => {
  test('a refused priority change keeps what the agent typed', async ({ desk, startAt }) => {
    await test.step('Arrange: a Normal ticket, open in the detail', async () => {
      await startAt(MONDAY_0900);
      await desk.open();
      await desk.addCustomer('Gemeente Houten', 'Scope4mation basic SLA', 'Support');
      await desk.registerTicket({ title: 'Everything is slow' });
      await desk.row('T-1001').click();
    });
    await test.step('Act: raise it to High without a phone call', async () => {
      await desk.changePriority('High', 'Whole office affected');
    });
    await test.step('Assert: refused with the reason, and the reason and the choice are still there', async () => {
      await expect(desk.detail.getByRole('alert')).toContainText('Call: High must be phoned in');
      await expect(desk.priorityReason).toHaveValue('Whole office affected');
      await expect(desk.newPriority.getByRole('option', { name: 'High', selected: true })).toBeAttached();
    });
    await test.step('Act and assert: agreed by phone, the same input goes through', async () => {
      await desk.tickAgreedByPhone();
      await desk.submitPriorityChange();
      await expect(desk.timelineEntry('Priority → High')).toBeVisible();
      await expect(desk.priorityReason).toHaveValue('');
      await expect(desk.detail.getByRole('alert')).toBeHidden();
    });
  });
});

import { expect, test } from './support/fixtures';

// Mon 2 March 2026, 09:00 in Amsterdam: Connect & Engage business hours.
const MONDAY_0900 = '2026-03-02T09:00:00+01:00';

test.describe('the escalation ladder on the ticket', () => {
  test('a P1 incident shows its next step is due now, and the agent takes it with the escalate command', async ({ desk, startAt }) => {
    await test.step('Arrange: a Connect & Engage P1 incident, open in the detail', async () => {
      await startAt(MONDAY_0900);
      await desk.open();
      await desk.addCustomer('Bakkerij Jansen', 'Connect & Engage SLA', 'Standard');
      await desk.registerTicket({ title: 'Voice is down', type: 'Incident', priority: 'P1 Critical' });
      await desk.row('T-1001').click();
    });
    await test.step('Assert: the ladder says where it stands, what triggers the next step, and that it is due', async () => {
      await expect(desk.ladder).toContainText('Second line: immediately, for this priority');
      await expect(desk.ladder.getByRole('status')).toContainText('The step to Second line is due now.');
    });
    await test.step('Act: take the step from the ladder', async () => {
      await desk.ladder.getByRole('button', { name: 'Escalate to Second line' }).press('Enter');
    });
    await test.step('Assert: escalated through the ticket command; the ladder moved up one step', async () => {
      await expect(desk.timelineEntry('Escalated to Second line')).toBeVisible();
      await expect(desk.ladder).toContainText('Third line: immediately, for this priority');
    });
  });

  test('a Scope4mation ticket leaves the step to the agent and shows nothing due', async ({ desk, startAt }) => {
    await startAt(MONDAY_0900);
    await desk.open();
    await desk.addCustomer('Gemeente Houten', 'Scope4mation basic SLA', 'Support');
    await desk.registerTicket({ title: 'Everything is slow' });
    await desk.row('T-1001').click();
    await expect(desk.ladder).toContainText("at the agent's judgement");
    await expect(desk.ladder.getByRole('status')).toHaveCount(0);
  });
});

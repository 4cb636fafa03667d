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

test.describe('the war team', () => {
  test('a Konneqt ticket records the war team convened, members and response plan; bad input names the field', async ({ desk, startAt }) => {
    await test.step('Arrange: a Konneqt P1 incident, open in the detail', async () => {
      await startAt('2026-03-02T10:00:00-05:00'); // Mon, New York business hours
      await desk.open();
      await desk.addCustomer('Acme Corp', 'Konneqt Support Services Policy', 'Enterprise (8×5)');
      await desk.registerTicket({ title: 'Gateway down', type: 'Incident', priority: 'P1 Critical' });
      await desk.row('T-1001').click();
      await expect(desk.ladder).toContainText('War team');
    });
    await test.step('Act and assert: without members it is refused, naming the field, and nothing is recorded', async () => {
      await desk.warTeam.getByRole('button', { name: 'Record war team convened' }).press('Enter');
      await expect(desk.warTeam.getByRole('alert')).toContainText('War team members: name at least one member of the war team');
      await expect(desk.timelineEntry('War team convened')).toHaveCount(0);
    });
    await test.step('Act: fill in the members and the response plan', async () => {
      await desk.warTeam.getByLabel('Members (one per line)').fill('Ann (support)\nBo (executive)\nCy (Acme)');
      await desk.warTeam.getByLabel('Technical assessment').fill('Gateway pods crash-loop');
      await desk.warTeam.getByLabel('Mitigation').fill('Fail over to region B');
      await desk.warTeam.getByLabel('Resource allocation').fill('Two SREs on call');
      await desk.warTeam.getByLabel('Status updates every').fill('1 hour');
      await desk.warTeam.getByRole('button', { name: 'Record war team convened' }).press('Enter');
    });
    await test.step('Assert: the timeline and the ladder show it', async () => {
      await expect(desk.timelineEntry('War team convened: Ann (support), Bo (executive), Cy (Acme)')).toContainText('Fail over to region B');
      await expect(desk.ladder).toContainText('Convened: Ann (support), Bo (executive), Cy (Acme)');
    });
  });
});

import { expect, test } from './support/fixtures';

// Wed 4 March 2026, 11:00 in Amsterdam: the demo desk is built around this moment.
const WEDNESDAY_1100 = '2026-03-04T11:00:00+01:00';

test.describe('the desk and its data', () => {
  test.beforeEach(async ({ desk, startAt }) => {
    await startAt(WEDNESDAY_1100);
    await desk.open();
  });

  test('an empty desk offers the demo desk and loads it only when asked', async ({ desk }) => {
    await expect(desk.emptyDeskHeading).toBeVisible();
    await expect(desk.queue).toBeHidden();
    await desk.loadDemoDesk();
    await expect(desk.ticketCount('44 of 44 open tickets')).toBeVisible();
    await expect(desk.queue.getByText('Breached').first()).toBeVisible();
    await expect(desk.queue.getByText('At risk').first()).toBeVisible();
  });

  test('a broken import is refused with the field and the reason, and nothing changes', async ({ desk }) => {
    await desk.loadDemoDesk();
    const broken = JSON.stringify({
      format: 'klok-desk',
      version: 1,
      exportedAt: '2026-03-04T10:00:00Z',
      customers: [],
      contracts: [],
      agents: [],
      tickets: [{ id: 't1', events: [{ id: 'e1', kind: 'created', at: 'tuesday' }] }],
    });
    const dialog = await desk.importDeskFile('broken.json', broken);
    await expect(dialog.alert).toContainText('tickets[0].events[0].at: "tuesday" must be an ISO-8601');
    await dialog.close();
    await expect(desk.ticketCount('44 of 44 open tickets')).toBeVisible();
  });

  test('the language switches to Dutch and stays Dutch after a reload', async ({ desk }) => {
    await desk.loadDemoDesk();
    await desk.setLanguage('Nederlands');
    await expect(desk.viewButton('Wachtrij')).toBeVisible();
    await desk.reload();
    await expect(desk.queueNamed('Meldingenwachtrij')).toBeVisible();
  });

  test('the queue is driven from the keyboard', async ({ desk }) => {
    await desk.loadDemoDesk();
    await desk.queue.focus();
    await desk.press('Home');
    await expect(desk.detail).toBeVisible();
    const first = await desk.detailHeading().textContent();
    await desk.press('ArrowDown');
    await expect(desk.detailHeading()).not.toHaveText(first ?? '');
    await desk.press('r');
    await expect(desk.timelineEntry('Responded')).toBeVisible();
  });

  test('the status view groups open tickets by status', async ({ desk }) => {
    await desk.loadDemoDesk();
    await desk.viewButton('By status').click();
    await expect(desk.statusColumn('Waiting for customer')).toBeVisible();
    await expect(desk.statusColumn('Waiting for development').getByRole('button').first()).toBeVisible();
  });

  test('the board offers closing a ticket whose reply term is over, and closes it only when asked', async ({ desk }) => {
    await desk.loadDemoDesk();
    await desk.filterBy('Status', 'Waiting for customer');
    await expect(desk.closeOffers().first()).toBeVisible();
    const before = await desk.closeOffers().count();
    await expect(desk.ticketCount(/of 44 open tickets/)).toBeVisible();
    await desk.closeOffers().first().click();
    await expect(desk.ticketCount(/of 43 open tickets/)).toBeVisible();
    await expect(desk.closeOffers()).toHaveCount(before - 1);
  });
});

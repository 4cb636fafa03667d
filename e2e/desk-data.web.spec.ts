import { expect, test } from './support/fixtures';

test.describe('the desk and its data', () => {
  test('an empty desk offers the demo desk and loads it only when asked', async ({ desk, startAt }) => {
    await startAt('2026-03-04T11:00:00+01:00');
    await desk.open();
    await expect(desk.page.getByRole('heading', { name: 'This desk is empty' })).toBeVisible();
    await expect(desk.queue).toBeHidden();
    await desk.loadDemoDesk();
    await expect(desk.page.getByText('44 of 44 open tickets')).toBeVisible();
    await expect(desk.queue.getByText('Breached').first()).toBeVisible();
    await expect(desk.queue.getByText('At risk').first()).toBeVisible();
  });

  test('a broken import is refused with the field and the reason, and nothing changes', async ({ desk, startAt }) => {
    await startAt('2026-03-04T11:00:00+01:00');
    await desk.open();
    await desk.loadDemoDesk();
    const broken = JSON.stringify({ format: 'klok-desk', version: 1, exportedAt: '2026-03-04T10:00:00Z', customers: [], contracts: [], agents: [], tickets: [{ id: 't1', events: [{ id: 'e1', kind: 'created', at: 'tuesday' }] }] });
    await desk.importDeskFile('broken.json', broken);
    await expect(desk.page.getByRole('dialog', { name: 'Desk data' }).getByRole('alert')).toContainText('tickets[0].events[0].at: "tuesday" must be an ISO-8601');
    await desk.page.getByRole('dialog', { name: 'Desk data' }).getByRole('button', { name: 'Close' }).click();
    await expect(desk.page.getByText('44 of 44 open tickets')).toBeVisible();
  });

  test('the language switches to Dutch and stays Dutch after a reload', async ({ desk, startAt }) => {
    await startAt('2026-03-04T11:00:00+01:00');
    await desk.open();
    await desk.loadDemoDesk();
    await desk.page.getByLabel('Language').selectOption({ label: 'Nederlands' });
    await expect(desk.page.getByRole('button', { name: 'Wachtrij' })).toBeVisible();
    await desk.reload();
    await expect(desk.page.getByRole('grid', { name: 'Meldingenwachtrij' })).toBeVisible();
  });

  test('the queue is driven from the keyboard', async ({ desk, startAt }) => {
    await startAt('2026-03-04T11:00:00+01:00');
    await desk.open();
    await desk.loadDemoDesk();
    await desk.queue.focus();
    await desk.page.keyboard.press('Home');
    await expect(desk.detail).toBeVisible();
    const first = await desk.detail.getByRole('heading', { level: 2 }).textContent();
    await desk.page.keyboard.press('ArrowDown');
    await expect(desk.detail.getByRole('heading', { level: 2 })).not.toHaveText(first ?? '');
    await desk.page.keyboard.press('r');
    await expect(desk.detail.getByRole('list').last()).toContainText('Responded');
  });

  test('the status view groups open tickets by status', async ({ desk, startAt }) => {
    await startAt('2026-03-04T11:00:00+01:00');
    await desk.open();
    await desk.loadDemoDesk();
    await desk.page.getByRole('button', { name: 'By status' }).click();
    await expect(desk.page.getByRole('region', { name: 'Waiting for customer' })).toBeVisible();
    await expect(desk.page.getByRole('region', { name: 'Waiting for development' }).getByRole('button').first()).toBeVisible();
  });
});

test('the board offers closing a ticket whose reply term is over, and closes it only when asked', async ({ desk, startAt }) => {
  await startAt('2026-03-04T11:00:00+01:00');
  await desk.open();
  await desk.loadDemoDesk();
  await desk.page.getByLabel('Status').selectOption({ label: 'Waiting for customer' });
  const offers = desk.queue.getByRole('button', { name: 'Reply term over: close' });
  await expect(offers.first()).toBeVisible();
  const before = await offers.count();
  await expect(desk.page.getByText(/of 44 open tickets/)).toBeVisible();
  await offers.first().click();
  await expect(desk.page.getByText(/of 43 open tickets/)).toBeVisible();
  await expect(offers).toHaveCount(before - 1);
});

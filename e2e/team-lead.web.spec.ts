import { expect, test } from './support/fixtures';

// Wed 4 March 2026, 11:00 in Amsterdam: the demo desk is built around this moment.
const WEDNESDAY_1100 = '2026-03-04T11:00:00+01:00';

test.describe('team lead', () => {
  test.beforeEach(async ({ desk, startAt }) => {
    await startAt(WEDNESDAY_1100);
    await desk.open();
    await desk.loadDemoDesk();
  });

  test('the forecast counts every open ticket once, by agent or by customer, and leads from a breach to its ticket', async ({ page, desk }) => {
    await test.step('Act: open the team lead view', async () => {
      await page.getByRole('button', { name: 'Team lead' }).click();
    });
    const byAgent = page.getByRole('table', { name: 'Breach forecast by Agent' });
    const breached = page.getByRole('table', { name: 'Breached now' });
    await test.step('Assert: the breached column adds up to the breached tickets listed below', async () => {
      await expect(byAgent).toBeVisible();
      const total = byAgent.locator('tfoot tr').getByRole('cell');
      await expect(total).toHaveCount(5);
      const breachedTotal = Number(await total.first().textContent());
      expect(breachedTotal).toBeGreaterThan(0);
      const breachedTickets = new Set(await breached.locator('tbody th').allTextContents());
      expect(breachedTickets.size).toBe(breachedTotal);
    });
    await test.step('Act and assert: grouped by customer, the same total spreads over the demo customers', async () => {
      const agentTotals = await byAgent.locator('tfoot td').allTextContents();
      await page.getByLabel('Group by').selectOption({ label: 'Customer' });
      const byCustomer = page.getByRole('table', { name: 'Breach forecast by Customer' });
      await expect(byCustomer.getByRole('rowheader', { name: 'Gemeente Houten' })).toBeVisible();
      // Unassigned tickets count in both groupings: every ticket has a customer and, here, no agent.
      await expect(byCustomer.locator('tfoot td')).toHaveText(agentTotals);
    });
    await test.step('Act and assert: a breached ticket opens in the detail', async () => {
      const first = breached.locator('tbody th').getByRole('button').first();
      const number = (await first.textContent()) ?? '';
      await first.click();
      await expect(desk.detail).toContainText(number);
    });
  });

  test('speaks Dutch', async ({ page, desk }) => {
    await desk.setLanguage('Nederlands');
    await page.getByRole('button', { name: 'Teamleider' }).click();
    await expect(page.getByRole('heading', { name: 'Verwachte overschrijdingen' })).toBeVisible();
    await expect(page.getByRole('table', { name: 'Verwachte overschrijdingen per Medewerker' })).toBeVisible();
    await expect(page.getByRole('columnheader', { name: 'Volgende werkdag' })).toBeVisible();
  });
});

import { expect, test } from './support/fixtures';

// Wed 4 March 2026, 11:00 in Amsterdam: the demo desk is built around this moment.
const WEDNESDAY_1100 = '2026-03-04T11:00:00+01:00';

test.describe('deadlines ahead', () => {
  test('the timeline and the heat map draw what their table twin lists, per agent and day', async ({ page, desk }) => {
    await test.step('Arrange: the demo desk, the team lead view', async () => {
      await page.clock.install({ time: new Date(new Date(WEDNESDAY_1100).getTime() - 60_000) });
      await page.clock.pauseAt(new Date(WEDNESDAY_1100));
      await desk.open();
      await desk.loadDemoDesk();
      await page.getByRole('button', { name: 'Team lead' }).click();
    });
    const twin = page.getByRole('table', { name: 'Deadlines ahead per agent and day' });
    await test.step('Assert: seven days from today, a total per day, and the charts beside it', async () => {
      await expect(twin.getByRole('columnheader')).toHaveText([
        'Agent',
        'Wed 4 Mar',
        'Thu 5 Mar',
        'Fri 6 Mar',
        'Sat 7 Mar',
        'Sun 8 Mar',
        'Mon 9 Mar',
        'Tue 10 Mar',
        'Later',
      ]);
      const totals = (await twin.locator('tfoot td').allTextContents()).map(Number);
      expect(totals.reduce((a, b) => a + b, 0)).toBeGreaterThan(0);
      // Each row's counts add up to the totals.
      const rows = await twin.locator('tbody tr').all();
      const sums = totals.map(() => 0);
      for (const row of rows) (await row.locator('td').allTextContents()).forEach((c, i) => (sums[i] = (sums[i] ?? 0) + Number(c)));
      expect(sums).toEqual(totals);
      const timeline = page.getByRole('img', { name: /^Timeline of deadlines per day: Wed 4 Mar: \d+/ });
      await expect(timeline).toBeVisible();
      await expect(timeline.locator('canvas').first()).toBeVisible();
      await expect(timeline).toHaveAccessibleName(new RegExp(`Wed 4 Mar: ${totals[0]}, Thu 5 Mar: ${totals[1]}`));
      const heatmap = page.getByRole('img', { name: new RegExp(`^Heat map of deadlines for ${rows.length} agents over 7 days`) });
      await expect(heatmap.locator('canvas').first()).toBeVisible();
    });
  });
});

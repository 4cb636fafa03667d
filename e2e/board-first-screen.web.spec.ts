import { generatedDeskFile } from '../src-shared/test-support/generated-desk';
import { expect, test } from './support/fixtures';

// Wed 4 March 2026, 11:00 in Amsterdam.
const WEDNESDAY_1100 = '2026-03-04T11:00:00+01:00';

declare global {
  interface Window {
    /** The board's ticket counts in the order the page showed them (recorded by the test). */
    klokCounts?: string[];
  }
}

test.describe('the board of a big desk', () => {
  // It imports a desk file of 150 tickets first.
  test.describe.configure({ timeout: 60_000 });
  test('shows the 100 tickets that breach first, then every open ticket, in one queue order (decision 21)', async ({ page, desk, startAt }) => {
    await test.step('Arrange: a desk of 150 open tickets, imported', async () => {
      await startAt(WEDNESDAY_1100);
      await desk.open();
      // A successful import closes its dialog.
      await desk.importDeskFile('desk-150.json', generatedDeskFile({ open: 150, closed: 0, now: Date.parse(WEDNESDAY_1100) }));
      await expect(desk.ticketCount('150 of 150 open tickets')).toBeVisible();
      await expect(page.getByRole('dialog', { name: 'Desk data' })).toBeHidden();
    });
    const firstRows = () => desk.queueRows.evaluateAll((rows) => rows.slice(0, 8).map((row) => row.id));
    const before = await firstRows();
    await test.step('Act: open the desk again, noting each count the board shows', async () => {
      await page.addInitScript(() => {
        const counts: string[] = [];
        window.klokCounts = counts;
        new MutationObserver(() => {
          const text = document.querySelector('.board [aria-live]')?.textContent;
          if (text && counts.at(-1) !== text) counts.push(text);
        }).observe(document, { subtree: true, childList: true, characterData: true });
      });
      await desk.reload();
    });
    await test.step('Assert: the first screen, then the whole queue, the same tickets on top', async () => {
      await expect(desk.ticketCount('150 of 150 open tickets')).toBeVisible();
      expect(await page.evaluate(() => window.klokCounts)).toEqual(['The first 100 open tickets; loading the rest…', '150 of 150 open tickets']);
      expect(before).toHaveLength(8);
      expect(await firstRows()).toEqual(before);
    });
  });
});

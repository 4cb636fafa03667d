import { execFileSync } from 'node:child_process';
import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures';

// Mon 2 March 2026, 09:00 in Amsterdam.
const MONDAY_0900 = '2026-03-02T09:00:00+01:00';
const YEARS = [2026, 2027, 2028, 2029, 2030];

/** The holidays the `sla` command's explanations name for a calendar, per local date, over `years`. */
function cliHolidays(calendar: string, offset: string): Map<string, string> {
  const queries = YEARS.map((y) => ({ op: 'explain', calendar, from: `${y}-01-01T00:00:00${offset}`, to: `${y + 1}-01-01T00:00:00${offset}` }));
  const answers = JSON.parse(execFileSync('npm', ['run', '--silent', 'sla', '--', 'batch'], { input: JSON.stringify(queries), encoding: 'utf8' })) as {
    spans: { from: string; reason: string; detail?: string }[];
  }[];
  const out = new Map<string, string>();
  for (const a of answers)
    for (const s of a.spans) if (s.reason === 'holiday' && YEARS.includes(Number(s.from.slice(0, 4)))) out.set(s.from.slice(0, 10), s.detail ?? '');
  return out;
}

/** The closing days the app lists for a contract, year by year. */
async function appClosingDays(page: Page, contract: RegExp): Promise<Map<string, string>> {
  const dialog = page.getByRole('dialog', { name: 'Customers and contracts' });
  await dialog.getByRole('button', { name: contract }).click();
  const out = new Map<string, string>();
  for (const year of YEARS) {
    const table = dialog.getByRole('table', { name: new RegExp(`^Closing days of .* in ${year}$`) });
    await expect(table).toBeVisible();
    for (const row of await table.locator('tbody tr').all())
      out.set((await row.getAttribute('data-date')) ?? '', await row.getByRole('cell').first().innerText());
    await dialog.getByRole('button', { name: 'Next year' }).click();
  }
  await dialog.getByRole('button', { name: 'Close closing days' }).click();
  return out;
}

test.describe('closing days', () => {
  test('the app closes the same Dutch and US days as the sla command, with the same names, 2026–2030', async ({ desk, startAt, page }) => {
    test.setTimeout(60_000);
    await test.step('Arrange: a Dutch and a US contract', async () => {
      await startAt(MONDAY_0900);
      await desk.open();
      await desk.addCustomer('Gemeente Houten', 'Scope4mation basic SLA', 'Support');
      await desk.addCustomer('Acme Corp', 'Konneqt Support Services Policy', 'Basic (Americas 12×5)');
      await page.getByRole('button', { name: 'Customers' }).click();
    });
    await test.step('Assert: each contract’s closing days are the CLI’s holidays', async () => {
      const dutch = await appClosingDays(page, /^Closing days of Gemeente Houten/);
      expect(dutch.get('2026-04-27')).toBe("King's Day");
      expect([...dutch]).toEqual([...cliHolidays('scope4mation-office', '+01:00')]);
      const american = await appClosingDays(page, /^Closing days of Acme Corp/);
      expect(american.get('2028-11-10')).toBe('Veterans Day (substitute day)');
      expect([...american]).toEqual([...cliHolidays('konneqt-americas-12x5', '-05:00')]);
    });
  });
});

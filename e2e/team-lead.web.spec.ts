import { execFileSync } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import { parseCsv } from '../src-shared/phone/call-csv';
import { expect, test, type Page } from './support/fixtures';

// Wed 4 March 2026, 11:00 in Amsterdam: the demo desk is built around this moment.
const WEDNESDAY_1100 = '2026-03-04T11:00:00+01:00';

test.describe('team lead', () => {
  test.beforeEach(async ({ desk, startAt }) => {
    await startAt(WEDNESDAY_1100);
    await desk.open();
    await desk.loadDemoDesk();
  });

  test('the forecast counts every open ticket once, by agent or by customer, and leads from a breach to its ticket', async ({ page, desk }) => {
    await test.step('Act: with the network gone (a lead on a train), open the team lead view', async () => {
      await page.context().setOffline(true);
      await page.getByRole('button', { name: 'Team lead' }).click();
      // The charts come with the view, offline too.
      await expect(page.getByRole('img', { name: /^Timeline of deadlines per day/ })).toBeVisible();
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
    const attainment = page.getByRole('region', { name: 'SLA-naleving' });
    await expect(attainment.getByRole('status')).toHaveText('Getoond: 2026-03');
    await expect(
      attainment.getByRole('table', { name: 'Naleving per Klant, 2026-03' }).getByRole('columnheader', { name: 'Overschreden' }).first(),
    ).toBeVisible();
    await expect(attainment.getByRole('button', { name: 'Vorige periode' })).toBeVisible();
  });
});

/** The team lead records an outage of Gemeente Houten's product now, complete, and ends it ten minutes later. */
async function recordTenMinuteOutage(page: Page): Promise<void> {
  const form = page.getByRole('form', { name: 'Record an outage' });
  await form.getByLabel('Customer and contract').selectOption({ label: 'Gemeente Houten — Scope4mation basic SLA Support' });
  await form.getByLabel('How bad').selectOption({ label: 'Unavailable: nobody can use it' });
  await form.getByRole('button', { name: 'Record outage' }).click();
  await page.clock.fastForward('10:00');
  await page.getByRole('table', { name: 'Outages', exact: true }).getByRole('button', { name: 'End the outage of Gemeente Houten' }).click();
  const end = page.getByRole('form', { name: 'End of the outage of Gemeente Houten' });
  await end.getByRole('button', { name: 'Save end' }).click();
  await expect(end).toBeHidden();
}

test.describe('availability', () => {
  test('recording a 10-minute outage takes a Scope4mation contract below 99.99 % for the month and overspends its budget', async ({
    page,
    desk,
    startAt,
  }, testInfo) => {
    await test.step('Arrange: a Scope4mation customer on Monday 2 March 2026, 09:00 Amsterdam', async () => {
      await startAt('2026-03-02T09:00:00+01:00');
      await desk.open();
      await desk.addCustomer('Gemeente Houten', 'Scope4mation basic SLA', 'Support');
      // A lead on a train: no network from here on.
      await page.context().setOffline(true);
      await page.getByRole('button', { name: 'Team lead' }).click();
    });
    const table = page.getByRole('table', { name: 'Availability against target' });
    const row = table.getByRole('row', { name: /Gemeente Houten/ });
    await test.step('Assert: March so far: 100 %, met, the whole budget of 0.01 % of 743 hours left', async () => {
      await expect(page.getByLabel('Month')).toHaveValue('2026-03');
      await expect(row).toContainText('100.000 %');
      await expect(row).toContainText('99.99 %');
      await expect(row).toContainText('met');
      await expect(row).toContainText('4 m 27 s');
    });
    await test.step('Act: the team lead records an outage from 09:00 and ends it at 09:10', async () => {
      await recordTenMinuteOutage(page);
    });
    await test.step('Assert: 10 minutes down, 99.978 %, missed, the budget overspent by 5 m 32 s', async () => {
      await expect(row).toContainText('99.978 %');
      await expect(row).toContainText('missed');
      await expect(row).toContainText('10 m 00 s');
      await expect(row).toContainText('overspent by 5 m 32 s');
    });
    await test.step('Act and assert: the report exports what the table shows, in both CSV profiles', async () => {
      const save = async (button: string) => {
        const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button }).click()]);
        return readFile((await download.path()) ?? '', 'utf8');
      };
      const [header, line] = parseCsv(await save('Export availability (CSV)'));
      expect(header).toEqual([
        'Contract',
        'Product category',
        'Period',
        'Availability (%)',
        'Target (%)',
        'Met',
        'Downtime (minutes)',
        'Budget left (minutes)',
      ]);
      expect(line).toEqual(['Gemeente Houten — Scope4mation basic SLA Support', '', '2026-03', '99.978', '99.99', 'missed', '10.00', '-5.54']);
      const dutch = await save('Export availability (CSV for Dutch Excel)');
      expect(dutch.charCodeAt(0)).toBe(0xfeff);
      expect(parseCsv(dutch.slice(1))[1]).toEqual([
        'Gemeente Houten — Scope4mation basic SLA Support',
        '',
        '2026-03',
        '99,978',
        '99,99',
        'missed',
        '10,00',
        '-5,54',
      ]);
    });
    await test.step('Act and assert: the printed report (PDF) says the same, with its page number', async () => {
      await page.context().addInitScript({ content: 'window.print = () => undefined;' });
      const [popup] = await Promise.all([page.waitForEvent('popup'), page.getByRole('button', { name: 'Print availability report (PDF)' }).click()]);
      await popup.waitForLoadState('load');
      const file = testInfo.outputPath('availability.pdf');
      await writeFile(file, await popup.pdf({ preferCSSPageSize: true }));
      const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
      expect(text).toContain('Availability 2026-03');
      for (const figure of ['99.978 %', '99.99 %', 'missed', '10 m 00 s', 'overspent by 5 m 32 s']) expect(text).toContain(figure);
      expect(text).toContain('Page 1 of 1');
      await popup.close();
    });
  });

  test('a maintenance window announced a week ahead excuses the outage; one announced late does not', async ({ page, desk, startAt }) => {
    await startAt('2026-03-02T09:00:00+01:00');
    await desk.open();
    await desk.addCustomer('Gemeente Houten', 'Scope4mation basic SLA', 'Support');
    await page.getByRole('button', { name: 'Team lead' }).click();
    await test.step('Arrange: a 10-minute outage from 09:00 (21:45 on the agent’s Chatham clock), recorded and ended', async () => {
      await recordTenMinuteOutage(page);
    });
    const row = page.getByRole('table', { name: 'Availability against target' }).getByRole('row', { name: /Gemeente Houten/ });
    await expect(row).toContainText('missed');
    const windowForm = page.getByRole('form', { name: 'Record an exclusion window' });
    const record = async (announced: string) => {
      await windowForm.getByLabel('Customer and contract').selectOption({ label: 'Gemeente Houten — Scope4mation basic SLA Support' });
      await windowForm.getByLabel('Reason').selectOption({ label: 'Planned maintenance' });
      await windowForm.getByLabel('Window starts at').fill('2026-03-02T21:30');
      await windowForm.getByLabel('Window ends at').fill('2026-03-02T22:30');
      await windowForm.getByLabel('Announced to the customer at').fill(announced);
      await windowForm.getByRole('button', { name: 'Record window' }).click();
    };
    await test.step('Act and assert: announced the evening before, it is too late: still missed', async () => {
      await record('2026-03-01T21:00');
      const windows = page.getByRole('table', { name: 'Exclusion windows' });
      await expect(windows.getByRole('row').nth(1)).toContainText('too little notice: counts as downtime');
      await expect(row).toContainText('missed');
      await windows.getByRole('button', { name: 'Withdraw the window of Gemeente Houten — Scope4mation basic SLA Support' }).click();
      await expect(windows.getByRole('row').nth(1)).toContainText('withdrawn');
    });
    await test.step('Act and assert: announced a week ahead, the outage falls inside it: met, no downtime', async () => {
      await record('2026-02-23T21:00');
      await expect(row).toContainText('met');
      await expect(row).toContainText('100.000 %');
    });
  });
});

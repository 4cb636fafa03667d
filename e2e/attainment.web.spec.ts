import { execFileSync } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import { parseCsv } from '../src-shared/phone/call-csv';
import { AttainmentPanel } from './pages/attainment-panel';
import { expect, test } from './support/fixtures';

// Mon 2 March 2026, 09:00 in Amsterdam. Scope4mation Normal: response within 4 h, resolution within 16 h of office hours.
const MONDAY_0900 = '2026-03-02T09:00:00+01:00';
const HOUTEN = 'Gemeente Houten';

test.describe('SLA attainment', () => {
  test('closed tickets count in their month: a percentage, the tickets behind a breach, and one opened in the detail', async ({
    page,
    desk,
    startAt,
  }, testInfo) => {
    const attainment = new AttainmentPanel(page);
    await test.step('Arrange: two Normal bugs closed on Monday, one answered in 30 minutes, one after 5 hours', async () => {
      await startAt(MONDAY_0900);
      await desk.open();
      // Offline from the start: the desk, the dashboard and its reports need no network.
      await page.context().setOffline(true);
      await desk.addCustomer(HOUTEN, 'Scope4mation basic SLA', 'Support');
      await desk.registerTicket({ title: 'Login fails' });
      await desk.registerTicket({ title: 'Printer jams' });
      await page.clock.fastForward('00:30:00');
      await desk.row('T-1001').click();
      await desk.respond();
      await desk.resolve();
      await desk.changeStatus('Closed');
      await page.clock.fastForward('04:30:00'); // 14:00: T-1002's response was due at 13:00
      await desk.row('T-1002').click();
      await desk.respond();
      await desk.resolve();
      await desk.changeStatus('Closed');
    });
    await test.step('Act: open the attainment in the team lead view', async () => {
      await attainment.open();
    });
    await test.step('Assert: March, by customer: response 1 met and 1 breached (50 %), resolution 2 met (100 %)', async () => {
      await expect(attainment.showing).toHaveText('Showing 2026-03');
      const row = attainment.row('Customer', '2026-03', HOUTEN);
      await expect(row.getByRole('cell')).toHaveText(['1', '1', '50 %', '2', '0', '100 %']);
      // The chart draws the same shares; its name carries them for screen readers.
      await expect(
        page
          .getByRole('img', {
            name: `Chart of the share met per target, 2026-03: ${HOUTEN}: Response 50 %, Resolution 100 %. The table below lists every figure.`,
          })
          .locator('canvas')
          .first(),
      ).toBeVisible();
      // Resolution in practice: 30 minutes and 5 hours, against 90 % within 8 h: all within, P90 is 5 h.
      await expect(attainment.practice('Normal (Scope4mation basic SLA)', '2026-03').getByRole('row').nth(1).getByRole('cell')).toHaveText([
        '100 %',
        'P90: 5 h 00 m',
        'holds',
      ]);
    });
    await test.step('Act and assert: the breached response leads to T-1002, which opens in the detail', async () => {
      const list = await attainment.drill(`Show the 1 breached Response targets of ${HOUTEN}`);
      await expect(list.getByRole('row')).toHaveCount(2);
      await expect(list.getByRole('row').nth(1)).toContainText('breached');
      await attainment.openTicket(list, 'T-1002');
      await expect(desk.detail).toContainText('T-1002');
      await expect(desk.detail).toContainText('Printer jams');
    });
    await test.step('Act and assert: the report exports what the table shows', async () => {
      const [download] = await Promise.all([page.waitForEvent('download'), attainment.region.getByRole('button', { name: 'Export attainment (CSV)' }).click()]);
      const rows = parseCsv(await readFile((await download.path()) ?? '', 'utf8'));
      expect(rows[0]).toEqual(['Period', 'Customer', 'Target', 'Met', 'Breached', 'Met (%)']);
      expect(rows[1]).toEqual(['2026-03', HOUTEN, 'Response', '1', '1', '50.0']);
    });
    await test.step('Act and assert: the printed report (PDF) holds the same figures, with its page number', async () => {
      await page.context().addInitScript({ content: 'window.print = () => undefined;' });
      const [popup] = await Promise.all([page.waitForEvent('popup'), attainment.region.getByRole('button', { name: 'Print attainment report (PDF)' }).click()]);
      await popup.waitForLoadState('load');
      const file = testInfo.outputPath('attainment.pdf');
      await writeFile(file, await popup.pdf({ preferCSSPageSize: true }));
      const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
      expect(text).toContain('SLA attainment 2026-03');
      expect(text).toMatch(new RegExp(`${HOUTEN}\\s+1\\s+1\\s+50 %\\s+2\\s+0\\s+100 %`));
      expect(text).toContain('Page 1 of 1');
      await popup.close();
    });
    await test.step('Act and assert: by week the same figures stand in 2026-W10; the week before is empty', async () => {
      await attainment.choosePeriodKind('Week');
      await expect(attainment.row('Customer', '2026-W10', HOUTEN).getByRole('cell').nth(2)).toHaveText('50 %');
      await attainment.previousPeriod();
      await expect(attainment.showing).toHaveText('Showing 2026-W09');
      await expect(attainment.emptyNote).toBeVisible();
    });
  });
});

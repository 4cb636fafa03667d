import { execFileSync } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import Papa from 'papaparse';
import { ConsultancyPage } from './pages/consultancy-page';
import { englishOn } from './support/english-leaks';
import { expect, test } from './support/fixtures';

// Mon 2 March 2026, 09:00 in Amsterdam.
const MONDAY_0900 = '2026-03-02T09:00:00+01:00';
const ENGAGEMENT = 'T-1001 · Migration advice';

test.describe('consultancy', () => {
  test('a timer on a ticket survives a reload, and the approved time is billed in half-day blocks', async ({ page, desk, startAt }, testInfo) => {
    const consultancy = new ConsultancyPage(page);
    await test.step('Arrange: a Scope4mation Support customer with a Consultancy Request', async () => {
      await startAt(MONDAY_0900);
      await desk.open();
      await desk.setAgent('Ann');
      await desk.addCustomer('Gemeente Houten', 'Scope4mation basic SLA', 'Support');
      await desk.registerTicket({ title: 'Advice on the migration', type: 'Consultancy Request' });
      await consultancy.open();
      await consultancy.chooseCustomer('Gemeente Houten');
      await consultancy.openEngagement({ ticket: 'T-1001 Advice on the migration', what: 'Migration advice' });
      await expect(consultancy.engagement(ENGAGEMENT)).toContainText('Not approved: this time is kept, but never reaches an invoice');
    });

    await test.step('Act: start the timer on the ticket, reload, work on, stop it', async () => {
      await consultancy.startTimerOnTicket('T-1001', 'Migration advice');
      await page.clock.fastForward('01:00:00');
      await desk.reload();
      await consultancy.open();
      await expect(consultancy.timerBar).toContainText('1 h');
      await page.clock.fastForward('01:50:00');
      await expect(consultancy.timerBar).toContainText('2 h 50 min');
      await consultancy.stopTimer('Workshop on the migration plan');
    });

    await test.step('Assert: 2 h 50 min worked, 1 h 10 min left in the half day, nothing billable yet', async () => {
      const card = consultancy.engagement(ENGAGEMENT);
      await expect(card).toContainText('1 h 10 min left in this block');
      await expect(card.getByRole('row', { name: /Workshop on the migration plan/ })).toContainText('Not billed yet');
      const preview = await consultancy.previewMonth('2026-03');
      await expect(preview).toContainText('Waiting for approval');
      await expect(preview).toContainText('Nothing to bill in this month.');
    });

    await test.step('Act: record the approval and commit the run for March', async () => {
      await consultancy.recordApproval(ENGAGEMENT, { by: 'J. Jansen', how: 'E-mail', hours: '4', reference: 'RE: offerte 2026-14' });
      const preview = await consultancy.previewMonth('2026-03');
      await expect(preview.getByRole('table', { name: 'Gemeente Houten, 2026-03' })).toContainText('€1,210.00');
      await consultancy.commitMonth('2026-03');
    });

    await test.step('Assert: the specification bills one half day, €1,000.00 + 21 % VAT, and the entry is locked', async () => {
      const invoice = consultancy.invoice('Gemeente Houten', '2026-03');
      await expect(invoice.getByRole('row', { name: /Migration advice/ })).toContainText('2 h 50 min');
      await expect(invoice.getByRole('row', { name: /Migration advice/ })).toContainText('4 h');
      await expect(invoice.getByRole('row', { name: /Subtotal/ })).toContainText('€1,000.00');
      await expect(invoice.getByRole('row', { name: /VAT 21 %/ })).toContainText('€210.00');
      await expect(invoice.getByRole('row', { name: /Total/ }).last()).toContainText('€1,210.00');
      await expect(consultancy.engagement(ENGAGEMENT).getByRole('row', { name: /Workshop/ })).toContainText('Billed (locked)');
      await expect(consultancy.engagement(ENGAGEMENT).getByRole('button', { name: /Edit entry/ })).toHaveCount(0);
    });

    await test.step('Assert: the Dutch CSV holds the blocks and the amount, read back', async () => {
      const download = await consultancy.downloadCsv('Gemeente Houten', 'nl');
      const bytes = await readFile(await download.path());
      expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      const parsed = Papa.parse<string[]>(bytes.toString('utf8').slice(1), { delimiter: ';', skipEmptyLines: true });
      expect(parsed.errors).toEqual([]);
      const [header, line, subtotal, vat, total] = parsed.data;
      expect(header).toEqual(['Customer', 'Period', 'Ticket', 'Description', 'Approval', 'Worked (minutes)', 'Billed (minutes)', 'Rate per hour', 'Amount']);
      expect(line).toEqual([
        'Gemeente Houten',
        '2026-03',
        'T-1001 Advice on the migration',
        'Migration advice',
        expect.stringContaining('J. Jansen'),
        '170',
        '240',
        '250,00',
        '1000,00',
      ]);
      expect(subtotal?.at(-1)).toBe('1000,00');
      expect(vat?.slice(3)).toEqual(['VAT 21 %', '', '', '', '', '210,00']);
      expect(total?.slice(3)).toEqual(['Total', '', '', '', '', '1210,00']);
    });

    await test.step('Assert: the RFC 4180 CSV uses commas and a decimal point', async () => {
      const download = await consultancy.downloadCsv('Gemeente Houten', 'rfc4180');
      const parsed = Papa.parse<string[]>(await readFile(await download.path(), 'utf8'), { skipEmptyLines: true });
      expect(parsed.data[1]?.slice(-3)).toEqual(['240', '250.00', '1000.00']);
      expect(parsed.data.at(-1)?.at(-1)).toBe('1210.00');
    });

    await test.step('Assert: the printed PDF holds the line, the total and the page number', async () => {
      const popup = await consultancy.openPrint('Gemeente Houten');
      const file = testInfo.outputPath('invoice.pdf');
      await writeFile(file, await popup.pdf({ preferCSSPageSize: true }));
      const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
      expect(text).toContain('Invoice specification');
      expect(text).toContain('Customer: Gemeente Houten');
      // The line: ticket, description, time worked and billed, rate, amount (cells wrap within their columns).
      const line = text.split('\n').find((l) => l.includes('T-1001'));
      expect(line).toMatch(/T-1001.*Migration.*E-mail, J\..*2 h 50 min\s+4\s?h\s+€250\.00\s+€1,000\.00/);
      expect(text).toMatch(/Subtotal\s+€1,000\.00/);
      expect(text).toMatch(/VAT 21 %\s+€210\.00/);
      expect(text).toMatch(/Total\s+€1,210\.00/);
      expect(text).toContain('Page 1 of 1');
      // The template's own font, carried inside the document, is the one the PDF embeds.
      expect(execFileSync('pdffonts', [file], { encoding: 'utf8' })).toMatch(/NotoSans/);
      await popup.close();
    });

    await test.step('Assert: in Dutch, the view shows no English and euros the Dutch way', async () => {
      await desk.setLanguage('Nederlands');
      await expect(page.getByRole('region', { name: 'Factuurruns' })).toBeVisible();
      await expect(page.getByRole('table', { name: 'Gemeente Houten, 2026-03' }).last()).toContainText(/€\s1\.210,00/);
      expect(await englishOn(page)).toEqual([]);
    });
  });

  test('Konneqt query hours count toward the Query Support Limit, warn at 80 % and at the limit, and are never billed', async ({ page, desk, startAt }) => {
    const consultancy = new ConsultancyPage(page);
    const QUERIES = 'T-1001 · Answering queries';
    await test.step('Arrange: a Konneqt Basic customer with a Query ticket and query support on it', async () => {
      await startAt(MONDAY_0900);
      await desk.open();
      await desk.addCustomer('Acme Corp', 'Konneqt Support Services Policy', 'Basic (Americas 12×5)');
      await desk.registerTicket({ title: 'How do I export?', type: 'Query (general question)' });
      await consultancy.open();
      await consultancy.chooseCustomer('Acme Corp');
      await consultancy.openEngagement({ ticket: 'T-1001 How do I export?', what: 'Answering queries' });
      await expect(consultancy.engagement(QUERIES)).toContainText('never billed');
    });

    await test.step('Act and assert: 20 h of the 25 h warn at 80 %; product-unusable work does not count; 25 h reach the limit', async () => {
      await consultancy.logTime(QUERIES, { hours: '20', what: 'Export questions' });
      await expect(consultancy.engagement(QUERIES)).toContainText('20 h of 25 h');
      await expect(consultancy.engagement(QUERIES).getByRole('status')).toHaveText('80 % of the Query Support Limit is used.');
      await consultancy.logTime(QUERIES, { hours: '3', what: 'Login broken for everyone', isProductUnusable: true });
      await expect(consultancy.engagement(QUERIES)).toContainText('20 h of 25 h');
      await consultancy.logTime(QUERIES, { hours: '5', what: 'More questions' });
      await expect(consultancy.engagement(QUERIES).getByRole('alert')).toHaveText('The Query Support Limit is reached.');
    });

    await test.step('Assert: a timer left running for 10 hours warns', async () => {
      await consultancy.startTimer(QUERIES);
      await page.clock.fastForward('10:00:00');
      await expect(consultancy.timerBar.getByRole('alert')).toContainText('more than 10 hours');
    });

    await test.step('Assert: query hours never reach a billing run', async () => {
      const preview = await consultancy.previewMonth('2026-03');
      await expect(preview).toContainText('Nothing to bill in this month.');
      await expect(preview).not.toContainText('Waiting for approval');
    });
  });
});

import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import type { InvoiceSpec } from '../../../src-shared/consultancy/billing-run';
import { at } from '../../../src-shared/test-support/instants';
import { i18nFor } from '../../i18n/i18n';
import { invoiceCsv } from './invoice-csv';
import { invoiceHtml } from './invoice-print';
import type { InvoiceNames } from './invoice-rows';

const names: InvoiceNames = {
  customer: () => '=Gemeente; "Houten"',
  ticket: () => ({ number: 'T-1001', title: '@risk <b>advice</b>' }),
};
const line = {
  engagementId: 'eng-1',
  customerId: 'cus-1',
  ticketId: 'tk-1',
  title: '-Migration, advice',
  approval: { approvedBy: 'J. Jansen', approvedAt: at('2026-03-02T09:00:00+01:00'), method: 'email', approvedMinutes: 240, recordedAt: 0 }, // Monday
  entryIds: ['te-1'],
  workedBeforeMinutes: 0,
  workedMinutes: 170,
  billedMinutes: 240,
  blockLeftMinutes: 70,
  centsPerHour: 25_000,
  amountCents: 100_000,
} as const;
const spec: InvoiceSpec = { customerId: 'cus-1', lines: [line], subtotalCents: 123_450, vatPercent: 21, vatCents: 25_925, totalCents: 149_375 };

describe('invoiceCsv', () => {
  it('writes the Dutch profile: BOM, semicolons, decimal commas, CRLF, formulas neutralised', () => {
    const csv = invoiceCsv(i18nFor('nl'), names, spec, '2026-03', 'nl-excel');
    expect(csv.startsWith('\uFEFFKlant;Periode;')).toBe(true);
    expect(csv).toContain('\r\n');
    expect(csv.endsWith('1493,75')).toBe(true);
    const rows = Papa.parse<string[]>(csv.slice(1), { delimiter: ';', skipEmptyLines: true }).data;
    expect(rows[1]).toEqual([
      '\'=Gemeente; "Houten"',
      '2026-03',
      'T-1001 @risk <b>advice</b>',
      "'-Migration, advice",
      expect.stringContaining('J. Jansen'),
      '170',
      '240',
      '250,00',
      '1000,00',
    ]);
    expect(rows.at(-1)?.slice(3)).toEqual(['Totaal', '', '', '', '', '1493,75']);
  });

  it('writes RFC 4180: commas, decimal points, quotes around what needs them, no BOM', () => {
    const csv = invoiceCsv(i18nFor('en'), names, spec, '2026-03', 'rfc4180');
    expect(csv.startsWith('Customer,Period,')).toBe(true);
    expect(csv).toContain('"\'=Gemeente; ""Houten"""');
    const rows = Papa.parse<string[]>(csv, { skipEmptyLines: true }).data;
    expect(rows[1]?.slice(-2)).toEqual(['250.00', '1000.00']);
    expect(rows.at(-2)?.slice(3)).toEqual(['VAT 21 %', '', '', '', '', '259.25']);
  });
});

describe('invoiceHtml', () => {
  it('is an A4 document with page numbers, escaped text, and amounts in the locale', () => {
    const html = invoiceHtml(i18nFor('nl'), names, { name: 'Klok & Co', address: 'Straat 1\nUtrecht' }, [spec], '2026-03');
    expect(html).toContain('size: A4');
    expect(html).toMatch(/@font-face \{ font-family: "Klok Noto Sans"; font-weight: 400; src: url\("data:font\/woff2;base64,/);
    expect(html).toContain('content: "Pagina " counter(page) " van " counter(pages) ""');
    expect(html).toContain('<strong>Klok &amp; Co</strong><br>Straat 1<br>Utrecht');
    expect(html).toContain('@risk &lt;b&gt;advice&lt;/b&gt;');
    expect(html.replace(/\u00a0/g, ' ')).toContain('€ 1.493,75');
  });
});

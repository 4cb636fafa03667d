import Papa from 'papaparse';
import type { InvoiceSpec } from '../../../src-shared/consultancy/billing-run';
import type { I18n } from '../../i18n/i18n';
import { invoiceRows, type InvoiceNames } from './invoice-rows';
import { decimalEuros } from './money';

/**
 * The two CSV profiles: RFC 4180 (comma, CRLF, decimal point) for programs, and the Dutch one
 * (semicolon, decimal comma, a byte-order mark so Excel reads UTF-8) for Dutch spreadsheets.
 */
export const CSV_PROFILES = {
  rfc4180: { delimiter: ',', isDecimalComma: false, hasBom: false },
  nl: { delimiter: ';', isDecimalComma: true, hasBom: true },
} as const;
export type CsvProfile = keyof typeof CSV_PROFILES;

/** A text cell a spreadsheet would run as a formula (= + - @, tab, CR) starts with an apostrophe instead. */
export function neutralise(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

/** One customer's invoice specification for a period as CSV: its lines, then subtotal, VAT and total. */
export function invoiceCsv(i18n: I18n, names: InvoiceNames, spec: InvoiceSpec, period: string, profile: CsvProfile): string {
  const { t } = i18n;
  const p = CSV_PROFILES[profile];
  const euros = (cents: number) => decimalEuros(cents, p.isDecimalComma);
  const customer = neutralise(names.customer(spec.customerId));
  const fields = [
    t('invoice.col.customer'),
    t('invoice.col.period'),
    t('invoice.col.ticket'),
    t('invoice.col.description'),
    t('invoice.col.approval'),
    t('invoice.col.workedMinutes'),
    t('invoice.col.billedMinutes'),
    t('invoice.col.rate'),
    t('invoice.col.amount'),
  ];
  const data = invoiceRows(i18n, names, spec).map((r) => [
    customer,
    period,
    neutralise(r.ticket),
    neutralise(r.description),
    neutralise(r.approval),
    String(r.workedMinutes),
    String(r.billedMinutes),
    euros(r.centsPerHour),
    euros(r.amountCents),
  ]);
  const total = (label: string, cents: number) => [customer, period, '', label, '', '', '', '', euros(cents)];
  data.push(
    total(t('invoice.subtotal'), spec.subtotalCents),
    total(t('invoice.vat', { percent: spec.vatPercent }), spec.vatCents),
    total(t('invoice.total'), spec.totalCents),
  );
  const text = Papa.unparse({ fields, data }, { delimiter: p.delimiter, newline: '\r\n', escapeFormulae: false });
  return `${p.hasBom ? '\uFEFF' : ''}${text}\r\n`;
}

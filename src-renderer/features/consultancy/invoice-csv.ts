import type { InvoiceSpec } from '../../../src-shared/consultancy/billing-run';
import { toCsv, type CsvCell, type CsvProfile } from '../../../src-shared/phone/call-csv';
import type { I18n } from '../../i18n/i18n';
import { invoiceRows, type InvoiceNames } from './invoice-rows';

/** Minutes are whole numbers, the rate and amounts euros with two decimals. */
const DECIMALS = [0, 0, 0, 0, 0, 0, 0, 2, 2];

/**
 * One customer's invoice specification for a period as CSV, in either profile of the phone log's
 * export (`toCsv`: RFC 4180, or Dutch Excel with `;`, decimal comma and BOM; formulas neutralised):
 * its lines, then subtotal, VAT and total.
 */
export function invoiceCsv(i18n: I18n, names: InvoiceNames, spec: InvoiceSpec, period: string, profile: CsvProfile): string {
  const { t } = i18n;
  const euros = (cents: number) => cents / 100;
  const customer = names.customer(spec.customerId);
  const header = [
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
  const rows: CsvCell[][] = invoiceRows(i18n, names, spec).map((r) => [
    customer,
    period,
    r.ticket,
    r.description,
    r.approval,
    r.workedMinutes,
    r.billedMinutes,
    euros(r.centsPerHour),
    euros(r.amountCents),
  ]);
  const total = (label: string, cents: number): CsvCell[] => [customer, period, '', label, '', '', '', '', euros(cents)];
  rows.push(
    total(t('invoice.subtotal'), spec.subtotalCents),
    total(t('invoice.vat', { percent: spec.vatPercent }), spec.vatCents),
    total(t('invoice.total'), spec.totalCents),
  );
  return toCsv(header, rows, profile, DECIMALS);
}

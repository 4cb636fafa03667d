import type { InvoiceSpec } from '../../../src-shared/consultancy/billing-run';
import { useI18n } from '../../i18n/i18n';
import { invoiceRows, type InvoiceNames } from './invoice-rows';
import { formatEuros, formatMinutes } from './money';

/** One customer's invoice specification on the screen: lines, subtotal, VAT once, total. */
export function InvoiceTable({ spec, names, period }: { spec: InvoiceSpec; names: InvoiceNames; period: string }) {
  const i18n = useI18n();
  const { t, locale } = i18n;
  const euros = (cents: number) => formatEuros(cents, locale);
  return (
    <table className="invoice-table">
      <caption>{t('invoice.caption', { customer: names.customer(spec.customerId), period })}</caption>
      <thead>
        <tr>
          <th scope="col">{t('invoice.col.ticket')}</th>
          <th scope="col">{t('invoice.col.description')}</th>
          <th scope="col">{t('invoice.col.approval')}</th>
          <th scope="col">{t('invoice.col.worked')}</th>
          <th scope="col">{t('invoice.col.billed')}</th>
          <th scope="col">{t('invoice.col.carryOver')}</th>
          <th scope="col">{t('invoice.col.rate')}</th>
          <th scope="col">{t('invoice.col.amount')}</th>
        </tr>
      </thead>
      <tbody>
        {invoiceRows(i18n, names, spec).map((r, i) => (
          <tr key={spec.lines[i]?.engagementId ?? i}>
            <td>{r.ticket}</td>
            <td>{r.description}</td>
            <td>{r.approval}</td>
            <td className="num">{r.worked}</td>
            <td className="num">{r.billed}</td>
            <td className="num">{formatMinutes(t, spec.lines[i]?.blockLeftMinutes ?? 0)}</td>
            <td className="num">{euros(r.centsPerHour)}</td>
            <td className="num">{euros(r.amountCents)}</td>
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr>
          <th scope="row" colSpan={7}>
            {t('invoice.subtotal')}
          </th>
          <td className="num">{euros(spec.subtotalCents)}</td>
        </tr>
        <tr>
          <th scope="row" colSpan={7}>
            {t('invoice.vat', { percent: spec.vatPercent })}
          </th>
          <td className="num">{euros(spec.vatCents)}</td>
        </tr>
        <tr>
          <th scope="row" colSpan={7}>
            {t('invoice.total')}
          </th>
          <td className="num">{euros(spec.totalCents)}</td>
        </tr>
      </tfoot>
    </table>
  );
}

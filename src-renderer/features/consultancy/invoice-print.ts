import type { InvoiceSpec } from '../../../src-shared/consultancy/billing-run';
import type { I18n } from '../../i18n/i18n';
import { invoiceRows, type InvoiceNames } from './invoice-rows';
import { formatEuros } from './money';
import { escapeHtml, printPage } from '../../ui/print-page';

/** The desk as an invoice specification names it. */
export interface DeskProfile {
  readonly name: string;
  readonly address: string;
}

const escape = escapeHtml;

/**
 * The print template of invoice specifications, on Klok's print page (ui/print-page.ts): each
 * customer from a new page.
 */
export function invoiceHtml(i18n: I18n, names: InvoiceNames, desk: DeskProfile, specs: readonly InvoiceSpec[], period: string): string {
  const { t, locale, language } = i18n;
  const euros = (cents: number) => escape(formatEuros(cents, locale));
  const sections = specs.map((spec) => {
    const rows = invoiceRows(i18n, names, spec)
      .map(
        (r) =>
          `<tr><td>${escape(r.ticket)}</td><td>${escape(r.description)}</td><td>${escape(r.approval)}</td><td class="num">${escape(r.worked)}</td><td class="num">${escape(r.billed)}</td><td class="num">${euros(r.centsPerHour)}</td><td class="num">${euros(r.amountCents)}</td></tr>`,
      )
      .join('\n');
    return `<section>
<header><div class="desk"><strong>${escape(desk.name || t('app.title'))}</strong><br>${escape(desk.address).replace(/\n/g, '<br>')}</div>
<h1>${escape(t('invoice.title'))}</h1>
<p>${escape(t('invoice.customer'))}: <strong>${escape(names.customer(spec.customerId))}</strong> · ${escape(t('invoice.period'))}: ${escape(period)}</p></header>
<table>
<thead><tr><th>${escape(t('invoice.col.ticket'))}</th><th>${escape(t('invoice.col.description'))}</th><th>${escape(t('invoice.col.approval'))}</th><th class="num">${escape(t('invoice.col.worked'))}</th><th class="num">${escape(t('invoice.col.billed'))}</th><th class="num">${escape(t('invoice.col.rate'))}</th><th class="num">${escape(t('invoice.col.amount'))}</th></tr></thead>
<tbody>
${rows}
</tbody>
<tfoot>
<tr><td colspan="6">${escape(t('invoice.subtotal'))}</td><td class="num">${euros(spec.subtotalCents)}</td></tr>
<tr><td colspan="6">${escape(t('invoice.vat', { percent: spec.vatPercent }))}</td><td class="num">${euros(spec.vatCents)}</td></tr>
<tr class="total"><td colspan="6">${escape(t('invoice.total'))}</td><td class="num">${euros(spec.totalCents)}</td></tr>
</tfoot>
</table>
</section>`;
  });
  return printPage({
    language,
    title: `${t('invoice.title')} ${period}`,
    pageText: t('invoice.page', { page: '{page}', pages: '{pages}' }),
    css: `section + section { break-before: page; }
.desk { text-align: right; }
tfoot td { border-bottom: none; }
tr.total td { font-weight: bold; border-top: 0.5mm solid #111; }`,
    body: sections.join('\n'),
  });
}

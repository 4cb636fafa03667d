import notoSansBold from '@fontsource/noto-sans/files/noto-sans-latin-700-normal.woff2?inline';
import notoSans from '@fontsource/noto-sans/files/noto-sans-latin-400-normal.woff2?inline';
import type { InvoiceSpec } from '../../../src-shared/consultancy/billing-run';
import type { I18n } from '../../i18n/i18n';
import { invoiceRows, type InvoiceNames } from './invoice-rows';
import { formatEuros } from './money';

/** The desk as an invoice specification names it. */
export interface DeskProfile {
  readonly name: string;
  readonly address: string;
}

const escape = (text: string): string =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string);

/**
 * The one print template of invoice specifications: a whole HTML document, A4, each customer from
 * a new page, page numbers in the page's bottom margin (CSS page-margin boxes, which Chromium
 * prints: Electron's printToPDF and the browser's print alike), in Noto Sans carried inside the
 * document (so a printer window without files or network prints the same).
 */
export function invoiceHtml(i18n: I18n, names: InvoiceNames, desk: DeskProfile, specs: readonly InvoiceSpec[], period: string): string {
  const { t, locale, language } = i18n;
  const euros = (cents: number) => escape(formatEuros(cents, locale));
  const pageText = t('invoice.page', { page: '" counter(page) "', pages: '" counter(pages) "' });
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
  return `<!doctype html>
<html lang="${language}"><head><meta charset="utf-8"><title>${escape(t('invoice.title'))} ${escape(period)}</title>
<style>
@font-face { font-family: "Klok Noto Sans"; font-weight: 400; src: url("${notoSans}") format("woff2"); }
@font-face { font-family: "Klok Noto Sans"; font-weight: 700; src: url("${notoSansBold}") format("woff2"); }
@page { size: A4; margin: 18mm 16mm 20mm; @bottom-right { content: "${pageText}"; font: 9pt "Klok Noto Sans", sans-serif; color: #555; } }
body { font: 10pt/1.4 "Klok Noto Sans", sans-serif; color: #111; margin: 0; }
section + section { break-before: page; }
h1 { font-size: 16pt; margin: 12mm 0 4mm; }
.desk { text-align: right; }
table { width: 100%; border-collapse: collapse; }
th, td { text-align: left; vertical-align: top; padding: 1.5mm 2mm; border-bottom: 0.3mm solid #ccc; }
thead { display: table-header-group; }
tr { break-inside: avoid; }
.num { text-align: right; white-space: nowrap; }
tfoot td { border-bottom: none; }
tr.total td { font-weight: bold; border-top: 0.5mm solid #111; }
</style></head>
<body>
${sections.join('\n')}
</body></html>
`;
}

import type { AttainmentCell, AttainmentTable } from '../../../src-shared/teamlead/attainment-table';
import type { TargetKind } from '../../../src-shared/policy/policy-types';
import type { I18n } from '../../i18n/i18n';
import { escapeHtml as escape, printPage } from '../../ui/print-page';

/**
 * The attainment report of one period as a printable document (Klok's print page: A4, page
 * numbers, the bundled font): per group and target, met, breached and the share met, then the
 * totals — the table the team lead sees, for a PDF or paper.
 */
export function attainmentHtml(i18n: I18n, table: AttainmentTable, period: string, groupingLabel: string, deskName: string): string {
  const { t, locale, language } = i18n;
  const percent = (cell: AttainmentCell | undefined) =>
    cell?.percentMet === null || cell?.percentMet === undefined ? '—' : `${cell.percentMet.toLocaleString(locale, { maximumFractionDigits: 1 })} %`;
  const cells = (row: Partial<Record<TargetKind, AttainmentCell>>) =>
    table.timers
      .map((timer) => {
        const cell = row[timer];
        return `<td class="num">${cell?.met.length ?? 0}</td><td class="num">${cell?.breached.length ?? 0}</td><td class="num">${escape(percent(cell))}</td>`;
      })
      .join('');
  const title = t('attain.reportTitle', { period });
  const body = `<header><p class="desk"><strong>${escape(deskName || t('app.title'))}</strong></p>
<h1>${escape(title)}</h1>
<p>${escape(t('attain.reportExplain'))}</p></header>
<table>
<thead>
<tr><th></th>${table.timers.map((timer) => `<th colspan="3">${escape(t(`timer.${timer}`))}</th>`).join('')}</tr>
<tr><th>${escape(groupingLabel)}</th>${table.timers.map(() => `<th class="num">${escape(t('attain.col.met'))}</th><th class="num">${escape(t('attain.col.breached'))}</th><th class="num">${escape(t('attain.col.percent'))}</th>`).join('')}</tr>
</thead>
<tbody>
${table.groups.map((g) => `<tr><th>${escape(g.group)}</th>${cells(g.cells)}</tr>`).join('\n')}
</tbody>
<tfoot><tr class="total"><th>${escape(t('lead.total'))}</th>${cells(table.total)}</tr></tfoot>
</table>`;
  return printPage({
    language,
    title,
    pageText: t('invoice.page', { page: '{page}', pages: '{pages}' }),
    css: `.desk { text-align: right; }
tr.total th, tr.total td { font-weight: bold; border-top: 0.5mm solid #111; border-bottom: none; }`,
    body,
  });
}

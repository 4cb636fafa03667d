import { useQuery } from '@tanstack/react-query';
import { DateTime } from 'luxon';
import { useId, useState } from 'react';
import { committedLines, invoiceSpecs } from '../../../src-shared/consultancy/billing-run';
import type { BillingRun, Engagement } from '../../../src-shared/consultancy/engagement';
import { now } from '../../clock/app-clock';
import { useDeskServices } from '../../desk/desk-services';
import { useI18n } from '../../i18n/i18n';
import { ErrorMessage } from '../../ui/fields';
import { formatLocalTime } from '../../ui/format';
import { useToast } from '../../ui/toasts';
import { NumberField } from './form-fields';
import type { CsvProfile } from '../../../src-shared/phone/call-csv';
import { invoiceCsv } from './invoice-csv';
import type { InvoiceNames } from './invoice-rows';
import { InvoiceDetailsForm } from './invoice-details-form';
import { localZone } from './local-zone';
import { InvoiceTable } from './invoice-table';
import { formatMinutes } from './money';
import { useCommitBillingRun } from './mutations';
import { billingPreviewQuery, billingRunsQuery, deskProfileQuery } from './queries';

/** Billing runs per month: a preview first, then the commit, which locks what it bills; then the specifications. */
export function BillingPanel({ engagements, names }: { engagements: readonly Engagement[]; names: InvoiceNames }) {
  const { t } = useI18n();
  const { db } = useDeskServices();
  const monthId = useId();
  const profile = useQuery(deskProfileQuery(db));
  const [month, setMonth] = useState(() => DateTime.fromMillis(now()).toFormat('yyyy-LL'));
  const [vat, setVat] = useState<string | null>(null);
  const [previewed, setPreviewed] = useState<string | null>(null);
  const vatPercent = vat === null ? (profile.data?.vatPercent ?? 21) : vat.trim() === '' ? Number.NaN : Number(vat);
  const preview = useQuery({ ...billingPreviewQuery(db, previewed ?? '', localZone()), enabled: previewed !== null });
  const commit = useCommitBillingRun();
  const toast = useToast();
  const runs = useQuery(billingRunsQuery(db));
  return (
    <section className="billing" aria-labelledby="billing-heading">
      <h2 id="billing-heading">{t('billing.title')}</h2>
      {profile.data ? <InvoiceDetailsForm profile={profile.data} /> : null}
      <div className="form inline-form">
        <div className="field">
          <label htmlFor={monthId}>{t('billing.month')}</label>
          <input
            id={monthId}
            type="month"
            value={month}
            onChange={(e) => {
              setMonth(e.target.value);
              setPreviewed(null);
            }}
          />
        </div>
        <NumberField label={t('billing.vat')} value={vat ?? String(vatPercent)} onChange={setVat} min={0} max={100} step={0.1} />
        <div className="button-row">
          <button type="button" onClick={() => setPreviewed(month)}>
            {t('billing.preview')}
          </button>
        </div>
      </div>
      <ErrorMessage error={preview.error} />
      {previewed && preview.data ? (
        <div className="billing-preview" aria-label={t('billing.previewLabel', { month: previewed })} role="region">
          <h3>{t('billing.previewLabel', { month: previewed })}</h3>
          {preview.data.lines.length === 0 ? <p>{t('billing.nothing')}</p> : null}
          {invoiceSpecs(preview.data.lines, vatPercent).map((spec) => (
            <InvoiceTable key={spec.customerId} spec={spec} names={names} period={previewed} />
          ))}
          {preview.data.waiting.length > 0 ? (
            <>
              <h4>{t('billing.waiting')}</h4>
              <ul>
                {preview.data.waiting.map((w) => (
                  <li key={w.engagementId}>
                    {t('billing.waitingLine', { customer: names.customer(w.customerId), title: w.title, time: formatMinutes(t, w.minutes) })}
                  </li>
                ))}
              </ul>
            </>
          ) : null}
          <ErrorMessage error={commit.error} />
          {preview.data.lines.length > 0 ? (
            <button
              type="button"
              disabled={commit.isPending}
              onClick={() =>
                commit.mutate(
                  { month: previewed, zone: localZone(), vatPercent },
                  {
                    onSuccess: () => {
                      toast(t('billing.committed', { month: previewed }));
                      setPreviewed(null);
                    },
                  },
                )
              }
            >
              {t('billing.commit', { month: previewed })}
            </button>
          ) : null}
        </div>
      ) : null}
      {(runs.data ?? []).map((run) => (
        <CommittedRun key={run.id} run={run} engagements={engagements} names={names} desk={profile.data ?? { name: '', address: '' }} />
      ))}
    </section>
  );
}

function CommittedRun({
  run,
  engagements,
  names,
  desk,
}: {
  run: BillingRun;
  engagements: readonly Engagement[];
  names: InvoiceNames;
  desk: { name: string; address: string };
}) {
  const i18n = useI18n();
  const { t, locale } = i18n;
  const { platform } = useDeskServices();
  const specs = invoiceSpecs(committedLines(run, engagements), run.vatPercent);
  const headingId = `run-${run.id}`;
  const fileBase = (customerId: string) => `${t('invoice.fileName')}-${run.period}-${names.customer(customerId).replace(/[^\p{L}\p{N}]+/gu, '-')}`;
  const exportCsv = (customerId: string, profile: CsvProfile) => {
    const spec = specs.find((s) => s.customerId === customerId);
    if (spec)
      void platform.saveExport(`${fileBase(customerId)}${profile === 'nl-excel' ? '' : '-rfc4180'}.csv`, invoiceCsv(i18n, names, spec, run.period, profile));
  };
  const print = (customerId: string) => {
    const spec = specs.find((s) => s.customerId === customerId);
    // The template carries its font: loaded only when something is printed.
    if (spec)
      void import('./invoice-print').then(({ invoiceHtml }) =>
        platform.printDocument(invoiceHtml(i18n, names, desk, [spec], run.period), `${fileBase(customerId)}.pdf`),
      );
  };
  return (
    <section className="billing-run" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('billing.run', { month: run.period, at: formatLocalTime(run.committedAt, locale), by: run.committedBy })}</h3>
      {specs.map((spec) => {
        const customer = names.customer(spec.customerId);
        return (
          <div key={spec.customerId} className="invoice">
            <InvoiceTable spec={spec} names={names} period={run.period} />
            <div className="button-row">
              <button type="button" onClick={() => exportCsv(spec.customerId, 'nl-excel')}>
                {t('invoice.csvNl', { customer })}
              </button>
              <button type="button" onClick={() => exportCsv(spec.customerId, 'rfc4180')}>
                {t('invoice.csvRfc', { customer })}
              </button>
              <button type="button" onClick={() => print(spec.customerId)}>
                {t('invoice.print', { customer })}
              </button>
            </div>
          </div>
        );
      })}
    </section>
  );
}

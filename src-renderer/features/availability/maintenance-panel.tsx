import { useQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { EXCLUSION_REASONS, type ExclusionReason } from '../../../src-shared/availability/availability-rules';
import { isShortNotice, releaseDays } from '../../../src-shared/availability/maintenance-notice';
import { useNow } from '../../clock/app-clock';
import { useDeskServices } from '../../desk/desk-services';
import { useI18n } from '../../i18n/i18n';
import { DateTimeField, fromLocalInput } from '../../ui/date-time-field';
import { ErrorMessage, SelectField, TextField } from '../../ui/fields';
import { formatLocalTime } from '../../ui/format';
import { ContractSelect } from '../desk/contract-select';
import { contractLabels } from '../desk/contract-labels';
import { directoryQuery } from '../desk/queries';
import { useRecordExclusion, useWithdrawExclusion } from './mutations';
import { exclusionsQuery } from './queries';

/**
 * The maintenance calendar: exclusion windows per contract (planned maintenance with its notice
 * checked against the policy, emergency maintenance, force majeure, …), a form to record one,
 * and Scope4mation's coming release days.
 */
export function MaintenancePanel() {
  const { t, locale } = useI18n();
  const { db } = useDeskServices();
  const directory = useQuery(directoryQuery(db));
  const windows = useQuery(exclusionsQuery(db));
  const withdraw = useWithdrawExclusion();
  const now = useNow(60_000);
  const contracts = new Map((directory.data?.contracts ?? []).map((c) => [c.id, c]));
  const labels = contractLabels(directory.data);
  const nameOf = (contractId: string) => labels.get(contractId) ?? '';
  return (
    <section aria-labelledby="maintenance-heading">
      <h2 id="maintenance-heading">{t('maintenance.heading')}</h2>
      <p className="muted">{t('maintenance.releases', { days: releaseDays(now, 3).join(', ') })}</p>
      {(windows.data ?? []).length === 0 ? (
        <p className="muted">{t('maintenance.none')}</p>
      ) : (
        <table aria-label={t('maintenance.table')}>
          <thead>
            <tr>
              <th scope="col">{t('availability.col.contract')}</th>
              <th scope="col">{t('maintenance.col.reason')}</th>
              <th scope="col">{t('maintenance.col.window')}</th>
              <th scope="col">{t('maintenance.col.notice')}</th>
              <th scope="col">{t('outage.col.action')}</th>
            </tr>
          </thead>
          <tbody>
            {(windows.data ?? []).map((w) => {
              const policyId = contracts.get(w.contractId)?.policyId ?? '';
              return (
                <tr key={w.id}>
                  <th scope="row">{nameOf(w.contractId)}</th>
                  <td>{t(`maintenance.reason.${w.reason}`)}</td>
                  <td>
                    {formatLocalTime(w.startsAt, locale)} – {formatLocalTime(w.endsAt, locale)}
                  </td>
                  <td>
                    {w.isWithdrawn
                      ? t('maintenance.withdrawn')
                      : isShortNotice(w, policyId)
                        ? t('maintenance.shortNotice')
                        : w.announcedAt !== null
                          ? t('maintenance.announced', { at: formatLocalTime(w.announcedAt, locale) })
                          : '—'}
                  </td>
                  <td>
                    {w.isWithdrawn ? null : (
                      <button type="button" onClick={() => withdraw.mutate(w.id)} aria-label={t('maintenance.withdrawOf', { contract: nameOf(w.contractId) })}>
                        {t('maintenance.withdraw')}
                      </button>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      <RecordExclusionForm />
    </section>
  );
}

function RecordExclusionForm() {
  const { t } = useI18n();
  const record = useRecordExclusion();
  const [contractId, setContractId] = useState('');
  const [reason, setReason] = useState<ExclusionReason | ''>('');
  const [startsAt, setStartsAt] = useState('');
  const [endsAt, setEndsAt] = useState('');
  const [announcedAt, setAnnouncedAt] = useState('');
  const [note, setNote] = useState('');
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    record.mutate(
      {
        contractId,
        reason,
        startsAt: startsAt ? fromLocalInput(startsAt) : null,
        endsAt: endsAt ? fromLocalInput(endsAt) : null,
        announcedAt: announcedAt ? fromLocalInput(announcedAt) : null,
        note,
      },
      {
        onSuccess: () => {
          setReason('');
          setStartsAt('');
          setEndsAt('');
          setAnnouncedAt('');
          setNote('');
        },
      },
    );
  };
  return (
    <form className="form" aria-label={t('maintenance.recordHeading')} onSubmit={onSubmit}>
      <ContractSelect label={t('outage.contract')} value={contractId} onChange={setContractId} />
      <SelectField
        label={t('maintenance.col.reason')}
        value={reason}
        emptyLabel="—"
        onChange={(v) => setReason(v as ExclusionReason | '')}
        options={EXCLUSION_REASONS.map((r) => ({ value: r, label: t(`maintenance.reason.${r}`) }))}
      />
      <DateTimeField label={t('maintenance.startsAt')} value={startsAt} onChange={setStartsAt} />
      <DateTimeField label={t('maintenance.endsAt')} value={endsAt} onChange={setEndsAt} />
      <DateTimeField label={t('maintenance.announcedAt')} value={announcedAt} onChange={setAnnouncedAt} />
      <TextField label={t('outage.note')} value={note} onChange={setNote} />
      <ErrorMessage error={record.error}>{t('outage.notSaved')}</ErrorMessage>
      <button type="submit" disabled={record.isPending}>
        {t('maintenance.record')}
      </button>
    </form>
  );
}

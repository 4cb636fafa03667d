import { useQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { CE_CATEGORIES, type CeCategory } from '../../../src-shared/availability/availability-rules';
import { OUTAGE_SCOPES, type OutageScope } from '../../../src-shared/availability/outage-events';
import { now as appNow } from '../../clock/app-clock';
import { useDeskServices } from '../../desk/desk-services';
import { useI18n } from '../../i18n/i18n';
import { DateTimeField, fromLocalInput, toLocalInput } from '../../ui/date-time-field';
import { ErrorMessage, SelectField, TextField } from '../../ui/fields';
import { ContractSelect } from '../desk/contract-select';
import { directoryQuery } from '../desk/queries';
import { useReportOutage } from './mutations';

/** Records an outage that did not come in by phone (seen in monitoring, told by a colleague). */
export function ReportOutageForm() {
  const { t } = useI18n();
  const { db } = useDeskServices();
  const directory = useQuery(directoryQuery(db));
  const report = useReportOutage();
  const [contractId, setContractId] = useState('');
  const [startedAt, setStartedAt] = useState(() => toLocalInput(appNow()));
  const [scope, setScope] = useState<OutageScope | ''>('');
  const [category, setCategory] = useState<CeCategory | ''>('');
  const [note, setNote] = useState('');
  const isConnectEngage = (directory.data?.contracts ?? []).find((c) => c.id === contractId)?.policyId === 'connect-engage';
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    report.mutate(
      { contractId, startedAt: fromLocalInput(startedAt), scope, category, note },
      {
        onSuccess: () => {
          setContractId('');
          setScope('');
          setNote('');
        },
      },
    );
  };
  return (
    <form className="form" aria-label={t('outage.reportHeading')} onSubmit={onSubmit}>
      <ContractSelect label={t('outage.contract')} value={contractId} onChange={setContractId} />
      <DateTimeField label={t('outage.startedAt')} value={startedAt} onChange={setStartedAt} />
      <OutageScopeField value={scope} onChange={setScope} />
      {isConnectEngage ? (
        <SelectField
          label={t('outage.category')}
          value={category}
          emptyLabel="—"
          onChange={(v) => setCategory(v as CeCategory | '')}
          options={CE_CATEGORIES.map((c) => ({ value: c, label: t(`outage.category.${c}`) }))}
        />
      ) : null}
      <TextField label={t('outage.note')} value={note} onChange={setNote} />
      <ErrorMessage error={report.error}>{t('outage.notSaved')}</ErrorMessage>
      <button type="submit" disabled={report.isPending}>
        {t('outage.report')}
      </button>
    </form>
  );
}

/** How bad an outage is: unavailable to everyone, or degraded. */
export function OutageScopeField({ value, onChange }: { value: OutageScope | ''; onChange: (scope: OutageScope | '') => void }) {
  const { t } = useI18n();
  return (
    <SelectField
      label={t('outage.scope')}
      value={value}
      emptyLabel="—"
      onChange={(v) => onChange(v as OutageScope | '')}
      options={OUTAGE_SCOPES.map((s) => ({ value: s, label: t(`outage.scope.${s}`) }))}
    />
  );
}

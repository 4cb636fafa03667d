import { useQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { rateTypesOf, type RateType } from '../../../src-shared/consultancy/rate-card';
import type { Contract } from '../../../src-shared/desk-log/projections/entities';
import { InputError, issue } from '../../../src-shared/validation/issues';
import { useDeskServices } from '../../desk/desk-services';
import { useI18n } from '../../i18n/i18n';
import { ErrorMessage, SelectField, TextField } from '../../ui/fields';
import { parseEuros } from './money';
import { useAddEngagement } from './mutations';
import { customerOpenTicketsQuery } from './queries';
import { useCurrentTerms } from '../policies/queries';

/** Opens an engagement for a customer, usually on one of its tickets, at the contract's rate (editable). */
export function NewEngagementForm({ customerId, contracts }: { customerId: string; contracts: readonly Contract[] }) {
  const { t } = useI18n();
  const { db, plans } = useDeskServices();
  const termsOf = useCurrentTerms();
  // The contract's plan in its policy's current version: its rate card and query hours.
  const rateCard = (c: Contract | undefined) => (c ? plans.policyOf(termsOf(c))?.plans.find((p) => p.id === c.planId) : undefined);
  const tickets = useQuery(customerOpenTicketsQuery(db, customerId)).data ?? [];
  const add = useAddEngagement();
  const own = contracts.filter((c) => c.customerId === customerId && ((rateCard(c)?.consultancy ?? []).length > 0 || rateCard(c)?.queryHourLimit));
  const [contractId, setContractId] = useState('');
  const contract = own.find((c) => c.id === contractId) ?? own[0];
  const plan = rateCard(contract);
  // Konneqt plans have no rate card but a Query Support Limit: their time is query support, never billed.
  const rates: (RateType | 'query_support')[] = [...(plan ? rateTypesOf(plan) : []), ...(plan?.queryHourLimit ? (['query_support'] as const) : [])];
  const [rateType, setRateType] = useState<RateType | 'query_support' | ''>('');
  const rate = rates.find((r) => r === rateType) ?? rates[0];
  const [ticketId, setTicketId] = useState('');
  const [title, setTitle] = useState('');
  const [euros, setEuros] = useState('');
  const [badRate, setBadRate] = useState<InputError | null>(null);
  if (own.length === 0) return <p className="muted">{t('consultancy.new.noRateCard')}</p>;
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    const cents = euros.trim() === '' ? undefined : parseEuros(euros);
    setBadRate(cents === null ? new InputError([issue('centsPerHour', 'must be an amount in euros', 'consultancy.euros')]) : null);
    if (cents === null) return;
    const common = { customerId, contractId: contract?.id ?? '', ...(ticketId ? { ticketId } : {}), title };
    add.mutate(
      rate === 'query_support'
        ? { purpose: 'query_support', ...common }
        : { purpose: 'consultancy', ...common, rateType: rate ?? 'support', ...(cents === undefined ? {} : { centsPerHour: cents }) },
      {
        onSuccess: () => {
          setTitle('');
          setEuros('');
          setTicketId('');
        },
      },
    );
  };
  return (
    <form className="form inline-form" aria-label={t('consultancy.new.title')} onSubmit={onSubmit}>
      <SelectField
        label={t('consultancy.new.contract')}
        value={contract?.id ?? ''}
        onChange={setContractId}
        options={own.map((c) => ({ value: c.id, label: c.name }))}
      />
      <SelectField
        label={t('consultancy.new.ticket')}
        value={ticketId}
        onChange={setTicketId}
        emptyLabel={t('consultancy.new.noTicket')}
        options={tickets.map((x) => ({ value: x.id, label: `${x.number} ${x.title}` }))}
      />
      <TextField label={t('consultancy.new.what')} value={title} onChange={setTitle} isRequired />
      <SelectField
        label={t('consultancy.new.rateType')}
        value={rate ?? ''}
        onChange={(v) => setRateType(v as RateType | 'query_support')}
        options={rates.map((r) => ({ value: r, label: t(`consultancy.rate.${r}`) }))}
      />
      {rate === 'query_support' ? null : (
        <TextField label={t('consultancy.new.rate')} value={euros} onChange={setEuros} placeholder={t('consultancy.new.ratePlaceholder')} />
      )}
      <ErrorMessage error={badRate ?? add.error} />
      <div className="button-row">
        <button type="submit" disabled={add.isPending}>
          {t('consultancy.new.submit')}
        </button>
      </div>
    </form>
  );
}

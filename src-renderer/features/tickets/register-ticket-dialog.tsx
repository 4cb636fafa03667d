import { useQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { ENVIRONMENTS, type Environment } from '../../../src-shared/policy/policy-types';
import { CHANNELS, type Channel } from '../../../src-shared/ticket/ticket-event';
import { useDeskServices } from '../../desk/desk-services';
import { useI18n } from '../../i18n/i18n';
import { priorityLabel, typeLabel } from '../../i18n/policy-labels';
import { ErrorMessage, SelectField, TextField } from '../../ui/fields';
import { Modal } from '../../ui/modal';
import { useToast } from '../../ui/toasts';
import { contractLabels } from '../desk/contract-labels';
import { directoryQuery } from '../desk/queries';
import { isContractRunning } from '../../../src-shared/desk/contract-status';
import { now as appNow } from '../../clock/app-clock';
import { useRegisterTicket } from './mutations';
import { useCurrentTerms } from '../policies/queries';

/**
 * Registers a ticket under a customer's contract; the number is given at once. The draft lives
 * only while the dialog is open: Cancel (or Escape) discards it (decision 9).
 */
export function RegisterTicketDialog({
  isOpen,
  onClose,
  onRegistered,
  initial,
}: {
  isOpen: boolean;
  onClose: () => void;
  onRegistered: (ticketId: string) => void;
  /** What the form starts with (a ticket registered from a phone call: the caller's contract, channel Phone). */
  initial?: RegistrationDraft;
}) {
  const { t } = useI18n();
  return (
    <Modal title={t('register.title')} isOpen={isOpen} onClose={onClose}>
      <RegisterTicketForm onClose={onClose} onRegistered={onRegistered} initial={initial ?? {}} />
    </Modal>
  );
}

export interface RegistrationDraft {
  readonly contractId?: string;
  readonly description?: string;
  readonly channel?: Channel;
}

function RegisterTicketForm({ onClose, onRegistered, initial }: { onClose: () => void; onRegistered: (ticketId: string) => void; initial: RegistrationDraft }) {
  const { t, lookup } = useI18n();
  const { db, plans } = useDeskServices();
  const termsOf = useCurrentTerms();
  const directory = useQuery(directoryQuery(db));
  const register = useRegisterTicket();
  const toast = useToast();
  const [contractId, setContractId] = useState(initial.contractId ?? '');
  const [title, setTitle] = useState('');
  const [description, setDescription] = useState(initial.description ?? '');
  const [type, setType] = useState('');
  const [environment, setEnvironment] = useState<Environment>('production');
  const [channel, setChannel] = useState<Channel>(initial.channel ?? 'portal');
  const [priority, setPriority] = useState('');

  // Ended contracts take no new tickets (the store refuses them too).
  const contracts = (directory.data?.contracts ?? []).filter((c) => isContractRunning(c, appNow()));
  const contract = contracts.find((c) => c.id === contractId) ?? contracts[0];
  // A ticket registered now runs on its policy's current version.
  const plan = contract ? plans.planFor(termsOf(contract)) : null;
  const types = plan?.policy.types ?? [];
  const chosenType = types.some((x) => x.id === type) ? type : (types[0]?.id ?? '');
  const priorities = plan ? plan.prioritiesFor(chosenType) : [];
  // Only a priority the chosen contract and type carry is ever sent; another contract or type starts from the default.
  const chosenPriority = priorities.some((p) => p.id === priority) ? priority : '';
  const defaultPriority = plan ? plan.defaultPriority(chosenType, environment) : null;

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    if (!contract) return;
    register.mutate(
      { contractId: contract.id, title, description, type: chosenType, environment, channel, ...(chosenPriority ? { priority: chosenPriority } : {}) },
      {
        onSuccess: (row) => {
          toast(t('register.done', { number: row.number }));
          onRegistered(row.id);
          onClose();
        },
      },
    );
  };

  return (
    <form onSubmit={onSubmit} className="form">
      <SelectField
        label={t('register.contract')}
        value={contract?.id ?? ''}
        onChange={(id) => {
          setContractId(id);
          setPriority('');
        }}
        options={contracts.map((c) => ({ value: c.id, label: contractLabels(directory.data).get(c.id) ?? c.name }))}
      />
      <TextField label={t('register.ticketTitle')} value={title} onChange={setTitle} isRequired />
      <TextField label={t('register.description')} value={description} onChange={setDescription} isMultiline />
      <SelectField
        label={t('register.type')}
        value={chosenType}
        onChange={(id) => {
          setType(id);
          setPriority('');
        }}
        options={types.map((x) => ({ value: x.id, label: plan ? typeLabel(lookup, plan.policy, x.id) : x.label }))}
      />
      <SelectField
        label={t('register.environment')}
        value={environment}
        onChange={(v) => setEnvironment(v as Environment)}
        options={ENVIRONMENTS.map((v) => ({ value: v, label: t(`environment.${v}`) }))}
      />
      <SelectField
        label={t('register.channel')}
        value={channel}
        onChange={(v) => setChannel(v as Channel)}
        options={CHANNELS.map((v) => ({ value: v, label: t(`channel.${v}`) }))}
      />
      {priorities.length > 0 ? (
        <SelectField
          label={t('register.priority')}
          value={chosenPriority}
          onChange={setPriority}
          emptyLabel={t('register.priorityDefault', { priority: plan && defaultPriority ? priorityLabel(lookup, plan.policy, defaultPriority) : '—' })}
          options={priorities.map((p) => ({ value: p.id, label: plan ? priorityLabel(lookup, plan.policy, p.id) : p.label }))}
        />
      ) : null}
      <ErrorMessage error={register.error} />
      <div className="button-row">
        <button type="submit" disabled={register.isPending || !contract}>
          {t('register.submit')}
        </button>
        <button type="button" onClick={onClose}>
          {t('register.cancel')}
        </button>
      </div>
    </form>
  );
}

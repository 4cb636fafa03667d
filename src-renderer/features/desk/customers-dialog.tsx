import { useState, type FormEvent } from 'react';
import { useI18n } from '../../i18n/i18n';
import { planLabel, policyLabel } from '../../i18n/policy-labels';
import { ErrorMessage, SelectField, TextField } from '../../ui/fields';
import { Modal } from '../../ui/modal';
import { useToast } from '../../ui/toasts';
import { CustomerList } from './customer-list';
import { useAddCustomer } from './mutations';
import { useCurrentPolicies } from '../policies/queries';

/** The desk's customers and contracts (rename, end a contract), and a form to add a customer with a contract under one of the SLA presets. */
export function CustomersDialog({ isOpen, onClose, onOpenTicket }: { isOpen: boolean; onClose: () => void; onOpenTicket: (ticketId: string) => void }) {
  const { t, lookup } = useI18n();
  const add = useAddCustomer();
  const toast = useToast();
  const [name, setName] = useState('');
  const [contractName, setContractName] = useState('');
  const [policyId, setPolicyId] = useState('scope4mation');
  const [planId, setPlanId] = useState('');
  const [zone, setZone] = useState('');
  const policies = useCurrentPolicies();
  const policy = policies.get(policyId);
  const plans = policy?.plans ?? [];
  const chosenPlan = plans.some((p) => p.id === planId) ? planId : (plans[0]?.id ?? '');
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    add.mutate(
      {
        name,
        contractName: contractName || (policy ? `${policyLabel(lookup, policy)} ${planLabel(lookup, policy, chosenPlan)}` : policyId),
        policyId,
        planId: chosenPlan,
        ...(zone.trim() ? { zone: zone.trim() } : {}),
      },
      {
        onSuccess: () => {
          toast(t('customers.added', { name }));
          setName('');
          setContractName('');
          setZone('');
          onClose();
        },
      },
    );
  };
  return (
    <Modal title={t('customers.title')} isOpen={isOpen} onClose={onClose}>
      <CustomerList
        onOpenTicket={(ticketId) => {
          onClose();
          onOpenTicket(ticketId);
        }}
      />
      <form onSubmit={onSubmit} className="form" aria-label={t('customers.addHeading')}>
        <TextField label={t('customers.name')} value={name} onChange={setName} isRequired />
        <TextField label={t('customers.contractName')} value={contractName} onChange={setContractName} />
        <SelectField
          label={t('customers.policy')}
          value={policyId}
          onChange={setPolicyId}
          options={[...policies.values()].map((p) => ({ value: p.id, label: policyLabel(lookup, p) }))}
        />
        <SelectField
          label={t('customers.plan')}
          value={chosenPlan}
          onChange={setPlanId}
          options={plans.map((p) => ({ value: p.id, label: policy ? planLabel(lookup, policy, p.id) : p.label }))}
        />
        <TextField label={t('customers.zone')} value={zone} onChange={setZone} placeholder="America/New_York" />
        <ErrorMessage error={add.error} />
        <div className="button-row">
          <button type="submit" disabled={add.isPending}>
            {t('customers.add')}
          </button>
          <button type="button" onClick={onClose}>
            {t('customers.close')}
          </button>
        </div>
      </form>
    </Modal>
  );
}

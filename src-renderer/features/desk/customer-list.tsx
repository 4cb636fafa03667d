import { useQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { isContractRunning } from '../../../src-shared/desk/contract-status';
import { now as appNow } from '../../clock/app-clock';
import { useDeskServices } from '../../desk/desk-services';
import { useI18n } from '../../i18n/i18n';
import { planLabel, policyLabel } from '../../i18n/policy-labels';
import { DateTimeField, fromLocalInput, toLocalInput } from '../../ui/date-time-field';
import { ErrorMessage, TextField } from '../../ui/fields';
import { formatLocalTime } from '../../ui/format';
import { openTicketsQuery } from '../tickets/queries';
import { ClosingDays } from './closing-days';
import { useEndContract, useRenameContract, useRenameCustomer } from './mutations';
import { directoryQuery } from './queries';
import { useCurrentPolicies } from '../policies/queries';

/**
 * The desk's customers and their contracts: the preset and plan, whether it runs or ends (and
 * when), the open tickets on it; rename a customer, end a contract.
 */
export function CustomerList({ onOpenTicket }: { onOpenTicket: (ticketId: string) => void }) {
  const { t, lookup, locale } = useI18n();
  const { db } = useDeskServices();
  const directory = useQuery(directoryQuery(db));
  const open = useQuery(openTicketsQuery(db));
  const policies = useCurrentPolicies();
  const [renaming, setRenaming] = useState<string | null>(null);
  const [renamingContract, setRenamingContract] = useState<string | null>(null);
  const [showingOpen, setShowingOpen] = useState<string | null>(null);
  const [ending, setEnding] = useState<string | null>(null);
  const [showingDays, setShowingDays] = useState<string | null>(null);
  const openOn = new Map<string, { id: string; number: string; title: string }[]>();
  for (const { row } of open.data ?? [])
    openOn.set(row.contractId, [...(openOn.get(row.contractId) ?? []), { id: row.id, number: row.number, title: row.title }]);
  const now = appNow();
  const customers = directory.data?.customers ?? [];
  const shownContract = (directory.data?.contracts ?? []).find((c) => c.id === showingDays);
  if (customers.length === 0) return null;
  return (
    <section aria-label={t('customers.list')}>
      <table aria-label={t('customers.list')}>
        <thead>
          <tr>
            <th scope="col">{t('customers.col.customer')}</th>
            <th scope="col">{t('customers.col.contract')}</th>
            <th scope="col">{t('customers.col.status')}</th>
            <th scope="col">{t('customers.col.open')}</th>
            <th scope="col">{t('outage.col.action')}</th>
          </tr>
        </thead>
        <tbody>
          {customers.flatMap((customer) =>
            (directory.data?.contracts ?? [])
              .filter((c) => c.customerId === customer.id)
              .map((c, i) => {
                const policy = policies.get(c.policyId);
                return (
                  <tr key={c.id}>
                    <th scope="row">{i === 0 ? customer.name : ''}</th>
                    <td>
                      {c.name} ({policy ? `${policyLabel(lookup, policy)}, ${planLabel(lookup, policy, c.planId)}` : c.policyId})
                    </td>
                    <td>
                      {c.endedAt === undefined
                        ? t('customers.running')
                        : t(isContractRunning(c, now) ? 'customers.ends' : 'customers.ended', { at: formatLocalTime(c.endedAt, locale) })}
                    </td>
                    <td>
                      {(openOn.get(c.id) ?? []).length > 0 ? (
                        <button
                          type="button"
                          aria-expanded={showingOpen === c.id}
                          onClick={() => setShowingOpen(showingOpen === c.id ? null : c.id)}
                          aria-label={t('customers.openOf', { name: `${customer.name} — ${c.name}`, count: (openOn.get(c.id) ?? []).length })}
                        >
                          {(openOn.get(c.id) ?? []).length}
                        </button>
                      ) : (
                        0
                      )}
                      {showingOpen === c.id ? (
                        <ul className="open-tickets" aria-label={t('customers.openListOf', { name: `${customer.name} — ${c.name}` })}>
                          {(openOn.get(c.id) ?? []).map((ticket) => (
                            <li key={ticket.id}>
                              <button type="button" className="link" onClick={() => onOpenTicket(ticket.id)}>
                                {ticket.number} · {ticket.title}
                              </button>
                            </li>
                          ))}
                        </ul>
                      ) : null}
                    </td>
                    <td>
                      {i === 0 ? (
                        <button type="button" onClick={() => setRenaming(customer.id)} aria-label={t('customers.renameOf', { name: customer.name })}>
                          {t('customers.rename')}
                        </button>
                      ) : null}
                      <button
                        type="button"
                        onClick={() => setRenamingContract(c.id)}
                        aria-label={t('customers.renameContractOf', { name: `${customer.name} — ${c.name}` })}
                      >
                        {t('customers.renameContract')}
                      </button>
                      <button type="button" onClick={() => setShowingDays(c.id)} aria-label={t('closingDays.showOf', { name: `${customer.name} — ${c.name}` })}>
                        {t('closingDays.show')}
                      </button>
                      {isContractRunning(c, now) ? (
                        <button type="button" onClick={() => setEnding(c.id)} aria-label={t('customers.endOf', { name: `${customer.name} — ${c.name}` })}>
                          {t('customers.end')}
                        </button>
                      ) : null}
                    </td>
                  </tr>
                );
              }),
          )}
        </tbody>
      </table>
      {renaming ? (
        <RenameCustomerForm key={renaming} customerId={renaming} name={customers.find((c) => c.id === renaming)?.name ?? ''} onDone={() => setRenaming(null)} />
      ) : null}
      {renamingContract ? (
        <RenameContractForm
          key={renamingContract}
          contractId={renamingContract}
          name={(directory.data?.contracts ?? []).find((c) => c.id === renamingContract)?.name ?? ''}
          onDone={() => setRenamingContract(null)}
        />
      ) : null}
      {ending ? <EndContractForm key={ending} contractId={ending} onDone={() => setEnding(null)} /> : null}
      {shownContract ? (
        <ClosingDays
          key={shownContract.id}
          contract={shownContract}
          label={`${customers.find((x) => x.id === shownContract.customerId)?.name ?? ''} — ${shownContract.name}`}
          onClose={() => setShowingDays(null)}
        />
      ) : null}
    </section>
  );
}

/** Renames a customer or a contract: one name field, saved through `rename`. */
function RenameForm({
  name,
  formLabel,
  fieldLabel,
  rename,
  onDone,
}: {
  name: string;
  formLabel: string;
  fieldLabel: string;
  rename: { mutate: (name: string, options: { onSuccess: () => void }) => void; isPending: boolean; error: unknown };
  onDone: () => void;
}) {
  const { t } = useI18n();
  const [value, setValue] = useState(name);
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    rename.mutate(value, { onSuccess: onDone });
  };
  return (
    <form className="inline-form" aria-label={formLabel} onSubmit={onSubmit}>
      <TextField label={fieldLabel} value={value} onChange={setValue} />
      <button type="submit" disabled={rename.isPending}>
        {t('customers.saveName')}
      </button>
      <button type="button" onClick={onDone}>
        {t('outage.cancel')}
      </button>
      <ErrorMessage error={rename.error} />
    </form>
  );
}

function RenameCustomerForm({ customerId, name, onDone }: { customerId: string; name: string; onDone: () => void }) {
  const { t } = useI18n();
  const rename = useRenameCustomer();
  return (
    <RenameForm
      name={name}
      formLabel={t('customers.renameOf', { name })}
      fieldLabel={t('customers.newName')}
      rename={{ ...rename, mutate: (value, options) => rename.mutate({ customerId, name: value }, options) }}
      onDone={onDone}
    />
  );
}

function RenameContractForm({ contractId, name, onDone }: { contractId: string; name: string; onDone: () => void }) {
  const { t } = useI18n();
  const rename = useRenameContract();
  return (
    <RenameForm
      name={name}
      formLabel={t('customers.renameContractOf', { name })}
      fieldLabel={t('customers.newContractName')}
      rename={{ ...rename, mutate: (value, options) => rename.mutate({ contractId, name: value }, options) }}
      onDone={onDone}
    />
  );
}

function EndContractForm({ contractId, onDone }: { contractId: string; onDone: () => void }) {
  const { t } = useI18n();
  const end = useEndContract();
  const [endsAt, setEndsAt] = useState(() => toLocalInput(appNow()));
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    // The field holds minutes: the current minute (already begun) means now; an earlier one is refused as past.
    const at = fromLocalInput(endsAt);
    const current = appNow();
    end.mutate({ contractId, endedAt: Number.isNaN(at) ? null : at <= current && at > current - 60_000 ? current : at }, { onSuccess: onDone });
  };
  return (
    <form className="inline-form" aria-label={t('customers.endHeading')} onSubmit={onSubmit}>
      <DateTimeField label={t('customers.endsAt')} value={endsAt} onChange={setEndsAt} />
      <button type="submit" disabled={end.isPending}>
        {t('customers.saveEnd')}
      </button>
      <button type="button" onClick={onDone}>
        {t('outage.cancel')}
      </button>
      <ErrorMessage error={end.error} />
    </form>
  );
}

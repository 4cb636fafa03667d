import { useQuery } from '@tanstack/react-query';
import { useDeskServices } from '../../desk/desk-services';
import { SelectField } from '../../ui/fields';
import { directoryQuery } from './queries';

/** A labelled choice of the desk's contracts, each named "customer — contract". */
export function ContractSelect({ label, value, onChange }: { label: string; value: string; onChange: (contractId: string) => void }) {
  const { db } = useDeskServices();
  const directory = useQuery(directoryQuery(db));
  const customers = new Map((directory.data?.customers ?? []).map((c) => [c.id, c.name]));
  return (
    <SelectField
      label={label}
      value={value}
      emptyLabel="—"
      onChange={onChange}
      options={(directory.data?.contracts ?? []).map((c) => ({ value: c.id, label: `${customers.get(c.customerId) ?? ''} — ${c.name}` }))}
    />
  );
}

import { useQuery } from '@tanstack/react-query';
import { useDeskServices } from '../../desk/desk-services';
import { SelectField } from '../../ui/fields';
import { contractLabels } from './contract-labels';
import { directoryQuery } from './queries';

/** A labelled choice of the desk's contracts, each named "customer — contract". */
export function ContractSelect({ label, value, onChange }: { label: string; value: string; onChange: (contractId: string) => void }) {
  const { db } = useDeskServices();
  const directory = useQuery(directoryQuery(db));
  const labels = contractLabels(directory.data);
  return (
    <SelectField
      label={label}
      value={value}
      emptyLabel="—"
      onChange={onChange}
      options={(directory.data?.contracts ?? []).map((c) => ({ value: c.id, label: labels.get(c.id) ?? c.name }))}
    />
  );
}

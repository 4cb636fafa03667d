import { useMutation, useQueryClient } from '@tanstack/react-query';
import { now } from '../../clock/app-clock';
import { useDeskServices } from '../../desk/desk-services';
import { adoptPolicy, type Adoption } from '../../store/policy-store';

/** Adopts a policy version (and moves open tickets onto it when asked): every view may change. */
export function useAdoptPolicy() {
  const { db, plans, actor } = useDeskServices();
  const client = useQueryClient();
  return useMutation({
    mutationFn: (adoption: Adoption) => adoptPolicy(db, plans, adoption, actor(), now()),
    onSuccess: () => client.invalidateQueries(),
  });
}

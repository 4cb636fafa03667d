import { useMutation, useQueryClient } from '@tanstack/react-query';
import { now } from '../../clock/app-clock';
import { useDeskServices } from '../../desk/desk-services';
import { recordExclusion, withdrawExclusion, type NewExclusion } from '../../store/exclusion-store';
import { endOutage, reportOutage, type OutageReport } from '../../store/outage-store';
import { outageKeys } from './queries';

function useInvalidateOutages() {
  const client = useQueryClient();
  return () => client.invalidateQueries({ queryKey: outageKeys.all });
}

export function useReportOutage() {
  const { db, plans, actor } = useDeskServices();
  const invalidate = useInvalidateOutages();
  return useMutation({ mutationFn: (input: OutageReport) => reportOutage(db, plans, input, actor(), now()), onSuccess: invalidate });
}

export function useEndOutage() {
  const { db, plans, actor } = useDeskServices();
  const invalidate = useInvalidateOutages();
  return useMutation({
    mutationFn: ({ outageId, endedAt }: { outageId: string; endedAt: number | null }) => endOutage(db, plans, outageId, endedAt, actor(), now()),
    onSuccess: invalidate,
  });
}

export function useRecordExclusion() {
  const { db, plans, actor } = useDeskServices();
  const invalidate = useInvalidateOutages();
  return useMutation({ mutationFn: (input: NewExclusion) => recordExclusion(db, plans, input, actor(), now()), onSuccess: invalidate });
}

export function useWithdrawExclusion() {
  const { db, plans, actor } = useDeskServices();
  const invalidate = useInvalidateOutages();
  return useMutation({ mutationFn: (exclusionId: string) => withdrawExclusion(db, plans, exclusionId, actor(), now()), onSuccess: invalidate });
}

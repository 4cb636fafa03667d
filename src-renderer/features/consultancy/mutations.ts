import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Engagement } from '../../../src-shared/consultancy/engagement';
import type { EventDraft } from '../../../src-shared/desk-log/stamp-events';
import { InputError, issue } from '../../../src-shared/validation/issues';
import { now } from '../../clock/app-clock';
import { useDeskServices } from '../../desk/desk-services';
import { newId } from '../../store/actor';
import { addEngagement, commitMonth, runEngagementCommand, type EngagementInput } from '../../store/consultancy-store';
import { setDeskSetting, type DeskSettingKey } from '../../store/desk-store';
import { consultancyKeys } from './queries';

function useInvalidateConsultancy() {
  const client = useQueryClient();
  return () => client.invalidateQueries({ queryKey: consultancyKeys.all });
}

export function useAddEngagement() {
  const { db, plans, actor } = useDeskServices();
  const invalidate = useInvalidateConsultancy();
  return useMutation({ mutationFn: (input: EngagementInput) => addEngagement(db, plans, input, actor(), now()), onSuccess: invalidate });
}

/**
 * A command on one engagement: `decide` gets the engagement (and all of them), who is working,
 * a fresh id and now, and returns the event (a rule of src-shared/consultancy decides it).
 */
export type EngagementDecision = (e: Engagement, context: { all: readonly Engagement[]; by: string; newId: string; now: number }) => EventDraft;

export function useEngagementCommand() {
  const { db, plans, actor } = useDeskServices();
  const invalidate = useInvalidateConsultancy();
  return useMutation({
    mutationFn: ({ engagementId, decide }: { engagementId: string; decide: EngagementDecision }) => {
      const who = actor();
      const at = now();
      return runEngagementCommand(db, plans, engagementId, (e, all) => decide(e, { all, by: who.by, newId: newId(), now: at }), who, at);
    },
    onSuccess: invalidate,
  });
}

export function useCommitBillingRun() {
  const { db, plans, actor } = useDeskServices();
  const invalidate = useInvalidateConsultancy();
  return useMutation({
    mutationFn: ({ month, zone, vatPercent }: { month: string; zone: string; vatPercent: number }) =>
      commitMonth(db, plans, month, zone, vatPercent, actor(), now()),
    onSuccess: invalidate,
  });
}

export function useSetDeskProfile() {
  const { db, plans, actor } = useDeskServices();
  const invalidate = useInvalidateConsultancy();
  return useMutation({
    mutationFn: async (values: { deskName: string; deskAddress: string; vatPercent: number }) => {
      if (!(values.vatPercent >= 0 && values.vatPercent <= 100)) throw new InputError([issue('vatPercent', 'must be from 0 to 100', 'consultancy.vat_range')]);
      for (const [key, value] of Object.entries(values)) await setDeskSetting(db, plans, key as DeskSettingKey, value, actor(), now());
    },
    onSuccess: invalidate,
  });
}

import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { CallSave } from '../../../src-shared/phone/call-input';
import { now } from '../../clock/app-clock';
import { ticketRecord } from '../../db/ticket-pages';
import { useDeskServices } from '../../desk/desk-services';
import { discardCall, endCall, saveCall, startCall, type CallStart } from '../../store/call-store';
import { refreshTicket } from '../tickets/mutations';
import { outageKeys } from '../availability/queries';
import { callKeys } from './queries';

function useInvalidateCalls() {
  const client = useQueryClient();
  return () => client.invalidateQueries({ queryKey: callKeys.all });
}

export function useStartCall() {
  const { db, plans, actor } = useDeskServices();
  const invalidate = useInvalidateCalls();
  return useMutation({ mutationFn: (input: CallStart) => startCall(db, plans, input, actor(), now()), onSuccess: invalidate });
}

export function useEndCall() {
  const { db, plans, actor } = useDeskServices();
  const invalidate = useInvalidateCalls();
  return useMutation({ mutationFn: (callId: string) => endCall(db, plans, callId, actor(), now()), onSuccess: invalidate });
}

export function useDiscardCall() {
  const { db, plans, actor } = useDeskServices();
  const invalidate = useInvalidateCalls();
  return useMutation({ mutationFn: (callId: string) => discardCall(db, plans, callId, actor(), now()), onSuccess: invalidate });
}

/**
 * Saves a call; the ticket it concerns is refreshed on the board and in the detail (its outcome
 * acted on it). `onSaved` gets the ticket's number; it runs here, not per `mutate`, because the
 * saved call's form is gone by then.
 */
export function useSaveCall(onSaved: (ticketNumber: string) => void) {
  const { db, plans, actor } = useDeskServices();
  const client = useQueryClient();
  const invalidate = useInvalidateCalls();
  return useMutation({
    mutationFn: ({ callId, input }: { callId: string; input: CallSave }) => saveCall(db, plans, callId, input, actor(), now()),
    onSuccess: async (row) => {
      await invalidate();
      if (row.reason === 'outage_report') await client.invalidateQueries({ queryKey: outageKeys.all });
      if (row.ticketId) await refreshTicket(client, db, row.ticketId);
      onSaved((row.ticketId ? (await ticketRecord(db, row.ticketId))?.number : undefined) ?? '');
    },
  });
}

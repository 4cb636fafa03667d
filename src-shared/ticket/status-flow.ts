import type { Status } from '../policy/policy-types';

/**
 * The status flow of SPEC.md: New → In Progress ⇄ Waiting for Customer / Waiting for
 * Development → Closed. Waiting for Development returns to In Progress after delivery;
 * Closed leaves only by reopening.
 */
const NEXT: Readonly<Record<Status, readonly Status[]>> = {
  new: ['in_progress', 'waiting_for_customer', 'waiting_for_development', 'closed'],
  in_progress: ['waiting_for_customer', 'waiting_for_development', 'closed'],
  waiting_for_customer: ['in_progress', 'closed'],
  waiting_for_development: ['in_progress'],
  closed: [],
};

export function nextStatuses(status: Status): readonly Status[] {
  return NEXT[status];
}

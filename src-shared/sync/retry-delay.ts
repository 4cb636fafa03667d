/** The first retry after a failed sync waits about this long; each further failure doubles it. */
export const FIRST_RETRY_MS = 1_000;
/** No retry waits longer than this: a workstation back online syncs within a minute. */
export const MAX_RETRY_MS = 60_000;

/**
 * How long to wait before retry number `attempt` (1 for the first): exponential backoff with
 * "equal jitter" — half the step fixed, half random — so a server coming back is not hit by every
 * workstation in the same millisecond. `random` is in [0, 1).
 */
export function retryDelay(attempt: number, random: number): number {
  const step = Math.min(MAX_RETRY_MS, FIRST_RETRY_MS * 2 ** Math.max(0, attempt - 1));
  return Math.round(step / 2 + (step / 2) * random);
}

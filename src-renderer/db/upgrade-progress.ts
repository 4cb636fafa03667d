/**
 * How far a schema upgrade running now has come. An upgrade runs while the store opens, before
 * the first screen can read anything; on a large desk it takes minutes (moving 1.2 million events
 * into blocks, decision 24), so the window says what it is doing instead of staying blank.
 */
export interface UpgradeProgress {
  /**
   * What the upgrade goes through: the log's events (version 18), the ticket records (version 20),
   * or the tickets' indexes (versions 21 and 22, one step: IndexedDB drops an index at once).
   */
  readonly what: 'events' | 'tickets' | 'ticketIndexes';
  /** Done so far. */
  readonly done: number;
  /** How many there are in all. */
  readonly total: number;
}

type Listener = (progress: UpgradeProgress) => void;

const listeners = new Set<Listener>();

/** Calls `listener` on every step of an upgrade; returns the call that stops it. */
export function onUpgradeProgress(listener: Listener): () => void {
  listeners.add(listener);
  return () => void listeners.delete(listener);
}

/** Said by an upgrade after each step. */
export function reportUpgradeProgress(progress: UpgradeProgress): void {
  for (const listener of listeners) listener(progress);
}

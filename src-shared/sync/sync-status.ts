/**
 * What the desk shows about team sync, from what the sync engine knows. One of:
 * - `off`: the desk is not shared;
 * - `pulling`: a pull is under way with more to come (a first pull of a big desk), `done` of `total`;
 * - `error`: the server refused (a revoked workstation, bad events): `reason` says why; retrying will not help by itself;
 * - `offline`: the server cannot be reached since `since`; `waiting` events are kept until it can;
 * - `waiting`: connected, `waiting` events not yet acknowledged;
 * - `synced`: connected and nothing waiting.
 */
export type SyncStatus =
  | { readonly kind: 'off' }
  | { readonly kind: 'pulling'; readonly done: number; readonly total: number; readonly waiting: number }
  | { readonly kind: 'error'; readonly code: string; readonly reason: string; readonly waiting: number }
  | { readonly kind: 'offline'; readonly since: number; readonly waiting: number }
  | { readonly kind: 'waiting'; readonly waiting: number }
  | { readonly kind: 'synced'; readonly at: number };

export interface SyncFacts {
  readonly isLinked: boolean;
  /** Events not yet acknowledged by the server. */
  readonly waiting: number;
  /** Since when the server could not be reached (null while it can). */
  readonly offlineSince: number | null;
  /** The server's refusal that a retry will not fix, with its code (null when there is none). */
  readonly refusal: { readonly code: string; readonly reason: string } | null;
  /** The pull under way: the cursor and the server's head (null when not pulling). */
  readonly pull: { readonly cursor: number; readonly head: number; readonly from: number } | null;
  /** When the last full sync ended (null before the first). */
  readonly syncedAt: number | null;
}

/** The status the desk shows for these facts; a refusal outranks being offline, which outranks a pull. */
export function syncStatusOf(f: SyncFacts): SyncStatus {
  if (!f.isLinked) return { kind: 'off' };
  if (f.refusal) return { kind: 'error', ...f.refusal, waiting: f.waiting };
  if (f.offlineSince !== null) return { kind: 'offline', since: f.offlineSince, waiting: f.waiting };
  if (f.pull && f.pull.cursor < f.pull.head)
    return { kind: 'pulling', done: f.pull.cursor - f.pull.from, total: f.pull.head - f.pull.from, waiting: f.waiting };
  if (f.waiting > 0 || f.syncedAt === null) return { kind: 'waiting', waiting: f.waiting };
  return { kind: 'synced', at: f.syncedAt };
}

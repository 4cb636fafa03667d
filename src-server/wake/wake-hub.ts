import { wakeUp, type WakeUp } from '../../src-shared/sync/sync-protocol';
import { num, type Db } from '../db/db';

/** The PostgreSQL notification channel a push announces its desk's new head on. */
export const WAKE_CHANNEL = 'klok_desk';

export type WakeListener = (head: number) => void;

/**
 * Wake-ups fanned out in memory: ONE database LISTEN for the whole server, and per desk the set of
 * connected streams. After the listening connection was lost and restored, every desk with a
 * listener is woken with its current head (notifications sent meanwhile are gone).
 */
export interface WakeHub {
  subscribe(deskId: string, listener: WakeListener): Promise<() => void>;
  /** Wakes every listener with its desk's current head. */
  wakeAll(): Promise<void>;
  /** How many streams are connected (for tests and health). */
  readonly size: number;
  close(): Promise<void>;
}

export function createWakeHub(db: Db, onError: (error: unknown) => void = (e) => console.error('klok-server wake-ups:', e)): WakeHub {
  const byDesk = new Map<string, Set<WakeListener>>();
  let started: Promise<() => Promise<void>> | null = null;
  let size = 0;

  const deliver = (deskId: string, head: number) => {
    for (const l of byDesk.get(deskId) ?? []) l(head);
  };

  const onPayload = (payload: string) => {
    try {
      const w: WakeUp = wakeUp.parse(JSON.parse(payload));
      deliver(w.deskId, w.head);
    } catch (error) {
      onError(error);
    }
  };

  const wakeAll = async () => {
    const desks = [...byDesk.keys()];
    if (desks.length === 0) return;
    const { rows } = await db.query<{ id: string; head: unknown }>('SELECT id, head FROM desks WHERE id = ANY($1::text[])', [desks]);
    for (const r of rows) deliver(r.id, num(r.head));
  };

  const start = () =>
    (started ??= db
      .listen(WAKE_CHANNEL, onPayload, () => {
        wakeAll().catch(onError);
      })
      .catch((error: unknown) => {
        started = null;
        throw error;
      }));

  return {
    get size() {
      return size;
    },
    async subscribe(deskId, listener) {
      await start();
      let set = byDesk.get(deskId);
      if (!set) byDesk.set(deskId, (set = new Set()));
      set.add(listener);
      size += 1;
      let done = false;
      return () => {
        if (done) return;
        done = true;
        size -= 1;
        set.delete(listener);
        if (set.size === 0 && byDesk.get(deskId) === set) byDesk.delete(deskId);
      };
    },
    wakeAll,
    async close() {
      const s = started;
      started = null;
      byDesk.clear();
      if (s) await (await s.catch(() => async () => undefined))();
    },
  };
}

import { useQueryClient } from '@tanstack/react-query';
import { liveQuery } from 'dexie';
import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';
import type { SyncStatus } from '../../../src-shared/sync/sync-status';
import { now } from '../../clock/app-clock';
import { useDeskServices } from '../../desk/desk-services';
import { showPulled } from './show-pulled';
import { syncClient, type SyncClient } from './sync-client';
import { SyncEngine } from './sync-engine';

interface SyncContextValue {
  readonly engine: SyncEngine;
  /** The window's one client of the sync server (the engine's; joining and checks use it too). */
  readonly client: SyncClient;
  readonly status: SyncStatus;
}

const SyncContext = createContext<SyncContextValue | null>(null);

/**
 * Runs team sync for this window while the desk is shared: one engine, started at once (it does
 * nothing for a desk of its own), nudged whenever an event waits in the outbox.
 */
export function SyncProvider({ children }: { children: ReactNode }) {
  const { db, plans } = useDeskServices();
  const queries = useQueryClient();
  const [status, setStatus] = useState<SyncStatus>({ kind: 'off' });
  const [client] = useState(() => syncClient((url, init) => fetch(url, init)));
  const [engine] = useState(
    () =>
      new SyncEngine({
        db,
        plans,
        client,
        now,
        random: Math.random,
        setTimer: (fn, ms) => {
          const timer = setTimeout(fn, ms);
          return () => clearTimeout(timer);
        },
        onApplied: (result) => void showPulled(queries, db, result.touched),
        onStatus: setStatus,
      }),
  );
  useEffect(() => {
    engine.start();
    const waiting = liveQuery(() => db.outbox.count()).subscribe({ next: (count) => count > 0 && engine.nudge() });
    // Back on the network: sync now rather than at the next retry.
    const online = () => engine.nudge();
    window.addEventListener('online', online);
    return () => {
      window.removeEventListener('online', online);
      waiting.unsubscribe();
      engine.stop();
    };
  }, [engine, db]);
  return <SyncContext.Provider value={{ engine, client, status }}>{children}</SyncContext.Provider>;
}

export function useSync(): SyncContextValue {
  const value = useContext(SyncContext);
  if (!value) throw new Error('useSync outside SyncProvider');
  return value;
}

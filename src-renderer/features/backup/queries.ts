import { queryOptions } from '@tanstack/react-query';
import { parseHlc } from '../../../src-shared/desk-log/hlc';
import type { KlokDB } from '../../db/klok-db';
import type { BackupPlace } from '../../platform/platform';
import { getSetting } from '../../store/desk-store';
import { firstInLog } from '../../db/log-blocks';

/** Local setting: when this workstation last made a backup (epoch ms). */
export const LAST_BACKUP_KEY = 'lastBackupAt';

export const backupKeys = {
  all: ['backups'] as const,
  status: () => [...backupKeys.all, 'status'] as const,
  last: () => [...backupKeys.all, 'last'] as const,
  storage: () => [...backupKeys.all, 'storage'] as const,
};

/** The backup folder, how many are kept and the backups in it; null where backups are downloads. */
export const backupStatusQuery = (backups: BackupPlace) => queryOptions({ queryKey: backupKeys.status(), queryFn: () => backups.status() });

/** When this workstation last made a backup (null: never), and since when the desk has data (its first event; null: empty). */
export const lastBackupQuery = (db: KlokDB) =>
  queryOptions({
    queryKey: backupKeys.last(),
    queryFn: async () => {
      const at = await getSetting<unknown>(db, LAST_BACKUP_KEY, null);
      const first = await firstInLog(db);
      return { lastBackupAt: typeof at === 'number' ? at : null, deskSince: first ? (parseHlc(first.hlc)?.wall ?? null) : null };
    },
  });

/** Whether the browser engine keeps the store even when space runs low, and the space used and offered. */
export interface StorageFacts {
  readonly isPersistent: boolean | null;
  readonly usedBytes: number | null;
  readonly quotaBytes: number | null;
}

export const storageQuery = () =>
  queryOptions({
    queryKey: backupKeys.storage(),
    queryFn: async (): Promise<StorageFacts> => {
      const storage = typeof navigator === 'undefined' ? undefined : navigator.storage;
      if (!storage) return { isPersistent: null, usedBytes: null, quotaBytes: null };
      const [isPersistent, estimate] = await Promise.all([storage.persisted(), storage.estimate()]);
      return { isPersistent, usedBytes: estimate.usage ?? null, quotaBytes: estimate.quota ?? null };
    },
  });

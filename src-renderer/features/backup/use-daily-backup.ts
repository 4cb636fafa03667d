import { useQuery } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { isBackupDue, newestBackupAt } from '../../../src-shared/backup/backup-rotation';
import { useNow } from '../../clock/app-clock';
import { useDeskServices } from '../../desk/desk-services';
import { useBackUpNow } from './mutations';
import { lastBackupQuery } from './queries';

const CHECK_EVERY_MS = 30 * 60_000;

/**
 * The daily backup (RPO 24 h). In Electron: when the newest backup in the folder is a day old (or
 * there is none), one is made without asking; checked at start and every half hour. A browser
 * cannot write files unasked: there `useBackupReminder` says when a backup is due.
 */
export function useDailyBackup(isDeskReady: boolean): void {
  const { platform } = useDeskServices();
  const backUp = useBackUpNow();
  const tick = useNow(CHECK_EVERY_MS);
  const isRunning = useRef(false);
  useEffect(() => {
    if (!isDeskReady || platform.backups.kind !== 'folder' || isRunning.current) return;
    isRunning.current = true;
    void platform.backups
      .status()
      .then(async (status) => {
        if (status && isBackupDue(newestBackupAt(status.backups.map((b) => b.name)), tick)) await backUp.mutateAsync('daily');
      })
      .catch(() => undefined) // shown in the backups dialog; the next check tries again
      .finally(() => {
        isRunning.current = false;
      });
    // oxlint-disable-next-line react-hooks/exhaustive-deps -- backUp is a new object every render; the check runs at start and on each tick
  }, [isDeskReady, platform, tick]);
}

/** Where backups are downloads: whether one is due (a day since the last, or since the desk has data). */
export function useBackupReminder(): boolean {
  const { db, platform } = useDeskServices();
  const last = useQuery(lastBackupQuery(db));
  const now = useNow(CHECK_EVERY_MS);
  if (platform.backups.kind !== 'download' || !last.data || last.data.deskSince === null) return false;
  return isBackupDue(last.data.lastBackupAt ?? last.data.deskSince, now);
}

import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { backupKeys } from './queries';

/**
 * Asks the browser engine once per start to keep the store even when the disk runs low
 * (`navigator.storage.persist()`; Chromium decides without asking the user). The answer shows
 * in the backups dialog.
 */
export function usePersistentStorage(): void {
  const client = useQueryClient();
  useEffect(() => {
    const storage = typeof navigator === 'undefined' ? undefined : navigator.storage;
    if (!storage?.persist) return;
    void storage
      .persist()
      .catch(() => false)
      .then(() => client.invalidateQueries({ queryKey: backupKeys.storage() }));
  }, [client]);
}

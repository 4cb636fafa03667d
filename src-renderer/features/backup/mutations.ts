import { holidayCountriesOfText, loadHolidayCountries } from '../policies/policy-holidays';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Backup } from '../../../src-shared/backup/backup-file';
import { now } from '../../clock/app-clock';
import { useDeskServices } from '../../desk/desk-services';
import { checkBackup, makeBackup, restoreBackup } from '../../store/backup-store';
import { decodeDeskFile } from '../../store/desk-file-bytes';
import { putSetting } from '../../store/desk-store';
import { InputError, issue } from '../../../src-shared/validation/issues';
import { backupKeys, LAST_BACKUP_KEY } from './queries';

/** Makes a backup of the whole desk and hands it to the platform (the folder, or a download). */
export function useBackUpNow() {
  const { db, platform } = useDeskServices();
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (kind: 'daily' | 'manual') => {
      const at = now();
      const made = await makeBackup(db, at, kind);
      await platform.backups.write(made.name, made.text);
      await putSetting(db, LAST_BACKUP_KEY, at);
      return made.name;
    },
    onSettled: () => client.invalidateQueries({ queryKey: backupKeys.all }),
  });
}

/** Reads a backup (from the folder by name, or a file's bytes) and checks it in a scratch database. */
export function useCheckBackup() {
  const { plans, platform } = useDeskServices();
  return useMutation({
    mutationFn: async (source: { readonly name: string } | { readonly bytes: Uint8Array }) => {
      const bytes = 'bytes' in source ? source.bytes : await platform.backups.read(source.name);
      const text = decodeDeskFile(bytes);
      // The policy versions in the backup are checked with their calendars: their holidays first.
      await loadHolidayCountries(holidayCountriesOfText(text));
      return checkBackup(text, plans, now());
    },
  });
}

/**
 * Replaces the desk with a checked backup. The desk as it is now is backed up first (kept in the
 * folder, or downloaded); if that fails, nothing is replaced. Everything shown is read again.
 */
export function useRestoreBackup() {
  const { db, plans, platform } = useDeskServices();
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (backup: Backup) => {
      const before = await makeBackup(db, now(), 'before-restore');
      await platform.backups.write(before.name, before.text);
      return restoreBackup(db, plans, backup, now());
    },
    onSuccess: () => client.invalidateQueries(),
  });
}

/** Chooses the backup folder (Electron), or sets how many backups are kept. */
export function useBackupSettings() {
  const { platform } = useDeskServices();
  const client = useQueryClient();
  const refresh = () => client.invalidateQueries({ queryKey: backupKeys.status() });
  return {
    chooseFolder: useMutation({ mutationFn: () => platform.backups.chooseFolder(), onSuccess: refresh }),
    setKeep: useMutation({
      mutationFn: (keep: number) => {
        if (!Number.isInteger(keep) || keep < 1 || keep > 365)
          throw new InputError([issue('backupsKept', 'must be a whole number from 1 to 365', 'backup.keep_range')]);
        return platform.backups.setKeep(keep);
      },
      onSuccess: refresh,
    }),
  };
}

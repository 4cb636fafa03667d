import { dialog, type BrowserWindow } from 'electron';
import { basename } from 'node:path';
import { BACKUP_EXTENSION } from '../../src-shared/backup/backup-file';
import type { BackupStatus } from '../../src-shared/ipc/ipc-contract';
import type { HandlerMap } from '../ipc/handler-map';
import { listBackupFiles, readBackupFile, readBounded, writeBackupFile } from './backup-folder';
import { readBackupSettings, writeBackupSettings, type BackupSettings } from './backup-settings';

/**
 * The backup calls of the IPC contract: the renderer makes the backup's text (the store is
 * its), main writes it into this machine's backup folder, lists, reads and rotates them, and keeps
 * the folder and the number kept in a settings file of its own.
 */
export function backupHandlers(paths: { settingsFile: string; documents: string }, window: () => BrowserWindow | null) {
  const settings = () => readBackupSettings(paths.settingsFile, paths.documents);
  const status = async (s?: BackupSettings): Promise<BackupStatus> => {
    const current = s ?? (await settings());
    return { ...current, backups: await listBackupFiles(current.folder) };
  };
  return {
    'backup:get-status': () => status(),
    'backup:write': async ({ name, content }) => {
      const { folder, keep } = await settings();
      return writeBackupFile(folder, name, content, keep);
    },
    'backup:read': async ({ name }) => ({ content: await readBackupFile((await settings()).folder, name) }),
    'backup:open-file': async () => {
      const win = window();
      if (!win) return { content: null, name: null };
      const result = await dialog.showOpenDialog(win, {
        defaultPath: (await settings()).folder,
        properties: ['openFile'],
        filters: [{ name: 'Klok backup', extensions: [BACKUP_EXTENSION.slice(1)] }],
      });
      const file = result.filePaths[0];
      if (result.canceled || !file) return { content: null, name: null };
      return { content: await readBounded(file), name: basename(file) };
    },
    'backup:choose-folder': async () => {
      const win = window();
      const current = await settings();
      if (!win) return status(current);
      const result = await dialog.showOpenDialog(win, { defaultPath: current.folder, properties: ['openDirectory', 'createDirectory'] });
      const folder = result.filePaths[0];
      if (result.canceled || !folder) return status(current);
      const next = { ...current, folder };
      await writeBackupSettings(paths.settingsFile, next);
      return status(next);
    },
    'backup:set-keep': async ({ keep }) => {
      const next = { ...(await settings()), keep };
      await writeBackupSettings(paths.settingsFile, next);
      return status(next);
    },
  } satisfies HandlerMap;
}

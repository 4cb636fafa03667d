import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { DEFAULT_BACKUPS_KEPT } from '../../src-shared/backup/backup-rotation';

/** Where this machine's backups go and how many are kept: the workstation's own, not the desk's. */
export interface BackupSettings {
  readonly folder: string;
  readonly keep: number;
}

export const MIN_KEPT = 1;
export const MAX_KEPT = 365;

/** The settings file's contents, or the defaults (a folder in the user's documents, 14 kept) for what is missing or unreadable. */
export async function readBackupSettings(file: string, documents: string): Promise<BackupSettings> {
  const defaults: BackupSettings = { folder: join(documents, 'Klok backups'), keep: DEFAULT_BACKUPS_KEPT };
  try {
    const json = JSON.parse(await readFile(file, 'utf8')) as Partial<BackupSettings>;
    return {
      folder: typeof json.folder === 'string' && json.folder.trim() !== '' ? json.folder : defaults.folder,
      keep: Number.isInteger(json.keep) && (json.keep as number) >= MIN_KEPT && (json.keep as number) <= MAX_KEPT ? (json.keep as number) : defaults.keep,
    };
  } catch {
    return defaults;
  }
}

/** Saves the settings (temporary file, then rename). */
export async function writeBackupSettings(file: string, settings: BackupSettings): Promise<void> {
  await mkdir(dirname(file), { recursive: true });
  await writeFile(`${file}.tmp`, JSON.stringify(settings), 'utf8');
  await rename(`${file}.tmp`, file);
}

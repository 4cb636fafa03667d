import { mkdir, open, readdir, readFile, rename, stat, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import { backupTimeOf } from '../../src-shared/backup/backup-file';
import { backupsToDelete } from '../../src-shared/backup/backup-rotation';

/** One backup in the folder. */
export interface BackupEntry {
  readonly name: string;
  readonly bytes: number;
  /** When it was made (from its name), epoch ms. */
  readonly createdAt: number;
}

/** A backup file is read whole: anything larger than this is not one of Klok's. */
export const MAX_BACKUP_BYTES = 500_000_000;

/** Only a name Klok gives (`klok-<time>Z….klokbackup`) is read or written: never a path. */
export function isBackupName(name: string): boolean {
  return backupTimeOf(name) !== null && !/[/\\]/.test(name);
}

/**
 * Writes a backup so that it is either whole or absent: into a temporary file in the same folder,
 * flushed to disk, then renamed over the final name (atomic on one file system). Then deletes the
 * oldest of Klok's backups beyond `keep`. Returns the names deleted.
 */
export async function writeBackupFile(folder: string, name: string, content: string, keep: number): Promise<{ path: string; deleted: string[] }> {
  if (!isBackupName(name)) throw new Error(`not a backup name: ${name}`);
  await mkdir(folder, { recursive: true });
  const path = join(folder, name);
  const temporary = join(folder, `.${name}.${process.pid}.tmp`);
  const handle = await open(temporary, 'w');
  try {
    await handle.writeFile(content, 'utf8');
    await handle.sync();
  } finally {
    await handle.close();
  }
  await rename(temporary, path);
  const deleted = backupsToDelete(await readdir(folder), keep);
  for (const old of deleted) await unlink(join(folder, old));
  return { path, deleted };
}

/** Klok's backups in the folder, the newest first; an absent folder holds none. */
export async function listBackupFiles(folder: string): Promise<BackupEntry[]> {
  let names: string[];
  try {
    names = await readdir(folder);
  } catch {
    return [];
  }
  const entries = await Promise.all(
    names.filter(isBackupName).map(async (name) => ({ name, bytes: (await stat(join(folder, name))).size, createdAt: backupTimeOf(name) ?? 0 })),
  );
  return entries.sort((a, b) => b.createdAt - a.createdAt || b.name.localeCompare(a.name));
}

/** The bytes of one of Klok's backups in the folder (checked by the renderer before any restore). */
export async function readBackupFile(folder: string, name: string): Promise<Uint8Array<ArrayBuffer>> {
  if (!isBackupName(name)) throw new Error(`not a backup name: ${name}`);
  return readBounded(join(folder, name));
}

/** A file's bytes, refusing one larger than a backup can be. */
export async function readBounded(path: string): Promise<Uint8Array<ArrayBuffer>> {
  const { size } = await stat(path);
  if (size > MAX_BACKUP_BYTES) throw new Error(`the file is larger than ${MAX_BACKUP_BYTES / 1_000_000} MB`);
  return new Uint8Array(await readFile(path));
}

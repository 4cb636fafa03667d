import { basename } from 'node:path';
import { BACKUP_EXTENSION } from '../../src-shared/backup/backup-file';
import { readBounded } from './backup-folder';

/** The backup file among a program's arguments (the file manager passes the file opened), or null. */
export function backupPathIn(argv: readonly string[]): string | null {
  return [...argv].reverse().find((arg) => !arg.startsWith('-') && arg.toLowerCase().endsWith(BACKUP_EXTENSION)) ?? null;
}

/**
 * A backup opened from the file manager waits here until the renderer takes it (at start, or
 * when told a file was opened): the window may not be ready when the file arrives.
 */
export class OpenedBackup {
  private path: string | null = null;

  offer(path: string | null): boolean {
    if (path === null) return false;
    this.path = path;
    return true;
  }

  async take(): Promise<{ content: Uint8Array<ArrayBuffer> | null; name: string | null }> {
    const path = this.path;
    this.path = null;
    if (path === null) return { content: null, name: null };
    return { content: await readBounded(path), name: basename(path) };
  }
}

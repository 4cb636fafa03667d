import { basename } from 'node:path';
import { BACKUP_EXTENSION } from '../../src-shared/backup/backup-file';
import { DESK_FILE_EXTENSION, type OpenedFileKind } from '../../src-shared/ipc/ipc-contract';
import { readBounded } from '../backup/backup-folder';

/** Klok's own file among a program's arguments (the file manager passes the file opened): a backup or a desk file; else null. */
export function openedFileIn(argv: readonly string[]): { readonly path: string; readonly kind: OpenedFileKind } | null {
  for (const arg of [...argv].reverse()) {
    if (arg.startsWith('-')) continue;
    const lower = arg.toLowerCase();
    if (lower.endsWith(BACKUP_EXTENSION)) return { path: arg, kind: 'backup' };
    if (lower.endsWith(DESK_FILE_EXTENSION)) return { path: arg, kind: 'desk' };
  }
  return null;
}

/**
 * A file opened from the file manager waits here until the renderer takes it (at start, or when
 * told a file was opened): the window may not be ready when the file arrives.
 */
export class OpenedFile {
  private waiting: { readonly path: string; readonly kind: OpenedFileKind } | null = null;

  offer(file: { readonly path: string; readonly kind: OpenedFileKind } | null): boolean {
    if (file === null) return false;
    this.waiting = file;
    return true;
  }

  async take(): Promise<{ content: Uint8Array<ArrayBuffer> | null; name: string | null; kind: OpenedFileKind | null }> {
    const file = this.waiting;
    this.waiting = null;
    if (file === null) return { content: null, name: null, kind: null };
    return { content: await readBounded(file.path), name: basename(file.path), kind: file.kind };
  }
}

import { backupTimeOf } from './backup-file';

/** Backups kept by default: two weeks of daily ones. */
export const DEFAULT_BACKUPS_KEPT = 14;
/** A backup at least this often: the recovery point Scope4mation promises its own customers (RPO 24 h). */
export const BACKUP_EVERY_MS = 24 * 3_600_000;

/**
 * Which backups to delete so that the newest `keep` remain. Only files Klok named are counted
 * and deleted (anything else in the folder is the user's); `keep` is at least 1.
 */
export function backupsToDelete(names: readonly string[], keep: number): string[] {
  const ours = names.flatMap((name) => {
    const at = backupTimeOf(name);
    return at === null ? [] : [{ name, at }];
  });
  ours.sort((a, b) => b.at - a.at || b.name.localeCompare(a.name));
  return ours.slice(Math.max(1, Math.floor(keep))).map((b) => b.name);
}

/** Whether a backup is due: none yet, or the newest is a day old (or from the future: a clock was off). */
export function isBackupDue(newestAt: number | null, now: number): boolean {
  return newestAt === null || now - newestAt >= BACKUP_EVERY_MS || newestAt > now + BACKUP_EVERY_MS;
}

/** The newest backup's time among file names, or null when there is none. */
export function newestBackupAt(names: readonly string[]): number | null {
  let newest: number | null = null;
  for (const name of names) {
    const at = backupTimeOf(name);
    if (at !== null && (newest === null || at > newest)) newest = at;
  }
  return newest;
}

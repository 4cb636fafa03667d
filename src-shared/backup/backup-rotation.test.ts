import { describe, expect, it } from 'vitest';
import { at, HOUR } from '../test-support/instants';
import { backupsToDelete, isBackupDue, newestBackupAt } from './backup-rotation';

const names = [
  'klok-2026-11-27T02-00-00Z.klokbackup',
  'klok-2026-11-29T02-00-00Z.klokbackup',
  'klok-2026-11-28T02-00-00Z-before-restore.klokbackup',
  'klok-2026-11-30T02-00-00Z.klokbackup',
];

describe('backupsToDelete', () => {
  it('keeps the newest N, whatever order the folder lists them in', () => {
    expect(backupsToDelete(names, 2)).toEqual(['klok-2026-11-28T02-00-00Z-before-restore.klokbackup', 'klok-2026-11-27T02-00-00Z.klokbackup']);
    expect(backupsToDelete(names, 4)).toEqual([]);
    expect(backupsToDelete(names, 14)).toEqual([]);
  });

  it('never deletes a file Klok did not name, and always keeps at least one backup', () => {
    expect(backupsToDelete([...names, 'notes.txt', 'my-desk.klokbackup'], 3)).toEqual(['klok-2026-11-27T02-00-00Z.klokbackup']);
    expect(backupsToDelete(names, 0)).toHaveLength(3);
  });
});

describe('isBackupDue', () => {
  const now = at('2026-11-30T09:00:00Z');
  it('is due without a backup, and a day after the newest', () => {
    expect(isBackupDue(null, now)).toBe(true);
    expect(isBackupDue(now - 24 * HOUR, now)).toBe(true);
    expect(isBackupDue(now - 24 * HOUR + 1, now)).toBe(false);
  });

  it('is due when the newest lies more than a day ahead (a clock was off when it was made)', () => {
    expect(isBackupDue(now + 2 * HOUR, now)).toBe(false);
    expect(isBackupDue(now + 24 * HOUR + 1, now)).toBe(true);
  });

  it('reads the newest backup’s time from the names', () => {
    expect(newestBackupAt(names)).toBe(at('2026-11-30T02:00:00Z'));
    expect(newestBackupAt(['notes.txt'])).toBeNull();
  });
});

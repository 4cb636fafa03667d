import { Dexie } from 'dexie';
import { readBackup, writeBackup, backupFileName, type Backup, type BackupCounts } from '../../src-shared/backup/backup-file';
import type { ContractPlans } from '../../src-shared/desk/contract-plans';
import { parseHlc } from '../../src-shared/desk-log/hlc';
import { toIsoUtc } from '../../src-shared/time/instant';
import { InputError, issue } from '../../src-shared/validation/issues';
import { KlokDB } from '../db/klok-db';
import { newId } from './actor';
import { deskTables } from './append-events';
import { exportDeskWithCount, importDesk } from './desk-transfer';
import { countLog, lastInLog } from '../db/log-blocks';
import { countTicketRecords } from '../db/ticket-pages';
import { deskIdOf } from './write-events';

/** A backup made of the store: its file name and text. */
export interface MadeBackup {
  readonly name: string;
  readonly text: string;
}

/**
 * A backup of the whole desk: the desk file an export writes, what it holds (counted in the same
 * transaction, so the counts and the file agree) and its checksum.
 */
export async function makeBackup(db: KlokDB, now: number, kind: 'daily' | 'manual' | 'before-restore'): Promise<MadeBackup> {
  const { desk, about } = await db.transaction('rw', deskTables(db), async () => {
    const newest = await lastInLog(db);
    const wall = newest ? parseHlc(newest.hlc)?.wall : undefined;
    const name = (await db.deskSettings.get('deskName'))?.value;
    const exported = await exportDeskWithCount(db, now);
    return {
      desk: exported.text,
      about: {
        deskId: await deskIdOf(db),
        deskName: typeof name === 'string' && name.trim() !== '' ? name : null,
        counts: await countsOf(db, exported.events),
        newestEventAt: wall === undefined ? null : toIsoUtc(wall),
      },
    };
  });
  return { name: backupFileName(now, kind), text: await writeBackup(desk, about, now) };
}

/**
 * What a desk holds, counted in one transaction that has completed when this resolves (a bare
 * count() resolves before its transaction completes, and a database closed then cannot be deleted
 * at once: the browser reports the deletion blocked).
 */
async function countsOf(db: KlokDB, events?: number): Promise<BackupCounts> {
  return db.transaction('r', [db.logBlocks, db.ticketPages, db.calls, db.engagements], async () => ({
    events: events ?? (await countLog(db)),
    tickets: await countTicketRecords(db),
    calls: await db.calls.count(),
    engagements: await db.engagements.count(),
  }));
}

/**
 * Reads a backup and proves it restores before anything is replaced: checksum, format, every
 * event (the import's own checks), into a scratch database that is thrown away after; what the
 * scratch desk holds must be what the backup says it holds. Throws an InputError naming the
 * reason otherwise; the desk in use is not touched.
 */
export async function checkBackup(text: string, plans: ContractPlans, now: number): Promise<Backup> {
  const backup = await readBackup(text);
  const scratch = new KlokDB(`klok-restore-check-${newId()}`);
  try {
    await importDesk(scratch, plans, backup.desk, now);
    const found = await countsOf(scratch);
    const differing = (Object.keys(found) as (keyof BackupCounts)[]).filter((k) => found[k] !== backup.manifest.counts[k]);
    if (differing.length > 0) {
      const what = differing.map((k) => `${k} ${found[k]} (says ${backup.manifest.counts[k]})`).join(', ');
      throw new InputError([issue('backup', `does not hold what it says it holds: ${what}`, 'backup.counts_differ', { what })]);
    }
    return backup;
  } finally {
    scratch.close();
    await Dexie.delete(scratch.name);
  }
}

/** Replaces the desk with a checked backup's, in one transaction (the import's): all of it or nothing. */
export async function restoreBackup(db: KlokDB, plans: ContractPlans, backup: Backup, now: number): Promise<number> {
  return importDesk(db, plans, backup.desk, now);
}

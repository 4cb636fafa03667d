import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { at, HOUR } from '../../src-shared/test-support/instants';
import { InputError } from '../../src-shared/validation/issues';
import type { KlokDB } from '../db/klok-db';
import { checkBackup, makeBackup, restoreBackup } from './backup-store';
import { saveCall, startCall } from './call-store';
import { addCustomer, setDeskSetting } from './desk-store';
import { actor, deleteFreshDbs, dumpDesk, freshDb, plans } from './store-test-support';
import { registerTicket, runTicketCommand } from './ticket-store';
import { countLog } from '../db/log-blocks';
import { countTicketRecords } from '../db/ticket-pages';

afterEach(deleteFreshDbs);

// Mon 2 March 2026 in Amsterdam.
const T0900 = at('2026-03-02T09:00:00+01:00');
const T1000 = at('2026-03-02T10:00:00+01:00');
const T1700 = at('2026-03-02T17:00:00+01:00');

async function deskWithWork(): Promise<{ db: KlokDB; contractId: string }> {
  const db = freshDb();
  await addCustomer(db, plans, { name: 'Gemeente Houten', contractName: 'Support', policyId: 'scope4mation', planId: 'support' }, actor, T0900 - HOUR);
  await setDeskSetting(db, plans, 'deskName', 'Servicedesk Utrecht', actor, T0900 - HOUR);
  const contract = (await db.contracts.toArray())[0]!;
  const ticket = await registerTicket(
    db,
    plans,
    { contractId: contract.id, title: 'Slow', type: 'disruption', environment: 'production', channel: 'portal' },
    actor,
    T0900,
  );
  await runTicketCommand(db, plans, ticket.id, { kind: 'respond' }, actor, T0900 + HOUR / 2);
  const call = await startCall(db, plans, { direction: 'in' }, actor, T1000);
  await saveCall(
    db,
    plans,
    call.id,
    { ticketId: ticket.id, reason: 'expedite', outcome: 'logged_only', note: 'asks for news', direction: 'in', caller: 'Kees', phone: '' },
    actor,
    T1000 + 5 * 60_000,
  );
  return { db, contractId: contract.id };
}

/**
 * What a desk holds, without the workstation's own settings (its clock moves on every write) and
 * without how the log's events are grouped into blocks (a restore writes them afresh; `log` holds
 * the events themselves).
 */
async function deskContents(db: KlokDB) {
  const { settings: _settings, logBlocks: _blocks, ...rest } = await dumpDesk(db);
  return rest;
}

describe('backups', () => {
  it('say what they hold: desk, counts and the newest event', async () => {
    const { db } = await deskWithWork();
    const made = await makeBackup(db, T1700, 'daily');
    expect(made.name).toBe('klok-2026-03-02T16-00-00Z.klokbackup');
    const backup = await checkBackup(made.text, plans, T1700);
    expect(backup.manifest).toMatchObject({
      deskName: 'Servicedesk Utrecht',
      createdAt: '2026-03-02T16:00:00.000Z',
      counts: { tickets: 1, calls: 1, engagements: 0, events: await countLog(db) },
      newestEventAt: '2026-03-02T09:05:00.000Z',
    });
  });

  it('restore the desk as it was when backed up, whatever changed since', async () => {
    const { db, contractId } = await deskWithWork();
    const before = await deskContents(db);
    const made = await makeBackup(db, T1700, 'manual');
    await registerTicket(db, plans, { contractId, title: 'Later', type: 'disruption', environment: 'production', channel: 'portal' }, actor, T1700 + HOUR);
    expect(await countTicketRecords(db)).toBe(2);
    await restoreBackup(db, plans, await checkBackup(made.text, plans, T1700 + 2 * HOUR), T1700 + 2 * HOUR);
    expect(await deskContents(db)).toEqual(before);
  });

  it('are refused when damaged, and the desk in use is untouched', async () => {
    const { db } = await deskWithWork();
    const made = await makeBackup(db, T1700, 'manual');
    const damaged = made.text.replace('asks for news', 'asks for nuts');
    const before = await dumpDesk(db);
    const error = await checkBackup(damaged, plans, T1700).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).issues[0]?.code).toBe('backup.damaged');
    expect(await dumpDesk(db)).toEqual(before);
  });

  it('are refused when the desk they hold is not what they say (checked in a scratch database)', async () => {
    const { db } = await deskWithWork();
    const made = JSON.parse((await makeBackup(db, T1700, 'manual')).text) as { counts: Record<string, number> };
    const lying = JSON.stringify({ ...made, counts: { ...made.counts, tickets: 5 } });
    const error = await checkBackup(lying, plans, T1700).catch((e: unknown) => e);
    expect((error as InputError).issues).toEqual([
      {
        field: 'backup',
        reason: 'does not hold what it says it holds: tickets 1 (says 5)',
        code: 'backup.counts_differ',
        params: { what: 'tickets 1 (says 5)' },
      },
    ]);
  });

  it('leave no scratch database behind', async () => {
    const { db } = await deskWithWork();
    const made = await makeBackup(db, T1700, 'manual');
    await checkBackup(made.text, plans, T1700);
    const { Dexie } = await import('dexie');
    expect((await Dexie.getDatabaseNames()).filter((n) => n.startsWith('klok-restore-check-'))).toEqual([]);
  });
});

describe('backups of other desks', () => {
  it('name no desk when the desk has no name, or a blank one', async () => {
    const { db } = await deskWithWork();
    await setDeskSetting(db, plans, 'deskName', null, actor, T1700);
    expect((await checkBackup((await makeBackup(db, T1700, 'manual')).text, plans, T1700)).manifest.deskName).toBeNull();
    await setDeskSetting(db, plans, 'deskName', '  ', actor, T1700);
    expect((await checkBackup((await makeBackup(db, T1700, 'manual')).text, plans, T1700)).manifest.deskName).toBeNull();
  });

  it('of an empty desk hold no event and say so', async () => {
    const db = freshDb();
    const backup = await checkBackup((await makeBackup(db, T1700, 'manual')).text, plans, T1700);
    expect(backup.manifest).toMatchObject({ deskName: null, counts: { events: 0, tickets: 0, calls: 0, engagements: 0 }, newestEventAt: null });
  });

  it('name every count that differs', async () => {
    const { db } = await deskWithWork();
    const made = JSON.parse((await makeBackup(db, T1700, 'manual')).text) as { counts: Record<string, number> };
    const lying = JSON.stringify({ ...made, counts: { ...made.counts, tickets: 5, calls: 7 } });
    await expect(checkBackup(lying, plans, T1700)).rejects.toMatchObject({
      issues: [{ field: 'backup', reason: 'does not hold what it says it holds: tickets 1 (says 5), calls 1 (says 7)' }],
    });
  });

  it('are checked side by side, each in a scratch database of its own', async () => {
    const { db } = await deskWithWork();
    const full = await makeBackup(db, T1700, 'manual');
    const empty = await makeBackup(freshDb(), T1700, 'manual');
    const [a, b] = await Promise.all([checkBackup(full.text, plans, T1700), checkBackup(empty.text, plans, T1700)]);
    expect([a.manifest.counts.tickets, b.manifest.counts.tickets]).toEqual([1, 0]);
  });
});

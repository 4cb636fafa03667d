import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { projectDesk } from '../../src-shared/desk-log/project-desk';
import { at, HOUR } from '../../src-shared/test-support/instants';
import { InputError } from '../../src-shared/validation/issues';
import type { KlokDB } from '../db/klok-db';
import { addCustomer } from './desk-store';
import { exportDesk, importDesk } from './desk-transfer';
import { endOutage, loadOutages, reportOutage } from './outage-store';
import { actor, deleteFreshDbs, dumpDesk, eventOf, freshDb, plans, storedLog } from './store-test-support';
import { writeEvents } from './write-events';

afterEach(deleteFreshDbs);

// Sat 7 March 2026 in Amsterdam: down at 02:10, recorded at 03:00, up at 04:40.
const DOWN = at('2026-03-07T02:10:00+01:00');
const T0300 = at('2026-03-07T03:00:00+01:00');
const UP = at('2026-03-07T04:40:00+01:00');
const T0500 = at('2026-03-07T05:00:00+01:00');

async function deskWithContract(): Promise<{ db: KlokDB; contractId: string; customerId: string }> {
  const db = freshDb();
  await addCustomer(db, plans, { name: 'Gemeente Houten', contractName: 'SaaS', policyId: 'scope4mation', planId: 'support' }, actor, T0300 - HOUR);
  const contract = (await db.contracts.toArray())[0]!;
  return { db, contractId: contract.id, customerId: contract.customerId };
}

async function issuesOf(promise: Promise<unknown>) {
  const error = await promise.catch((e: unknown) => e);
  expect(error).toBeInstanceOf(InputError);
  return (error as InputError).issues.map((i) => `${i.field}: ${i.code}`);
}

describe('the outage store', () => {
  it('records an outage for a contract’s customer and ends it', async () => {
    const { db, contractId, customerId } = await deskWithContract();
    const row = await reportOutage(db, plans, { contractId, startedAt: DOWN, scope: 'complete', note: ' seen in monitoring ' }, actor, T0300);
    expect(row).toMatchObject({
      customerId,
      contractId,
      ticketId: null,
      callId: null,
      startedAt: DOWN,
      endedAt: null,
      isOngoing: 1,
      note: 'seen in monitoring',
    });
    const ended = await endOutage(db, plans, row.id, UP, actor, T0500);
    expect(ended).toMatchObject({ startedAt: DOWN, endedAt: UP, isOngoing: 0 });
    expect(await loadOutages(db)).toEqual([ended]);
  });

  it('lets a later end correct an earlier one', async () => {
    const { db, contractId } = await deskWithContract();
    const row = await reportOutage(db, plans, { contractId, startedAt: DOWN, scope: 'partial' }, actor, T0300);
    await endOutage(db, plans, row.id, UP, actor, T0500);
    expect((await endOutage(db, plans, row.id, UP - HOUR, actor, T0500 + 1)).endedAt).toBe(UP - HOUR);
  });

  it('refuses a report without a contract, start or scope, naming each field, and writes nothing', async () => {
    const { db } = await deskWithContract();
    const before = await dumpDesk(db);
    expect(await issuesOf(reportOutage(db, plans, { contractId: '', startedAt: null, scope: '' }, actor, T0300))).toEqual([
      'contractId: outage.contract_required',
      'outageStartedAt: outage.start_required',
      'outageScope: outage.scope_required',
    ]);
    expect(await dumpDesk(db)).toEqual(before);
  });

  it('refuses an end before the start, in the future or of an unknown outage, and writes nothing', async () => {
    const { db, contractId } = await deskWithContract();
    const row = await reportOutage(db, plans, { contractId, startedAt: DOWN, scope: 'complete' }, actor, T0300);
    const before = await dumpDesk(db);
    expect(await issuesOf(endOutage(db, plans, row.id, DOWN - 1, actor, T0500))).toEqual(['outageEndedAt: outage.end_before_start']);
    expect(await issuesOf(endOutage(db, plans, row.id, T0500 + 1, actor, T0500))).toEqual(['outageEndedAt: outage.end_in_future']);
    expect(await issuesOf(endOutage(db, plans, row.id, null, actor, T0500))).toEqual(['outageEndedAt: outage.end_required']);
    expect(await issuesOf(endOutage(db, plans, 'nope', UP, actor, T0500))).toEqual(['outage: outage.unknown']);
    expect(await dumpDesk(db)).toEqual(before);
  });

  it('keeps the outage rows equal to a fold of the whole log, the latest start first', async () => {
    const { db, contractId } = await deskWithContract();
    const first = await reportOutage(db, plans, { contractId, startedAt: DOWN, scope: 'complete' }, actor, T0300);
    await endOutage(db, plans, first.id, UP, actor, T0500);
    const second = await reportOutage(db, plans, { contractId, startedAt: UP + HOUR, scope: 'partial' }, actor, T0500 + 2 * HOUR);
    const rows = await loadOutages(db);
    expect(rows.map((r) => r.id)).toEqual([second.id, first.id]);
    const rebuilt = projectDesk((await storedLog(db)).map(eventOf), plans).outages;
    expect(rebuilt).toHaveLength(2);
    expect(rows).toEqual(expect.arrayContaining(rebuilt));
  });

  it('travels in a desk file: export, import elsewhere, the same outages with their instants', async () => {
    const { db, contractId } = await deskWithContract();
    const row = await reportOutage(db, plans, { contractId, startedAt: DOWN, scope: 'complete' }, actor, T0300);
    await endOutage(db, plans, row.id, UP, actor, T0500);
    const file = await exportDesk(db, T0500);
    expect(file).toContain('"endedAt": "2026-03-07T03:40:00.000Z"');
    const other = freshDb();
    await importDesk(other, plans, file, T0500);
    expect(await loadOutages(other)).toEqual(await loadOutages(db));
  });

  it('asks a Connect & Engage outage for its product category, and keeps it', async () => {
    const db = freshDb();
    await addCustomer(db, plans, { name: 'Vodafone', contractName: 'CCaaS', policyId: 'connect-engage', planId: 'standard' }, actor, T0300 - HOUR);
    const contract = (await db.contracts.toArray())[0]!;
    expect(await issuesOf(reportOutage(db, plans, { contractId: contract.id, startedAt: DOWN, scope: 'complete' }, actor, T0300))).toEqual([
      'outageCategory: outage.category_required',
    ]);
    const row = await reportOutage(db, plans, { contractId: contract.id, startedAt: DOWN, scope: 'complete', category: 'voice' }, actor, T0300);
    expect(row.category).toBe('voice');
  });
});

describe('outages', () => {
  it('are listed the latest start first', async () => {
    const { db, contractId, customerId } = await deskWithContract();
    const reported = (id: string, startedAt: number) => ({
      kind: 'outage.reported',
      stream: id,
      payload: { at: T0500, startedAt, scope: 'complete', customerId, contractId },
    });
    // Ids that sort the other way round from the starts.
    await writeEvents(db, plans, actor, T0500, async () => ({
      drafts: [reported('out-1', UP), reported('out-2', DOWN), reported('out-3', DOWN - HOUR)],
      result: () => undefined,
    }));
    expect((await loadOutages(db)).map((o) => o.id)).toEqual(['out-1', 'out-2', 'out-3']);
  });

  it('keep no product category outside Connect & Engage', async () => {
    const { db, contractId } = await deskWithContract();
    const row = await reportOutage(db, plans, { contractId, startedAt: DOWN, scope: 'complete', category: 'voice' }, actor, T0300);
    expect(row.category).toBeNull();
  });

  it('say why they are refused', async () => {
    const db = freshDb();
    await addCustomer(db, plans, { name: 'Vodafone', contractName: 'CCaaS', policyId: 'connect-engage', planId: 'standard' }, actor, T0300 - HOUR);
    const contract = (await db.contracts.toArray())[0]!;
    await expect(reportOutage(db, plans, { contractId: '', startedAt: DOWN, scope: 'complete' }, actor, T0300)).rejects.toMatchObject({
      issues: [{ field: 'contractId', reason: 'choose the contract whose product is unavailable' }],
    });
    await expect(reportOutage(db, plans, { contractId: contract.id, startedAt: DOWN, scope: 'complete', category: '' }, actor, T0300)).rejects.toMatchObject({
      issues: [{ field: 'outageCategory', reason: 'choose the product category' }],
    });
    await expect(endOutage(db, plans, 'no-such-outage', UP, actor, T0500)).rejects.toMatchObject({
      issues: [{ field: 'outage', reason: 'this outage is not on the desk' }],
    });
  });
});

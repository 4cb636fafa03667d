import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { projectDesk } from '../../src-shared/desk-log/project-desk';
import { at, HOUR } from '../../src-shared/test-support/instants';
import { InputError } from '../../src-shared/validation/issues';
import { addCustomer } from './desk-store';
import { exportDesk, importDesk } from './desk-transfer';
import { loadExclusions, recordExclusion, withdrawExclusion } from './exclusion-store';
import { actor, deleteFreshDbs, dumpDesk, eventOf, freshDb, plans, storedLog } from './store-test-support';
import { writeEvents } from './write-events';

afterEach(deleteFreshDbs);

const NOW = at('2026-03-02T10:00:00+01:00'); // Mon
const FROM = at('2026-03-10T22:00:00+01:00');
const TO = at('2026-03-11T00:00:00+01:00');

async function desk() {
  const db = freshDb();
  await addCustomer(db, plans, { name: 'Gemeente Houten', contractName: 'SaaS', policyId: 'scope4mation', planId: 'support' }, actor, NOW - HOUR);
  return { db, contractId: (await db.contracts.toArray())[0]!.id };
}

describe('the exclusion store', () => {
  it('records a maintenance window with its announcement, withdraws it, and keeps rows equal to a fold of the log', async () => {
    const { db, contractId } = await desk();
    const row = await recordExclusion(
      db,
      plans,
      { contractId, reason: 'maintenance', startsAt: FROM, endsAt: TO, announcedAt: NOW, note: ' DB upgrade ' },
      actor,
      NOW,
    );
    expect(row).toMatchObject({
      contractId,
      reason: 'maintenance',
      startsAt: FROM,
      endsAt: TO,
      announcedAt: NOW,
      isWithdrawn: 0,
      note: 'DB upgrade',
      recordedBy: 'Ann',
    });
    expect((await withdrawExclusion(db, plans, row.id, actor, NOW + HOUR)).isWithdrawn).toBe(1);
    expect(projectDesk((await storedLog(db)).map(eventOf), plans).exclusions).toEqual(await loadExclusions(db));
  });

  it('refuses a window without contract, reason or times, one that ends before it starts, or an announcement after it, and writes nothing', async () => {
    const { db, contractId } = await desk();
    const before = await dumpDesk(db);
    const codes = async (input: Parameters<typeof recordExclusion>[2]) => {
      const error = await recordExclusion(db, plans, input, actor, NOW).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(InputError);
      return (error as InputError).issues.map((i) => `${i.field}: ${i.code}`);
    };
    expect(await codes({ contractId: '', reason: '', startsAt: null, endsAt: null })).toEqual([
      'contractId: exclusion.contract_required',
      'exclusionReason: exclusion.reason_required',
      'exclusionStartsAt: exclusion.start_required',
      'exclusionEndsAt: exclusion.end_required',
    ]);
    expect(await codes({ contractId, reason: 'maintenance', startsAt: FROM, endsAt: FROM })).toEqual(['exclusionEndsAt: exclusion.end_before_start']);
    expect(await codes({ contractId, reason: 'maintenance', startsAt: FROM, endsAt: TO, announcedAt: NOW + 1 })).toEqual([
      'exclusionAnnouncedAt: exclusion.announced_in_future',
    ]);
    expect(await codes({ contractId, reason: 'maintenance', startsAt: NOW - 2 * HOUR, endsAt: NOW, announcedAt: NOW - HOUR })).toEqual([
      'exclusionAnnouncedAt: exclusion.announced_after_start',
    ]);
    expect(await dumpDesk(db)).toEqual(before);
  });

  it('travels in a desk file with its instants', async () => {
    const { db, contractId } = await desk();
    await recordExclusion(db, plans, { contractId, reason: 'force_majeure', startsAt: FROM, endsAt: TO }, actor, NOW);
    const other = freshDb();
    await importDesk(other, plans, await exportDesk(db, NOW), NOW);
    expect(await loadExclusions(other)).toEqual(await loadExclusions(db));
  });
});

describe('exclusion windows', () => {
  it('are listed the latest start first', async () => {
    const { db, contractId } = await desk();
    const contract = (await db.contracts.get(contractId))!;
    const window = (id: string, startsAt: number) => ({
      kind: 'exclusion.recorded',
      stream: id,
      payload: { at: NOW, customerId: contract.customerId, contractId, startsAt, endsAt: startsAt + HOUR, reason: 'maintenance' },
    });
    // Ids that sort the other way round from the starts.
    await writeEvents(db, plans, actor, NOW, async () => ({
      drafts: [window('exc-1', FROM + 2 * HOUR), window('exc-2', FROM + HOUR), window('exc-3', FROM)],
      result: () => undefined,
    }));
    expect((await loadExclusions(db)).map((e) => e.id)).toEqual(['exc-1', 'exc-2', 'exc-3']);
    await writeEvents(db, plans, actor, NOW, async () => ({ drafts: [window('exc-0', FROM - HOUR)], result: () => undefined }));
    expect((await loadExclusions(db)).map((e) => e.id)).toEqual(['exc-1', 'exc-2', 'exc-3', 'exc-0']);
  });

  it('may be announced at the moment they start', async () => {
    const { db, contractId } = await desk();
    const row = await recordExclusion(
      db,
      plans,
      { contractId, reason: 'emergency_maintenance', startsAt: NOW - HOUR, endsAt: NOW, announcedAt: NOW - HOUR },
      actor,
      NOW,
    );
    expect(row.announcedAt).toBe(NOW - HOUR);
  });

  it('say why they are refused', async () => {
    const { db, contractId } = await desk();
    const refused = (input: Parameters<typeof recordExclusion>[2]) => recordExclusion(db, plans, input, actor, NOW);
    await expect(refused({ contractId: '', reason: '', startsAt: null, endsAt: null })).rejects.toMatchObject({
      issues: [
        { field: 'contractId', reason: 'choose the contract the window is for' },
        { field: 'exclusionReason', reason: 'choose the reason' },
        { field: 'exclusionStartsAt', reason: 'say when the window starts' },
        { field: 'exclusionEndsAt', reason: 'say when the window ends' },
      ],
    });
    await expect(refused({ contractId, reason: 'maintenance', startsAt: FROM, endsAt: FROM })).rejects.toMatchObject({
      issues: [{ field: 'exclusionEndsAt', reason: 'the window must end after it starts' }],
    });
    await expect(refused({ contractId, reason: 'maintenance', startsAt: FROM, endsAt: TO, announcedAt: NOW + 1 })).rejects.toMatchObject({
      issues: [{ field: 'exclusionAnnouncedAt', reason: 'an announcement cannot lie in the future' }],
    });
    await expect(refused({ contractId, reason: 'maintenance', startsAt: NOW - 2 * HOUR, endsAt: NOW, announcedAt: NOW - HOUR })).rejects.toMatchObject({
      issues: [{ field: 'exclusionAnnouncedAt', reason: 'the announcement must come before the window' }],
    });
  });

  it('are withdrawn once, and a window that is not on the desk is named', async () => {
    const { db, contractId } = await desk();
    const row = await recordExclusion(db, plans, { contractId, reason: 'maintenance', startsAt: FROM, endsAt: TO }, actor, NOW);
    await withdrawExclusion(db, plans, row.id, actor, NOW + HOUR);
    const log = await storedLog(db);
    expect((await withdrawExclusion(db, plans, row.id, actor, NOW + 2 * HOUR)).isWithdrawn).toBe(1);
    expect(await storedLog(db)).toEqual(log);
    await expect(withdrawExclusion(db, plans, 'no-such-window', actor, NOW)).rejects.toMatchObject({
      issues: [{ field: 'exclusion', reason: 'this window is not on the desk', code: 'exclusion.unknown' }],
    });
  });
});

import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { at } from '../../src-shared/test-support/instants';
import type { InputError } from '../../src-shared/validation/issues';
import { addCustomer, endContract, loadDirectory, renameContract, renameCustomer } from './desk-store';
import { actor, deleteFreshDbs, dumpDesk, freshDb, plans, storedLog } from './store-test-support';
import { joinDesk, writeEvents } from './write-events';

afterEach(deleteFreshDbs);

const MON_0900 = at('2026-03-02T09:00:00+01:00'); // Monday
const customer = (name: string, zone?: string) => ({ name, contractName: 'Support', policyId: 'scope4mation', planId: 'support', ...(zone ? { zone } : {}) });

describe('loadDirectory', () => {
  it('lists the customers by name, with their contracts', async () => {
    const db = freshDb();
    await addCustomer(db, plans, customer('Zaanstad'), actor, MON_0900);
    await addCustomer(db, plans, customer('Almere', 'Europe/Brussels'), actor, MON_0900);
    // Ids that sort the other way round from the names (the table hands rows out by id).
    const added = (id: string, name: string) => ({ kind: 'customer.added', stream: id, payload: { at: MON_0900, name } });
    await writeEvents(db, plans, actor, MON_0900, async () => ({ drafts: [added('cus-1', 'Velsen'), added('cus-2', 'Baarn')], result: () => undefined }));
    const directory = await loadDirectory(db);
    expect(directory.customers.map((c) => c.name)).toEqual(['Almere', 'Baarn', 'Velsen', 'Zaanstad']);
    const almere = directory.customers[0]!;
    expect(directory.contracts.find((c) => c.customerId === almere.id)).toMatchObject({ name: 'Support', zone: 'Europe/Brussels' });
    expect(directory.agents).toEqual([]);
  });

  it('lists the agents by name, as events add them', async () => {
    const db = freshDb();
    await addCustomer(db, plans, customer('Almere'), actor, MON_0900);
    const added = (id: string, name: string) => ({ kind: 'agent.added', stream: id, payload: { at: MON_0900, name } });
    // Ids that sort the other way round from the names.
    await writeEvents(db, plans, actor, MON_0900, async () => ({ drafts: [added('agent-1', 'Zoë'), added('agent-2', 'Bram')], result: () => undefined }));
    await writeEvents(db, plans, actor, MON_0900, async () => ({ drafts: [added('agent-3', 'Anna')], result: () => undefined }));
    expect((await loadDirectory(db)).agents.map((a) => a.name)).toEqual(['Anna', 'Bram', 'Zoë']);
  });

  it('keeps no zone for a contract given a blank one (its calendar keeps its own)', async () => {
    const db = freshDb();
    await addCustomer(db, plans, customer('Almere', '  '), actor, MON_0900);
    const [contract] = (await loadDirectory(db)).contracts;
    expect(contract).not.toHaveProperty('zone');
  });
});

describe('joinDesk', () => {
  it("gives this workstation's code, joining the desk the first time only", async () => {
    const db = freshDb();
    expect(await joinDesk(db, plans, actor, MON_0900)).toBe('T');
    const log = await storedLog(db);
    expect(log.map((e) => e.kind)).toEqual(['workstation.joined']);
    expect(await joinDesk(db, plans, actor, MON_0900 + 1)).toBe('T');
    expect(await storedLog(db)).toEqual(log);
    // The next workstation takes the first letter not taken.
    expect(await joinDesk(db, plans, { by: 'Bob', workstation: 'ws-2' }, MON_0900 + 2)).toBe('A');
  });
});

describe('addCustomer', () => {
  it('answers the customer it added', async () => {
    const db = freshDb();
    const added = await addCustomer(db, plans, customer('Almere'), actor, MON_0900);
    expect(added).toEqual((await db.customers.toArray())[0]);
    expect(added.name).toBe('Almere');
  });

  it('names the field of a problem', async () => {
    const db = freshDb();
    await expect(addCustomer(db, plans, customer(' '), actor, MON_0900)).rejects.toMatchObject({
      issues: [{ field: 'name', reason: 'must not be empty', code: 'empty' }],
    });
    const unknownPlan = await addCustomer(db, plans, { ...customer('Almere'), planId: 'gold' }, actor, MON_0900).catch((e: unknown) => e);
    // The screen names the field without the leading dot of an empty prefix (error-text.ts).
    expect((unknownPlan as InputError).issues.map((i) => [i.field.replace(/^\./, ''), i.code])).toEqual([['planId', 'unknown_plan']]);
  });
});

describe('renameCustomer', () => {
  it('writes nothing when the name does not change', async () => {
    const db = freshDb();
    const added = await addCustomer(db, plans, customer('Almere'), actor, MON_0900);
    const log = await storedLog(db);
    expect(await renameCustomer(db, plans, added.id, ' Almere ', actor, MON_0900 + 1)).toEqual(added);
    expect(await storedLog(db)).toEqual(log);
  });

  it('names the customer it does not know and the empty name, with their codes', async () => {
    const db = freshDb();
    await expect(renameCustomer(db, plans, 'nobody', ' ', actor, MON_0900)).rejects.toMatchObject({
      issues: [
        { field: 'customer', reason: 'this customer is not on the desk', code: 'customer.unknown' },
        { field: 'customerName', reason: 'must not be empty', code: 'empty' },
      ],
    });
  });
});

describe('endContract', () => {
  it('ends a contract now', async () => {
    const db = freshDb();
    await addCustomer(db, plans, customer('Almere'), actor, MON_0900);
    const contract = (await db.contracts.toArray())[0]!;
    expect((await endContract(db, plans, contract.id, MON_0900 + 1, actor, MON_0900 + 1)).endedAt).toBe(MON_0900 + 1);
  });

  it('names a contract it does not know, a missing end and one in the past, with their codes, and writes nothing', async () => {
    const db = freshDb();
    await addCustomer(db, plans, customer('Almere'), actor, MON_0900);
    const contract = (await db.contracts.toArray())[0]!;
    const before = await dumpDesk(db);
    await expect(endContract(db, plans, 'no-such-contract', Number.NaN, actor, MON_0900)).rejects.toMatchObject({
      issues: [
        { field: 'contract', reason: 'this contract is not on the desk', code: 'contract.unknown' },
        { field: 'contractEndsAt', reason: 'say when the contract ends', code: 'contract.end_required' },
      ],
    });
    await expect(endContract(db, plans, contract.id, MON_0900 - 1, actor, MON_0900)).rejects.toMatchObject({
      issues: [{ field: 'contractEndsAt', reason: 'a contract ends now or later, not in the past', code: 'contract.end_in_past' }],
    });
    expect(await dumpDesk(db)).toEqual(before);
  });
});

describe('renameContract', () => {
  it('renames a contract by an event, its name trimmed, and writes nothing when the name does not change', async () => {
    const db = freshDb();
    await addCustomer(db, plans, customer('Almere'), actor, MON_0900);
    const contract = (await db.contracts.toArray())[0]!;
    expect(await renameContract(db, plans, contract.id, '  Support Plus ', actor, MON_0900 + 1)).toEqual({ ...contract, name: 'Support Plus' });
    expect((await storedLog(db)).filter((e) => e.kind === 'contract.renamed').map((e) => [e.stream, e.payload])).toEqual([
      [contract.id, { at: MON_0900 + 1, name: 'Support Plus' }],
    ]);
    const log = await storedLog(db);
    expect(await renameContract(db, plans, contract.id, 'Support Plus ', actor, MON_0900 + 2)).toEqual({ ...contract, name: 'Support Plus' });
    expect(await storedLog(db)).toEqual(log);
  });

  it('names the contract it does not know, an empty name and one over 200 characters, with their codes, and writes nothing', async () => {
    const db = freshDb();
    await addCustomer(db, plans, customer('Almere'), actor, MON_0900);
    const contract = (await db.contracts.toArray())[0]!;
    const before = await dumpDesk(db);
    await expect(renameContract(db, plans, 'no-such-contract', ' ', actor, MON_0900)).rejects.toMatchObject({
      issues: [
        { field: 'contract', reason: 'this contract is not on the desk', code: 'contract.unknown' },
        { field: 'contractName', reason: 'must not be empty', code: 'empty' },
      ],
    });
    await expect(renameContract(db, plans, contract.id, 'x'.repeat(201), actor, MON_0900)).rejects.toMatchObject({
      issues: [{ field: 'contractName', reason: 'must be at most 200 characters', code: 'too_long', params: { maximum: 200 } }],
    });
    expect(await dumpDesk(db)).toEqual(before);
    expect((await renameContract(db, plans, contract.id, 'y'.repeat(200), actor, MON_0900)).name).toHaveLength(200);
  });
});

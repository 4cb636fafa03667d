import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { logTime, recordApproval, startTimer, stopTimer } from '../../src-shared/consultancy/engagement-commands';
import { projectDesk } from '../../src-shared/desk-log/project-desk';
import { at } from '../../src-shared/test-support/instants';
import { InputError } from '../../src-shared/validation/issues';
import { addEngagement, commitMonth, loadBillingRuns, loadEngagements, previewMonth, runEngagementCommand } from './consultancy-store';
import { addCustomer } from './desk-store';
import { actor, deleteFreshDbs, dumpDesk, eventOf, freshDb, plans } from './store-test-support';
import { registerTicket } from './ticket-store';

afterEach(deleteFreshDbs);

const MON_0900 = at('2026-03-02T09:00:00+01:00'); // Monday
const ZONE = 'Europe/Amsterdam';

async function deskWithEngagement() {
  const db = freshDb();
  await addCustomer(db, plans, { name: 'Gemeente Houten', contractName: 'Support', policyId: 'scope4mation', planId: 'support' }, actor, MON_0900);
  const contract = (await db.contracts.toArray())[0]!;
  const ticket = await registerTicket(
    db,
    plans,
    { contractId: contract.id, title: 'Advice', type: 'consultancy_request', environment: 'production', channel: 'email' },
    actor,
    MON_0900,
  );
  const engagement = await addEngagement(
    db,
    plans,
    { purpose: 'consultancy', customerId: contract.customerId, contractId: contract.id, ticketId: ticket.id, title: 'Migration advice', rateType: 'support' },
    actor,
    MON_0900,
  );
  return { db, contract, ticket, engagement };
}

describe('the consultancy store', () => {
  it('writes engagements through the desk log, and its rows are the fold of the whole log', async () => {
    const { db, engagement } = await deskWithEngagement();
    expect(engagement).toMatchObject({ title: 'Migration advice', centsPerHour: 25_000, blockMinutes: 240 });
    await runEngagementCommand(db, plans, engagement.id, (e, all) => startTimer(all, e, 'Ann', MON_0900), actor, MON_0900);
    const stop = MON_0900 + 170 * 60_000;
    await runEngagementCommand(db, plans, engagement.id, (e) => stopTimer(e, 'Ann', { description: 'Workshop' }, 'te-1', stop), actor, stop);
    await runEngagementCommand(
      db,
      plans,
      engagement.id,
      (e) => recordApproval(e, { approvedBy: 'J. Jansen', approvedAt: stop, method: 'email', approvedHours: 4 }, stop),
      actor,
      stop,
    );
    const run = await commitMonth(db, plans, '2026-03', ZONE, 21, actor, stop);

    const dump = await dumpDesk(db);
    const rebuilt = projectDesk(dump.log.map(eventOf), plans);
    expect(dump.engagements).toEqual(rebuilt.engagements);
    expect(dump.billingRuns).toEqual(rebuilt.billingRuns);
    expect(await loadBillingRuns(db)).toEqual([run]);
    const [row] = await loadEngagements(db);
    expect(row?.entries).toEqual([expect.objectContaining({ id: 'te-1', minutes: 170, billedBy: run.id })]);
    expect(row?.billings).toEqual([expect.objectContaining({ billedMinutes: 240, amountCents: 100_000 })]);
    expect((await previewMonth(db, '2026-03', ZONE)).lines).toEqual([]);
  });

  it("refuses a second timer for the same consultant in the same transaction's view of the desk", async () => {
    const { db, engagement, contract } = await deskWithEngagement();
    const other = await addEngagement(
      db,
      plans,
      { purpose: 'consultancy', customerId: contract.customerId, contractId: contract.id, title: 'Training', rateType: 'support' },
      actor,
      MON_0900,
    );
    await runEngagementCommand(db, plans, engagement.id, (e, all) => startTimer(all, e, 'Ann', MON_0900), actor, MON_0900);
    await expect(runEngagementCommand(db, plans, other.id, (e, all) => startTimer(all, e, 'Ann', MON_0900), actor, MON_0900)).rejects.toThrow(InputError);
  });

  it("refuses a contract or a ticket that is not the customer's, naming the field", async () => {
    const { db, contract, ticket } = await deskWithEngagement();
    await addCustomer(db, plans, { name: 'Other', contractName: 'Support', policyId: 'scope4mation', planId: 'support' }, actor, MON_0900);
    const otherCustomer = (await db.customers.toArray()).find((c) => c.name === 'Other')!;
    const refused = addEngagement(
      db,
      plans,
      { purpose: 'consultancy', customerId: otherCustomer.id, contractId: contract.id, ticketId: ticket.id, title: 'X', rateType: 'support' },
      actor,
      MON_0900,
    );
    await expect(refused).rejects.toMatchObject({ issues: [{ field: 'contractId', code: 'consultancy.contract' }] });
  });

  it('keeps unapproved time out of a run, and a run with nothing to bill is refused and writes nothing', async () => {
    const { db, engagement } = await deskWithEngagement();
    await runEngagementCommand(
      db,
      plans,
      engagement.id,
      (e) => logTime(e, { workedAt: MON_0900, minutes: 60, description: 'Prep' }, 'Ann', 'te-1', MON_0900),
      actor,
      MON_0900,
    );
    const before = await dumpDesk(db);
    await expect(commitMonth(db, plans, '2026-03', ZONE, 21, actor, MON_0900)).rejects.toThrow(InputError);
    expect(await dumpDesk(db)).toEqual(before);
    expect((await previewMonth(db, '2026-03', ZONE)).waiting).toEqual([expect.objectContaining({ minutes: 60 })]);
  });
});

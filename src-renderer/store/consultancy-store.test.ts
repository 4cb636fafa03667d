import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { billingRunDrafts, monthPeriod, previewBilling } from '../../src-shared/consultancy/billing-run';
import { createEngagement, logTime, recordApproval, startTimer, stopTimer } from '../../src-shared/consultancy/engagement-commands';
import { scope4mation } from '../../src-shared/policy/presets/scope4mation';
import { projectDesk } from '../../src-shared/desk-log/project-desk';
import { at } from '../../src-shared/test-support/instants';
import { InputError } from '../../src-shared/validation/issues';
import { addEngagement, commitMonth, loadBillingRuns, loadEngagements, previewMonth, runEngagementCommand } from './consultancy-store';
import { addCustomer } from './desk-store';
import { actor, deleteFreshDbs, dumpDesk, eventOf, freshDb, plans } from './store-test-support';
import { writeEvents } from './write-events';
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

describe('the consultancy lists', () => {
  const MAR_03 = at('2026-03-03T09:00:00+01:00'); // Tuesday
  const engagement = (id: string, createdAt: number) =>
    createEngagement({ customerId: 'cus-1', contractId: 'con-1', title: `Work ${id}`, rateType: 'support' }, scope4mation, id, createdAt);

  it('lists engagements oldest first, and those opened at the same moment by id', async () => {
    const db = freshDb();
    // The table hands rows out by id: a, b, c, d.
    await writeEvents(db, plans, actor, MAR_03, async () => ({
      drafts: [engagement('eng-a', MAR_03), engagement('eng-c', MON_0900), engagement('eng-b', MAR_03), engagement('eng-d', MON_0900)],
      result: () => undefined,
    }));
    expect((await loadEngagements(db)).map((e) => e.id)).toEqual(['eng-c', 'eng-d', 'eng-a', 'eng-b']);
  });

  it('lists billing runs newest first', async () => {
    const db = freshDb();
    const months = ['2026-01', '2026-02', '2026-03'].map((m) => monthPeriod(m, ZONE));
    // Ids that sort oldest first, as the table hands the rows out.
    for (const [i, period] of months.entries()) {
      const id = `eng-${i}`;
      await writeEvents(db, plans, actor, period.from, async () => ({ drafts: [engagement(id, period.from)], result: () => undefined }));
      const approval = { approvedBy: 'J', approvedAt: period.from, method: 'email', approvedHours: 4 } as const;
      await runEngagementCommand(db, plans, id, (e) => recordApproval(e, approval, period.from), actor, period.from);
      const work = { workedAt: period.from, minutes: 60, description: 'Work' };
      await runEngagementCommand(db, plans, id, (e) => logTime(e, work, 'Ann', `te-${i}`, period.from), actor, period.from);
      const preview = previewBilling(await loadEngagements(db), period);
      await writeEvents(db, plans, actor, period.to, async () => ({
        drafts: billingRunDrafts(preview, `run-${i}`, 21, period.to),
        result: () => undefined,
      }));
    }
    expect((await loadBillingRuns(db)).map((r) => [r.id, r.period])).toEqual([
      ['run-2', '2026-03'],
      ['run-1', '2026-02'],
      ['run-0', '2026-01'],
    ]);
  });
});

describe('addEngagement', () => {
  it('opens query support on a Konneqt subscription: counted, never billed', async () => {
    const db = freshDb();
    await addCustomer(db, plans, { name: 'Acme', contractName: 'Basic', policyId: 'konneqt', planId: 'basic' }, actor, MON_0900);
    const contract = (await db.contracts.toArray())[0]!;
    const opened = await addEngagement(
      db,
      plans,
      { purpose: 'query_support', customerId: contract.customerId, contractId: contract.id, title: 'Queries' },
      actor,
      MON_0900,
    );
    expect(opened).toMatchObject({ purpose: 'query_support', contractId: contract.id, title: 'Queries', rateType: null, centsPerHour: 0 });
    expect(await loadEngagements(db)).toEqual([opened]);
  });

  it("refuses a contract or a ticket that is not the customer's, or a ticket that does not exist, and writes nothing", async () => {
    const { db, contract, ticket } = await deskWithEngagement();
    await addCustomer(db, plans, { name: 'Other', contractName: 'Support', policyId: 'scope4mation', planId: 'support' }, actor, MON_0900);
    const other = (await db.contracts.toArray()).find((c) => c.customerId !== contract.customerId)!;
    const before = await dumpDesk(db);
    const input = { purpose: 'consultancy', customerId: contract.customerId, contractId: contract.id, title: 'X', rateType: 'support' } as const;
    await expect(addEngagement(db, plans, { ...input, contractId: other.id }, actor, MON_0900)).rejects.toMatchObject({
      issues: [{ field: 'contractId', reason: "must be one of the customer's contracts", code: 'consultancy.contract' }],
    });
    const wrongTicket = { issues: [{ field: 'ticketId', reason: "must be one of the customer's tickets", code: 'consultancy.ticket' }] };
    await expect(
      addEngagement(db, plans, { ...input, customerId: other.customerId, contractId: other.id, ticketId: ticket.id }, actor, MON_0900),
    ).rejects.toMatchObject(wrongTicket);
    await expect(addEngagement(db, plans, { ...input, ticketId: 'no-such-ticket' }, actor, MON_0900)).rejects.toMatchObject(wrongTicket);
    expect(await dumpDesk(db)).toEqual(before);
  });
});

describe('runEngagementCommand', () => {
  it('decides on the engagement it names, and answers it as written', async () => {
    const { db, contract, engagement } = await deskWithEngagement();
    const second = await addEngagement(
      db,
      plans,
      { purpose: 'consultancy', customerId: contract.customerId, contractId: contract.id, title: 'Training', rateType: 'support' },
      actor,
      MON_0900,
    );
    for (const target of [engagement, second]) {
      const written = await runEngagementCommand(
        db,
        plans,
        target.id,
        (e) => logTime(e, { workedAt: MON_0900, minutes: 30, description: `On ${e.title}` }, 'Ann', `te-${target.id}`, MON_0900),
        actor,
        MON_0900,
      );
      expect(written).toMatchObject({ id: target.id, entries: [{ id: `te-${target.id}`, description: `On ${target.title}` }] });
    }
  });

  it('refuses an engagement that is not on the desk', async () => {
    const { db } = await deskWithEngagement();
    await expect(
      runEngagementCommand(
        db,
        plans,
        'no-such-engagement',
        (e) => logTime(e, { workedAt: MON_0900, minutes: 30, description: 'x' }, 'Ann', 'te-1', MON_0900),
        actor,
        MON_0900,
      ),
    ).rejects.toMatchObject({
      issues: [{ field: 'engagement', reason: 'no such engagement', code: 'consultancy.unknown_engagement' }],
    });
  });
});

import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { BUILTIN_CALENDARS } from '../../src-shared/calendar/builtin-calendars';
import { projectDesk } from '../../src-shared/desk-log/project-desk';
import { termsWithVersion } from '../../src-shared/desk-log/projections/ticket-projection';
import { scope4mation } from '../../src-shared/policy/presets/scope4mation';
import { at } from '../../src-shared/test-support/instants';
import { ticketClocks } from '../../src-shared/ticket/ticket-clocks';
import type { Contract } from '../db/entities';
import type { KlokDB } from '../db/klok-db';
import { addCustomer } from './desk-store';
import { exportDesk, importDesk } from './desk-transfer';
import { adoptPolicy, currentVersionId, loadPolicies, openTicketsOnPolicy } from './policy-store';
import { ContractPlans } from '../../src-shared/desk/contract-plans';
import { actor, deleteFreshDbs, dumpDesk, eventOf, freshDb, houtenDesk, plans, storedStream } from './store-test-support';
import { loadTicket, registerTicket, runTicketCommand } from './ticket-store';
import { ticketRecord } from '../db/ticket-pages';

afterEach(deleteFreshDbs);

const office = BUILTIN_CALENDARS['scope4mation-office']!;
/** Scope4mation with office hours 09:00–17:00 and Tuesday 3 March 2026 closed. */
const NINE_TO_FIVE = {
  'scope4mation-office': {
    ...office,
    week: { mon: [['09:00', '17:00']], tue: [['09:00', '17:00']], wed: [['09:00', '17:00']], thu: [['09:00', '17:00']], fri: [['09:00', '17:00']] },
    closures: [{ date: '2026-03-03', name: 'Move to the new office' }],
  },
};

const desk = houtenDesk;

const register = (db: KlokDB, contract: Contract, when: string) =>
  registerTicket(db, plans, { contractId: contract.id, title: 'Login fails', type: 'bug', environment: 'production', channel: 'portal' }, actor, at(when));

/** When the ticket's resolution would be due, on the version its clocks run on. */
async function resolutionDue(db: KlokDB, ticketId: string): Promise<string> {
  const ticket = (await loadTicket(db, ticketId))!;
  const plan = plans.planFor(termsWithVersion(ticket.contract, ticket.row.policyVersion));
  const due = ticketClocks(plan, ticket.events, at('2026-03-02T12:00:00+01:00')).timers.resolution?.due;
  return new Date(due ?? 0).toISOString();
}

const adopt = (db: KlokDB, applyToOpenTickets: boolean, calendars: Record<string, unknown> = NINE_TO_FIVE) =>
  adoptPolicy(db, plans, { policyId: 'scope4mation', policy: scope4mation, calendars, applyToOpenTickets }, actor, at('2026-03-02T09:30:00+01:00'));

describe('policy versions', () => {
  it('keeps a ticket on the version in force when it was registered; a ticket registered later runs on the adopted one', async () => {
    const { db, contract } = await desk();
    const before = await register(db, contract, '2026-03-02T09:00:00+01:00'); // Monday
    const versionId = await adopt(db, false);
    const after = await register(db, contract, '2026-03-02T10:00:00+01:00');

    expect(await currentVersionId(db, 'scope4mation')).toBe(versionId);
    expect(before.policyVersion).toBeUndefined();
    expect((await ticketRecord(db, after.id))?.policyVersion).toBe(versionId);
    expect((await storedStream(db, after.id))[0]?.payload['policyVersion']).toBe(versionId);
    // Normal resolution, 16 business hours. Old hours 08:30–16:30: Mon 09:00–16:30 (7.5 h), Tue (8 h), Wed 08:30 + 0.5 h.
    expect(await resolutionDue(db, before.id)).toBe('2026-03-04T08:00:00.000Z');
    // New hours 09:00–17:00, Tuesday closed: Mon 10:00–17:00 (7 h), Wed (8 h), Thu 09:00 + 1 h.
    expect(await resolutionDue(db, after.id)).toBe('2026-03-05T09:00:00.000Z');
    expect((await db.policies.get('scope4mation'))?.versions.map((v) => [v.versionId, v.number, v.adoptedAt])).toEqual([
      [versionId, 2, at('2026-03-02T09:30:00+01:00')],
    ]);
  });

  it('applies a new version to open tickets only when asked: one logged event per ticket, and its clocks move', async () => {
    const { db, contract } = await desk();
    const open = await register(db, contract, '2026-03-02T09:00:00+01:00');
    const versionId = await adopt(db, true);

    expect((await storedStream(db, open.id)).map((e) => [e.kind, e.payload['policyVersion'], e.by])).toEqual([
      ['created', undefined, 'Ann'],
      ['policy_applied', versionId, 'Ann'],
    ]);
    expect((await ticketRecord(db, open.id))?.policyVersion).toBe(versionId);
    // From Mon 09:00 on the new hours: Mon (8 h), Tuesday closed, Wed (8 h) → Wed 17:00.
    expect(await resolutionDue(db, open.id)).toBe('2026-03-04T16:00:00.000Z');
  });

  it('refuses a version with a bad time or target, naming each field, and writes nothing', async () => {
    const { db, contract } = await desk();
    await register(db, contract, '2026-03-02T09:00:00+01:00');
    const stored = await dumpDesk(db);
    const bad = { 'scope4mation-office': { ...NINE_TO_FIVE['scope4mation-office'], week: { mon: [['9:00', '17:00']] } } };
    const policy = { ...scope4mation, clock: { ...scope4mation.clock, atRiskFraction: 1.5 } };
    await expect(
      adoptPolicy(db, plans, { policyId: 'scope4mation', policy, calendars: bad, applyToOpenTickets: true }, actor, at('2026-03-02T10:00:00+01:00')),
    ).rejects.toThrow(
      'calendars.scope4mation-office.week.mon[0][0]: must be a time "HH:MM" between 00:00 and 24:00; policy.clock.atRiskFraction: must be above 0 and below 1',
    );
    expect(await dumpDesk(db)).toEqual(stored);
  });

  it('refuses a version that drops a plan contracts may run on, and one whose id is not the policy it belongs to', async () => {
    const { db } = await desk();
    const stored = await dumpDesk(db);
    const withoutQaas = { ...scope4mation, plans: scope4mation.plans.filter((p) => p.id !== 'qaas') };
    await expect(
      adoptPolicy(
        db,
        plans,
        { policyId: 'scope4mation', policy: withoutQaas, calendars: {}, applyToOpenTickets: false },
        actor,
        at('2026-03-02T10:00:00+01:00'),
      ),
    ).rejects.toMatchObject({
      issues: [{ field: 'policy.plans', reason: 'plan "qaas" must stay: contracts may run on it', code: 'policy.plan_dropped', params: { plan: 'qaas' } }],
    });
    await expect(
      adoptPolicy(db, plans, { policyId: 'konneqt', policy: scope4mation, calendars: {}, applyToOpenTickets: false }, actor, at('2026-03-02T10:00:00+01:00')),
    ).rejects.toThrow('policy.id: must be "konneqt", the policy this version belongs to');
    expect(await dumpDesk(db)).toEqual(stored);
  });

  it('adopts a new policy under its own id, and a customer can take a contract on it', async () => {
    const { db } = await desk();
    const versionId = await adoptPolicy(
      db,
      plans,
      {
        policyId: 'houten-special',
        policy: { ...scope4mation, id: 'houten-special', label: 'Houten special' },
        calendars: NINE_TO_FIVE,
        applyToOpenTickets: false,
      },
      actor,
      at('2026-03-02T10:00:00+01:00'),
    );
    await addCustomer(
      db,
      plans,
      { name: 'Utrecht', contractName: 'Special', policyId: 'houten-special', planId: 'qaas' },
      actor,
      at('2026-03-02T10:05:00+01:00'),
    );
    const contract = (await db.contracts.toArray()).find((c) => c.policyId === 'houten-special')!;
    const row = await register(db, contract, '2026-03-02T10:00:00+01:00');
    expect(row.policyVersion).toBe(versionId);
    expect((await db.policies.get('houten-special'))?.versions.map((v) => v.number)).toEqual([1]);
    expect(await resolutionDue(db, row.id)).toBe('2026-03-05T09:00:00.000Z');
  });

  it('keeps the projections equal to a fold of the whole log, and a desk file carries the versions to another store', async () => {
    const { db, contract } = await desk();
    const open = await register(db, contract, '2026-03-02T09:00:00+01:00');
    await adopt(db, true);
    await register(db, contract, '2026-03-02T10:00:00+01:00');
    const dump = await dumpDesk(db);
    const rebuilt = projectDesk(dump.log.map(eventOf), plans);
    expect(rebuilt.policies).toEqual(dump.policies);
    expect(rebuilt.tickets).toEqual(expect.arrayContaining(dump.tickets));
    expect(rebuilt.tickets).toHaveLength(dump.tickets.length);

    const other = freshDb();
    await importDesk(other, plans, await exportDesk(db, at('2026-03-02T11:00:00+01:00')), at('2026-03-02T11:00:00+01:00'));
    expect(await other.policies.toArray()).toEqual(dump.policies);
    expect(await ticketRecord(other, open.id)).toEqual(await ticketRecord(db, open.id));
  });
});

describe('loading and adopting policies', () => {
  it('hands the stored policies to `prepare` before the plans learn them, and answers them', async () => {
    const { db } = await desk();
    const versionId = await adopt(db, false);
    const fresh = new ContractPlans();
    const seen: string[][] = [];
    const rows = await loadPolicies(db, fresh, async (policies) => {
      seen.push(policies.flatMap((p) => p.versions.map((v) => v.versionId)));
      // Not learnt yet: the version is unknown to the plans while `prepare` runs.
      expect(() => fresh.planFor({ policyId: 'scope4mation', planId: 'support', policyVersion: versionId })).toThrow(`unknown version "${versionId}"`);
    });
    expect(seen).toEqual([[versionId]]);
    expect(rows.map((p) => p.id)).toEqual(['scope4mation']);
    expect(fresh.planFor({ policyId: 'scope4mation', planId: 'support', policyVersion: versionId }).def.id).toBe('support');
  });

  it('loads without a `prepare` step too (the policies view reads them so)', async () => {
    const { db } = await desk();
    const versionId = await adopt(db, false);
    const fresh = new ContractPlans();
    expect((await loadPolicies(db, fresh)).map((p) => p.id)).toEqual(['scope4mation']);
    expect(fresh.planFor({ policyId: 'scope4mation', planId: 'support', policyVersion: versionId }).def.id).toBe('support');
  });

  it('refuses a policy id that is not lower-case letters, digits, "_" and "-", naming the field, and writes nothing', async () => {
    const { db } = await desk();
    const before = await dumpDesk(db);
    // Wrong at the start, in the middle, at the end.
    for (const policyId of ['Scope4', 'scope 4', 'scope4!']) {
      await expect(
        adoptPolicy(db, plans, { policyId, policy: scope4mation, calendars: NINE_TO_FIVE, applyToOpenTickets: false }, actor, at('2026-03-02T09:30:00+01:00')),
      ).rejects.toMatchObject({ issues: [{ field: 'policy.id', reason: 'must be lower-case letters, digits, "_" and "-"', code: 'not_an_id' }] });
    }
    expect(await dumpDesk(db)).toEqual(before);
  });

  it('keeps the note of an adoption in its event, and names the version each open ticket runs on', async () => {
    const { db, contract } = await desk();
    const onPreset = await register(db, contract, '2026-03-02T09:00:00+01:00');
    const versionId = await adoptPolicy(
      db,
      plans,
      { policyId: 'scope4mation', policy: scope4mation, calendars: NINE_TO_FIVE, applyToOpenTickets: false, note: 'New office hours' },
      actor,
      at('2026-03-02T09:30:00+01:00'),
    );
    expect((await storedStream(db, 'scope4mation'))[0]?.payload).toMatchObject({ note: 'New office hours' });
    const onVersion = await register(db, contract, '2026-03-02T10:00:00+01:00');
    const closed = await register(db, contract, '2026-03-02T10:10:00+01:00');
    await runTicketCommand(db, plans, closed.id, { kind: 'set_status', status: 'closed' }, actor, at('2026-03-02T10:20:00+01:00'));
    const byId = (list: { id: string; policyVersion?: string }[]) => [...list].sort((a, b) => (a.id < b.id ? -1 : 1));
    expect(byId(await openTicketsOnPolicy(db, 'scope4mation'))).toEqual(byId([{ id: onPreset.id }, { id: onVersion.id, policyVersion: versionId }]));
    expect(await openTicketsOnPolicy(db, 'konneqt')).toEqual([]);
  });
});

import { termsWithVersion } from '../../src-shared/desk-log/projections/ticket-projection';
import { currentVersionId } from './policy-store';
import { billingRunDrafts, monthPeriod, previewBilling, type BillingPreview } from '../../src-shared/consultancy/billing-run';
import type { BillingRun, Engagement } from '../../src-shared/consultancy/engagement';
import { createEngagement, openQuerySupport, type NewEngagement, type NewQuerySupport } from '../../src-shared/consultancy/engagement-commands';
import type { ContractPlans } from '../../src-shared/desk/contract-plans';
import type { EventDraft } from '../../src-shared/desk-log/stamp-events';
import { InputError, issue } from '../../src-shared/validation/issues';
import type { KlokDB } from '../db/klok-db';
import { ticketRecord } from '../db/ticket-pages';
import { newId, type Actor } from './actor';
import { writeEvents } from './write-events';

/**
 * Consultancy in the store: engagements and billing runs are projections of the desk log, read
 * here and changed only through writeEvents (the one write path). The rules are in
 * src-shared/consultancy; this file reads what they need and writes what they decide.
 */
export async function loadEngagements(db: KlokDB): Promise<Engagement[]> {
  return (await db.engagements.toArray()).sort((a, b) => a.createdAt - b.createdAt || (a.id < b.id ? -1 : 1));
}

export async function loadBillingRuns(db: KlokDB): Promise<BillingRun[]> {
  return (await db.billingRuns.toArray()).sort((a, b) => b.committedAt - a.committedAt);
}

/** What opens an engagement: billable consultancy at a rate, or Konneqt query support. */
export type EngagementInput = ({ purpose: 'consultancy' } & NewEngagement) | ({ purpose: 'query_support' } & NewQuerySupport);

/** Opens an engagement on one of the customer's contracts (and, if given, one of its tickets). */
export async function addEngagement(db: KlokDB, plans: ContractPlans, input: EngagementInput, actor: Actor, now: number): Promise<Engagement> {
  const id = newId();
  return writeEvents(db, plans, actor, now, async () => {
    const contract = await db.contracts.get(input.contractId);
    if (!contract || contract.customerId !== input.customerId)
      throw new InputError([issue('contractId', "must be one of the customer's contracts", 'consultancy.contract')]);
    if (input.ticketId) {
      const ticket = await ticketRecord(db, input.ticketId);
      if (ticket?.customerId !== input.customerId) throw new InputError([issue('ticketId', "must be one of the customer's tickets", 'consultancy.ticket')]);
    }
    const plan = plans.planFor(termsWithVersion(contract, await currentVersionId(db, contract.policyId)));
    const draft =
      input.purpose === 'query_support'
        ? openQuerySupport(withoutPurpose(input), plan.def.queryHourLimit, id, now)
        : createEngagement(withoutPurpose(input), plan.policy, id, now);
    return { drafts: [draft], result: async () => (await db.engagements.get(id)) as Engagement };
  });
}

function withoutPurpose<T extends { purpose: string }>({ purpose: _purpose, ...rest }: T): Omit<T, 'purpose'> {
  return rest;
}

/**
 * Runs a command on one engagement: `decide` gets the engagement and every other one (a timer
 * is one per consultant) as they are inside the transaction, and returns the event to write.
 */
export async function runEngagementCommand(
  db: KlokDB,
  plans: ContractPlans,
  engagementId: string,
  decide: (engagement: Engagement, all: readonly Engagement[]) => EventDraft,
  actor: Actor,
  now: number,
): Promise<Engagement> {
  return writeEvents(db, plans, actor, now, async () => {
    const all = await db.engagements.toArray();
    const engagement = all.find((e) => e.id === engagementId);
    if (!engagement) throw new InputError([issue('engagement', 'no such engagement', 'consultancy.unknown_engagement')]);
    return { drafts: [decide(engagement, all)], result: async () => (await db.engagements.get(engagementId)) as Engagement };
  });
}

/** What a run for the month would bill now. */
export async function previewMonth(db: KlokDB, month: string, zone: string): Promise<BillingPreview> {
  return previewBilling(await db.engagements.toArray(), monthPeriod(month, zone));
}

/**
 * Commits a run for the month: worked out again inside the transaction (what is billed is what
 * the log says at that moment), every billed entry locked, the run itself an event.
 */
export async function commitMonth(
  db: KlokDB,
  plans: ContractPlans,
  month: string,
  zone: string,
  vatPercent: number,
  actor: Actor,
  now: number,
): Promise<BillingRun> {
  const runId = newId();
  return writeEvents(db, plans, actor, now, async () => ({
    drafts: billingRunDrafts(previewBilling(await db.engagements.toArray(), monthPeriod(month, zone)), runId, vatPercent, now),
    result: async () => (await db.billingRuns.get(runId)) as BillingRun,
  }));
}

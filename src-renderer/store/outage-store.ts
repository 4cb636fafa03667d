import { outageEndIssues, outageReportIssues } from '../../src-shared/availability/outage-input';
import type { CeCategory } from '../../src-shared/availability/availability-rules';
import type { OutageScope } from '../../src-shared/availability/outage-events';
import type { OutageRow } from '../../src-shared/availability/outage-projection';
import type { ContractPlans } from '../../src-shared/desk/contract-plans';
import { InputError, issue } from '../../src-shared/validation/issues';
import type { KlokDB } from '../db/klok-db';
import { newId, type Actor } from './actor';
import { writeEvents } from './write-events';

/** Every outage of the desk, the latest start first (ongoing ones are marked `isOngoing`). */
export async function loadOutages(db: KlokDB): Promise<OutageRow[]> {
  return db.outages.orderBy('startedAt').reverse().toArray();
}

export interface OutageReport {
  readonly contractId: string;
  readonly startedAt: number | null;
  readonly scope: OutageScope | '';
  /** Connect & Engage: the product category (its availability target depends on it). */
  readonly category?: CeCategory | '';
  readonly note?: string;
}

/**
 * Records an outage reported other than by phone (a report by phone is saved with its call,
 * `saveCall`): the contract's customer, since when, how bad. Checked first; one event or nothing.
 */
export async function reportOutage(db: KlokDB, plans: ContractPlans, input: OutageReport, actor: Actor, now: number): Promise<OutageRow> {
  const outageId = newId();
  return writeEvents(db, plans, actor, now, async () => {
    const contract = input.contractId ? await db.contracts.get(input.contractId) : undefined;
    const isConnectEngage = contract?.policyId === 'connect-engage';
    const category = isConnectEngage && input.category ? input.category : undefined;
    const issues = [
      ...(contract ? [] : [issue('contractId', 'choose the contract whose product is unavailable', 'outage.contract_required')]),
      ...outageReportIssues(input, now),
      ...(isConnectEngage && !category ? [issue('outageCategory', 'choose the product category', 'outage.category_required')] : []),
    ];
    if (issues.length > 0 || !contract) throw new InputError(issues);
    const note = input.note?.trim();
    return {
      drafts: [
        {
          kind: 'outage.reported',
          stream: outageId,
          payload: {
            at: now,
            startedAt: input.startedAt,
            scope: input.scope,
            customerId: contract.customerId,
            contractId: contract.id,
            ...(category ? { category } : {}),
            ...(note ? { note } : {}),
          },
        },
      ],
      result: () => outageRow(db, outageId),
    };
  });
}

/** Ends an outage (or corrects its end): not before it started, not in the future. */
export async function endOutage(db: KlokDB, plans: ContractPlans, outageId: string, endedAt: number | null, actor: Actor, now: number): Promise<OutageRow> {
  return writeEvents(db, plans, actor, now, async () => {
    const row = await db.outages.get(outageId);
    if (!row) throw new InputError([issue('outage', 'this outage is not on the desk', 'outage.unknown')]);
    const issues = outageEndIssues(endedAt, row.startedAt, now);
    if (issues.length > 0) throw new InputError(issues);
    return { drafts: [{ kind: 'outage.ended', stream: outageId, payload: { at: now, endedAt } }], result: () => outageRow(db, outageId) };
  });
}

async function outageRow(db: KlokDB, outageId: string): Promise<OutageRow> {
  const row = await db.outages.get(outageId);
  if (!row) throw new Error(`outage ${outageId} has no row after its events were written`);
  return row;
}

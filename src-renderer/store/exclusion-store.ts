import { EXCLUSION_REASONS, type ExclusionReason } from '../../src-shared/availability/availability-rules';
import type { ExclusionRow } from '../../src-shared/availability/exclusion-projection';
import type { ContractPlans } from '../../src-shared/desk/contract-plans';
import { InputError, issue, type InputIssue } from '../../src-shared/validation/issues';
import type { KlokDB } from '../db/klok-db';
import { newId, type Actor } from './actor';
import { writeEvents } from './write-events';

/** Every exclusion window of the desk, the latest start first. */
export async function loadExclusions(db: KlokDB): Promise<ExclusionRow[]> {
  return db.exclusions.orderBy('startsAt').reverse().toArray();
}

export interface NewExclusion {
  readonly contractId: string;
  readonly reason: ExclusionReason | '';
  /** Epoch ms, or null/NaN when not given or unreadable. */
  readonly startsAt: number | null;
  readonly endsAt: number | null;
  /** When the customer was told (planned maintenance). */
  readonly announcedAt?: number | null;
  readonly note?: string;
}

const isGiven = (ms: number | null | undefined): ms is number => typeof ms === 'number' && !Number.isNaN(ms);

/**
 * Records an exclusion window for a contract (maintenance, force majeure, …): checked first — a
 * contract, a reason, a start and an end after it, an announcement not after the start nor in
 * the future — one event or nothing.
 */
export async function recordExclusion(db: KlokDB, plans: ContractPlans, input: NewExclusion, actor: Actor, now: number): Promise<ExclusionRow> {
  const exclusionId = newId();
  return writeEvents(db, plans, actor, now, async () => {
    const contract = input.contractId ? await db.contracts.get(input.contractId) : undefined;
    const issues: InputIssue[] = [];
    if (!contract) issues.push(issue('contractId', 'choose the contract the window is for', 'exclusion.contract_required'));
    if (!(EXCLUSION_REASONS as readonly string[]).includes(input.reason))
      issues.push(issue('exclusionReason', 'choose the reason', 'exclusion.reason_required'));
    if (!isGiven(input.startsAt)) issues.push(issue('exclusionStartsAt', 'say when the window starts', 'exclusion.start_required'));
    if (!isGiven(input.endsAt)) issues.push(issue('exclusionEndsAt', 'say when the window ends', 'exclusion.end_required'));
    else if (isGiven(input.startsAt) && input.endsAt <= input.startsAt)
      issues.push(issue('exclusionEndsAt', 'the window must end after it starts', 'exclusion.end_before_start'));
    if (isGiven(input.announcedAt)) {
      if (input.announcedAt > now) issues.push(issue('exclusionAnnouncedAt', 'an announcement cannot lie in the future', 'exclusion.announced_in_future'));
      else if (isGiven(input.startsAt) && input.announcedAt > input.startsAt)
        issues.push(issue('exclusionAnnouncedAt', 'the announcement must come before the window', 'exclusion.announced_after_start'));
    }
    if (issues.length > 0 || !contract) throw new InputError(issues);
    const note = input.note?.trim();
    return {
      drafts: [
        {
          kind: 'exclusion.recorded',
          stream: exclusionId,
          payload: {
            at: now,
            customerId: contract.customerId,
            contractId: contract.id,
            startsAt: input.startsAt,
            endsAt: input.endsAt,
            reason: input.reason,
            ...(isGiven(input.announcedAt) ? { announcedAt: input.announcedAt } : {}),
            ...(note ? { note } : {}),
          },
        },
      ],
      result: () => exclusionRow(db, exclusionId),
    };
  });
}

/** Withdraws a window that did not happen: it no longer excludes anything (it stays in the log). */
export async function withdrawExclusion(db: KlokDB, plans: ContractPlans, exclusionId: string, actor: Actor, now: number): Promise<ExclusionRow> {
  return writeEvents(db, plans, actor, now, async () => {
    const row = await db.exclusions.get(exclusionId);
    if (!row) throw new InputError([issue('exclusion', 'this window is not on the desk', 'exclusion.unknown')]);
    return {
      drafts: row.isWithdrawn ? [] : [{ kind: 'exclusion.withdrawn', stream: exclusionId, payload: { at: now } }],
      result: () => exclusionRow(db, exclusionId),
    };
  });
}

async function exclusionRow(db: KlokDB, exclusionId: string): Promise<ExclusionRow> {
  const row = await db.exclusions.get(exclusionId);
  if (!row) throw new Error(`exclusion ${exclusionId} has no row after its events were written`);
  return row;
}

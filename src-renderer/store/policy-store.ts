import type { ContractPlans } from '../../src-shared/desk/contract-plans';
import { checkPolicyVersion, currentVersion, PRESET_VERSION, type DeskPolicy } from '../../src-shared/policy/desk-policy';
import { InputError, issue } from '../../src-shared/validation/issues';
import type { KlokDB } from '../db/klok-db';
import { openTicketRecords } from '../db/ticket-pages';
import { newId, type Actor } from './actor';
import { writeEvents } from './write-events';

/** The id of the version new tickets on `policyId` get; undefined: the preset's. Call inside a transaction. */
export async function currentVersionId(db: KlokDB, policyId: string): Promise<string | undefined> {
  const version = currentVersion(policyId, await db.policies.get(policyId))?.versionId;
  return version === PRESET_VERSION ? undefined : version;
}

/**
 * The desk's own policies (every version), and the compiled plans told of them. `prepare` runs
 * first (the renderer loads the holiday countries their calendars use).
 */
export async function loadPolicies(db: KlokDB, plans: ContractPlans, prepare?: (rows: readonly DeskPolicy[]) => Promise<void>): Promise<DeskPolicy[]> {
  const rows = await db.policies.toArray();
  if (prepare) await prepare(rows);
  plans.learn(rows);
  return rows;
}

/** The open tickets whose contracts run on `policyId`. */
export async function openTicketsOnPolicy(db: KlokDB, policyId: string): Promise<{ id: string; policyVersion?: string }[]> {
  return db.transaction('r', db.ticketPages, db.contracts, async () => {
    const contracts = new Set((await db.contracts.toArray()).filter((c) => c.policyId === policyId).map((c) => c.id));
    const open = await openTicketRecords(db);
    return open.filter((t) => contracts.has(t.contractId)).map((t) => ({ id: t.id, ...(t.policyVersion ? { policyVersion: t.policyVersion } : {}) }));
  });
}

export interface Adoption {
  readonly policyId: string;
  readonly policy: unknown;
  readonly calendars: Readonly<Record<string, unknown>>;
  readonly note?: string;
  /** Move the policy's open tickets onto the new version too: one logged event per ticket. */
  readonly applyToOpenTickets: boolean;
}

/**
 * Adopts a new version of a desk policy: checked whole (every field named with its reason), the
 * plans of the version before all kept (contracts name them); written with one `policy_applied`
 * per open ticket when asked, all in one transaction. Returns the new version's id.
 */
export async function adoptPolicy(db: KlokDB, plans: ContractPlans, adoption: Adoption, actor: Actor, now: number): Promise<string> {
  if (!/^[a-z0-9][a-z0-9_-]*$/.test(adoption.policyId))
    throw new InputError([issue('policy.id', 'must be lower-case letters, digits, "_" and "-"', 'not_an_id')]);
  const checked = checkPolicyVersion(adoption.policyId, adoption.policy, adoption.calendars);
  const versionId = newId();
  return writeEvents(db, plans, actor, now, async () => {
    const before = currentVersion(adoption.policyId, await db.policies.get(adoption.policyId));
    const kept = new Set(checked.policy.plans.map((p) => p.id));
    const dropped = (before?.policy.plans ?? []).filter((p) => !kept.has(p.id));
    if (dropped.length > 0)
      throw new InputError(
        dropped.map((p) => issue('policy.plans', `plan "${p.id}" must stay: contracts may run on it`, 'policy.plan_dropped', { plan: p.id })),
      );
    const open = adoption.applyToOpenTickets ? await openTicketsOnPolicy(db, adoption.policyId) : [];
    return {
      drafts: [
        {
          kind: 'policy.adopted',
          stream: adoption.policyId,
          id: versionId,
          payload: { at: now, policy: checked.policy, calendars: checked.calendars, ...(adoption.note ? { note: adoption.note } : {}) },
        },
        ...open.map((t) => ({ kind: 'policy_applied', stream: t.id, payload: { at: now, policyVersion: versionId } })),
      ],
      result: () => versionId,
    };
  });
}

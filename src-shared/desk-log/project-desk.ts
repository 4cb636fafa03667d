import type { BillingRun, Engagement } from '../consultancy/engagement';
import { billingRunFromLog, engagementFromLog } from '../consultancy/engagement-projection';
import type { ContractPlans } from '../desk/contract-plans';
import { compareDeskEvents, type DeskEvent } from './desk-event';
import { kindDef, type ProjectionName } from './event-kinds';
import { agentFromLog, contractFromLog, customerFromLog, deskSettingsFromLog, workstationFromLog } from './projections/directory-projections';
import type { Agent, Contract, Customer, DeskSetting, Workstation } from './projections/entities';
import { createdOf, ticketEventsOf, ticketFromLog, ticketTerms } from './projections/ticket-projection';
import { openTicketLogOf, storedTicketOf, type StoredTicket } from './projections/open-ticket-log';
import type { DeskPolicy } from '../policy/desk-policy';
import { policyFromLog } from '../policy/policy-projection';
import { callFromLog } from '../phone/call-projection';
import type { CallRow } from '../phone/call-types';
import { outageFromLog, type OutageRow } from '../availability/outage-projection';
import { exclusionFromLog, type ExclusionRow } from '../availability/exclusion-projection';
import { outcomesFromLog, type OutcomeRow } from '../teamlead/outcome-projection';
import { outcomePeriodsOf, type OutcomePeriod } from '../teamlead/outcome-periods';

/** Every projection of a desk, as rows. */
export interface DeskProjections {
  readonly workstations: Workstation[];
  readonly deskSettings: DeskSetting[];
  readonly customers: Customer[];
  readonly contracts: Contract[];
  readonly agents: Agent[];
  /** Each ticket's row; an open one's with its log and place in the queue (what the board reads). */
  readonly tickets: StoredTicket[];
  readonly calls: CallRow[];
  readonly engagements: Engagement[];
  readonly billingRuns: BillingRun[];
  readonly outages: OutageRow[];
  readonly exclusions: ExclusionRow[];
  /** One row per closed ticket and decided target (the attainment dashboard's). */
  readonly outcomes: OutcomeRow[];
  /** The outcome rows again, one record per period and contract (the dashboard's periods). */
  readonly outcomePeriods: OutcomePeriod[];
  /** The desk's own policy versions (decision 20). */
  readonly policies: DeskPolicy[];
}

/** The events of each stream, in apply order, grouped by the projection they feed. */
export function streamsOf(events: readonly DeskEvent[]): Map<ProjectionName, Map<string, DeskEvent[]>> {
  const out = new Map<ProjectionName, Map<string, DeskEvent[]>>();
  for (const e of [...events].sort(compareDeskEvents)) {
    const projection = kindDef(e.kind)?.projection;
    if (!projection) continue;
    let streams = out.get(projection);
    if (!streams) out.set(projection, (streams = new Map()));
    const list = streams.get(e.stream);
    if (list) list.push(e);
    else streams.set(e.stream, [e]);
  }
  return out;
}

/**
 * Folds a whole log into every projection: what a rebuild, an import and the migration write.
 * The same reducers keep the store's rows up to date one stream at a time (appendEvents), so the
 * two always agree.
 */
export function projectDesk(events: readonly DeskEvent[], plans: ContractPlans): DeskProjections {
  const streams = streamsOf(events);
  const rows = <T>(name: ProjectionName, fold: (id: string, events: DeskEvent[]) => T | null): T[] =>
    [...(streams.get(name) ?? new Map<string, DeskEvent[]>())].flatMap(([id, list]) => {
      const row = fold(id, list);
      return row ? [row] : [];
    });
  // Policies first: a ticket's clocks need the version it runs on.
  const policies = rows('policy', policyFromLog);
  plans.learn(policies);
  const contracts = rows('contract', contractFromLog);
  const byId = new Map(contracts.map((c) => [c.id, c]));
  const outcomes: OutcomeRow[] = [];
  return {
    workstations: rows('workstation', workstationFromLog),
    deskSettings: [...(streams.get('desk')?.values() ?? [])].flatMap((list) => deskSettingsFromLog(list)),
    customers: rows('customer', customerFromLog),
    contracts,
    agents: rows('agent', agentFromLog),
    tickets: rows('ticket', (id, list) => {
      const contractId = createdOf(list)?.payload['contractId'];
      const contract = typeof contractId === 'string' ? byId.get(contractId) : undefined;
      if (!contract) return null;
      const log = ticketEventsOf(list);
      const plan = plans.planFor(ticketTerms(contract, log));
      const row = ticketFromLog(id, list, plan);
      outcomes.push(...outcomesFromLog(row, list, plan));
      return row ? storedTicketOf(row, openTicketLogOf(row, log, plan)) : null;
    }),
    calls: rows('call', callFromLog),
    engagements: rows('engagement', engagementFromLog),
    billingRuns: rows('billing_run', billingRunFromLog),
    outages: rows('outage', outageFromLog),
    exclusions: rows('exclusion', exclusionFromLog),
    outcomes,
    outcomePeriods: outcomePeriodsOf(outcomes),
    policies,
  };
}

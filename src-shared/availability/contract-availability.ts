import type { Interval } from '../time/interval';
import { availabilityOf, type AvailabilityResult, type Outage } from './availability';
import { periodOf } from './availability-period';
import { connectEngageAvailability, SCOPE4MATION_AVAILABILITY, type AvailabilityRule, type CeCategory } from './availability-rules';
import type { ExclusionRow } from './exclusion-projection';
import { excludingWindows } from './maintenance-notice';
import type { OutageRow } from './outage-projection';

/** A contract's availability in a period: one row per contract (Scope4mation), per product category with outages (Connect & Engage). */
export interface AvailabilityRow {
  readonly contractId: string;
  readonly customerId: string;
  readonly category: CeCategory | null;
  /** "2026-03" or "2026-Q1". */
  readonly period: string;
  readonly rule: AvailabilityRule;
  readonly result: AvailabilityResult;
  /** Outages recorded in the period for this row. */
  readonly outages: number;
}

export interface ContractRef {
  readonly id: string;
  readonly customerId: string;
  readonly policyId: string;
}

/**
 * Availability per contract in the month `month` ("2026-03"), from the outages on record (SPEC §7):
 * Scope4mation contracts by the month, Connect & Engage ones by the quarter holding it, per product
 * category. An ongoing outage counts until `now`. Connect & Engage outages without a category
 * cannot be judged: they are counted in `uncategorised`. Exclusion windows count unless withdrawn,
 * or planned maintenance announced with too little notice (`isShortNotice`).
 */
export function contractAvailability(
  contracts: readonly ContractRef[],
  outages: readonly OutageRow[],
  exclusions: readonly ExclusionRow[],
  month: string,
  now: number,
): { readonly rows: AvailabilityRow[]; readonly uncategorised: number } {
  const monthly = periodOf(month);
  if (!monthly) return { rows: [], uncategorised: 0 };
  const quarterName = `${month.slice(0, 4)}-Q${Math.floor((Number(month.slice(5, 7)) - 1) / 3) + 1}`;
  const quarterly = periodOf(quarterName);
  const rows: AvailabilityRow[] = [];
  let uncategorised = 0;
  for (const contract of contracts) {
    const own = outages.filter((o) => o.contractId === contract.id);
    const excluded = excludingWindows(exclusions, contract.id, contract.policyId);
    if (contract.policyId === 'scope4mation') {
      const hit = within(own, monthly.interval, now);
      rows.push(row(contract, null, month, SCOPE4MATION_AVAILABILITY, monthly.interval, hit, excluded, now));
    } else if (contract.policyId === 'connect-engage' && quarterly) {
      const hit = within(own, quarterly.interval, now);
      uncategorised += hit.filter((o) => o.category === null).length;
      const categories = [...new Set(hit.flatMap((o) => (o.category === null ? [] : [o.category])))].sort();
      for (const category of categories) {
        const rule = connectEngageAvailability(category);
        rows.push(
          row(
            contract,
            category,
            quarterName,
            rule,
            quarterly.interval,
            hit.filter((o) => o.category === category),
            excluded,
            now,
          ),
        );
      }
    }
  }
  return { rows, uncategorised };
}

/** Outages that overlap the period (an ongoing one runs until now). */
function within(outages: readonly OutageRow[], period: Interval, now: number): OutageRow[] {
  return outages.filter((o) => o.startedAt < period.end && (o.endedAt ?? now) > period.start);
}

function row(
  contract: ContractRef,
  category: CeCategory | null,
  period: string,
  rule: AvailabilityRule,
  interval: Interval,
  outages: readonly OutageRow[],
  excluded: readonly Interval[],
  now: number,
): AvailabilityRow {
  // Stretches are judged whole (SPEC §7), so the outages go in unclipped; availabilityOf clips them.
  const spans: Outage[] = outages.map((o) => ({ start: o.startedAt, end: Math.max(o.startedAt, o.endedAt ?? now), scope: o.scope }));
  return {
    contractId: contract.id,
    customerId: contract.customerId,
    category,
    period,
    rule,
    result: availabilityOf(interval, spans, excluded, rule),
    outages: outages.length,
  };
}

import { intersect, lengthOf, subtract, union, type Interval } from '../time/interval';
import type { AvailabilityRule } from './availability-rules';
import type { OutageScope } from './outage-events';

/** An outage: half-open, `complete` (nobody can use the product) or `partial` (degraded). */
export interface Outage extends Interval {
  readonly scope: OutageScope;
  /** Voice: the trunk it hit; absent = every trunk. */
  readonly trunk?: string;
}

export interface AvailabilityResult {
  readonly totalMs: number;
  readonly excludedMs: number;
  readonly downtimeMs: number;
  /** Percent, for people; `met` is decided exactly, not from this number. */
  readonly availability: number;
  readonly met: boolean;
  /** The downtime budget of the period (rounded down to the millisecond) less the downtime; negative once overspent. */
  readonly budgetLeftMs: number;
}

/**
 * The availability of a product over one period (SPEC §7). `trunks` (Voice only): the measured
 * trunks; the product is down only at moments when all of them are.
 */
export function availabilityOf(
  period: Interval,
  outages: readonly Outage[],
  exclusions: readonly Interval[],
  rule: AvailabilityRule,
  trunks?: readonly string[],
): AvailabilityResult {
  const excludedAll = union(exclusions);
  const excluded = intersect([period], excludedAll);
  const down = subtract(completeDowntime(outages, trunks), excludedAll);
  // A stretch is judged whole, also where it crosses the period's edge; then clipped.
  const qualifying = down.filter((s) => s.end - s.start >= rule.minStretchMs);
  const downtimeMs = lengthOf(intersect([period], qualifying));
  const totalMs = period.end - period.start;
  const excludedMs = lengthOf(excluded);
  const denominator = rule.isExcludedFromDenominator ? totalMs - excludedMs : totalMs;
  if (denominator <= 0) return { totalMs, excludedMs, downtimeMs, availability: 100, met: true, budgetLeftMs: 0 };
  const budgetMs = Math.floor((denominator * (10_000 - rule.targetBp)) / 10_000);
  return {
    totalMs,
    excludedMs,
    downtimeMs,
    availability: ((denominator - downtimeMs) / denominator) * 100,
    met: (denominator - downtimeMs) * 10_000 >= denominator * rule.targetBp,
    budgetLeftMs: budgetMs - downtimeMs,
  };
}

/** Moments of complete unavailability: merged outages, or for Voice the moments every trunk is down. */
function completeDowntime(outages: readonly Outage[], trunks: readonly string[] | undefined): Interval[] {
  const complete = outages.filter((o) => o.scope === 'complete');
  if (!trunks || trunks.length === 0) return union(complete);
  return trunks.map((t) => union(complete.filter((o) => o.trunk === undefined || o.trunk === t))).reduce((all, one) => intersect(all, one));
}

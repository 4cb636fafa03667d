import type { CompiledPlan } from '../policy/compiled-policy';
import { durationToMs, parseDurationText } from '../time/duration-text';

/**
 * The value at a percentile by nearest rank: the ⌈p/100 × N⌉-th smallest of N values (the
 * smallest for p = 0). Null for no values. `sorted` must be in ascending order.
 */
export function nearestRank(sorted: readonly number[], percent: number): number | null {
  if (sorted.length === 0) return null;
  const rank = Math.max(1, Math.ceil((percent / 100) * sorted.length));
  return sorted[Math.min(rank, sorted.length) - 1] as number;
}

/** An "in practice" band with its duration in milliseconds of business time. */
export interface BandInMs {
  readonly percent: number;
  readonly withinMs: number;
}

export interface BandResult extends BandInMs {
  /** Share of the tickets resolved within the band's time, 0–100. */
  readonly share: number;
  /** The duration within which `percent` of the tickets were resolved (nearest rank). */
  readonly percentileMs: number;
  readonly isMet: boolean;
  /** How many tickets the figures stand on. */
  readonly count: number;
}

/**
 * The desk's actual resolution times against a priority's "in practice" bands (Scope4mation:
 * e.g. Normal 90 % within 8 h, 95 % within 16 h, 100 % within 20 h, response time included). A band
 * is met when at least its percent of the tickets took no longer than its time; the percentile says
 * by how much it slips. Empty when there are no tickets: no figure without tickets behind it.
 */
export function againstBands(durations: readonly number[], bands: readonly BandInMs[]): BandResult[] {
  if (durations.length === 0) return [];
  const sorted = [...durations].sort((a, b) => a - b);
  return bands.map((band) => {
    const within = sorted.filter((d) => d <= band.withinMs).length;
    const share = (100 * within) / sorted.length;
    return { ...band, share, percentileMs: nearestRank(sorted, band.percent) as number, isMet: share >= band.percent, count: sorted.length };
  });
}

/** A priority's "in practice" bands in business milliseconds on its plan's calendar; empty when it states none. */
export function practiceBandsOf(plan: CompiledPlan, priority: string): BandInMs[] {
  return (plan.priority(priority)?.practice ?? []).flatMap((band) => {
    const duration = parseDurationText(band.within);
    return duration ? [{ percent: band.percent, withinMs: durationToMs(duration, plan.calendar.businessDayMs) }] : [];
  });
}

/** The resolution of a closed ticket, as resolution in practice reads it. */
export interface ResolvedInPractice {
  readonly ticketId: string;
  readonly number: string;
  readonly elapsedMs: number;
}

/** One priority's resolution times of a period against its bands. */
export interface PracticeRow<T extends ResolvedInPractice = ResolvedInPractice> {
  /** What the bands belong to: the preset and the priority ("scope4mation|normal"). */
  readonly key: string;
  readonly bands: readonly BandResult[];
  /** The tickets behind the figures, slowest first. */
  readonly tickets: readonly T[];
}

/**
 * Resolution in practice per priority: the resolved tickets whose priority states bands, each
 * group's business times to resolution against them. `bandsOf` gives a ticket's bands and the key
 * they are grouped by, or null when its priority states none. Groups come ordered by key.
 */
export function practiceRows<T extends ResolvedInPractice>(
  resolved: readonly T[],
  bandsOf: (r: T) => { key: string; bands: readonly BandInMs[] } | null,
): PracticeRow<T>[] {
  const groups = new Map<string, { bands: readonly BandInMs[]; tickets: T[] }>();
  for (const r of resolved) {
    const of = bandsOf(r);
    if (!of || of.bands.length === 0) continue;
    const group = groups.get(of.key);
    if (group) group.tickets.push(r);
    else groups.set(of.key, { bands: of.bands, tickets: [r] });
  }
  return [...groups]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([key, { bands, tickets }]) => ({
      key,
      bands: againstBands(
        tickets.map((t) => t.elapsedMs),
        bands,
      ),
      tickets: [...tickets].sort((a, b) => b.elapsedMs - a.elapsedMs),
    }));
}

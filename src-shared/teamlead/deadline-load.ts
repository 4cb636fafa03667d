import { DateTime } from 'luxon';

/** One deadline ahead: whose it is (an agent, or the label of "no agent") and when, in which zone. */
export interface DeadlineAhead {
  readonly label: string;
  readonly due: number;
  /** The zone of the calendar the deadline runs on: its local date is the day it falls on. */
  readonly zone: string;
}

/** Deadlines per label and local day over the days ahead, with what falls later. */
export interface DeadlineLoad {
  /** The local dates shown, from today in `viewZone`: "2026-03-02", … */
  readonly days: readonly string[];
  /** One row per label (sorted), a count per day, then the count after the last day. */
  readonly rows: readonly { readonly label: string; readonly counts: readonly number[]; readonly later: number }[];
  readonly total: { readonly counts: readonly number[]; readonly later: number };
}

/**
 * How the deadlines still ahead spread over the next `dayCount` days, per agent: what the load heat
 * map and the timeline draw (and their table twin shows). A deadline counts on the local date it
 * falls on in its own calendar's zone; one before today's date (a zone behind) counts today.
 */
export function deadlineLoad(deadlines: Iterable<DeadlineAhead>, now: number, viewZone: string, dayCount: number): DeadlineLoad {
  const today = DateTime.fromMillis(now, { zone: viewZone }).startOf('day');
  const days = Array.from({ length: dayCount }, (_, i) => today.plus({ days: i }).toISODate() as string);
  const index = new Map(days.map((d, i) => [d, i]));
  const byLabel = new Map<string, { counts: number[]; later: number }>();
  const total = { counts: days.map(() => 0), later: 0 };
  for (const d of deadlines) {
    if (d.due < now) continue;
    const date = DateTime.fromMillis(d.due, { zone: d.zone }).toISODate() as string;
    let row = byLabel.get(d.label);
    if (!row) byLabel.set(d.label, (row = { counts: days.map(() => 0), later: 0 }));
    const i = date < (days[0] as string) ? 0 : index.get(date);
    if (i === undefined) {
      row.later += 1;
      total.later += 1;
    } else {
      row.counts[i] = (row.counts[i] ?? 0) + 1;
      total.counts[i] = (total.counts[i] ?? 0) + 1;
    }
  }
  const rows = [...byLabel].sort(([a], [b]) => a.localeCompare(b)).map(([label, r]) => ({ label, ...r }));
  return { days, rows, total };
}

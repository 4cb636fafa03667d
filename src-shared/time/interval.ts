/**
 * Half-open intervals `[start, end)` of epoch milliseconds, and the set operations the
 * engine builds working time from. Every list is sorted, non-overlapping and non-empty
 * per item ("normalised"); every function returns a normalised list.
 */
export interface Interval {
  readonly start: number;
  readonly end: number;
}

export function lengthOf(list: readonly Interval[]): number {
  let total = 0;
  for (const item of list) total += item.end - item.start;
  return total;
}

/** Sorts and joins overlapping or touching intervals, so [08:00,12:00) ∪ [12:00,16:00) is one. */
export function union(list: readonly Interval[]): Interval[] {
  const sorted = list.filter((i) => i.end > i.start).sort((a, b) => a.start - b.start);
  const out: Interval[] = [];
  for (const item of sorted) {
    const last = out[out.length - 1];
    if (last && item.start <= last.end) {
      if (item.end > last.end) out[out.length - 1] = { start: last.start, end: item.end };
    } else {
      out.push(item);
    }
  }
  return out;
}

/** The parts of `a` that are also in `b` (`a & b`). */
export function intersect(a: readonly Interval[], b: readonly Interval[]): Interval[] {
  const out: Interval[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const x = a[i] as Interval;
    const y = b[j] as Interval;
    const start = Math.max(x.start, y.start);
    const end = Math.min(x.end, y.end);
    if (end > start) out.push({ start, end });
    if (x.end < y.end) i++;
    else j++;
  }
  return out;
}

/** The parts of `a` that are not in `b` (`a / b`). */
export function subtract(a: readonly Interval[], b: readonly Interval[]): Interval[] {
  const out: Interval[] = [];
  let j = 0;
  for (const x of a) {
    let cursor = x.start;
    while (j < b.length && (b[j] as Interval).end <= cursor) j++;
    let k = j;
    while (k < b.length && (b[k] as Interval).start < x.end) {
      const y = b[k] as Interval;
      if (y.start > cursor) out.push({ start: cursor, end: y.start });
      cursor = Math.max(cursor, y.end);
      k++;
    }
    if (cursor < x.end) out.push({ start: cursor, end: x.end });
  }
  return out;
}

/** The gaps of `list` within `range`: `[range] / list`. */
export function gapsWithin(range: Interval, list: readonly Interval[]): Interval[] {
  return subtract([range], list);
}

import { remainingAt, SLA_TIMERS, ticketHealth, type Health } from '../../../src-shared/board/board-model';
import { UPDATE_SOON_MS, type Deadline, type DeadlineKind } from '../../../src-shared/clock/deadline';
import { isUrgentPriority } from '../../../src-shared/clock/notification-rules';
import type { TimerKind } from '../../../src-shared/policy/policy-types';
import type { Translate } from '../../i18n/i18n';
import { formatDuration } from '../../ui/format';
import type { BoardEntry } from './board-entries';

const TIMERS: readonly TimerKind[] = [...SLA_TIMERS, 'reply'];

/** How many of the next deadlines main is handed at a time; `refillAt` says when it needs more. */
export const DEADLINES_HANDED = 256;

/** A deadline before its notification text is written (texts are only made for those handed to main). */
interface Candidate {
  readonly entry: BoardEntry;
  readonly timer: TimerKind;
  readonly kind: DeadlineKind;
  readonly at: number;
  /** For at-risk deadlines: the business time left when it fires. */
  readonly leftMs: number;
}

export interface BoardDeadlines {
  /** The next future instants main should wake for, earliest first, at most DEADLINES_HANDED. */
  readonly deadlines: Deadline[];
  /** When main has announced all of them and more are waiting (null when it has them all). */
  readonly refillAt: number | null;
  readonly breached: number;
  readonly atRisk: number;
}

/**
 * A ticket's future instants main should wake for: a running timer turning at risk, breaching, a
 * status update falling due soon (UPDATE_SOON_MS before) and falling due, a customer's reply term
 * running out. (Callbacks come from the call records: `main-deadlines.ts` joins the two.) Past ones are left out: they were
 * announced when they happened, or before this workstation was on. Main gets the earliest
 * DEADLINES_HANDED, with their texts in the screen's language; `refillAt` tells the caller when to
 * hand over the next. A board keeps a DeadlineBook instead, up to date ticket by ticket.
 */
export function deadlinesOf(entries: readonly BoardEntry[], now: number, t: Translate, limit = DEADLINES_HANDED): BoardDeadlines {
  return DeadlineBook.of(entries).deadlines(now, t, limit);
}

/**
 * How many open tickets breach by `until` (the end of the agent's day: the tray's count): breached
 * now, or with an SLA target falling due after now and by then.
 */
export function breachingBy(entries: readonly BoardEntry[], now: number, until: number): number {
  return DeadlineBook.of(entries).breachingBy(now, until);
}

/**
 * The board's deadlines and its breached and at-risk counts, kept up to date entry by entry: one
 * ticket's change takes its old entry out and puts its new one in (a binary search each), so
 * handing main its deadlines after a change costs the same at 1,000 and at 50,000 open tickets.
 * Each entry's instants are worked out once (an entry is immutable). A ticket's health is worked
 * out again only when it may have changed (see healthNoteAt): the notes wait in a heap ordered by
 * the moment they run out.
 */
export class DeadlineBook {
  /** Every entry's deadlines, past ones included, in the order main gets them. */
  private readonly upcoming: Candidate[] = [];
  /** The breach deadlines alone, in the same order (the tray's count walks today's). */
  private readonly breaches: Candidate[] = [];
  private readonly notes = new Map<BoardEntry, HealthNote>();
  /** Entries added since the counts were last asked for: their health is not noted yet. */
  private readonly unnoted = new Set<BoardEntry>();
  private readonly expiry = new NoteHeap();
  private readonly counts = { breached: 0, atRisk: 0 };
  private lastNow = -Infinity;

  static of(entries: readonly BoardEntry[]): DeadlineBook {
    const book = new DeadlineBook();
    book.update([], entries);
    return book;
  }

  /** Takes the `removed` entries out and puts the `added` ones in. */
  update(removed: readonly BoardEntry[], added: readonly BoardEntry[]): void {
    for (const e of removed) this.forget(e);
    for (const e of added) this.unnoted.add(e);
    const gone = removed.flatMap((e) => candidatesFor(e));
    const come = added.flatMap((e) => candidatesFor(e));
    if (gone.length + come.length > BULK) {
      // Many at once (the first board, a re-evaluation): filter and sort once.
      const leaving = new Set(gone);
      for (const list of [this.upcoming, this.breaches]) {
        const kept = list.filter((c) => !leaving.has(c));
        kept.push(...(list === this.upcoming ? come : come.filter((c) => c.kind === 'breach')));
        kept.sort(compareCandidates);
        list.splice(0, list.length, ...kept);
      }
      return;
    }
    for (const c of gone) {
      removeSorted(this.upcoming, c);
      if (c.kind === 'breach') removeSorted(this.breaches, c);
    }
    for (const c of come) {
      insertSorted(this.upcoming, c);
      if (c.kind === 'breach') insertSorted(this.breaches, c);
    }
  }

  /** The next future instants main should wake for, earliest first, at most `limit`, and the counts at `now`. */
  deadlines(now: number, t: Translate, limit = DEADLINES_HANDED): BoardDeadlines {
    const from = firstAfter(this.upcoming, now);
    const next = this.upcoming.slice(from, from + limit);
    const last = next.at(-1);
    this.noteHealthAt(now);
    return {
      deadlines: next.map((c) => withMessage(c, t)),
      refillAt: this.upcoming.length - from > limit && last ? last.at : null,
      breached: this.counts.breached,
      atRisk: this.counts.atRisk,
    };
  }

  /** How many tickets are breached at `now` or breach after it and by `until`. */
  breachingBy(now: number, until: number): number {
    this.noteHealthAt(now);
    const soon = new Set<BoardEntry>();
    for (let i = firstAfter(this.breaches, now); i < this.breaches.length; i++) {
      const c = this.breaches[i] as Candidate;
      if (c.at > until) break;
      if (this.notes.get(c.entry)?.health !== 'breached') soon.add(c.entry);
    }
    return this.counts.breached + soon.size;
  }

  private forget(e: BoardEntry): void {
    this.unnoted.delete(e);
    const note = this.notes.get(e);
    if (!note) return;
    this.count(note.health, -1);
    this.notes.delete(e);
  }

  /** Brings every entry's health note, and so the counts, up to `now`. */
  private noteHealthAt(now: number): void {
    if (now < this.lastNow) {
      // The clock went back: every note may be wrong.
      for (const e of this.notes.keys()) this.unnoted.add(e);
      this.expiry.clear();
    }
    this.lastNow = now;
    for (;;) {
      const top = this.expiry.peek();
      if (!top || top.note.until > now) break;
      this.expiry.pop();
      if (this.notes.get(top.entry) === top.note) this.unnoted.add(top.entry);
    }
    for (const e of this.unnoted) {
      const old = this.notes.get(e);
      if (old) this.count(old.health, -1);
      const note = healthNoteAt(e, now);
      this.notes.set(e, note);
      this.count(note.health, 1);
      if (note.until !== Infinity) this.expiry.push({ entry: e, note });
    }
    this.unnoted.clear();
    // Notes of entries that left stay in the heap until they run out; a heap mostly of those is rebuilt.
    if (this.expiry.size > 2 * this.notes.size + 64)
      this.expiry.rebuild([...this.notes].flatMap(([entry, note]) => (note.until === Infinity ? [] : [{ entry, note }])));
  }

  private count(health: Health, by: number): void {
    if (health === 'breached') this.counts.breached += by;
    if (health === 'at_risk') this.counts.atRisk += by;
  }
}

/** Beyond this many deadlines changing at once, the book is filtered and sorted in one go. */
const BULK = 256;

/**
 * Deadline order: by instant, then by ticket number as the queue orders them (T-1001 before T-1002:
 * deadlines falling due together are announced in that order), then timer, then kind; the same
 * whatever order they came in.
 */
function compareCandidates(a: Candidate, b: Candidate): number {
  return (
    a.at - b.at ||
    (a.entry.numberKey < b.entry.numberKey ? -1 : a.entry.numberKey > b.entry.numberKey ? 1 : 0) ||
    (a.entry.row.id < b.entry.row.id ? -1 : a.entry.row.id > b.entry.row.id ? 1 : 0) ||
    TIMERS.indexOf(a.timer) - TIMERS.indexOf(b.timer) ||
    KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind)
  );
}

const KIND_ORDER: readonly DeadlineKind[] = ['at_risk', 'update_soon', 'breach', 'update_due', 'reply_over'];

/** The first index whose candidate orders at or after `c`. */
function placeOf(list: readonly Candidate[], c: Candidate): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (compareCandidates(list[mid] as Candidate, c) < 0) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function insertSorted(list: Candidate[], c: Candidate): void {
  list.splice(placeOf(list, c), 0, c);
}

function removeSorted(list: Candidate[], c: Candidate): void {
  const i = placeOf(list, c);
  if (list[i] === c) list.splice(i, 1);
}

/** The first index whose instant lies after `now`. */
function firstAfter(list: readonly Candidate[], now: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((list[mid] as Candidate).at <= now) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** An entry's health note in the book's heap. */
interface Noted {
  readonly entry: BoardEntry;
  readonly note: HealthNote;
}

/** A binary min-heap of health notes by the moment they run out. */
class NoteHeap {
  private items: Noted[] = [];

  get size(): number {
    return this.items.length;
  }

  peek(): Noted | undefined {
    return this.items[0];
  }

  rebuild(items: readonly Noted[]): void {
    this.items = [];
    for (const item of items) this.push(item);
  }

  clear(): void {
    this.items = [];
  }

  push(item: Noted): void {
    const a = this.items;
    a.push(item);
    let i = a.length - 1;
    while (i > 0) {
      const parent = (i - 1) >>> 1;
      if ((a[parent] as Noted).note.until <= item.note.until) break;
      a[i] = a[parent] as Noted;
      i = parent;
    }
    a[i] = item;
  }

  pop(): Noted | undefined {
    const a = this.items;
    const top = a[0];
    const last = a.pop();
    if (a.length === 0 || !last) return top;
    let i = 0;
    for (;;) {
      const left = 2 * i + 1;
      if (left >= a.length) break;
      const right = left + 1;
      const child = right < a.length && (a[right] as Noted).note.until < (a[left] as Noted).note.until ? right : left;
      if ((a[child] as Noted).note.until >= last.note.until) break;
      a[i] = a[child] as Noted;
      i = child;
    }
    a[i] = last;
    return top;
  }
}

/** Each entry's deadlines, past ones included, worked out once. */
const known = new WeakMap<BoardEntry, readonly Candidate[]>();

function candidatesFor(e: BoardEntry): readonly Candidate[] {
  let candidates = known.get(e);
  if (!candidates) known.set(e, (candidates = candidatesOf(e)));
  return candidates;
}

function candidatesOf(e: BoardEntry): Candidate[] {
  const out: Candidate[] = [];
  for (const timer of TIMERS) {
    const clock = e.clocks.timers[timer];
    if (!clock?.isRunning) continue;
    if (timer !== 'reply' && timer !== 'update') {
      // At risk once elapsed reaches ceil(target × fraction), i.e. when this much is left:
      const leftMs = clock.targetMs - Math.ceil(clock.targetMs * e.atRiskFraction);
      const untilRisk = clock.remainingMs - leftMs;
      const at = untilRisk > 0 ? clock.calendar.addWorkingTime(e.evaluatedAt, untilRisk) : null;
      if (at !== null && at > e.evaluatedAt) out.push({ entry: e, timer, kind: 'at_risk', at, leftMs });
    }
    if (timer === 'update' && clock.due !== null && clock.remainingMs > UPDATE_SOON_MS) {
      const at = clock.calendar.addWorkingTime(e.evaluatedAt, clock.remainingMs - UPDATE_SOON_MS);
      if (at > e.evaluatedAt) out.push({ entry: e, timer, kind: 'update_soon', at, leftMs: UPDATE_SOON_MS });
    }
    if (clock.due !== null) {
      const kind = timer === 'reply' ? 'reply_over' : timer === 'update' ? 'update_due' : 'breach';
      out.push({ entry: e, timer, kind, at: clock.due + 1, leftMs: 0 });
    }
  }
  return out;
}

/** Each deadline's text, kept for the language it was written in. */
const written = new WeakMap<Candidate, { readonly t: Translate; readonly deadline: Deadline }>();

function withMessage(c: Candidate, t: Translate): Deadline {
  const known = written.get(c);
  if (known?.t === t) return known.deadline;
  const deadline = deadlineOf(c, t);
  written.set(c, { t, deadline });
  return deadline;
}

function deadlineOf(c: Candidate, t: Translate): Deadline {
  const { row } = c.entry;
  const timer = t(`timer.${c.timer}`).toLowerCase();
  const left = formatDuration(c.leftMs, false);
  const message =
    c.kind === 'at_risk' || c.kind === 'update_soon'
      ? t(`notify.${c.kind}`, { number: row.number, timer, left })
      : t(`notify.${c.kind}`, { number: row.number, timer });
  return {
    ticketId: row.id,
    ticketNumber: row.number,
    title: row.title,
    timer: c.timer,
    kind: c.kind,
    at: c.at,
    message,
    ...(isUrgentPriority(row.priority) ? { isUrgent: true } : {}),
  };
}

/** A ticket's health as last worked out, and the span of time it is sure to hold for. */
interface HealthNote {
  readonly health: Health;
  readonly from: number;
  readonly until: number;
}

const healthNotes = new WeakMap<BoardEntry, HealthNote>();

/**
 * ticketHealth at `now`, worked out again only once it may have changed: a ticket's health moves
 * only when one of its running timers crosses its at-risk share or its target, and those moments
 * are known in advance. Counting a board's breached and at-risk tickets after one change is then a
 * comparison per ticket, not a walk over every ticket's calendar.
 */
export function healthAt(e: BoardEntry, now: number): Health {
  const note = healthNotes.get(e);
  if (note && now >= note.from && now < note.until) return note.health;
  const fresh = healthNoteAt(e, now);
  healthNotes.set(e, fresh);
  return fresh.health;
}

/** The entry's health at `now`, and until when it is sure to hold. */
function healthNoteAt(e: BoardEntry, now: number): HealthNote {
  const health = ticketHealth(e.clocks, e.evaluatedAt, now, e.atRiskFraction);
  return { health, from: now, until: health === 'breached' ? Infinity : nextHealthCheck(e, now) };
}

/** Working time kept in hand before an at-risk moment, so rounding can never make a count late. */
const AT_RISK_MARGIN_MS = 1_000;

/** The earliest moment after `now` at which any running timer of the entry may change its health. */
function nextHealthCheck(e: BoardEntry, now: number): number {
  let until = Infinity;
  for (const kind of SLA_TIMERS) {
    const timer = e.clocks.timers[kind];
    if (!timer?.isRunning) continue; // a timer that does not run keeps its health
    const remaining = remainingAt(timer, e.evaluatedAt, now);
    // Breaching happens after the due moment (when remaining working time goes below zero).
    until = Math.min(until, remaining > 0 ? timer.calendar.addWorkingTime(now, remaining) : now);
    const leftAtRisk = timer.targetMs - Math.ceil(timer.targetMs * e.atRiskFraction);
    const untilRisk = remaining - leftAtRisk - AT_RISK_MARGIN_MS;
    if (untilRisk > 0) until = Math.min(until, timer.calendar.addWorkingTime(now, untilRisk));
  }
  return until;
}

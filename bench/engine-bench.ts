import { CalendarRegistry } from '../src-shared/calendar/calendar-registry';
import { CompiledPolicy } from '../src-shared/policy/compiled-policy';
import { parsePolicy } from '../src-shared/policy/policy-schema';
import { POLICY_PRESETS } from '../src-shared/policy/presets';
import type { TicketEvent } from '../src-shared/ticket/ticket-event';
import { ticketClocks } from '../src-shared/ticket/ticket-clocks';

export interface BenchFigure {
  readonly name: string;
  readonly value: number;
  readonly unit: string;
  readonly goal: string;
}

const HOUR = 3_600_000;
const START = Date.UTC(2026, 2, 2, 7, 30); // Mon 2026-03-02 08:30 Amsterdam

/** Deterministic pseudo-random numbers, so every run measures the same work. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

function best(runs: number, fn: () => number): number {
  let fastest = Infinity;
  for (let i = 0; i < runs; i++) fastest = Math.min(fastest, fn());
  return fastest;
}

export function benchCalendarOps(): BenchFigure[] {
  const calendar = new CalendarRegistry().get('scope4mation-office');
  const rnd = random(1);
  const n = 1_000_000;
  const starts = Float64Array.from({ length: n }, () => START + Math.floor(rnd() * 365 * 24) * HOUR);
  const amounts = Float64Array.from({ length: n }, () => Math.floor(rnd() * 80 * 60) * 60_000);
  // warm up: plan the years and let the JIT settle
  for (let i = 0; i < 200_000; i++) calendar.addWorkingTime(starts[i] as number, amounts[i] as number);
  let sink = 0;
  const dueMs = best(3, () => {
    const t0 = performance.now();
    for (let i = 0; i < n; i++) sink += calendar.addWorkingTime(starts[i] as number, amounts[i] as number);
    return performance.now() - t0;
  });
  const elapsedMs = best(3, () => {
    const t0 = performance.now();
    for (let i = 0; i < n; i++) sink += calendar.workingTimeBetween(starts[i] as number, (starts[i] as number) + (amounts[i] as number) * 3);
    return performance.now() - t0;
  });
  if (sink === 42) console.log('');
  return [
    { name: 'due (addWorkingTime), scope4mation-office', value: Math.round(n / (dueMs / 1000)), unit: 'ops/s', goal: '≥ 1,000,000 ops/s' },
    { name: 'elapsed (workingTimeBetween), scope4mation-office', value: Math.round(n / (elapsedMs / 1000)), unit: 'ops/s', goal: '≥ 1,000,000 ops/s' },
  ];
}

/** A ticket with 10 events: created, responded, waits, priority change, updates, resolved. */
function makeTicket(rnd: () => number, i: number): TicketEvent[] {
  let at = START + Math.floor(rnd() * 60 * 24) * HOUR;
  const step = () => (at += Math.floor(rnd() * 6 * 60) * 60_000 + 60_000);
  const priorities = ['low', 'normal', 'high'];
  const events: TicketEvent[] = [{ kind: 'created', at, type: 'bug', priority: priorities[i % 3] as string, environment: 'production' }];
  events.push({ kind: 'responded', at: step() });
  events.push({ kind: 'status_changed', at: step(), status: 'in_progress' });
  events.push({ kind: 'note_added', at: step() });
  events.push({ kind: 'status_changed', at: step(), status: 'waiting_for_customer' });
  events.push({ kind: 'status_changed', at: step(), status: 'in_progress' });
  events.push({ kind: 'priority_changed', at: step(), priority: priorities[(i + 1) % 3] as string });
  events.push({ kind: 'call_logged', at: step() });
  events.push({ kind: 'status_changed', at: step(), status: 'waiting_for_development' });
  events.push({ kind: 'status_changed', at: step(), status: 'in_progress' });
  return events;
}

export function benchTicketClocks(): BenchFigure[] {
  const registry = new CalendarRegistry();
  const plan = new CompiledPolicy(
    parsePolicy(POLICY_PRESETS['scope4mation'], (id) => registry.has(id)),
    registry,
  ).plan('support');
  const rnd = random(2);
  const n = 100_000;
  const tickets = Array.from({ length: n }, (_, i) => makeTicket(rnd, i));
  const now = START + 90 * 24 * HOUR;
  for (let i = 0; i < 10_000; i++) ticketClocks(plan, tickets[i] as TicketEvent[], now);
  let sink = 0;
  const ms = best(3, () => {
    const t0 = performance.now();
    for (const t of tickets) sink += Object.keys(ticketClocks(plan, t, now).timers).length;
    return performance.now() - t0;
  });
  if (sink === 42) console.log('');
  return [{ name: 'clocks of 100,000 tickets × 10 events', value: Math.round(ms), unit: 'ms', goal: '< 1,000 ms' }];
}

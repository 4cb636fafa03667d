import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { ContractPlans } from '../../../src-shared/desk/contract-plans';
import type { LoggedTicketEvent, TicketRow } from '../../db/entities';
import { translator } from '../../i18n/i18n';
import { SLA_TIMERS, ticketHealth } from '../../../src-shared/board/board-model';
import { buildDemoDesk } from '../../../src-shared/desk/demo-desk';
import { summarizeTicket } from '../../../src-shared/ticket/ticket-summary';
import { breachingBy, DeadlineBook, deadlinesOf, healthAt } from './board-deadlines';
import { buildBoardEntries } from './board-entries';

const at = (iso: string) => DateTime.fromISO(iso, { setZone: true }).toMillis();
const iso = (ms: number) => DateTime.fromMillis(ms, { zone: 'Europe/Amsterdam' }).toISO({ suppressMilliseconds: true });
const plans = new ContractPlans();
const contract = { id: 'c1', customerId: 'u1', name: 'Support', policyId: 'scope4mation', planId: 'support', createdAt: 0 };

function ticket(createdAt: string) {
  const created: LoggedTicketEvent = {
    id: 'e1',
    kind: 'created',
    at: at(createdAt),
    type: 'bug',
    priority: 'normal',
    number: 'T-1001',
    title: 'Login fails',
    customerId: 'u1',
    contractId: 'c1',
  };
  const row = {
    id: 't1',
    number: 'T-1001',
    title: 'Login fails',
    status: 'new',
    priority: 'normal',
    customerId: 'u1',
    contractId: 'c1',
  } as unknown as TicketRow;
  return { row, events: [created], contract };
}

describe('deadlinesOf', () => {
  const now = at('2026-03-02T10:00:00+01:00'); // Mon
  it('wakes main when a running timer turns at risk and when it breaches, with a readable message', () => {
    const entries = buildBoardEntries([ticket('2026-03-02T09:00:00+01:00')], plans, new Map([['u1', 'Houten']]), now);
    const { deadlines } = deadlinesOf(entries, now, translator('en'));
    const response = deadlines.filter((d) => d.timer === 'response');
    expect(response.map((d) => [d.kind, iso(d.at)])).toEqual([
      ['at_risk', '2026-03-02T12:00:00+01:00'],
      ['breach', '2026-03-02T13:00:00.001+01:00'],
    ]);
    expect(response[0]?.message).toBe('T-1001 breaches its response target in 1 h 00 m');
  });
  it('follows the desk threshold and counts breached and at-risk tickets', () => {
    const entries = buildBoardEntries([ticket('2026-03-02T09:00:00+01:00')], plans, new Map(), now, 0.5);
    const result = deadlinesOf(entries, now, translator('nl'));
    expect(iso(result.deadlines.find((d) => d.kind === 'at_risk' && d.timer === 'response')?.at ?? 0)).toBe('2026-03-02T11:00:00+01:00');
    const late = deadlinesOf(entries, at('2026-03-02T13:30:00+01:00'), translator('en'));
    expect([late.breached, late.atRisk]).toEqual([1, 0]);
  });
});

describe('breachingBy', () => {
  it('counts tickets breached now or breaching before the end of the day', () => {
    // Response: 4 business hours (08:30–16:30). Monday 08:40 and 09:30 breached on Monday; Tuesday 15:00 breaches Wednesday 11:00.
    const tickets = ['2026-03-02T08:40:00+01:00', '2026-03-02T09:30:00+01:00', '2026-03-03T15:00:00+01:00'].map((when, i) => {
      const t = ticket(when);
      return { ...t, row: { ...t.row, id: `t${i}`, number: `T-${1001 + i}` } };
    });
    const tuesday1600 = at('2026-03-03T16:00:00+01:00'); // Tue
    const entries = buildBoardEntries(tickets, plans, new Map(), tuesday1600);
    expect(breachingBy(entries, tuesday1600, at('2026-03-03T23:59:59+01:00'))).toBe(2);
    expect(breachingBy(entries, tuesday1600, at('2026-03-04T23:59:59+01:00'))).toBe(3);
  });
});

describe('the deadlines main is handed', () => {
  const now = at('2026-03-02T10:00:00+01:00'); // Mon
  const many = ['07:00', '08:00', '09:00', '09:30'].map((time, i) => {
    const t = ticket(`2026-03-02T${time}:00+01:00`);
    return { ...t, row: { ...t.row, id: `t${i}`, number: `T-${1001 + i}` } };
  });
  it('falling due together, come in ticket number order, whatever order the tickets were listed in', () => {
    const twins = ['t-b', 't-a'].map((id, i) => {
      const t = ticket('2026-03-02T09:00:00+01:00');
      return { ...t, row: { ...t.row, id, number: `T-${1001 + i}` } };
    });
    for (const listed of [twins, [...twins].reverse()]) {
      const { deadlines } = deadlinesOf(buildBoardEntries(listed, plans, new Map(), now), now, translator('en'));
      const breaches = deadlines.filter((d) => d.kind === 'breach' && d.timer === 'response');
      expect(breaches.map((d) => d.ticketNumber)).toEqual(['T-1001', 'T-1002']);
      expect(breaches[0]?.at).toBe(breaches[1]?.at);
    }
  });

  it('are the earliest future ones, in order, and say when main needs the next', () => {
    const entries = buildBoardEntries(many, plans, new Map(), now);
    const all = deadlinesOf(entries, now, translator('en'), 1000);
    expect(all.refillAt).toBeNull();
    expect(all.deadlines.map((d) => d.at)).toEqual(all.deadlines.map((d) => d.at).sort((a, b) => a - b));
    const some = deadlinesOf(entries, now, translator('en'), 3);
    expect(some.deadlines).toEqual(all.deadlines.slice(0, 3));
    expect(some.refillAt).toBe(all.deadlines[2]?.at);
    expect(some.deadlines.every((d) => d.at > now)).toBe(true);
  });
});

describe('the health the counts use', () => {
  it('is what ticketHealth says, at every moment of a week, for every demo ticket', () => {
    const start = at('2026-03-04T11:00:00+01:00'); // Wed
    const demo = buildDemoDesk(start, plans, 80);
    const contracts = new Map(demo.contracts.map((c) => [c.id, c]));
    const tickets = demo.tickets.flatMap((t) => {
      const created = t.events[0];
      const contract = created?.kind === 'created' && created.contractId ? contracts.get(created.contractId) : undefined;
      if (!contract) return [];
      const summary = summarizeTicket(t.events, plans.planFor(contract));
      return summary.status === 'closed' ? [] : [{ row: { ...summary, id: t.id, isOpen: 1 as const }, events: t.events, contract }];
    });
    expect(tickets.length).toBeGreaterThan(40);
    const entries = buildBoardEntries(tickets, plans, new Map(), start, 0.6);
    const seen = new Set<string>();
    // Every 7 minutes for a week: through office hours, nights, a weekend.
    for (let now = start; now < start + 7 * 86_400_000; now += 7 * 60_000) {
      for (const e of entries) {
        const expected = ticketHealth(e.clocks, e.evaluatedAt, now, e.atRiskFraction);
        seen.add(expected);
        if (healthAt(e, now) !== expected) throw new Error(`${e.row.number} at ${iso(now)}: ${healthAt(e, now)} ≠ ${expected}`);
      }
    }
    expect([...seen].sort()).toEqual(expect.arrayContaining(['at_risk', 'breached', 'on_track']));
  });
});

describe('a DeadlineBook kept entry by entry', () => {
  it('counts breached and at-risk tickets, and those breaching by a moment, as ticketHealth says, through changes and a clock set back', () => {
    const start = at('2026-03-02T08:00:00+01:00'); // Mon
    // 60 tickets registered a quarter of an hour apart from Monday 08:00, priorities in turn: their
    // response and resolution timers turn at risk and breach over the days the check walks.
    const priorities = ['high', 'normal', 'low'];
    const registered = (i: number, priority: string) => {
      const t = ticket(DateTime.fromMillis(start + i * 15 * 60_000).toISO() ?? '');
      return { ...t, row: { ...t.row, id: `t${i}`, number: `T-${1001 + i}`, priority }, events: [{ ...t.events[0]!, id: `e${i}`, priority }] };
    };
    const tickets = Array.from({ length: 60 }, (_, i) => registered(i, priorities[i % 3] as string));
    const from = start + 60 * 15 * 60_000;
    let entries = buildBoardEntries(tickets, plans, new Map(), from);
    const book = DeadlineBook.of(entries);
    const en = translator('en');
    // Independent of the book: every ticket's health, and its running SLA timers' due moments.
    const expected = (now: number, until: number) => {
      const health = entries.map((e) => ticketHealth(e.clocks, e.evaluatedAt, now, e.atRiskFraction));
      const breachingSoon = entries.filter((e, i) => {
        if (health[i] === 'breached') return false;
        return SLA_TIMERS.some((k) => {
          const timer = e.clocks.timers[k];
          return timer?.isRunning === true && timer.due !== null && timer.due + 1 > now && timer.due + 1 <= until;
        });
      });
      const breached = health.filter((h) => h === 'breached').length;
      return { breached, atRisk: health.filter((h) => h === 'at_risk').length, breaching: breached + breachingSoon.length };
    };
    const seen = new Set<string>();
    const check = (now: number) => {
      const until = now + 8 * 3_600_000;
      const { breached, atRisk } = book.deadlines(now, en);
      const want = expected(now, until);
      seen.add(JSON.stringify(want));
      expect({ at: iso(now), breached, atRisk, breaching: book.breachingBy(now, until) }).toEqual({ at: iso(now), ...want });
    };
    let n = 0;
    for (let now = from; now < from + 5 * 86_400_000; now += 7 * 60_000) {
      check(now);
      // Every 70 minutes a few tickets change priority (evaluated afresh), and the book follows.
      if (++n % 10 === 0) {
        const changed = entries.filter((_, i) => i % 7 === n % 7);
        const again = buildBoardEntries(
          changed.map((e) => registered(Number(e.row.id.slice(1)), priorities[(n + Number(e.row.id.slice(1))) % 3] as string)),
          plans,
          new Map(),
          now,
        );
        book.update(changed, again);
        entries = [...entries.filter((e) => !changed.includes(e)), ...again];
        check(now);
      }
    }
    expect(seen.size).toBeGreaterThan(40);
    check(from + 3_600_000); // the clock set back days
    check(from + 6 * 86_400_000);
  });
});

describe('a DeadlineBook after many changes at one moment', () => {
  it('still turns its counts when the health of the tickets kept changes (the heap of notes is rebuilt, not lost)', () => {
    const halfPastNine = at('2026-03-02T09:30:00+01:00');
    const tickets = Array.from({ length: 40 }, (_, i) => {
      const t = ticket('2026-03-02T09:00:00+01:00');
      return { ...t, row: { ...t.row, id: `t${i}`, number: `T-${1001 + i}` } };
    });
    let entries = buildBoardEntries(tickets, plans, new Map(), halfPastNine);
    const book = DeadlineBook.of(entries);
    const en = translator('en');
    expect(book.deadlines(halfPastNine, en).atRisk).toBe(0);
    // 400 changes at 09:30: every replaced entry leaves a note behind in the heap.
    for (let k = 0; k < 400; k++) {
      const i = k % tickets.length;
      const [again] = buildBoardEntries([tickets[i]!], plans, new Map(), halfPastNine);
      const old = entries[i]!;
      book.update([old], [again!]);
      entries = entries.map((e) => (e === old ? again! : e));
      book.deadlines(halfPastNine, en);
    }
    // Response at 4 business hours from 09:00: at risk from 12:00 at the preset's share, breached after 13:00.
    for (const when of ['2026-03-02T12:30:00+01:00', '2026-03-02T13:30:00+01:00']) {
      const now = at(when);
      const health = entries.map((e) => ticketHealth(e.clocks, e.evaluatedAt, now, e.atRiskFraction));
      const { breached, atRisk } = book.deadlines(now, en);
      expect({ when, breached, atRisk }).toEqual({
        when,
        breached: health.filter((h) => h === 'breached').length,
        atRisk: health.filter((h) => h === 'at_risk').length,
      });
    }
  });
});

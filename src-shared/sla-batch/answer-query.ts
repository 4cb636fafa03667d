import { answerAvailability } from '../availability/availability-query';
import { CalendarRegistry } from '../calendar/calendar-registry';
import { billPeriod } from '../consultancy/block-billing';
import { blockRuleOf } from '../consultancy/rate-card';
import { compileCalendar } from '../calendar/calendar-schema';
import { explainWorkingTime, type ExplainedSpan } from '../calendar/explain-working-time';
import type { WorkingCalendar } from '../calendar/working-calendar';
import { CompiledPolicy } from '../policy/compiled-policy';
import { parsePolicy } from '../policy/policy-schema';
import { POLICY_PRESETS } from '../policy/presets';
import { MAX_DATE, MAX_INSTANT, MIN_DATE, MIN_INSTANT, toIsoInZone } from '../time/instant';
import { checkTicketEvents, withTicketDefaults } from '../ticket/check-ticket-events';
import type { TimerResult } from '../ticket/evaluate-timer';
import { explainTimer } from '../ticket/explain-timer';
import { ticketClocks } from '../ticket/ticket-clocks';
import { toEngineEvent } from '../ticket/ticket-event-schema';
import { InputError, issue, parseOrThrow } from '../validation/issues';
import { parseCommonDueQuery, query, type Query, type TicketQuery } from './query-schema';

export type Answer = Record<string, unknown>;

/** The engine's context for a batch: compiled calendars and policies, kept warm across queries. */
export class SlaContext {
  readonly calendars = new CalendarRegistry();
  private readonly policies = new Map<string, CompiledPolicy>();

  calendar(ref: string | Record<string, unknown>, field: string): WorkingCalendar {
    return typeof ref === 'string' ? this.calendars.get(ref, field) : compileCalendar(ref, field);
  }

  /** A preset by id, or an inline policy (validated like a preset a desk edits). */
  policy(ref: string | Record<string, unknown>, field: string): CompiledPolicy {
    if (typeof ref !== 'string')
      return new CompiledPolicy(
        parsePolicy(ref, (c) => this.calendars.has(c), field),
        this.calendars,
      );
    const id = ref;
    let compiled = this.policies.get(id);
    if (!compiled) {
      const preset = POLICY_PRESETS[id];
      if (!preset) throw new InputError([{ field, reason: `unknown policy "${id}"; known: ${Object.keys(POLICY_PRESETS).join(', ')}` }]);
      compiled = new CompiledPolicy(
        parsePolicy(preset, (c) => this.calendars.has(c), field),
        this.calendars,
      );
      this.policies.set(id, compiled);
    }
    return compiled;
  }
}

/** Answers one query; a bad query gets `{ error }` naming the field and the reason. Never throws. */
export function answerQuery(context: SlaContext, input: unknown): Answer {
  try {
    return answer(context, parseCommonDueQuery(input) ?? parseOrThrow(query, input, ''));
  } catch (error) {
    if (error instanceof InputError) return { error: error.message };
    return { error: error instanceof Error ? error.message : String(error) };
  }
}

function answer(context: SlaContext, q: Query): Answer {
  switch (q.op) {
    case 'due': {
      const calendar = context.calendar(q.calendar, 'calendar');
      return { due: toIsoInZone(dueWithinRange(calendar, q.start, Math.round(q.minutes * 60_000)), calendar.zone) };
    }
    case 'elapsed':
      return { ms: context.calendar(q.calendar, 'calendar').workingTimeBetween(q.from, q.to) };
    case 'explain': {
      const calendar = context.calendar(q.calendar, 'calendar');
      return { spans: explainWorkingTime(calendar, q.from, q.to).map((s) => spanOut(s, calendar.zone)) };
    }
    case 'ticket':
      return answerTicket(context, q);
    case 'availability':
      return answerAvailability(q);
    case 'bill': {
      const rule = blockRuleOf(context.policy(q.policy, 'policy').policy, q.rate);
      const bill = billPeriod(q.workedBeforeMinutes, q.minutes, q.approved, rule);
      return { billedMinutes: bill.billedMinutes, amountCents: bill.amountCents, workedMinutes: bill.workedMinutes, blockLeftMinutes: bill.blockLeftMinutes };
    }
  }
}

function answerTicket(context: SlaContext, q: TicketQuery): Answer {
  const plan = context.policy(q.policy, 'policy').plan(q.plan, 'plan');
  const type = q.ticket.type ?? '';
  const events = withTicketDefaults(
    q.ticket.events.map((e) => toEngineEvent(e, type)),
    { type: q.ticket.type, priority: q.ticket.priority, environment: q.ticket.environment },
  );
  checkTicketEvents(plan, events, 'ticket.events');
  const clocks = ticketClocks(plan, events, q.now, { withTrace: q.explain === true });
  const timers: Record<string, unknown> = {};
  for (const [kind, timer] of Object.entries(clocks.timers)) timers[kind] = timerOut(timer, q.explain === true);
  return { status: clocks.status, priority: clocks.priority, timers };
}

function timerOut(t: TimerResult, withExplanation: boolean): Record<string, unknown> {
  const zone = t.calendar.zone;
  const iso = (ms: number | null): string | null => (ms === null ? null : toIsoInZone(ms, zone));
  const out: Record<string, unknown> = {
    state: t.state,
    isRunning: t.isRunning,
    elapsedMs: t.elapsedMs,
    targetMs: t.targetMs,
    target: t.targetText,
    remainingMs: t.remainingMs,
    fraction: Math.round(t.fraction * 10_000) / 10_000,
    due: iso(t.due),
    atRiskAt: iso(t.atRiskAt),
    startedAt: iso(t.startedAt),
    stoppedAt: iso(t.stoppedAt),
    calendar: t.calendar.id,
  };
  if (withExplanation) out['explanation'] = explainTimer(t).map((s) => spanOut(s, zone));
  return out;
}

function spanOut(s: ExplainedSpan, zone: string): Record<string, unknown> {
  const out: Record<string, unknown> = {
    from: toIsoInZone(s.start, zone),
    to: toIsoInZone(s.end, zone),
    counted: s.isCounted,
    reason: s.reason,
    ms: s.end - s.start,
  };
  if (s.detail !== undefined) out['detail'] = s.detail;
  return out;
}

/** How far from the start a due query first looks (two years). */
const NEAR_MS = 2 * 366 * 86_400_000;

/**
 * `start` plus `ms` of working time, refused (field `minutes`) when the answer would lie outside
 * the engine's range (1970–2199): the working time left up to the edge is counted first, which is
 * quick however far away it is, so a query for centuries of working time never walks them.
 */
function dueWithinRange(calendar: WorkingCalendar, start: number, ms: number): number {
  const isForward = ms >= 0;
  // Most answers lie within two years of the start: counting that much first keeps a batch from
  // planning every year up to the range's edge (centuries of holidays) for an ordinary query.
  const near = isForward ? Math.min(start + NEAR_MS, MAX_INSTANT) : Math.max(start - NEAR_MS, MIN_INSTANT);
  if (Math.abs(ms) <= (isForward ? calendar.workingTimeBetween(start, near) : calendar.workingTimeBetween(near, start))) {
    const due = calendar.addWorkingTime(start, ms);
    if (due !== null && due >= MIN_INSTANT && due < MAX_INSTANT) return due;
  }
  const left = isForward ? calendar.workingTimeBetween(start, MAX_INSTANT) : calendar.workingTimeBetween(MIN_INSTANT, start);
  const due = Math.abs(ms) <= left ? calendar.addWorkingTime(start, ms) : null;
  if (due !== null && due >= MIN_INSTANT && due < MAX_INSTANT) return due;
  const edge = isForward ? `after ${MAX_DATE}` : `before ${MIN_DATE}`;
  const minutesLeft = Math.floor(left / 60_000).toLocaleString('en-US');
  throw new InputError([
    issue(
      'minutes',
      `the due moment would lie ${edge}: ${minutesLeft} minutes of working time are left ${isForward ? 'after' : 'before'} start`,
      'due.out_of_range',
      {
        edge: isForward ? MAX_DATE : MIN_DATE,
        minutesLeft,
      },
    ),
  ]);
}

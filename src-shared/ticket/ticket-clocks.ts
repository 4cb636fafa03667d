import type { CompiledPlan } from '../policy/compiled-policy';
import type { Environment, Status, TimerKind } from '../policy/policy-types';
import { evaluateTimer, type TimerResult } from './evaluate-timer';
import type { TicketEvent } from './ticket-event';
import { foldTicket, type TicketHistory } from './ticket-segments';
import { timerRules } from './timer-rules';

export const TIMER_ORDER: readonly TimerKind[] = ['response', 'workaround', 'resolution', 'update', 'reply'];

export interface TicketClocks {
  readonly type: string;
  readonly environment: Environment;
  readonly status: Status;
  readonly priority: string | null;
  readonly createdAt: number;
  /** The instant the clocks stand at: the `now` they were evaluated for. */
  readonly evaluatedAt: number;
  readonly timers: Partial<Record<TimerKind, TimerResult>>;
}

export interface ClockOptions {
  /** Keep each timer's stretches for explanations (costs allocations; off for boards and bulk work). */
  readonly withTrace?: boolean;
}

/** Every clock of a ticket as it stands at `now`, derived from its event log alone. */
export function ticketClocks(plan: CompiledPlan, events: readonly TicketEvent[], now: number, options: ClockOptions = {}): TicketClocks {
  const history = historyOf(plan, events);
  return clocksOfHistory(plan, history, now, options);
}

function historyOf(plan: CompiledPlan, events: readonly TicketEvent[]): TicketHistory {
  return foldTicket(events, (type, env) => plan.defaultPriority(type, env), plan.policy.clock.responseFrom === 'earliest_report_or_awareness');
}

function clocksOfHistory(plan: CompiledPlan, history: TicketHistory, now: number, options: ClockOptions = {}): TicketClocks {
  const timers: Partial<Record<TimerKind, TimerResult>> = {};
  // Neighbouring stretches nearly always share a priority: look targets up once per change.
  let lastPriority: string | null | undefined;
  let lastTargets = plan.targetsFor(history.type, null, history.environment);
  const targets = history.segments.map((s) => {
    if (s.priority !== lastPriority) {
      lastPriority = s.priority;
      lastTargets = plan.targetsFor(history.type, s.priority, history.environment);
    }
    return lastTargets;
  });
  for (const rule of timerRules(plan)) {
    const result = evaluateTimer(rule, history.segments, targets, now, plan.calendar, plan.policy.clock.atRiskFraction, options.withTrace === true);
    // The reply term exists once the ticket has waited for the customer; before that it is noise.
    if (result && !(rule.kind === 'reply' && result.state === 'pending')) timers[rule.kind] = result;
  }
  let current = history.segments[0];
  for (const s of history.segments) {
    if (s.start > now) break;
    current = s;
  }
  return {
    type: history.type,
    environment: history.environment,
    status: current?.status ?? 'new',
    priority: current?.priority ?? null,
    createdAt: history.createdAt,
    evaluatedAt: now,
    timers,
  };
}

import { remainingAt } from '../board/board-model';
import type { CompiledPlan } from '../policy/compiled-policy';
import type { TicketClocks } from '../ticket/ticket-clocks';

/**
 * What makes a ladder's next step due: the agent's judgement, at once, in business hours only,
 * at a planned moment, or a missed workaround or resolution target (time waiting on the customer
 * does not count: those timers pause then).
 */
export type LadderTrigger = 'agent_decides' | 'immediately' | 'business_hours' | 'planned' | 'missed_workaround_or_resolution';

export interface EscalationLadder {
  /** The trigger of the next line up, for every ticket (absent: by priority). */
  readonly lineTrigger: LadderTrigger;
  /** Per priority, where the escalation depends on it (Connect & Engage). */
  readonly byPriority?: Readonly<Record<string, LadderTrigger>>;
  /** The war team the executive team forms, and what convenes it (Konneqt). */
  readonly warTeam?: LadderTrigger;
  /** Priorities whose tickets need a phone contact logged, besides those that must be phoned in. */
  readonly phoneContact: readonly string[];
}

/**
 * Each preset's escalation ladder, as data (SPEC §1–§3). The lines themselves are the policy's
 * (`policy.lines`, in order); a ladder only says what makes the next step due.
 */
export const ESCALATION_LADDERS: Readonly<Record<string, EscalationLadder>> = {
  // First line → second → third, at the agent's judgement; High is phoned in (mustPhone).
  scope4mation: { lineTrigger: 'agent_decides', phoneContact: [] },
  // P1/P2 escalate immediately, P3 in business hours, P4/P5 planned.
  'connect-engage': {
    lineTrigger: 'agent_decides',
    byPriority: { p1: 'immediately', p2: 'immediately', p3: 'business_hours', p4: 'planned', p5: 'planned' },
    phoneContact: ['high', 'p1'],
  },
  // L1 → L4 at the agent's judgement; a missed workaround or resolution target convenes the war team.
  konneqt: { lineTrigger: 'agent_decides', warTeam: 'missed_workaround_or_resolution', phoneContact: ['p0', 'p1'] },
};

const NO_LADDER: EscalationLadder = { lineTrigger: 'agent_decides', phoneContact: [] };

export function ladderOf(policyId: string): EscalationLadder {
  return ESCALATION_LADDERS[policyId] ?? NO_LADDER;
}

/** Where a ticket stands on its ladder at `now`, and what makes the next step due. */
export interface LadderPosition {
  /** The line the ticket is at, and the next one up (null at the top). */
  readonly line: string | null;
  readonly nextLine: string | null;
  readonly trigger: LadderTrigger;
  /** Whether the trigger holds now: the agent should take the step (explicitly, never Klok). */
  readonly isNextLineDue: boolean;
  /** Whether the ladder has a war team, and whether its trigger holds now. */
  readonly hasWarTeam: boolean;
  readonly isWarTeamDue: boolean;
}

export function ladderPosition(
  plan: CompiledPlan,
  ticket: { readonly line: string | null; readonly priority: string | null },
  clocks: TicketClocks,
  now: number,
): LadderPosition {
  const ladder = ladderOf(plan.policy.id);
  const lines = plan.policy.lines;
  const index = lines.findIndex((l) => l.id === ticket.line);
  const nextLine = lines[index + 1]?.id ?? null;
  const trigger = (ticket.priority !== null ? ladder.byPriority?.[ticket.priority] : undefined) ?? ladder.lineTrigger;
  const holds = (t: LadderTrigger): boolean => {
    switch (t) {
      case 'immediately':
        return true;
      case 'business_hours':
        return plan.calendar.workingTimeBetween(now, now + 1) > 0;
      case 'missed_workaround_or_resolution':
        return (['workaround', 'resolution'] as const).some((kind) => {
          const timer = clocks.timers[kind];
          return timer !== undefined && remainingAt(timer, clocks.evaluatedAt, now) < 0;
        });
      case 'agent_decides':
      case 'planned':
        return false;
    }
  };
  return {
    line: ticket.line,
    nextLine,
    trigger,
    isNextLineDue: nextLine !== null && holds(trigger),
    hasWarTeam: ladder.warTeam !== undefined,
    isWarTeamDue: ladder.warTeam !== undefined && holds(ladder.warTeam),
  };
}

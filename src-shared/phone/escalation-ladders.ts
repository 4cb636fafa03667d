import { remainingAt } from '../board/board-model';
import type { CompiledPlan } from '../policy/compiled-policy';
import type { EscalationRules, LadderTrigger, Policy } from '../policy/policy-types';
import type { TicketClocks } from '../ticket/ticket-clocks';

const NO_LADDER: EscalationRules = { lineTrigger: 'agent_decides' };

/** A policy's escalation ladder (its `escalation`, SPEC §1–§3); without one every step is the agent's call. */
export function ladderOf(policy: Policy): EscalationRules {
  return policy.escalation ?? NO_LADDER;
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
  const ladder = ladderOf(plan.policy);
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

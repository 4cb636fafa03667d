import type { CompiledPlan } from '../policy/compiled-policy';
import type { Environment } from '../policy/policy-types';
import { InputError, issue, type InputIssue } from '../validation/issues';
import type { TicketEvent } from './ticket-event';

/**
 * Checks a ticket's events against its plan before any clock runs: exactly one `created` event,
 * first in the log and in time; a type the policy knows; priorities the plan has for that type.
 * Throws an InputError naming each bad field (`field` is the prefix, e.g. "ticket.events";
 * `fieldOf` names the i-th event where the events sit elsewhere in their file).
 */
export function checkTicketEvents(
  plan: CompiledPlan,
  events: readonly TicketEvent[],
  field: string,
  fieldOf: (i: number) => string = (i) => `${field}[${i}]`,
): void {
  const issues: InputIssue[] = [];
  const createdIndexes = events.flatMap((e, i) => (e.kind === 'created' ? [i] : []));
  if (createdIndexes.length !== 1) {
    throw new InputError([
      issue(field, `must hold exactly one created event (found ${createdIndexes.length})`, 'ticket.created_count', { count: createdIndexes.length }),
    ]);
  }
  const index = createdIndexes[0] as number;
  if (index !== 0) {
    const found = events[0]?.kind ?? 'none';
    throw new InputError([issue(fieldOf(0), `must be the created event, which comes first (found ${found})`, 'ticket.created_first', { kind: found })]);
  }
  const created = events[index] as Extract<TicketEvent, { kind: 'created' }>;
  events.forEach((e, i) => {
    if (e.at < created.at) issues.push(issue(`${fieldOf(i)}.at`, 'is before the created event', 'ticket.before_created'));
  });
  const type = plan.type(created.type);
  if (!type) {
    const known = plan.policy.types.map((t) => t.id).join(', ');
    issues.push(issue(`${fieldOf(index)}.type`, `unknown type "${created.type}"; known: ${known}`, 'ticket.unknown_type', { type: created.type, known }));
    throw new InputError(issues);
  }
  const allowed = plan.prioritiesFor(type.id).map((p) => p.id);
  events.forEach((e, i) => {
    const priority = e.kind === 'created' || e.kind === 'priority_changed' ? e.priority : undefined;
    if (priority === undefined) return;
    if (allowed.length === 0) issues.push(issue(`${fieldOf(i)}.priority`, `type "${type.id}" takes no priority`, 'ticket.no_priority', { type: type.id }));
    else if (!allowed.includes(priority))
      issues.push(
        issue(
          `${fieldOf(i)}.priority`,
          `unknown priority "${priority}" for type "${type.id}" in plan ${plan.def.id}; known: ${allowed.join(', ')}`,
          'ticket.unknown_priority',
          { priority, type: type.id, plan: plan.def.id, known: allowed.join(', ') },
        ),
      );
  });
  if (issues.length > 0) throw new InputError(issues);
}

/** Fills the created event with ticket-level fields the caller gave separately (CLI tickets). */
export function withTicketDefaults(
  events: readonly TicketEvent[],
  defaults: { type?: string | undefined; priority?: string | undefined; environment?: Environment | undefined },
): TicketEvent[] {
  return events.map((e) => {
    if (e.kind !== 'created') return e;
    const filled = { ...e };
    if ((filled.type === '' || filled.type === undefined) && defaults.type) filled.type = defaults.type;
    if (filled.priority === undefined && defaults.priority !== undefined) Object.assign(filled, { priority: defaults.priority });
    if (filled.environment === undefined && defaults.environment !== undefined) Object.assign(filled, { environment: defaults.environment });
    return filled;
  });
}

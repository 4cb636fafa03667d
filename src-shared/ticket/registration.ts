import { z } from 'zod';
import type { CompiledPlan } from '../policy/compiled-policy';
import { ENVIRONMENTS } from '../policy/policy-types';
import { InputError, issue, parseOrThrow } from '../validation/issues';
import { CHANNELS, type CreatedEvent } from './ticket-event';

/** What an agent fills in to register a ticket. */
export const registrationSchema = z
  .object({
    contractId: z.string().min(1, 'choose a customer and contract'),
    title: z.string().trim().min(1, 'must not be empty').max(300, 'must be at most 300 characters'),
    description: z.string().max(20_000, 'must be at most 20,000 characters').default(''),
    type: z.string().min(1, 'choose a type'),
    environment: z.enum(ENVIRONMENTS, { message: `must be one of ${ENVIRONMENTS.join(', ')}` }),
    channel: z.enum(CHANNELS, { message: `must be one of ${CHANNELS.join(', ')}` }),
    priority: z.string().optional(),
  })
  .strict();

export type Registration = z.input<typeof registrationSchema>;

/**
 * Checks a registration against the contract's plan and builds the `created` event:
 * the type must be the preset's, the priority one the plan has for that type (or the default,
 * Low for non-production where the preset says so), and a priority that must be phoned in
 * can only be registered from a phone call.
 */
export function createdEventFor(
  input: Registration,
  plan: CompiledPlan,
  ctx: { id: string; at: number; number: string; customerId: string; by: string; workstation: string },
): CreatedEvent & { id: string } {
  const r = parseOrThrow(registrationSchema, input, '');
  const type = plan.type(r.type);
  const ids = { policy: plan.policy.id, plan: plan.def.id };
  if (!type) throw new InputError([issue('type', `"${r.type}" is not a type of ${plan.policy.label}`, 'registration.unknown_type', { ...ids, type: r.type })]);
  const allowed = plan.prioritiesFor(type.id);
  const priority = r.priority || plan.defaultPriority(type.id, r.environment) || undefined;
  if (priority !== undefined) {
    const def = allowed.find((p) => p.id === priority);
    if (!def && allowed.length === 0)
      throw new InputError([
        issue('priority', `${type.label} carries no priority: leave it empty`, 'registration.no_priority', { ...ids, type: type.id, priority }),
      ]);
    if (!def)
      throw new InputError([
        issue(
          'priority',
          `"${priority}" is not a priority for ${type.label}; choose one of ${allowed.map((p) => p.id).join(', ')}`,
          'registration.unknown_priority',
          { ...ids, type: type.id, priority },
        ),
      ]);
    if (def.mustPhone && r.channel !== 'phone')
      throw new InputError([
        issue('priority', `${def.label} must be phoned in: register it from the phone call (channel Phone)`, 'registration.must_phone', {
          ...ids,
          priority: def.id,
        }),
      ]);
  }
  return {
    id: ctx.id,
    kind: 'created',
    at: ctx.at,
    by: ctx.by,
    workstation: ctx.workstation,
    number: ctx.number,
    title: r.title,
    description: r.description,
    customerId: ctx.customerId,
    contractId: r.contractId,
    type: type.id,
    environment: r.environment,
    channel: r.channel,
    ...(priority !== undefined ? { priority } : {}),
  };
}

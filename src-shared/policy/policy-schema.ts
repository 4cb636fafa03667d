import { z } from 'zod';
import { DURATION_TEXT_RULE, parseDurationText } from '../time/duration-text';
import { parseOrThrow } from '../validation/issues';
import { LADDER_TRIGGERS, STATUSES, TARGET_KINDS, type Policy, type TargetKind } from './policy-types';

const id = z.string().regex(/^[a-z0-9][a-z0-9_-]*$/, 'must be lower-case letters, digits, "_" and "-"');
const durationText = z.string().refine((t) => parseDurationText(t) !== null, { message: DURATION_TEXT_RULE, params: { code: 'duration' } });
const target = z.union([durationText, z.object({ within: durationText, calendar: z.string().min(1) }).strict()]);
const targets = z.object(Object.fromEntries(TARGET_KINDS.map((k) => [k, target.optional()])) as Record<TargetKind, z.ZodOptional<typeof target>>).strict();

const priority = z
  .object({
    id,
    label: z.string().min(1),
    description: z.string().optional(),
    targets,
    calendar: z.string().min(1).optional(),
    practice: z.array(z.object({ percent: z.number().min(0).max(100), within: durationText }).strict()).optional(),
    mustPhone: z.boolean().optional(),
    appliesTo: z.array(z.string()).optional(),
  })
  .strict();

const plan = z
  .object({
    id,
    label: z.string().min(1),
    calendar: z.string().min(1),
    priorities: z.array(priority).min(1, 'must list at least one priority'),
    defaultPriority: z.string(),
    defaultPriorities: z.record(z.string(), z.string()).optional(),
    typeTargets: z.record(z.string(), targets).optional(),
    productionOnly: z.boolean().optional(),
    queryHourLimit: z.number().positive().optional(),
    consultancy: z
      .array(
        z
          .object({
            id,
            label: z.string().min(1),
            centsPerHour: z.number().int('must be whole cents').nonnegative(),
            blockHours: z.number().int().positive(),
          })
          .strict(),
      )
      .optional(),
  })
  .strict();

const statusList = z.array(z.enum(STATUSES, { message: `must be one of ${STATUSES.join(', ')}` }));

const ladderTrigger = z.enum(LADDER_TRIGGERS, { message: `must be one of ${LADDER_TRIGGERS.join(', ')}` });
const escalation = z
  .object({
    lineTrigger: ladderTrigger,
    byPriority: z.record(z.string(), ladderTrigger).optional(),
    warTeam: ladderTrigger.optional(),
    phoneContact: z.array(z.string()).optional(),
  })
  .strict();

const policySchema = z
  .object({
    id,
    label: z.string().min(1),
    source: z.string(),
    types: z
      .array(z.object({ id, label: z.string().min(1), hasSla: z.boolean(), usesPriority: z.boolean() }).strict())
      .min(1, 'must list at least one ticket type'),
    lines: z.array(z.object({ id, label: z.string().min(1) }).strict()).min(1, 'must list at least one support line'),
    escalation: escalation.optional(),
    plans: z.array(plan).min(1, 'must list at least one plan'),
    clock: z
      .object({
        responseFrom: z.enum(['created', 'earliest_report_or_awareness']),
        timersFrom: z.enum(['created', 'acknowledged']),
        pausedIn: z.object({ response: statusList, workaround: statusList, resolution: statusList, update: statusList }).strict(),
        replyTerm: durationText.optional(),
        nonProductionPriority: z.string().optional(),
        atRiskFraction: z.number().refine((f) => f > 0 && f < 1, { message: 'must be above 0 and below 1', params: { code: 'policy.at_risk' } }),
      })
      .strict(),
  })
  .strict();

function duplicates(ids: readonly string[]): string[] {
  return ids.filter((v, i) => ids.indexOf(v) !== i);
}

/**
 * Validates policy data against its schema and its cross-references (unique ids, known
 * calendars, default priorities that exist and, per type, apply to that type); throws an
 * InputError naming each bad field.
 */
export function parsePolicy(input: unknown, isKnownCalendar: (id: string) => boolean, field = 'policy'): Policy {
  const checked = policySchema.superRefine((p, ctx) => {
    const typeIds = p.types.map((t) => t.id);
    for (const dup of duplicates(typeIds)) ctx.addIssue({ code: 'custom', path: ['types'], message: `type "${dup}" is listed twice` });
    for (const dup of duplicates(p.plans.map((x) => x.id))) ctx.addIssue({ code: 'custom', path: ['plans'], message: `plan "${dup}" is listed twice` });
    const allPriorities = new Set(p.plans.flatMap((pl) => pl.priorities.map((x) => x.id)));
    for (const priorityId of Object.keys(p.escalation?.byPriority ?? {})) {
      if (!allPriorities.has(priorityId))
        ctx.addIssue({ code: 'custom', path: ['escalation', 'byPriority', priorityId], message: `"${priorityId}" is not a priority of any plan` });
    }
    (p.escalation?.phoneContact ?? []).forEach((priorityId, i) => {
      if (!allPriorities.has(priorityId))
        ctx.addIssue({ code: 'custom', path: ['escalation', 'phoneContact', i], message: `"${priorityId}" is not a priority of any plan` });
    });
    p.plans.forEach((pl, i) => {
      const at = ['plans', i];
      if (!isKnownCalendar(pl.calendar)) ctx.addIssue({ code: 'custom', path: [...at, 'calendar'], message: `unknown calendar "${pl.calendar}"` });
      const priorityIds = pl.priorities.map((x) => x.id);
      for (const dup of duplicates(priorityIds)) ctx.addIssue({ code: 'custom', path: [...at, 'priorities'], message: `priority "${dup}" is listed twice` });
      if (!priorityIds.includes(pl.defaultPriority))
        ctx.addIssue({ code: 'custom', path: [...at, 'defaultPriority'], message: `"${pl.defaultPriority}" is not one of the plan's priorities` });
      const nonProd = p.clock.nonProductionPriority;
      if (nonProd !== undefined && !priorityIds.includes(nonProd))
        ctx.addIssue({ code: 'custom', path: ['clock', 'nonProductionPriority'], message: `"${nonProd}" is not a priority of plan "${pl.id}"` });
      pl.priorities.forEach((pr, j) => {
        if (pr.calendar !== undefined && !isKnownCalendar(pr.calendar))
          ctx.addIssue({ code: 'custom', path: [...at, 'priorities', j, 'calendar'], message: `unknown calendar "${pr.calendar}"` });
        for (const [kind, t] of Object.entries(pr.targets)) {
          if (typeof t === 'object' && !isKnownCalendar(t.calendar))
            ctx.addIssue({ code: 'custom', path: [...at, 'priorities', j, 'targets', kind, 'calendar'], message: `unknown calendar "${t.calendar}"` });
        }
        for (const typeId of pr.appliesTo ?? []) {
          if (!typeIds.includes(typeId)) ctx.addIssue({ code: 'custom', path: [...at, 'priorities', j, 'appliesTo'], message: `unknown type "${typeId}"` });
        }
      });
      for (const [typeId, priorityId] of Object.entries(pl.defaultPriorities ?? {})) {
        const path = [...at, 'defaultPriorities', typeId];
        const type = p.types.find((t) => t.id === typeId);
        const pr = pl.priorities.find((x) => x.id === priorityId);
        if (!type) ctx.addIssue({ code: 'custom', path, message: `unknown type "${typeId}"` });
        else if (!type.usesPriority) ctx.addIssue({ code: 'custom', path, message: `type "${typeId}" takes no priority` });
        else if (!pr) ctx.addIssue({ code: 'custom', path, message: `"${priorityId}" is not one of the plan's priorities` });
        else if (pr.appliesTo && !pr.appliesTo.includes(typeId))
          ctx.addIssue({ code: 'custom', path, message: `"${priorityId}" does not apply to type "${typeId}"` });
      }
      for (const typeId of Object.keys(pl.typeTargets ?? {})) {
        const type = p.types.find((t) => t.id === typeId);
        if (!type) ctx.addIssue({ code: 'custom', path: [...at, 'typeTargets', typeId], message: `unknown type "${typeId}"` });
        else if (type.usesPriority)
          ctx.addIssue({ code: 'custom', path: [...at, 'typeTargets', typeId], message: `type "${typeId}" takes its targets from priorities` });
      }
    });
  });
  return parseOrThrow(checked, input, field) as Policy;
}

import { z } from 'zod';
import { toIsoInZone } from '../time/instant';
import { instantSchema } from '../ticket/ticket-event-schema';
import { InputError, type InputIssue } from '../validation/issues';
import { availabilityOf } from './availability';
import { periodOf } from './availability-period';
import { AVAILABILITY_ZONE, CE_CATEGORIES, connectEngageAvailability, EXCLUSION_REASONS, SCOPE4MATION_AVAILABILITY } from './availability-rules';

const oneOf = <T extends readonly [string, ...string[]]>(values: T) => z.enum(values, { message: `must be one of ${values.join(', ')}` });

/** The `availability` op of `sla batch` (SPEC §7). */
export const availabilityQuery = z
  .object({
    op: z.literal('availability'),
    policy: oneOf(['scope4mation', 'connect-engage'] as const),
    category: oneOf(CE_CATEGORIES).optional(),
    period: z.string({ message: 'must be a month such as "2026-03" or a quarter such as "2026-Q1"' }),
    trunks: z.array(z.string().min(1, 'must not be empty').max(100)).optional(),
    outages: z
      .array(
        z
          .object({ from: instantSchema, to: instantSchema, scope: oneOf(['complete', 'partial'] as const), trunk: z.string().min(1).max(100).optional() })
          .strict(),
      )
      .default([]),
    exclusions: z.array(z.object({ from: instantSchema, to: instantSchema, reason: oneOf(EXCLUSION_REASONS) }).strict()).default([]),
  })
  .strict();

export type AvailabilityQuery = z.output<typeof availabilityQuery>;

/** Checks what one field cannot check alone, then measures. Throws an InputError naming each bad field. */
export function answerAvailability(q: AvailabilityQuery): Record<string, unknown> {
  const issues: InputIssue[] = [];
  const add = (field: string, reason: string) => issues.push({ field, reason });
  const isScope = q.policy === 'scope4mation';
  if (isScope && q.category !== undefined) add('category', 'Scope4mation has one objective for the whole product: leave category out');
  if (!isScope && q.category === undefined) add('category', `is required for Connect & Engage: one of ${CE_CATEGORIES.join(', ')}`);
  const isVoice = !isScope && q.category === 'voice';
  if (isVoice && (q.trunks === undefined || q.trunks.length === 0)) add('trunks', 'is required for Voice: the trunks that are measured');
  if (!isVoice && q.trunks !== undefined) add('trunks', 'only Voice is measured per trunk');
  const period = periodOf(q.period);
  const kind = isScope ? 'month' : 'quarter';
  if (!period || period.kind !== kind)
    add('period', isScope ? 'Scope4mation measures per calendar month, e.g. "2026-03"' : 'Connect & Engage measures per quarter, e.g. "2026-Q1"');
  q.outages.forEach((o, i) => {
    if (o.to <= o.from) add(`outages[${i}].to`, 'must be after from');
    if (o.trunk !== undefined && !isVoice) add(`outages[${i}].trunk`, 'only Voice outages name a trunk');
    else if (o.trunk !== undefined && !q.trunks?.includes(o.trunk)) add(`outages[${i}].trunk`, `"${o.trunk}" is not one of the trunks`);
  });
  q.exclusions.forEach((e, i) => {
    if (e.to <= e.from) add(`exclusions[${i}].to`, 'must be after from');
  });
  if (issues.length > 0 || !period) throw new InputError(issues);
  const rule = isScope ? SCOPE4MATION_AVAILABILITY : connectEngageAvailability(q.category ?? 'business_messaging');
  const outages = q.outages.map((o) => ({ start: o.from, end: o.to, scope: o.scope, ...(o.trunk ? { trunk: o.trunk } : {}) }));
  const exclusions = q.exclusions.map((e) => ({ start: e.from, end: e.to }));
  const r = availabilityOf(period.interval, outages, exclusions, rule, isVoice ? q.trunks : undefined);
  return {
    from: toIsoInZone(period.interval.start, AVAILABILITY_ZONE),
    to: toIsoInZone(period.interval.end, AVAILABILITY_ZONE),
    totalMs: r.totalMs,
    excludedMs: r.excludedMs,
    downtimeMs: r.downtimeMs,
    availability: r.availability,
    target: rule.targetBp / 100,
    met: r.met,
    budgetLeftMs: r.budgetLeftMs,
  };
}

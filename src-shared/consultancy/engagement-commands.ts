import { z } from 'zod';
import type { EventDraft } from '../desk-log/stamp-events';
import type { Policy } from '../policy/policy-types';
import { InputError, issue, parseOrThrow } from '../validation/issues';
import { APPROVAL_METHODS } from './consultancy-events';
import type { Engagement, TimeEntry } from './engagement';
import { chargeable, runningTimerOf, sumMinutes, timerMinutes } from './engagement-totals';
import { blockRuleOf, RATE_TYPES } from './rate-card';

/**
 * What consultancy commands decide: input checked (each problem names its field), the rules of
 * SPEC §6 applied, and the events to write. Pure: ids and `now` are passed in.
 */
const fail = (field: string, reason: string, code: string, params?: Record<string, string | number>): never => {
  throw new InputError([issue(field, reason, `consultancy.${code}`, params)]);
};
const text = (max: number) => z.string().trim().max(max, `must be at most ${max} characters`);
const required = (max: number) => text(max).min(1, 'must not be empty');
const wholeMinutes = z.number({ message: 'must be a number' }).int('must be whole minutes');

const newEngagementSchema = z
  .object({
    customerId: required(100),
    contractId: required(100),
    ticketId: text(100).optional(),
    title: required(200),
    rateType: z.enum(RATE_TYPES, { message: `must be one of ${RATE_TYPES.join(', ')}` }),
    centsPerHour: z.number({ message: 'must be an amount' }).int('must be whole cents').min(0, 'must not be negative').max(100_000_000).optional(),
  })
  .strict();
export type NewEngagement = z.input<typeof newEngagementSchema>;

/** Opens an engagement on a contract's rate card; the rate may be edited (the block size may not: it is the contract's). */
export function createEngagement(input: NewEngagement, policy: Policy, engagementId: string, now: number): EventDraft {
  const e = parseOrThrow(newEngagementSchema, input, '');
  const rule = blockRuleOf(policy, e.rateType, 'rateType');
  return {
    kind: 'engagement.created',
    stream: engagementId,
    payload: {
      at: now,
      customerId: e.customerId,
      contractId: e.contractId,
      ...(e.ticketId ? { ticketId: e.ticketId } : {}),
      title: e.title,
      rateType: e.rateType,
      centsPerHour: e.centsPerHour ?? rule.centsPerHour,
      blockMinutes: rule.blockMinutes,
    },
  };
}

const querySupportSchema = z.object({ customerId: required(100), contractId: required(100), ticketId: text(100).optional(), title: required(200) }).strict();
export type NewQuerySupport = z.input<typeof querySupportSchema>;

/** Opens Konneqt query support on a contract whose plan has a Query Support Limit: time counted, never billed. */
export function openQuerySupport(input: NewQuerySupport, queryHourLimit: number | undefined, engagementId: string, now: number): EventDraft {
  const e = parseOrThrow(querySupportSchema, input, '');
  if (!queryHourLimit) fail('contractId', 'this plan has no Query Support Limit', 'no_query_limit');
  return {
    kind: 'engagement.query_support_opened',
    stream: engagementId,
    payload: { at: now, customerId: e.customerId, contractId: e.contractId, ...(e.ticketId ? { ticketId: e.ticketId } : {}), title: e.title },
  };
}

export function changeRate(e: Engagement, centsPerHour: number, now: number): EventDraft {
  if (e.purpose !== 'consultancy') fail('centsPerHour', 'query support is not billed', 'not_billed');
  if (!Number.isInteger(centsPerHour) || centsPerHour < 0) fail('centsPerHour', 'must be whole cents, not negative', 'rate_range');
  return { kind: 'engagement.rate_changed', stream: e.id, payload: { at: now, centsPerHour } };
}

const approvalSchema = z
  .object({
    approvedBy: required(200),
    approvedAt: z.number({ message: 'must be a moment' }).int(),
    method: z.enum(APPROVAL_METHODS, { message: `must be one of ${APPROVAL_METHODS.join(', ')}` }),
    approvedHours: z.number({ message: 'must be a number of hours' }).positive('must be more than 0').max(100_000),
    reference: text(500).optional(),
    callId: text(100).optional(),
  })
  .strict();
export type ApprovalInput = z.input<typeof approvalSchema>;

/** Records (or replaces) the customer's approval. An approval cannot be dated after the moment it is recorded. */
export function recordApproval(e: Engagement, input: ApprovalInput, now: number): EventDraft {
  const a = parseOrThrow(approvalSchema, input, '');
  if (a.approvedAt > now) fail('approvedAt', 'an approval cannot lie in the future', 'approval_in_future');
  const approvedMinutes = Math.round(a.approvedHours * 60);
  if (approvedMinutes < 1) fail('approvedHours', 'must be at least a minute', 'approval_too_small');
  return {
    kind: 'engagement.approved',
    stream: e.id,
    payload: {
      at: now,
      approvedBy: a.approvedBy,
      approvedAt: a.approvedAt,
      method: a.method,
      approvedMinutes,
      ...(a.reference ? { reference: a.reference } : {}),
      ...(a.callId ? { callId: a.callId } : {}),
    },
  };
}

/** One running timer per consultant, whatever the engagement. */
export function startTimer(all: readonly Engagement[], e: Engagement, consultant: string, now: number): EventDraft {
  const running = runningTimerOf(all, consultant);
  if (running)
    fail('timer', `${consultant} already has a timer running on "${running.engagement.title}"`, 'timer_running', { title: running.engagement.title });
  return { kind: 'engagement.timer_started', stream: e.id, payload: { at: now, consultant } };
}

const entryTextSchema = z
  .object({ description: required(2_000), isRegularSupport: z.boolean().optional(), isProductUnusable: z.boolean().optional() })
  .strict();
export type EntryText = z.input<typeof entryTextSchema>;

/** Stops a consultant's timer: the time from its start to now, in whole minutes, becomes an entry. */
export function stopTimer(e: Engagement, consultant: string, input: EntryText, entryId: string, now: number): EventDraft {
  const timer = e.timers.find((t) => t.consultant === consultant) ?? fail('timer', 'no timer is running', 'no_timer');
  const t = parseOrThrow(entryTextSchema, input, '');
  return {
    kind: 'engagement.timer_stopped',
    stream: e.id,
    payload: {
      at: now,
      startedAt: timer.startedAt,
      entryId,
      consultant,
      workedAt: timer.startedAt,
      minutes: timerMinutes(timer, now),
      description: t.description,
      isRegularSupport: t.isRegularSupport ?? false,
      ...productUnusable(e, t.isProductUnusable),
    },
  };
}

/** The product-unusable mark, kept only on query support (where it takes time out of the limit). */
const productUnusable = (e: Engagement, isProductUnusable: boolean | undefined) =>
  e.purpose === 'query_support' && isProductUnusable ? { isProductUnusable: true } : {};

const logSchema = z
  .object({
    workedAt: z.number({ message: 'must be a moment' }).int(),
    minutes: wholeMinutes.min(-100_000).max(24 * 60, 'must be at most 24 hours'),
    description: required(2_000),
    isRegularSupport: z.boolean().optional(),
    isProductUnusable: z.boolean().optional(),
    correctionOf: text(100).optional(),
  })
  .strict();
export type LogInput = z.input<typeof logSchema>;

/**
 * Logs time by hand. A correction of a billed entry (which is locked) is a new entry, and only a
 * correction may be negative; the engagement's time never goes below zero.
 */
export function logTime(e: Engagement, input: LogInput, consultant: string, entryId: string, now: number): EventDraft {
  const t = parseOrThrow(logSchema, input, '');
  if (t.correctionOf) {
    const of = e.entries.find((x) => x.id === t.correctionOf);
    if (!of?.billedBy) fail('correctionOf', 'only a billed entry is corrected by a new entry; edit an unbilled one', 'correction_of_billed');
  } else if (t.minutes <= 0) {
    fail('minutes', 'must be more than 0 (only a correction of a billed entry may be negative)', 'minutes_positive');
  }
  if (!t.isRegularSupport && sumMinutes(chargeable(e.entries)) + t.minutes < 0) fail('minutes', "would take the engagement's time below zero", 'below_zero');
  return {
    kind: 'engagement.time_logged',
    stream: e.id,
    payload: {
      at: now,
      entryId,
      consultant,
      workedAt: t.workedAt,
      minutes: t.minutes,
      description: t.description,
      isRegularSupport: t.isRegularSupport ?? false,
      ...productUnusable(e, t.isProductUnusable),
      ...(t.correctionOf ? { correctionOf: t.correctionOf } : {}),
    },
  };
}

function unbilledEntry(e: Engagement, entryId: string): TimeEntry {
  const entry = e.entries.find((t) => t.id === entryId) ?? fail('entryId', 'no such entry', 'unknown_entry');
  if (entry.billedBy) fail('entryId', 'a billed entry is locked: log a correction instead', 'entry_locked');
  return entry;
}

const editSchema = z
  .object({
    minutes: wholeMinutes
      .min(0, 'must not be negative')
      .max(24 * 60, 'must be at most 24 hours')
      .optional(),
    description: required(2_000).optional(),
    workedAt: z.number().int().optional(),
    isRegularSupport: z.boolean().optional(),
    isProductUnusable: z.boolean().optional(),
  })
  .strict();
export type EntryChanges = z.input<typeof editSchema>;

/** Edits an unbilled entry; a billed one is locked. */
export function editEntry(e: Engagement, entryId: string, changes: EntryChanges, now: number): EventDraft {
  unbilledEntry(e, entryId);
  const c = parseOrThrow(editSchema, changes, '');
  return { kind: 'engagement.time_edited', stream: e.id, payload: { at: now, entryId, ...c } };
}

/** Splits `minutes` off an unbilled entry into a new one (with its own description, if given). */
export function splitEntry(e: Engagement, entryId: string, minutes: number, newEntryId: string, description: string | undefined, now: number): EventDraft {
  const entry = unbilledEntry(e, entryId);
  if (!Number.isInteger(minutes) || minutes < 1 || minutes >= entry.minutes) {
    fail('minutes', `must be whole minutes from 1 to ${entry.minutes - 1}`, 'split_range', { max: entry.minutes - 1 });
  }
  const d = description?.trim();
  return { kind: 'engagement.time_split', stream: e.id, payload: { at: now, entryId, newEntryId, minutes, ...(d ? { description: d } : {}) } };
}

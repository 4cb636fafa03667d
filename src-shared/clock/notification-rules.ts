import { DateTime } from 'luxon';
import type { Deadline } from './deadline';

/**
 * The agent's own notification hours: when on, OS notifications only come during these hours
 * (in the agent's zone), except urgent ones. The in-app alerts always show.
 */
export interface NotificationHours {
  readonly isLimited: boolean;
  /** "HH:mm", the agent's zone; `to` after `from` (no hours across midnight). */
  readonly from: string;
  readonly to: string;
  readonly isWeekdaysOnly: boolean;
  readonly zone: string;
}

export const ALWAYS_NOTIFY: NotificationHours = { isLimited: false, from: '08:00', to: '18:00', isWeekdaysOnly: true, zone: 'UTC' };

/**
 * Priorities whose deadlines notify also outside the agent's hours: P0 and P1 (Konneqt, Connect &
 * Engage) and Scope4mation's SaaS unavailability (handled 24/7).
 */
export const URGENT_PRIORITIES: readonly string[] = ['p0', 'p1', 'saas_unavailable'];

export function isUrgentPriority(priority: string | null): boolean {
  return priority !== null && URGENT_PRIORITIES.includes(priority);
}

const HH_MM = /^([01]\d|2[0-3]):([0-5]\d)$/;

/** Minutes after midnight of "HH:mm"; null for anything else. */
export function minutesOfDay(text: string): number | null {
  const m = HH_MM.exec(text);
  return m ? Number(m[1]) * 60 + Number(m[2]) : null;
}

/** Whether `at` lies in the agent's notification hours (always, when they are not limited). */
export function isWithinHours(hours: NotificationHours, at: number): boolean {
  if (!hours.isLimited) return true;
  const local = DateTime.fromMillis(at, { zone: hours.zone });
  if (hours.isWeekdaysOnly && local.weekday > 5) return false;
  const minute = local.hour * 60 + local.minute;
  const from = minutesOfDay(hours.from) ?? 0;
  const to = minutesOfDay(hours.to) ?? 24 * 60;
  return minute >= from && minute < to;
}

/** Which of the deadlines due now raise an OS notification: all within the hours, only urgent ones outside. */
export function deadlinesToNotify(due: readonly Deadline[], hours: NotificationHours, now: number): readonly Deadline[] {
  return isWithinHours(hours, now) ? due : due.filter((d) => d.isUrgent === true);
}

/** The texts a grouped notification needs, in the user's language. */
export interface GroupTexts {
  /** "{count} deadlines" */
  readonly several: string;
  /** "and {count} more" */
  readonly more: string;
}

/** The grouped notification's texts in each language Klok speaks (main and the web target show them). */
export const GROUP_TEXTS: Readonly<Record<'en' | 'nl', GroupTexts>> = {
  en: { several: '{count} deadlines', more: 'and {count} more' },
  nl: { several: '{count} termijnen', more: 'en nog {count}' },
};

/** One notification for the deadlines due at once: one ticket's own, or a group listing the first three. */
export function notificationOf(due: readonly Deadline[], texts: GroupTexts): { title: string; body: string; ticketId: string } | null {
  const first = due[0];
  if (!first) return null;
  if (due.length === 1) return { title: `Klok · ${first.ticketNumber}`, body: first.message, ticketId: first.ticketId };
  const lines = due.slice(0, 3).map((d) => d.message);
  if (due.length > 3) lines.push(texts.more.replace('{count}', String(due.length - 3)));
  return { title: `Klok · ${texts.several.replace('{count}', String(due.length))}`, body: lines.join('\n'), ticketId: first.ticketId };
}

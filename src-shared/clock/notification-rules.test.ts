import { describe, expect, it } from 'vitest';
import { at } from '../test-support/instants';
import type { Deadline } from './deadline';
import { deadlinesToNotify, isUrgentPriority, isWithinHours, minutesOfDay, notificationOf, type NotificationHours } from './notification-rules';

const HOURS: NotificationHours = { isLimited: true, from: '08:30', to: '17:00', isWeekdaysOnly: true, zone: 'Europe/Amsterdam' };
const d = (ticketNumber: string, isUrgent = false): Deadline => ({
  ticketId: `id-${ticketNumber}`,
  ticketNumber,
  title: 'x',
  timer: 'response',
  kind: 'breach',
  at: 0,
  message: `${ticketNumber} breaches its response target`,
  ...(isUrgent ? { isUrgent } : {}),
});

describe('notification hours', () => {
  it('hold from the first minute to before the last, in the agent’s zone', () => {
    expect(isWithinHours(HOURS, at('2026-03-02T08:29:59+01:00'))).toBe(false); // Mon
    expect(isWithinHours(HOURS, at('2026-03-02T08:30:00+01:00'))).toBe(true);
    expect(isWithinHours(HOURS, at('2026-03-02T16:59:59+01:00'))).toBe(true);
    expect(isWithinHours(HOURS, at('2026-03-02T17:00:00+01:00'))).toBe(false);
    // 08:30 in Amsterdam is 07:30 UTC: the zone decides, not the machine's.
    expect(isWithinHours({ ...HOURS, zone: 'UTC' }, at('2026-03-02T08:30:00+01:00'))).toBe(false);
  });

  it('leave out the weekend when weekdays only, and hold always when not limited', () => {
    expect(isWithinHours(HOURS, at('2026-03-07T10:00:00+01:00'))).toBe(false); // Sat
    expect(isWithinHours({ ...HOURS, isWeekdaysOnly: false }, at('2026-03-07T10:00:00+01:00'))).toBe(true);
    expect(isWithinHours({ ...HOURS, isLimited: false }, at('2026-03-07T23:00:00+01:00'))).toBe(true);
  });

  it('let only urgent deadlines notify outside them', () => {
    const due = [d('T-1'), d('T-2', true)];
    expect(deadlinesToNotify(due, HOURS, at('2026-03-02T10:00:00+01:00'))).toEqual(due);
    expect(deadlinesToNotify(due, HOURS, at('2026-03-02T22:00:00+01:00')).map((x) => x.ticketNumber)).toEqual(['T-2']);
  });

  it('read "HH:mm" only', () => {
    expect(minutesOfDay('08:30')).toBe(510);
    expect(minutesOfDay('23:59')).toBe(1439);
    expect(minutesOfDay('24:00')).toBeNull();
    expect(minutesOfDay('8:30')).toBeNull();
  });

  it('call P0, P1 and SaaS unavailability urgent, nothing else', () => {
    expect(['p0', 'p1', 'saas_unavailable'].every(isUrgentPriority)).toBe(true);
    expect(['p2', 'high', 'normal', null].some((p) => isUrgentPriority(p))).toBe(false);
  });
});

describe('notificationOf', () => {
  const texts = { several: '{count} deadlines', more: 'and {count} more' };
  it('is the ticket’s own for one deadline', () => {
    expect(notificationOf([d('T-1')], texts)).toEqual({ title: 'Klok · T-1', body: 'T-1 breaches its response target', ticketId: 'id-T-1' });
  });

  it('groups several, listing the first three and counting the rest, and leads to the first', () => {
    expect(notificationOf([d('T-1'), d('T-2'), d('T-3'), d('T-4'), d('T-5')], texts)).toEqual({
      title: 'Klok · 5 deadlines',
      body: ['T-1 breaches its response target', 'T-2 breaches its response target', 'T-3 breaches its response target', 'and 2 more'].join('\n'),
      ticketId: 'id-T-1',
    });
    expect(notificationOf([d('T-1'), d('T-2')], texts)?.body.split('\n')).toHaveLength(2);
    expect(notificationOf([], texts)).toBeNull();
  });
});

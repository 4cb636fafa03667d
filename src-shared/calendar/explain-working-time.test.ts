import { beforeEach, describe, expect, it } from 'vitest';
import { at } from '../test-support/instants';
import { CalendarRegistry } from './calendar-registry';
import { compileCalendar } from './calendar-schema';
import { explainWorkingTime, joinAlike, type ExplainedSpan } from './explain-working-time';
import type { WorkingCalendar } from './working-calendar';

// Mon–Fri 08:30–16:30 Amsterdam, Dutch public holidays. A calendar of its own for each test, so
// that each plans the days it explains (a shared one keeps the days an earlier test planned, and
// mutation runs credit a day's plan to the test that planned it first).
let office: WorkingCalendar;
beforeEach(() => {
  office = new CalendarRegistry().get('scope4mation-office');
});
const span = (start: string, end: string, reason: ExplainedSpan['reason'], more: Partial<ExplainedSpan> = {}): ExplainedSpan => ({
  start: at(start),
  end: at(end),
  isCounted: reason === 'working',
  reason,
  ...more,
});

describe('explainWorkingTime', () => {
  it('explains nothing in an empty or reversed range', () => {
    const t = at('2026-03-06T12:00:00+01:00'); // Friday
    expect(explainWorkingTime(office, t, t)).toEqual([]);
    expect(explainWorkingTime(office, t, t - 1)).toEqual([]);
  });

  it('splits Friday 16:00 to Monday 09:00 into work, the night, the weekend as one stretch, the night and work (no detail)', () => {
    expect(explainWorkingTime(office, at('2026-03-06T16:00:00+01:00'), at('2026-03-09T09:00:00+01:00'))).toStrictEqual([
      span('2026-03-06T16:00:00+01:00', '2026-03-06T16:30:00+01:00', 'working'), // Fri
      span('2026-03-06T16:30:00+01:00', '2026-03-07T00:00:00+01:00', 'night'),
      span('2026-03-07T00:00:00+01:00', '2026-03-09T00:00:00+01:00', 'weekend'), // Sat and Sun
      span('2026-03-09T00:00:00+01:00', '2026-03-09T08:30:00+01:00', 'night'), // Mon
      span('2026-03-09T08:30:00+01:00', '2026-03-09T09:00:00+01:00', 'working'),
    ]);
  });

  it('gives a stretch inside office hours as work alone', () => {
    expect(explainWorkingTime(office, at('2026-03-09T10:00:00+01:00'), at('2026-03-09T11:00:00+01:00'))).toEqual([
      span('2026-03-09T10:00:00+01:00', '2026-03-09T11:00:00+01:00', 'working'), // Mon
    ]);
  });

  it('names a holiday and gives its local date (King’s Day, Monday 27 April 2026)', () => {
    expect(explainWorkingTime(office, at('2026-04-27T08:00:00+02:00'), at('2026-04-28T09:00:00+02:00'))).toEqual([
      span('2026-04-27T08:00:00+02:00', '2026-04-28T00:00:00+02:00', 'holiday', { detail: "King's Day", holidayDate: '2026-04-27' }), // Mon
      span('2026-04-28T00:00:00+02:00', '2026-04-28T08:30:00+02:00', 'night'), // Tue
      span('2026-04-28T08:30:00+02:00', '2026-04-28T09:00:00+02:00', 'working'),
    ]);
  });

  it('keeps a holiday on a weekend a weekend (Boxing Day, Saturday 26 December 2026)', () => {
    expect(explainWorkingTime(office, at('2026-12-26T00:00:00+01:00'), at('2026-12-27T00:00:00+01:00'))).toEqual([
      span('2026-12-26T00:00:00+01:00', '2026-12-27T00:00:00+01:00', 'weekend'), // Sat
    ]);
  });

  it('names a closure day of the desk, without a holiday date', () => {
    const withClosure = compileCalendar({
      zone: 'Europe/Amsterdam',
      week: { mon: [['08:30', '16:30']], tue: [['08:30', '16:30']], wed: [['08:30', '16:30']] },
      closures: [{ date: '2026-03-04', name: 'Team day' }],
    });
    expect(explainWorkingTime(withClosure, at('2026-03-04T10:00:00+01:00'), at('2026-03-04T12:00:00+01:00'))).toEqual([
      span('2026-03-04T10:00:00+01:00', '2026-03-04T12:00:00+01:00', 'closure', { detail: 'Team day' }), // Wed
    ]);
  });
});

describe('joinAlike', () => {
  const s = (start: number, end: number, reason: ExplainedSpan['reason'], more: Partial<ExplainedSpan> = {}): ExplainedSpan => ({
    start,
    end,
    isCounted: true,
    reason,
    ...more,
  });

  it('joins touching spans that say the same, however many', () => {
    expect(joinAlike([s(0, 10, 'working'), s(10, 20, 'working'), s(20, 30, 'working')])).toEqual([s(0, 30, 'working')]);
  });

  it.each([
    ['a gap between them', [s(0, 10, 'working'), s(11, 20, 'working')]],
    ['another reason', [s(0, 10, 'night'), s(10, 20, 'weekend')]],
    ['another detail', [s(0, 10, 'holiday', { detail: 'A' }), s(10, 20, 'holiday', { detail: 'B' })]],
    ['one counted, one not', [s(0, 10, 'paused'), s(10, 20, 'paused', { isCounted: false })]],
    ['one past, one projected', [s(0, 10, 'working'), s(10, 20, 'working', { isProjected: true })]],
  ])('keeps spans apart with %s', (_why, spans) => {
    expect(joinAlike(spans)).toEqual(spans);
  });

  it('gives nothing for nothing', () => {
    expect(joinAlike([])).toEqual([]);
  });
});

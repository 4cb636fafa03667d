import { describe, expect, it } from 'vitest';
import { connectEngage } from '../policy/presets/connect-engage';
import { scope4mation } from '../policy/presets/scope4mation';
import { at, HOUR, MINUTE } from '../test-support/instants';
import { InputError } from '../validation/issues';
import { ConsultancyTestDesk } from './consultancy-test-desk';
import { changeRate, createEngagement, editEntry, logTime, recordApproval, splitEntry, startTimer, stopTimer } from './engagement-commands';
import { checkAgainstApproval, engagementTotals, LONG_TIMER_MS, timerMinutes } from './engagement-totals';

const MON_0900 = at('2026-03-02T09:00:00+01:00'); // Monday
const base = { customerId: 'cus-1', contractId: 'con-1', title: 'Migration advice' } as const;

function issuesOf(fn: () => unknown): unknown[] {
  try {
    fn();
  } catch (error) {
    if (error instanceof InputError) return error.issues.map((i) => ({ field: i.field, code: i.code }));
    throw error;
  }
  throw new Error('expected an InputError');
}

function deskWith(rateType: 'support' | 'qaas' | 'non_qixium' = 'support') {
  const desk = new ConsultancyTestDesk();
  desk.write(createEngagement({ ...base, ticketId: 'tk-1', rateType }, scope4mation, 'eng-1', MON_0900), MON_0900);
  return desk;
}

describe('createEngagement', () => {
  it("takes the rate and block from the contract's rate card", () => {
    const desk = deskWith('qaas');
    expect(desk.engagement('eng-1')).toMatchObject({ rateType: 'qaas', centsPerHour: 15_000, blockMinutes: 240, ticketId: 'tk-1', approval: null });
  });

  it('keeps an edited rate, and the rate can change later', () => {
    const desk = new ConsultancyTestDesk();
    desk.write(createEngagement({ ...base, rateType: 'non_qixium', centsPerHour: 22_500 }, scope4mation, 'eng-1', MON_0900), MON_0900);
    expect(desk.engagement('eng-1')).toMatchObject({ centsPerHour: 22_500, blockMinutes: 480 });
    desk.write(changeRate(desk.engagement('eng-1'), 24_000, MON_0900 + HOUR), MON_0900 + HOUR);
    expect(desk.engagement('eng-1').centsPerHour).toBe(24_000);
  });

  it('names the field of each problem', () => {
    expect(issuesOf(() => createEngagement({ ...base, title: ' ', rateType: 'support' }, scope4mation, 'e', MON_0900))).toEqual([
      { field: 'title', code: 'empty' },
    ]);
    expect(issuesOf(() => createEngagement({ ...base, rateType: 'support' }, connectEngage, 'e', MON_0900))).toEqual([{ field: 'rateType', code: undefined }]);
    expect(issuesOf(() => createEngagement({ ...base, rateType: 'support', centsPerHour: 1.5 }, scope4mation, 'e', MON_0900))).toEqual([
      { field: 'centsPerHour', code: 'wrong_type.int' },
    ]);
  });
});

describe('recordApproval', () => {
  it('records who, when, how and for how many hours', () => {
    const desk = deskWith();
    const approvedAt = MON_0900 - 2 * HOUR;
    desk.write(
      recordApproval(
        desk.engagement('eng-1'),
        { approvedBy: 'J. Jansen', approvedAt, method: 'email', approvedHours: 7.5, reference: 'RE: quote 12' },
        MON_0900,
      ),
      MON_0900,
    );
    expect(desk.engagement('eng-1').approval).toEqual({
      approvedBy: 'J. Jansen',
      approvedAt,
      method: 'email',
      approvedMinutes: 450,
      reference: 'RE: quote 12',
      recordedAt: MON_0900,
    });
  });

  it('keeps the call of the phone log an approval by phone was given in', () => {
    const desk = deskWith();
    desk.write(
      recordApproval(desk.engagement('eng-1'), { approvedBy: 'J. Jansen', approvedAt: MON_0900, method: 'call', approvedHours: 8, callId: 'call-7' }, MON_0900),
      MON_0900,
    );
    expect(desk.engagement('eng-1').approval).toMatchObject({ method: 'call', callId: 'call-7', approvedMinutes: 480 });
  });

  it('refuses an approval dated in the future, and one without a name or hours', () => {
    const e = deskWith().engagement('eng-1');
    expect(issuesOf(() => recordApproval(e, { approvedBy: 'J', approvedAt: MON_0900 + 1, method: 'call', approvedHours: 4 }, MON_0900))).toEqual([
      { field: 'approvedAt', code: 'consultancy.approval_in_future' },
    ]);
    expect(issuesOf(() => recordApproval(e, { approvedBy: '', approvedAt: MON_0900, method: 'call', approvedHours: 0 }, MON_0900))).toEqual([
      { field: 'approvedBy', code: 'empty' },
      { field: 'approvedHours', code: 'at_least' },
    ]);
  });
});

describe('timers', () => {
  it('run one per consultant, and stopping one logs its whole minutes from its start', () => {
    const desk = deskWith();
    desk.write(createEngagement({ ...base, rateType: 'qaas' }, scope4mation, 'eng-2', MON_0900), MON_0900);
    desk.write(startTimer(desk.engagements(), desk.engagement('eng-1'), 'Ann', MON_0900), MON_0900);
    expect(issuesOf(() => startTimer(desk.engagements(), desk.engagement('eng-2'), 'Ann', MON_0900 + MINUTE))).toEqual([
      { field: 'timer', code: 'consultancy.timer_running' },
    ]);
    desk.write(startTimer(desk.engagements(), desk.engagement('eng-2'), 'Bob', MON_0900), MON_0900);
    // The running timer is in the log: a restart folds it again.
    expect(desk.engagement('eng-1').timers).toEqual([{ consultant: 'Ann', startedAt: MON_0900 }]);

    const stop = MON_0900 + 2 * HOUR + 50 * MINUTE + 29_000;
    desk.write(stopTimer(desk.engagement('eng-1'), 'Ann', { description: 'Workshop' }, 'te-1', stop), stop);
    expect(desk.engagement('eng-1').timers).toEqual([]);
    expect(desk.engagement('eng-1').entries).toEqual([
      { id: 'te-1', consultant: 'Ann', workedAt: MON_0900, minutes: 170, description: 'Workshop', isRegularSupport: false },
    ]);
    expect(engagementTotals(desk.engagement('eng-1')).blockLeftMinutes).toBe(70);
    expect(issuesOf(() => stopTimer(desk.engagement('eng-1'), 'Ann', { description: 'x' }, 'te-2', stop))).toEqual([
      { field: 'timer', code: 'consultancy.no_timer' },
    ]);
  });

  it('count a timer as long after 10 hours', () => {
    expect(timerMinutes({ consultant: 'Ann', startedAt: MON_0900 }, MON_0900 + LONG_TIMER_MS)).toBe(600);
    expect(LONG_TIMER_MS).toBe(10 * HOUR);
  });
});

describe('time entries', () => {
  const log = { workedAt: MON_0900, minutes: 90, description: 'Analysis' };

  it('are edited and split while unbilled; the split-off part follows its entry', () => {
    const desk = deskWith();
    desk.write(logTime(desk.engagement('eng-1'), log, 'Ann', 'te-1', MON_0900), MON_0900);
    desk.write(logTime(desk.engagement('eng-1'), { ...log, description: 'Report' }, 'Ann', 'te-2', MON_0900), MON_0900);
    desk.write(editEntry(desk.engagement('eng-1'), 'te-1', { minutes: 100 }, MON_0900), MON_0900);
    desk.write(splitEntry(desk.engagement('eng-1'), 'te-1', 40, 'te-3', 'Travel', MON_0900), MON_0900);
    expect(desk.engagement('eng-1').entries.map((t) => [t.id, t.minutes, t.description])).toEqual([
      ['te-1', 60, 'Analysis'],
      ['te-3', 40, 'Travel'],
      ['te-2', 90, 'Report'],
    ]);
    expect(issuesOf(() => splitEntry(desk.engagement('eng-1'), 'te-1', 60, 'te-4', undefined, MON_0900))).toEqual([
      { field: 'minutes', code: 'consultancy.split_range' },
    ]);
  });

  it('keep regular support out of the chargeable time', () => {
    const desk = deskWith();
    desk.write(logTime(desk.engagement('eng-1'), { ...log, isRegularSupport: true }, 'Ann', 'te-1', MON_0900), MON_0900);
    expect(engagementTotals(desk.engagement('eng-1'))).toMatchObject({ workedMinutes: 0, regularSupportMinutes: 90, amountSoFarCents: 0 });
  });

  it('may be negative only as a correction of a billed entry', () => {
    const e = deskWith().engagement('eng-1');
    expect(issuesOf(() => logTime(e, { ...log, minutes: -30 }, 'Ann', 'te-9', MON_0900))).toEqual([{ field: 'minutes', code: 'consultancy.minutes_positive' }]);
    expect(issuesOf(() => logTime(e, { ...log, minutes: -30, correctionOf: 'te-1' }, 'Ann', 'te-9', MON_0900))).toEqual([
      { field: 'correctionOf', code: 'consultancy.correction_of_billed' },
    ]);
    expect(issuesOf(() => logTime(e, { ...log, minutes: 90.5, description: '' }, 'Ann', 'te-9', MON_0900))).toEqual([
      { field: 'minutes', code: 'wrong_type.int' },
      { field: 'description', code: 'empty' },
    ]);
  });
});

describe('checkAgainstApproval', () => {
  it('flags work beyond the approved hours before it is logged', () => {
    const desk = deskWith();
    expect(checkAgainstApproval(desk.engagement('eng-1'), 60)).toEqual({ kind: 'unapproved' });
    desk.write(
      recordApproval(desk.engagement('eng-1'), { approvedBy: 'J', approvedAt: MON_0900, method: 'signed_quote', approvedHours: 4 }, MON_0900),
      MON_0900,
    );
    desk.write(logTime(desk.engagement('eng-1'), { workedAt: MON_0900, minutes: 200, description: 'Build' }, 'Ann', 'te-1', MON_0900), MON_0900);
    expect(checkAgainstApproval(desk.engagement('eng-1'), 40)).toEqual({ kind: 'within' });
    expect(checkAgainstApproval(desk.engagement('eng-1'), 41)).toEqual({ kind: 'beyond', beyondMinutes: 1 });
  });
});

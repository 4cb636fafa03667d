import { describe, expect, it } from 'vitest';
import { connectEngage } from '../policy/presets/connect-engage';
import { scope4mation } from '../policy/presets/scope4mation';
import { at, HOUR, MINUTE } from '../test-support/instants';
import { InputError, type InputIssue } from '../validation/issues';
import { ConsultancyTestDesk } from './consultancy-test-desk';
import { changeRate, createEngagement, editEntry, logTime, openQuerySupport, recordApproval, splitEntry, startTimer, stopTimer } from './engagement-commands';
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

/** The whole refusal: the field, the English reason the CLI prints, the code and parameters a screen translates. */
function refusalOf(fn: () => unknown): readonly InputIssue[] {
  try {
    fn();
  } catch (error) {
    if (error instanceof InputError) return error.issues;
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

describe('openQuerySupport', () => {
  it('opens time that is counted, never billed, on the ticket it came from', () => {
    const desk = new ConsultancyTestDesk();
    desk.write(openQuerySupport({ ...base, ticketId: 'tk-1' }, 25, 'q-1', MON_0900), MON_0900);
    expect(desk.engagement('q-1')).toMatchObject({
      purpose: 'query_support',
      ticketId: 'tk-1',
      rateType: null,
      centsPerHour: 0,
      blockMinutes: 0,
      createdAt: MON_0900,
    });
  });

  it('is refused on a plan without a Query Support Limit, naming the contract', () => {
    expect(refusalOf(() => openQuerySupport(base, undefined, 'q-1', MON_0900))).toEqual([
      { field: 'contractId', reason: 'this plan has no Query Support Limit', code: 'consultancy.no_query_limit' },
    ]);
  });

  it('names the field of a problem', () => {
    expect(issuesOf(() => openQuerySupport({ ...base, title: ' ' }, 25, 'q-1', MON_0900))).toEqual([{ field: 'title', code: 'empty' }]);
  });
});

describe('changeRate', () => {
  it('may make the work free of charge', () => {
    const desk = deskWith();
    desk.write(changeRate(desk.engagement('eng-1'), 0, MON_0900), MON_0900);
    expect(desk.engagement('eng-1').centsPerHour).toBe(0);
  });

  it('refuses a rate that is not whole cents, or negative', () => {
    const e = deskWith().engagement('eng-1');
    const wrong = [{ field: 'centsPerHour', reason: 'must be whole cents, not negative', code: 'consultancy.rate_range' }];
    expect(refusalOf(() => changeRate(e, 1.5, MON_0900))).toEqual(wrong);
    expect(refusalOf(() => changeRate(e, -1, MON_0900))).toEqual(wrong);
  });

  it('refuses a rate on query support, which is never billed', () => {
    const desk = new ConsultancyTestDesk();
    desk.write(openQuerySupport(base, 25, 'q-1', MON_0900), MON_0900);
    expect(refusalOf(() => changeRate(desk.engagement('q-1'), 100, MON_0900))).toEqual([
      { field: 'centsPerHour', reason: 'query support is not billed', code: 'consultancy.not_billed' },
    ]);
  });
});

describe('recordApproval, in whole minutes', () => {
  const approval = { approvedBy: 'J. Jansen', approvedAt: MON_0900, method: 'email' } as const;

  it('keeps 36 seconds as a minute, and refuses 29 seconds', () => {
    const desk = deskWith();
    desk.write(recordApproval(desk.engagement('eng-1'), { ...approval, approvedHours: 0.01 }, MON_0900), MON_0900);
    expect(desk.engagement('eng-1').approval?.approvedMinutes).toBe(1);
    expect(refusalOf(() => recordApproval(desk.engagement('eng-1'), { ...approval, approvedHours: 0.008 }, MON_0900))).toEqual([
      { field: 'approvedHours', reason: 'must be at least a minute', code: 'consultancy.approval_too_small' },
    ]);
  });

  it('says why an approval dated in the future is refused', () => {
    const e = deskWith().engagement('eng-1');
    expect(refusalOf(() => recordApproval(e, { ...approval, approvedAt: MON_0900 + 1, approvedHours: 4 }, MON_0900))).toEqual([
      { field: 'approvedAt', reason: 'an approval cannot lie in the future', code: 'consultancy.approval_in_future' },
    ]);
  });
});

describe('timers of two consultants on one engagement', () => {
  it('run side by side, and stopping one leaves the other running', () => {
    const desk = deskWith();
    desk.write(startTimer(desk.engagements(), desk.engagement('eng-1'), 'Ann', MON_0900), MON_0900);
    desk.write(startTimer(desk.engagements(), desk.engagement('eng-1'), 'Bob', MON_0900 + MINUTE), MON_0900 + MINUTE);
    expect(desk.engagement('eng-1').timers).toEqual([
      { consultant: 'Ann', startedAt: MON_0900 },
      { consultant: 'Bob', startedAt: MON_0900 + MINUTE },
    ]);
    desk.write(stopTimer(desk.engagement('eng-1'), 'Ann', { description: 'Workshop' }, 'te-1', MON_0900 + HOUR), MON_0900 + HOUR);
    expect(desk.engagement('eng-1').timers).toEqual([{ consultant: 'Bob', startedAt: MON_0900 + MINUTE }]);
  });

  it('say whose timer runs where, and that one cannot stop a timer that is not theirs', () => {
    const desk = deskWith();
    desk.write(startTimer(desk.engagements(), desk.engagement('eng-1'), 'Ann', MON_0900), MON_0900);
    expect(refusalOf(() => startTimer(desk.engagements(), desk.engagement('eng-1'), 'Ann', MON_0900 + MINUTE))).toEqual([
      {
        field: 'timer',
        reason: 'Ann already has a timer running on "Migration advice"',
        code: 'consultancy.timer_running',
        params: { title: 'Migration advice' },
      },
    ]);
    expect(refusalOf(() => stopTimer(desk.engagement('eng-1'), 'Bob', { description: 'x' }, 'te-1', MON_0900 + HOUR))).toEqual([
      { field: 'timer', reason: 'no timer is running', code: 'consultancy.no_timer' },
    ]);
  });

  it('need a description to stop', () => {
    const desk = deskWith();
    desk.write(startTimer(desk.engagements(), desk.engagement('eng-1'), 'Ann', MON_0900), MON_0900);
    expect(issuesOf(() => stopTimer(desk.engagement('eng-1'), 'Ann', { description: ' ' }, 'te-1', MON_0900 + HOUR))).toEqual([
      { field: 'description', code: 'empty' },
    ]);
  });
});

describe('logging and editing time', () => {
  const log = { workedAt: MON_0900, minutes: 90, description: 'Analysis' };
  const TUE_1400 = at('2026-03-03T14:00:00+01:00'); // Tuesday

  function withEntries(...minutes: number[]) {
    const desk = deskWith();
    minutes.forEach((m, i) => desk.write(logTime(desk.engagement('eng-1'), { ...log, minutes: m }, 'Ann', `te-${i + 1}`, MON_0900), MON_0900));
    return desk;
  }

  it('refuses zero minutes', () => {
    expect(refusalOf(() => logTime(deskWith().engagement('eng-1'), { ...log, minutes: 0 }, 'Ann', 'te-1', MON_0900))).toEqual([
      { field: 'minutes', reason: 'must be more than 0 (only a correction of a billed entry may be negative)', code: 'consultancy.minutes_positive' },
    ]);
  });

  it('changes only what an edit names', () => {
    const desk = withEntries(90);
    desk.write(editEntry(desk.engagement('eng-1'), 'te-1', { description: 'Analysis and report' }, MON_0900), MON_0900);
    expect(desk.engagement('eng-1').entries).toEqual([
      { id: 'te-1', consultant: 'Ann', workedAt: MON_0900, minutes: 90, description: 'Analysis and report', isRegularSupport: false },
    ]);
    desk.write(editEntry(desk.engagement('eng-1'), 'te-1', { workedAt: TUE_1400 }, MON_0900), MON_0900);
    desk.write(editEntry(desk.engagement('eng-1'), 'te-1', { isRegularSupport: true }, MON_0900), MON_0900);
    expect(desk.engagement('eng-1').entries).toEqual([
      { id: 'te-1', consultant: 'Ann', workedAt: TUE_1400, minutes: 90, description: 'Analysis and report', isRegularSupport: true },
    ]);
  });

  it('marks query-support time as spent on an unusable product, and takes the mark off again', () => {
    const desk = new ConsultancyTestDesk();
    desk.write(openQuerySupport(base, 25, 'q-1', MON_0900), MON_0900);
    desk.write(logTime(desk.engagement('q-1'), log, 'Ann', 'te-1', MON_0900), MON_0900);
    desk.write(editEntry(desk.engagement('q-1'), 'te-1', { isProductUnusable: true }, MON_0900), MON_0900);
    expect(desk.engagement('q-1').entries[0]).toMatchObject({ minutes: 90, isProductUnusable: true });
    desk.write(editEntry(desk.engagement('q-1'), 'te-1', { isProductUnusable: false }, MON_0900), MON_0900);
    expect(desk.engagement('q-1').entries[0]).toMatchObject({ minutes: 90, isProductUnusable: false });
  });

  it('refuses an edit of an entry that does not exist, naming the field of a problem', () => {
    const desk = withEntries(90);
    expect(refusalOf(() => editEntry(desk.engagement('eng-1'), 'te-9', { minutes: 10 }, MON_0900))).toEqual([
      { field: 'entryId', reason: 'no such entry', code: 'consultancy.unknown_entry' },
    ]);
    expect(issuesOf(() => editEntry(desk.engagement('eng-1'), 'te-1', { minutes: -1 }, MON_0900))).toEqual([{ field: 'minutes', code: 'at_least' }]);
  });

  it('splits from 1 to one minute less than the entry, in whole minutes', () => {
    const desk = withEntries(60);
    const range = [{ field: 'minutes', reason: 'must be whole minutes from 1 to 59', code: 'consultancy.split_range', params: { max: 59 } }];
    for (const minutes of [0, 1.5, 60])
      expect(refusalOf(() => splitEntry(desk.engagement('eng-1'), 'te-1', minutes, 'te-2', undefined, MON_0900))).toEqual(range);
    desk.write(splitEntry(desk.engagement('eng-1'), 'te-1', 1, 'te-2', undefined, MON_0900), MON_0900);
    expect(desk.engagement('eng-1').entries.map((t) => [t.id, t.minutes, t.description])).toEqual([
      ['te-1', 59, 'Analysis'],
      ['te-2', 1, 'Analysis'],
    ]);
  });

  it('puts the split-off part right after its entry, with its own description trimmed, and it can be edited', () => {
    const desk = withEntries(90, 60);
    desk.write(splitEntry(desk.engagement('eng-1'), 'te-2', 20, 'te-3', '  Travel  ', MON_0900), MON_0900);
    desk.write(splitEntry(desk.engagement('eng-1'), 'te-1', 30, 'te-4', '   ', MON_0900), MON_0900);
    desk.write(editEntry(desk.engagement('eng-1'), 'te-3', { minutes: 25 }, MON_0900), MON_0900);
    expect(desk.engagement('eng-1').entries.map((t) => [t.id, t.minutes, t.description])).toEqual([
      ['te-1', 60, 'Analysis'],
      ['te-4', 30, 'Analysis'],
      ['te-2', 40, 'Analysis'],
      ['te-3', 25, 'Travel'],
    ]);
  });
});

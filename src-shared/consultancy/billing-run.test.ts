import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { scope4mation } from '../policy/presets/scope4mation';
import { at } from '../test-support/instants';
import { propertyRuns } from '../test-support/properties';
import { InputError, type InputIssue } from '../validation/issues';
import { amountCents, blocks } from './block-billing';
import { billingRunDrafts, committedLines, DEFAULT_VAT_PERCENT, invoiceSpecs, monthPeriod, previewBilling } from './billing-run';
import { ConsultancyTestDesk } from './consultancy-test-desk';
import { changeRate, createEngagement, editEntry, logTime, recordApproval, splitEntry } from './engagement-commands';
import { engagementTotals } from './engagement-totals';
import type { RateType } from './rate-card';

const ZONE = 'Europe/Amsterdam';
const MARCH = monthPeriod('2026-03', ZONE);
const APRIL = monthPeriod('2026-04', ZONE);
const MAR_02 = at('2026-03-02T09:00:00+01:00'); // Monday
const MAR_31_LATE = at('2026-03-31T23:30:00+02:00'); // Tuesday, still March in Amsterdam
const APR_01 = at('2026-04-01T09:00:00+02:00'); // Wednesday

function desk(rateType: RateType = 'support', customerId = 'cus-1', id = 'eng-1', d = new ConsultancyTestDesk()) {
  d.write(createEngagement({ customerId, contractId: 'con-1', title: `Work ${id}`, rateType }, scope4mation, id, MAR_02), MAR_02);
  return d;
}
const approve = (d: ConsultancyTestDesk, when: number, id = 'eng-1') =>
  d.write(recordApproval(d.engagement(id), { approvedBy: 'J. Jansen', approvedAt: when, method: 'email', approvedHours: 40 }, when), when);
const work = (d: ConsultancyTestDesk, workedAt: number, minutes: number, id = 'eng-1', extra: { correctionOf?: string; isRegularSupport?: boolean } = {}) => {
  const entryId = d.newId();
  d.write(logTime(d.engagement(id), { workedAt, minutes, description: 'Work', ...extra }, 'Ann', entryId, workedAt), Math.max(workedAt, MAR_02));
  return entryId;
};
function refusalOf(fn: () => unknown): readonly InputIssue[] {
  try {
    fn();
  } catch (error) {
    if (error instanceof InputError) return error.issues;
    throw error;
  }
  throw new Error('expected an InputError');
}
const commit = (d: ConsultancyTestDesk, period = MARCH, now = period.to, vat = DEFAULT_VAT_PERCENT) => {
  const runId = d.newId();
  d.write(billingRunDrafts(previewBilling(d.engagements(), period), runId, vat, now), now);
  return d.run(runId);
};

describe('monthPeriod', () => {
  it('runs from local midnight to local midnight in the zone (March in Amsterdam has 743 h)', () => {
    expect(MARCH).toEqual({ label: '2026-03', from: at('2026-03-01T00:00:00+01:00'), to: at('2026-04-01T00:00:00+02:00') });
    expect((MARCH.to - MARCH.from) / 3_600_000).toBe(743);
  });

  it('refuses what is not a month, naming the period', () => {
    expect(() => monthPeriod('2026-13', ZONE)).toThrow(InputError);
    // Luxon would read '+012026-03-01' (the year 12026) and '2026-03-01T10-01' (10:00 at UTC−1): the whole text must be a month.
    for (const month of ['2026-13', '2026-00', '2026-3', 'x2026-03', '2026-03x', '+012026-03', '2026-03-01T10']) {
      expect(refusalOf(() => monthPeriod(month, ZONE))).toEqual([{ field: 'period', reason: 'must be a month such as 2026-03', code: 'consultancy.month' }]);
    }
  });

  it('takes its midnights in the zone it is given (October in Amsterdam has 745 h)', () => {
    const october = monthPeriod('2026-10', ZONE);
    expect(october).toEqual({ label: '2026-10', from: at('2026-10-01T00:00:00+02:00'), to: at('2026-11-01T00:00:00+01:00') });
    expect((october.to - october.from) / 3_600_000).toBe(745);
    expect(monthPeriod('2026-12', 'America/New_York')).toEqual({
      label: '2026-12',
      from: at('2026-12-01T00:00:00-05:00'),
      to: at('2027-01-01T00:00:00-05:00'),
    });
  });
});

describe('previewBilling', () => {
  it('bills 3 h in March and 2 h in April as one half day each: blocks on the cumulative time', () => {
    const d = desk();
    approve(d, MAR_02);
    work(d, MAR_02, 180);
    commit(d, MARCH);
    work(d, APR_01, 120);
    const april = previewBilling(d.engagements(), APRIL).lines[0];
    expect(april).toMatchObject({ workedBeforeMinutes: 180, workedMinutes: 120, billedMinutes: 240, amountCents: 100_000, blockLeftMinutes: 180 });
  });

  it('keeps unapproved time waiting, then bills all of it, earlier months included, in the period of the approval', () => {
    const d = desk('qaas');
    work(d, MAR_02, 300);
    const march = previewBilling(d.engagements(), MARCH);
    expect(march.lines).toEqual([]);
    expect(march.waiting).toEqual([{ engagementId: 'eng-1', customerId: 'cus-1', title: 'Work eng-1', minutes: 300 }]);
    expect(() => commit(d, MARCH)).toThrow(/nothing to bill/);

    approve(d, APR_01);
    // An approval given after the period's end does not reach back into it.
    expect(previewBilling(d.engagements(), MARCH).lines).toEqual([]);
    work(d, APR_01, 30);
    const run = commit(d, APRIL);
    expect(committedLines(run, d.engagements())).toMatchObject([{ workedMinutes: 330, billedMinutes: 480, amountCents: 120_000, blockLeftMinutes: 150 }]);
  });

  it('counts time worked late on the last evening in its own month, in the zone', () => {
    const d = desk();
    approve(d, MAR_02);
    work(d, MAR_31_LATE, 20);
    expect(previewBilling(d.engagements(), MARCH).lines).toHaveLength(1);
  });

  it('leaves regular support out: it never reaches an invoice', () => {
    const d = desk();
    approve(d, MAR_02);
    work(d, MAR_02, 120, 'eng-1', { isRegularSupport: true });
    expect(previewBilling(d.engagements(), MARCH)).toMatchObject({ lines: [], waiting: [] });
  });
});

describe('a committed run', () => {
  it('locks the entries it billed and never bills them again; a correction is a new entry', () => {
    const d = desk();
    approve(d, MAR_02);
    const first = work(d, MAR_02, 300);
    const run = commit(d, MARCH);
    expect(run).toMatchObject({ period: '2026-03', vatPercent: 21, engagementIds: ['eng-1'], committedBy: 'Ann' });
    const e = d.engagement('eng-1');
    expect(e.entries[0]?.billedBy).toBe(run.id);
    expect(engagementTotals(e)).toMatchObject({
      workedMinutes: 300,
      billedMinutes: 480,
      billedCents: 200_000,
      blockLeftMinutes: 180,
      amountSoFarCents: 200_000,
    });

    expect(() => editEntry(e, first, { minutes: 10 }, APR_01)).toThrow(
      expect.objectContaining({ issues: [expect.objectContaining({ code: 'consultancy.entry_locked' })] }),
    );
    expect(() => splitEntry(e, first, 10, 'x', undefined, APR_01)).toThrow(InputError);
    expect(previewBilling(d.engagements(), APRIL).lines).toEqual([]);

    // 300 min were billed as 480; corrected to 210 min, the engagement is worth one block: April credits one.
    work(d, APR_01, -90, 'eng-1', { correctionOf: first });
    expect(previewBilling(d.engagements(), APRIL).lines[0]).toMatchObject({ workedMinutes: -90, billedMinutes: -240, amountCents: -100_000 });
    expect(() => logTime(d.engagement('eng-1'), { workedAt: APR_01, minutes: -211, description: 'x', correctionOf: first }, 'Ann', 'y', APR_01)).toThrow(
      /below zero/,
    );
  });

  it('ignores an edit of a billed entry that a merged log holds (written elsewhere before the run arrived)', () => {
    const d = desk();
    approve(d, MAR_02);
    const entry = work(d, MAR_02, 60);
    const stale = editEntry(d.engagement('eng-1'), entry, { minutes: 600 }, MAR_02);
    commit(d, MARCH);
    d.write(stale, APR_01);
    expect(d.engagement('eng-1').entries[0]?.minutes).toBe(60);
  });

  it('bills an unbilled entry at the rate in force at the run', () => {
    const d = desk();
    approve(d, MAR_02);
    work(d, MAR_02, 60);
    d.write(changeRate(d.engagement('eng-1'), 20_000, MAR_02), MAR_02);
    expect(committedLines(commit(d, MARCH), d.engagements())[0]).toMatchObject({ centsPerHour: 20_000, amountCents: 80_000 });
  });
});

describe('invoiceSpecs', () => {
  it('adds VAT once, on the total, rounded half-up (not per line)', () => {
    const d = desk('support', 'cus-1', 'eng-1');
    desk('support', 'cus-1', 'eng-2', d);
    desk('qaas', 'cus-2', 'eng-3', d);
    for (const id of ['eng-1', 'eng-2', 'eng-3']) {
      approve(d, MAR_02, id);
      work(d, MAR_02, 60, id);
    }
    // 3 ct/h: a half day is 12 ct; VAT per line would be 2.52 → 3 twice (6), on the total 24 × 21 % = 5.04 → 5.
    for (const id of ['eng-1', 'eng-2']) d.write(changeRate(d.engagement(id), 3, MAR_02), MAR_02);
    const run = commit(d, MARCH);
    const [first, second] = invoiceSpecs(committedLines(run, d.engagements()), run.vatPercent);
    expect(first).toMatchObject({ customerId: 'cus-1', subtotalCents: 24, vatPercent: 21, vatCents: 5, totalCents: 29 });
    expect(first?.lines.map((l) => l.engagementId)).toEqual(['eng-1', 'eng-2']);
    expect(second).toMatchObject({ customerId: 'cus-2', subtotalCents: 60_000, vatCents: 12_600, totalCents: 72_600 });
  });

  it('refuses a VAT percentage outside 0–100', () => {
    const d = desk();
    approve(d, MAR_02);
    work(d, MAR_02, 60);
    expect(() => commit(d, MARCH, MARCH.to, 101)).toThrow(InputError);
  });
});

describe('billing month by month', () => {
  const months = ['2026-01', '2026-02', '2026-03', '2026-04', '2026-05', '2026-06'].map((m) => monthPeriod(m, ZONE));

  it('bills in all the blocks of all the time at once, whatever the months, the entries and the moment of approval', () => {
    fc.assert(
      fc.property(
        fc.constantFrom<RateType>('support', 'qaas', 'non_qixium'),
        fc.array(fc.tuple(fc.integer({ min: 0, max: 5 }), fc.integer({ min: 1, max: 600 })), { minLength: 1, maxLength: 12 }),
        fc.integer({ min: 0, max: 5 }),
        (rate, entries, approvalMonth) => {
          const d = new ConsultancyTestDesk();
          const start = months[0]!.from;
          d.write(createEngagement({ customerId: 'c', contractId: 'k', title: 'T', rateType: rate }, scope4mation, 'eng-1', start), start);
          let billed = 0;
          let cents = 0;
          months.forEach((month, i) => {
            if (i === approvalMonth) approve(d, month.from);
            for (const [m, minutes] of entries) if (m === i) work(d, month.from + 3_600_000, minutes);
            const preview = previewBilling(d.engagements(), month);
            for (const line of preview.lines) {
              billed += line.billedMinutes;
              cents += line.amountCents;
              expect(Number.isInteger(line.amountCents)).toBe(true);
            }
            if (preview.lines.length > 0) commit(d, month);
          });
          const rule = { blockMinutes: d.engagement('eng-1').blockMinutes, centsPerHour: d.engagement('eng-1').centsPerHour };
          const all = entries.reduce((sum, [, m]) => sum + m, 0);
          expect(billed).toBe(blocks(all, rule));
          expect(cents).toBe(amountCents(blocks(all, rule), rule));
          expect(engagementTotals(d.engagement('eng-1')).billedCents).toBe(cents);
        },
      ),
      propertyRuns(150),
    );
  });
});

describe('the edges of a period', () => {
  const APR_00 = at('2026-04-01T00:00:00+02:00'); // Wednesday, the first instant of April in Amsterdam

  it('bills time worked at the first instant of the next month in that month', () => {
    const d = desk();
    approve(d, MAR_02);
    work(d, APR_00, 60);
    expect(previewBilling(d.engagements(), MARCH)).toMatchObject({ lines: [], waiting: [] });
    expect(previewBilling(d.engagements(), APRIL).lines).toMatchObject([{ workedMinutes: 60, billedMinutes: 240 }]);
  });

  it('keeps time waiting when the approval came at the first instant of the next month', () => {
    const d = desk();
    work(d, MAR_02, 60);
    approve(d, APR_00);
    expect(previewBilling(d.engagements(), MARCH)).toMatchObject({
      lines: [],
      waiting: [{ engagementId: 'eng-1', customerId: 'cus-1', title: 'Work eng-1', minutes: 60 }],
    });
  });

  it('refuses a run with nothing to bill, naming the period', () => {
    const d = desk();
    expect(refusalOf(() => billingRunDrafts(previewBilling(d.engagements(), MARCH), 'run-1', 21, MARCH.to))).toEqual([
      { field: 'period', reason: 'nothing to bill in this period', code: 'consultancy.nothing_to_bill' },
    ]);
  });
});

describe('the VAT of a run', () => {
  function preview() {
    const d = desk();
    approve(d, MAR_02);
    work(d, MAR_02, 60);
    return previewBilling(d.engagements(), MARCH);
  }
  const vatOf = (vat: number) => billingRunDrafts(preview(), 'run-1', vat, MARCH.to).at(-1)?.payload['vatPercent'];

  it('may be anything from 0 to 100 %', () => {
    expect(vatOf(0)).toBe(0);
    expect(vatOf(9)).toBe(9);
    expect(vatOf(100)).toBe(100);
  });

  it('is refused below 0 or above 100 %', () => {
    const wrong = [{ field: 'vatPercent', reason: 'must be from 0 to 100', code: 'consultancy.vat_range' }];
    expect(refusalOf(() => vatOf(-1))).toEqual(wrong);
    expect(refusalOf(() => vatOf(100.5))).toEqual(wrong);
    expect(refusalOf(() => vatOf(Number.NaN))).toEqual(wrong);
  });
});

describe('the ticket of an engagement', () => {
  it('is named on its line, before and after the run', () => {
    const d = new ConsultancyTestDesk();
    d.write(
      createEngagement({ customerId: 'cus-1', contractId: 'con-1', ticketId: 'tk-7', title: 'Upgrade', rateType: 'support' }, scope4mation, 'eng-1', MAR_02),
      MAR_02,
    );
    desk('support', 'cus-1', 'eng-2', d);
    for (const id of ['eng-1', 'eng-2']) {
      approve(d, MAR_02, id);
      work(d, MAR_02, 60, id);
    }
    const [withTicket, without] = previewBilling(d.engagements(), MARCH).lines;
    expect(withTicket).toMatchObject({ engagementId: 'eng-1', ticketId: 'tk-7' });
    expect(without).not.toHaveProperty('ticketId');
    const [first, second] = committedLines(commit(d, MARCH), d.engagements());
    expect(first).toMatchObject({ engagementId: 'eng-1', ticketId: 'tk-7' });
    expect(second).not.toHaveProperty('ticketId');
  });
});

describe('runs month after month', () => {
  it('keep what each billed: its entries, its figures and its moment', () => {
    const d = desk();
    approve(d, MAR_02);
    const march = [work(d, MAR_02, 60), work(d, MAR_02, 120)];
    const marchRun = commit(d, MARCH);
    const april = work(d, APR_01, 300);
    const aprilRun = commit(d, APRIL);

    expect(d.run(marchRun.id)).toEqual({
      id: marchRun.id,
      period: '2026-03',
      periodFrom: at('2026-03-01T00:00:00+01:00'),
      periodTo: at('2026-04-01T00:00:00+02:00'),
      vatPercent: 21,
      committedAt: at('2026-04-01T00:00:00+02:00'),
      committedBy: 'Ann',
      engagementIds: ['eng-1'],
    });
    // 180 min in March: one half day (240 min, €1,000); 300 min more in April: 480 min in all, one half day more.
    expect(d.engagement('eng-1').billings).toEqual([
      {
        runId: marchRun.id,
        period: '2026-03',
        committedAt: at('2026-04-01T00:00:00+02:00'),
        workedBeforeMinutes: 0,
        workedMinutes: 180,
        billedMinutes: 240,
        blockLeftMinutes: 60,
        centsPerHour: 25_000,
        amountCents: 100_000,
      },
      {
        runId: aprilRun.id,
        period: '2026-04',
        committedAt: at('2026-05-01T00:00:00+02:00'),
        workedBeforeMinutes: 180,
        workedMinutes: 300,
        billedMinutes: 240,
        blockLeftMinutes: 0,
        centsPerHour: 25_000,
        amountCents: 100_000,
      },
    ]);
    expect(committedLines(marchRun, d.engagements())).toMatchObject([{ entryIds: march, workedBeforeMinutes: 0, workedMinutes: 180 }]);
    expect(committedLines(aprilRun, d.engagements())).toMatchObject([{ entryIds: [april], workedBeforeMinutes: 180, workedMinutes: 300 }]);
  });

  it('leave out an engagement whose billing the rows given do not hold (rows from before the run, or none)', () => {
    const d = desk();
    approve(d, MAR_02);
    work(d, MAR_02, 60);
    const before = d.engagements();
    const run = commit(d, MARCH);
    expect(committedLines(run, before)).toEqual([]);
    expect(committedLines(run, [])).toEqual([]);
  });

  it('bill an entry once when two workstations committed the same month: it stays with the first run', () => {
    const d = desk();
    approve(d, MAR_02);
    const entry = work(d, MAR_02, 60);
    const preview = previewBilling(d.engagements(), MARCH);
    d.write(billingRunDrafts(preview, 'run-a', 21, MARCH.to), MARCH.to);
    d.write(billingRunDrafts(preview, 'run-b', 21, MARCH.to), MARCH.to + 1);
    expect(d.engagement('eng-1').entries).toEqual([
      { id: entry, consultant: 'Ann', workedAt: MAR_02, minutes: 60, description: 'Work', isRegularSupport: false, billedBy: 'run-a' },
    ]);
  });
});

describe('corrections', () => {
  it('are kept with the entry they correct, and may bring the time down to zero but not below', () => {
    const d = desk();
    approve(d, MAR_02);
    const first = work(d, MAR_02, 90);
    commit(d, MARCH);
    const correction = work(d, APR_01, -90, 'eng-1', { correctionOf: first });
    expect(d.engagement('eng-1').entries.find((t) => t.id === correction)).toMatchObject({ minutes: -90, correctionOf: first });
    expect(engagementTotals(d.engagement('eng-1')).workedMinutes).toBe(0);
    expect(
      refusalOf(() => logTime(d.engagement('eng-1'), { workedAt: APR_01, minutes: -1, description: 'x', correctionOf: first }, 'Ann', 'y', APR_01)),
    ).toEqual([{ field: 'minutes', reason: "would take the engagement's time below zero", code: 'consultancy.below_zero' }]);
  });

  it('correct a billed entry only: an unbilled one is edited', () => {
    const d = desk();
    approve(d, MAR_02);
    work(d, MAR_02, 90);
    commit(d, MARCH);
    const unbilled = work(d, APR_01, 30);
    expect(
      refusalOf(() => logTime(d.engagement('eng-1'), { workedAt: APR_01, minutes: -10, description: 'x', correctionOf: unbilled }, 'Ann', 'y', APR_01)),
    ).toEqual([
      { field: 'correctionOf', reason: 'only a billed entry is corrected by a new entry; edit an unbilled one', code: 'consultancy.correction_of_billed' },
    ]);
  });

  it('are the way to change a billed entry, which is locked', () => {
    const d = desk();
    approve(d, MAR_02);
    const first = work(d, MAR_02, 90);
    commit(d, MARCH);
    expect(refusalOf(() => editEntry(d.engagement('eng-1'), first, { minutes: 10 }, APR_01))).toEqual([
      { field: 'entryId', reason: 'a billed entry is locked: log a correction instead', code: 'consultancy.entry_locked' },
    ]);
  });
});

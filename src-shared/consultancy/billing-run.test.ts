import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { scope4mation } from '../policy/presets/scope4mation';
import { at } from '../test-support/instants';
import { propertyRuns } from '../test-support/properties';
import { InputError } from '../validation/issues';
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

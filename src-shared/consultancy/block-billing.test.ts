import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { scope4mation } from '../policy/presets/scope4mation';
import { propertyRuns } from '../test-support/properties';
import { amountCents, billPeriod, blocks, vatCents, type BlockRule } from './block-billing';
import { blockRuleOf } from './rate-card';

// SPEC §6 and the Scope4mation SLA: Support €250/h and QaaS €150/h, half days (4 h) then blocks
// of 4 h; Non-Qixium €250/h, days (8 h) then blocks of 8 h.
const SUPPORT: BlockRule = { blockMinutes: 240, centsPerHour: 25_000 };
const QAAS: BlockRule = { blockMinutes: 240, centsPerHour: 15_000 };
const NON_QIXIUM: BlockRule = { blockMinutes: 480, centsPerHour: 25_000 };

describe('the rate card', () => {
  it.each([
    ['support', SUPPORT],
    ['qaas', QAAS],
    ['non_qixium', NON_QIXIUM],
  ] as const)('reads %s from the Scope4mation preset', (rate, rule) => {
    expect(blockRuleOf(scope4mation, rate)).toEqual(rule);
  });
});

describe('blocks', () => {
  it.each([
    [SUPPORT, 0, 0],
    [SUPPORT, 1, 240],
    [SUPPORT, 240, 240],
    [SUPPORT, 241, 480],
    [SUPPORT, 480, 480],
    [SUPPORT, 481, 720],
    [QAAS, 0, 0],
    [QAAS, 1, 240],
    [QAAS, 240, 240],
    [QAAS, 241, 480],
    [QAAS, 480, 480],
    [QAAS, 481, 720],
    [NON_QIXIUM, 0, 0],
    [NON_QIXIUM, 1, 480],
    [NON_QIXIUM, 240, 480],
    [NON_QIXIUM, 480, 480],
    [NON_QIXIUM, 481, 960],
    [NON_QIXIUM, 960, 960],
    [NON_QIXIUM, 961, 1440],
  ])('bills %o for %i worked minutes as %i minutes', (rule, worked, billed) => {
    expect(blocks(worked, rule)).toBe(billed);
  });

  it('never bills a negative amount of time: 0, or at least one block', () => {
    // SPEC §6 keeps cumulative time at zero or above; below it, blocks still answers 0, not −1 block.
    expect(blocks(-1, SUPPORT)).toBe(0);
    expect(blocks(-300, SUPPORT)).toBe(0);
  });
});

describe('billPeriod', () => {
  it('bills 3 h in March as one half day, and 2 h in April as the second half day (5 h → 8 h in all)', () => {
    const march = billPeriod(0, [180], true, SUPPORT);
    expect(march).toEqual({ workedMinutes: 180, billedMinutes: 240, amountCents: 100_000, blockLeftMinutes: 60 });
    const april = billPeriod(180, [120], true, SUPPORT);
    expect(april).toEqual({ workedMinutes: 120, billedMinutes: 240, amountCents: 100_000, blockLeftMinutes: 180 });
  });

  it.each([
    // [rule, worked before, this period, billed now]
    [SUPPORT, 240, 1, 240], // exactly one half day before; one minute more opens the next
    [SUPPORT, 239, 1, 0], // the minute fills the half day already billed
    [QAAS, 241, 239, 0], // 480 in all: still the second block
    [QAAS, 241, 240, 240],
    [NON_QIXIUM, 480, 1, 480],
    [NON_QIXIUM, 1, 479, 0],
    [NON_QIXIUM, 0, 0, 0],
  ])('across periods, %o: %i min before and %i now bill %i min', (rule, before, now, billed) => {
    expect(billPeriod(before, [now], true, rule).billedMinutes).toBe(billed);
  });

  it('bills nothing more for time that still fits in a block already billed', () => {
    expect(billPeriod(70, [100], true, SUPPORT)).toEqual({ workedMinutes: 100, billedMinutes: 0, amountCents: 0, blockLeftMinutes: 70 });
  });

  it('adds the entries of a period before it rounds', () => {
    expect(billPeriod(0, [30, 30, 30], true, QAAS)).toEqual({ workedMinutes: 90, billedMinutes: 240, amountCents: 60_000, blockLeftMinutes: 150 });
  });

  it('bills nothing while the engagement is not approved, and keeps counting its time', () => {
    expect(billPeriod(0, [300], false, SUPPORT)).toEqual({ workedMinutes: 300, billedMinutes: 0, amountCents: 0, blockLeftMinutes: 0 });
    // Approved later: all of it, earlier time included, bills in the period of the approval.
    expect(billPeriod(0, [300, 60], true, SUPPORT)).toEqual({ workedMinutes: 360, billedMinutes: 480, amountCents: 200_000, blockLeftMinutes: 120 });
  });

  it('credits the blocks a correction gives back (SPEC §6: a correction is a new entry, negative minutes)', () => {
    // 5 h were billed as 8 h (two half days); a correction of −1 h leaves 4 h: one half day, so the
    // period bills 240 − 480 = −240 minutes, −4 h × €250 = −€1,000.
    expect(billPeriod(300, [-60], true, SUPPORT)).toEqual({ workedMinutes: -60, billedMinutes: -240, amountCents: -100_000, blockLeftMinutes: 0 });
  });

  it('bills a Non-Qixium day for an hour of preparation', () => {
    expect(billPeriod(0, [60], true, NON_QIXIUM)).toEqual({ workedMinutes: 60, billedMinutes: 480, amountCents: 200_000, blockLeftMinutes: 420 });
  });

  it('bills the blocks of all the time at once, however it is split into periods', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(SUPPORT, QAAS, NON_QIXIUM),
        fc.array(fc.array(fc.integer({ min: 0, max: 600 }), { maxLength: 5 }), { minLength: 1, maxLength: 8 }),
        (rule, periods) => {
          let before = 0;
          let billed = 0;
          let cents = 0;
          for (const period of periods) {
            const bill = billPeriod(before, period, true, rule);
            billed += bill.billedMinutes;
            cents += bill.amountCents;
            before += bill.workedMinutes;
          }
          const all = periods.flat().reduce((s, m) => s + m, 0);
          expect(billed).toBe(blocks(all, rule));
          expect(cents).toBe(amountCents(blocks(all, rule), rule));
          expect(billed % rule.blockMinutes).toBe(0);
        },
      ),
      propertyRuns(300),
    );
  });
});

describe('amounts', () => {
  it('are whole cents for whole blocks', () => {
    expect(amountCents(240, SUPPORT)).toBe(100_000);
    expect(amountCents(240, QAAS)).toBe(60_000);
    expect(amountCents(480, NON_QIXIUM)).toBe(200_000);
  });

  it.each([
    [100_000, 21, 21_000],
    [12_345, 21, 2_592], // 2592.45
    [50, 21, 11], // 10.5 rounds half up
    [250, 9, 23], // 22.5 rounds half up
    [0, 21, 0],
  ])('VAT on %i ct at %d %% is %i ct, rounded half-up once on the total', (total, percent, vat) => {
    expect(vatCents(total, percent)).toBe(vat);
  });
});

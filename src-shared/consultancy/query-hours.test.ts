import { describe, expect, it } from 'vitest';
import { scope4mation } from '../policy/presets/scope4mation';
import { at } from '../test-support/instants';
import { InputError } from '../validation/issues';
import { previewBilling, monthPeriod } from './billing-run';
import { ConsultancyTestDesk } from './consultancy-test-desk';
import { changeRate, createEngagement, logTime, openQuerySupport } from './engagement-commands';
import { engagementTotals } from './engagement-totals';
import { queryHours, queryLevel } from './query-hours';

const ZONE = 'America/New_York';
const JAN_05 = at('2026-01-05T10:00:00-05:00'); // Monday
const DEC_31_LATE = at('2026-12-31T23:30:00-05:00'); // Thursday, still 2026 in New York
const BASIC_LIMIT = 25;

function konneqtDesk() {
  const d = new ConsultancyTestDesk();
  d.write(openQuerySupport({ customerId: 'cus-1', contractId: 'basic-1', ticketId: 'tk-1', title: 'Queries' }, BASIC_LIMIT, 'q-1', JAN_05), JAN_05);
  return d;
}
const log = (d: ConsultancyTestDesk, workedAt: number, minutes: number, extra: { isProductUnusable?: boolean; isRegularSupport?: boolean } = {}, id = 'q-1') =>
  d.write(logTime(d.engagement(id), { workedAt, minutes, description: 'Answer', ...extra }, 'Ann', d.newId(), workedAt), workedAt);

describe('queryLevel', () => {
  it.each([
    [1199, 1500, 'within'],
    [1200, 1500, 'warning'], // 80 % of 25 h exactly
    [1499, 1500, 'warning'],
    [1500, 1500, 'reached'],
    [2399, 3000, 'within'],
    [2400, 3000, 'warning'], // 80 % of 50 h (Enterprise)
    [3001, 3000, 'reached'],
  ] as const)('%i of %i minutes is %s', (used, limit, level) => {
    expect(queryLevel(used, limit)).toBe(level);
  });
});

describe('queryHours', () => {
  it('counts the year of a subscription, warning at 80 % and at the limit, with product-unusable work marked and left out', () => {
    const d = konneqtDesk();
    log(d, JAN_05, 19 * 60);
    expect(queryHours(d.engagements(), 'basic-1', 2026, ZONE, BASIC_LIMIT)).toMatchObject({ usedMinutes: 1140, level: 'within', limitMinutes: 1500 });
    log(d, JAN_05, 60);
    log(d, JAN_05, 600, { isProductUnusable: true });
    log(d, JAN_05, 30, { isRegularSupport: true });
    expect(queryHours(d.engagements(), 'basic-1', 2026, ZONE, BASIC_LIMIT)).toEqual({
      year: 2026,
      usedMinutes: 1200,
      excludedMinutes: 600,
      limitMinutes: 1500,
      level: 'warning',
    });
    log(d, DEC_31_LATE, 300);
    expect(queryHours(d.engagements(), 'basic-1', 2026, ZONE, BASIC_LIMIT).level).toBe('reached');
    expect(queryHours(d.engagements(), 'basic-1', 2027, ZONE, BASIC_LIMIT).usedMinutes).toBe(0);
    expect(queryHours(d.engagements(), 'other', 2026, ZONE, BASIC_LIMIT).usedMinutes).toBe(0);
  });

  it('counts from the first instant of the year in the zone, up to the first of the next', () => {
    const d = konneqtDesk();
    log(d, at('2026-01-01T00:00:00-05:00'), 60); // Thursday
    log(d, at('2027-01-01T00:00:00-05:00'), 30); // Friday
    expect(queryHours(d.engagements(), 'basic-1', 2025, ZONE, BASIC_LIMIT).usedMinutes).toBe(0);
    expect(queryHours(d.engagements(), 'basic-1', 2026, ZONE, BASIC_LIMIT).usedMinutes).toBe(60);
    expect(queryHours(d.engagements(), 'basic-1', 2027, ZONE, BASIC_LIMIT).usedMinutes).toBe(30);
  });

  it('leaves consultancy on the same contract out: it is billed, not counted', () => {
    const d = konneqtDesk();
    d.write(createEngagement({ customerId: 'cus-1', contractId: 'basic-1', title: 'Advice', rateType: 'support' }, scope4mation, 'e-1', JAN_05), JAN_05);
    log(d, JAN_05, 600, {}, 'e-1');
    log(d, JAN_05, 60);
    expect(queryHours(d.engagements(), 'basic-1', 2026, ZONE, BASIC_LIMIT).usedMinutes).toBe(60);
  });

  it('is never billed, whatever its time', () => {
    const d = konneqtDesk();
    log(d, JAN_05, 600);
    expect(previewBilling(d.engagements(), monthPeriod('2026-01', ZONE))).toMatchObject({ lines: [], waiting: [] });
    expect(engagementTotals(d.engagement('q-1'))).toMatchObject({ workedMinutes: 600, amountSoFarCents: 0, blockLeftMinutes: 0 });
    expect(() => changeRate(d.engagement('q-1'), 100, JAN_05)).toThrow(InputError);
  });

  it('is refused on a plan without a Query Support Limit, and keeps the product-unusable mark off consultancy', () => {
    expect(() => openQuerySupport({ customerId: 'c', contractId: 'k', title: 'Q' }, undefined, 'q', JAN_05)).toThrow(InputError);
    const d = new ConsultancyTestDesk();
    d.write(createEngagement({ customerId: 'c', contractId: 'k', title: 'Advice', rateType: 'support' }, scope4mation, 'e-1', JAN_05), JAN_05);
    log(d, JAN_05, 60, { isProductUnusable: true }, 'e-1');
    expect(d.engagement('e-1').entries[0]?.isProductUnusable).toBeUndefined();
  });
});

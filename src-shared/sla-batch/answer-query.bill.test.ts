import { describe, expect, it } from 'vitest';
import { answerQuery, SlaContext } from './answer-query';

const context = new SlaContext();
const bill = (q: Record<string, unknown>) => answerQuery(context, { op: 'bill', policy: 'scope4mation', ...q });

describe('the bill op', () => {
  it.each([
    ['support', false, 0, [], 0, 0, 0, 0],
    ['support', true, 0, [1], 240, 100_000, 1, 239],
    ['support', true, 0, [240], 240, 100_000, 240, 0],
    ['support', true, 0, [241], 480, 200_000, 241, 239],
    ['qaas', true, 0, [120, 60], 240, 60_000, 180, 60],
    ['qaas', true, 180, [120], 240, 60_000, 120, 180],
    ['non_qixium', true, 0, [60], 480, 200_000, 60, 420],
    ['non_qixium', true, 480, [1], 480, 200_000, 1, 479],
    ['non_qixium', true, 470, [10], 0, 0, 10, 0],
    ['support', false, 0, [300], 0, 0, 300, 0],
  ] as const)('%s, approved %s, %i min before, this period %j → %i min, %i ct', (rate, approved, before, minutes, billed, cents, worked, left) => {
    expect(bill({ rate, approved, workedBeforeMinutes: before, minutes })).toEqual({
      billedMinutes: billed,
      amountCents: cents,
      workedMinutes: worked,
      blockLeftMinutes: left,
    });
  });

  it('takes workedBeforeMinutes as 0 when left out', () => {
    expect(bill({ rate: 'support', approved: true, minutes: [30] })).toEqual({
      billedMinutes: 240,
      amountCents: 100_000,
      workedMinutes: 30,
      blockLeftMinutes: 210,
    });
  });

  it.each([
    [{ rate: 'gold', approved: true, minutes: [] }, 'rate: must be one of support, qaas, non_qixium'],
    [{ rate: 'support', approved: 'yes', minutes: [] }, 'approved: must be true or false'],
    [{ rate: 'support', approved: true, minutes: [30, -5] }, 'minutes[1]: must not be negative'],
    [{ rate: 'support', approved: true, minutes: [1.5] }, 'minutes[0]: must be a whole number of minutes'],
    [{ rate: 'support', approved: true, workedBeforeMinutes: -1, minutes: [] }, 'workedBeforeMinutes: must not be negative'],
    [{ rate: 'support', approved: true, minutes: [], policy: 'connect-engage' }, 'rate: Connect & Engage SLA has no consultancy rate "support"'],
    [{ rate: 'support', approved: true, minutes: [], extra: 1 }, 'extra: unknown field'],
  ])('answers %j with an error naming the field', (q, error) => {
    expect(bill(q)).toEqual({ error });
  });
});

import { describe, expect, it } from 'vitest';
import { scope4mation } from '../policy/presets/scope4mation';
import { at } from '../test-support/instants';
import { billingRunDrafts, monthPeriod, previewBilling } from './billing-run';
import { ConsultancyTestDesk } from './consultancy-test-desk';
import { createEngagement, logTime, openQuerySupport, recordApproval } from './engagement-commands';
import { checkAgainstApproval, engagementTotals } from './engagement-totals';

const MAR_02 = at('2026-03-02T09:00:00+01:00'); // Monday
const APR_01 = at('2026-04-01T09:00:00+02:00'); // Wednesday
const MARCH = monthPeriod('2026-03', 'Europe/Amsterdam');

function desk(open: (d: ConsultancyTestDesk) => void) {
  const d = new ConsultancyTestDesk();
  open(d);
  return d;
}
const consultancy = () =>
  desk((d) =>
    d.write(createEngagement({ customerId: 'cus-1', contractId: 'con-1', title: 'Advice', rateType: 'support' }, scope4mation, 'eng-1', MAR_02), MAR_02),
  );
const querySupport = () => desk((d) => d.write(openQuerySupport({ customerId: 'cus-1', contractId: 'con-1', title: 'Queries' }, 25, 'eng-1', MAR_02), MAR_02));
const work = (d: ConsultancyTestDesk, minutes: number, isRegularSupport = false, when = MAR_02) =>
  d.write(logTime(d.engagement('eng-1'), { workedAt: when, minutes, description: 'Work', isRegularSupport }, 'Ann', d.newId(), when), when);
const approve = (d: ConsultancyTestDesk, hours: number) =>
  d.write(recordApproval(d.engagement('eng-1'), { approvedBy: 'J. Jansen', approvedAt: MAR_02, method: 'email', approvedHours: hours }, MAR_02), MAR_02);

describe('engagementTotals', () => {
  it('shows query support as counted time only: never billed, nothing to approve', () => {
    const d = querySupport();
    work(d, 50);
    work(d, 20, true);
    expect(engagementTotals(d.engagement('eng-1'))).toEqual({
      workedMinutes: 50,
      regularSupportMinutes: 20,
      billedMinutes: 0,
      billedCents: 0,
      blockLeftMinutes: 0,
      amountSoFarCents: 0,
      isApproved: true,
      beyondApprovalMinutes: 0,
    });
  });

  it('shows regular support apart from the chargeable time', () => {
    const d = consultancy();
    work(d, 60);
    work(d, 30, true);
    expect(engagementTotals(d.engagement('eng-1'))).toMatchObject({
      workedMinutes: 60,
      regularSupportMinutes: 30,
      isApproved: false,
      beyondApprovalMinutes: 0,
    });
  });

  it('adds what the unbilled time will bill to what was billed', () => {
    const d = consultancy();
    approve(d, 10);
    work(d, 300);
    d.write(billingRunDrafts(previewBilling(d.engagements(), MARCH), 'run-1', 21, MARCH.to), MARCH.to);
    work(d, 200, false, APR_01);
    // 300 min billed as two half days (€2,000); 500 min in all fill three: one more, €1,000.
    expect(engagementTotals(d.engagement('eng-1'))).toEqual({
      workedMinutes: 500,
      regularSupportMinutes: 0,
      billedMinutes: 480,
      billedCents: 200_000,
      blockLeftMinutes: 220,
      amountSoFarCents: 300_000,
      isApproved: true,
      beyondApprovalMinutes: 0,
    });
  });

  it('counts the chargeable time beyond the approved hours', () => {
    const d = consultancy();
    approve(d, 4);
    work(d, 200);
    expect(engagementTotals(d.engagement('eng-1'))).toMatchObject({ isApproved: true, beyondApprovalMinutes: 0 });
    work(d, 100);
    work(d, 45, true);
    expect(engagementTotals(d.engagement('eng-1'))).toMatchObject({ workedMinutes: 300, beyondApprovalMinutes: 60 });
  });
});

describe('checkAgainstApproval', () => {
  it('never flags query support, which needs no approval', () => {
    expect(checkAgainstApproval(querySupport().engagement('eng-1'), 100_000)).toEqual({ kind: 'within' });
  });
});

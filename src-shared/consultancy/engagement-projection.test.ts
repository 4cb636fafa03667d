import { describe, expect, it } from 'vitest';
import { scope4mation } from '../policy/presets/scope4mation';
import { at, MINUTE } from '../test-support/instants';
import { billingRunDrafts, monthPeriod, previewBilling } from './billing-run';
import { ConsultancyTestDesk } from './consultancy-test-desk';
import { createEngagement, logTime, openQuerySupport, recordApproval } from './engagement-commands';
import { billingRunFromLog, engagementFromLog } from './engagement-projection';

const MAR_02 = at('2026-03-02T09:00:00+01:00'); // Monday
const MARCH = monthPeriod('2026-03', 'Europe/Amsterdam');
const entry = { consultant: 'Ann', workedAt: MAR_02, description: 'Analysis', isRegularSupport: false };

function desk() {
  const d = new ConsultancyTestDesk();
  d.write(createEngagement({ customerId: 'cus-1', contractId: 'con-1', title: 'Advice', rateType: 'support' }, scope4mation, 'eng-1', MAR_02), MAR_02);
  return d;
}
/** Writes an event as another workstation would have, before this one's events arrived there (a merged log). */
const merged = (d: ConsultancyTestDesk, kind: string, payload: Record<string, unknown>) =>
  d.write({ kind, stream: 'eng-1', payload: { at: MAR_02, ...payload } }, MAR_02);
const logged = (d: ConsultancyTestDesk, entryId: string, minutes: number) =>
  d.write(logTime(d.engagement('eng-1'), { workedAt: MAR_02, minutes, description: 'Analysis' }, 'Ann', entryId, MAR_02), MAR_02);
const minutesOf = (d: ConsultancyTestDesk) => d.engagement('eng-1').entries.map((t) => [t.id, t.minutes]);

describe('engagementFromLog', () => {
  it('gives no row until the stream holds the event that opens it', () => {
    const d = new ConsultancyTestDesk();
    d.write({ kind: 'engagement.time_logged', stream: 'eng-1', payload: { at: MAR_02, entryId: 'te-1', minutes: 60, ...entry } }, MAR_02);
    expect(engagementFromLog('eng-1', d.events)).toBeNull();
    expect(engagementFromLog('eng-1', [])).toBeNull();
  });

  it('keeps one timer per consultant when two workstations started it: the first start counts', () => {
    const d = desk();
    merged(d, 'engagement.timer_started', { consultant: 'Ann', at: MAR_02 });
    merged(d, 'engagement.timer_started', { consultant: 'Ann', at: MAR_02 + MINUTE });
    expect(d.engagement('eng-1').timers).toEqual([{ consultant: 'Ann', startedAt: MAR_02 }]);
  });

  it('takes an entry id once: a later entry under the same id is ignored', () => {
    const d = desk();
    logged(d, 'te-1', 60);
    merged(d, 'engagement.time_logged', { entryId: 'te-1', minutes: 90, ...entry });
    merged(d, 'engagement.timer_stopped', { entryId: 'te-1', startedAt: MAR_02, minutes: 120, ...entry });
    expect(minutesOf(d)).toEqual([['te-1', 60]]);
  });

  it('ignores a rate change on query support, which is never billed', () => {
    const d = new ConsultancyTestDesk();
    d.write(openQuerySupport({ customerId: 'cus-1', contractId: 'con-1', title: 'Queries' }, 25, 'eng-1', MAR_02), MAR_02);
    merged(d, 'engagement.rate_changed', { centsPerHour: 25_000 });
    expect(d.engagement('eng-1')).toMatchObject({ purpose: 'query_support', centsPerHour: 0 });
  });

  describe('a split written elsewhere that no longer fits', () => {
    const split = (d: ConsultancyTestDesk, entryId: string, minutes: number, newEntryId = 'te-9') =>
      merged(d, 'engagement.time_split', { entryId, newEntryId, minutes });

    it('is ignored when the entry was edited down to the minutes split off, or fewer', () => {
      const d = desk();
      logged(d, 'te-1', 90);
      merged(d, 'engagement.time_edited', { entryId: 'te-1', minutes: 40 });
      split(d, 'te-1', 40);
      split(d, 'te-1', 50);
      expect(minutesOf(d)).toEqual([['te-1', 40]]);
    });

    it('is ignored when its new id is taken, or its entry is unknown', () => {
      const d = desk();
      logged(d, 'te-1', 90);
      logged(d, 'te-2', 30);
      split(d, 'te-1', 20, 'te-2');
      split(d, 'te-7', 20);
      expect(minutesOf(d)).toEqual([
        ['te-1', 90],
        ['te-2', 30],
      ]);
    });

    it('is ignored when the entry was billed meanwhile', () => {
      const d = desk();
      d.write(recordApproval(d.engagement('eng-1'), { approvedBy: 'J', approvedAt: MAR_02, method: 'email', approvedHours: 8 }, MAR_02), MAR_02);
      logged(d, 'te-1', 90);
      d.write(billingRunDrafts(previewBilling(d.engagements(), MARCH), 'run-1', 21, MARCH.to), MARCH.to);
      split(d, 'te-1', 20);
      expect(minutesOf(d)).toEqual([['te-1', 90]]);
      expect(d.engagement('eng-1').entries[0]?.billedBy).toBe('run-1');
    });
  });
});

describe('billingRunFromLog', () => {
  it('gives no row for a stream without its run', () => {
    expect(billingRunFromLog('run-1', [])).toBeNull();
  });
});

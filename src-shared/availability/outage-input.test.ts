import { describe, expect, it } from 'vitest';
import { at } from '../test-support/instants';
import { outageEndIssues, outageReportIssues } from './outage-input';

const NOW = at('2026-03-07T03:00:00+01:00');

describe('outageReportIssues', () => {
  it('accepts a start up to now and either scope', () => {
    expect(outageReportIssues({ startedAt: NOW, scope: 'complete' }, NOW)).toEqual([]);
    expect(outageReportIssues({ startedAt: NOW - 1, scope: 'partial' }, NOW)).toEqual([]);
  });

  it('names the start when it is missing, unreadable or in the future, and the scope when missing', () => {
    expect(outageReportIssues({ startedAt: null, scope: '' }, NOW)).toEqual([
      { field: 'outageStartedAt', reason: 'say when the outage started', code: 'outage.start_required' },
      { field: 'outageScope', reason: 'say whether nobody can use the product or it is degraded', code: 'outage.scope_required' },
    ]);
    expect(outageReportIssues({ startedAt: Number.NaN, scope: 'complete' }, NOW).map((i) => i.code)).toEqual(['outage.start_required']);
    expect(outageReportIssues({ startedAt: NOW + 1, scope: 'complete' }, NOW)).toEqual([
      { field: 'outageStartedAt', reason: 'an outage cannot start in the future', code: 'outage.start_in_future' },
    ]);
  });
});

describe('outageEndIssues', () => {
  const start = NOW - 3_600_000;
  it('accepts an end from the start up to now', () => {
    expect(outageEndIssues(start, start, NOW)).toEqual([]);
    expect(outageEndIssues(NOW, start, NOW)).toEqual([]);
  });

  it('refuses a missing end, one before the start and one in the future, naming the field', () => {
    expect(outageEndIssues(null, start, NOW)).toEqual([{ field: 'outageEndedAt', reason: 'say when the outage ended', code: 'outage.end_required' }]);
    expect(outageEndIssues(Number.NaN, start, NOW).map((i) => i.code)).toEqual(['outage.end_required']);
    expect(outageEndIssues(start - 1, start, NOW)).toEqual([
      { field: 'outageEndedAt', reason: 'an outage cannot end before it started', code: 'outage.end_before_start' },
    ]);
    expect(outageEndIssues(NOW + 1, start, NOW)).toEqual([
      { field: 'outageEndedAt', reason: 'an outage cannot end in the future', code: 'outage.end_in_future' },
    ]);
  });
});

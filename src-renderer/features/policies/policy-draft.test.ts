import { describe, expect, it } from 'vitest';
import { checkPolicyVersion, presetVersion } from '../../../src-shared/policy/desk-policy';
import type { InputError } from '../../../src-shared/validation/issues';
import {
  draftFrom,
  isAroundTheClock,
  parseWindowsText,
  planCalendar,
  setAroundTheClock,
  setAtRiskPercent,
  setClosures,
  setPaused,
  setReplyTerm,
  setTarget,
  setWeekday,
  targetText,
  windowsText,
} from './policy-draft';

const scope = () => draftFrom(presetVersion('scope4mation')!, null);
const issuesOf = (d: ReturnType<typeof scope>): string[] => {
  try {
    checkPolicyVersion(d.policyId, d.policy, d.calendars);
    return [];
  } catch (error) {
    return (error as InputError).issues.map((i) => `${i.field}: ${i.reason}`);
  }
};

describe('the policy draft', () => {
  it('copies the calendars the plans work on, and is a valid version as copied', () => {
    const d = scope();
    expect(Object.keys(d.calendars)).toEqual(['scope4mation-office']);
    expect(d.basedOn).toEqual({ policyId: 'scope4mation', number: 1 });
    expect(issuesOf(d)).toEqual([]);
  });

  it('a copy as a new policy takes its own id and name', () => {
    const d = draftFrom(presetVersion('konneqt')!, { id: 'acme-special', label: 'Acme special' });
    expect([d.policyId, d.policy.id, d.policy.label, d.isNew]).toEqual(['acme-special', 'acme-special', 'Acme special', true]);
    expect(Object.keys(d.calendars).sort()).toEqual(['konneqt-americas-12x5', 'konneqt-enterprise-8x5']);
    expect(issuesOf(d)).toEqual([]);
  });

  it('reads working windows as typed: commas between windows, any dash between start and end', () => {
    expect(parseWindowsText('08:30–12:00, 13:00-17:00')).toEqual([
      ['08:30', '12:00'],
      ['13:00', '17:00'],
    ]);
    expect(parseWindowsText('  ')).toEqual([]);
    expect(parseWindowsText('9-17')).toEqual([['9', '17']]);
    expect(windowsText([['09:00', '17:00']])).toBe('09:00–17:00');
    expect(windowsText(undefined)).toBe('');
  });

  it('names a badly typed window by its day, and overlapping windows', () => {
    let d = setWeekday(scope(), 'support', 'mon', parseWindowsText('9-17'));
    d = setWeekday(d, 'support', 'tue', parseWindowsText('09:00-12:00, 11:00-13:00'));
    expect(issuesOf(d)).toEqual([
      'calendars.scope4mation-office.week.mon[0][0]: must be a time "HH:MM" between 00:00 and 24:00',
      'calendars.scope4mation-office.week.mon[0][1]: must be a time "HH:MM" between 00:00 and 24:00',
      'calendars.scope4mation-office.week.tue[1]: overlaps another window of the same day',
    ]);
  });

  it('changes one plan calendar for every plan on it (Scope4mation Support and QaaS share office hours)', () => {
    const d = setWeekday(scope(), 'support', 'fri', [['09:00', '13:00']]);
    expect(planCalendar(d, 'qaas')?.week.fri).toEqual([['09:00', '13:00']]);
    expect(planCalendar(d, 'qaas')?.week.thu).toEqual([['08:30', '16:30']]);
  });

  it('sets and clears a target, keeps it on its own calendar, and counts a priority around the clock', () => {
    let d = setTarget(scope(), 'support', 'normal', 'workaround', ' 6h ');
    d = setTarget(d, 'support', 'normal', 'response', '');
    const normal = d.policy.plans[0]!.priorities.find((p) => p.id === 'normal')!;
    expect(normal.targets).toEqual({ resolution: '16h', workaround: '6h' });
    expect(targetText(normal, 'workaround')).toBe('6h');
    expect(targetText(normal, 'response')).toBe('');
    // The QaaS plan's Normal is its own.
    expect(d.policy.plans[1]!.priorities.find((p) => p.id === 'normal')!.targets).toEqual({ response: '4h', resolution: '16h' });
    d = setAroundTheClock(d, 'support', 'normal', true);
    expect(isAroundTheClock(d.policy.plans[0]!.priorities.find((p) => p.id === 'normal')!)).toBe(true);
    d = setAroundTheClock(d, 'support', 'saas_unavailable', false);
    expect(d.policy.plans[0]!.priorities.find((p) => p.id === 'saas_unavailable')!.calendar).toBeUndefined();
    expect(issuesOf(setTarget(d, 'support', 'low', 'response', '4 hours'))).toEqual([
      'policy.plans[0].priorities[0].targets.response: must be a positive duration such as "15m", "2h", "1bd" (business day) or "2bw" (business week), with at most four decimals',
    ]);
  });

  it('pauses a timer in a status and lets it run again; the at-risk share and the reply term are checked', () => {
    let d = setPaused(scope(), 'response', 'waiting_for_customer', true);
    expect(d.policy.clock.pausedIn.response).toEqual(['waiting_for_customer']);
    d = setPaused(d, 'resolution', 'waiting_for_development', false);
    expect(d.policy.clock.pausedIn.resolution).toEqual(['waiting_for_customer']);
    expect(setReplyTerm(d, '').policy.clock.replyTerm).toBeUndefined();
    expect(setReplyTerm(d, ' 5bd ').policy.clock.replyTerm).toBe('5bd');
    expect(setAtRiskPercent(d, 80).policy.clock.atRiskFraction).toBe(0.8);
    expect(issuesOf(setAtRiskPercent(d, 100))).toEqual(['policy.clock.atRiskFraction: must be above 0 and below 1']);
    expect(issuesOf(setAtRiskPercent(d, Number.NaN))).toHaveLength(1);
  });

  it('names a closure day twice, and a closure with a bad date', () => {
    const d = setClosures(scope(), 'support', [
      { date: '2026-12-24', name: 'Christmas Eve', hours: [['08:30', '12:00']] },
      { date: '2026-12-24', name: 'Again' },
      { date: '24-12-2026', name: 'Wrong' },
    ]);
    expect(issuesOf(d).sort()).toEqual([
      'calendars.scope4mation-office.closures[1].date: "2026-12-24" is also closures[0]; list each date once',
      'calendars.scope4mation-office.closures[2].date: must be a date "YYYY-MM-DD"',
    ]);
  });
});

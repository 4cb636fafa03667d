import { describe, expect, it } from 'vitest';
import { at } from '../test-support/instants';
import { isShortNotice, releaseDays } from './maintenance-notice';

describe('maintenance notice', () => {
  const starts = at('2026-03-16T22:00:00+01:00');
  it('asks a week for Scope4mation and two weeks for Connect & Engage, to the millisecond', () => {
    const weekBefore = { reason: 'maintenance' as const, startsAt: starts, announcedAt: starts - 7 * 86_400_000 };
    expect(isShortNotice(weekBefore, 'scope4mation')).toBe(false);
    expect(isShortNotice({ ...weekBefore, announcedAt: weekBefore.announcedAt + 1 }, 'scope4mation')).toBe(true);
    expect(isShortNotice(weekBefore, 'connect-engage')).toBe(true);
    expect(isShortNotice({ ...weekBefore, announcedAt: starts - 14 * 86_400_000 }, 'connect-engage')).toBe(false);
  });

  it('counts maintenance never announced as short, and asks no notice of other reasons or of Konneqt', () => {
    expect(isShortNotice({ reason: 'maintenance', startsAt: starts, announcedAt: null }, 'scope4mation')).toBe(true);
    expect(isShortNotice({ reason: 'force_majeure', startsAt: starts, announcedAt: null }, 'scope4mation')).toBe(false);
    expect(isShortNotice({ reason: 'maintenance', startsAt: starts, announcedAt: null }, 'konneqt')).toBe(false);
  });
});

describe('Scope4mation release days', () => {
  it('are the first Monday of each month, in Amsterdam', () => {
    // 1 March 2026 is a Sunday, 1 June a Monday.
    expect(releaseDays(at('2026-03-20T12:00:00+01:00'), 4)).toEqual(['2026-03-02', '2026-04-06', '2026-05-04', '2026-06-01']);
    // 23:30 UTC on 30 November is already 1 December in Amsterdam.
    expect(releaseDays(at('2026-11-30T23:30:00Z'), 1)).toEqual(['2026-12-07']);
    // 12:00 UTC on 31 March is still March in Amsterdam (already 1 April in zones well east of it, as the tests' own).
    expect(releaseDays(at('2026-03-31T12:00:00Z'), 1)).toEqual(['2026-03-02']);
  });
});

import { describe, expect, it } from 'vitest';
import { at, calendars, HOUR, iso, MINUTE } from '../test-support/instants';
import { compileCalendar } from './calendar-schema';

const office = calendars.get('scope4mation-office');
const AMS = 'Europe/Amsterdam';
const due = (start: string, ms: number, cal = office) => iso(cal.addWorkingTime(at(start), ms), cal.zone);

describe('the machine running these tests', () => {
  it('is in a zone unlike any calendar (so hidden machine-zone use fails)', () => {
    expect(Intl.DateTimeFormat().resolvedOptions().timeZone).toBe('Pacific/Chatham');
  });
});

describe('addWorkingTime on scope4mation-office (Mon–Fri 08:30–16:30 Amsterdam, NL holidays)', () => {
  it('lands on 16:30 when the time runs out exactly at closing, not on the next morning', () => {
    expect(due('2026-03-02T12:30:00+01:00', 4 * HOUR)).toBe('2026-03-02T16:30:00+01:00'); // Mon
  });
  it('carries a start at 16:29:59 over to 08:30:59 the next day', () => {
    expect(due('2026-03-02T16:29:59+01:00', MINUTE)).toBe('2026-03-03T08:30:59+01:00'); // Mon → Tue
  });
  it('starts a clock opened on a Sunday at Monday 08:30', () => {
    expect(due('2026-03-01T10:00:00+01:00', 4 * HOUR)).toBe('2026-03-02T12:30:00+01:00'); // Sun → Mon
  });
  it('starts a clock opened at night at the next opening', () => {
    expect(due('2026-03-02T22:00:00+01:00', HOUR)).toBe('2026-03-03T09:30:00+01:00'); // Mon night → Tue
  });
  it('returns the start itself for zero time, even at night', () => {
    expect(due('2026-03-02T22:00:00+01:00', 0)).toBe('2026-03-02T22:00:00+01:00');
  });

  describe('across daylight-saving changes', () => {
    it('keeps 08:30 local after the spring change (2026-03-29)', () => {
      expect(due('2026-03-27T15:30:00+01:00', 2 * HOUR)).toBe('2026-03-30T09:30:00+02:00'); // Fri → Mon
    });
    it('keeps 08:30 local after the autumn change (2026-10-25)', () => {
      expect(due('2026-10-23T16:00:00+02:00', HOUR)).toBe('2026-10-26T09:00:00+01:00'); // Fri → Mon
    });
    it('counts a full 8 h on the days around the change', () => {
      expect(office.workingTimeBetween(at('2026-03-27T08:30:00+01:00'), at('2026-03-30T16:30:00+02:00'))).toBe(16 * HOUR);
      expect(office.workingTimeBetween(at('2026-10-23T00:00:00+02:00'), at('2026-10-27T00:00:00+01:00'))).toBe(16 * HOUR);
    });
  });

  describe('over Dutch public holidays', () => {
    it("skips King's Day (Mon 2026-04-27)", () => {
      expect(due('2026-04-24T16:00:00+02:00', HOUR)).toBe('2026-04-28T09:00:00+02:00'); // Fri → Tue
    });
    it('starts a clock opened on a holiday at the next working day', () => {
      expect(due('2026-04-27T10:00:00+02:00', 30 * MINUTE)).toBe('2026-04-28T09:00:00+02:00');
    });
    it('skips Ascension Day (Thu 2026-05-14)', () => {
      expect(due('2026-05-13T12:30:00+02:00', 8 * HOUR)).toBe('2026-05-15T12:30:00+02:00'); // Wed → Fri
    });
    it('skips Whit Monday (2026-05-25)', () => {
      expect(due('2026-05-22T16:30:00+02:00', MINUTE)).toBe('2026-05-26T08:31:00+02:00'); // Fri 16:30 → Tue
    });
    it('runs from Christmas Eve over Christmas, Boxing Day and New Year into 2027', () => {
      // Thu 24th 4 h; Fri 25th, Sat 26th holidays; Mon 28–Thu 31 32 h; Fri 1 Jan holiday; Mon 4 Jan 4 h
      expect(due('2026-12-24T12:30:00+01:00', 40 * HOUR)).toBe('2027-01-04T12:30:00+01:00');
    });
    it('does not treat Good Friday or Liberation Day as holidays (SPEC §5)', () => {
      expect(office.workingTimeBetween(at('2026-04-03T00:00:00+02:00'), at('2026-04-04T00:00:00+02:00'))).toBe(8 * HOUR);
      expect(office.workingTimeBetween(at('2026-05-05T00:00:00+02:00'), at('2026-05-06T00:00:00+02:00'))).toBe(8 * HOUR);
    });
  });

  describe('backward', () => {
    it('goes back over the night', () => {
      expect(due('2026-03-03T09:30:00+01:00', -2 * HOUR)).toBe('2026-03-02T15:30:00+01:00'); // Tue → Mon
    });
    it('stops at 08:30 when the time runs out exactly at opening', () => {
      expect(due('2026-03-02T16:30:00+01:00', -8 * HOUR)).toBe('2026-03-02T08:30:00+01:00');
    });
    it('goes back over a weekend and a holiday', () => {
      expect(due('2026-04-28T09:00:00+02:00', -HOUR)).toBe('2026-04-24T16:00:00+02:00'); // Tue → Fri
    });
  });

  describe('with a weekday that differs between the machine zone and the calendar zone', () => {
    it('treats Friday 16:00 in Amsterdam as Friday (it is Saturday in Chatham)', () => {
      expect(due('2026-03-06T16:00:00+01:00', 30 * MINUTE)).toBe('2026-03-06T16:30:00+01:00');
    });
    it('treats Sunday 23:00 in Amsterdam as Sunday (it is Monday in Chatham)', () => {
      expect(due('2026-03-01T23:00:00+01:00', MINUTE)).toBe('2026-03-02T08:31:00+01:00');
    });
  });

  it('counts targets hundreds of business days long, exactly', () => {
    const start = at('2026-01-05T08:30:00+01:00'); // Mon
    const end = office.addWorkingTime(start, 500 * 8 * HOUR);
    expect(office.workingTimeBetween(start, end)).toBe(500 * 8 * HOUR);
    // An independent count: walk the working days one by one.
    const days = office.daysBetween(start, end);
    const working = days.filter((d) => d.windows.length > 0);
    expect(working).toHaveLength(500);
    expect(iso(end, AMS).slice(11, 19)).toBe('16:30:00');
    expect(working[working.length - 1]?.date).toBe(iso(end, AMS).slice(0, 10));
  });
});

describe('US calendars with observed holidays', () => {
  it('skips Friday 2026-07-03, the observed Independence Day (enterprise 8×5, New York)', () => {
    expect(due('2026-07-02T16:00:00-04:00', 2 * HOUR, calendars.get('konneqt-enterprise-8x5'))).toBe('2026-07-06T10:00:00-04:00');
  });
  it('skips it on the Americas 12×5 calendar at fixed UTC−3 too', () => {
    expect(due('2026-07-02T19:00:00-03:00', 2 * HOUR, calendars.get('konneqt-americas-12x5'))).toBe('2026-07-06T09:00:00-03:00');
  });
  it('counts a Konneqt Americas business day as 12 h and a C&E business day as 8 h', () => {
    expect(calendars.get('konneqt-americas-12x5').businessDayMs).toBe(12 * HOUR);
    expect(calendars.get('connect-engage-business').businessDayMs).toBe(8 * HOUR);
  });
});

describe('24/7', () => {
  const always = calendars.get('24x7');
  it('has no gap at midnight', () => {
    expect(due('2026-03-02T23:30:00Z', HOUR, always)).toBe('2026-03-03T00:30:00Z');
    expect(always.workingTimeBetween(at('2026-03-01T00:00:00Z'), at('2026-04-01T00:00:00Z'))).toBe(31 * 24 * HOUR);
  });
  it('counts real hours in a zone with daylight saving: no gap, no double count', () => {
    const amsAlways = compileCalendar({
      zone: AMS,
      week: Object.fromEntries(['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'].map((d) => [d, [['00:00', '24:00']]])),
    });
    expect(amsAlways.workingTimeBetween(at('2026-03-28T00:00:00+01:00'), at('2026-03-30T00:00:00+02:00'))).toBe(47 * HOUR);
    expect(amsAlways.workingTimeBetween(at('2026-10-24T00:00:00+02:00'), at('2026-10-26T00:00:00+01:00'))).toBe(49 * HOUR);
    expect(due('2026-10-25T02:30:00+02:00', HOUR, amsAlways)).toBe('2026-10-25T02:30:00+01:00');
  });
});

describe('a zone whose daylight-saving change happens at midnight (America/Santiago, 2026-09-06)', () => {
  const everyDay = (w: [string, string]) => Object.fromEntries(['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'].map((d) => [d, [w]]));
  it('runs straight from Saturday 24:00 into Sunday 01:00, which are the same instant', () => {
    const allDay = compileCalendar({ zone: 'America/Santiago', week: everyDay(['00:00', '24:00']) });
    expect(due('2026-09-05T23:30:00-04:00', HOUR, allDay)).toBe('2026-09-06T01:30:00-03:00');
    expect(allDay.workingTimeBetween(at('2026-09-05T12:00:00-04:00'), at('2026-09-06T12:00:00-03:00'))).toBe(23 * HOUR);
  });
  it('keeps office windows on the change day at their full length', () => {
    const offices = compileCalendar({ zone: 'America/Santiago', week: everyDay(['08:30', '16:30']) });
    expect(offices.workingTimeBetween(at('2026-09-06T00:00:00-04:00'), at('2026-09-07T00:00:00-03:00'))).toBe(8 * HOUR);
    expect(due('2026-09-05T16:00:00-04:00', HOUR, offices)).toBe('2026-09-06T09:00:00-03:00');
  });
});

describe('closure days added by the desk', () => {
  const cal = compileCalendar({
    zone: AMS,
    week: { mon: [['08:30', '16:30']], tue: [['08:30', '16:30']] },
    closures: [
      { date: '2026-03-02', name: 'Team day' },
      { date: '2026-03-03', name: 'Short day', hours: [['08:30', '12:00']] },
    ],
  });
  it('skips a closed day and shortens a partial one', () => {
    expect(cal.workingTimeBetween(at('2026-03-02T00:00:00+01:00'), at('2026-03-04T00:00:00+01:00'))).toBe(3.5 * HOUR);
    expect(due('2026-03-02T09:00:00+01:00', 4 * HOUR, cal)).toBe('2026-03-09T09:00:00+01:00'); // Mon → next Mon
  });
});

describe('windows with a lunch break', () => {
  const cal = compileCalendar({
    zone: AMS,
    week: {
      mon: [
        ['13:00', '17:00'],
        ['09:00', '12:00'],
      ],
    },
  });
  it('skips the break', () => {
    expect(due('2026-03-02T11:00:00+01:00', 2 * HOUR, cal)).toBe('2026-03-02T14:00:00+01:00');
  });
});

describe('nextWorkingMoment', () => {
  it('is the instant itself inside a window and the next opening outside', () => {
    expect(iso(office.nextWorkingMoment(at('2026-03-02T10:00:00+01:00')), AMS)).toBe('2026-03-02T10:00:00+01:00');
    expect(iso(office.nextWorkingMoment(at('2026-03-02T16:30:00+01:00')), AMS)).toBe('2026-03-03T08:30:00+01:00');
  });
});

describe('workingTimeBetween', () => {
  it('is negative when the range is reversed and zero when empty', () => {
    expect(office.workingTimeBetween(at('2026-03-02T12:00:00+01:00'), at('2026-03-02T10:00:00+01:00'))).toBe(-2 * HOUR);
    expect(office.workingTimeBetween(at('2026-03-02T12:00:00+01:00'), at('2026-03-02T12:00:00+01:00'))).toBe(0);
  });
  it('reaches back into earlier years', () => {
    expect(office.workingTimeBetween(at('1999-12-31T08:30:00+01:00'), at('1999-12-31T16:30:00+01:00'))).toBe(8 * HOUR);
  });
});

import { describe, expect, it } from 'vitest';
import { at } from '../test-support/instants';
import { MAX_INSTANT, parseInstant, toIsoInZone, toIsoUtc } from './instant';

// The edge between ISO-8601 text and epoch milliseconds. Expected texts are worked out by hand
// from each zone's offset on that date.

describe('toIsoInZone', () => {
  const winter = at('2026-03-02T08:00:00Z'); // Mon
  const summer = at('2026-07-01T08:00:00Z'); // Wed

  it.each([
    ['UTC', '2026-03-02T08:00:00Z'],
    ['UTC-3', '2026-03-02T05:00:00-03:00'],
    ['UTC+5:30', '2026-03-02T13:30:00+05:30'],
    ['Europe/Amsterdam', '2026-03-02T09:00:00+01:00'],
    ['America/New_York', '2026-03-02T03:00:00-05:00'],
    ['Europe/London', '2026-03-02T08:00:00+00:00'],
    ['Asia/Kathmandu', '2026-03-02T13:45:00+05:45'],
    ['Pacific/Chatham', '2026-03-02T21:45:00+13:45'],
  ])('writes Monday 2026-03-02 08:00 UTC in %s as %s', (zone, text) => {
    expect(toIsoInZone(winter, zone)).toBe(text);
  });

  it.each([
    ['UTC-3', '2026-07-01T05:00:00-03:00'],
    ['Europe/Amsterdam', '2026-07-01T10:00:00+02:00'],
    ['America/New_York', '2026-07-01T04:00:00-04:00'],
    ['Europe/London', '2026-07-01T09:00:00+01:00'],
    ['Pacific/Chatham', '2026-07-01T20:45:00+12:45'],
  ])('writes Wednesday 2026-07-01 08:00 UTC in %s, with its summer offset, as %s', (zone, text) => {
    expect(toIsoInZone(summer, zone)).toBe(text);
  });

  it('writes the local date, which may be the day before or after', () => {
    expect(toIsoInZone(at('2026-03-02T02:00:00Z'), 'UTC-3')).toBe('2026-03-01T23:00:00-03:00'); // Sun evening
    expect(toIsoInZone(at('2026-03-06T23:30:00Z'), 'Europe/Amsterdam')).toBe('2026-03-07T00:30:00+01:00'); // Sat
  });

  it('writes the instants around a daylight-saving change with the offset in force', () => {
    expect(toIsoInZone(at('2026-03-29T00:59:00Z'), 'Europe/Amsterdam')).toBe('2026-03-29T01:59:00+01:00'); // Sun
    expect(toIsoInZone(at('2026-03-29T01:00:00Z'), 'Europe/Amsterdam')).toBe('2026-03-29T03:00:00+02:00');
    expect(toIsoInZone(at('2026-10-25T00:30:00Z'), 'Europe/Amsterdam')).toBe('2026-10-25T02:30:00+02:00'); // Sun, 02:30 twice
    expect(toIsoInZone(at('2026-10-25T01:30:00Z'), 'Europe/Amsterdam')).toBe('2026-10-25T02:30:00+01:00');
    expect(toIsoInZone(at('2026-03-08T07:00:00Z'), 'America/New_York')).toBe('2026-03-08T03:00:00-04:00'); // Sun
    expect(toIsoInZone(at('2026-11-01T05:30:00Z'), 'America/New_York')).toBe('2026-11-01T01:30:00-04:00'); // Sun, 01:30 twice
    expect(toIsoInZone(at('2026-11-01T06:30:00Z'), 'America/New_York')).toBe('2026-11-01T01:30:00-05:00');
  });

  it("writes the instants around a change at 00:01 local time, as St. John's made them until 2011", () => {
    // 2010-03-14 00:01 NST (−03:30) became 01:01 NDT (−02:30): at 03:31Z, inside the quarter hour from 03:30Z.
    expect(toIsoInZone(at('2010-03-14T03:40:00Z'), 'America/St_Johns')).toBe('2010-03-14T01:10:00-02:30');
    expect(toIsoInZone(at('2010-03-14T03:30:30Z'), 'America/St_Johns')).toBe('2010-03-14T00:00:30-03:30');
  });

  it('leaves out zero milliseconds and keeps the others', () => {
    expect(toIsoInZone(at('2026-03-02T08:00:00.123Z'), 'UTC-3')).toBe('2026-03-02T05:00:00.123-03:00');
    expect(toIsoInZone(at('2026-03-02T08:00:00.010Z'), 'Europe/Amsterdam')).toBe('2026-03-02T09:00:00.010+01:00');
    expect(toIsoInZone(at('2026-03-02T08:00:00.100Z'), 'Europe/Amsterdam')).toBe('2026-03-02T09:00:00.100+01:00');
    expect(toIsoInZone(at('2026-03-02T08:00:00.001Z'), 'UTC')).toBe('2026-03-02T08:00:00.001Z');
  });

  it.each(['Mars/Olympus', '', 'UTC+'])('throws for the unknown zone %j instead of answering null', (zone) => {
    expect(() => toIsoInZone(winter, zone)).toThrow(new RegExp(`^cannot write the instant ${winter} in the zone "${zone.replace('+', '\\+')}": `));
  });

  it.each(['system', 'local', 'default'])("throws for %j, the machine's own zone, which no calendar has", (zone) => {
    expect(() => toIsoInZone(winter, zone)).toThrow(`toIsoInZone: "${zone}" is the machine's own zone, not a calendar zone`);
  });

  it('throws for an instant Luxon cannot represent', () => {
    expect(() => toIsoInZone(Number.NaN, 'UTC')).toThrow(/^cannot write the instant NaN in the zone "UTC": /);
    expect(() => toIsoInZone(9e15, 'Europe/Amsterdam')).toThrow(/^cannot write the instant 9000000000000000 in the zone "Europe\/Amsterdam": /);
  });

  it("says why it cannot write the instant, in Luxon's words", () => {
    expect(() => toIsoInZone(winter, 'Mars/Olympus')).toThrow(
      new Error(`cannot write the instant ${winter} in the zone "Mars/Olympus": the zone "Mars/Olympus" is not supported`),
    );
    // Luxon gives a reason but no explanation for these two.
    expect(() => toIsoInZone(Number.NaN, 'UTC')).toThrow(new Error('cannot write the instant NaN in the zone "UTC": invalid input'));
    expect(() => toIsoInZone(9e15, 'UTC')).toThrow(new Error('cannot write the instant 9000000000000000 in the zone "UTC": Timestamp out of range'));
  });
});

describe('toIsoUtc', () => {
  it('always writes UTC with milliseconds', () => {
    expect(toIsoUtc(at('2026-03-02T09:00:00+01:00'))).toBe('2026-03-02T08:00:00.000Z'); // Mon
    expect(toIsoUtc(at('2026-03-01T23:00:00.007-03:00'))).toBe('2026-03-02T02:00:00.007Z'); // Sun → Mon
    expect(toIsoUtc(0)).toBe('1970-01-01T00:00:00.000Z');
    expect(toIsoUtc(MAX_INSTANT - 1)).toBe('2199-12-31T23:59:59.999Z');
  });

  it('throws for an instant Luxon cannot represent instead of answering null', () => {
    expect(() => toIsoUtc(Number.NaN)).toThrow(/^cannot write the instant NaN in the zone "utc": /);
  });
});

describe('parseInstant', () => {
  it.each([
    ['2026-03-02T09:00:00+01:00', '2026-03-02T08:00:00Z'],
    ['2026-03-02T09:00:00Z', '2026-03-02T09:00:00Z'],
    ['2026-03-02T09:00:00z', '2026-03-02T09:00:00Z'],
    ['2026-03-02T09:00:00.250-03:00', '2026-03-02T12:00:00.250Z'],
    ['2026-03-02T09:00:00+0100', '2026-03-02T08:00:00Z'],
    ['2026-03-02T09:00+01', '2026-03-02T08:00:00Z'],
    ['2026-03-02T09:00:00+05:45', '2026-03-02T03:15:00Z'],
    ['2026-03-02T09:00:00+14:00', '2026-03-01T19:00:00Z'], // Kiribati, the earliest offset
    ['2026-03-02T09:00:00-12:00', '2026-03-02T21:00:00Z'], // the latest
    ['2026-03-02T09:00:00+1400', '2026-03-01T19:00:00Z'],
    ['2026-03-02T09:00-12', '2026-03-02T21:00:00Z'],
    ['2026-03-02T09:00:00-00:00', '2026-03-02T09:00:00Z'],
    ['2026-03-02T09:00:00+12:45', '2026-03-01T20:15:00Z'], // Chatham in summer
  ])('reads %j as the instant %s', (text, utc) => {
    expect(parseInstant(text)).toEqual({ ok: true, ms: at(utc) });
  });

  it.each(['2026-03-02T09:00:00', '2026-03-02', '09:00+01:00'])('refuses %j, which has no date-time with an offset', (text) => {
    expect(parseInstant(text)).toEqual({
      ok: false,
      reason: `"${text}" must be an ISO-8601 date-time with an offset, e.g. 2026-03-02T09:00:00+01:00`,
      code: 'instant.format',
      params: { text },
    });
  });

  it.each(['2026-02-30T09:00:00Z', '2026-03-02T25:00:00Z', '2026-03-02T09:60:00Z', '2026-13-02T09:00:00Z'])('refuses the impossible %j, saying why', (text) => {
    const result = parseInstant(text);
    expect(result.ok).toBe(false);
    expect(result.ok ? '' : result.reason).toMatch(new RegExp(`^"${text}" is not a valid instant \\(.+\\)$`));
  });

  it.each([
    ['2026-02-30T09:00:00Z', 'you specified 30 (of type number) as a day, which is invalid'], // no 30 February
    ['2026-03-02T25:00:00Z', 'you specified 25 (of type number) as a hour, which is invalid'],
    ['2026-03-02T09:00:00.5x+01:00', 'the input "2026-03-02T09:00:00.5x+01:00" can\'t be parsed as ISO 8601'],
    ['2026-00-15T09:00:00Z', 'you specified 0 (of type number) as a month, which is invalid'],
    ['2026-03-00T09:00:00Z', 'you specified 0 (of type number) as a day, which is invalid'],
    ['2100-02-29T09:00:00Z', 'you specified 29 (of type number) as a day, which is invalid'], // 2100 is no leap year
  ])('names what is wrong with %j', (text, why) => {
    expect(parseInstant(text)).toEqual({ ok: false, reason: `"${text}" is not a valid instant (${why})`, code: 'instant.invalid', params: { text } });
  });

  it.each([
    ['2026-03-02T09:00:00+01:59', '2026-03-02T07:01:00Z'],
    ['2026-03-02T09:00:00-0059', '2026-03-02T09:59:00Z'],
  ])('reads %j, whose offset has the last minute allowed, as the instant %s', (text, utc) => {
    expect(parseInstant(text)).toEqual({ ok: true, ms: at(utc) });
  });

  describe('at the edges of the range 1970-01-01 … 2199-12-31', () => {
    it.each([
      ['1970-01-01T00:00:00Z', '1970-01-01T00:00:00Z'], // Thu, the first instant
      ['1970-01-01T01:00:00+01:00', '1970-01-01T00:00:00Z'], // the same, written in Central Europe
      ['2199-12-31T23:59:59.999Z', '2199-12-31T23:59:59.999Z'], // Tue, the last millisecond
      ['2199-12-31T20:59:59.999-03:00', '2199-12-31T23:59:59.999Z'],
    ])('reads %j, inside the range', (text, utc) => {
      expect(parseInstant(text)).toEqual({ ok: true, ms: at(utc) });
    });

    it.each([
      '1969-12-31T23:59:59.999Z', // Wed, a millisecond early
      '1970-01-01T00:59:59.999+01:00', // the same instant, though its local date is 1970-01-01
      '2200-01-01T00:00:00Z', // Wed, the end is not included
      '2199-12-31T21:00:00-03:00', // the same instant, though its local date is 2199-12-31
      '0001-01-01T00:00:00Z',
      '9999-12-31T23:59:59Z',
    ])('refuses %j, outside it, naming the range', (text) => {
      expect(parseInstant(text)).toEqual({
        ok: false,
        reason: `"${text}" must lie between 1970-01-01 and 2199-12-31`,
        code: 'instant.range',
        params: { text, from: '1970-01-01', to: '2199-12-31' },
      });
    });
  });

  it.each([
    '2026-03-02T09:00:00+25:00',
    '2026-03-02T09:00:00+99:99',
    '2026-03-02T09:00:00+14:01',
    '2026-03-02T09:00:00+15',
    '2026-03-02T09:00:00-12:01',
    '2026-03-02T09:00:00-1300',
    '2026-03-02T09:00:00+01:60',
    '2026-03-02T09:00:00+0175',
  ])('refuses %j, whose offset is outside -12:00…+14:00 or has minutes past 59', (text) => {
    expect(parseInstant(text)).toEqual({
      ok: false,
      reason: `"${text}" must have an offset between -12:00 and +14:00, with minutes 00 to 59`,
      code: 'instant.offset',
      params: { text },
    });
  });

  it.each([42, null, undefined, { at: '2026-03-02T09:00:00Z' }])('refuses the non-string %j', (value) => {
    expect(parseInstant(value)).toEqual({ ok: false, reason: 'must be an ISO-8601 instant string', code: 'instant.not_text', params: {} });
  });

  it('reads back what toIsoInZone and toIsoUtc write', () => {
    const instant = at('2026-10-25T01:30:00.042Z');
    for (const zone of ['UTC', 'UTC-3', 'Europe/Amsterdam', 'America/New_York', 'Asia/Kathmandu']) {
      expect(parseInstant(toIsoInZone(instant, zone))).toEqual({ ok: true, ms: instant });
    }
    expect(parseInstant(toIsoUtc(instant))).toEqual({ ok: true, ms: instant });
  });
});

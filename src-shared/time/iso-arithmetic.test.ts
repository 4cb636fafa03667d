import fc from 'fast-check';
import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { at as atIso } from '../test-support/instants';
import { propertyRuns } from '../test-support/properties';
import { civilOfDays as civilFromDays, daysOfCivil as daysFromCivil } from './civil-days';
import { formatIsoAtOffset, parseCommonIso } from './iso-arithmetic';
import { MAX_INSTANT, MIN_INSTANT, parseInstant, toIsoInZone } from './instant';

const ZONES = [
  'Europe/Amsterdam',
  'America/New_York',
  'Asia/Kolkata',
  'Australia/Lord_Howe',
  'Pacific/Chatham',
  'Asia/Kathmandu',
  'America/St_Johns',
  'Etc/UTC',
  'Europe/London',
  'America/Sao_Paulo',
  'Africa/Casablanca',
  'Pacific/Apia',
];
const instant = fc.integer({ min: MIN_INSTANT, max: MAX_INSTANT - 1 });

describe('daysFromCivil and civilFromDays', () => {
  it('agree with each other and with Luxon from 1970 to 2199', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 84_000 }), (days) => {
        const { year, month, day } = civilFromDays(days);
        expect(daysFromCivil(year, month, day)).toBe(days);
        const luxon = DateTime.fromMillis(days * 86_400_000, { zone: 'utc' });
        expect([year, month, day]).toEqual([luxon.year, luxon.month, luxon.day]);
      }),
      propertyRuns(2_000),
    );
  });

  it('know the leap days: 2000-02-29 is a day, 2100-02-29 is not', () => {
    expect(civilFromDays(daysFromCivil(2000, 2, 29))).toEqual({ year: 2000, month: 2, day: 29 });
    expect(civilFromDays(daysFromCivil(2100, 2, 29))).toEqual({ year: 2100, month: 3, day: 1 });
  });
});

describe('toIsoInZone', () => {
  it('writes exactly what Luxon writes, in every kind of zone (half-hour and 45-minute offsets, DST)', () => {
    fc.assert(
      fc.property(instant, fc.constantFrom(...ZONES), (ms, zone) => {
        expect(toIsoInZone(ms, zone)).toBe(DateTime.fromMillis(ms, { zone }).toISO({ suppressMilliseconds: true }));
      }),
      propertyRuns(3_000),
    );
  });

  it('writes the moments around a change of offset as Luxon does', () => {
    // Amsterdam 2026-03-29 02:00 → 03:00 (01:00Z); New York 2026-11-01 02:00 → 01:00 (06:00Z).
    for (const [iso, zone] of [
      ['2026-03-29T01:00:00Z', 'Europe/Amsterdam'],
      ['2026-11-01T06:00:00Z', 'America/New_York'],
    ] as const) {
      const moment = atIso(iso);
      for (const ms of [moment - 1, moment, moment + 1, moment - 900_000, moment + 900_000])
        expect(toIsoInZone(ms, zone)).toBe(DateTime.fromMillis(ms, { zone }).toISO({ suppressMilliseconds: true }));
    }
  });

  it('leaves "utc" and "gmt" to Luxon, which writes Z (not the +00:00 of the IANA zones of those names)', () => {
    for (const zone of ['utc', 'UTC', 'gmt', 'GMT']) expect(toIsoInZone(0, zone)).toBe('1970-01-01T00:00:00Z');
    expect(toIsoInZone(0, 'Etc/GMT')).toBe('1970-01-01T00:00:00+00:00');
  });
});

describe('formatIsoAtOffset', () => {
  it('writes the years 0000 to 9999 itself, with four digits', () => {
    expect(formatIsoAtOffset(atIso('-000001-12-31T23:30:00Z'), 60, true)).toBe('0000-01-01T00:30:00+01:00');
    expect(formatIsoAtOffset(atIso('0999-06-01T00:00:00Z'), 60, true)).toBe('0999-06-01T01:00:00+01:00');
    expect(formatIsoAtOffset(atIso('+009999-12-31T22:30:00Z'), 60, true)).toBe('9999-12-31T23:30:00+01:00');
  });

  it('writes milliseconds with three digits', () => {
    const base = atIso('2026-03-02T08:00:00Z');
    expect([9, 10, 99, 100].map((ms) => formatIsoAtOffset(base + ms, -180, true))).toEqual(
      ['.009', '.010', '.099', '.100'].map((fraction) => `2026-03-02T05:00:00${fraction}-03:00`),
    );
  });
});

describe('toIsoInZone, outside the years 0000 to 9999', () => {
  it('writes what Luxon writes: six digits and a sign', () => {
    for (const text of ['+010000-01-01T00:00:00Z', '-000001-06-01T00:00:00Z']) {
      const ms = atIso(text);
      expect(toIsoInZone(ms, 'Etc/GMT-1')).toBe(DateTime.fromMillis(ms, { zone: 'Etc/GMT-1' }).toISO({ suppressMilliseconds: true }));
    }
    expect(toIsoInZone(atIso('+010000-01-01T00:00:00Z'), 'Etc/GMT-1')).toBe('+010000-01-01T01:00:00+01:00');
  });
});

describe('parseCommonIso', () => {
  it('reads what Luxon reads, for every offset in use and with or without seconds and milliseconds', () => {
    fc.assert(
      fc.property(instant, fc.integer({ min: -12 * 4, max: 14 * 4 }), fc.constantFrom('seconds', 'millis', 'minutes'), (ms, quarters, precision) => {
        const offset = quarters * 15;
        const rounded = precision === 'minutes' ? ms - (ms % 60_000) : precision === 'seconds' ? ms - (ms % 1000) : ms;
        const text = (formatIsoAtOffset(rounded, offset, false) as string).replace(
          precision === 'minutes' ? /:00\.000(?=[+-])/ : precision === 'seconds' ? /\.000(?=[+-])/ : /$^/,
          '',
        );
        expect(parseCommonIso(text)).toBe(DateTime.fromISO(text, { setZone: true }).toMillis());
        expect(parseCommonIso(text)).toBe(rounded);
      }),
      propertyRuns(3_000),
    );
  });

  it('leaves everything out of the ordinary to Luxon (null), so its errors still say why', () => {
    for (const text of [
      '2026-02-29T09:00:00Z',
      '2026-13-01T09:00:00Z',
      '2026-03-02T24:00:00Z',
      '2026-03-02T09:60:00Z',
      '2026-03-02T09:00:60Z',
      '2026-03-02t09:00:00z',
      '2026-03-02T09:00:00+0100',
      '2026-03-02T09:00:00.1234Z',
      '2026-03-02T09:00:00+01:70',
      '2026-00-15T09:00:00Z', // no month 0
      '2026-03-00T09:00:00Z', // no day 0
      '2100-02-29T09:00:00Z', // 2100 is no leap year: divisible by 100, not by 400
    ])
      expect(parseCommonIso(text)).toBeNull();
    expect(parseInstant('2026-02-29T09:00:00Z')).toMatchObject({ ok: false, code: 'instant.invalid' });
    expect(parseInstant('2024-02-29T09:00:00+01:00')).toEqual({ ok: true, ms: atIso('2024-02-29T08:00:00Z') });
    expect(parseInstant('2200-01-01T00:00:00Z')).toMatchObject({ ok: false, code: 'instant.range' });
  });

  it('reads the leap days and the offsets with 59 minutes itself, not leaving them to Luxon', () => {
    expect(parseCommonIso('2024-02-29T08:00:00Z')).toBe(atIso('2024-02-29T08:00:00Z'));
    expect(parseCommonIso('2000-02-29T08:00:00Z')).toBe(atIso('2000-02-29T08:00:00Z')); // divisible by 400: a leap year
    expect(parseCommonIso('2026-03-02T09:00:00+01:59')).toBe(atIso('2026-03-02T07:01:00Z'));
    expect(parseCommonIso('2026-03-02T09:00:00-00:59')).toBe(atIso('2026-03-02T09:59:00Z'));
  });

  it('reads a fraction of a second as milliseconds: .5 is 500 ms', () => {
    expect(parseCommonIso('2026-03-02T09:00:00.5Z')).toBe(atIso('2026-03-02T09:00:00.500Z'));
  });
});

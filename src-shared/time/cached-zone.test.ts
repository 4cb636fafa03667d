import { DateTime, FixedOffsetZone, IANAZone, SystemZone, type Zone } from 'luxon';
import { describe, expect, it } from 'vitest';
import { at, MINUTE } from '../test-support/instants';
import { calendarZone } from './cached-zone';

describe('calendarZone', () => {
  const amsterdam = calendarZone('Europe/Amsterdam') as Zone;
  const winter = at('2026-01-15T12:00:00Z'); // Thursday, CET (+01:00)
  const summer = at('2026-07-15T12:00:00Z'); // Wednesday, CEST (+02:00)

  it('tells Luxon what an IANA zone would: its type, name, offsets and their names', () => {
    expect([amsterdam.type, amsterdam.name, amsterdam.isUniversal, amsterdam.isValid]).toEqual(['iana', 'Europe/Amsterdam', false, true]);
    expect([amsterdam.offset(winter), amsterdam.offset(summer)]).toEqual([60, 120]);
    expect(amsterdam.formatOffset(summer, 'short')).toBe('+02:00');
    expect(amsterdam.offsetName(winter, { format: 'long', locale: 'en-US' })).toBe('Central European Standard Time');
  });

  it('lets Luxon print the zone’s name in an extended ISO text and see daylight saving time', () => {
    const local = DateTime.fromMillis(summer, { zone: amsterdam });
    expect(local.toISO({ extendedZone: true })).toBe('2026-07-15T14:00:00.000+02:00[Europe/Amsterdam]');
    expect(local.isInDST).toBe(true);
  });

  it('equals the same IANA zone only: not another IANA zone, nor a zone of another kind', () => {
    expect(amsterdam.equals(IANAZone.create('Europe/Amsterdam'))).toBe(true);
    expect(amsterdam.equals(IANAZone.create('Europe/Berlin'))).toBe(false);
    expect(amsterdam.equals(FixedOffsetZone.instance(60))).toBe(false);
    // The machine's zone has the name of an IANA zone but is of the "system" kind.
    const machine = SystemZone.instance;
    expect((calendarZone(machine.name) as Zone).equals(machine)).toBe(false);
  });

  // Offsets are remembered per quarter hour; these zones changed theirs inside one. Expected offsets
  // from the tz database (zdump): St. John's NST −03:30, NDT −02:30; Monrovia −00:44:30 until 1972.
  it('gives the offset in force at each instant of a quarter hour that St. John’s clocks changed in, whichever is asked first', () => {
    const stJohns = calendarZone('America/St_Johns') as Zone;
    const spring = at('2010-03-14T03:31:00Z'); // Sunday 00:01 NST became 01:01 NDT; the quarter hour began at 03:30Z
    expect(stJohns.offset(spring + 9 * MINUTE)).toBe(-150); // asked first: 01:10 NDT
    expect([stJohns.offset(spring - MINUTE), stJohns.offset(spring - 1), stJohns.offset(spring)]).toEqual([-210, -210, -150]);
    const autumn = at('2010-11-07T02:31:00Z'); // Sunday 00:01 NDT became Saturday 23:01 NST
    expect(stJohns.offset(autumn - MINUTE)).toBe(-150); // asked first: 00:00 NDT
    expect([stJohns.offset(autumn - 1), stJohns.offset(autumn), stJohns.offset(autumn + 13 * MINUTE)]).toEqual([-150, -210, -210]);
  });

  it('gives Monrovia’s offset of −00:44:30 up to the second it ended, on 1972-01-07 at 00:44:30 UTC', () => {
    const monrovia = calendarZone('Africa/Monrovia') as Zone;
    const end = at('1972-01-07T00:44:30Z');
    expect(monrovia.offset(end + 10_000)).toBe(0); // asked first
    expect([monrovia.offset(end - 1000), monrovia.offset(end - 14 * MINUTE)]).toEqual([-44.5, -44.5]);
  });
});

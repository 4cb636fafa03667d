import { DateTime, FixedOffsetZone, IANAZone, SystemZone, type Zone } from 'luxon';
import { describe, expect, it } from 'vitest';
import { at } from '../test-support/instants';
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
});

import { describe, expect, it } from 'vitest';
import { isValidZone, zoneProblem } from './local-time';

describe('isValidZone', () => {
  it.each([
    ['Europe/Amsterdam', true],
    ['UTC-3', true],
    ['Mars/Olympus_Mons', false],
    ['system', false],
  ])('%s: %s', (zone, expected) => {
    expect(isValidZone(zone)).toBe(expected);
  });
});

describe('zoneProblem for fixed offsets', () => {
  it('takes minutes up to 59 and refuses 60', () => {
    expect(zoneProblem('UTC+1:59')).toBeNull();
    expect(zoneProblem('UTC+1:60')).toBe('"UTC+1:60" is out of range: a fixed offset must lie between UTC-12:00 and UTC+14:00, with minutes 00 to 59');
  });
});

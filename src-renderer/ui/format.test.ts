import { describe, expect, it } from 'vitest';
import { formatInstant, formatTime } from './format';

const at = Date.UTC(2026, 2, 2, 12, 0); // Mon 2 Mar 2026 12:00 UTC

describe('formatInstant and formatTime', () => {
  it("write the instant in the calendar's zone with the zone's short name", () => {
    expect(formatInstant(at, 'Europe/Amsterdam', 'en-GB')).toBe('Mon 2 Mar 2026, 13:00 CET');
    expect(formatTime(at, 'Europe/Amsterdam', 'en-GB')).toBe('Mon 2 Mar 13:00 CET');
  });
  it('name a fixed offset by itself', () => {
    expect(formatTime(at, 'UTC-3', 'en-GB')).toBe('Mon 2 Mar 09:00 UTC-3');
  });
});

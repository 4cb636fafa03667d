import { describe, expect, it } from 'vitest';
import { MAX_INSTANT, MIN_INSTANT } from '../time/instant';
import { instant } from './payload-fields';

describe('a payload instant', () => {
  it('takes the first instant of the range and refuses the one before it', () => {
    expect(instant.safeParse(MIN_INSTANT).success).toBe(true);
    expect(instant.safeParse(MIN_INSTANT - 1).success).toBe(false);
  });

  it('takes the last millisecond before the end of the range and refuses the end itself', () => {
    expect(instant.safeParse(MAX_INSTANT - 1).success).toBe(true);
    expect(instant.safeParse(MAX_INSTANT).success).toBe(false);
  });
});

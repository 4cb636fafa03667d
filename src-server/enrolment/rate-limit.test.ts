import { describe, expect, it } from 'vitest';
import { RateLimiter } from './rate-limit';

describe('RateLimiter', () => {
  it('allows max attempts per window and key, then says how many seconds to wait', () => {
    const limit = new RateLimiter(2, 60_000);
    expect(limit.take('a', 0)).toBeNull();
    expect(limit.take('a', 10_000)).toBeNull();
    expect(limit.take('a', 20_000)).toBe(40);
    expect(limit.take('b', 20_000)).toBeNull();
    expect(limit.take('a', 60_001)).toBeNull();
  });
});

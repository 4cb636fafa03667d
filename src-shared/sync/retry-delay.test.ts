import { describe, expect, it } from 'vitest';
import { FIRST_RETRY_MS, MAX_RETRY_MS, retryDelay } from './retry-delay';

describe('retryDelay', () => {
  it('waits half a step to a whole step, doubling with each failure', () => {
    expect([retryDelay(1, 0), retryDelay(1, 0.999_999)]).toEqual([FIRST_RETRY_MS / 2, FIRST_RETRY_MS]);
    expect([retryDelay(2, 0), retryDelay(3, 0), retryDelay(4, 0.5)]).toEqual([1_000, 2_000, 6_000]);
  });

  it('never waits more than a minute, however many failures', () => {
    expect(retryDelay(7, 0.999_999)).toBe(MAX_RETRY_MS);
    expect(retryDelay(1_000, 0.999_999)).toBe(MAX_RETRY_MS);
    expect(retryDelay(1_000, 0)).toBe(MAX_RETRY_MS / 2);
  });

  it('treats attempt 0 as the first', () => {
    expect(retryDelay(0, 0)).toBe(retryDelay(1, 0));
  });
});

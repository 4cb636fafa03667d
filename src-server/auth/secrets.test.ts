import { describe, expect, it } from 'vitest';
import { bearer, CODE_ALPHABET, newEnrolmentCode, newToken, normaliseCode, sameSecret, secretHash } from './secrets';

describe('secrets', () => {
  it('makes enrolment codes of three groups of four unambiguous characters', () => {
    for (let i = 0; i < 50; i++) {
      const code = newEnrolmentCode();
      expect(code).toMatch(/^.{4}-.{4}-.{4}$/);
      for (const ch of code.replaceAll('-', '')) expect(CODE_ALPHABET).toContain(ch);
    }
    expect(CODE_ALPHABET).not.toMatch(/[01OIL]/);
  });

  it('reads a typed code the same with spaces, dashes or lower case', () => {
    expect(normaliseCode(' k7qx 2m9d-p4ta ')).toBe('K7QX2M9DP4TA');
  });

  it('makes 32-byte tokens and keeps only a SHA-256 of them', () => {
    const token = newToken();
    expect(Buffer.from(token, 'base64url')).toHaveLength(32);
    expect(secretHash(token)).toMatch(/^[0-9a-f]{64}$/);
    expect(secretHash(token)).not.toContain(token);
  });

  it('compares secrets of any length and reads the bearer token of a header', () => {
    expect(sameSecret('abc', 'abc')).toBe(true);
    expect(sameSecret('abc', 'abcd')).toBe(false);
    expect(bearer('Bearer xyz')).toBe('xyz');
    expect(bearer('Basic xyz')).toBeNull();
    expect(bearer(undefined)).toBeNull();
  });
});

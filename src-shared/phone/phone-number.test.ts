import { describe, expect, it } from 'vitest';
import { formatPhone, parsePhone } from './phone-number';

describe('parsePhone', () => {
  it.each([
    ['030 200 1234', '+31302001234'],
    ['+31 30 200 1234', '+31302001234'],
    ['06-12345678', '+31612345678'],
    ['+1 212 555 0100', '+12125550100'],
  ])('stores "%s" as %s', (text, e164) => {
    expect(parsePhone(text)).toEqual({ ok: true, e164 });
  });

  it.each(['', 'call me', '12', '030 200 12345678'])('refuses "%s", naming the field and the code', (text) => {
    const result = parsePhone(text, 'phone');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issue).toMatchObject({ field: 'phone', code: 'phone.invalid_number' });
  });
});

describe('formatPhone', () => {
  it('shows a Dutch number in the national format', () => {
    expect(formatPhone('+31302001234')).toBe('030 200 1234');
  });

  it('shows a foreign number internationally', () => {
    expect(formatPhone('+12125550100')).toBe('+1 212 555 0100');
  });

  it('keeps what it cannot read', () => {
    expect(formatPhone('nonsense')).toBe('nonsense');
  });
});

describe('parsePhone’s refusal', () => {
  it('quotes the number as typed, without the spaces around it', () => {
    const result = parsePhone('  call me ', 'callerPhone');
    expect(result).toEqual({ ok: false, issue: expect.objectContaining({ field: 'callerPhone', reason: '"call me" is not a valid phone number' }) });
  });
});

import { describe, expect, it } from 'vitest';
import { EVENT_KINDS, LEGACY_KIND_NAMES, kindDef } from './event-kinds';

const DOMAIN_FACT = /^[a-z]+\.[a-z]+(_[a-z]+)*(_v\d+)?$/;
// Past tense: the fact ends in -ed, or is one of the irregular participles Klok uses.
const PAST_TENSE = /(ed|_given|_sent|_split|\.withdrawn)(_v\d+)?$/;

describe('event kinds', () => {
  it.each(Object.keys(EVENT_KINDS))('%s reads <domain>.<fact>, past tense (directly or through the legacy alias table)', (kind) => {
    const name = Object.hasOwn(LEGACY_KIND_NAMES, kind) ? LEGACY_KIND_NAMES[kind as keyof typeof LEGACY_KIND_NAMES] : kind;
    expect(name).toMatch(DOMAIN_FACT);
    expect(name).toMatch(PAST_TENSE);
  });

  it('maps every legacy ticket kind to a ticket.* name that is not itself a kind', () => {
    for (const [legacy, name] of Object.entries(LEGACY_KIND_NAMES)) {
      expect(kindDef(legacy)?.projection).toBe('ticket');
      expect(name).toBe(`ticket.${legacy}`);
      expect(kindDef(name)).toBeUndefined();
    }
  });

  it('knows no kind through the prototype chain', () => {
    expect(kindDef('toString')).toBeUndefined();
    expect(kindDef('constructor')).toBeUndefined();
  });

  it('checks payloads: an instant outside 1970–2199 is refused with its field', () => {
    const result = EVENT_KINDS['customer.added'].payload.safeParse({ at: -1, name: 'Acme' });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(['at']);
    expect(EVENT_KINDS['customer.added'].payload.safeParse({ at: 7_258_118_400_000, name: 'Acme' }).success).toBe(false);
    expect(EVENT_KINDS['customer.added'].payload.safeParse({ at: 7_258_118_399_999, name: 'Acme' }).success).toBe(true);
  });

  it('refuses a field the kind does not know', () => {
    const result = EVENT_KINDS.status_changed.payload.safeParse({ at: 0, stauts: 'closed', status: 'closed' });
    expect(result.success).toBe(false);
  });
});

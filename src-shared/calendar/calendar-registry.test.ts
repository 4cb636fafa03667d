import { describe, expect, it } from 'vitest';
import { InputError } from '../validation/issues';
import { CalendarRegistry } from './calendar-registry';

describe('CalendarRegistry', () => {
  const spec = { zone: 'UTC', week: { mon: [['09:00', '17:00']] as const } };
  const registry = new CalendarRegistry({ alpha: spec, beta: spec });

  it('knows its calendars by id, in the order given', () => {
    expect([registry.has('alpha'), registry.has('gamma')]).toEqual([true, false]);
    expect(registry.ids()).toEqual(['alpha', 'beta']);
  });

  it('knows the five built-in calendars by default', () => {
    expect(new CalendarRegistry().ids()).toEqual(['scope4mation-office', 'connect-engage-business', 'konneqt-americas-12x5', 'konneqt-enterprise-8x5', '24x7']);
  });

  it('refuses an unknown id, naming the field and the calendars it knows', () => {
    let refusal: unknown;
    try {
      registry.get('gamma', 'plans[0].calendar');
    } catch (error) {
      refusal = error;
    }
    expect(refusal).toBeInstanceOf(InputError);
    expect((refusal as InputError).issues).toEqual([{ field: 'plans[0].calendar', reason: 'unknown calendar "gamma"; known: alpha, beta' }]);
  });

  it('names the field "calendar" when the caller names none', () => {
    expect(() => registry.get('gamma')).toThrow(expect.objectContaining({ issues: [expect.objectContaining({ field: 'calendar' })] }));
  });
});

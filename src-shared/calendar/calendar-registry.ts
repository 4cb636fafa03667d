import { InputError } from '../validation/issues';
import { BUILTIN_CALENDARS } from './builtin-calendars';
import type { CalendarSpec } from './calendar-spec';
import { compileCalendar } from './calendar-schema';
import type { WorkingCalendar } from './working-calendar';

/**
 * Compiled calendars by id. Compiling is the expensive, validating step; a registry does it
 * once per calendar and keeps the compiled timeline (and its caches) warm.
 */
export class CalendarRegistry {
  private readonly specs = new Map<string, CalendarSpec>();
  private readonly compiled = new Map<string, WorkingCalendar>();

  constructor(specs: Readonly<Record<string, CalendarSpec>> = BUILTIN_CALENDARS) {
    for (const [id, spec] of Object.entries(specs)) this.specs.set(id, spec);
  }

  has(id: string): boolean {
    return this.specs.has(id);
  }

  ids(): string[] {
    return [...this.specs.keys()];
  }

  /** The compiled calendar; throws an InputError naming `field` when the id is unknown. */
  get(id: string, field = 'calendar'): WorkingCalendar {
    const known = this.compiled.get(id);
    if (known) return known;
    const spec = this.specs.get(id);
    if (!spec) throw new InputError([{ field, reason: `unknown calendar "${id}"; known: ${this.ids().join(', ')}` }]);
    const calendar = compileCalendar({ ...spec, id }, field);
    this.compiled.set(id, calendar);
    return calendar;
  }
}

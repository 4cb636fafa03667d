import type { CalendarSpec, WindowSpec } from './calendar-spec';

const weekdays = (window: WindowSpec): CalendarSpec['week'] => ({
  mon: [window],
  tue: [window],
  wed: [window],
  thu: [window],
  fri: [window],
});

const allDay: WindowSpec = ['00:00', '24:00'];

/** The calendars of SPEC.md, by id. Each is plain data a desk can copy and edit. */
export const BUILTIN_CALENDARS: Readonly<Record<string, CalendarSpec>> = {
  'scope4mation-office': {
    id: 'scope4mation-office',
    name: 'Scope4mation office hours',
    zone: 'Europe/Amsterdam',
    week: weekdays(['08:30', '16:30']),
    holidays: { country: 'NL', types: ['public'] },
    assumption: 'The SLA says "GMT+1"; Klok reads it as Dutch office time (Europe/Amsterdam), so 08:30 local in summer too.',
  },
  'connect-engage-business': {
    id: 'connect-engage-business',
    name: 'Connect & Engage business hours',
    zone: 'Europe/Amsterdam',
    week: weekdays(['08:30', '17:00']),
    holidays: { country: 'NL', types: ['public'] },
    businessDay: '8h',
  },
  'konneqt-americas-12x5': {
    id: 'konneqt-americas-12x5',
    name: 'Konneqt Basic, Americas 12×5',
    zone: 'UTC-3',
    week: weekdays(['08:00', '20:00']),
    holidays: { country: 'US', types: ['public'] },
  },
  'konneqt-enterprise-8x5': {
    id: 'konneqt-enterprise-8x5',
    name: 'Konneqt Enterprise 8×5',
    zone: 'America/New_York',
    week: weekdays(['09:00', '17:00']),
    holidays: { country: 'US', types: ['public'] },
    assumption: 'The policy does not say which hours or zone "8×5" means; Klok assumes 09:00–17:00 in the customer\'s zone (default America/New_York).',
  },
  '24x7': {
    id: '24x7',
    name: 'Around the clock (24/7)',
    zone: 'UTC',
    week: { mon: [allDay], tue: [allDay], wed: [allDay], thu: [allDay], fri: [allDay], sat: [allDay], sun: [allDay] },
    holidays: null,
    businessDay: '24h',
  },
};

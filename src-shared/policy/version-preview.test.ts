import { describe, expect, it } from 'vitest';
import { at } from '../test-support/instants';
import { scope4mation } from './presets/scope4mation';
import { compileVersionPlan, previewVersion } from './version-preview';

// Scope4mation's support plan: office hours 08:30–16:30 in Amsterdam; its first type with an SLA and a
// priority is the question; a Normal one is answered within 4 h and resolved within 16 h of office hours,
// a High one within 2 h and 8 h.
const plan = compileVersionPlan(scope4mation, {}, 'support');
const NOW = at('2026-03-02T09:00:00+01:00'); // Monday

describe('previewVersion', () => {
  it('registers a ticket of the first SLA type with a priority at the plan’s default priority, and says when its targets fall due', () => {
    const preview = previewVersion(plan, NOW, undefined, 3);
    expect([preview.typeId, preview.priorityId, preview.zone]).toEqual(['question', 'normal', 'Europe/Amsterdam']);
    // Response: Monday 09:00 + 4 h. Resolution: 7.5 h on Monday, 8 h on Tuesday, the last half hour on Wednesday.
    expect(preview.due.map((d) => [d.kind, d.due])).toEqual([
      ['response', at('2026-03-02T13:00:00+01:00')],
      ['resolution', at('2026-03-04T09:00:00+01:00')],
    ]);
  });

  it('lists the next working windows from now, one window where a search boundary cuts a day', () => {
    const three = previewVersion(plan, NOW, undefined, 3).windows;
    expect(three).toEqual([
      { start: NOW, end: at('2026-03-02T16:30:00+01:00') },
      { start: at('2026-03-03T08:30:00+01:00'), end: at('2026-03-03T16:30:00+01:00') },
      { start: at('2026-03-04T08:30:00+01:00'), end: at('2026-03-04T16:30:00+01:00') },
    ]);
    // The 23rd working day from Monday 2 March is Wednesday 1 April; the search's first 30 days end in it at 10:00
    // (summer time), and the preview still shows the whole day.
    const windows = previewVersion(plan, NOW, undefined, 23).windows;
    expect(windows).toHaveLength(23);
    expect(windows[22]).toEqual({ start: at('2026-04-01T08:30:00+02:00'), end: at('2026-04-01T16:30:00+02:00') });
  });

  it('takes the priority it is given', () => {
    const high = previewVersion(plan, NOW, 'high', 1);
    expect(high.priorityId).toBe('high');
    // Response: 09:00 + 2 h. Resolution: 7.5 h on Monday, the last half hour on Tuesday.
    expect(high.due.map((d) => [d.kind, d.due])).toEqual([
      ['response', at('2026-03-02T11:00:00+01:00')],
      ['resolution', at('2026-03-03T09:00:00+01:00')],
    ]);
  });
});

import { describe, expect, it } from 'vitest';
import { at } from '../test-support/instants';
import { checkPolicyVersion } from './desk-policy';
import type { Policy } from './policy-types';
import { konneqt } from './presets/konneqt';
import { scope4mation } from './presets/scope4mation';
import { compileVersionPlan, previewVersion } from './version-preview';

// Scope4mation's support plan: office hours 08:30–16:30 in Amsterdam; its first type with an SLA and a
// priority is the question; a Normal one is answered within 4 h and resolved within 16 h of office hours,
// a High one within 2 h and 8 h.
const plan = compileVersionPlan(scope4mation, {}, 'support');
const NOW = at('2026-03-02T09:00:00+01:00'); // Monday
const DAY = 86_400_000;

/** A plan of a version as a desk would adopt it (checked first, as the editor does). */
function versionPlan(policy: Policy, planId: string) {
  return compileVersionPlan(checkPolicyVersion(policy.id, policy, {}).policy, {}, planId);
}

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

  it('shows whole windows however many are asked for, also where an earlier search boundary cut a day', () => {
    // The first search's 30 days end on Wednesday 1 April at 10:00, the second's on Friday 1 May at 09:00 (a working day:
    // 22 working days in March, 20 in April without Easter Monday and King's Day, so 1 May is the 43rd).
    expect(previewVersion(plan, NOW, undefined, 43).windows[42]).toEqual({ start: at('2026-05-01T08:30:00+02:00'), end: at('2026-05-01T16:30:00+02:00') });
    // Against the calendar's own windows over one long range, for every count up to 120 (about half a year).
    const all = plan.calendar.windowsBetween(NOW, NOW + 200 * DAY);
    for (let count = 1; count <= 120; count++) expect(previewVersion(plan, NOW, undefined, count).windows).toEqual(all.slice(0, count));
  });

  it('looks for windows up to about a year ahead: a round-the-clock plan shows one window', () => {
    const roundTheClock = versionPlan({ ...scope4mation, plans: scope4mation.plans.map((p) => ({ ...p, calendar: '24x7' })) }, 'support');
    const [only, ...more] = previewVersion(roundTheClock, NOW, undefined, 20).windows;
    expect(more).toEqual([]);
    expect(only?.start).toBe(NOW);
    expect(only!.end - NOW).toBeGreaterThanOrEqual(365 * DAY);
    expect(only!.end - NOW).toBeLessThanOrEqual(390 * DAY);
  });
});

describe('previewVersion on other policies', () => {
  it('takes the first type with an SLA and a priority, not the first type listed', () => {
    // Scope4mation with its development request (a priority, no SLA) listed first: the preview still registers a question.
    const devFirst = versionPlan(
      {
        ...scope4mation,
        types: [...scope4mation.types.filter((t) => t.id === 'development_request'), ...scope4mation.types.filter((t) => t.id !== 'development_request')],
      },
      'support',
    );
    expect(devFirst.policy.types[0]?.id).toBe('development_request');
    const preview = previewVersion(devFirst, NOW, undefined, 1);
    expect([preview.typeId, preview.priorityId]).toEqual(['question', 'normal']);
    expect(preview.due.map((d) => [d.kind, d.due])).toEqual([
      ['response', at('2026-03-02T13:00:00+01:00')],
      ['resolution', at('2026-03-04T09:00:00+01:00')],
    ]);
  });

  it('takes the first type, without a priority, when no type takes one', () => {
    // Konneqt without its incidents: a query is answered within one business day (8 h, 09:00–17:00 New York), so
    // registered Monday 03:00 in New York (09:00 in Amsterdam), it is due at 17:00.
    const queriesOnly = versionPlan({ ...konneqt, types: konneqt.types.filter((t) => t.id !== 'incident') }, 'enterprise');
    const preview = previewVersion(queriesOnly, NOW, undefined, 1);
    expect([preview.typeId, preview.priorityId]).toEqual(['query', '']);
    expect(preview.due).toEqual([{ kind: 'response', targetText: '1bd', due: at('2026-03-02T17:00:00-05:00') }]);
  });

  it('lists only the targets that fall due: Konneqt Enterprise’s other timers wait for the acknowledgement', () => {
    // An incident at P3: responded within 6 h of 09:00–17:00 New York, from Monday 09:00 there; workaround, resolution and
    // updates count from the acknowledgement, which a new ticket has not had.
    const preview = previewVersion(versionPlan(konneqt, 'enterprise'), NOW, undefined, 1);
    expect([preview.typeId, preview.priorityId]).toEqual(['incident', 'p3']);
    expect(preview.due).toEqual([{ kind: 'response', targetText: '6h', due: at('2026-03-02T15:00:00-05:00') }]);
  });

  it('registers the ticket in production: Konneqt Basic keeps timers for production only', () => {
    // P3 responded within 8 h of 08:00–20:00 at UTC−3: from Monday 08:00 there, due at 16:00.
    const preview = previewVersion(versionPlan(konneqt, 'basic'), NOW, undefined, 1);
    expect(preview.due).toEqual([{ kind: 'response', targetText: '8h', due: at('2026-03-02T16:00:00-03:00') }]);
  });
});

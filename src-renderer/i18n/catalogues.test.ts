import { describe, expect, it } from 'vitest';
import { BUILTIN_CALENDARS } from '../../src-shared/calendar/builtin-calendars';
import { POLICY_PRESETS } from '../../src-shared/policy/presets';
import { WAIT_AND_STOP_REASONS } from '../../src-shared/ticket/timer-rules';
import { codesEn } from './codes-en';
import { codesNl } from './codes-nl';
import { CATALOGUES } from './i18n';
import { en } from './messages-en';
import { nl } from './messages-nl';
import { presetsEn } from './presets-en';
import { presetsNl } from './presets-nl';

const sorted = (o: object) => Object.keys(o).sort();
const paramsOf = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? '').sort((a, b) => a.localeCompare(b));

describe('the catalogues', () => {
  it.each([
    ['screens', en, nl],
    ['engine codes', codesEn, codesNl],
    ['preset names', presetsEn, presetsNl],
    ['everything', CATALOGUES.en, CATALOGUES.nl],
  ])('hold the same keys in English and Dutch: %s', (_, english, dutch) => {
    expect(sorted(dutch)).toEqual(sorted(english));
  });

  it('never use a key in two parts (a later part would hide an earlier one)', () => {
    const all = [...Object.keys(en), ...Object.keys(codesEn), ...Object.keys(presetsEn)];
    expect(all.length).toBe(new Set(all).size);
  });

  it.each(Object.keys(CATALOGUES.en))('give "%s" a text in both languages, with the same parameters', (key) => {
    const english = (CATALOGUES.en as Record<string, string>)[key] ?? '';
    const dutch = (CATALOGUES.nl as Record<string, string>)[key] ?? '';
    expect(english.trim()).not.toBe('');
    expect(dutch.trim()).not.toBe('');
    expect(paramsOf(dutch)).toEqual(paramsOf(english));
  });

  describe('name every part of every built-in preset', () => {
    const keys = Object.values(POLICY_PRESETS).flatMap((policy) => {
      const p = `preset.${policy.id}`;
      return [
        `${p}.label`,
        ...policy.plans.map((plan) => `${p}.plan.${plan.id}`),
        ...policy.plans.flatMap((plan) => plan.priorities.map((priority) => `${p}.priority.${priority.id}`)),
        ...policy.plans.flatMap((plan) => plan.priorities.filter((priority) => priority.description).map((priority) => `${p}.priorityNote.${priority.id}`)),
        ...policy.plans.flatMap((plan) => (plan.consultancy ?? []).map((rate) => `${p}.rate.${rate.id}`)),
        ...policy.types.map((type) => `${p}.type.${type.id}`),
        ...policy.lines.map((line) => `${p}.line.${line.id}`),
      ];
    });
    it.each([...new Set(keys)])('%s', (key) => {
      expect(Object.keys(presetsEn)).toContain(key);
    });
  });

  describe('name every built-in calendar and its assumption', () => {
    const keys = Object.values(BUILTIN_CALENDARS).flatMap((c) => [`calendar.${c.id}.name`, ...(c.assumption ? [`calendar.${c.id}.assumption`] : [])]);
    it.each(keys)('%s', (key) => {
      expect(Object.keys(presetsEn)).toContain(key);
    });
  });

  it('say every reason a timer waits or stopped', () => {
    expect(Object.keys(codesEn)).toEqual(expect.arrayContaining(WAIT_AND_STOP_REASONS.map((r) => `timerReason.${r}`)));
  });

  it("keep the presets' own English labels as the English names", () => {
    for (const policy of Object.values(POLICY_PRESETS)) {
      expect((presetsEn as Record<string, string>)[`preset.${policy.id}.label`]).toBe(policy.label);
      for (const type of policy.types) expect((presetsEn as Record<string, string>)[`preset.${policy.id}.type.${type.id}`]).toBe(type.label);
    }
  });
});

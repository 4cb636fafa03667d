import { describe, expect, it } from 'vitest';
import { holidayDataModule, RENDERER_HOLIDAY_COUNTRIES, usesEquinoxRules } from './renderer-holiday-data';

describe('the renderer holiday data', () => {
  it('ships the presets countries and nothing else', () => {
    const text = holidayDataModule(RENDERER_HOLIDAY_COUNTRIES);
    const data = JSON.parse(text.replace(/^export const data = /, '').replace(/;$/, '')) as { holidays: Record<string, unknown> };
    expect(Object.keys(data.holidays).sort()).toEqual([...RENDERER_HOLIDAY_COUNTRIES].sort());
    expect(RENDERER_HOLIDAY_COUNTRIES).toEqual(expect.arrayContaining(['NL', 'US']));
  });
  it('needs no moment-timezone zone data, so the renderer can leave it out', () => {
    expect(usesEquinoxRules(RENDERER_HOLIDAY_COUNTRIES)).toBe(false);
    expect(usesEquinoxRules(['JP'])).toBe(true);
  });
});

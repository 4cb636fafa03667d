import { describe, expect, it } from 'vitest';
import { DEFAULT_WINDOW_STATE, isVisibleOn, parseWindowState } from './window-state';

describe('parseWindowState', () => {
  it('keeps a plausible saved state', () => {
    expect(parseWindowState('{"x":10,"y":20,"width":900,"height":700,"isMaximized":true}')).toEqual({
      x: 10,
      y: 20,
      width: 900,
      height: 700,
      isMaximized: true,
    });
  });
  it('falls back to defaults for broken or implausible files', () => {
    expect(parseWindowState('{oops')).toEqual(DEFAULT_WINDOW_STATE);
    expect(parseWindowState('{"width":5,"height":"tall"}')).toEqual(DEFAULT_WINDOW_STATE);
    expect(parseWindowState(null)).toEqual(DEFAULT_WINDOW_STATE);
  });
});

describe('isVisibleOn', () => {
  const screen = { x: 0, y: 0, width: 1920, height: 1080 };
  it('accepts a position on a display and rejects one on an unplugged monitor', () => {
    expect(isVisibleOn({ ...DEFAULT_WINDOW_STATE, x: 100, y: 100 }, [screen])).toBe(true);
    expect(isVisibleOn({ ...DEFAULT_WINDOW_STATE, x: 2500, y: 100 }, [screen])).toBe(false);
  });
});

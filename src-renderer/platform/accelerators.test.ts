import { describe, expect, it } from 'vitest';
import { ariaShortcut, matchesAccelerator } from './accelerators';

const press = (key: string, mods: Partial<{ ctrlKey: boolean; metaKey: boolean; shiftKey: boolean; altKey: boolean }> = {}) => ({
  key,
  ctrlKey: false,
  metaKey: false,
  shiftKey: false,
  altKey: false,
  ...mods,
});

describe('matchesAccelerator', () => {
  it('takes Control or Command for CmdOrCtrl, with Shift, whatever the letter’s case', () => {
    expect(matchesAccelerator('CmdOrCtrl+Shift+P', press('P', { ctrlKey: true, shiftKey: true }))).toBe(true);
    expect(matchesAccelerator('CmdOrCtrl+Shift+P', press('p', { metaKey: true, shiftKey: true }))).toBe(true);
  });

  it('refuses a missing or an extra modifier, and another key', () => {
    expect(matchesAccelerator('CmdOrCtrl+Shift+P', press('P', { shiftKey: true }))).toBe(false);
    expect(matchesAccelerator('CmdOrCtrl+Shift+P', press('p', { ctrlKey: true }))).toBe(false);
    expect(matchesAccelerator('CmdOrCtrl+Shift+P', press('P', { ctrlKey: true, shiftKey: true, altKey: true }))).toBe(false);
    expect(matchesAccelerator('CmdOrCtrl+Shift+P', press('O', { ctrlKey: true, shiftKey: true }))).toBe(false);
    expect(matchesAccelerator('Shift+P', press('P', { ctrlKey: true, shiftKey: true }))).toBe(false);
  });
});

describe('ariaShortcut', () => {
  it('spells CmdOrCtrl as both keys, for aria-keyshortcuts', () => {
    expect(ariaShortcut('CmdOrCtrl+Shift+P')).toBe('Control+Shift+P Meta+Shift+P');
    expect(ariaShortcut('Shift+P')).toBe('Shift+P');
  });
});

import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import { APP_LANGUAGES, MENU_COMMANDS, type AppLanguage, type MenuCommand } from '../../src-shared/ipc/ipc-contract';
import { menuTemplate } from './menu-template';
import { MAIN_TEXTS, windowTitle } from './menu-texts';

/** Every item of a template, depth first, with the command its click sends. */
function itemsOf(language: AppLanguage, isDevelopment = true): { item: MenuItemConstructorOptions; command: MenuCommand | null }[] {
  const commands = new Map<() => void, MenuCommand>();
  const send = (command: MenuCommand) => {
    const click = () => undefined;
    commands.set(click, command);
    return click;
  };
  const walk = (items: MenuItemConstructorOptions[]): { item: MenuItemConstructorOptions; command: MenuCommand | null }[] =>
    items.flatMap((item) => [
      { item, command: item.click ? (commands.get(item.click as () => void) ?? null) : null },
      ...(Array.isArray(item.submenu) ? walk(item.submenu) : []),
    ]);
  return walk(menuTemplate(language, send, { isDevelopment }));
}

/** The labels a language picker shows in their own language, the same on every screen. */
const LANGUAGE_NAMES = ['English', 'Nederlands'];

describe('the application menu', () => {
  it.each(APP_LANGUAGES)('labels every item itself in %s (none left to the operating system)', (language) => {
    const unlabelled = itemsOf(language).filter(({ item }) => item.type !== 'separator' && !item.label?.trim());
    expect(unlabelled.map(({ item }) => item)).toEqual([]);
  });

  it('offers every menu command, with the same items, roles and shortcuts in every language', () => {
    const shape = (language: AppLanguage) => itemsOf(language).map(({ item, command }) => [item.type, item.role, item.accelerator, command]);
    expect(shape('nl')).toEqual(shape('en'));
    expect(
      itemsOf('en')
        .map((i) => i.command)
        .filter((c) => c !== null)
        .sort(),
    ).toEqual([...MENU_COMMANDS].sort());
  });

  it('speaks Dutch in Dutch: no label of the Dutch menu is an English one', () => {
    const english = new Set(itemsOf('en').map(({ item }) => item.label));
    const leaks = itemsOf('nl')
      .map(({ item }) => item.label)
      .filter((label) => label !== undefined && english.has(label) && !LANGUAGE_NAMES.includes(label));
    expect(leaks).toEqual([]);
    expect(itemsOf('nl').map(({ item }) => item.label)).toEqual(
      expect.arrayContaining(['&Bestand', 'Nieuwe melding…', 'Desk importeren…', 'Gesloten meldingen']),
    );
  });

  it.each(APP_LANGUAGES)('offers the developer tools in development only (%s)', (language) => {
    const roles = (isDevelopment: boolean) => itemsOf(language, isDevelopment).map(({ item }) => item.role);
    expect(roles(true)).toContain('toggleDevTools');
    expect(roles(false)).not.toContain('toggleDevTools');
    expect(roles(false)).toEqual(roles(true).filter((role) => role !== 'toggleDevTools'));
  });

  it('checks the language in use', () => {
    const checked = (language: AppLanguage) => itemsOf(language).flatMap(({ item }) => (item.checked ? [item.label] : []));
    expect(checked('en')).toEqual(['English']);
    expect(checked('nl')).toEqual(['Nederlands']);
  });
});

describe("main's texts", () => {
  it('hold the same keys with a text in every language', () => {
    for (const language of APP_LANGUAGES) {
      expect(Object.keys(MAIN_TEXTS[language]).sort()).toEqual(Object.keys(MAIN_TEXTS.en).sort());
      for (const text of Object.values(MAIN_TEXTS[language])) expect(text.trim()).not.toBe('');
    }
  });

  it('title the window with the counts in the chosen language', () => {
    expect(windowTitle('en', 0, 0)).toBe('Klok');
    expect(windowTitle('en', 2, 1)).toBe('Klok (2 breached, 1 at risk)');
    expect(windowTitle('nl', 2, 1)).toBe('Klok (2 overschreden, 1 in gevaar)');
  });

  it('on macOS starts with the application menu, which holds Quit (File does not)', () => {
    const mac = menuTemplate('nl', () => () => undefined, { isDevelopment: false, isMac: true });
    expect(mac[0]?.label).toBe('Klok');
    const roles = (items: unknown) => (Array.isArray(items) ? items.map((i: { role?: string }) => i.role ?? null) : []);
    expect(roles(mac[0]?.submenu)).toEqual(['about', null, 'hide', 'hideOthers', 'unhide', null, 'quit']);
    expect(roles(mac[1]?.submenu)).not.toContain('quit');
    expect(roles(menuTemplate('nl', () => () => undefined, { isDevelopment: false })[0]?.submenu)).toContain('quit');
  });
});

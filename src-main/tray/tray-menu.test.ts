import { describe, expect, it } from 'vitest';
import { MENU_COMMANDS, type MenuCommand } from '../../src-shared/ipc/ipc-contract';
import { menuTemplate } from '../menu/menu-template';
import { trayMenuTemplate, trayTooltip } from './tray-menu';

describe('the tray', () => {
  it('says how many tickets breach today, in the user’s language', () => {
    expect(trayTooltip('en', 3)).toBe('Klok: 3 tickets breach today');
    expect(trayTooltip('en', 0)).toBe('Klok: no ticket breaches today');
    expect(trayTooltip('nl', 2)).toBe('Klok: 2 tickets overschrijden vandaag');
  });

  it('offers nothing the application menu does not: every command it sends is a menu command too', () => {
    const sent: MenuCommand[] = [];
    const send = (command: MenuCommand) => {
      sent.push(command);
      return () => undefined;
    };
    trayMenuTemplate('en', 1, { show: () => undefined, send, quit: () => undefined });
    const inMenu: MenuCommand[] = [];
    menuTemplate('en', (c) => (inMenu.push(c), () => undefined), { isDevelopment: false });
    expect(sent.length).toBeGreaterThan(0);
    for (const command of sent) {
      expect(MENU_COMMANDS).toContain(command);
      expect(inMenu).toContain(command);
    }
  });

  it('labels every item in Dutch when the user speaks Dutch', () => {
    const labels = trayMenuTemplate('nl', 1, { show: () => undefined, send: () => () => undefined, quit: () => undefined }).flatMap((i) =>
      i.label ? [i.label] : [],
    );
    expect(labels).toEqual([
      'Klok: 1 tickets overschrijden vandaag',
      'Klok openen',
      'Nieuwe melding…',
      'Gesprek starten',
      'Nu back-up maken',
      'Klok afsluiten',
    ]);
  });
});

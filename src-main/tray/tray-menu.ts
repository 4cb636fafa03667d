import type { MenuItemConstructorOptions } from 'electron';
import type { AppLanguage, MenuCommand } from '../../src-shared/ipc/ipc-contract';
import { MAIN_TEXTS } from '../menu/menu-texts';

/** What the tray says of the day: its tooltip (and, on macOS, the count beside the icon). */
export function trayTooltip(language: AppLanguage, breachingToday: number): string {
  const t = MAIN_TEXTS[language];
  return breachingToday === 0 ? t.trayNothingToday : t.trayBreachingToday.replace('{count}', String(breachingToday));
}

/**
 * The tray's menu (pure, tested without Electron). Everything in it is also in the window and the
 * application menu: Linux desktops often ignore tray clicks.
 */
export function trayMenuTemplate(
  language: AppLanguage,
  breachingToday: number,
  actions: { readonly show: () => void; readonly send: (command: MenuCommand) => () => void; readonly quit: () => void },
): MenuItemConstructorOptions[] {
  const t = MAIN_TEXTS[language];
  return [
    { label: trayTooltip(language, breachingToday), enabled: false },
    { type: 'separator' },
    { label: t.trayOpen, click: actions.show },
    { label: t.newTicket, click: actions.send('new-ticket') },
    { label: t.startCall, click: actions.send('start-call') },
    { label: t.backUpNow, click: actions.send('backup-now') },
    { type: 'separator' },
    { label: t.quit, click: actions.quit },
  ];
}

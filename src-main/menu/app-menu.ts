import { Menu, type BrowserWindow } from 'electron';
import type { AppLanguage, MenuCommand } from '../../src-shared/ipc/ipc-contract';
import { menuTemplate } from './menu-template';

/**
 * Installs the application menu in `language`; every command reaches the renderer as a
 * `menu:command-changed` push. Called again whenever the user changes the language. The
 * developer tools are in the menu only in development.
 */
export function installAppMenu(win: BrowserWindow, language: AppLanguage, isDevelopment: boolean): void {
  const send = (command: MenuCommand) => () => win.webContents.send('menu:command-changed', { command });
  Menu.setApplicationMenu(Menu.buildFromTemplate(menuTemplate(language, send, { isDevelopment, isMac: process.platform === 'darwin' })));
}

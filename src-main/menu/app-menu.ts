import { Menu, type BrowserWindow, type MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '../../src-shared/ipc/ipc-contract';

/** The application menu; every command reaches the renderer as a `menu:command-changed` push. */
export function installAppMenu(win: BrowserWindow): void {
  const send = (command: MenuCommand) => () => win.webContents.send('menu:command-changed', { command });
  const template: MenuItemConstructorOptions[] = [
    {
      label: '&File',
      submenu: [
        { label: 'New ticket…', accelerator: 'CmdOrCtrl+N', click: send('new-ticket') },
        { type: 'separator' },
        { label: 'Import desk…', accelerator: 'CmdOrCtrl+O', click: send('import') },
        { label: 'Export desk…', accelerator: 'CmdOrCtrl+S', click: send('export') },
        { type: 'separator' },
        { role: 'quit' },
      ],
    },
    { role: 'editMenu' },
    {
      label: '&View',
      submenu: [
        { label: 'Queue by next breach', accelerator: 'CmdOrCtrl+1', click: send('view-queue') },
        { label: 'By status', accelerator: 'CmdOrCtrl+2', click: send('view-status') },
        { label: 'Closed tickets', accelerator: 'CmdOrCtrl+3', click: send('view-closed') },
        { label: 'Search', accelerator: 'CmdOrCtrl+F', click: send('focus-search') },
        { type: 'separator' },
        { label: 'English', click: send('language-en') },
        { label: 'Nederlands', click: send('language-nl') },
        { type: 'separator' },
        { role: 'reload' },
        { role: 'toggleDevTools' },
        { role: 'togglefullscreen' },
      ],
    },
    { role: 'windowMenu' },
  ];
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}

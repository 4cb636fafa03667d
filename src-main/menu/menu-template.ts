import type { MenuItemConstructorOptions } from 'electron';
import { START_CALL_ACCELERATOR, type AppLanguage, type MenuCommand } from '../../src-shared/ipc/ipc-contract';
import { MAIN_TEXTS } from './menu-texts';

/**
 * The application menu in the user's language, as a template (pure: no Electron at run time, so
 * it is tested without the binary). `send(command)` gives the click handler of a command item;
 * the language names stay in their own language, as a language picker does. The developer tools
 * are offered in development only (`isDevelopment`: the app is not packaged).
 */
export function menuTemplate(
  language: AppLanguage,
  send: (command: MenuCommand) => () => void,
  { isDevelopment, isMac = false }: { isDevelopment: boolean; isMac?: boolean },
): MenuItemConstructorOptions[] {
  const t = MAIN_TEXTS[language];
  const developerItems: MenuItemConstructorOptions[] = isDevelopment ? [{ role: 'toggleDevTools', label: t.devTools }] : [];
  // macOS: the application's own menu first (About, Hide, Quit live there, not in File).
  const appMenu: MenuItemConstructorOptions[] = isMac
    ? [
        {
          label: 'Klok',
          submenu: [
            { role: 'about', label: t.about },
            { type: 'separator' },
            { role: 'hide', label: t.hide },
            { role: 'hideOthers', label: t.hideOthers },
            { role: 'unhide', label: t.showAll },
            { type: 'separator' },
            { role: 'quit', label: t.quit },
          ],
        },
      ]
    : [];
  const quitItems: MenuItemConstructorOptions[] = isMac ? [] : [{ type: 'separator' }, { role: 'quit', label: t.quit }];
  return [
    ...appMenu,
    {
      label: t.file,
      submenu: [
        { label: t.newTicket, accelerator: 'CmdOrCtrl+N', click: send('new-ticket') },
        { label: t.startCall, accelerator: START_CALL_ACCELERATOR, click: send('start-call') },
        { type: 'separator' },
        { label: t.importDesk, accelerator: 'CmdOrCtrl+O', click: send('import') },
        { label: t.exportDesk, accelerator: 'CmdOrCtrl+S', click: send('export') },
        { label: t.backUpNow, click: send('backup-now') },
        { label: t.backups, click: send('backups') },
        ...quitItems,
      ],
    },
    {
      label: t.edit,
      submenu: [
        { role: 'undo', label: t.undo },
        { role: 'redo', label: t.redo },
        { type: 'separator' },
        { role: 'cut', label: t.cut },
        { role: 'copy', label: t.copy },
        { role: 'paste', label: t.paste },
        { role: 'selectAll', label: t.selectAll },
      ],
    },
    {
      label: t.view,
      submenu: [
        { label: t.queue, accelerator: 'CmdOrCtrl+1', click: send('view-queue') },
        { label: t.byStatus, accelerator: 'CmdOrCtrl+2', click: send('view-status') },
        { label: t.closed, accelerator: 'CmdOrCtrl+3', click: send('view-closed') },
        { label: t.search, accelerator: 'CmdOrCtrl+F', click: send('focus-search') },
        { type: 'separator' },
        { label: 'English', type: 'radio', checked: language === 'en', click: send('language-en') },
        { label: 'Nederlands', type: 'radio', checked: language === 'nl', click: send('language-nl') },
        { type: 'separator' },
        { role: 'reload', label: t.reload },
        ...developerItems,
        { role: 'togglefullscreen', label: t.fullScreen },
      ],
    },
    {
      label: t.window,
      submenu: [
        { role: 'minimize', label: t.minimize },
        { role: 'zoom', label: t.zoom },
        { role: 'close', label: t.close },
      ],
    },
  ];
}

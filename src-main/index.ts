/**
 * Klok's Electron shell: one instance, one hardened window, the application menu, the typed
 * IPC handlers, and the deadline clock that wakes at the next instant that matters.
 */
import { app, BrowserWindow, ipcMain, Notification, powerMonitor } from 'electron';
import { join } from 'node:path';
import { DeadlineClock } from '../src-shared/clock/deadline-clock';
import { ALWAYS_NOTIFY, deadlinesToNotify, GROUP_TEXTS, notificationOf, type NotificationHours } from '../src-shared/clock/notification-rules';
import { announcedKeeper, loadAnnounced } from './clock/announced-file';
import { backupHandlers } from './backup/backup-handlers';
import { OpenedFile, openedFileIn } from './files/opened-file';
import { showBadge } from './desktop/badge';
import { isOpenAtLogin, setOpenAtLogin } from './desktop/login-item';
import { KlokTray } from './tray/klok-tray';
import { trayTooltip } from './tray/tray-menu';
import { openImport, printPdf, saveExport } from './files/desk-files';
import { combineHandlers, registerHandlers, type HandlerMap } from './ipc/handler-map';
import type { Deadline } from '../src-shared/clock/deadline';
import type { AppLanguage } from '../src-shared/ipc/ipc-contract';
import { installAppMenu } from './menu/app-menu';
import { windowTitle } from './menu/menu-texts';
import { isRendererUrl, rendererSource } from './security/renderer-source';
import { offerExternalLink } from './window/external-links';
import { createMainWindow } from './window/main-window';

/** Development means an unpacked app (`electron-vite dev`, `npm start`); a packaged Klok never is (decision 14). */
const isDevelopment = !app.isPackaged;
/** The page Klok trusts: the app's own renderer file, or electron-vite's dev server in development only. */
const source = rendererSource({
  isPackaged: app.isPackaged,
  envUrl: process.env['ELECTRON_RENDERER_URL'],
  rendererFile: join(import.meta.dirname, '../renderer/index.html'),
  platform: process.platform,
});
let win: BrowserWindow | null = null;
/** The user's language, as the renderer tells it (`app:set-language`): the menu and the window title speak it. */
let language: AppLanguage = 'en';
let counts = { breached: 0, atRisk: 0, breachingToday: 0 };

function isTrustedSender(url: string): boolean {
  return isRendererUrl(source, url);
}

function push(channel: 'clock:deadline-changed' | 'clock:time-changed' | 'clock:notification-clicked', payload: unknown): void {
  win?.webContents.send(channel, payload);
}

/** The agent's notification hours, as the renderer tells them (`clock:set-notification-hours`). */
let notificationHours: NotificationHours = ALWAYS_NOTIFY;
/** Notifications on screen: held so they are not collected before the user clicks them. */
const onScreen = new Set<Notification>();

/** One OS notification for the deadlines due at once (grouped), within the agent's hours or urgent; a click shows the ticket. */
function notify(due: readonly Deadline[]): void {
  const note = notificationOf(deadlinesToNotify(due, notificationHours, Date.now()), GROUP_TEXTS[language]);
  if (!note || !Notification.isSupported()) return;
  const shown = new Notification({ title: note.title, body: note.body });
  onScreen.add(shown);
  shown.on('click', () => {
    onScreen.delete(shown);
    if (win?.isMinimized()) win.restore();
    win?.show();
    win?.focus();
    push('clock:notification-clicked', { ticketId: note.ticketId });
  });
  shown.on('close', () => onScreen.delete(shown));
  shown.show();
}

const announcedFile = join(app.getPath('userData'), 'announced-deadlines.json');
const clock = new DeadlineClock(
  {
    now: () => Date.now(),
    setTimer: (fn, ms) => setTimeout(fn, ms),
    clearTimer: (handle) => clearTimeout(handle as NodeJS.Timeout),
    announce(due) {
      notify(due);
      for (const deadline of due) push('clock:deadline-changed', { deadline });
    },
    remember: announcedKeeper(announcedFile),
  },
  loadAnnounced(announcedFile),
);

// One handler map per domain; combineHandlers refuses a channel that two of them handle, and
// registerHandlers takes the result only when every call of the contract is handled.
const clockHandlers = {
  'clock:set-deadlines': ({ deadlines, breachedCount, atRiskCount, breachingTodayCount }) => {
    counts = { breached: breachedCount, atRisk: atRiskCount, breachingToday: breachingTodayCount };
    showDayCount();
    win?.setTitle(windowTitle(language, breachedCount, atRiskCount));
    return { scheduled: clock.setDeadlines(deadlines) };
  },
  'clock:set-notification-hours': (hours) => {
    notificationHours = hours;
    return { isLimited: hours.isLimited };
  },
} satisfies HandlerMap;

/** The tray and the taskbar or dock badge: how many tickets breach today. */
const tray = new KlokTray(app.isPackaged ? join(process.resourcesPath, 'icon.png') : join(app.getAppPath(), 'build', 'icon.png'), {
  show: () => {
    if (!win) start();
    if (win?.isMinimized()) win.restore();
    win?.show();
    win?.focus();
  },
  send: (command) => () => win?.webContents.send('menu:command-changed', { command }),
  quit: () => app.quit(),
});

function showDayCount(): void {
  tray.update(language, counts.breachingToday);
  showBadge(win, counts.breachingToday, trayTooltip(language, counts.breachingToday));
}

/** Where Klok's start at login is kept: the system (macOS, Windows) or an autostart file (Linux). */
const loginItem = {
  platform: process.platform,
  autostartDir: join(app.getPath('home'), '.config', 'autostart'),
  exec: process.env['APPIMAGE'] ?? process.execPath,
};

const appHandlers = {
  'app:get-info': () => ({ version: app.getVersion(), platform: process.platform, shell: 'electron' as const }),
  'app:set-language': ({ language: chosen }) => {
    if (chosen !== language) {
      language = chosen;
      if (win) {
        installAppMenu(win, language, isDevelopment);
        win.setTitle(windowTitle(language, counts.breached, counts.atRisk));
      }
      showDayCount();
    }
    return { language };
  },
  'app:get-open-at-login': async () => ({ isOn: await isOpenAtLogin(loginItem) }),
  'app:set-open-at-login': async ({ isOn }) => ({ isOn: await setOpenAtLogin(loginItem, isOn) }),
} satisfies HandlerMap;

const fileHandlers = {
  'files:save-export': ({ suggestedName, content }) => (win ? saveExport(win, suggestedName, content) : { isSaved: false, path: null }),
  'files:open-import': () => (win ? openImport(win, language) : { content: null, name: null }),
  'files:print-pdf': ({ html, suggestedName }) => (win ? printPdf(win, html, suggestedName) : { isSaved: false, path: null }),
  'files:take-opened': () => opened.take(),
} satisfies HandlerMap;

/** A file opened from the file manager, until the renderer takes it. */
const opened = new OpenedFile();

function start(): void {
  win = createMainWindow({
    userData: app.getPath('userData'),
    preload: join(import.meta.dirname, '../preload/index.cjs'),
    source,
    isDevelopment,
    openExternal: (url) => {
      if (win) void offerExternalLink(win, url, language);
    },
  });
  win.on('closed', () => {
    win = null;
  });
  installAppMenu(win, language, isDevelopment);
}

// Windows shows a program's notifications only under its app user model id (the installer's app id).
if (process.platform === 'win32') app.setAppUserModelId('nl.klok.desk');

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  // A backup or desk file opened from the file manager: on the command line (this start, or a second
  // start that hands it over), or by macOS's open-file. The renderer takes it: a backup's restore
  // preview, a desk file's import (asked first).
  opened.offer(openedFileIn(process.argv));
  app.on('second-instance', (_event, argv) => {
    if (win?.isMinimized()) win.restore();
    win?.focus();
    if (opened.offer(openedFileIn(argv))) win?.webContents.send('files:opened-changed', {});
  });
  app.on('open-file', (event, path) => {
    event.preventDefault();
    if (opened.offer(openedFileIn([path]))) win?.webContents.send('files:opened-changed', {});
  });
  const backups = backupHandlers({ settingsFile: join(app.getPath('userData'), 'backup-settings.json'), documents: app.getPath('documents') }, () => win);
  registerHandlers(ipcMain, combineHandlers(clockHandlers, appHandlers, fileHandlers, backups), isTrustedSender);
  void app.whenReady().then(() => {
    start();
    const recompute = (reason: 'resume' | 'time-change' | 'unlock') => () => {
      clock.recompute();
      push('clock:time-changed', { reason });
    };
    powerMonitor.on('resume', recompute('resume'));
    powerMonitor.on('unlock-screen', recompute('unlock'));
    // Electron has no cross-platform "system time changed" event; a wall clock that jumps away
    // from the monotonic one by more than a minute is one.
    let wall = Date.now();
    let mono = performance.now();
    setInterval(() => {
      const drift = Date.now() - wall - (performance.now() - mono);
      wall = Date.now();
      mono = performance.now();
      if (Math.abs(drift) > 60_000) recompute('time-change')();
    }, 15_000).unref();
    app.on('activate', () => {
      if (BrowserWindow.getAllWindows().length === 0) start();
    });
  });
  app.on('window-all-closed', () => {
    clock.stop();
    tray.destroy();
    if (process.platform !== 'darwin') app.quit();
  });
}

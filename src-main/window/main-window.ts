import { BrowserWindow, screen, type Event } from 'electron';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { isNavigationAllowed } from '../security/navigation';
import type { RendererSource } from '../security/renderer-source';
import { installPermissionHandlers } from '../security/session-guards';
import { isVisibleOn, parseWindowState, type WindowState } from './window-state';

function readState(file: string): WindowState {
  try {
    return parseWindowState(readFileSync(file, 'utf8'));
  } catch {
    return parseWindowState(null);
  }
}

/**
 * The one Klok window, hardened per Electron's security checklist (decision 14): context
 * isolation, sandbox, no Node in the renderer, web security on, DevTools only in development,
 * permissions limited to notifications, navigation, redirects, frame navigation and new windows
 * denied except to the Klok page itself (an http(s) link is handed to `openExternal`, which asks
 * first). The page is `source`: the app's file, or the dev server in development only. Size and
 * position are remembered in `window-state.json`.
 */
export function createMainWindow(options: {
  userData: string;
  preload: string;
  source: RendererSource;
  isDevelopment: boolean;
  openExternal: (url: string) => void;
}): BrowserWindow {
  const stateFile = join(options.userData, 'window-state.json');
  const state = readState(stateFile);
  const position = isVisibleOn(
    state,
    screen.getAllDisplays().map((d) => d.workArea),
  )
    ? { x: state.x, y: state.y }
    : {};
  const win = new BrowserWindow({
    ...position,
    width: state.width,
    height: state.height,
    minWidth: 720,
    minHeight: 480,
    show: false,
    title: 'Klok',
    webPreferences: {
      preload: options.preload,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      spellcheck: false,
      devTools: options.isDevelopment,
    },
  });
  if (state.isMaximized) win.maximize();
  win.once('ready-to-show', () => win.show());

  const save = (): void => {
    const bounds = win.getNormalBounds();
    writeFileSync(stateFile, JSON.stringify({ ...bounds, isMaximized: win.isMaximized() }));
  };
  win.on('close', save);

  installPermissionHandlers(win.webContents.session, options.source);
  win.webContents.setWindowOpenHandler(({ url }) => {
    options.openExternal(url);
    return { action: 'deny' };
  });
  const guard = (event: Event<{ url: string }>): void => {
    if (isNavigationAllowed(options.source, event.url)) return;
    event.preventDefault();
    options.openExternal(event.url);
  };
  win.webContents.on('will-navigate', guard);
  win.webContents.on('will-redirect', (event) => {
    if (!isNavigationAllowed(options.source, event.url)) event.preventDefault();
  });
  win.webContents.on('will-frame-navigate', (event) => {
    if (!isNavigationAllowed(options.source, event.url)) event.preventDefault();
  });

  if (options.source.kind === 'dev-server') void win.loadURL(options.source.url);
  else void win.loadFile(options.source.file);
  return win;
}

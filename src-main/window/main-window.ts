import { BrowserWindow, screen, shell } from 'electron';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { isVisibleOn, parseWindowState, type WindowState } from './window-state';

function readState(file: string): WindowState {
  try {
    return parseWindowState(readFileSync(file, 'utf8'));
  } catch {
    return parseWindowState(null);
  }
}

/**
 * The one Klok window, hardened per Electron's security checklist: context isolation, sandbox,
 * no Node in the renderer, web security on, navigation and new windows denied (links open in
 * the system browser). Size and position are remembered in `window-state.json`.
 */
export function createMainWindow(options: { userData: string; preload: string; rendererUrl: string | null; rendererFile: string }): BrowserWindow {
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
    },
  });
  if (state.isMaximized) win.maximize();
  win.once('ready-to-show', () => win.show());

  const save = (): void => {
    const bounds = win.getNormalBounds();
    writeFileSync(stateFile, JSON.stringify({ ...bounds, isMaximized: win.isMaximized() }));
  };
  win.on('close', save);

  win.webContents.setWindowOpenHandler(({ url }) => {
    if (/^https?:\/\//.test(url)) void shell.openExternal(url);
    return { action: 'deny' };
  });
  win.webContents.on('will-navigate', (event) => event.preventDefault());

  if (options.rendererUrl) void win.loadURL(options.rendererUrl);
  else void win.loadFile(options.rendererFile);
  return win;
}

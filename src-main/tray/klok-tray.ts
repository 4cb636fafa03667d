import { Menu, nativeImage, Tray } from 'electron';
import type { AppLanguage, MenuCommand } from '../../src-shared/ipc/ipc-contract';
import { trayMenuTemplate, trayTooltip } from './tray-menu';

export interface TrayActions {
  readonly show: () => void;
  readonly send: (command: MenuCommand) => () => void;
  readonly quit: () => void;
}

/**
 * The tray icon with the count of tickets breaching today (tooltip; beside the icon on macOS) and
 * a menu of what the window and the application menu also offer. Made on the first count; where
 * the desktop has no tray, the icon is simply not shown.
 */
export class KlokTray {
  private tray: Tray | null = null;
  private shown = '';

  constructor(
    private readonly iconPath: string,
    private readonly actions: TrayActions,
  ) {}

  update(language: AppLanguage, breachingToday: number): void {
    const key = `${language}|${breachingToday}`;
    if (key === this.shown) return;
    if (!this.tray) {
      const image = nativeImage.createFromPath(this.iconPath).resize({ width: 16, height: 16 });
      if (image.isEmpty()) return;
      this.tray = new Tray(image);
      this.tray.on('click', this.actions.show);
    }
    this.shown = key;
    this.tray.setToolTip(trayTooltip(language, breachingToday));
    if (process.platform === 'darwin') this.tray.setTitle(breachingToday > 0 ? String(breachingToday) : '');
    this.tray.setContextMenu(Menu.buildFromTemplate(trayMenuTemplate(language, breachingToday, this.actions)));
  }

  destroy(): void {
    this.tray?.destroy();
    this.tray = null;
  }
}

import { app, nativeImage, type BrowserWindow } from 'electron';
import { dotBitmap } from './badge-dot';

/**
 * The count of tickets breaching today on the taskbar or dock: a badge number on macOS (and Linux
 * launchers that show one), a red dot overlay with the count as its description on Windows.
 */
export function showBadge(win: BrowserWindow | null, count: number, description: string): void {
  if (process.platform === 'win32') {
    win?.setOverlayIcon(count > 0 ? nativeImage.createFromBitmap(dotBitmap(16), { width: 16, height: 16 }) : null, count > 0 ? description : '');
    return;
  }
  app.setBadgeCount(count);
}

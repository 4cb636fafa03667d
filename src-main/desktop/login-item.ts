import { app } from 'electron';
import { hasAutostart, setAutostart } from './autostart-file';

export interface LoginItemPlace {
  readonly platform: NodeJS.Platform;
  /** ~/.config/autostart (Linux). */
  readonly autostartDir: string;
  /** The program to start: the AppImage when run from one, else the executable. */
  readonly exec: string;
}

/** Whether Klok starts at login. macOS and Windows ask the system; Linux has an autostart file. */
export async function isOpenAtLogin(place: LoginItemPlace): Promise<boolean> {
  return place.platform === 'linux' ? hasAutostart(place.autostartDir) : app.getLoginItemSettings().openAtLogin;
}

/** Starts Klok at login, or no longer; returns what now holds. */
export async function setOpenAtLogin(place: LoginItemPlace, isOn: boolean): Promise<boolean> {
  if (place.platform === 'linux') return setAutostart(place.autostartDir, place.exec, isOn);
  app.setLoginItemSettings({ openAtLogin: isOn });
  return app.getLoginItemSettings().openAtLogin;
}

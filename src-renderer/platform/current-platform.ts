import type { KlokBridge } from '../../src-shared/ipc/ipc-contract';
import { electronPlatform } from './electron-platform';
import type { Platform } from './platform';
import { webPlatform } from './web-platform';

declare global {
  interface Window {
    readonly klok?: KlokBridge;
  }
}

/** Electron's bridge when the preload provided it, else the web target. */
export function currentPlatform(): Platform {
  return window.klok ? electronPlatform(window.klok) : webPlatform();
}

import type { Session } from 'electron';
import { isPermissionGranted } from './permissions';
import type { RendererSource } from './renderer-source';

/**
 * Installs the permission policy on the window's session: Electron grants every permission
 * unless a handler says otherwise, so both the request and the check go through
 * `isPermissionGranted` (notifications for the Klok page, nothing else).
 */
export function installPermissionHandlers(session: Session, source: RendererSource): void {
  session.setPermissionRequestHandler((_webContents, permission, callback, details) => {
    callback(isPermissionGranted(source, permission, details.requestingUrl));
  });
  session.setPermissionCheckHandler((_webContents, permission, _origin, details) => isPermissionGranted(source, permission, details.requestingUrl));
}

import { isRendererUrl, type RendererSource } from './renderer-source';

/**
 * The web permissions Klok's page may have: notifications only (the web target's deadline
 * notices). Electron grants every permission by default; Klok's session handlers ask this list.
 */
export const ALLOWED_PERMISSIONS: readonly string[] = ['notifications'];

/**
 * Whether a permission request or check is granted: only a permission on the list, and only for
 * the Klok page itself (`requestingUrl` is the requesting frame's URL; an unknown one is refused).
 */
export function isPermissionGranted(source: RendererSource, permission: string, requestingUrl: string | undefined): boolean {
  return ALLOWED_PERMISSIONS.includes(permission) && requestingUrl !== undefined && isRendererUrl(source, requestingUrl);
}

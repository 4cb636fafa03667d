import { describe, expect, it } from 'vitest';
import { ALLOWED_PERMISSIONS, isPermissionGranted } from './permissions';
import { rendererSource } from './renderer-source';

const source = rendererSource({ isPackaged: true, envUrl: undefined, rendererFile: '/opt/Klok/resources/app.asar/out/renderer/index.html', platform: 'linux' });
const klok = 'file:///opt/Klok/resources/app.asar/out/renderer/index.html';

describe('isPermissionGranted', () => {
  it('grants notifications to the Klok page', () => {
    expect(ALLOWED_PERMISSIONS).toEqual(['notifications']);
    expect(isPermissionGranted(source, 'notifications', klok)).toBe(true);
  });

  it('refuses every other permission, even to the Klok page', () => {
    expect(
      ['media', 'geolocation', 'clipboard-read', 'openExternal', 'fullscreen', 'hid', 'usb', 'serial', 'display-capture', 'unknown'].filter((permission) =>
        isPermissionGranted(source, permission, klok),
      ),
    ).toEqual([]);
  });

  it('refuses notifications to any other page, or when the requester is unknown', () => {
    expect(isPermissionGranted(source, 'notifications', 'file:///tmp/evil.html')).toBe(false);
    expect(isPermissionGranted(source, 'notifications', 'https://evil.example/')).toBe(false);
    expect(isPermissionGranted(source, 'notifications', undefined)).toBe(false);
    expect(isPermissionGranted(source, 'notifications', '')).toBe(false);
  });
});

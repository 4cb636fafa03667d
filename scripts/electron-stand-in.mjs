// A stand-in for the Linux Electron distribution, for packaging checks on a machine that cannot
// download Electron: electron-builder is pointed at it with `electronDist`. Its `electron` is a
// shell script that refuses to run, carrying the fuse wire Electron's binary carries (sentinel,
// wire version 1, length, one byte per fuse in Electron's defaults), so electron-builder's
// `electronFuses` step flips real bytes and the check can read them back. No `default_app.asar`:
// a fake one breaks electron-builder's ASAR integrity hashing.
import { chmodSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** @electron/fuses' sentinel and fuse states ('0' off, '1' on). */
export const FUSE_SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
export const FUSE_ON = 0x31;
export const FUSE_OFF = 0x30;

/** Electron's defaults, in wire order: RunAsNode, EnableCookieEncryption, EnableNodeOptionsEnvironmentVariable, EnableNodeCliInspectArguments, EnableEmbeddedAsarIntegrityValidation, OnlyLoadAppFromAsar, LoadBrowserProcessSpecificV8Snapshot, GrantFileProtocolExtraPrivileges. */
const DEFAULT_WIRE = [FUSE_ON, FUSE_OFF, FUSE_ON, FUSE_ON, FUSE_OFF, FUSE_OFF, FUSE_OFF, FUSE_ON];

/** Writes the stand-in into `dir` (emptied first) and returns `dir`. */
export function writeElectronStandIn(dir, electronVersion) {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, 'resources'), { recursive: true });
  mkdirSync(join(dir, 'locales'), { recursive: true });
  const script = Buffer.from(
    '#!/bin/sh\necho "This is a stand-in for Electron, made by scripts/electron-stand-in.mjs for packaging checks; it does not run Klok." >&2\nexit 1\n# fuse wire: ',
  );
  const wire = Buffer.from([...Buffer.from(FUSE_SENTINEL, 'ascii'), 1, DEFAULT_WIRE.length, ...DEFAULT_WIRE, 0x0a]);
  writeFileSync(join(dir, 'electron'), Buffer.concat([script, wire]));
  chmodSync(join(dir, 'electron'), 0o755);
  writeFileSync(join(dir, 'version'), electronVersion);
  writeFileSync(join(dir, 'LICENSE'), 'Stand-in for Electron (MIT); see https://github.com/electron/electron/blob/main/LICENSE\n');
  writeFileSync(join(dir, 'LICENSES.chromium.html'), '<!doctype html><title>Stand-in</title>\n');
  writeFileSync(join(dir, 'locales', 'en-US.pak'), '');
  return dir;
}

/** The fuse bytes of an executable (a real Electron or the stand-in), in wire order, as @electron/fuses reads them. */
export function readFuseWire(executable) {
  const bytes = readFileSync(executable);
  const at = bytes.indexOf(FUSE_SENTINEL, 0, 'ascii');
  if (at < 0) throw new Error(`${executable}: no fuse wire`);
  const start = at + FUSE_SENTINEL.length;
  return [...bytes.subarray(start + 2, start + 2 + bytes[start + 1])];
}

// The packaging check that runs offline (npm run package:check): electron-builder packs the built
// app (out/, run `electron-vite build` first) for Linux into a directory, against a stand-in for
// the Electron binary (scripts/electron-stand-in.mjs), with the project's own electron-builder.json.
// Then it checks what an installer would ship: resources/app.asar holds the built main, preload
// and renderer and package.json, and no node_modules or sources; the executable's fuses are
// flipped as configured. Installers themselves (deb, AppImage, NSIS, dmg) need the internet:
// `npm run package`.
import { listPackage } from '@electron/asar';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { build, Platform } from 'electron-builder';
import { FUSE_OFF, FUSE_ON, readFuseWire, writeElectronStandIn } from './electron-stand-in.mjs';

const root = new URL('..', import.meta.url).pathname;
const started = performance.now();
const electronVersion = JSON.parse(readFileSync(join(root, 'node_modules/electron/package.json'), 'utf8')).version;
const config = JSON.parse(readFileSync(join(root, 'electron-builder.json'), 'utf8'));
const standIn = writeElectronStandIn(join(root, 'node_modules/.cache/klok-electron-stand-in'), electronVersion);
const output = join(root, 'dist/package-check');

await build({
  projectDir: root,
  targets: Platform.LINUX.createTarget('dir'),
  config: { electronDist: standIn, electronVersion, directories: { ...config.directories, output } },
  publish: 'never',
});

const appDir = join(output, 'linux-unpacked');
const problems = [];
const entries = listPackage(join(appDir, 'resources/app.asar'), { isPack: false }).map((entry) => entry.replaceAll('\\', '/'));
for (const needed of ['/package.json', '/out/main/index.js', '/out/preload/index.cjs', '/out/renderer/index.html']) {
  if (!entries.includes(needed)) problems.push(`app.asar: ${needed} is missing`);
}
if (!entries.some((entry) => /^\/out\/renderer\/assets\/.+\.js$/.test(entry))) problems.push('app.asar: no renderer script under /out/renderer/assets');
for (const forbidden of ['/node_modules', '/src-main', '/src-renderer', '/src-shared', '/e2e', '/electron-builder.json']) {
  if (entries.some((entry) => entry === forbidden || entry.startsWith(`${forbidden}/`))) problems.push(`app.asar: ${forbidden} should not be shipped`);
}

// Fuse wire order: RunAsNode, EnableCookieEncryption, EnableNodeOptionsEnvironmentVariable,
// EnableNodeCliInspectArguments, EnableEmbeddedAsarIntegrityValidation, OnlyLoadAppFromAsar.
const wanted = [
  ['RunAsNode', config.electronFuses.runAsNode],
  ['EnableCookieEncryption', config.electronFuses.enableCookieEncryption],
  ['EnableNodeOptionsEnvironmentVariable', config.electronFuses.enableNodeOptionsEnvironmentVariable],
  ['EnableNodeCliInspectArguments', config.electronFuses.enableNodeCliInspectArguments],
  ['EnableEmbeddedAsarIntegrityValidation', config.electronFuses.enableEmbeddedAsarIntegrityValidation],
  ['OnlyLoadAppFromAsar', config.electronFuses.onlyLoadAppFromAsar],
];
const wire = readFuseWire(join(appDir, config.linux.executableName));
wanted.forEach(([name, isOn], index) => {
  if (wire[index] !== (isOn ? FUSE_ON : FUSE_OFF)) problems.push(`fuse ${name}: expected ${isOn ? 'on' : 'off'} in the packaged executable`);
});

const seconds = ((performance.now() - started) / 1000).toFixed(1);
if (problems.length > 0) {
  console.error(`klok package:check failed (${seconds} s):\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
console.log(`klok package:check: app.asar holds main, preload and renderer (${entries.length} entries); ${wanted.length} fuses as configured (${seconds} s)`);

import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The hardening checklist of decision 14, read from the code: each item is found where it must be,
 * so removing one fails here even where no Electron binary runs the app. The policies themselves
 * are tested by behaviour next to their modules (renderer-source, permissions, navigation,
 * import-limit, the menu template) and the fuses in the packaged binary by `npm run package:check`.
 */
const root = join(import.meta.dirname, '../..');
const read = (path: string): string => readFileSync(join(root, path), 'utf8');

/** Every non-test source file of main, by path, so a check can say "nowhere else". */
function mainSources(dir = join(root, 'src-main')): Map<string, string> {
  const files = new Map<string, string>();
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) for (const [p, text] of mainSources(path)) files.set(p, text);
    else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts')) files.set(relative(root, path), readFileSync(path, 'utf8'));
  }
  return files;
}

/** The files of main that mention `needle`. */
const filesMentioning = (needle: string | RegExp): string[] =>
  [...mainSources()].filter(([, text]) => (typeof needle === 'string' ? text.includes(needle) : needle.test(text))).map(([path]) => path);

describe('the hardening checklist, read from the code', () => {
  it('1. a permission request and a permission check handler are installed on the window’s session, both asking the policy', () => {
    const guards = read('src-main/security/session-guards.ts');
    expect(guards).toMatch(/setPermissionRequestHandler\([\s\S]*?callback\(isPermissionGranted\(/);
    expect(guards).toMatch(/setPermissionCheckHandler\([\s\S]*?=> isPermissionGranted\(/);
    expect(read('src-main/window/main-window.ts')).toContain('installPermissionHandlers(win.webContents.session, options.source)');
    expect(read('src-main/security/permissions.ts')).toMatch(/ALLOWED_PERMISSIONS: readonly string\[\] = \['notifications'\]/);
  });

  it('2. ELECTRON_RENDERER_URL is read in one place, and only an unpacked app honours it', () => {
    expect(filesMentioning("process.env['ELECTRON_RENDERER_URL']")).toEqual(['src-main/index.ts']);
    expect(read('src-main/index.ts')).toMatch(/rendererSource\(\{\s*isPackaged: app\.isPackaged,\s*envUrl: process\.env\['ELECTRON_RENDERER_URL'\]/);
    expect(read('src-main/security/renderer-source.ts')).toContain('options.isPackaged ? null : devServerUrl(options.envUrl)');
    expect(read('src-main/window/main-window.ts')).toMatch(
      /if \(options\.source\.kind === 'dev-server'\) void win\.loadURL\(options\.source\.url\);\s*else void win\.loadFile\(options\.source\.file\);/,
    );
  });

  it('3. IPC senders are compared exactly with the Klok page, never by prefix', () => {
    expect(read('src-main/index.ts')).toMatch(/function isTrustedSender\(url: string\): boolean \{\s*return isRendererUrl\(source, url\);/);
    expect(read('src-main/index.ts')).toMatch(/registerHandlers\(ipcMain, [\s\S]*?, isTrustedSender\)/);
    expect(filesMentioning(/startsWith\(['"`]file:|startsWith\(renderer/)).toEqual([]);
    expect(read('src-main/ipc/handler-map.ts')).toContain('if (!isTrustedSender(url)) throw');
  });

  it('4. navigation, redirects and frame navigation are guarded, and new windows denied', () => {
    const window = read('src-main/window/main-window.ts');
    expect(window).toMatch(/on\('will-navigate', guard\)/);
    expect(window).toMatch(/if \(isNavigationAllowed\(options\.source, event\.url\)\) return;\s*event\.preventDefault\(\);/);
    expect(window).toMatch(/on\('will-redirect', \(event\) => \{\s*if \(!isNavigationAllowed\(options\.source, event\.url\)\) event\.preventDefault\(\);/);
    expect(window).toMatch(
      /on\('will-frame-navigate', \(event\) => \{\s*if \(!isNavigationAllowed\(options\.source, event\.url\)\) event\.preventDefault\(\);/,
    );
    expect(window).toMatch(/setWindowOpenHandler\([\s\S]*?return \{ action: 'deny' \};/);
  });

  it('4. the hidden window that prints PDFs runs no script and goes nowhere either', () => {
    const files = read('src-main/files/desk-files.ts');
    expect(files).toMatch(
      /new BrowserWindow\(\{ show: false, webPreferences: \{ javascript: false, sandbox: true, contextIsolation: true, nodeIntegration: false \} \}\)/,
    );
    for (const event of ['will-navigate', 'will-redirect', 'will-frame-navigate'])
      expect(files).toContain(`printer.webContents.on('${event}', (event) => event.preventDefault());`);
    expect(files).toContain("printer.webContents.setWindowOpenHandler(() => ({ action: 'deny' }));");
  });

  it('5. the developer tools exist in development only: in the menu and in the window', () => {
    expect(read('src-main/index.ts')).toContain('const isDevelopment = !app.isPackaged;');
    expect(read('src-main/menu/menu-template.ts')).toMatch(/isDevelopment \? \[\{ role: 'toggleDevTools', label: t\.devTools \}\] : \[\]/);
    expect(filesMentioning("'toggleDevTools'")).toEqual(['src-main/menu/menu-template.ts']);
    expect(read('src-main/window/main-window.ts')).toContain('devTools: options.isDevelopment,');
    expect(filesMentioning('openDevTools')).toEqual([]);
  });

  it('6. links reach the system browser in one place, only after a dialog naming the host', () => {
    expect(filesMentioning('shell.openExternal')).toEqual(['src-main/window/external-links.ts']);
    expect(read('src-main/window/external-links.ts')).toMatch(
      /const link = externalLink\(url\);\s*if \(!link\) return false;[\s\S]*showMessageBox[\s\S]*link\.host[\s\S]*if \(response !== 0\) return false;\s*await shell\.openExternal\(link\.url\);/,
    );
  });

  it('7. an import file’s size is checked before it is read', () => {
    expect(read('src-main/files/desk-files.ts')).toMatch(
      /importSizeProblem\(\(await stat\(file\)\)\.size\)[\s\S]*return \{ content: null, name: null \};[\s\S]*await readFile\(file\)/,
    );
    expect(read('src-main/files/import-limit.ts')).toContain('export const MAX_IMPORT_BYTES = 200 * 1024 * 1024;');
  });

  it('8. the packager flips the fuses, and npm test checks them in a packed app', () => {
    const builder = JSON.parse(read('electron-builder.json')) as { electronFuses: Record<string, boolean> };
    expect(builder.electronFuses).toEqual({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
    });
    const scripts = (JSON.parse(read('package.json')) as { scripts: Record<string, string> }).scripts;
    expect(scripts['test']).toContain('npm run package:check');
    expect(scripts['package:check']).toContain('node scripts/package-check.mjs');
    expect(read('scripts/package-check.mjs')).toContain('problems.push(`fuse ${name}: expected');
  });

  it('keeps the window’s own hardening: context isolation, sandbox, no Node, web security', () => {
    expect(read('src-main/window/main-window.ts')).toMatch(/contextIsolation: true,\s*sandbox: true,\s*nodeIntegration: false,\s*webSecurity: true,/);
  });
});

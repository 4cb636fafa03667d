import { describe, expect, it } from 'vitest';
import { isRendererUrl, rendererSource, type RendererSource } from './renderer-source';

const rendererFile = '/opt/Klok/resources/app.asar/out/renderer/index.html';
const packaged = (envUrl: string | undefined) => rendererSource({ isPackaged: true, envUrl, rendererFile, platform: 'linux' });
const unpacked = (envUrl: string | undefined) => rendererSource({ isPackaged: false, envUrl, rendererFile, platform: 'linux' });

describe('rendererSource', () => {
  it('loads the app’s own file in a packaged app, whatever ELECTRON_RENDERER_URL says', () => {
    expect(packaged('http://localhost:5173')).toEqual({ kind: 'file', file: rendererFile, url: `file://${rendererFile}`, isWindows: false });
    expect(packaged('https://evil.example')).toMatchObject({ kind: 'file' });
  });

  it('loads the dev server in development (an unpacked app)', () => {
    expect(unpacked('http://localhost:5173')).toEqual({ kind: 'dev-server', url: 'http://localhost:5173/', origin: 'http://localhost:5173' });
    expect(unpacked('http://127.0.0.1:5174/')).toMatchObject({ kind: 'dev-server', origin: 'http://127.0.0.1:5174' });
    expect(unpacked('http://[::1]:5173')).toMatchObject({ kind: 'dev-server', origin: 'http://[::1]:5173' });
  });

  it('loads the app’s file in development when there is no dev server, or it is not on this machine or not http(s)', () => {
    for (const envUrl of [
      undefined,
      '',
      'not a url',
      'https://evil.example',
      'http://localhost.evil.example:5173',
      'file:///tmp/x.html',
      'javascript:alert(1)',
    ]) {
      expect(unpacked(envUrl)).toMatchObject({ kind: 'file', file: rendererFile });
    }
  });
});

describe('isRendererUrl', () => {
  describe('when the page is the app’s file', () => {
    const source: RendererSource = packaged(undefined);

    it('trusts exactly that file, with or without a fragment', () => {
      expect(isRendererUrl(source, `file://${rendererFile}`)).toBe(true);
      expect(isRendererUrl(source, `file://${rendererFile}#/closed`)).toBe(true);
    });

    it('trusts no other file:// page, nor the same file with a query, nor anything else', () => {
      expect(
        [
          'file:///tmp/evil.html',
          'file:///opt/Klok/resources/app.asar/out/renderer/index.html.evil',
          'file:///opt/Klok/resources/app.asar/out/renderer/other.html',
          `file://${rendererFile}?x=1`,
          'file:///opt/Klok/resources/app.asar/out/renderer%2Findex.html',
          'file://evil-host/opt/Klok/resources/app.asar/out/renderer/index.html',
          'http://localhost:5173/',
          '',
          'about:blank',
        ].filter((url) => isRendererUrl(source, url)),
      ).toEqual([]);
    });

    it('compares the file as a URL, so an escaped path is the same file', () => {
      expect(isRendererUrl(source, 'file:///opt/Klok/resources/app.asar/out/renderer/%69ndex.html')).toBe(true);
    });
  });

  describe('when the page is the app’s file on Windows', () => {
    const source = rendererSource({
      isPackaged: true,
      envUrl: undefined,
      rendererFile: 'C:\\Users\\Agent\\AppData\\Local\\Programs\\Klok\\resources\\app.asar\\out\\renderer\\index.html',
      platform: 'win32',
    });

    it('trusts that file however the drive letter or the path is cased, as Windows’s file systems do', () => {
      expect(source.url).toBe('file:///C:/Users/Agent/AppData/Local/Programs/Klok/resources/app.asar/out/renderer/index.html');
      expect(isRendererUrl(source, 'file:///C:/Users/Agent/AppData/Local/Programs/Klok/resources/app.asar/out/renderer/index.html')).toBe(true);
      expect(isRendererUrl(source, 'file:///c:/users/agent/appdata/local/programs/klok/resources/app.asar/out/renderer/index.html#/x')).toBe(true);
    });

    it('trusts no other file, drive or share', () => {
      expect(
        [
          'file:///D:/Users/Agent/AppData/Local/Programs/Klok/resources/app.asar/out/renderer/index.html',
          'file:///C:/Users/Agent/Downloads/index.html',
          'file://server/share/Klok/resources/app.asar/out/renderer/index.html',
        ].filter((url) => isRendererUrl(source, url)),
      ).toEqual([]);
    });
  });

  describe('when the page is the dev server', () => {
    const source = unpacked('http://localhost:5173');

    it('trusts every page of exactly its origin', () => {
      expect(isRendererUrl(source, 'http://localhost:5173/')).toBe(true);
      expect(isRendererUrl(source, 'http://localhost:5173/index.html?t=1#x')).toBe(true);
    });

    it('trusts no origin that merely starts like it', () => {
      expect(
        [
          'http://localhost:51730/',
          'http://localhost:5173.evil/',
          'http://localhost:5173@evil.example/',
          'http://localhost.evil.example:5173/',
          'https://localhost:5173/',
          'http://127.0.0.1:5173/',
          `file://${rendererFile}`,
        ].filter((url) => isRendererUrl(source, url)),
      ).toEqual([]);
    });
  });
});

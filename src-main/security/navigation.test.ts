import { describe, expect, it } from 'vitest';
import { externalLink, isNavigationAllowed } from './navigation';
import { rendererSource } from './renderer-source';

const source = rendererSource({ isPackaged: true, envUrl: undefined, rendererFile: '/opt/Klok/resources/app.asar/out/renderer/index.html', platform: 'linux' });

describe('isNavigationAllowed', () => {
  it('lets the window go only to the Klok page itself', () => {
    expect(isNavigationAllowed(source, 'file:///opt/Klok/resources/app.asar/out/renderer/index.html#/queue')).toBe(true);
    expect(
      ['https://example.com/', 'file:///etc/passwd', 'file:///tmp/index.html', 'data:text/html,<p>x</p>', 'javascript:alert(1)', 'about:blank'].filter((url) =>
        isNavigationAllowed(source, url),
      ),
    ).toEqual([]);
  });
});

describe('externalLink', () => {
  it('offers http(s) links to the system browser, naming the host (with its port)', () => {
    expect(externalLink('https://www.example.com/a?b=c#d')).toEqual({ url: 'https://www.example.com/a?b=c#d', host: 'www.example.com' });
    expect(externalLink('http://intranet:8080/x')).toEqual({ url: 'http://intranet:8080/x', host: 'intranet:8080' });
  });

  it('names the real host of a URL that hides it behind look-alike text', () => {
    expect(externalLink('https://www.bank.example@evil.example/')).toBeNull();
    expect(externalLink('https://xn--bnk-sna.example/')?.host).toBe('xn--bnk-sna.example');
  });

  it('never hands anything else to the operating system', () => {
    expect(
      [
        'file:///etc/passwd',
        'javascript:alert(1)',
        'mailto:a@b.example',
        'smb://server/share',
        'ms-msdt:/id',
        'vbscript:x',
        'data:text/html,x',
        'not a url',
        '',
        'https://user:pw@example.com/',
      ].filter((url) => externalLink(url) !== null),
    ).toEqual([]);
  });
});

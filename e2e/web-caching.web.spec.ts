import { HASHED_ASSET_CACHE } from '../scripts/cache-hashed-assets';
import { expect, test } from './support/fixtures';

test.describe('the web target as served', () => {
  test('keeps its hashed scripts for good and asks again for the page itself', async ({ request }) => {
    const page = await request.get('./');
    expect(page.headers()['cache-control']).toBe('no-cache');
    const html = await page.text();
    const scripts = [...html.matchAll(/(?:src|href)="\.\/(assets\/[^"]+\.js)"/g)].map((m) => m[1] ?? '');
    // The entry, its static imports, and the parts loaded on demand (views, dialogs, charts) preloaded for offline use.
    expect(scripts.some((s) => /assets\/index-.*\.js$/.test(s))).toBe(true);
    expect(scripts.some((s) => /assets\/team-lead-view-.*\.js$/.test(s))).toBe(true);
    for (const script of scripts) {
      const response = await request.get(`./${script}`);
      expect({ script, cache: response.headers()['cache-control'] }).toEqual({ script, cache: HASHED_ASSET_CACHE });
    }
  });
});

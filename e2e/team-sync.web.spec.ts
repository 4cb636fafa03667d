import type { Browser, BrowserContext } from '@playwright/test';
import { expect, test } from './support/fixtures';
import { DeskPage } from './pages/desk-page';
import { SyncDialog } from './pages/sync-dialog';
import { createSharedDesk, enrolmentCode, SYNC_URL } from './support/sync-server';

/**
 * Two workstations (two browser contexts, each with its own IndexedDB) share one desk through the
 * sync server. Real time: the sync engine's retries run on timers a paused clock would hold.
 */
async function workstation(browser: Browser, baseURL: string): Promise<{ context: BrowserContext; desk: DeskPage; sync: SyncDialog; logged: string[] }> {
  const context = await browser.newContext({ baseURL });
  const page = await context.newPage();
  const logged: string[] = [];
  page.on('console', (m) => {
    // The browser reports each failed request while a workstation is offline on purpose.
    if ((m.type() === 'error' || m.type() === 'warning') && !m.text().includes('ERR_INTERNET_DISCONNECTED')) logged.push(m.text());
  });
  page.on('pageerror', (e) => logged.push(e.message));
  const desk = new DeskPage(page);
  await desk.open();
  return { context, desk, sync: new SyncDialog(page), logged };
}

test.describe('team sync', () => {
  test('a ticket registered on one workstation shows on the other with the same clocks; offline changes to one ticket converge', async ({
    browser,
    baseURL,
  }) => {
    test.setTimeout(90_000);
    const deskId = await createSharedDesk('Servicedesk Utrecht');
    const anna = await workstation(browser, baseURL ?? '');
    const bram = await workstation(browser, baseURL ?? '');

    await test.step('Arrange: Anna has a desk of her own; both workstations join the shared desk', async () => {
      await anna.desk.setAgent('Anna');
      await anna.desk.addCustomer('Gemeente Houten', 'Scope4mation basic SLA', 'Support');
      await anna.sync.join(SYNC_URL, await enrolmentCode(deskId, 'Anna'), 'Anna’s laptop');
      await expect(anna.sync.headerButton).toHaveAccessibleName('Team sync: Synced');
      await bram.desk.setAgent('Bram');
      await bram.sync.join(SYNC_URL, await enrolmentCode(deskId, 'Bram'), 'Bram’s desk');
      await expect(bram.sync.headerButton).toHaveAccessibleName('Team sync: Synced');
    });

    await test.step('Act: Anna registers a ticket', async () => {
      await anna.desk.registerTicket({ title: 'Login fails' });
    });

    await test.step('Assert: it shows on Bram’s board, due for the same reasons', async () => {
      await expect(bram.desk.row('T-1001')).toContainText('Login fails');
      await anna.desk.row('T-1001').click();
      await bram.desk.row('T-1001').click();
      // Each explanation splits a span at the moment it was drawn (counted so far, then projected):
      // the two screens may be drawn a minute apart, so spans of one reason are joined first.
      const annaWhy = spansByReason(await (await anna.desk.explanationOf('Resolution')).allInnerTexts());
      const bramWhy = spansByReason(await (await bram.desk.explanationOf('Resolution')).allInnerTexts());
      expect(annaWhy.length).toBeGreaterThan(0);
      expect(bramWhy).toEqual(annaWhy);
    });

    await test.step('Bram’s own tickets number with the code the server leased him (Anna numbers with T)', async () => {
      await bram.desk.registerTicket({ title: 'Printer offline' });
      await expect(bram.desk.row('A-1001')).toContainText('Printer offline');
      await expect(anna.desk.row('A-1001')).toContainText('Printer offline');
      await bram.desk.row('T-1001').click();
    });

    await test.step('Act: both go offline and change the same ticket', async () => {
      // Cut off from the server (Chromium's offline emulation leaves loopback reachable).
      for (const w of [anna, bram]) await w.context.route(`${SYNC_URL}/**`, (route) => route.abort('internetdisconnected'));
      await anna.desk.respond();
      await bram.desk.escalate('Second line');
      await expect(anna.sync.headerButton).toHaveAccessibleName(/^Team sync: (Offline since .* \(\d+ events waiting\)|\d+ events waiting)$/);
    });

    await test.step('Assert: back online, both show both changes', async () => {
      for (const w of [anna, bram]) await w.context.unrouteAll();
      for (const ws of [anna, bram]) {
        await expect(ws.desk.timelineEntry('Responded')).toBeVisible({ timeout: 30_000 });
        await expect(ws.desk.timelineEntry('Escalated to Second line')).toBeVisible({ timeout: 30_000 });
        await expect(ws.sync.headerButton).toHaveAccessibleName('Team sync: Synced', { timeout: 30_000 });
      }
      await anna.sync.open();
      await anna.sync.root.getByRole('button', { name: 'Check with the server' }).click();
      await expect(anna.sync.root.getByRole('status').filter({ hasText: 'Same events as the server' })).toBeVisible();
    });

    expect([...anna.logged, ...bram.logged]).toEqual([]);
    await anna.context.close();
    await bram.context.close();
  });
});

/** "A → B: counted (3 h) (projected)" lines as "A → B: counted", neighbouring spans of one reason joined. */
function spansByReason(lines: readonly string[]): string[] {
  const spans: { from: string; to: string; reason: string }[] = [];
  for (const line of lines) {
    const match = /^(.+?) → (.+?): (.+?) \(/.exec(line);
    if (!match) throw new Error(`not an explanation line: ${line}`);
    const [, from = '', to = '', reason = ''] = match;
    const last = spans.at(-1);
    if (last && last.reason === reason && last.to === from) last.to = to;
    else spans.push({ from, to, reason });
  }
  return spans.map((s) => `${s.from} → ${s.to}: ${s.reason}`);
}

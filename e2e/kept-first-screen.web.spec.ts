import { expect, test, type Page } from './support/fixtures';

const KEPT = 'klok.firstScreen';

declare global {
  interface Window {
    /** What the kept ticket's row said, the desk's state and whether its main part is busy, each time any changed (recorded by the test). */
    klokSeen?: string[];
  }
}

/** The kept first screen's first ticket: its id and title, or null while none is kept. */
function keptFirstTicket(page: Page): Promise<{ id: string; title: string } | null> {
  return page.evaluate((key) => {
    const text = localStorage.getItem(key);
    const ticket = text ? (JSON.parse(text) as { screen: { head: { tickets: { row: { id: string; title: string } }[] } } }).screen.head.tickets[0] : undefined;
    return ticket ? { id: ticket.row.id, title: ticket.row.title } : null;
  }, KEPT);
}

// Real time: the desk keeps its first screen in an idle moment, which a paused clock never gives.
test('the desk draws the screen kept at the start before at once, says it is loading, then shows the store (decision 27)', async ({ page, desk }) => {
  let ticket: { id: string; title: string } | null = null;
  await test.step('Arrange: a desk with tickets, whose first screen is kept', async () => {
    await desk.open();
    await desk.loadDemoDesk();
    await expect.poll(async () => (ticket = await keptFirstTicket(page)), { timeout: 10_000 }).not.toBeNull();
  });
  const { id, title } = ticket!;
  await test.step('Arrange: the kept screen is behind the store (its first ticket titled otherwise)', async () => {
    await page.evaluate((key) => {
      const kept = JSON.parse(localStorage.getItem(key)!) as { screen: { head: { tickets: { row: { title: string } }[] } } };
      kept.screen.head.tickets[0]!.row.title = 'As kept before';
      localStorage.setItem(key, JSON.stringify(kept));
    }, KEPT);
  });
  await test.step('Act: open the desk again, noting what that ticket’s row says and whether the desk is ready', async () => {
    await page.addInitScript((ticketId) => {
      const seen: string[] = [];
      window.klokSeen = seen;
      new MutationObserver(() => {
        const row = document.getElementById(`ticket-row-${ticketId}`);
        const state = document.querySelector('[data-app-state]')?.getAttribute('data-app-state');
        const busy = document.querySelector('main')?.getAttribute('aria-busy') === 'true' ? ' (busy)' : '';
        const now = `${row?.querySelector('.cell-title')?.textContent ?? '(no row)'} | ${state ?? '(no desk)'}${busy}`;
        if (seen.at(-1) !== now) seen.push(now);
      }).observe(document, { subtree: true, childList: true, characterData: true, attributes: true });
    }, id);
    await desk.reload();
  });
  await test.step('Assert: first the kept row while the desk says it is loading, then the store’s; the store’s is kept again', async () => {
    await expect(desk.queue.locator(`[id="ticket-row-${id}"]`)).toContainText(title);
    const seen = (await page.evaluate(() => window.klokSeen)) ?? [];
    const rows = seen.filter((s) => !s.startsWith('(no'));
    // The store's answer and its being the whole first screen may be drawn at once, or one after the other.
    expect([rows[0], rows.at(-1)]).toEqual(['As kept before | loading (busy)', `${title} | ready`]);
    expect(rows.filter((s) => s.startsWith('As kept before'))).toEqual(['As kept before | loading (busy)']);
    await expect.poll(() => keptFirstTicket(page), { timeout: 10_000 }).toEqual({ id, title });
  });
});

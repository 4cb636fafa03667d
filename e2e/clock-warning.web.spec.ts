import { DutchDeskPage } from './pages/dutch-desk-page';
import { englishOn } from './support/english-leaks';
import { expect, test } from './support/fixtures';

// Mon 2 March 2026, 10:00 in Amsterdam (09:00 UTC).
const MONDAY_1000 = '2026-03-02T10:00:00+01:00';

/** A desk file written by a workstation whose clock ran `aheadMs` ahead of this one. */
function deskFileFrom(aheadMs: number): string {
  const stamp = (ms: number) => `${String(Date.parse('2026-03-02T09:00:00Z') + ms).padStart(13, '0')}-0000`;
  const event = (id: string, kind: string, stream: string, payload: Record<string, unknown>) => ({
    id,
    deskId: 'desk-ahead',
    workstation: 'ws-fast',
    by: 'Bram',
    hlc: stamp(aheadMs),
    kind,
    v: 1,
    stream,
    payload: { at: '2026-03-02T09:00:00.000Z', ...payload },
  });
  return JSON.stringify({
    format: 'klok-desk',
    version: 2,
    exportedAt: '2026-03-02T09:00:00.000Z',
    deskId: 'desk-ahead',
    events: [
      event('e1', 'customer.added', 'cus-1', { name: 'Gemeente Houten' }),
      event('e2', 'contract.added', 'con-1', { customerId: 'cus-1', name: 'Support', policyId: 'scope4mation', planId: 'support' }),
    ],
  });
}

test.describe("a workstation's clock", () => {
  test.beforeEach(async ({ desk, startAt }) => {
    await startAt(MONDAY_1000);
    await desk.open();
  });

  test('events an hour ahead of this computer are taken, and the desk says the clocks disagree', async ({ desk }) => {
    const dialog = await desk.importDeskFile('ahead.json', deskFileFrom(60 * 60_000));
    await expect(dialog.root).toBeHidden();
    await expect(desk.clockWarning).toContainText('1 h 00 m');
    await desk.dismissClockWarning();
    await expect(desk.clockWarning).toBeHidden();
  });

  test('the warning is Dutch on a Dutch screen', async ({ desk, page }) => {
    const nl = new DutchDeskPage(page);
    const dialog = await desk.importDeskFile('ahead.json', deskFileFrom(60 * 60_000));
    await expect(dialog.root).toBeHidden();
    await desk.setLanguage('Nederlands');
    await expect(nl.clockWarning).toContainText('1 h 00 m');
    expect(await englishOn(page)).toEqual([]);
    await nl.clockWarning.getByRole('button', { name: 'Begrepen' }).click();
    await expect(nl.clockWarning).toBeHidden();
  });

  test('events two minutes ahead raise no warning', async ({ desk }) => {
    const dialog = await desk.importDeskFile('close.json', deskFileFrom(2 * 60_000));
    await expect(dialog.root).toBeHidden();
    await expect(desk.clockWarning).toBeHidden();
  });
});

import { expect, test } from './support/fixtures';

// Mon 2 March 2026, 09:00 in Amsterdam.
const MONDAY_0900 = '2026-03-02T09:00:00+01:00';

test.describe('registering a ticket', () => {
  test.beforeEach(async ({ desk, startAt }) => {
    await startAt(MONDAY_0900);
    await desk.open();
    await desk.addCustomer('Gemeente Houten', 'Scope4mation basic SLA', 'Support');
  });

  test('Cancel and Escape discard the draft (decision 9)', async ({ desk, page }) => {
    const dialog = await test.step('Arrange: a half-typed ticket', async () => {
      const opened = await desk.openRegisterDialog();
      await opened.fill({ title: 'Printer on fire', type: 'Disruption' });
      return opened;
    });
    await test.step('Act: cancel, and open the dialog again', async () => {
      await dialog.cancel();
      await dialog.expectClosed();
      await desk.openRegisterDialog();
    });
    await test.step('Assert: the draft is gone', async () => {
      await expect(dialog.titleField).toHaveValue('');
      await expect(dialog.typeField.getByRole('option', { selected: true })).toHaveText('Question');
    });
    await test.step('Act and assert: Escape discards it too', async () => {
      await dialog.fill({ title: 'Second draft' });
      await page.keyboard.press('Escape');
      await dialog.expectClosed();
      await desk.openRegisterDialog();
      await expect(dialog.titleField).toHaveValue('');
    });
  });

  test('switching the contract or the type drops a priority the new one does not carry', async ({ desk }) => {
    await desk.addCustomer('Fietsenwinkel.nl', 'Connect & Engage SLA', 'Standard');
    const dialog = await desk.openRegisterDialog();
    await test.step('Arrange: Low chosen under Scope4mation', async () => {
      await dialog.chooseCustomer('Gemeente Houten');
      await dialog.fill({ title: 'Newsletter bounces', priority: 'Low' });
    });
    await test.step('Act and assert: under Connect & Engage the priority is back to the default', async () => {
      await dialog.chooseCustomer('Fietsenwinkel.nl');
      await expect(dialog.selectedPriority).toHaveText('Default (Normal (general inquiry))');
    });
    await test.step('Act and assert: a request priority does not survive a switch to Incident', async () => {
      await dialog.fill({ priority: 'High (business critical)' });
      await dialog.fill({ type: 'Incident' });
      await expect(dialog.selectedPriority).toHaveText('Default (P3 Significant)');
    });
    await test.step('Act and assert: registered with the default, not a hidden earlier choice', async () => {
      await dialog.submit();
      await dialog.expectClosed();
      await expect(desk.row('T-1001')).toContainText('P3 Significant');
    });
  });
});

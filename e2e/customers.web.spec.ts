import { expect, test } from './support/fixtures';

// Mon 2 March 2026, 09:00 in Amsterdam.
const MONDAY_0900 = '2026-03-02T09:00:00+01:00';

test.describe('customers and contracts', () => {
  test('a customer is renamed everywhere; an ended contract takes no new tickets; its open ticket stays', async ({ desk, startAt, page }) => {
    await test.step('Arrange: two customers, one ticket for Houten', async () => {
      await startAt(MONDAY_0900);
      await desk.open();
      await desk.addCustomer('Gemeente Houten', 'Scope4mation basic SLA', 'Support');
      // Registered while Houten is the only customer: the dialog's first contract is Houten's.
      await desk.registerTicket({ title: 'Login fails' });
      await desk.addCustomer('Bakkerij Jansen', 'Connect & Engage SLA', 'Standard');
    });
    const dialog = page.getByRole('dialog', { name: 'Customers and contracts' });
    const list = dialog.getByRole('table', { name: 'Customers and their contracts' });
    await test.step('Act and assert: the list shows each contract with its open tickets; Houten is renamed', async () => {
      await page.getByRole('button', { name: 'Customers' }).click();
      await expect(list.getByRole('row', { name: /Gemeente Houten/ })).toContainText('running');
      await expect(
        list
          .getByRole('row', { name: /Gemeente Houten/ })
          .getByRole('cell')
          .nth(2),
      ).toHaveText('1');
      await list.getByRole('button', { name: 'Rename Gemeente Houten' }).click();
      const rename = dialog.getByRole('form', { name: 'Rename Gemeente Houten' });
      await rename.getByLabel('New name').fill(' ');
      await rename.getByRole('button', { name: 'Save name' }).click();
      await expect(rename.getByRole('alert')).toContainText('Customer name: must not be empty');
      await rename.getByLabel('New name').fill('Gemeente Houten ICT');
      await rename.getByRole('button', { name: 'Save name' }).click();
      await expect(list.getByRole('rowheader', { name: 'Gemeente Houten ICT' })).toBeVisible();
    });
    await test.step('Act: end Bakkerij Jansen’s contract now', async () => {
      await list.getByRole('button', { name: /^End the contract Bakkerij Jansen/ }).click();
      await dialog.getByRole('form', { name: 'End of the contract' }).getByRole('button', { name: 'Save end' }).click();
      await expect(list.getByRole('row', { name: /Bakkerij Jansen/ })).toContainText('ended');
      await dialog.getByRole('button', { name: 'Close' }).click();
    });
    await test.step('Assert: the board shows the new name; only Houten can take a new ticket', async () => {
      await expect(desk.row('T-1001')).toContainText('Gemeente Houten ICT');
      const register = await desk.openRegisterDialog();
      const options = register.root.getByLabel('Customer and contract').getByRole('option');
      await expect(options).toHaveText([/^Gemeente Houten ICT — /]);
    });
  });
  test('a contract is renamed; its open tickets are listed and one opens in the detail', async ({ desk, startAt, page }) => {
    await startAt(MONDAY_0900);
    await desk.open();
    await desk.addCustomer('Gemeente Houten', 'Scope4mation basic SLA', 'Support');
    await desk.registerTicket({ title: 'Login fails' });
    await desk.registerTicket({ title: 'Export hangs' });
    await page.getByRole('button', { name: 'Customers' }).click();
    const dialog = page.getByRole('dialog', { name: 'Customers and contracts' });
    await dialog.getByRole('button', { name: /^Rename contract Gemeente Houten — / }).click();
    await dialog.getByLabel('New contract name').fill('');
    await dialog.getByRole('button', { name: 'Save name' }).click();
    await expect(dialog.getByRole('alert')).toContainText('Contract name: must not be empty');
    await dialog.getByLabel('New contract name').fill('Support 2026');
    await dialog.getByRole('button', { name: 'Save name' }).click();
    await expect(dialog.getByRole('table', { name: 'Customers and their contracts' })).toContainText('Support 2026');
    await dialog.getByRole('button', { name: 'Open tickets of Gemeente Houten — Support 2026: 2' }).click();
    const open = dialog.getByRole('list', { name: 'Open tickets of Gemeente Houten — Support 2026' });
    await expect(open.getByRole('listitem')).toHaveCount(2);
    await open.getByRole('button', { name: 'T-1002 · Export hangs' }).click();
    await expect(dialog).toBeHidden();
    await expect(desk.detailHeading()).toHaveText('T-1002 · Export hangs');
    await expect(desk.detail).toContainText('Gemeente Houten · Support 2026');
  });
});

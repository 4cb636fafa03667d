import { expect, test } from './support/fixtures';

// Wed 4 March 2026, 11:00 in Amsterdam.
const WEDNESDAY_1100 = '2026-03-04T11:00:00+01:00';

test.describe('importing a desk file', () => {
  test.beforeEach(async ({ desk, startAt }) => {
    await startAt(WEDNESDAY_1100);
    await desk.open();
    await desk.loadDemoDesk();
  });

  test('a file that is not UTF-8 is refused, and the desk stays as it was', async ({ desk }) => {
    // A version 1 desk file saved as Latin-1: the customer "Café Zoë" holds bytes that are not UTF-8.
    const text = JSON.stringify({
      format: 'klok-desk',
      version: 1,
      exportedAt: '2026-03-04T10:00:00Z',
      customers: [{ id: 'c1', name: 'Café Zoë', createdAt: '2026-03-01T10:00:00Z' }],
      contracts: [],
      agents: [],
      tickets: [],
    });
    const dialog = await desk.importDeskFile('latin1.json', Buffer.from(text, 'latin1'));
    await expect(dialog.alert).toContainText('File: is not UTF-8 text');
    // Refused as soon as it was chosen: there is nothing to confirm.
    await expect(dialog.confirmButton('latin1.json')).toHaveCount(0);
    await dialog.close();
    await expect(desk.ticketCount('44 of 44 open tickets')).toBeVisible();
    // Opened again, the dialog has forgotten the refused file.
    await desk.openDeskData();
    await expect(dialog.root.getByLabel('Desk file to import')).toBeVisible();
    await expect(dialog.alert).toHaveCount(0);
  });

  test('an exported desk imports again with every open ticket', async ({ desk }) => {
    const dialog = await desk.openDeskData();
    const file = await dialog.exportDesk();
    expect(JSON.parse(file.toString('utf8'))).toMatchObject({ format: 'klok-desk', version: 2 });
    // Checked when chosen: the dialog says what the file holds before anything is replaced.
    await dialog.chooseFile('again.json', file);
    await expect(dialog.root.getByText(/^again\.json: \d+ tickets of \d+ customers\. Importing it replaces this desk\.$/)).toBeVisible();
    await expect(desk.ticketCount('44 of 44 open tickets')).toBeVisible();
    await dialog.confirmButton('again.json').click();
    await expect(desk.ticketCount('44 of 44 open tickets')).toBeVisible();
    await expect(dialog.root).toBeHidden();
  });
});
